"""The checks the control-record tests share: a place answered by the region rules, a gap the
sources leave open, and the map drawing a record's holder at the place (issue #15)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from shapely.geometry import Point


def assert_region_answer(atlas, locality: str, day: date, controller: str):
    """The place has ``controller`` on ``day``, from a sourced row of the regions file; the
    record, for checks of its own."""
    history = atlas.control.history
    record = history.record_on(locality, day)
    assert history.state_of(locality, day).controller == controller, record
    assert record.sources and "2016-2018-regions.csv:" in record.file
    return record


def assert_stored_gap(atlas, locality: str, day: date) -> None:
    """The place is a stored gap on ``day``: an ``unknown`` row with its sources and a note."""
    record = atlas.control.history.record_on(locality, day)
    assert record is not None and record.controller == "unknown"
    assert record.sources and record.note


def assert_map_draws_holders(atlas, cases: Iterable[tuple[str, date, str]]) -> None:
    """The derived territory at (or, on a line, beside) each place is its record's holder."""
    for locality, day, controller in cases:
        place = atlas.control.history.localities[locality]
        point = Point(place.lon, place.lat)
        nearest = min(atlas.zones_at(day), key=lambda z: z.geometry.distance(point))
        assert nearest.geometry.distance(point) < 0.01, (locality, day)  # ~1 km
        assert nearest.controller == controller, (locality, day, nearest.id)
