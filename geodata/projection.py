"""Coordinate conversions between WGS84 lon/lat, Web Mercator (the map canvas) and UTM 37N."""

from __future__ import annotations

from functools import cache

import numpy as np
from pyproj import Transformer

WGS84 = "EPSG:4326"
WEB_MERCATOR = "EPSG:3857"  # the canvas, web tiles and the folium export
UTM_37N = "EPSG:32637"  # metric work: buffers, widths, areas over northern Syria


@cache
def transformer(src: str, dst: str) -> Transformer:
    return Transformer.from_crs(src, dst, always_xy=True)


def to_mercator(lon, lat):
    """Lon/lat (scalars or arrays) to Web Mercator metres."""
    return transformer(WGS84, WEB_MERCATOR).transform(lon, lat)


def to_lonlat(x, y):
    """Web Mercator metres (scalars or arrays) to lon/lat."""
    return transformer(WEB_MERCATOR, WGS84).transform(x, y)


def mercator_bounds(bounds: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A lon/lat box (min_lon, min_lat, max_lon, max_lat) in Web Mercator metres."""
    xs, ys = to_mercator(np.array([bounds[0], bounds[2]]), np.array([bounds[1], bounds[3]]))
    return float(xs[0]), float(ys[0]), float(xs[1]), float(ys[1])
