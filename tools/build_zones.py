"""Build the dated control zones and the M4 features: ``python -m tools.build_zones``.

Writes ``geodata/data/zones.geojson`` and ``geodata/data/features.geojson`` from the reference
walks (``tools/zonebuild/reference/``) and the committed base layers (``geodata/data/base/``),
then ``m4_breakdown.json``: the M4 control breakdown of every control period, measured once here
so that the window's start-up needs no pyproj (``geodata.m4_stored``; ``--m4-only`` remeasures
just that from the files already written).
Method and caveats: ``geodata/data/ZONES.md``. Build-time only; nothing here runs in the app.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, mapping
from shapely.ops import unary_union

from geodata.analysis import geodesic_area_km2
from tools.zonebuild import arrangement, basemap, m4, sochi_dmz
from tools.zonebuild import reference as ref
from tools.zonebuild.snapshots import all_snapshots
from tools.zonebuild.snapshots.base import Snapshot, tanf_circle
from tools.zonebuild.sources import DROPPED_NOTE, _registry_by_url, cite

DATA_DIR = basemap.REPO_ROOT / "geodata" / "data"
PRECISION = 1e-5  # degrees (~1 m): coordinates are written on this grid
TANF_CUT_FROM = "government"  # the area al-Tanf and the Golan are carved out of


def build_snapshot(
    snap: Snapshot, outline: Polygon, river, golan: Polygon | None
) -> dict[str, Polygon]:
    faces = arrangement.faces(outline, snap.lines(river))
    zones = arrangement.label(faces, snap.seeds)
    # Areas not bounded by front lines are cut out of the government zone afterwards.
    cut = {"al_tanf": tanf_circle().intersection(outline)}
    if golan is not None and golan.intersects(outline):
        cut["golan"] = golan.intersection(outline)
    for key, geom in cut.items():
        zones[TANF_CUT_FROM] = zones[TANF_CUT_FROM].difference(geom)
        zones[key] = geom
    # Snapshot-specific areas drawn as shapes (the Tishrin dam in Dec 2024) straddle lines:
    # they are cut out of every zone they overlap, so the tiling stays exact.
    for key, make in snap.cutouts.items():
        geom = make().intersection(outline)
        zones = {k: g.difference(geom) for k, g in zones.items()}
        zones[key] = geom
    return {k: _clean(g) for k, g in zones.items()}


def _clean(geom):
    geom = shapely.set_precision(geom, PRECISION)
    polys = [p for p in getattr(geom, "geoms", [geom]) if isinstance(p, Polygon)]
    # drop crumbs left by noding (< 0.5 km2); keep real enclaves
    polys = [p for p in polys if geodesic_area_km2(p) > 0.5]
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def zone_features(snap: Snapshot, zones: dict[str, Polygon], by_url: dict[str, str]) -> list[dict]:
    feats = []
    for area, geom in zones.items():
        spec = snap.specs[area]
        sources, dropped = cite(spec.sources, by_url)
        notes = spec.notes + (" " + DROPPED_NOTE.format(n=dropped) if dropped else "")
        feats.append(
            {
                "type": "Feature",
                "properties": {
                    "id": f"{area}-{snap.valid_from}",
                    "area": area,
                    "name": spec.name,
                    "controller": spec.controller,
                    "backers": list(spec.backers),
                    "valid_from": snap.valid_from,
                    "valid_to": snap.valid_to,
                    "accuracy": spec.accuracy,
                    "contested": spec.contested,
                    "notes": notes,
                    "snapshot": snap.title,
                    "area_km2": round(geodesic_area_km2(geom), 1),
                    "sources": sources,
                },
                "geometry": mapping(geom),
            }
        )
    return feats


def check_tiling(snap: Snapshot, zones: dict[str, Polygon], outline: Polygon) -> list[str]:
    problems = []
    keys = sorted(zones)
    for i, a in enumerate(keys):
        if not zones[a].is_valid:
            problems.append(f"{snap.key} {a}: invalid geometry")
        for b in keys[i + 1 :]:
            ov = geodesic_area_km2(zones[a].intersection(zones[b]))
            if ov > 0.1:
                problems.append(f"{snap.key} {a} x {b}: overlap {ov:.2f} km2")
    union = unary_union(list(zones.values()))
    gap = geodesic_area_km2(outline.difference(union))
    if gap > 1.0:
        problems.append(f"{snap.key}: {gap:.1f} km2 of Syria in no zone")
    return problems


def check_walk_sides(snap: Snapshot, zones: dict[str, Polygon]) -> list[str]:
    """Report reference walk points that land on the wrong side (only for the period the walks
    describe, March 2020 - November 2024)."""
    if snap.valid_from != "2020-03-06":
        return []
    expect = {
        "OPP": {"hts"},
        "GOV": {"government"},
        "SNA": {"sna"},
        "SDF": {"sdf", "sdf_government"},
        "SDF+GOV": {"sdf_government", "sdf", "government"},
        "GOV+SDF": {"government", "sdf"},
    }
    out = []
    for p in ref.walk_points():
        if p.side not in expect:
            continue
        hit = [k for k, g in zones.items() if g.covers(Point(p.lon, p.lat))]
        ctrl = {snap.specs[k].controller for k in hit}
        if not ctrl & expect[p.side]:
            out.append(f"{snap.key}: {p.line_id} {p.order} {p.place} ({p.side}) falls in {hit}")
    return out


def write_geojson(path: Path, features: list[dict], meta: dict) -> None:
    """Properties indented (diffable), each geometry on one compact line (small)."""
    parts = []
    for f in features:
        head = json.dumps(
            {"type": "Feature", "properties": f["properties"]}, ensure_ascii=False, indent=1
        )
        geom = json.dumps(f["geometry"], separators=(",", ":"))
        parts.append(head[:-2] + ',\n "geometry": ' + geom + "\n}")
    meta_text = json.dumps(meta, ensure_ascii=False)
    text = (
        '{"type": "FeatureCollection",\n"metadata": '
        + meta_text
        + ',\n"features": [\n'
        + ",\n".join(parts)
        + "\n]}\n"
    )
    json.loads(text)  # guard: the hand-joined document must stay valid JSON
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.build_zones", description=__doc__)
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="output directory")
    parser.add_argument(
        "--m4-only",
        action="store_true",
        help="only remeasure m4_breakdown.json from the zones and features already written",
    )
    parser.add_argument(
        "--features-only",
        action="store_true",
        help="only rebuild features.geojson (the M4, its corridor, the 2018 zone), then remeasure",
    )
    args = parser.parse_args(argv)
    if args.m4_only:
        return write_m4_breakdown(args.out)
    outline, outline_origin = basemap.syria_outline()
    river, river_origin = basemap.euphrates()
    meta = {
        "generator": "python -m tools.build_zones",
        "outline": outline_origin,
        "river": river_origin,
        "method": "geodata/data/ZONES.md",
        "crs": "EPSG:4326",
    }
    by_url = _registry_by_url()
    if args.features_only:
        write_features(args.out, meta, by_url)
        return write_m4_breakdown(args.out)

    golan = basemap.golan()
    features: list[dict] = []
    problems: list[str] = []
    for snap in all_snapshots():
        zones = build_snapshot(snap, outline, river, golan)
        problems += check_tiling(snap, zones, outline)
        for warning in check_walk_sides(snap, zones):
            print("note:", warning, file=sys.stderr)
        features += zone_features(snap, zones, by_url)
    if problems:
        for p in problems:
            print("error:", p, file=sys.stderr)
        return 1

    write_geojson(args.out / "zones.geojson", features, meta)
    print(f"wrote {len(features)} zones to {args.out}")
    write_features(args.out, meta, by_url)
    return write_m4_breakdown(args.out)


def write_features(out: Path, meta: dict, by_url: dict[str, str]) -> None:
    """features.geojson: the M4 line, the 2020 corridor and the 2018 demilitarised zone (drawn
    on the control of its day: the zones are written first). Sources given by URL are looked
    up in the registry (cite); those given by registry id are kept as they are."""
    feats = []
    for props, geom in [*m4.features(), *sochi_dmz.features(out)]:
        by_id = [s for s in props["sources"] if "id" in s]
        by_link = [s for s in props["sources"] if "id" not in s]
        props = {**props, "sources": by_id + cite(by_link, by_url)[0]}
        feats.append(
            {
                "type": "Feature",
                "properties": props,
                "geometry": mapping(shapely.set_precision(geom, PRECISION)),
            }
        )
    write_geojson(out / "features.geojson", feats, meta)
    print(f"wrote {len(feats)} features to {out}")


def write_m4_breakdown(out: Path) -> int:
    """Measure the M4 breakdown of every control period from the files in ``out`` (read back
    exactly as the atlas reads them, so the stored keys match what it loads)."""
    from geodata import io, record_parsers
    from geodata.atlas import Atlas
    from geodata.m4_stored import STORE_FILE, measure_store, write_store
    from geodata.sources import SOURCES_DIR, load_registry

    # The zones cite the registry: read it from ``out`` when it has one, else the repository's.
    registry = load_registry(out if (out / SOURCES_DIR).is_dir() else DATA_DIR)
    records = io.AtlasRecords(
        zones=tuple(
            record_parsers.zone_from_feature(f, registry)
            for f in io.read_geojson_features(out / io.ZONES_FILE)
        ),
        features=tuple(
            record_parsers.map_feature_from_feature(f, registry)
            for f in io.read_geojson_features(out / io.FEATURES_FILE)
        ),
    )
    # The default date's zones are derived from the control records, and the store holds their
    # breakdown too (m4_stored.bundled_periods): the records of ``out`` when it is a full data
    # directory, else the repository's, with the zones and features just written.
    full = out if (out / "control").is_dir() and (out / SOURCES_DIR).is_dir() else DATA_DIR
    records = replace(io.load_records(full), zones=records.zones, features=records.features)
    document = measure_store(Atlas(records))
    write_store(out / STORE_FILE, document)
    print(f"wrote the M4 breakdown of {len(document['snapshots'])} periods to {out / STORE_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
