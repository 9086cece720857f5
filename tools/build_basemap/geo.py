"""Geometry clean-up shared by the layer builders and the compact GeoJSON writer."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import box, mapping
from shapely.geometry.base import BaseGeometry

from tools.build_basemap import BOUNDS, WIDE_BOUNDS

BOX = box(*BOUNDS)
WIDE_BOX = box(*WIDE_BOUNDS)
GRID = 1e-5  # 5 decimals: about 1 m, far below the sources' accuracy
DECIMALS = 5


@dataclass
class Feature:
    geometry: BaseGeometry
    properties: dict[str, Any] = field(default_factory=dict)


def _keep_dimension(geom: BaseGeometry, dim: int) -> BaseGeometry:
    """Drop the points/lines a clip or make_valid may leave beside polygons (or points by lines)."""
    if geom.is_empty:
        return geom
    parts = [g for g in shapely.get_parts(geom) if shapely.get_dimensions(g) == dim]
    if not parts:
        return shapely.Polygon() if dim == 2 else shapely.LineString()
    if dim == 2:
        return shapely.union_all(parts)
    return shapely.line_merge(shapely.union_all(parts)) if len(parts) > 1 else parts[0]


def finish(geom: BaseGeometry, clip: BaseGeometry = BOX) -> BaseGeometry:
    """Clip to ``clip``, snap to the 5-decimal grid, make valid, orient as RFC 7946 asks."""
    dim = shapely.get_dimensions(geom)
    geom = shapely.make_valid(geom)
    geom = _keep_dimension(shapely.intersection(geom, clip), dim)
    # set_precision snaps to the grid and keeps polygons valid (it re-nodes where needed).
    geom = _keep_dimension(shapely.set_precision(geom, GRID), dim)
    if dim == 2:
        geom = shapely.orient_polygons(geom, exterior_cw=False)  # RFC 7946: CCW exteriors
    elif dim == 1:
        # Grid snapping can leave metre-long stubs at a junction; without them the rest merges.
        parts = [p for p in shapely.get_parts(geom) if p.length >= 10 * GRID]
        geom = shapely.line_merge(shapely.MultiLineString(parts)) if parts else geom
    return geom


#: Beyond the detailed box rivers and lakes are context seen at a regional scale: 0.005 degrees
#: (~500 m) keeps the files small; inside the box every vertex stays.
WIDE_TOLERANCE = 0.005


def finish_wide(geom: BaseGeometry, tolerance: float = WIDE_TOLERANCE) -> BaseGeometry:
    """Like :func:`finish` over the wide box: full detail inside the detailed box, simplified by
    ``tolerance`` beyond it. The outer part is cut at the box edge before it is simplified, so
    its ends stay on the edge and meet the detailed part."""
    dim = shapely.get_dimensions(geom)
    geom = shapely.make_valid(geom)
    inner = shapely.intersection(geom, BOX)
    outer = shapely.intersection(shapely.difference(geom, BOX), WIDE_BOX)
    outer = shapely.simplify(outer, tolerance, preserve_topology=True)
    parts = [g for g in (inner, outer) if not g.is_empty]
    if not parts:
        return finish(geom, WIDE_BOX)
    return finish(_keep_dimension(shapely.union_all(parts), dim), WIDE_BOX)


def _rounded(coords: Any) -> Any:
    if isinstance(coords, (float, int)):
        return round(float(coords), DECIMALS)
    return [_rounded(c) for c in coords]


def write_geojson(path: Path, features: list[Feature]) -> int:
    """Write a compact RFC 7946 FeatureCollection (no ``crs`` member: WGS84 by definition)."""
    out = []
    for feat in features:
        if feat.geometry.is_empty:
            continue
        geo = mapping(feat.geometry)
        geo = {"type": geo["type"], "coordinates": _rounded(geo["coordinates"])}
        out.append({"type": "Feature", "properties": feat.properties, "geometry": geo})
    doc = {"type": "FeatureCollection", "features": out}
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    # One feature per line keeps diffs of a rebuild readable.
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    path.write_text(text + "\n", encoding="utf-8")
    return len(out)
