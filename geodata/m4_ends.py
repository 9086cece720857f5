"""The M4's stretches on a date with their ends: where each controller's stretch starts and
stops (coordinates) and the town nearest each end — for ``query m4`` and the map's M4 click."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geodata.atlas import Atlas


def m4_stretches(atlas: Atlas, day: date) -> list[dict[str, Any]]:
    """``atlas.m4_breakdown(day)`` with ``from`` and ``to`` ends (``lon``, ``lat``, ``near``,
    ``near_km``) and the stretch's ``line`` (a shapely LineString, west to east)."""
    from geodata.analysis import m4_stretch_lines

    breakdown = atlas.m4_breakdown(day)
    lines = m4_stretch_lines(atlas.features["m4"].geometry, breakdown)
    towns = _towns(atlas)
    out = []
    for segment, line in zip(breakdown, lines, strict=True):
        segment = dict(segment)
        if not line.is_empty:
            (x0, y0), (x1, y1) = line.coords[0], line.coords[-1]
            segment["from"] = end_json(x0, y0, towns)
            segment["to"] = end_json(x1, y1, towns)
        segment["line"] = line
        out.append(segment)
    return out


def _towns(atlas: Atlas) -> tuple[tuple[str, float, float], ...]:
    """Towns a stretch's end is named after: the atlas's places and Syria's base-map towns."""
    return _towns_of(id(atlas), tuple((p.name, p.lon, p.lat) for p in atlas.places.values()))


@cache
def _towns_of(_key: int, places: tuple) -> tuple[tuple[str, float, float], ...]:
    from geodata.basemap import load_layer

    towns = list(places)
    for feature in load_layer("places"):
        props = feature.properties
        if props.get("country") == "SY":
            name = props.get("label") or props["name"]
            towns.append((name, feature.geometry.x, feature.geometry.y))
    return tuple(towns)


def end_json(lon: float, lat: float, towns) -> dict[str, Any]:
    from geodata.analysis import GEOD

    # cos(35 deg): a degree of longitude is shorter than one of latitude here
    name, t_lon, t_lat = min(towns, key=lambda t: ((t[1] - lon) * 0.82) ** 2 + (t[2] - lat) ** 2)
    km = GEOD.line_length([lon, t_lon], [lat, t_lat]) / 1000.0
    return {"lon": round(lon, 5), "lat": round(lat, 5), "near": name, "near_km": round(km, 1)}
