"""Shapely geometry -> QPainterPath in Web Mercator metres, cached per simplification level."""

from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtCore import QByteArray, QDataStream, Qt
from PySide6.QtGui import QPainterPath, QPolygonF
from shapely.geometry.base import BaseGeometry

from geodata.projection import to_mercator

# Simplification tolerances in metres, coarse to fine; chosen so a tolerance stays below about
# half a pixel at the zoom levels that use it.
_TOLERANCES = (2000.0, 600.0, 150.0, 40.0, 10.0, 0.0)


def _ring_polygon(coords: np.ndarray) -> QPolygonF:
    xs, ys = to_mercator(coords[:, 0], coords[:, 1])
    return polygon_from_arrays(xs, ys)


def polygon_from_arrays(xs: np.ndarray, ys: np.ndarray) -> QPolygonF:
    """A QPolygonF of the points (xs[i], ys[i]), read in one call from Qt's own serialised
    form (QDataStream's default: big-endian, a 32-bit count, then x, y as doubles): the same
    polygon as one QPointF per point, ~40x faster (the rivers' ~20,000 points took ~25 ms of
    the first paint)."""
    points = np.empty((len(xs), 2), ">f8")
    points[:, 0], points[:, 1] = xs, ys
    stream = QDataStream(QByteArray(np.array([len(xs)], ">u4").tobytes() + points.tobytes()))
    polygon = QPolygonF()
    stream >> polygon  # noqa: B015 - QDataStream's reading operator
    if stream.status() != QDataStream.Status.Ok or polygon.size() != len(xs):
        raise ValueError("points not read back")  # a Qt whose format differs: a bug to see
    return polygon


def _without_repeats(coords: np.ndarray) -> np.ndarray:
    """A line's points without those equal to the one before, as ``QPainterPath.lineTo``
    leaves them out."""
    keep = _differs_from_previous(coords)
    return coords if keep.all() else coords[keep]


def _differs_from_previous(coords: np.ndarray) -> np.ndarray:
    """Per point: not equal to the point before (the first always), by Qt's fuzzy comparison
    of points (relative 1e-12, or 1e-12 near 0)."""
    keep = np.ones(len(coords), bool)
    if len(coords) > 1:
        prev, cur = coords[:-1], coords[1:]
        both = np.minimum(np.abs(prev), np.abs(cur))
        near_zero = (prev == 0) | (cur == 0)
        same = np.where(near_zero, np.abs(cur - prev) <= 1e-12, np.abs(cur - prev) * 1e12 <= both)
        keep[1:] = ~same.all(axis=1)
    return keep


def geometry_path(geom: BaseGeometry) -> QPainterPath:
    """One path for any (multi)polygon or (multi)line; polygons fill with the odd-even rule."""
    path = _streamed_path(geom)
    return path if path is not None else _path_by_parts(geom)


def _path_by_parts(geom: BaseGeometry) -> QPainterPath:
    """The path built a part and a ring at a time (what ``_streamed_path`` reads in one go)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for part in getattr(geom, "geoms", [geom]):
        if part.is_empty:
            continue
        if part.geom_type == "Polygon":
            for ring in (part.exterior, *part.interiors):
                polygon = _ring_polygon(np.asarray(ring.coords))
                path.addPolygon(polygon)
                path.closeSubpath()
        elif part.geom_type in ("LineString", "LinearRing"):
            # moveTo and a lineTo per point, in one call (an open subpath)
            coords = np.asarray(part.coords)
            xs, ys = to_mercator(coords[:, 0], coords[:, 1])
            path.addPolygon(polygon_from_arrays(*_without_repeats(np.column_stack([xs, ys])).T))
        elif part.geom_type.startswith("Multi") or part.geom_type == "GeometryCollection":
            path.addPath(geometry_path(part))
    return path


_MOVE_TO, _LINE_TO = 0, 1  # QPainterPath.ElementType
_ELEMENT = np.dtype([("type", ">i4"), ("x", ">f8"), ("y", ">f8")])  # QDataStream's layout
_MULTI = ("MultiPolygon", "MultiLineString")
# Below this many parts, a part at a time costs less than arranging the elements (~0.1 ms).
_STREAMED_FROM_PARTS = 8


def _streamed_path(geom: BaseGeometry) -> QPainterPath | None:
    """The path ``_path_by_parts`` builds, read in one call from Qt's serialised form of a
    path (QDataStream: element count, then type, x, y per element, the current subpath's start
    and the fill rule): a river of 321 parts took ~14 ms a part at a time, ~1 ms so. None for
    what it does not cover (empty geometries, collections, rings), built part by part."""
    kind = geom.geom_type
    if kind not in _MULTI or geom.is_empty:
        return None
    parts = shapely.get_parts(geom)
    if len(parts) < _STREAMED_FROM_PARTS:
        return None
    pieces = shapely.get_rings(parts) if kind == "MultiPolygon" else parts  # in coordinate order
    ends = np.cumsum(shapely.get_num_coordinates(pieces))
    starts = ends - shapely.get_num_coordinates(pieces)
    keep = ends > starts
    starts, ends = starts[keep], ends[keep]
    if not len(starts):
        return None
    coords = shapely.get_coordinates(geom)
    xs, ys = to_mercator(coords[:, 0], coords[:, 1])
    if kind == "MultiPolygon":
        # closeSubpath: a ring ends on its first point (shapely's rings always do; Qt snaps a
        # last point that is within its fuzzy compare of the first onto it).
        xs[ends - 1], ys[ends - 1] = xs[starts], ys[starts]
        selected = np.ones(len(xs), bool)
    else:
        selected = _kept_line_points(xs, ys, starts)
        starts = _kept_starts(selected, starts, ends)
    types = np.full(len(xs), _LINE_TO, ">i4")
    types[starts] = _MOVE_TO
    elements = np.empty(int(selected.sum()), _ELEMENT)
    elements["type"], elements["x"], elements["y"] = types[selected], xs[selected], ys[selected]
    current_start = int(np.count_nonzero(selected[: starts[-1]]))  # the last subpath's
    head = np.array([len(elements)], ">i4").tobytes()
    tail = np.array([current_start, int(Qt.FillRule.OddEvenFill.value)], ">i4").tobytes()
    stream = QDataStream(QByteArray(head + elements.tobytes() + tail))
    path = QPainterPath()
    stream >> path  # noqa: B015 - QDataStream's reading operator
    if stream.status() != QDataStream.Status.Ok or path.elementCount() != len(elements):
        raise ValueError("path not read back")  # a Qt whose format differs: a bug to see
    return path


def _kept_line_points(xs: np.ndarray, ys: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Which points of the lines a moveTo and lineTos keep: each line's first, and every point
    not equal to the one before it in its line."""
    keep = _differs_from_previous(np.column_stack([xs, ys]))
    keep[starts] = True
    return keep


def _kept_starts(selected: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The line starts left once a line of one point is followed by another line: the next
    moveTo replaces a path's last element when that is a moveTo (Qt's moveTo); the points of
    such a line are unselected."""
    # the lines are contiguous (empty ones left out), so each sum runs to the next start
    lone = np.add.reduceat(selected.astype(np.intp), starts) == 1
    lone[-1] = False  # the last line's moveTo stays
    selected[starts[lone]] = False
    return starts[~lone]


class PathCache:
    """Paths of one geometry at several simplification levels; picks the level for a zoom."""

    def __init__(self, geom: BaseGeometry):
        self._geom = geom
        self._paths: dict[float, QPainterPath] = {}
        self._device: tuple[object, QPainterPath] | None = None  # the last view's path

    def path_for(self, pixels_per_metre: float) -> QPainterPath:
        metres_per_pixel = 1 / pixels_per_metre
        tolerance = next((t for t in _TOLERANCES if t <= metres_per_pixel * 0.7), 0.0)
        if tolerance not in self._paths:
            # Simplify in degrees (~1e5 m per degree here) so topology is kept per part.
            geom = self._geom
            if tolerance:
                # Below half a pixel, a simplification that may touch itself is invisible, and
                # skipping the topology checks makes the first paint ~10x cheaper here.
                geom = shapely.simplify(geom, tolerance / 100_000, preserve_topology=False)
            self._paths[tolerance] = geometry_path(geom)
        return self._paths[tolerance]

    def device_path(self, transform) -> QPainterPath:
        """The path in device pixels for a :class:`MapTransform`.

        Stroking a path already in device pixels is several times faster than letting the
        painter transform it (dashed lines above all), for the same picture. The last view's
        path is kept: a redraw in the same view (the next frame of play) maps nothing again.
        """
        if self._device is not None and self._device[0] == transform:
            return self._device[1]
        path = transform.qtransform().map(self.path_for(transform.pixels_per_metre))
        self._device = (transform, path)
        return path
