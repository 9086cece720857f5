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
from functools import partial
from pathlib import Path

from shapely.errors import GEOSException

from geodata import io, record_parsers
from geodata import validate_sources as source_policy
from geodata.errors import AtlasError
from geodata.m4_distances import DISTANCES_FILE, distance_problems
from geodata.sources import read_registry
from geodata.validate_checks import (
    check_coordinates,
    check_dated,
    check_events,
    check_features,
    check_has_sources,
    check_parties,
    check_statements,
    check_unique,
    check_zones,
)
from geodata.validate_evidence import check_evidence
from geodata.validate_read import Loaded, Problem, Report, read_geojson, read_places, read_toml
from geodata.validate_tiling import check_tiling, syria_outline


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
    report = Report()
    registry, registry_problems = read_registry(data_dir)
    for problem in registry_problems:
        report.add(problem.file, problem.record, problem.message)
    parties = read_toml(
        report,
        data_dir,
        io.PARTIES_FILE,
        partial(record_parsers.party_from_record, registry=registry),
    )
    events = read_toml(
        report,
        data_dir,
        io.EVENTS_FILE,
        partial(record_parsers.event_from_record, registry=registry),
    )
    statements = read_toml(
        report,
        data_dir,
        io.STATEMENTS_FILE,
        partial(record_parsers.statement_from_record, registry=registry),
    )
    places = read_places(report, data_dir)
    zones = read_geojson(
        report,
        data_dir,
        io.ZONES_FILE,
        partial(record_parsers.zone_from_feature, registry=registry),
    )
    features = read_geojson(
        report,
        data_dir,
        io.FEATURES_FILE,
        partial(record_parsers.map_feature_from_feature, registry=registry),
    )

    for name, loaded in (
        (io.PARTIES_FILE, parties),
        (io.EVENTS_FILE, events),
        (io.STATEMENTS_FILE, statements),
        (io.PLACES_FILE, places),
        (io.ZONES_FILE, zones),
        (io.FEATURES_FILE, features),
    ):
        check_unique(report, name, loaded.records)

    # Reference checks against a file that could not be read are skipped (None).
    party_ids = parties.ids()
    area_ids = {z.area for z in zones.records if z.area} if zones.readable else None
    check_parties(report, parties.records)
    for place in places.records:
        check_coordinates(report, io.PLACES_FILE, place.id, place.lat, place.lon)
    check_events(report, events.records, party_ids, area_ids, features.ids())
    check_statements(report, statements.records, events.ids(), party_ids)
    unsettled = {p.id for p in parties.records if p.kind == "none"}
    check_zones(report, zones.records, party_ids, unsettled)
    check_features(report, features.records)
    check_dated(report, io.ZONES_FILE, zones.records)
    check_dated(report, io.FEATURES_FILE, features.records)
    check_has_sources(report, io.ZONES_FILE, zones.records, "zone")
    check_has_sources(report, io.EVENTS_FILE, events.records, "event")
    check_has_sources(report, io.STATEMENTS_FILE, statements.records, "statement")
    for file, loaded, what in (
        (io.PARTIES_FILE, parties, "party"),
        (io.EVENTS_FILE, events, "event"),
        (io.STATEMENTS_FILE, statements, "statement"),
        (io.ZONES_FILE, zones, "zone"),
        (io.FEATURES_FILE, features, "feature"),
    ):
        source_policy.check_sources(report.add, file, loaded.records, what)
    source_policy.check_quotes(report.add, io.STATEMENTS_FILE, statements.records)
    check_evidence(
        report.add, io.STATEMENTS_FILE, list(statements.records), registry, Path("sources")
    )
    try:
        outline = syria_outline(data_dir)
    except (AtlasError, KeyError, ValueError) as exc:
        report.add(io.COUNTRIES_FILE, "-", f"cannot read the Syria outline ({exc})")
        outline = None
    check_tiling(report, zones.records, outline)
    _check_place_labels(report, data_dir)
    _check_m4_store(report, data_dir, zones, features)
    _check_first_frame(report, data_dir)
    _check_records_store(report, data_dir)
    for record, message in distance_problems(data_dir, registry):
        report.add(DISTANCES_FILE, record, message)
    if parties.readable and zones.readable and outline is not None:
        from geodata.control.checks import check_control

        party_map = {p.id: p for p in parties.records}
        check_control(data_dir, party_map, list(zones.records), report.add)
    return report.problems


def _check_m4_store(report: Report, data_dir: Path, zones: Loaded, features: Loaded) -> None:
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


def _check_first_frame(report: Report, data_dir: Path) -> None:
    """The default date's territory stored for start-up (geodata.control.first_frame) must be
    of these very files and equal a fresh derivation. Optional: without the file the window
    derives it before its first paint; broken control data is reported by the control checks."""
    from geodata.control.first_frame import GENERATOR, STORE_FILE, stale_reasons

    path = data_dir / STORE_FILE
    if not path.is_file():
        return
    from geodata.atlas import Atlas

    try:
        messages = stale_reasons(Atlas(io.load_records(data_dir)), path)
    except (AtlasError, GEOSException, ValueError) as exc:
        messages = [f"cannot derive the territory it holds ({exc})"]
    for message in messages:
        report.add(STORE_FILE, "-", f"stale: {message}; run {GENERATOR}")


def _check_records_store(report: Report, data_dir: Path) -> None:
    """The records stored for start-up (geodata.records_store) must be of these very files and
    equal a fresh read. Optional: without the file the window reads them before its first
    paint; a stale store is never used (its checksum differs), so this says to rewrite it."""
    from geodata.records_store import GENERATOR, STORE_FILE, stale_reasons

    path = data_dir / STORE_FILE
    if not path.is_file():
        return
    try:
        messages = stale_reasons(data_dir, partial(io.read_records, data_dir), path)
    except (AtlasError, GEOSException, ValueError) as exc:  # reported by the checks above
        messages = [f"cannot read the records it holds ({exc})"]
    for message in messages:
        report.add(STORE_FILE, "-", f"stale: {message}; run {GENERATOR}")


PLACES_LAYER = Path("base", "places.geojson")


def _check_place_labels(report: Report, data_dir: Path) -> None:
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
