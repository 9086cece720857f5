"""Further key events of the north, 2016-2020 (issue #15, task evt): what a journalist relies on.

The east Aleppo evacuation deal, the Tadef contact line, the end of Euphrates Shield, the SDC's
talks in Damascus, the Manbij joint patrols, the US withdrawal announcement and the pull-back of
October 2019, the Idlib ceasefires of August 2019 and January 2020 and Spring Shield are stored on
the days their sources give, with the parties the sources name; every source is an original
publication (a copy only as read_via); quoted words are in their excerpt; the statements that had
no date now have the one their source gives, and the one whose source gives none stays undated.
"""

from __future__ import annotations

from datetime import date

import pytest
from event_window import (
    assert_event_as_reported,
    assert_markers_on_their_town,
    assert_no_twin_on_the_same_day,
    assert_sourced_from_allowed_originals,
    published_by,
    records,
)

from geodata.sources.policy import refusal
from geodata.validate_sources import quote_in_excerpt

NEW_EVENTS = {
    # TRT World: the opposition agreed "on Tuesday" (13 Dec 2016); Turkey brokered it with Russia.
    "2016-12-13-east-aleppo-evacuation-deal": (
        date(2016, 12, 13),
        {"turkey", "russia", "government", "opposition"},
    ),
    # TASS (Russia's Defence Ministry): "On February 11 ... liberated ... Tadef".
    "2017-02-11-tadef-contact-line-agreed-with-turkey": (
        date(2017, 2, 11),
        {"government", "russia", "turkey", "isis"},
    ),
    # TRT World, 29 Mar 2017: Yildirim said "on Wednesday" the operation had ended.
    "2017-03-29-euphrates-shield-ended": (date(2017, 3, 29), {"turkey"}),
    # Kurdistan 24: SDC members "on Thursday" (26 Jul 2018) announced their visit to Damascus.
    "2018-07-26-sdc-delegation-in-damascus": (date(2018, 7, 26), {"sdf", "government"}),
    # TRT World, 1 Nov 2018: the joint patrols began "on Thursday" (Akar in parliament).
    "2018-11-01-manbij-joint-patrols-begin": (date(2018, 11, 1), {"turkey", "united_states"}),
    # AP, 19 Dec 2018: Trump "said Wednesday morning on Twitter".
    "2018-12-19-us-withdrawal-announced": (date(2018, 12, 19), {"united_states", "russia"}),
    # Washington Times / DW: the White House statement "late on Sunday" (6 Oct 2019).
    "2019-10-06-us-stands-aside-turkish-operation": (
        date(2019, 10, 6),
        {"united_states", "turkey", "sdf"},
    ),
    # AFP: Russia's Reconciliation Centre "on Friday" (30 Aug 2019), ceasefire from 31 Aug.
    "2019-08-30-idlib-unilateral-ceasefire": (date(2019, 8, 30), {"russia", "government"}),
    # TASS, datelined Ankara 10 Jan 2020: the Turkish ministry "said on Friday".
    "2020-01-10-idlib-ceasefire-from-jan-12": (date(2020, 1, 10), {"turkey", "russia"}),
    # Hurriyet Daily News: Akar said "on March 1".
    "2020-03-01-operation-spring-shield": (date(2020, 3, 1), {"turkey", "government"}),
}

#: Statement id -> (party, the day its source gives); five had no date before.
DATED = {
    "2019-01-erdogan-adana-still-valid": date(2019, 1, 25),
    "2019-01-erdogan-no-senior-contacts-damascus": date(2019, 1, 25),
    "2022-09-turkey-russia-wants-agreements": date(2022, 9, 16),
    "2024-10-turkish-mod-terrorists-neutralised": date(2024, 10, 23),
    "2023-09-miqdad-withdrawal-only-way": date(2023, 9, 4),
}


def _events():
    return {e.id: e for e in records().events if e.id in NEW_EVENTS}


def _statements():
    return [s for s in records().statements if s.event_id in NEW_EVENTS]


@pytest.mark.parametrize("event_id", sorted(NEW_EVENTS))
def test_each_new_event_is_stored_as_its_sources_date_it(event_id):
    day, parties = NEW_EVENTS[event_id]
    assert_event_as_reported(event_id, day, parties, None)


def test_the_new_events_are_new():
    # No event of the same day and title words existed before (events.toml and 2016-2024).
    assert_no_twin_on_the_same_day(list(_events().values()), lambda a, b: a.title == b.title)


def test_each_new_event_is_reported_by_an_original_published_on_or_after_its_day():
    assert_sourced_from_allowed_originals(list(_events().values()))


def test_each_new_event_has_a_party_speaking_with_verbatim_words_in_their_excerpt():
    spoken: dict[str, int] = {}
    for statement in _statements():
        for source in statement.sources:
            if source.url:
                assert refusal(source.url) is None, (statement.id, source.url)
        if statement.verbatim:
            assert statement.excerpt, statement.id
            assert quote_in_excerpt(statement.text, statement.excerpt), statement.id
            spoken[statement.event_id] = spoken.get(statement.event_id, 0) + 1
        else:
            assert '"' not in statement.text, statement.id
        event = _events()[statement.event_id]
        assert statement.date is not None, statement.id
        assert abs((statement.date - event.date).days) <= 31, statement.id
    assert set(spoken) == set(NEW_EVENTS), sorted(set(NEW_EVENTS) - set(spoken))


def test_where_the_sides_disagree_both_speak():
    parties: dict[str, set[str]] = {}
    for statement in _statements():
        parties.setdefault(statement.event_id, set()).add(statement.party)
    # Washington stands aside, the SDF calls it a stab in the back; Trump announces, Putin approves.
    assert {"united_states", "sdf"} <= parties["2019-10-06-us-stands-aside-turkish-operation"]
    assert {"united_states", "russia"} <= parties["2018-12-19-us-withdrawal-announced"]
    # Spring Shield: Ankara's minister and Damascus's army.
    assert {"turkey", "government"} <= parties["2020-03-01-operation-spring-shield"]
    assert {"turkey", "russia"} <= parties["2020-01-10-idlib-ceasefire-from-jan-12"]


def test_the_russian_claim_on_tadef_is_marked_as_contradicted():
    event = _events()["2017-02-11-tadef-contact-line-agreed-with-turkey"]
    assert "Russia's claim" in event.notes and "27 Feb" in event.notes
    assert "Tadef" in event.title or "Tadef" in event.summary


def test_markers_sit_on_the_gazetteer_town():
    # Tadif, Manbij and Damascus; events of a whole zone or of Washington have no marker.
    assert assert_markers_on_their_town(list(_events().values())) == 3


@pytest.mark.parametrize("statement_id", sorted(DATED))
def test_undated_statements_now_carry_their_sources_day(statement_id):
    statement = next(s for s in records().statements if s.id == statement_id)
    assert statement.date == DATED[statement_id]
    assert all(published_by(s) >= statement.date for s in statement.sources if published_by(s))


def test_the_statement_whose_source_gives_no_day_stays_undated():
    statement = next(
        s for s in records().statements if s.id == "2020-03-syria-erdogan-ineligible-guarantor"
    )
    assert statement.date is None
