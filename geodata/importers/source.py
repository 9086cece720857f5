"""What every format reader hands the import pipeline: columns, features, progress units."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from geodata.importers.geometry import classify
from geodata.importers.records import RawFeature

#: ``progress(done, total)``: units are bytes for CSV, features for the other formats. The
#: callback may raise ``ImportCancelled`` to stop the import (nothing is written then).
Progress = Callable[[int, int], None]


@dataclass
class FeatureSource:
    """An opened file: its columns and its features (for CSV a single-pass stream)."""

    format: str  # csv | geojson | kml | kmz | gpkg
    columns: list[str]
    features: Iterator[RawFeature]
    has_geometry: bool
    total: int  # progress units in the whole file
    # How many features have each geometry class (point, polygon, line, none...); empty when
    # the format has no geometry (CSV) or the counts are not known up front.
    geometry_counts: Counter[str] = field(default_factory=Counter)
    details: dict[str, str] = field(default_factory=dict)  # encoding, delimiter, layer...
    layers: list[str] = field(default_factory=list)  # GeoPackage layers, for a layer picker
    notes: list[str] = field(default_factory=list)  # assumptions the reader made, as warnings


def in_memory_source(
    fmt: str, features: list[RawFeature], progress: Progress | None, **extra: Any
) -> FeatureSource:
    """A source over features already parsed (GeoJSON, KML, GeoPackage)."""
    columns: dict[str, None] = {}
    counts: Counter[str] = Counter()
    for feature in features:
        columns.update(dict.fromkeys(feature.values))
        counts[feature.declared or classify(feature.geometry)] += 1
    return FeatureSource(
        format=fmt,
        columns=list(columns),
        features=_counted(features, progress),
        has_geometry=True,
        total=len(features),
        geometry_counts=counts,
        **extra,
    )


def _counted(features: list[RawFeature], progress: Progress | None) -> Iterator[RawFeature]:
    total = len(features)
    for index, feature in enumerate(features):
        if progress is not None and index % 1000 == 0:
            progress(index, total)
        yield feature
    if progress is not None:
        progress(total, total)
