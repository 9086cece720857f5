"""Write ``control/records/migrated-snapshots.csv``: the dated control snapshots
(``zones.geojson``) as control records of every locality inside each zone.

    python -m tools.migrate_snapshots [DATA_DIR]

Each locality inside a snapshot zone gets one record for the zone's valid range, with the
zone's controller, ``contested`` status where the zone is contested, and ``zone:<id>`` as its
source: the zone's own sources (listed once, in zones.geojson). Records from this file are a
baseline: researched records for the same locality and day take precedence (see
data/control/README.md). A locality just outside every zone (border towns outside the
generalised outline, up to ~2 km) takes the nearest zone. Re-run after the gazetteer or the
zones change.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import shapely
from shapely import STRtree

from geodata.control.load import RECORDS_DIR, read_control_files
from geodata.control.territory import OUTSIDE_DEG
from geodata.io import ZONES_FILE, read_geojson_features
from geodata.record_parsers import zone_from_feature
from geodata.sources.registry import load_registry

OUTPUT = "migrated-snapshots.csv"
SNAP_DEGREES = OUTSIDE_DEG  # ~2 km: as far outside Syria as a locality still gets a cell
COLUMNS = ("locality", "controller", "from", "to", "status", "with", "sources", "note")


def snapshot_zones(data_dir: Path):
    """The snapshot zones, read without the control records (this file may be stale)."""
    registry = load_registry(data_dir)
    features = read_geojson_features(data_dir / ZONES_FILE)
    return [zone_from_feature(f, registry=registry) for f in features]


def migrate(data_dir: Path) -> list[dict[str, str]]:
    zones = snapshot_zones(data_dir)
    localities = list(read_control_files(data_dir).localities.values())
    points = shapely.points([(loc.lon, loc.lat) for loc in localities])
    rows: list[dict[str, str]] = []
    for start in sorted({z.valid_from for z in zones}):
        snapshot = [z for z in zones if z.valid_from == start]
        tree = STRtree([z.geometry for z in snapshot])
        for locality, point in zip(localities, points, strict=True):
            hits = sorted(tree.query(point, predicate="intersects"))
            if not hits:
                near = tree.query_nearest(point, max_distance=SNAP_DEGREES)
                hits = sorted(near)[:1]
            if not hits:
                continue
            # on a shared border or inside a contested overlay: the smaller (more specific) zone
            zone = min((snapshot[i] for i in hits), key=lambda z: (z.geometry.area, z.id))
            rows.append(
                {
                    "locality": locality.id,
                    "controller": zone.controller,
                    "from": zone.valid_from.isoformat(),
                    "to": zone.valid_to.isoformat() if zone.valid_to else "",
                    "status": "contested" if zone.contested else "held",
                    "with": "",
                    "sources": f"zone:{zone.id}",
                    "note": "",  # the source (zone:<id>) says where it comes from
                }
            )
    return rows


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "geodata" / "data"
    if not read_control_files(data_dir).localities:
        print(f"migrate_snapshots: no localities in {data_dir / 'control'}", file=sys.stderr)
        return 1
    rows = migrate(data_dir)
    zones = snapshot_zones(data_dir)
    empty = sorted({z.id for z in zones} - {r["sources"].removeprefix("zone:") for r in rows})
    if empty:  # drawn from the zone's own label on its dates (see control/README.md)
        print(f"zones holding no locality: {', '.join(empty)}")
    path = data_dir / RECORDS_DIR / OUTPUT
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with temporary.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    temporary.replace(path)
    print(f"wrote {len(rows)} records to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
