"""The M4 control breakdown measured at data-build time, so start-up needs no pyproj.

``geodata.analysis.m4_breakdown`` measures geodesic lengths with pyproj, whose import alone
takes ~0.05 s: more than the window's own construction. The bundled zones only change when
``python -m tools.build_zones`` rebuilds them, so that build also measures the breakdown of
every control period and writes it to ``m4_breakdown.json`` beside the zones. Each entry is
keyed by a checksum of exactly what the measure reads (the M4 line, and each zone's id, name,
controller, area and geometry), so a stored breakdown is used only for the very zones it was
measured on; anything else (another data directory, edited zones) is measured as before.
``syria-atlas validate`` checks that the stored figures equal a fresh measure. The window opens
on the default date, whose zones are derived from the control records: their breakdown is stored
too, so a records edit that changes that day's map needs ``--m4-only`` again (validate says so).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from geodata.atlas import Atlas
    from geodata.model import Zone

STORE_FILE = Path("m4_breakdown.json")
GENERATOR = "python -m tools.build_zones --m4-only"


def zones_key(m4: BaseGeometry, zones: Iterable[Zone]) -> str:
    """A checksum of everything ``analysis.m4_breakdown(m4, zones)`` reads (~0.4 ms).

    CRC-32 and Adler-32 of the bytes, and their length: it tells edited data from the data
    measured (zlib is loaded anyway; hashlib would add ~3 ms of OpenSSL to start-up)."""
    parts = [shapely.to_wkb(m4, byte_order=1, output_dimension=2)]
    for zone in sorted(zones, key=lambda z: z.id):
        text = "\0".join((zone.id, zone.name, zone.controller, zone.area or ""))
        parts.append(b"\1" + text.encode("utf-8") + b"\0")
        # normalized: a zone derived again (its day's territory dropped from the cache) can
        # start its rings at another vertex, the same shape in other bytes
        parts.append(
            shapely.to_wkb(shapely.normalize(zone.geometry), byte_order=1, output_dimension=2)
        )
    data = b"".join(parts)
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}-{len(data)}"


def read_store(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Stored segments by key; {} when the file is absent or unreadable (then we measure)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        return {entry["key"]: entry["segments"] for entry in document["snapshots"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


@cache
def _bundled_store() -> dict[str, list[dict[str, Any]]]:
    from geodata.paths import data_dir

    return read_store(data_dir() / STORE_FILE)


def stored_breakdown(m4: BaseGeometry, zones: Sequence[Zone]) -> list[dict[str, Any]] | None:
    """The bundled data's stored breakdown for exactly these zones, or None (measure it)."""
    segments = _bundled_store().get(zones_key(m4, zones))
    return None if segments is None else [dict(segment) for segment in segments]


# --------------------------------------------------------------------------- build and check


def bundled_periods(atlas: Atlas) -> list[tuple[str, list[Zone]]]:
    """(first day, zones) of every drawn control snapshot (``zones.geojson``), and of the
    zones derived from the control records for the default date when they differ.

    The store is a start-up shortcut: the window opens on the default date, whose territory
    is derived from the records (researched records win over the migrated snapshots), so its
    breakdown is stored too; other derived days are measured when asked (where derived zones
    are a snapshot's own, their key finds the stored figures)."""
    from geodata.model import DEFAULT_AS_OF

    snapshots = [z for z in atlas.zones if not z.imported]
    periods = []
    for first in sorted({z.valid_from for z in snapshots}):
        zones = [z for z in snapshots if z.valid_on(first)]
        periods.append((first.isoformat(), zones))
    derived = atlas.derived_zones_at(DEFAULT_AS_OF)
    known = {frozenset(z.id for z in zones) for _first, zones in periods}
    if derived and frozenset(z.id for z in derived) not in known:
        first = atlas.control.period(DEFAULT_AS_OF)[0] if atlas.control else DEFAULT_AS_OF
        periods.append((f"{first.isoformat()} (derived)", list(derived)))
    return periods


def measure_store(atlas: Atlas) -> dict[str, Any]:
    """The store document for an atlas's bundled zones, freshly measured (imports pyproj)."""
    from geodata import analysis

    m4 = atlas.features["m4"].geometry
    entries = []
    for first, zones in bundled_periods(atlas):
        entries.append(
            {
                "valid_from": first,
                "zones": sorted(z.id for z in zones),
                "key": zones_key(m4, zones),
                "segments": analysis.m4_breakdown(m4, zones),
            }
        )
    return {
        "generator": GENERATOR,
        "note": "M4 control breakdown per control period, measured geodesically (pyproj) from "
        "zones.geojson and features.geojson; used at start-up only when the key (a checksum of "
        "the M4 line and the zones) matches the loaded data.",
        "snapshots": entries,
    }


def write_store(path: Path, document: dict[str, Any]) -> None:
    """One snapshot per line block, readable in a diff."""
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def stale_entries(atlas: Atlas, path: Path) -> list[str]:
    """What differs between the store at ``path`` and a fresh measure (empty: up to date)."""
    fresh = measure_store(atlas)["snapshots"]
    stored = read_store(path)
    problems = []
    for entry in fresh:
        segments = stored.get(entry["key"])
        if segments is None:
            problems.append(f"no stored breakdown for the zones of {entry['valid_from']}")
        elif segments != entry["segments"]:
            problems.append(f"the stored breakdown of {entry['valid_from']} differs from a measure")
    known = {entry["key"] for entry in fresh}
    extra = len([key for key in stored if key not in known])
    if extra:
        problems.append(f"{extra} stored breakdown(s) match no control period of the data")
    return problems
