"""The import pipeline: open a file, decide events or zones, map columns, build records.

``preview`` is cheap (first rows only) and never fails on a bad row: it reports problems so a
dialog can show them next to the mapping. ``read_file`` reads everything and is all or
nothing: one bad row fails the import with every problem found (up to ``MAX_PROBLEMS``).
Neither writes anything; ``geodata.workspace.add_to_workspace`` saves a result.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from shapely.errors import ShapelyError

from geodata.importers.csv_reader import open_csv
from geodata.importers.errors import ImportFailed, Problem, ProblemList, fail
from geodata.importers.geojson_reader import open_geojson
from geodata.importers.geometry import classify
from geodata.importers.gpkg_reader import open_gpkg
from geodata.importers.kml_reader import open_kml
from geodata.importers.mapping import (
    describe_missing,
    fallback_columns,
    missing_required,
    normalise,
    resolve_mapping,
)
from geodata.importers.records import EventBuilder, RawFeature, ZoneBuilder
from geodata.importers.sniff import check_file, detect_format, read_head, text_encoding
from geodata.importers.source import FeatureSource, Progress
from geodata.importers.values import to_text
from geodata.model import Event, Zone

if TYPE_CHECKING:
    from collections.abc import Iterable

    from shapely.geometry.base import BaseGeometry

    from geodata.importers.parties import PartyIndex

KINDS = ("auto", "events", "zones")

# Geometry classes each kind of record is built from; other features are skipped and counted.
_USABLE = {"events": ("point", "none", "empty"), "zones": ("polygon", "none", "empty", "mixed")}


@dataclass(frozen=True)
class ImportResult:
    """Records read from one file, ready for ``add_to_workspace``."""

    path: Path
    format: str  # csv | geojson | kml | kmz | gpkg
    kind: str  # events | zones
    events: tuple[Event, ...] = ()
    zones: tuple[Zone, ...] = ()
    warnings: tuple[str, ...] = ()
    repaired: int = 0  # geometries repaired with make_valid
    rows: int = 0  # rows or features read, skipped ones included
    mapping: dict[str, str] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.events) + len(self.zones)


@dataclass(frozen=True)
class ImportPreview:
    """The first rows of a file as a dialog shows them, with the mapping it would use."""

    path: Path
    format: str
    kind: str  # events | zones: what the import would make
    columns: tuple[str, ...]  # for the mapping combo boxes
    mapping: dict[str, str]  # field -> column, guessed then overridden by the caller's
    missing: tuple[str, ...]  # required fields with no column yet
    rows: tuple[dict[str, str], ...]  # first rows, values as text
    records: tuple[Event | Zone, ...]  # what those rows become (rows with problems left out)
    problems: tuple[str, ...]  # mapping problems, then problems in the first rows
    details: dict[str, str] = field(default_factory=dict)  # encoding, delimiter, layer
    layers: tuple[str, ...] = ()  # GeoPackage layers
    total: int = 0  # features in the file (CSV: bytes, the count is unknown until read)
    geometry_counts: dict[str, int] = field(default_factory=dict)  # {"point": 12, "line": 1}

    @property
    def ready(self) -> bool:
        return not self.problems and not self.missing


def open_source(
    path: Path,
    kind: str = "auto",
    layer: str | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
    max_bytes: int | None = None,
) -> FeatureSource:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    try:
        path.stat()
    except FileNotFoundError:
        raise fail(path, "", "file not found") from None
    except OSError as exc:  # a name too long, a folder without access...
        raise fail(path, "", f"cannot read the file: {exc.strerror or exc}") from None
    if not path.is_file():
        raise fail(path, "", "not a file")
    head = read_head(path)
    fmt = detect_format(path, head)
    check_file(path, fmt, max_bytes)
    if fmt == "csv":
        return open_csv(path, encoding, progress)
    if fmt == "geojson":
        return open_geojson(path, encoding, progress)
    if fmt in ("kml", "kmz"):
        if not head.startswith(b"PK\x03\x04"):
            text_encoding(path, head)  # refuses binary junk before the XML parser sees it
        return open_kml(path, progress)
    return open_gpkg(path, layer, kind, progress)


def decide_kind(path: Path, source: FeatureSource, requested: str) -> str:
    if source.format == "csv":
        if requested == "zones":
            raise fail(
                path, "", "a CSV has no polygons: import zones from GeoJSON, KML or GeoPackage"
            )
        return "events"
    if requested != "auto":
        return requested
    counts = source.geometry_counts
    points, polygons = counts["point"], counts["polygon"]
    if points and polygons:
        raise fail(
            path,
            "",
            f"the file has both points ({points}) and polygons ({polygons}); "
            "choose --kind events or --kind zones",
        )
    if polygons:
        return "zones"
    if points or counts["none"] or counts["empty"]:
        return "events"
    raise fail(path, "", "no points or polygons in the file (only lines?)")


def _prepare(
    path: Path, source: FeatureSource, kind: str, mapping: dict[str, str] | None
) -> tuple[str, dict[str, str], list[str], list[str], bool]:
    chosen = decide_kind(path, source, kind)
    full, problems = resolve_mapping(source.columns, chosen, mapping)
    missing = missing_required(full, chosen, source.has_geometry)
    acled = "eventidcnty" in {normalise(c) for c in source.columns}
    return chosen, full, problems, missing, acled


def _builder(
    kind: str,
    source: FeatureSource,
    mapping: dict[str, str],
    explicit: dict[str, str] | None,
    origin: str,
    path: Path,
    acled: bool,
    parties: PartyIndex | None = None,
) -> EventBuilder | ZoneBuilder:
    if kind == "zones":
        builder = ZoneBuilder(mapping, origin, path.name, path.stem, parties)
    else:
        builder = EventBuilder(mapping, origin, path.name, path.stem, acled=acled)
    builder.fallbacks = fallback_columns(source.columns, kind, mapping, explicit)
    return builder


def _build(builder: EventBuilder | ZoneBuilder, feature: RawFeature) -> Event | Zone:
    try:
        return builder.build(feature)
    except ShapelyError as exc:  # GEOS refusing a geometry the checks let through
        raise ValueError(f"bad geometry: {exc}") from None


def read_file(
    path: str | Path,
    mapping: dict[str, str] | None = None,
    kind: str = "auto",
    layer: str | None = None,
    origin: str = "import",
    encoding: str | None = None,
    progress: Progress | None = None,
    max_bytes: int | None = None,
    parties: PartyIndex | None = None,
) -> ImportResult:
    """Every record in ``path``, or ``ImportFailed`` naming the bad rows. Writes nothing.

    ``origin`` is the workspace name: it prefixes ids (``ws:<origin>:<id>``) and becomes
    ``Event.origin``. ``progress(done, total)`` is called now and then from this thread.
    ``parties``: the parties a zone may name (its controller and backers are checked and
    written as ids); None keeps them as written.
    """
    path = Path(path)
    source = open_source(path, kind, layer, encoding, progress, max_bytes)
    try:
        return _read_all(path, source, kind, mapping, origin, parties)
    finally:
        close = getattr(source.features, "close", None)
        if close is not None:
            close()


def _read_all(
    path: Path,
    source: FeatureSource,
    kind: str,
    mapping: dict[str, str] | None,
    origin: str,
    parties: PartyIndex | None = None,
) -> ImportResult:
    chosen, full, mapping_problems, missing, acled = _prepare(path, source, kind, mapping)
    problems = [Problem("", p) for p in mapping_problems]
    problems += [Problem("", describe_missing(f, source.columns, chosen)) for f in missing]
    if problems:
        raise ImportFailed(path, problems)
    builder = _builder(chosen, source, full, mapping, origin, path, acled, parties)
    found = ProblemList(path)
    records: list = []
    skipped: Counter[str] = Counter()
    rows = 0
    for feature in source.features:
        rows += 1
        if feature.error:
            found.add(feature.where, feature.error)
            continue
        geometry_class = classify(feature.geometry)
        if geometry_class not in _USABLE[chosen]:
            skipped[geometry_class] += 1
            continue
        try:
            records.append(_build(builder, feature))
        except ValueError as exc:
            found.add(feature.where, str(exc))
    found.raise_if_any()
    if not records:
        what = "rows" if source.format == "csv" else f"{chosen[:-1]} features"
        raise fail(path, "", f"no {what} to import" + (" (only a header)" if rows == 0 else ""))
    warnings = list(source.notes) + _warnings(builder, skipped, chosen)
    if chosen == "events":
        warnings += outside_area_warnings(records)
    return ImportResult(
        path=path,
        format=source.format,
        kind=chosen,
        events=tuple(records) if chosen == "events" else (),
        zones=tuple(records) if chosen == "zones" else (),
        warnings=tuple(warnings),
        repaired=len(getattr(builder, "repaired", ())),
        rows=rows,
        mapping=full,
    )


@functools.cache
def _syria() -> BaseGeometry:
    """Syria's outline from the bundled base map, grown by ~5 km for border towns."""
    from geodata.basemap import load_layer

    outline = next(
        f.geometry for f in load_layer("countries") if f.properties.get("iso_a3") == "SYR"
    )
    return outline.buffer(0.05)


def outside_area_warnings(events: Iterable[Event]) -> list[str]:
    """Say how many events fall outside Syria, and whether lat/lon look swapped.

    Not an error: a file can rightly cover Syria's neighbours. But a swapped pair of columns
    otherwise imports silently and puts events in Turkey or the sea.
    """
    import numpy as np
    import shapely

    located = [e for e in events if e.lat is not None and e.lon is not None]
    if not located:
        return []
    lons = np.array([e.lon for e in located])
    lats = np.array([e.lat for e in located])
    syria = _syria()
    inside = shapely.contains_xy(syria, lons, lats)
    outside = int((~inside).sum())
    if not outside:
        return []
    text = f"{outside:,} of {len(located):,} events lie outside Syria"
    swapped = int(shapely.contains_xy(syria, lats[~inside], lons[~inside]).sum())
    if swapped * 2 >= outside:
        text += "; most would fall in Syria with latitude and longitude swapped: check the mapping"
    return [text]


def _warnings(builder: EventBuilder | ZoneBuilder, skipped: Counter[str], kind: str) -> list[str]:
    warnings = []
    repaired = getattr(builder, "repaired", [])
    if repaired:
        shown = "; ".join(repaired[:5]) + ("; ..." if len(repaired) > 5 else "")
        warnings.append(
            f"{len(repaired)} invalid geometr{'y' if len(repaired) == 1 else 'ies'} "
            f"repaired with make_valid: {shown}"
        )
    cut = getattr(builder, "cut_titles", [])
    if cut:
        from geodata.importers.records import MAX_TITLE

        shown = ", ".join(cut[:5]) + (", ..." if len(cut) > 5 else "")
        warnings.append(
            f"{len(cut)} title{'s' if len(cut) > 1 else ''} over {MAX_TITLE} characters cut "
            f"(the whole text starts the summary): {shown}"
        )
    for kind_text, count in getattr(builder, "unknown_kinds", Counter()).most_common():
        warnings.append(
            f"{count} row{'s' if count > 1 else ''} of unknown type {kind_text!r} "
            "imported as kind 'other'"
        )
    for geometry_class, count in skipped.items():
        noun = {"line": "lines", "point": "points", "polygon": "polygons"}.get(
            geometry_class, f"{geometry_class} geometries"
        )
        warnings.append(
            f"skipped {count} feature{'s' if count > 1 else ''} with {noun} (not {kind})"
        )
    return warnings


def preview(
    path: str | Path,
    mapping: dict[str, str] | None = None,
    kind: str = "auto",
    layer: str | None = None,
    limit: int = 20,
    encoding: str | None = None,
    origin: str = "import",
    parties: PartyIndex | None = None,
) -> ImportPreview:
    """The first ``limit`` rows and what they would become; raises only for unreadable files."""
    path = Path(path)
    source = open_source(path, kind, layer, encoding)
    try:
        counts = source.geometry_counts
        mixed = kind == "auto" and counts["point"] and counts["polygon"]
        # A dialog lets the user pick: show the file as events and say why it needs a choice.
        chosen, full, problems, missing, acled = _prepare(
            path, source, "events" if mixed else kind, mapping
        )
        problems = list(problems)
        if mixed:
            problems.insert(
                0,
                f"the file has both points ({counts['point']}) and polygons "
                f"({counts['polygon']}); choose events or zones",
            )
        builder = _builder(chosen, source, full, mapping, origin, path, acled, parties)
        rows: list[dict[str, str]] = []
        records: list = []
        for feature in source.features:
            if len(rows) >= limit:
                break
            rows.append({k: to_text(v) for k, v in feature.values.items()})
            if feature.error:
                problems.append(f"{feature.where}: {feature.error}")
                continue
            if missing or classify(feature.geometry) not in _USABLE[chosen]:
                continue
            try:
                records.append(_build(builder, feature))
            except ValueError as exc:
                problems.append(f"{feature.where}: {exc}")
    finally:
        close = getattr(source.features, "close", None)
        if close is not None:
            close()
    return ImportPreview(
        path=path,
        format=source.format,
        kind=chosen,
        columns=tuple(source.columns),
        mapping=full,
        missing=tuple(missing),
        rows=tuple(rows),
        records=tuple(records),
        problems=tuple(problems),
        details=dict(source.details),
        layers=tuple(source.layers),
        total=source.total,
        geometry_counts=dict(source.geometry_counts),
    )
