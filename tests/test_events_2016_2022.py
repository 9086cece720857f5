"""The 2016-2022 background to the 2023 Moscow talks (issue #15): what a journalist relies on.

Checks the bundled events and statements of those years, not the loader: every year has dated
events, sources cannot predate what they report, quotes of the four parties are verbatim in
their excerpt or marked paraphrase, markers sit on the gazetteer's town, and a few dated facts
taken from the sources' own text are stored as they read.
"""

from __future__ import annotations

from datetime import date

import pytest
from event_window import (
    TALKS_PARTIES,
    assert_each_event_reported_on_or_after_its_day,
    assert_event_as_reported,
    assert_markers_on_their_town,
    assert_talks_parties_quoted_verbatim_or_paraphrased,
    events_between,
    parties_speaking,
    records,
    statements_between,
)

from geodata.model import Event, Statement

YEARS = range(2016, 2023)
FIRST, LAST = date(2016, 1, 1), date(2022, 12, 31)


def _events() -> list[Event]:
    return events_between(FIRST, LAST)


def _statements() -> list[Statement]:
    return statements_between(FIRST, LAST)


def test_every_year_from_2016_to_2022_has_events_and_the_four_parties_speak():
    events = _events()
    for year in YEARS:
        assert any(e.date.year == year for e in events), f"no event in {year}"
    spoken = {s.party for s in _statements()}
    assert spoken >= TALKS_PARTIES, f"silent in 2016-2022: {sorted(TALKS_PARTIES - spoken)}"


def test_every_event_is_reported_by_a_source_published_on_or_after_its_day():
    assert_each_event_reported_on_or_after_its_day(_events())


def test_each_event_rests_on_a_graded_registry_source():
    for event in _events():
        assert any(s.id and s.reliability for s in event.sources), event.id


def test_four_parties_quotes_are_verbatim_in_their_excerpt_or_marked_paraphrase():
    assert assert_talks_parties_quoted_verbatim_or_paraphrased(_statements()) >= 20


def test_statements_belong_to_an_event_of_the_same_period():
    events = {e.id: e for e in records().events}
    for statement in _statements():
        event = events.get(statement.event_id)
        assert event is not None, f"{statement.id}: unknown event {statement.event_id}"
        if statement.date is not None:
            assert abs((event.date - statement.date).days) <= 31, statement.id


def test_markers_on_a_named_syrian_town_sit_on_the_gazetteer_point():
    assert assert_markers_on_their_town(_events()) >= 5


@pytest.mark.parametrize(
    ("event_id", "day", "parties", "feature"),
    [
        # Reuters: the intelligence chiefs met "in Moscow on Monday" (13 Jan 2020).
        ("2020-01-13-fidan-mamlouk-moscow", date(2020, 1, 13), {"turkey", "government"}, None),
        # Syrializm: Zakharova's briefing of Thursday 13 Aug 2020 on the M4 patrols.
        ("2020-08-13-m4-joint-patrols-suspended", date(2020, 8, 13), {"russia", "turkey"}, "m4"),
        # Syriac Press: the Ain Issa points "along the M4 highway", agreed on Monday 7 Dec 2020.
        (
            "2020-12-07-ain-issa-russian-observation-points",
            date(2020, 12, 7),
            {"sdf", "russia"},
            "m4",
        ),
        # Rudaw: the Istiklal Avenue blast "on Sunday afternoon" (13 Nov 2022).
        ("2022-11-13-istanbul-istiklal-bombing", date(2022, 11, 13), {"turkey", "sdf"}, None),
    ],
)
def test_dated_facts_from_the_sources(event_id, day, parties, feature):
    assert_event_as_reported(event_id, day, parties, feature)


def test_where_the_sides_disagree_both_are_recorded():
    # Istanbul 2022: Ankara blamed the PKK/YPG in Kobani, the SDF denied; Moscow 2020: Ankara
    # spoke of joint action against the YPG, Damascus (SANA) of a Turkish withdrawal.
    by_event = parties_speaking(_statements())
    assert {"turkey", "sdf"} <= by_event["2022-11-13-istanbul-istiklal-bombing"]
    assert {"turkey", "government"} <= by_event["2020-01-13-fidan-mamlouk-moscow"]
    assert {"iran", "government"} <= by_event["2022-07-02-amirabdollahian-damascus"]
