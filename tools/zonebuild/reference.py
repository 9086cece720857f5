"""Read the sourced reference rows (walk points, M4 waypoints, gazetteer) in ``reference/``."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REF_DIR = Path(__file__).resolve().parent / "reference"

# side_note prefixes in frontlines.csv, longest first so "SDF+GOV" wins over "SDF".
SIDE_TAGS = (
    "NON-GOVERNMENT",
    "FRONT/DISPUTED",
    "BOUNDARY POINT",
    "CROSSING/BOUNDARY",
    "OPP/Turkish side",
    "SDF+GOV",
    "GOV+SDF",
    "CROSSING",
    "FRONT",
    "INTERPOLATED",
    "OPP",
    "GOV",
    "SNA",
    "SDF",
)


@dataclass(frozen=True)
class WalkPoint:
    line_id: str
    order: int
    place: str
    lat: float
    lon: float
    side: str  # the side tag, e.g. "OPP", "GOV", "SDF+GOV", "FRONT"
    side_note: str
    coord_source: str
    urls: tuple[str, ...]

    @property
    def lonlat(self) -> tuple[float, float]:
        return (self.lon, self.lat)

    @property
    def estimated(self) -> bool:
        return self.coord_source.upper().startswith(("ESTIMATE", "DERIVED", "COMPUTED"))


def _side_tag(note: str) -> str:
    for tag in SIDE_TAGS:
        if note.startswith(tag):
            return tag
    # Deir ez-Zor rows say e.g. "SDF, north bank" / "GOV, south bank"
    head = note.split(",")[0].split(" ")[0]
    return head


@cache
def walk_points() -> tuple[WalkPoint, ...]:
    with (REF_DIR / "frontlines.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(
        WalkPoint(
            line_id=r["line_id"],
            order=int(r["order"]),
            place=r["place"],
            lat=float(r["lat"]),
            lon=float(r["lon"]),
            side=_side_tag(r["side_note"]),
            side_note=r["side_note"],
            coord_source=r["coord_source"],
            urls=tuple(u.strip() for u in r["control_source_url"].split(" | ") if u.strip()),
        )
        for r in rows
    )


def walk(line_id: str) -> list[WalkPoint]:
    return sorted((p for p in walk_points() if p.line_id == line_id), key=lambda p: p.order)


def point(place_prefix: str, line_id: str | None = None) -> WalkPoint:
    """The walk point whose place name starts with ``place_prefix`` (unique)."""
    hits = [
        p
        for p in walk_points()
        if p.place.startswith(place_prefix) and (line_id is None or p.line_id == line_id)
    ]
    if not hits:
        raise KeyError(place_prefix)
    return hits[0]


@dataclass(frozen=True)
class Waypoint:
    order: int
    name: str
    lat: float
    lon: float
    source: str

    @property
    def estimated(self) -> bool:
        return "ESTIMATE" in self.source.upper()


@cache
def m4_waypoints() -> tuple[Waypoint, ...]:
    with (REF_DIR / "m4_route.csv").open(encoding="utf-8") as fh:
        return tuple(
            Waypoint(int(r["order"]), r["name"], float(r["lat"]), float(r["lon"]), r["source"])
            for r in csv.DictReader(fh)
        )


@cache
def gazetteer() -> dict[str, dict]:
    with (REF_DIR / "gazetteer.csv").open(encoding="utf-8") as fh:
        return {r["name"]: r for r in csv.DictReader(fh)}


def place(name: str) -> tuple[float, float]:
    """(lon, lat) of a gazetteer place."""
    r = gazetteer()[name]
    return (float(r["lon"]), float(r["lat"]))
