"""Geometry from untrusted input: strict GeoJSON decoding, classification, range checks, repair.

GeoJSON coordinates are checked here before shapely sees them, so malformed input gives a
ValueError with a readable message instead of whatever shapely or GEOS would raise.
"""

from __future__ import annotations

import math
from typing import Any

import shapely
from shapely.geometry import (
    GeometryCollection,
    LineString,
    MultiLineString,
    MultiPoint,
    MultiPolygon,
    Point,
    Polygon,
)
from shapely.geometry.base import BaseGeometry

_MAX_DEPTH = 32  # nested GeometryCollections; more is not a real map


def _position(value: Any) -> tuple[float, float]:
    if not isinstance(value, (list, tuple)) or len(value) < 2:
        raise ValueError("a position must be [longitude, latitude]")
    lon, lat = value[0], value[1]
    for number in (lon, lat):
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            raise ValueError(f"coordinate is not a number: {str(number)[:40]!r}")
    try:
        lon_f, lat_f = float(lon), float(lat)
    except OverflowError:
        raise ValueError("coordinate out of range") from None
    if not (math.isfinite(lon_f) and math.isfinite(lat_f)):
        raise ValueError("coordinate is not a finite number")
    check_range(lon_f, lat_f)
    return lon_f, lat_f


def check_range(lon: float, lat: float) -> None:
    if not -90.0 <= lat <= 90.0:
        raise ValueError(f"latitude {lat:g} out of range -90..90")
    if not -180.0 <= lon <= 180.0:
        raise ValueError(f"longitude {lon:g} out of range -180..180")


def _positions(value: Any, minimum: int, what: str) -> list[tuple[float, float]]:
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"{what} coordinates must be a list of positions")
    if len(value) < minimum:
        raise ValueError(f"{what} needs at least {minimum} positions, has {len(value)}")
    return [_position(p) for p in value]


def _rings(value: Any) -> Polygon:
    if not isinstance(value, (list, tuple)) or not value:
        raise ValueError("polygon coordinates must be a non-empty list of rings")
    rings = [_positions(ring, 4, "polygon ring") for ring in value]
    return Polygon(rings[0], rings[1:])


def _list(value: Any, what: str) -> list:
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"{what} coordinates must be a list")
    return list(value)


def from_geojson(obj: Any, depth: int = 0) -> BaseGeometry | None:
    """A shapely geometry from a GeoJSON geometry object (None for ``null``)."""
    if obj is None:
        return None
    if not isinstance(obj, dict):
        raise ValueError("geometry must be an object or null")
    if depth > _MAX_DEPTH:
        raise ValueError("geometry collections nested too deeply")
    kind = obj.get("type")
    if kind == "GeometryCollection":
        members = obj.get("geometries")
        if not isinstance(members, list):
            raise ValueError("GeometryCollection without a 'geometries' list")
        parts = [from_geojson(m, depth + 1) for m in members]
        return GeometryCollection([p for p in parts if p is not None])
    coords = obj.get("coordinates")
    if kind == "Point":
        return Point(_position(coords))
    if kind == "MultiPoint":
        return MultiPoint(_positions(coords, 1, "MultiPoint"))
    if kind == "LineString":
        return LineString(_positions(coords, 2, "LineString"))
    if kind == "MultiLineString":
        return MultiLineString([_positions(c, 2, "LineString") for c in _list(coords, kind)])
    if kind == "Polygon":
        return _rings(coords)
    if kind == "MultiPolygon":
        return MultiPolygon([_rings(c) for c in _list(coords, kind)])
    raise ValueError(f"unknown geometry type {str(kind)[:40]!r}")


_DECLARED = {
    "Point": "point",
    "MultiPoint": "point",
    "Polygon": "polygon",
    "MultiPolygon": "polygon",
    "LineString": "line",
    "MultiLineString": "line",
}


def declared_class(type_name: object) -> str:
    """The geometry class a GeoJSON or KML type name announces ("" if unknown)."""
    return _DECLARED.get(type_name, "") if isinstance(type_name, str) else ""


def classify(geometry: BaseGeometry | None) -> str:
    """none | point | polygon | line | mixed | empty."""
    if geometry is None:
        return "none"
    if geometry.is_empty:
        return "empty"
    kind = geometry.geom_type
    if kind in ("Point", "MultiPoint"):
        return "point"
    if kind in ("Polygon", "MultiPolygon"):
        return "polygon"
    if kind in ("LineString", "MultiLineString", "LinearRing"):
        return "line"
    if kind == "GeometryCollection":
        kinds = {classify(part) for part in geometry.geoms} - {"empty"}
        return kinds.pop() if len(kinds) == 1 else "mixed"
    return "mixed"


def _flat_parts(geometry: BaseGeometry) -> list[BaseGeometry]:
    """The single geometries inside ``geometry``, collections in collections opened too (the
    readers bound how deep they nest)."""
    parts = []
    for part in shapely.get_parts(geometry):
        if part.geom_type == "GeometryCollection" or part.geom_type.startswith("Multi"):
            parts += _flat_parts(part)
        else:
            parts.append(part)
    return parts


def event_point(geometry: BaseGeometry) -> tuple[float, float]:
    """(lat, lon) of the one point an event stands at."""
    points = [g for g in _flat_parts(geometry) if g.geom_type == "Point"]
    if geometry.geom_type == "GeometryCollection":
        points = _flat_parts(geometry)  # a collection holding anything else is not one point
    if any(p.geom_type != "Point" for p in points) or len(points) != 1:
        raise ValueError(f"{len(points)} points where an event needs exactly one")
    point = points[0]
    check_range(point.x, point.y)
    return point.y, point.x


def zone_polygon(geometry: BaseGeometry) -> tuple[BaseGeometry, str]:
    """A valid (multi)polygon, and why it was repaired ("" if it was valid)."""
    polygons = [
        g for g in shapely.get_parts(geometry) if g.geom_type in ("Polygon", "MultiPolygon")
    ]
    if geometry.geom_type == "GeometryCollection":
        polygons = _flat_parts(geometry)
        if any(p.geom_type != "Polygon" for p in polygons):
            raise ValueError("a zone needs polygons only")
    if not polygons:
        raise ValueError("no polygon")
    shape = polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)
    min_lon, min_lat, max_lon, max_lat = shape.bounds
    check_range(min_lon, min_lat)
    check_range(max_lon, max_lat)
    if shape.is_valid:
        return shape, ""
    reason = shapely.is_valid_reason(shape)
    repaired = shapely.make_valid(shape)
    parts = [g for g in shapely.get_parts(repaired) if g.geom_type == "Polygon"]
    if not parts:
        raise ValueError(f"invalid polygon that cannot be repaired ({reason})")
    fixed = parts[0] if len(parts) == 1 else shapely.union_all(parts)
    if fixed.is_empty or fixed.geom_type not in ("Polygon", "MultiPolygon"):
        raise ValueError(f"invalid polygon that cannot be repaired ({reason})")
    return fixed, reason
