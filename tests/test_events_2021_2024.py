"""The thin years before the 2024 offensive (issue #15): what a journalist relies on, 2021-2024.

Checks the bundled events and statements of those years, not the loader: the stretches that were
empty (2021, Sep 2023 - Jun 2024) now hold dated events, each of the four parties of the 2023
talks speaks in 2023-24, sources cannot predate what they report, quotes are verbatim in their
excerpt or marked paraphrase, markers sit on the gazetteer's town, and a few dated facts taken
from the sources' own text are stored as they read.
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

FIRST, LAST = date(2021, 1, 1), date(2024, 11, 26)  # the day before the offensive on Aleppo


def _events() -> list[Event]:
    return events_between(FIRST, LAST)


def _statements() -> list[Statement]:
    return statements_between(FIRST, LAST)


def test_each_year_has_events_and_no_stretch_is_left_empty():
    events = _events()
    per_year = {year: sum(e.date.year == year for e in events) for year in range(2021, 2025)}
    # Before this batch: 2021 had 4 events, 2023 nothing after 28 Aug, 2024 one before 27 Nov.
    assert per_year[2021] >= 8, per_year
    assert sum(e.date >= date(2023, 9, 1) for e in events if e.date.year == 2023) >= 3
    assert per_year[2024] >= 10, per_year
    # No silence of more than four months from Jan 2021 to the offensive (the longest now:
    # the IS leader's death in Atmeh, Feb 2022, to Erdogan's Tal Rifaat threat, June 2022);
    # before, Sep 2023 - Jul 2024 held nothing for ten months.
    days = sorted(e.date for e in events)
    longest = max((b - a).days for a, b in zip(days, days[1:], strict=False))
    assert longest <= 120, longest


def test_the_four_parties_speak_in_2023_and_2024():
    spoken = {s.party for s in _statements() if (s.date is None or s.date.year >= 2023)}
    assert spoken >= TALKS_PARTIES, f"silent in 2023-24: {sorted(TALKS_PARTIES - spoken)}"


def test_every_astana_round_of_the_window_is_a_meeting_of_the_guarantors_and_damascus():
    # The rounds (deputy-minister level), not the guarantors' presidential summits.
    rounds = [e for e in _events() if "astana" in e.id and "round" in e.id]
    assert {e.date.year for e in rounds} >= {2021, 2023, 2024}
    for event in rounds:
        assert {"russia", "turkey", "iran", "government"} <= set(event.participants), event.id


def test_every_event_is_reported_by_a_source_published_on_or_after_its_day():
    assert_each_event_reported_on_or_after_its_day(_events())


def test_four_parties_quotes_are_verbatim_in_their_excerpt_or_marked_paraphrase():
    assert assert_talks_parties_quoted_verbatim_or_paraphrased(_statements()) >= 20


def test_four_parties_statements_belong_to_an_event_within_a_month():
    events = {e.id: e for e in records().events}
    for statement in _statements():
        if statement.party not in TALKS_PARTIES:
            continue
        event = events.get(statement.event_id)
        assert event is not None, f"{statement.id}: unknown event {statement.event_id}"
        if statement.date is not None:
            assert abs((event.date - statement.date).days) <= 31, statement.id


def test_markers_on_a_named_syrian_town_sit_on_the_gazetteer_point():
    assert assert_markers_on_their_town(_events()) >= 4


@pytest.mark.parametrize(
    ("event_id", "day", "parties", "feature"),
    [
        # Reuters (SMH copy): Russian jets hit near the Turkish border "on Sunday" (21 Mar 2021).
        (
            "2021-03-21-russian-strikes-near-bab-al-hawa",
            date(2021, 3, 21),
            {"russia", "turkey"},
            None,
        ),
        # Al Jazeera: the policemen "were killed on Sunday" (10 Oct 2021) in the Azaz region.
        ("2021-10-10-azaz-attack-erdogan-final-straw", date(2021, 10, 10), {"turkey"}, None),
        # TASS: "the 20th international meeting on Syria, that has just ended" (21 June 2023).
        ("2023-06-21-astana-20th-round", date(2023, 6, 21), {"russia", "turkey", "iran"}, None),
        # ANHA, 28 June 2024: the crossing "reopened yesterday".
        (
            "2024-06-27-abu-al-zandin-crossing-opened",
            date(2024, 6, 27),
            {"turkey", "russia", "sna", "government"},
            None,
        ),
        # Bloomberg: Assad "met Putin Wednesday evening" (24 July 2024); the M4 patrol report.
        ("2024-07-24-putin-assad-kremlin", date(2024, 7, 24), {"russia", "government"}, "m4"),
        # Astana Times / Turkish MFA: the 22nd round on 11-12 Nov 2024, before the offensive.
        ("2024-11-12-astana-22nd-round", date(2024, 11, 12), {"russia", "turkey", "iran"}, None),
    ],
)
def test_dated_facts_from_the_sources(event_id, day, parties, feature):
    assert_event_as_reported(event_id, day, parties, feature)


def test_both_sides_of_the_withdrawal_dispute_are_recorded():
    # 2024: Ankara invites Assad; Damascus asks first for a Turkish withdrawal (Assad, 15 July),
    # then says withdrawal is no precondition for meeting (25 Aug); Russia states both positions.
    by_event = parties_speaking(_statements())
    assert {"turkey", "government"} <= by_event["2024-07-07-erdogan-invites-assad"]
    assert {"turkey", "government", "russia"} <= by_event[
        "2024-06-26-assad-lavrentiev-open-to-initiatives"
    ]
    assert {"russia", "iran"} <= by_event["2024-11-12-astana-22nd-round"]
    lavrov = next(s for s in _statements() if s.id == "2024-11-01-lavrov-withdrawal-first-vs-later")
    assert "withdrawal" in lavrov.text and lavrov.verbatim
