"""Geodesic measures, the M4 security corridor and the M4 control breakdown.

Qt-free and geopandas-free: shapely for geometry, pyproj for the ellipsoid (WGS84) and the metric
CRS (UTM 37N, EPSG:32637) used for buffers. Geometry in and out is lon/lat (EPSG:4326).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import LineString, MultiLineString, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

if TYPE_CHECKING:
    from geodata.model import Zone

GEOD = Geod(ellps="WGS84")
METRIC_CRS = "EPSG:32637"  # UTM zone 37N: covers northern Syria with little distortion

#: Pieces of road shorter than this are dropped as noise from boundary noding.
_MIN_PIECE_KM = 0.01


@cache
def _to_metric() -> Transformer:
    return Transformer.from_crs("EPSG:4326", METRIC_CRS, always_xy=True)


@cache
def _to_lonlat() -> Transformer:
    return Transformer.from_crs(METRIC_CRS, "EPSG:4326", always_xy=True)


def _reproject(geom: BaseGeometry, transformer: Transformer) -> BaseGeometry:
    def fn(xy):
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geom, fn)


def to_metric(geom: BaseGeometry) -> BaseGeometry:
    """Lon/lat geometry to UTM 37N metres."""
    return _reproject(geom, _to_metric())


def to_lonlat(geom: BaseGeometry) -> BaseGeometry:
    """UTM 37N metres back to lon/lat."""
    return _reproject(geom, _to_lonlat())


def geodesic_length_km(geom: BaseGeometry) -> float:
    """Length on the WGS84 ellipsoid, in km (0 for points; perimeter for polygons)."""
    if geom.is_empty:
        return 0.0
    return GEOD.geometry_length(geom) / 1000.0


def geodesic_area_km2(geom: BaseGeometry) -> float:
    """Area on the WGS84 ellipsoid, in km² (always positive)."""
    if geom.is_empty:
        return 0.0
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def total_km(line: BaseGeometry) -> float:
    """Geodesic length of a road line in km."""
    return geodesic_length_km(line)


def geodesic_circle(lon: float, lat: float, radius_km: float, n: int = 180) -> Polygon:
    """A great-circle (geodesic) circle: n points at ``radius_km`` from the centre."""
    step = 360.0 / n
    pts = []
    for i in range(n):
        x, y, _ = GEOD.fwd(lon, lat, i * step, radius_km * 1000.0)
        pts.append((x, y))
    return Polygon(pts)


def corridor(
    line: LineString,
    start_lonlat: tuple[float, float],
    end_lonlat: tuple[float, float],
    half_width_m: float = 6000.0,
) -> Polygon:
    """The band ``half_width_m`` either side of ``line`` between two points on (or near) it.

    The stretch between the points nearest to ``start_lonlat`` and ``end_lonlat`` is buffered in
    UTM 37N with flat ends (the corridor stops at the named places) and returned in lon/lat.
    """
    metric = to_metric(line)
    a = metric.project(to_metric(Point(start_lonlat)))
    b = metric.project(to_metric(Point(end_lonlat)))
    stretch = substring(metric, min(a, b), max(a, b))
    band = stretch.buffer(half_width_m, cap_style="flat", join_style="round")
    return to_lonlat(band)


def m4_breakdown(m4: LineString, zones: Sequence[Zone]) -> list[dict]:
    """Who controls which stretch of the road, in order along it (the line's own direction).

    Returns ``[{"controller", "zone", "zone_name", "area", "km", "from_km", "to_km"}, ...]`` with
    geodesic lengths; consecutive pieces in the same zone are merged. Stretches in no zone appear
    with ``controller``/``zone`` ``None``, so the ``km`` values always add up to ``total_km(m4)``.
    Overlapping (contested) zones each report their shared stretch.
    """
    pieces: list[tuple[float, float, Zone | None]] = []
    for zone in zones:
        for part in _lines(m4.intersection(zone.geometry)):
            s, e = m4.project(Point(part.coords[0])), m4.project(Point(part.coords[-1]))
            pieces.append((min(s, e), max(s, e), zone))
    pieces.sort(key=lambda p: (p[0], p[1]))
    pieces = _fill_gaps(pieces, m4.length)

    km_at = _geodesic_chainage(m4)
    segments: list[dict] = []
    for s, e, zone in pieces:
        a_km, b_km = km_at(s), km_at(e)
        if b_km - a_km < _MIN_PIECE_KM:
            continue
        zone_id = zone.id if zone else None
        if (
            segments
            and segments[-1]["zone"] == zone_id
            and abs(segments[-1]["to_km"] - a_km) < 0.05
        ):
            segments[-1]["to_km"] = b_km
            segments[-1]["km"] = b_km - segments[-1]["from_km"]
            continue
        segments.append(
            {
                "controller": zone.controller if zone else None,
                "zone": zone_id,
                "zone_name": zone.name if zone else None,
                "area": zone.area if zone else None,
                "km": b_km - a_km,
                "from_km": a_km,
                "to_km": b_km,
            }
        )
    for seg in segments:
        for key in ("km", "from_km", "to_km"):
            seg[key] = round(seg[key], 3)
    return segments


def _lines(geom: BaseGeometry) -> list[LineString]:
    if geom.is_empty:
        return []
    if isinstance(geom, LineString):
        return [geom]
    if isinstance(geom, MultiLineString):
        return list(geom.geoms)
    if hasattr(geom, "geoms"):
        return [g for sub in geom.geoms for g in _lines(sub)]
    return []


def _fill_gaps(pieces, length: float) -> list[tuple[float, float, Zone | None]]:
    """Insert zone-less pieces wherever the zones leave part of the road uncovered."""
    out: list[tuple[float, float, Zone | None]] = []
    pos = 0.0
    for s, e, z in pieces:
        if s > pos + 1e-9:
            out.append((pos, s, None))
        out.append((s, e, z))
        pos = max(pos, e)
    if pos < length - 1e-9:
        out.append((pos, length, None))
    return out


def _geodesic_chainage(line: LineString):
    """A function mapping planar distance along ``line`` to geodesic km from its start."""
    coords = list(line.coords)
    planar = [0.0]
    geodesic = [0.0]
    for (x1, y1), (x2, y2) in zip(coords, coords[1:], strict=False):
        planar.append(planar[-1] + ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
        geodesic.append(geodesic[-1] + GEOD.line_length([x1, x2], [y1, y2]) / 1000.0)

    def km_at(t: float) -> float:
        if t <= 0:
            return 0.0
        for i in range(1, len(planar)):
            if t <= planar[i]:
                span = planar[i] - planar[i - 1]
                frac = (t - planar[i - 1]) / span if span else 0.0
                return geodesic[i - 1] + frac * (geodesic[i] - geodesic[i - 1])
        return geodesic[-1]

    return km_at


def m4_stretch_lines(m4: LineString, segments: Sequence[dict]) -> list[LineString]:
    """The piece of ``m4`` each breakdown segment covers (its ``from_km``-``to_km``, geodesic
    km from the line's start), for drawing the road in its controllers' colours."""

    coords = list(m4.coords)
    planar, geodesic = [0.0], [0.0]
    for (x1, y1), (x2, y2) in zip(coords, coords[1:], strict=False):
        planar.append(planar[-1] + ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
        geodesic.append(geodesic[-1] + GEOD.line_length([x1, x2], [y1, y2]) / 1000.0)

    def planar_at(km: float) -> float:
        return float(np.interp(km, geodesic, planar))

    return [substring(m4, planar_at(seg["from_km"]), planar_at(seg["to_km"])) for seg in segments]


def measure_path(points: Sequence[tuple[float, float]]) -> tuple[float, float | None]:
    """Geodesic length (km) of the path through lon/lat ``points`` and, with three points or
    more, the area (km²) of the polygon they close; the map's measuring tool shows both."""
    if len(points) < 2:
        return 0.0, None
    lons, lats = zip(*points, strict=True)
    km = GEOD.line_length(lons, lats) / 1000.0
    if len(points) < 3:
        return km, None
    area, _ = GEOD.polygon_area_perimeter(lons, lats)
    return km, abs(area) / 1e6
