"""Turn an ordered walk of villages, each tagged with its side, into a boundary line.

The reference walks alternate between the two sides of a front (frontlines.md): the line runs
*between* consecutive points on opposite sides, not through them. Rule used here: every tagged
point is pushed a short distance towards the other side (perpendicular to the walk), points on
the line itself (FRONT, CROSSING, border tie-ins) stay put, and the boundary joins the pushed
points in walk order. The push is at most ``push_km`` and never more than 45 % of the distance
to a neighbouring point of the other side, so the line always passes between the two.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from shapely.geometry import LineString

KM_PER_DEG_LAT = 110.57
LAT0 = 36.0
KM_PER_DEG_LON = 111.32 * math.cos(math.radians(LAT0))


def to_km(lon: float, lat: float) -> tuple[float, float]:
    return (lon * KM_PER_DEG_LON, lat * KM_PER_DEG_LAT)


def to_deg(x: float, y: float) -> tuple[float, float]:
    return (x / KM_PER_DEG_LON, y / KM_PER_DEG_LAT)


@dataclass(frozen=True)
class Tagged:
    """A walk point for the line builder: where it is and which side of the line it is on."""

    lon: float
    lat: float
    side: str  # "left", "right" or "on"
    label: str = ""
    push_km: float | None = None  # override the default push


def build_line(points: Sequence[Tagged], push_km: float = 1.5) -> LineString:
    km = [to_km(p.lon, p.lat) for p in points]
    out: list[tuple[float, float]] = []
    for i, p in enumerate(points):
        if p.side == "on":
            out.append((p.lon, p.lat))
            continue
        prev_xy = km[max(i - 1, 0)]
        next_xy = km[min(i + 1, len(points) - 1)]
        dx, dy = next_xy[0] - prev_xy[0], next_xy[1] - prev_xy[1]
        norm = math.hypot(dx, dy) or 1.0
        left = (-dy / norm, dx / norm)
        push = p.push_km if p.push_km is not None else push_km
        for j in (i - 1, i + 1):
            if 0 <= j < len(points) and points[j].side not in (p.side, "on"):
                push = min(push, 0.45 * math.dist(km[i], km[j]))
        sign = -1.0 if p.side == "left" else 1.0  # left-side points move right, and vice versa
        x, y = km[i][0] + sign * left[0] * push, km[i][1] + sign * left[1] * push
        out.append(to_deg(x, y))
    return LineString(out)


def extend(line: LineString, start_km: float = 0.0, end_km: float = 0.0) -> LineString:
    """Lengthen a line straight past its ends, so it surely crosses the border or river it
    is meant to meet (the overshoot becomes a dangle that polygonize drops)."""
    coords = [to_km(*c) for c in line.coords]

    def beyond(a, b, dist):
        dx, dy = b[0] - a[0], b[1] - a[1]
        n = math.hypot(dx, dy) or 1.0
        return (b[0] + dx / n * dist, b[1] + dy / n * dist)

    if start_km:
        coords.insert(0, beyond(coords[1], coords[0], start_km))
    if end_km:
        coords.append(beyond(coords[-2], coords[-1], end_km))
    return LineString([to_deg(*c) for c in coords])


def join(parts: Iterable[LineString]) -> LineString:
    coords: list[tuple[float, float]] = []
    for part in parts:
        c = list(part.coords)
        if coords and c[0] == coords[-1]:
            c = c[1:]
        coords.extend(c)
    return LineString(coords)
