"""Workspace records with every field set (HTML, quotes, Arabic, multipart geometry): what the
workspace tests save and read back."""

from __future__ import annotations

from datetime import date

from shapely.geometry import MultiPolygon, Polygon

from geodata.model import Event, Source, Zone


def full_event(**changes) -> Event:
    values = dict(
        id="ws:w:e1",
        date=date(2023, 4, 25),
        title='<b>Test</b> & "quotes" — إدلب',
        kind="meeting",
        lat=35.93062,
        lon=36.63393,
        place_name="Idlib",
        participants=("tr", "ru"),
        people=("Person A (test)",),
        summary="line one\nline two",
        zone_ids=("idlib",),
        feature_ids=("m4",),
        sources=(
            Source(url="https://example.org/a", publisher="P", date=date(2023, 4, 26), note="n"),
        ),
        origin="w",
    )
    values.update(changes)
    return Event(**values)


def full_zone(**changes) -> Zone:
    values = dict(
        id="ws:w:z1",
        name="Test zone",
        controller="hts",
        geometry=MultiPolygon(
            [Polygon([(36, 35), (37, 35), (37, 36)]), Polygon([(38, 35), (39, 35), (39, 36)])]
        ),
        valid_from=date(2020, 3, 6),
        valid_to=date(2024, 11, 27),
        area="idlib",
        backers=("tr",),
        accuracy="approximate (±5 km)",
        contested=True,
        notes="notes",
        sources=(Source(url="https://example.org/z"),),
    )
    values.update(changes)
    return Zone(**values)
