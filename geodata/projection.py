"""Coordinate conversions between WGS84 lon/lat, Web Mercator (the map canvas) and UTM 37N."""

from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray
    from pyproj import Transformer

WGS84 = "EPSG:4326"
WEB_MERCATOR = "EPSG:3857"  # the canvas, web tiles and the folium export
UTM_37N = "EPSG:32637"  # metric work: buffers, widths, areas over northern Syria


_RADIUS = 6378137.0  # the Web Mercator sphere (EPSG:3857)
_MAX_LAT = 85.05112878


@cache
def transformer(src: str, dst: str) -> Transformer:
    """A pyproj Transformer (imported on first use: pyproj costs ~0.1 s at start-up)."""
    from pyproj import Transformer

    return Transformer.from_crs(src, dst, always_xy=True)


# Web Mercator is a closed formula, the same one pyproj applies for EPSG:3857 (to well under a
# millimetre); computing it here keeps pyproj off the window's start-up path.


def to_mercator(
    lon: ArrayLike, lat: ArrayLike
) -> tuple[float, float] | tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Lon/lat (scalars or arrays) to Web Mercator metres."""
    if np.isscalar(lon) and np.isscalar(lat):
        phi = math.radians(min(max(float(lat), -_MAX_LAT), _MAX_LAT))
        return _RADIUS * math.radians(float(lon)), _RADIUS * math.log(
            math.tan(math.pi / 4 + phi / 2)
        )
    lon = np.asarray(lon, dtype=float)
    phi = np.radians(np.clip(np.asarray(lat, dtype=float), -_MAX_LAT, _MAX_LAT))
    return _RADIUS * np.radians(lon), _RADIUS * np.log(np.tan(np.pi / 4 + phi / 2))


def to_lonlat(
    x: ArrayLike, y: ArrayLike
) -> tuple[float, float] | tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Web Mercator metres (scalars or arrays) to lon/lat."""
    if np.isscalar(x) and np.isscalar(y):
        lat = math.degrees(2 * math.atan(math.exp(float(y) / _RADIUS)) - math.pi / 2)
        return math.degrees(float(x) / _RADIUS), lat
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    return np.degrees(x / _RADIUS), np.degrees(2 * np.arctan(np.exp(y / _RADIUS)) - np.pi / 2)


def mercator_bounds(bounds: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A lon/lat box (min_lon, min_lat, max_lon, max_lat) in Web Mercator metres."""
    xs, ys = to_mercator(np.array([bounds[0], bounds[2]]), np.array([bounds[1], bounds[3]]))
    return float(xs[0]), float(ys[0]), float(xs[1]), float(ys[1])
