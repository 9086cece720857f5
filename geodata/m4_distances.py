"""Sourced road distances along the M4, and the check that the bundled line agrees with them.

``m4_distances.toml`` stores each distance a source gives between two towns on the road (dated,
with its registry source). The line is measured geodesically between the points of the line
nearest the two named waypoints of ``features.geojson``. A stated figure ("98 km") must agree
within :data:`TOLERANCE`; a round "about" figure ("about 25 km") also gets half its rounding
step, since the source itself claims no more. ``syria-atlas validate`` and the tests run
:func:`distance_problems` on the bundled data.
"""

from __future__ import annotations

import json
from collections.abc import Container
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from geodata import toml_read

DISTANCES_FILE = Path("m4_distances.toml")
FEATURES_FILE = Path("features.geojson")

#: How far the line may differ from a stated road distance (its waypoints are towns, not the
#: road's own course: chords cut bends, estimated waypoints add a little).
TOLERANCE = 0.05


@dataclass(frozen=True)
class SourcedDistance:
    start: str  # waypoint names, as in features.geojson's m4 "waypoints"
    end: str
    km: float
    approx: bool  # the source gives a round "about" figure
    source: str  # registry source id
    checked: date | None
    note: str = ""

    @property
    def label(self) -> str:
        return f"{self.start} - {self.end} {self.km:g} km"

    def bounds(self) -> tuple[float, float]:
        """The (low, high) km the line may measure and still agree with this figure."""
        slack = self.km * TOLERANCE + (rounding_step(self.km) / 2 if self.approx else 0.0)
        return self.km - slack, self.km + slack


def rounding_step(km: float) -> float:
    """The step a round figure was most likely rounded to: 80 -> 10, 25 -> 5, 37 -> 1."""
    for step in (10.0, 5.0):
        if km % step == 0:
            return step
    return 1.0


def read_distances(path: Path) -> list[SourcedDistance]:
    """The stored distances; raises ValueError (with the entry) on a malformed one."""
    with path.open("rb") as fh:
        document = toml_read.load(fh)
    out = []
    for i, entry in enumerate(document.get("distance", []), start=1):
        try:
            checked = entry.get("checked")
            out.append(
                SourcedDistance(
                    start=str(entry["from"]),
                    end=str(entry["to"]),
                    km=float(entry["km"]),
                    approx=bool(entry.get("approx", False)),
                    source=str(entry["source"]),
                    checked=checked if isinstance(checked, date) else None,
                    note=str(entry.get("note", "")),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"distance {i}: missing or bad field {exc}") from None
    return out


def m4_waypoints(features_path: Path) -> tuple[Any, dict[str, tuple[float, float]]]:
    """(the M4 LineString, {waypoint name: (lon, lat)}) from a features.geojson."""
    from shapely.geometry import shape

    document = json.loads(features_path.read_text(encoding="utf-8"))
    for feature in document.get("features", []):
        props = feature.get("properties") or {}
        if props.get("id") == "m4":
            points = {w["name"]: (w["lon"], w["lat"]) for w in props.get("waypoints", [])}
            return shape(feature["geometry"]), points
    raise ValueError("no m4 feature")


def line_km(m4, a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic length of the line between the points nearest ``a`` and ``b``."""
    from shapely.geometry import Point
    from shapely.ops import substring

    from geodata.analysis import GEOD

    start, end = sorted(m4.project(Point(*p)) for p in (a, b))
    return GEOD.geometry_length(substring(m4, start, end)) / 1000.0


def distance_problems(
    data_dir: Path, source_ids: Container[str] | None = None
) -> list[tuple[str, str]]:
    """(record, message) for each stored distance the line does not agree with, or that names
    an unknown waypoint or source. Empty when the data has no distances file."""
    path = data_dir / DISTANCES_FILE
    if not path.is_file():
        return []
    try:
        distances = read_distances(path)
    except (OSError, ValueError, toml_read.TOMLDecodeError) as exc:
        return [("-", f"cannot read the distances: {exc}")]
    try:
        m4, waypoints = m4_waypoints(data_dir / FEATURES_FILE)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return [("-", f"cannot read the M4 waypoints ({exc})")]
    problems = []
    pairs: dict[tuple[str, str], list[SourcedDistance]] = {}
    for d in distances:
        if source_ids is not None and d.source not in source_ids:
            problems.append((d.label, f"source {d.source!r} is not in the registry"))
        if d.checked is None:
            problems.append((d.label, "no 'checked' date (YYYY-MM-DD)"))
        missing = [name for name in (d.start, d.end) if name not in waypoints]
        if missing:
            problems.append((d.label, f"no M4 waypoint named {', '.join(missing)}"))
            continue
        pairs.setdefault((d.start, d.end), []).append(d)
    for (start, end), figures in pairs.items():
        # Where sources disagree on the same stretch, the line must fall within their range.
        low = min(d.bounds()[0] for d in figures)
        high = max(d.bounds()[1] for d in figures)
        km = line_km(m4, waypoints[start], waypoints[end])
        if not low <= km <= high:
            given = " / ".join(f"{d.km:g}" for d in figures)
            problems.append(
                (
                    f"{start} - {end}",
                    f"the line measures {km:.0f} km; the sources give {given} km "
                    f"(agreement: {low:.0f}-{high:.0f} km)",
                )
            )
    return problems
