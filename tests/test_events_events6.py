"""Events and statements of 2017 - 2022 about the M4 and the four parties of the 2023 talks
(issue #15, task events6).

The eighth Astana round (22 Dec 2017), the eleventh (29 Nov 2018), the guarantors' Sochi summit
(14 Feb 2019), the Turkish-backed factions on the M4 and the killing of Hevrin Khalaf there
(12 Oct 2019), the guarantors' video summit (1 Jul 2020), the bomb on the joint M4 patrol near Ariha
(14 Jul 2020), the explosion on the 26th joint patrol (25 Aug 2020) and the 18th Astana round
(16 Jun 2022), and Erdogan's first confirmation of intelligence contacts with Damascus (3 Feb 2019)
are stored on the days their sources give, with the parties the sources name; every
source is an original publication (a copy only as read_via, never a refused domain); quoted words
stand in their excerpt, paraphrases carry no quotation marks; markers sit on the gazetteer's town
or the venue the other events of that city use. Iran's words on the eve of Peace Spring (Zarif,
6 Oct 2019) and before the threatened operation of 2022 (Khatibzadeh, 28 May 2022) are added to
those events.
"""

from __future__ import annotations

from datetime import date

import pytest
from event_window import (
    TALKS_PARTIES,
    assert_event_as_reported,
    assert_markers_on_their_town,
    assert_no_twin_on_the_same_day,
    assert_sourced_from_allowed_originals,
    assert_statement_as_recorded,
    parties_speaking,
    records,
)

NEW_EVENTS = {
    # Turkish MFA release No 396 of 22 Dec 2017: the round of 21-22 Dec.
    "2017-12-22-astana-8th-round": (
        date(2017, 12, 22),
        {"russia", "turkey", "iran", "government", "opposition"},
        None,
    ),
    # Reuters, 29 Nov 2018: the joint statement and the UN envoy's statement "on Thursday".
    "2018-11-29-astana-11th-round": (
        date(2018, 11, 29),
        {"russia", "turkey", "iran"},
        None,
    ),
    # TASS, SOCHI, 14 Feb 2019: Putin after the summit.
    "2019-02-14-sochi-trilateral-summit": (date(2019, 2, 14), {"russia", "turkey", "iran"}, None),
    # The National / AFP (Amnesty) / CNN: Saturday 12 Oct 2019 on the M4 near Tal Abyad.
    "2019-10-12-hevrin-khalaf-killed-on-m4": (date(2019, 10, 12), {"sna", "turkey", "sdf"}, "m4"),
    # Al Arabiya (Reuters, AFP) 30 Jun 2020: the video conference "on Wednesday"; TASS 1 Jul.
    "2020-07-01-astana-guarantors-video-summit": (
        date(2020, 7, 1),
        {"russia", "turkey", "iran"},
        None,
    ),
    # Reuters, 14 Jul 2020: "on Tuesday morning" near Ariha.
    "2020-07-14-m4-joint-patrol-bombed-near-ariha": (date(2020, 7, 14), {"russia", "turkey"}, "m4"),
    # Turkish defence ministry, "on Tuesday" (25 Aug 2020): the 26th joint patrol.
    "2020-08-25-m4-joint-patrol-explosion": (date(2020, 8, 25), {"turkey", "russia"}, "m4"),
    # VOA / AFP: Erdogan's TRT interview "on Sunday" (3 Feb 2019).
    "2019-02-03-erdogan-low-level-contacts-with-damascus": (
        date(2019, 2, 3),
        {"turkey", "government"},
        None,
    ),
    # Turkish MFA release No 199: the round of 15-16 June 2022.
    "2022-06-16-astana-18th-round": (
        date(2022, 6, 16),
        {"russia", "turkey", "iran", "government"},
        None,
    ),
}

#: Statement id -> (event, party, day said, verbatim?).
NEW_STATEMENTS = {
    "2017-12-22-turkey-detainees-file-concluded": (
        "2017-12-22-astana-8th-round",
        "turkey",
        date(2017, 12, 22),
        True,
    ),
    "2018-11-29-lavrentiev-outcome-positive": (
        "2018-11-29-astana-11th-round",
        "russia",
        date(2018, 11, 29),
        True,
    ),
    "2019-02-14-putin-idlib-zone-temporary": (
        "2019-02-14-sochi-trilateral-summit",
        "russia",
        date(2019, 2, 14),
        True,
    ),
    "2019-02-14-putin-iran-turkey-work-as-team": (
        "2019-02-14-sochi-trilateral-summit",
        "russia",
        date(2019, 2, 14),
        True,
    ),
    "2019-10-06-zarif-adana-only-way": (
        "2019-10-09-operation-peace-spring",
        "iran",
        date(2019, 10, 6),
        True,
    ),
    "2019-10-12-sdc-criminal-policy-towards-civilians": (
        "2019-10-12-hevrin-khalaf-killed-on-m4",
        "sdf",
        date(2019, 10, 12),
        True,
    ),
    "2019-10-13-us-reports-extremely-troubling": (
        "2019-10-12-hevrin-khalaf-killed-on-m4",
        "united_states",
        date(2019, 10, 13),
        True,
    ),
    "2020-07-01-putin-sochi-protocol-sanctions-illegal": (
        "2020-07-01-astana-guarantors-video-summit",
        "russia",
        date(2020, 7, 1),
        False,
    ),
    "2020-07-14-russian-mod-militants-planted-bomb": (
        "2020-07-14-m4-joint-patrol-bombed-near-ariha",
        "russia",
        date(2020, 7, 14),
        False,
    ),
    "2020-08-25-turkish-mod-convoy-vehicle-damaged": (
        "2020-08-25-m4-joint-patrol-explosion",
        "turkey",
        date(2020, 8, 25),
        True,
    ),
    "2019-02-03-erdogan-intelligence-units-can-communicate": (
        "2019-02-03-erdogan-low-level-contacts-with-damascus",
        "turkey",
        date(2019, 2, 3),
        True,
    ),
    "2022-05-28-iran-opposed-to-use-of-force": (
        "2022-06-01-erdogan-tal-rifaat-manbij",
        "iran",
        date(2022, 5, 28),
        True,
    ),
    "2022-06-16-turkey-determination-against-pkk-ypg": (
        "2022-06-16-astana-18th-round",
        "turkey",
        date(2022, 6, 16),
        True,
    ),
}

#: Events on which none of the four parties is quoted in the sources read (said in the notes).
NO_TALKS_PARTY_WORDS = {"2019-10-12-hevrin-khalaf-killed-on-m4"}


def _events():
    return {e.id: e for e in records().events if e.id in NEW_EVENTS}


def _statements():
    return {s.id: s for s in records().statements if s.id in NEW_STATEMENTS}


@pytest.mark.parametrize("event_id", sorted(NEW_EVENTS))
def test_each_new_event_is_stored_as_its_sources_date_it(event_id):
    day, parties, feature = NEW_EVENTS[event_id]
    assert_event_as_reported(event_id, day, parties, feature)


def test_the_day_before_and_after_hold_no_copy_of_the_event():
    # An event is stored once, on its day: not on the eve or the morrow under another id.
    events = records().events
    for event_id, (day, _parties, _feature) in NEW_EVENTS.items():
        title = _events()[event_id].title
        for other in events:
            if other.id != event_id and abs((other.date - day).days) == 1:
                assert other.title != title, (event_id, other.id)


def test_the_new_events_are_new():
    # No other event of the same day and kind at the same place, in events.toml or 2016-2024.
    assert_no_twin_on_the_same_day(
        list(_events().values()), lambda a, b: a.place_name == b.place_name
    )


def test_each_new_event_is_reported_by_an_original_published_on_or_after_its_day():
    assert_sourced_from_allowed_originals(list(_events().values()))


@pytest.mark.parametrize("statement_id", sorted(NEW_STATEMENTS))
def test_each_statement_is_dated_attributed_and_marked(statement_id):
    assert_statement_as_recorded(_statements()[statement_id], *NEW_STATEMENTS[statement_id])


def test_every_new_event_has_a_party_of_the_2023_talks_speaking_where_one_was_reported():
    speaking = parties_speaking(list(_statements().values()))
    for event_id in NEW_EVENTS:
        if event_id in NO_TALKS_PARTY_WORDS:
            # none quoted in the sources read: the notes say so, and the other side speaks
            assert "none of the four parties" in _events()[event_id].notes
            assert speaking.get(event_id)
            continue
        assert speaking.get(event_id, set()) & TALKS_PARTIES, event_id
    # Iran's words before Peace Spring and before the threatened operation of 2022.
    peace_spring = "2019-10-09-operation-peace-spring"
    iran_days = {
        s.date for s in records().statements if s.event_id == peace_spring and s.party == "iran"
    }
    assert date(2019, 10, 6) in iran_days
    tal_rifaat = "2022-06-01-erdogan-tal-rifaat-manbij"
    assert {"iran", "turkey"} <= {s.party for s in records().statements if s.event_id == tal_rifaat}


def test_claims_and_disputes_are_said_so():
    events = _events()
    ariha = events["2020-07-14-m4-joint-patrol-bombed-near-ariha"]
    assert "Russia's claim" in ariha.notes and "disputed" in ariha.notes
    assert "SDF's and Amnesty's" in events["2019-10-12-hevrin-khalaf-killed-on-m4"].notes
    assert "refused relay" in events["2020-08-25-m4-joint-patrol-explosion"].notes
    # State media are evidence of what their side said: the speaker or the notes say so.
    for statement_id in (
        "2019-02-14-putin-idlib-zone-temporary",
        "2020-07-01-putin-sochi-protocol-sanctions-illegal",
    ):
        assert "state media" in _statements()[statement_id].speaker
    assert "state media" in events["2020-07-01-astana-guarantors-video-summit"].notes


def test_the_m4_events_carry_the_m4():
    events = _events()
    for event_id in (
        "2020-07-14-m4-joint-patrol-bombed-near-ariha",
        "2020-08-25-m4-joint-patrol-explosion",
    ):
        assert {"m4", "m4_corridor"} <= set(events[event_id].feature_ids), event_id
    assert "m4" in events["2019-10-12-hevrin-khalaf-killed-on-m4"].feature_ids


def test_markers_sit_on_the_gazetteer_town_or_the_usual_venue():
    events = _events()
    # Ariha is checked against the gazetteer.
    assert assert_markers_on_their_town(list(events.values())) == 1
    ariha = events["2020-07-14-m4-joint-patrol-bombed-near-ariha"]
    assert (ariha.lat, ariha.lon) == (35.81374, 36.60964)
    # Venues abroad use the point every other event in that city uses.
    for event in events.values():
        if event.lat is None or event.place_name.endswith(", Syria"):
            continue
        others = {
            (e.lat, e.lon)
            for e in records().events
            if e.place_name == event.place_name and e.id not in NEW_EVENTS and e.lat is not None
        }
        assert others == {(event.lat, event.lon)}, event.id
    # A video conference, an interview and places the sources do not name have no marker.
    for event_id in (
        "2019-02-03-erdogan-low-level-contacts-with-damascus",
        "2020-07-01-astana-guarantors-video-summit",
        "2019-10-12-hevrin-khalaf-killed-on-m4",
        "2020-08-25-m4-joint-patrol-explosion",
    ):
        assert events[event_id].lat is None, event_id
