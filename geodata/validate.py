"""Check a data directory: schema, unique ids, references, dates, geometry, zone tiling, sources.

``validate_dir(path)`` returns every problem found (an empty list when the data is clean); each
problem names its file (relative to the directory), the record id and what is wrong.

A file that is missing or cannot be parsed (TOML or JSON syntax) is one problem, and the checks
that need its records are skipped: a syntax error in events.toml must not also be reported as
"event ... does not exist" for every statement. Likewise a record that cannot be converted is
reported once, and references to its id are not reported again as dangling.
"""

from __future__ import annotations

import contextlib
import csv
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from shapely import STRtree, make_valid, unary_union
from shapely.errors import GEOSException
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon, shape
from shapely.validation import explain_validity

from geodata import io
from geodata import validate_sources as source_policy
from geodata.errors import AtlasError
from geodata.model import Event, MapFeature, Party, Statement, Zone
from geodata.sources import read_registry

#: Overlaps or gaps smaller than this are digitising slivers, not errors.
SLIVER_KM2 = 1.0

#: "none" is not a party: the controller of areas whose control the sources do not settle.
PARTY_KINDS = ("state", "armed_group", "bloc", "organisation", "mixed", "none")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")

#: Fields each TOML record may have (a typo in a field name would otherwise be silently ignored).
ALLOWED_FIELDS = {
    io.PARTIES_FILE: {
        "id", "name", "kind", "aliases", "colour", "sources", "note", "names", "successor_of",
        "active_from", "active_to",
    },
    io.EVENTS_FILE: {
        "id", "date", "title", "kind", "place", "place_name", "lat", "lon", "participants",
        "people", "summary", "zone_ids", "feature_ids", "sources", "notes",
    },
    io.STATEMENTS_FILE: {
        "id", "event_id", "party", "speaker", "date", "text", "verbatim", "topics", "sources",
        "excerpt", "translated_from",
    },
}  # fmt: skip
PLACE_COLUMNS = ("id", "name", "lat", "lon")


@dataclass(frozen=True)
class Problem:
    file: str
    record: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.record}: {self.message}"


class _Report:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, file: Path | str, record: str, message: str) -> None:
        self.problems.append(Problem(Path(file).as_posix(), record, message))


@dataclass
class _Loaded:
    """The records of one file, whether the file could be read at all, and the ids of records
    that were present but malformed (so references to them are not called dangling)."""

    records: list
    readable: bool = True
    broken_ids: set[str] = field(default_factory=set)

    def ids(self) -> set[str] | None:
        """Every id the file defines, or None when the file could not be read (skip checks)."""
        if not self.readable:
            return None
        return {r.id for r in self.records} | self.broken_ids


def _unreadable() -> _Loaded:
    return _Loaded([], readable=False)


# --------------------------------------------------------------------------- reading


def _convert_all(
    report: _Report, file: Path, raw: Iterable[Mapping[str, Any]], convert: Callable
) -> _Loaded:
    loaded = _Loaded([])
    for index, record in enumerate(raw):
        try:
            loaded.records.append(convert(record))
        except io.RecordError as exc:
            label = io.record_label(record, index)
            report.add(file, label, str(exc))
            if not label.startswith("#"):
                loaded.broken_ids.add(label)
    return loaded


def _read_toml(report: _Report, data_dir: Path, name: Path, convert: Callable) -> _Loaded:
    """Every file of one talks kind (events.toml and events-*.toml ...) as one record set."""
    if not (data_dir / name).is_file():
        report.add(name, "-", "file missing")
        return _unreadable()
    loaded = _Loaded([])
    for file in io.talks_files(data_dir, name):
        path = data_dir / file
        try:
            raw = io.read_toml_records(path, io.TOML_TABLES[name])
        except AtlasError as exc:
            report.add(file, "-", str(exc).removeprefix(f"{path}: "))
            if file == name:
                return _unreadable()
            continue
        allowed = ALLOWED_FIELDS[name]
        for index, record in enumerate(raw):
            unknown = sorted(set(record) - allowed)
            if unknown:
                report.add(
                    file, io.record_label(record, index), f"unknown field(s): {', '.join(unknown)}"
                )
        part = _convert_all(report, file, raw, convert)
        loaded.records.extend(part.records)
        loaded.broken_ids |= part.broken_ids
    return loaded


def _read_geojson(report: _Report, data_dir: Path, name: Path, convert: Callable) -> _Loaded:
    path = data_dir / name
    if not path.is_file():
        report.add(name, "-", "file missing")
        return _unreadable()
    try:
        raw = io.read_geojson_features(path)
    except AtlasError as exc:
        report.add(name, "-", str(exc).removeprefix(f"{path}: "))
        return _unreadable()
    return _convert_all(report, name, raw, convert)


def _read_places(report: _Report, data_dir: Path) -> _Loaded:
    name = io.PLACES_FILE
    path = data_dir / name
    if not path.is_file():
        report.add(name, "-", "file missing")
        return _unreadable()
    try:
        rows = io.read_csv_rows(path)
    except (UnicodeDecodeError, csv.Error) as exc:
        report.add(name, "-", f"not readable as UTF-8 CSV ({exc})")
        return _unreadable()
    missing = [c for c in PLACE_COLUMNS if rows and c not in rows[0]]
    if missing:
        report.add(name, "-", f"missing column(s): {', '.join(missing)}")
        return _unreadable()
    return _convert_all(report, name, rows, io.place_from_row)


# --------------------------------------------------------------------------- checks


def _unique(report: _Report, file: Path, records: Iterable[Any]) -> None:
    counts = Counter(r.id for r in records)
    for rid, count in counts.items():
        if count > 1:
            report.add(file, rid, f"duplicate id ({count} records)")


def _check_sources(report: _Report, file: Path, records: Iterable[Any], what: str) -> None:
    for record in records:
        if not record.sources:
            report.add(file, record.id, f"{what} has no source")


def _check_parties(report: _Report, parties: list[Party]) -> None:
    known = {p.id for p in parties}
    for party in parties:
        for link in party.successor_of:
            if link.party not in known:
                report.add(io.PARTIES_FILE, party.id, f"successor_of: unknown party {link.party!r}")
        if party.kind not in PARTY_KINDS:
            report.add(io.PARTIES_FILE, party.id, f"kind {party.kind!r} not one of {PARTY_KINDS}")
        if not _COLOUR.fullmatch(party.colour):
            report.add(io.PARTIES_FILE, party.id, f"colour {party.colour!r} is not #RRGGBB")


def _check_coordinates(report: _Report, file: Path, rid: str, lat: float, lon: float) -> None:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        report.add(file, rid, f"coordinate out of range: lat {lat}, lon {lon}")


def _check_events(
    report: _Report,
    events: list[Event],
    party_ids: set[str] | None,
    area_ids: set[str] | None,
    feature_ids: set[str] | None,
) -> None:
    """Reference checks; a None id set means its file could not be read: skip those checks."""
    for event in events:
        file = io.EVENTS_FILE
        for party in event.participants if party_ids is not None else ():
            if party not in party_ids:
                report.add(file, event.id, f"participant {party!r} is not a party")
        if area_ids is not None:
            for area in event.zone_ids:
                if area not in area_ids:
                    report.add(file, event.id, f"zone {area!r} is not a zone area")
        if feature_ids is not None:
            for feature in event.feature_ids:
                if feature not in feature_ids:
                    report.add(file, event.id, f"feature {feature!r} is not a map feature")
        if event.lat is not None and event.lon is not None:
            _check_coordinates(report, file, event.id, event.lat, event.lon)


def _check_statements(
    report: _Report,
    statements: list[Statement],
    event_ids: set[str] | None,
    party_ids: set[str] | None,
) -> None:
    for statement in statements:
        file = io.STATEMENTS_FILE
        if event_ids is not None and statement.event_id not in event_ids:
            report.add(file, statement.id, f"event {statement.event_id!r} does not exist")
        if party_ids is not None and statement.party not in party_ids:
            report.add(file, statement.id, f"party {statement.party!r} is not a party")


def _check_dated(report: _Report, file: Path, records: Iterable[Zone | MapFeature]) -> None:
    for record in records:
        if record.valid_from and record.valid_to and record.valid_to < record.valid_from:
            report.add(
                file,
                record.id,
                f"valid_to {record.valid_to} is before valid_from {record.valid_from}",
            )


def _check_zones(
    report: _Report, zones: list[Zone], party_ids: set[str] | None, unsettled_ids: set[str]
) -> None:
    """``unsettled_ids``: parties of kind "none" (control not settled), valid only on zones
    marked contested."""
    file = io.ZONES_FILE
    for zone in zones:
        if party_ids is not None:
            if zone.controller not in party_ids:
                report.add(file, zone.id, f"controller {zone.controller!r} is not a party")
            for backer in zone.backers:
                if backer not in party_ids:
                    report.add(file, zone.id, f"backer {backer!r} is not a party")
        if zone.controller in unsettled_ids and not zone.contested:
            report.add(
                file,
                zone.id,
                f"controller {zone.controller!r} says control is not settled: mark the zone "
                "contested",
            )
        if not zone.area:
            report.add(file, zone.id, "no area id (the lasting area events link to)")
        if not isinstance(zone.geometry, Polygon | MultiPolygon):
            report.add(file, zone.id, f"geometry is a {zone.geometry.geom_type}, not a polygon")
        elif not zone.geometry.is_valid:
            report.add(file, zone.id, f"invalid geometry: {explain_validity(zone.geometry)}")


def _check_features(report: _Report, features: list[MapFeature]) -> None:
    file = io.FEATURES_FILE
    for feature in features:
        geometry = feature.geometry
        if not geometry.is_valid:
            report.add(file, feature.id, f"invalid geometry: {explain_validity(geometry)}")
        if feature.kind == "road" and not isinstance(geometry, LineString | MultiLineString):
            report.add(file, feature.id, f"a road must be a line, not a {geometry.geom_type}")
    if features and not any(f.id == "m4" for f in features):
        report.add(file, "m4", "the M4 line is missing")


# --------------------------------------------------------------------------- tiling


def _km2(geometry) -> float:
    from pyproj import Geod  # only validation pays for pyproj

    if geometry.is_empty:
        return 0.0
    area, _ = Geod(ellps="WGS84").geometry_area_perimeter(geometry)
    return abs(area) / 1e6


def _where(geometry) -> str:
    point = geometry.representative_point()
    return f"near lat {point.y:.3f}, lon {point.x:.3f}"


def syria_outline(data_dir: Path):
    """Syria's outline from base/countries.geojson, or None when the layer is absent."""
    path = data_dir / io.COUNTRIES_FILE
    if not path.is_file():
        return None
    for feature in io.read_geojson_features(path):
        props = {k.lower(): v for k, v in (feature.get("properties") or {}).items()}
        values = {str(v).strip().lower() for v in props.values() if isinstance(v, str)}
        if values & {"syria", "syr", "syrian arab republic"}:
            return make_valid(shape(feature["geometry"]))
    return None


def snapshot_starts(zones: Iterable[Zone]) -> list[date]:
    """Every day on which the set of valid zones changes."""
    days = {z.valid_from for z in zones} | {
        z.valid_to + timedelta(days=1) for z in zones if z.valid_to is not None
    }
    return sorted(days)


def _check_tiling(report: _Report, zones: list[Zone], outline) -> None:
    file = io.ZONES_FILE
    usable = [
        z for z in zones if z.geometry.is_valid and isinstance(z.geometry, Polygon | MultiPolygon)
    ]
    reported_pairs: set[tuple[str, str]] = set()
    for day in snapshot_starts(usable):
        current = [z for z in usable if z.valid_on(day)]
        if not current:
            continue
        tree = STRtree([z.geometry for z in current])
        for i, zone in enumerate(current):
            for j in tree.query(zone.geometry, predicate="intersects"):
                other = current[j]
                if j <= i or zone.contested or other.contested:
                    continue
                pair = (zone.id, other.id)
                if pair in reported_pairs:
                    continue
                overlap = zone.geometry.intersection(other.geometry)
                km2 = _km2(overlap)
                if km2 > SLIVER_KM2:
                    reported_pairs.add(pair)
                    report.add(
                        file,
                        zone.id,
                        f"overlaps {other.id} by {km2:.1f} km² on {day} ({_where(overlap)}); "
                        "mark one contested or fix the boundary",
                    )
        if outline is None:
            continue
        covered = unary_union([z.geometry for z in current])
        gap = outline.difference(covered)
        gap_km2 = _km2(gap)
        if gap_km2 > SLIVER_KM2:
            report.add(
                file,
                f"snapshot {day}",
                f"zones leave {gap_km2:.1f} km² of Syria uncovered ({_where(gap)})",
            )


# --------------------------------------------------------------------------- entry point


def validate_dir(data_dir: Path) -> list[Problem]:
    """All problems in a data directory. Raises AtlasError if it is not a data directory."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise AtlasError(f"data directory not found: {data_dir}")
    if not io.has_data(data_dir):
        raise AtlasError(
            f"no atlas data in {data_dir} (expected talks/*.toml, places.csv, zones.geojson, "
            "features.geojson)"
        )
    report = _Report()
    registry, registry_problems = read_registry(data_dir)
    for problem in registry_problems:
        report.add(problem.file, problem.record, problem.message)
    parties = _read_toml(
        report, data_dir, io.PARTIES_FILE, partial(io.party_from_record, registry=registry)
    )
    events = _read_toml(
        report, data_dir, io.EVENTS_FILE, partial(io.event_from_record, registry=registry)
    )
    statements = _read_toml(
        report, data_dir, io.STATEMENTS_FILE, partial(io.statement_from_record, registry=registry)
    )
    places = _read_places(report, data_dir)
    zones = _read_geojson(
        report, data_dir, io.ZONES_FILE, partial(io.zone_from_feature, registry=registry)
    )
    features = _read_geojson(
        report, data_dir, io.FEATURES_FILE, partial(io.map_feature_from_feature, registry=registry)
    )

    for name, loaded in (
        (io.PARTIES_FILE, parties),
        (io.EVENTS_FILE, events),
        (io.STATEMENTS_FILE, statements),
        (io.PLACES_FILE, places),
        (io.ZONES_FILE, zones),
        (io.FEATURES_FILE, features),
    ):
        _unique(report, name, loaded.records)

    # Reference checks against a file that could not be read are skipped (None).
    party_ids = parties.ids()
    area_ids = {z.area for z in zones.records if z.area} if zones.readable else None
    _check_parties(report, parties.records)
    for place in places.records:
        _check_coordinates(report, io.PLACES_FILE, place.id, place.lat, place.lon)
    _check_events(report, events.records, party_ids, area_ids, features.ids())
    _check_statements(report, statements.records, events.ids(), party_ids)
    unsettled = {p.id for p in parties.records if p.kind == "none"}
    _check_zones(report, zones.records, party_ids, unsettled)
    _check_features(report, features.records)
    _check_dated(report, io.ZONES_FILE, zones.records)
    _check_dated(report, io.FEATURES_FILE, features.records)
    _check_sources(report, io.ZONES_FILE, zones.records, "zone")
    _check_sources(report, io.EVENTS_FILE, events.records, "event")
    _check_sources(report, io.STATEMENTS_FILE, statements.records, "statement")
    for file, loaded, what in (
        (io.PARTIES_FILE, parties, "party"),
        (io.EVENTS_FILE, events, "event"),
        (io.STATEMENTS_FILE, statements, "statement"),
        (io.ZONES_FILE, zones, "zone"),
        (io.FEATURES_FILE, features, "feature"),
    ):
        source_policy.check_sources(report.add, file, loaded.records, what)
    source_policy.check_quotes(report.add, io.STATEMENTS_FILE, statements.records)
    try:
        outline = syria_outline(data_dir)
    except (AtlasError, KeyError, ValueError) as exc:
        report.add(io.COUNTRIES_FILE, "-", f"cannot read the Syria outline ({exc})")
        outline = None
    _check_tiling(report, zones.records, outline)
    _check_place_labels(report, data_dir)
    _check_m4_store(report, data_dir, zones, features)
    if parties.readable and zones.readable and outline is not None:
        from geodata.control.checks import check_control

        party_map = {p.id: p for p in parties.records}
        check_control(data_dir, party_map, list(zones.records), report.add)
    return report.problems


def _check_m4_store(report: _Report, data_dir: Path, zones: _Loaded, features: _Loaded) -> None:
    """The M4 breakdown stored for start-up (geodata.m4_stored) must equal a fresh measure.
    Optional: without the file the atlas measures at run time."""
    from geodata.m4_stored import GENERATOR, STORE_FILE, stale_entries

    path = data_dir / STORE_FILE
    usable = zones.readable and features.readable and not zones.broken_ids
    if not path.is_file() or not usable or not any(f.id == "m4" for f in features.records):
        return
    from geodata.atlas import Atlas

    atlas = Atlas(io.AtlasRecords(zones=tuple(zones.records), features=tuple(features.records)))
    if (data_dir / "control").is_dir():
        # The default date's zones are derived from the control records (m4_stored): read
        # the whole directory; broken control data is reported by the control checks.
        with contextlib.suppress(AtlasError, GEOSException, ValueError):
            atlas = Atlas(io.load_records(data_dir))
    try:
        messages = stale_entries(atlas, path)
    except (GEOSException, ValueError) as exc:  # broken geometry: reported by the zone checks
        messages = [f"cannot measure the M4 breakdown ({exc})"]
    for message in messages:
        report.add(STORE_FILE, "-", f"{message}; run {GENERATOR}")


PLACES_LAYER = Path("base", "places.geojson")


def _check_place_labels(report: _Report, data_dir: Path) -> None:
    """Every base-map label names the place at its coordinates (geodata.place_check)."""
    from geodata.place_check import geonames_cities, label_problems, read_gazetteer

    layer, gazetteer = data_dir / PLACES_LAYER, data_dir / io.PLACES_FILE
    if not layer.is_file():
        return
    try:
        features = io.read_geojson_features(layer)
        rows = read_gazetteer(gazetteer) if gazetteer.is_file() else []
    except (AtlasError, UnicodeDecodeError, csv.Error) as exc:
        report.add(PLACES_LAYER, "-", str(exc))
        return
    for label, message in label_problems(features, rows, geonames_cities()):
        report.add(PLACES_LAYER, label, message)
