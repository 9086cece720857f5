"""Records win over migrated snapshots: a snapshot zone answers only where research is
silent, and gives way altogether on the days research covers (nearly) all of it."""

from __future__ import annotations

from datetime import date

import pytest

from geodata.control.history import ControlHistory
from geodata.control.model import UNKNOWN, ControlRecord, Coverage, Locality

START, END = date(2024, 12, 9), date(2024, 12, 31)
RESEARCH_FROM = date(2024, 12, 15)


def _localities(n: int) -> dict[str, Locality]:
    return {f"v{i}": Locality(f"v{i}", f"Village {i}", 35.0 + i / 100, 37.0) for i in range(n)}


def _baseline(ids, controller="unsettled", zone="government-2024-12-09"):
    return [
        ControlRecord(
            lid, controller, START, END, "contested", (), (f"zone:{zone}",), "", "m", True
        )
        for lid in ids
    ]


def _research(ids, controller="transitional_government", start=RESEARCH_FROM):
    return [ControlRecord(lid, controller, start, None, sources=("src",)) for lid in ids]


def test_research_covering_the_zone_supersedes_the_snapshot_even_where_it_is_silent():
    places = _localities(20)
    ids = list(places)
    history = ControlHistory(
        places, _baseline(ids) + _research(ids[1:]), Coverage(START, date(2025, 6, 1))
    )
    # before the research starts, the snapshot answers for every village
    assert history.state_of("v0", date(2024, 12, 10)).controller == "unsettled"
    assert history.state_of("v5", date(2024, 12, 10)).controller == "unsettled"
    # from then on the research speaks for the zone: the village it left out is a gap, not
    # the snapshot's "not settled"
    assert history.state_of("v0", RESEARCH_FROM).controller == UNKNOWN
    assert history.state_of("v5", RESEARCH_FROM).controller == "transitional_government"
    assert history.superseded["government-2024-12-09"] == ((RESEARCH_FROM, END),)
    assert RESEARCH_FROM in history.change_days
    assert [r.end for r in history.timeline("v0")] == [date(2024, 12, 14)]


def test_research_on_a_few_places_leaves_the_rest_to_the_snapshot():
    places = _localities(20)
    ids = list(places)
    history = ControlHistory(
        places, _baseline(ids, "sdf", "sdf_east") + _research(ids[:3], "sna"), Coverage(START, END)
    )
    assert history.superseded == {}
    assert history.state_of("v10", date(2024, 12, 20)).controller == "sdf"  # silent research
    assert history.state_of("v1", date(2024, 12, 20)).controller == "sna"  # records win


@pytest.mark.parametrize("day", [date(2024, 12, 15), date(2024, 12, 31)])
def test_the_december_2024_map_is_the_records_not_the_unsettled_snapshot(atlas, day):
    """Once the 2024-2026 research covers the country, the 9-31 Dec 2024 snapshot's "control
    not settled" area is gone from the derived map and its lines cut nothing."""
    control = atlas.control
    in_force = [z for z in control.snapshot_zones if z.valid_on(day)]
    assert in_force, "the test needs a snapshot on the day"
    zones = atlas.zones_at(day)
    assert zones and not [z for z in zones if z.controller == "unsettled"]
    assert control.constraints_on(day).key == ()
    # each zone's controller is the state of the localities it rests on (no snapshot label)
    for zone in zones:
        assert "snapshot zone" not in zone.accuracy
