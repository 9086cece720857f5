"""Record checks of validation: unique ids, references between files, dates, coordinates,
party kinds and colours, zone and feature geometry."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon
from shapely.validation import explain_validity

from geodata import io
from geodata.model import Event, MapFeature, Party, Statement, Zone
from geodata.validate_read import Report

#: "none" is not a party: the controller of areas whose control the sources do not settle.
PARTY_KINDS = ("state", "armed_group", "bloc", "organisation", "mixed", "none")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def check_unique(report: Report, file: Path, records: Iterable[Any]) -> None:
    counts = Counter(r.id for r in records)
    for rid, count in counts.items():
        if count > 1:
            report.add(file, rid, f"duplicate id ({count} records)")


def check_has_sources(report: Report, file: Path, records: Iterable[Any], what: str) -> None:
    for record in records:
        if not record.sources:
            report.add(file, record.id, f"{what} has no source")


def check_parties(report: Report, parties: list[Party]) -> None:
    known = {p.id for p in parties}
    for party in parties:
        for link in party.successor_of:
            if link.party not in known:
                report.add(io.PARTIES_FILE, party.id, f"successor_of: unknown party {link.party!r}")
        if party.kind not in PARTY_KINDS:
            report.add(io.PARTIES_FILE, party.id, f"kind {party.kind!r} not one of {PARTY_KINDS}")
        if not _COLOUR.fullmatch(party.colour):
            report.add(io.PARTIES_FILE, party.id, f"colour {party.colour!r} is not #RRGGBB")


def check_coordinates(report: Report, file: Path, rid: str, lat: float, lon: float) -> None:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        report.add(file, rid, f"coordinate out of range: lat {lat}, lon {lon}")


def check_events(
    report: Report,
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
            check_coordinates(report, file, event.id, event.lat, event.lon)


def check_statements(
    report: Report,
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


def check_dated(report: Report, file: Path, records: Iterable[Zone | MapFeature]) -> None:
    for record in records:
        if record.valid_from and record.valid_to and record.valid_to < record.valid_from:
            report.add(
                file,
                record.id,
                f"valid_to {record.valid_to} is before valid_from {record.valid_from}",
            )


def check_zones(
    report: Report, zones: list[Zone], party_ids: set[str] | None, unsettled_ids: set[str]
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


def check_features(report: Report, features: list[MapFeature]) -> None:
    file = io.FEATURES_FILE
    for feature in features:
        geometry = feature.geometry
        if not geometry.is_valid:
            report.add(file, feature.id, f"invalid geometry: {explain_validity(geometry)}")
        if feature.kind == "road" and not isinstance(geometry, LineString | MultiLineString):
            report.add(file, feature.id, f"a road must be a line, not a {geometry.geom_type}")
    if features and not any(f.id == "m4" for f in features):
        report.add(file, "m4", "the M4 line is missing")
