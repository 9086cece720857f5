"""Geometry for the page: simplified and rounded so the file stays small, as GeoJSON."""

from __future__ import annotations

from collections.abc import Iterable

from shapely.geometry.base import BaseGeometry

#: Simplification tolerances in degrees: base layers are context, kept light (~300 m); zones
#: and the M4 stay far below their stated accuracy (~50 m).
BASE_TOLERANCE = 0.003
ZONE_TOLERANCE = 0.0005
BASE_DIGITS, ZONE_DIGITS = 4, 5


def rounded(geometry: BaseGeometry, tolerance: float, digits: int) -> BaseGeometry:
    """``geometry`` simplified (topology kept) and its coordinates rounded to ``digits``."""
    import numpy as np
    import shapely

    if tolerance:
        geometry = shapely.simplify(geometry, tolerance, preserve_topology=True)
    return shapely.transform(geometry, lambda xy: np.round(xy, digits))


def feature_collection(
    items: Iterable[tuple[BaseGeometry, dict]], tolerance: float, digits: int
) -> dict:
    """GeoJSON FeatureCollection of (geometry, properties); each feature gets an "id"."""
    from shapely.geometry import mapping

    features = []
    for index, (geometry, properties) in enumerate(items):
        shape = rounded(geometry, tolerance, digits)
        if shape.is_empty:
            continue
        features.append(
            {
                "type": "Feature",
                "id": str(index),
                "properties": properties,
                "geometry": mapping(shape),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def line_parts(geometry: BaseGeometry) -> list[list[tuple[float, float]]]:
    """Each part of a (multi)line as [(lat, lon), ...] rounded to ~1 m, as Leaflet wants."""
    return [
        [(round(y, 5), round(x, 5)) for x, y in part.coords]
        for part in getattr(geometry, "geoms", [geometry])
    ]
