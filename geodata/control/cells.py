"""Voronoi cells of the localities within one face of the territory (``territory``): each
locality's cell clipped to the face, a site's cell bounded by its reach."""

from __future__ import annotations

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from geodata.control.model import Locality

_KM_PER_DEGREE = 111.32


def reach_of(place: Locality, km: float) -> BaseGeometry:
    """The disc of ``km`` around a place, in degrees (round on the ground: its east-west
    radius widened by the latitude's shrinking degrees of longitude)."""
    # a 16-gon: unions of cells with its edges cost less than with a rounder disc (the reach
    # is a drawing rule, approximate either way)
    disc = shapely.Point(place.lon, place.lat).buffer(km / _KM_PER_DEGREE, quad_segs=4)
    return shapely.affinity.scale(disc, xfact=1 / np.cos(np.radians(place.lat)), yfact=1.0)


def voronoi_in(
    face: Polygon, points: np.ndarray, members: np.ndarray, reach: dict[int, BaseGeometry]
):
    """(locality index, its cell clipped to the face) for the localities in one face; of
    several at one coordinate only the first (gazetteer order) gets the cell. A site with a
    reach (``SITE_REACH_KM``) keeps only the part of its cell within it; the other localities
    share the rest as the cells they would have without the sites."""
    coords = shapely.get_coordinates(points[members])
    _, first = np.unique(np.round(coords, 6), axis=0, return_index=True)
    first = np.sort(first)
    cells = dict(zip(members[first].tolist(), _cells_in(face, coords[first]), strict=True))
    sites = [index for index in cells if index in reach]
    others = [index for index in cells if index not in reach]
    if sites and others:
        kept = {index: polygonal(cells[index].intersection(reach[index])) for index in sites}
        taken = shapely.union_all(list(kept.values()))
        local = [i for i, index in enumerate(cells) if index not in reach]
        rest = np.asarray(_cells_in(face, coords[first][local]), dtype=object)
        # Only the few cells the reaches overlap change: the rest are kept as they are.
        shapely.prepare(taken)
        hit = shapely.intersects(taken, rest)
        rest[hit] = [polygonal(cell) for cell in shapely.difference(rest[hit], taken)]
        cells = kept | dict(zip(others, rest.tolist(), strict=True))
    for index, cell in cells.items():
        if not cell.is_empty:
            yield index, cell


def _cells_in(face: Polygon, coords: np.ndarray) -> list[BaseGeometry]:
    """The Voronoi cells of distinct points, clipped to the face, in the points' order."""
    if len(coords) == 1:
        return [face]
    diagram = shapely.voronoi_polygons(shapely.multipoints(coords), extend_to=face, ordered=True)
    raw = np.asarray(diagram.geoms)
    # Only cells crossing the face's edge need clipping (an intersection with a face of
    # thousands of vertices each): the inner ones are tested against the prepared face.
    shapely.prepare(face)
    inside = shapely.within(raw, face)
    clipped = raw.copy()
    clipped[~inside] = shapely.intersection(raw[~inside], face)
    return [polygonal(cell) for cell in clipped]


def polygonal(geometry: BaseGeometry, merged: bool = False) -> BaseGeometry:
    """Only the polygon parts (intersections can leave lines and points at shared edges);
    ``merged`` unions them (parts that may overlap) instead of collecting them."""
    if isinstance(geometry, Polygon | MultiPolygon):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", []) if isinstance(g, Polygon | MultiPolygon)]
    if merged:
        return shapely.union_all(parts) if parts else Polygon()
    polys = [p for g in parts for p in getattr(g, "geoms", [g])]
    return MultiPolygon(polys) if polys else Polygon()
