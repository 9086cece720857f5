"""Shapely geometry -> QPainterPath in Web Mercator metres, cached per simplification level."""

from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF
from shapely.geometry.base import BaseGeometry

from geodata.projection import to_mercator

# Simplification tolerances in metres, coarse to fine; chosen so a tolerance stays below about
# half a pixel at the zoom levels that use it.
_TOLERANCES = (2000.0, 600.0, 150.0, 40.0, 10.0, 0.0)


def _ring_polygon(coords: np.ndarray) -> QPolygonF:
    xs, ys = to_mercator(coords[:, 0], coords[:, 1])
    return QPolygonF([QPointF(x, y) for x, y in zip(xs.tolist(), ys.tolist(), strict=True)])


def geometry_path(geom: BaseGeometry) -> QPainterPath:
    """One path for any (multi)polygon or (multi)line; polygons fill with the odd-even rule."""
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
            polygon = _ring_polygon(np.asarray(part.coords))
            path.moveTo(polygon[0])
            for i in range(1, polygon.size()):
                path.lineTo(polygon[i])
        elif part.geom_type.startswith("Multi") or part.geom_type == "GeometryCollection":
            path.addPath(geometry_path(part))
    return path


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
