"""The base map's layers stored for start-up (``start_base.json``): geometries as WKB.

Reading the base map's GeoJSON (~1 MB: the rivers' ~20,000 points, ~1,500 towns) makes one
Python float per coordinate: ~25 ms of a cold start. ``python -m tools.first_frame`` writes
each layer's properties (JSON) and geometries (WKB, base64) here, so the window reads them with
one ``shapely.from_wkb`` call per layer (the same geometries, coordinate for coordinate). The
store is trusted only while a checksum of the layers' GeoJSON files matches; with other files
(``python -m tools.build_basemap`` was run since) the GeoJSON is read, as before.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from geodata.file_checksum import files_checksum
from geodata.paths import data_dir
from geodata.work_ahead import ahead_of_time

STORE_FILE = Path("start_base.json")
GENERATOR = "python -m tools.first_frame"
FORMAT = 1


def _layer_files(names: Sequence[str]) -> list[Path]:
    return [Path("base", f"{name}.geojson") for name in names]


@ahead_of_time
def inputs_key(folder: Path, names: Sequence[str]) -> str:
    """A checksum of the layers' GeoJSON files (~1 ms); begun ahead at start-up
    (``geodata.work_ahead``)."""
    crc, adler, size = files_checksum(folder, _layer_files(names))
    return f"{FORMAT}-{crc:08x}{adler:08x}-{size}"


@cache
def stored_layers(names: tuple[str, ...]) -> Mapping[str, tuple[list, list[dict]]] | None:
    """Each layer's (geometries, properties) from the bundled store, when it was written from
    the GeoJSON files the package holds now; None otherwise."""
    folder = data_dir()
    try:
        document = json.loads((folder / STORE_FILE).read_text(encoding="utf-8"))
        if document["inputs"] != inputs_key(folder, names):
            return None
        return {name: _layer(document["layers"][name]) for name in names}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _layer(entry: Mapping[str, Any]) -> tuple[list, list[dict]]:
    import shapely

    geometries = shapely.from_wkb([base64.b64decode(g) for g in entry["geometries"]])
    properties = entry["properties"]
    if len(geometries) != len(properties):
        raise ValueError("a layer's geometries and properties differ in number")
    return list(geometries), properties


def store_document(folder: Path, layers: Mapping[str, Sequence[Any]]) -> dict[str, Any]:
    """The store of ``layers`` (name -> ``BaseFeature``s read from ``folder``'s GeoJSON)."""
    import shapely

    return {
        "generator": GENERATOR,
        "note": "The base map's layers as read from base/*.geojson, geometries as WKB, so the "
        "window reads them without parsing their coordinates; used only while 'inputs' (a "
        "checksum of those files) matches them.",
        "inputs": inputs_key(folder, list(layers)),
        "layers": {
            name: {
                "properties": [dict(f.properties) for f in features],
                "geometries": [
                    base64.b64encode(shapely.to_wkb(f.geometry)).decode("ascii") for f in features
                ],
            }
            for name, features in layers.items()
        },
    }


def write_store(path: Path, document: Mapping[str, Any]) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False) + "\n", encoding="utf-8")
