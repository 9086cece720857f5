"""GeoJSON: a FeatureCollection, a single Feature, or a bare geometry (RFC 7946, WGS84)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from geodata.importers.errors import fail
from geodata.importers.geometry import declared_class, from_geojson
from geodata.importers.records import RawFeature
from geodata.importers.sniff import decode_error_message, text_encoding
from geodata.importers.source import FeatureSource, Progress, in_memory_source

_WGS84_NAMES = ("CRS84", "EPSG:4326", "EPSG::4326", "WGS84", "WGS 84")


def load_json(path: Path, encoding: str | None = None) -> Any:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise fail(path, "", f"cannot read the file: {exc.strerror or exc}") from None
    codec = text_encoding(path, data[:65536], encoding)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise fail(path, "", decode_error_message(exc, codec)) from None
    try:
        return json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise fail(path, f"line {exc.lineno}", f"not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise fail(path, "", "not usable JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        if "digits" in str(exc):
            raise fail(path, "", "not usable JSON: a number with thousands of digits") from None
        raise fail(path, "", f"not usable JSON: {str(exc).split(';')[0]}") from None


def _check_crs(path: Path, document: dict) -> None:
    crs = document.get("crs")
    if crs is None:
        return
    name = crs.get("properties", {}).get("name", "") if isinstance(crs, dict) else ""
    name = name if isinstance(name, str) else ""
    if not any(name.upper().endswith(w.upper()) for w in _WGS84_NAMES):
        raise fail(
            path,
            "",
            f"coordinates are in {name or 'an unnamed CRS'!s}, not WGS84 longitude/"
            "latitude; re-export the file as EPSG:4326",
        )


def _features(path: Path, document: Any) -> list[Any]:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise fail(path, "", "not GeoJSON: the top level is not an object")
    kind = document.get("type")
    _check_crs(path, document)
    if kind == "FeatureCollection":
        features = document.get("features")
        if not isinstance(features, list):
            raise fail(path, "", "not GeoJSON: a FeatureCollection without a 'features' list")
        return features
    if kind == "Feature":
        return [document]
    if isinstance(kind, str) and ("coordinates" in document or "geometries" in document):
        return [{"type": "Feature", "geometry": document, "properties": {}}]
    raise fail(path, "", f"not GeoJSON: unknown type {str(kind)[:40]!r}")


def _feature(number: int, item: Any) -> RawFeature:
    where = f"feature {number}"
    if not isinstance(item, dict) or item.get("type") != "Feature":
        return RawFeature(number, where, {}, error="not a GeoJSON Feature object")
    properties = item.get("properties")
    if properties is None:
        properties = {}
    if not isinstance(properties, dict):
        return RawFeature(number, where, {}, error="'properties' is not an object")
    values = dict(properties)
    feature_id = item.get("id")
    if (
        "id" not in values
        and isinstance(feature_id, (str, int))
        and not isinstance(feature_id, bool)
    ):
        values["id"] = feature_id
    raw_geometry = item.get("geometry")
    try:
        geometry = from_geojson(raw_geometry)
    except ValueError as exc:
        declared = (
            declared_class(raw_geometry.get("type")) if isinstance(raw_geometry, dict) else ""
        )
        return RawFeature(number, where, values, error=f"bad geometry: {exc}", declared=declared)
    return RawFeature(number, where, values, geometry)


def open_geojson(
    path: Path, encoding: str | None = None, progress: Progress | None = None
) -> FeatureSource:
    document = load_json(path, encoding)
    items = _features(path, document)
    if not items:
        raise fail(path, "", "the file has no features")
    features = [_feature(n, item) for n, item in enumerate(items, start=1)]
    return in_memory_source("geojson", features, progress)
