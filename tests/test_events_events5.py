"""Events and statements of the thin years 2016, 2017 and 2021 (issue #15, task events5).

The Putin-Erdogan reconciliation at St Petersburg (9 Aug 2016), the first Turkish strikes on the
SDF south of Jarablus (28 Aug 2016), the Turkish strikes on the SDF north-east of Aleppo and
Damascus's threat to down Turkish jets (20 Oct 2016), the Turkish soldiers killed near
al-Bab (24 Nov 2016), the killing of Russia's ambassador in Ankara (19 Dec 2016), the nationwide
ceasefire guaranteed by Russia and Turkey (29 Dec 2016), the first Russian-Turkish joint strikes at
al-Bab (18 Jan 2017), the suspected chemical attack on Khan Shaykhun (4 Apr 2017), the Idlib
de-escalation area declared at the sixth Astana round (15 Sep 2017), the Sochi congress
(30 Jan 2018), the 15th Astana round in Sochi (17 Feb 2021), the shelling of Afrin's hospital
(12 Jun 2021), the Security Council's Bab al-Hawa extension (9 Jul 2021) and the Russian strikes
near Afrin before the Sochi meeting (26 Sep 2021) are stored on the
days their sources give, with the parties the sources name; every source is an original
publication (a copy only as read_via, never a refused domain); quoted words stand in their
excerpt, paraphrases carry no quotation marks; markers sit on the gazetteer's town or the
venue the other events of that city use. Turkey's words on the 17th Astana round (22 Dec 2021)
and the SDF's on the Qamishli drone strike (9 Nov 2021) are added to those events.
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
    # Rudaw, 28 Aug 2016 (Sunday): Turkish strikes on Jubb al-Kussa and al-Amarneh.
    "2016-08-28-turkish-strikes-south-of-jarablus": (
        date(2016, 8, 28),
        {"turkey", "sdf", "sna"},
    ),
    # Irish Times / AFP: the presidents met "on Tuesday" (9 Aug 2016) near St Petersburg.
    "2016-08-09-putin-erdogan-st-petersburg": (date(2016, 8, 9), {"russia", "turkey"}),
    # Hurriyet Daily News: the Turkish army's statement on 20 Oct 2016; SANA: the army's warning.
    "2016-10-20-turkish-strikes-on-sdf-north-of-aleppo": (
        date(2016, 10, 20),
        {"turkey", "sdf", "government"},
    ),
    # The New Arab / Reuters: the Turkish army's statement, 3.30am on Thursday 24 Nov 2016.
    "2016-11-24-turkish-soldiers-killed-near-al-bab": (
        date(2016, 11, 24),
        {"turkey", "government"},
    ),
    # The Guardian, 19 Dec 2016: shot dead on Monday night in an Ankara gallery.
    "2016-12-19-karlov-assassinated-ankara": (date(2016, 12, 19), {"russia", "turkey"}),
    # Turkish MFA press release No 333 of 29 Dec 2016; Reuters: Putin announced it on Thursday.
    "2016-12-29-nationwide-ceasefire": (
        date(2016, 12, 29),
        {"russia", "turkey", "government", "opposition"},
    ),
    # BBC / Reuters, 18 Jan 2017: Russia's defence ministry on the first joint strikes.
    "2017-01-18-russia-turkey-joint-strikes-al-bab": (
        date(2017, 1, 18),
        {"russia", "turkey", "isis"},
    ),
    # The Guardian / CNN, 4 Apr 2017: the attack early on Tuesday.
    "2017-04-04-khan-shaykhun-chemical-attack": (date(2017, 4, 4), {"government"}),
    # TRT World, 15 Sep 2017 (Friday): the borders of the Idlib zone agreed.
    "2017-09-15-astana-idlib-de-escalation-area": (
        date(2017, 9, 15),
        {"russia", "turkey", "iran", "government"},
    ),
    # TRT World / Daily Sabah, 30 Jan 2018 (Tuesday).
    "2018-01-30-sochi-national-dialogue-congress": (
        date(2018, 1, 30),
        {"russia", "turkey", "iran", "government", "opposition"},
    ),
    # Turkish MFA press release No 60 of 17 Feb 2021: the round of 16-17 Feb in Sochi.
    "2021-02-17-astana-15th-round-sochi": (
        date(2021, 2, 17),
        {"russia", "turkey", "iran", "government"},
    ),
    # Reuters (SCMP) / Anadolu: the attack on Saturday 12 Jun 2021.
    "2021-06-12-afrin-hospital-shelled": (date(2021, 6, 12), {"turkey", "sdf"}),
    # The National / AP, 26 Sep 2021: the strikes near Afrin "on Sunday".
    "2021-09-26-russian-strikes-near-afrin": (date(2021, 9, 26), {"russia", "sna"}),
    # UN SC/14577: resolution 2585 adopted on 9 Jul 2021.
    "2021-07-09-unsc-bab-al-hawa-extended": (date(2021, 7, 9), {"russia"}),
}

#: Statement id -> (event, party, day said, verbatim?).
NEW_STATEMENTS = {
    "2016-08-28-turkish-military-25-ypg-killed": (
        "2016-08-28-turkish-strikes-south-of-jarablus",
        "turkey",
        date(2016, 8, 28),
        False,
    ),
    "2016-08-28-sdf-large-number-of-civilians-killed": (
        "2016-08-28-turkish-strikes-south-of-jarablus",
        "sdf",
        date(2016, 8, 28),
        False,
    ),
    "2016-08-09-putin-restart-dialogue": (
        "2016-08-09-putin-erdogan-st-petersburg",
        "russia",
        date(2016, 8, 9),
        True,
    ),
    "2016-08-09-erdogan-ties-more-robust": (
        "2016-08-09-putin-erdogan-st-petersburg",
        "turkey",
        date(2016, 8, 9),
        True,
    ),
    "2017-01-18-rudskoi-first-joint-air-operation": (
        "2017-01-18-russia-turkey-joint-strikes-al-bab",
        "russia",
        date(2017, 1, 18),
        True,
    ),
    "2017-01-18-turkish-military-confirms-coordinated-strikes": (
        "2017-01-18-russia-turkey-joint-strikes-al-bab",
        "turkey",
        date(2017, 1, 18),
        False,
    ),
    "2017-04-04-syrian-state-media-rebel-gas-factory": (
        "2017-04-04-khan-shaykhun-chemical-attack",
        "government",
        date(2017, 4, 4),
        False,
    ),
    "2021-09-26-sna-russia-escalation-stretches-to-border": (
        "2021-09-26-russian-strikes-near-afrin",
        "sna",
        date(2021, 9, 26),
        True,
    ),
    "2021-09-25-lavrov-idlib-deal-progress-slow": (
        "2021-09-26-russian-strikes-near-afrin",
        "russia",
        date(2021, 9, 25),
        False,
    ),
    "2021-11-09-asayish-violations-help-terrorism": (
        "2021-11-09-qamishli-drone-strike",
        "sdf",
        date(2021, 11, 9),
        True,
    ),
    "2021-11-09-ypg-media-head-turkish-drone": (
        "2021-11-09-qamishli-drone-strike",
        "sdf",
        date(2021, 11, 9),
        True,
    ),
    "2021-12-22-turkey-separatist-structures-east-of-euphrates": (
        "2021-12-22-astana-17th-round",
        "turkey",
        date(2021, 12, 22),
        True,
    ),
    "2021-12-22-turkey-calm-in-idlib-area": (
        "2021-12-22-astana-17th-round",
        "turkey",
        date(2021, 12, 22),
        True,
    ),
    "2016-10-20-turkish-army-160-200-ypg-killed": (
        "2016-10-20-turkish-strikes-on-sdf-north-of-aleppo",
        "turkey",
        date(2016, 10, 20),
        False,
    ),
    "2016-10-20-syrian-army-will-shoot-down-turkish-warplanes": (
        "2016-10-20-turkish-strikes-on-sdf-north-of-aleppo",
        "government",
        date(2016, 10, 20),
        True,
    ),
    "2016-11-24-turkish-army-assessed-syrian-regime": (
        "2016-11-24-turkish-soldiers-killed-near-al-bab",
        "turkey",
        date(2016, 11, 24),
        True,
    ),
    "2016-12-19-putin-karlov-provocation": (
        "2016-12-19-karlov-assassinated-ankara",
        "russia",
        date(2016, 12, 19),
        True,
    ),
    "2016-12-19-erdogan-karlov-provocation": (
        "2016-12-19-karlov-assassinated-ankara",
        "turkey",
        date(2016, 12, 19),
        False,
    ),
    "2016-12-29-turkey-jointly-monitor-ceasefire": (
        "2016-12-29-nationwide-ceasefire",
        "turkey",
        date(2016, 12, 29),
        True,
    ),
    "2016-12-29-syrian-army-complete-halt": (
        "2016-12-29-nationwide-ceasefire",
        "government",
        date(2016, 12, 29),
        True,
    ),
    "2016-12-29-putin-ceasefire-and-peace-talks": (
        "2016-12-29-nationwide-ceasefire",
        "russia",
        date(2016, 12, 29),
        False,
    ),
    "2017-09-15-turkey-guarantor-of-the-opposition": (
        "2017-09-15-astana-idlib-de-escalation-area",
        "turkey",
        date(2017, 9, 15),
        True,
    ),
    "2017-09-15-russian-negotiator-500-observers": (
        "2017-09-15-astana-idlib-de-escalation-area",
        "russia",
        date(2017, 9, 15),
        True,
    ),
    "2017-09-15-jaafari-idlib-zone-agreed": (
        "2017-09-15-astana-idlib-de-escalation-area",
        "government",
        date(2017, 9, 15),
        False,
    ),
    "2017-10-14-syria-demands-turkish-withdrawal-from-idlib": (
        "2017-10-12-turkish-observation-posts-idlib",
        "government",
        date(2017, 10, 14),
        True,
    ),
    "2018-01-30-cavusoglu-opposition-mandate-to-turkey": (
        "2018-01-30-sochi-national-dialogue-congress",
        "turkey",
        date(2018, 1, 30),
        True,
    ),
    "2018-01-30-putin-de-escalation-areas-with-iran-turkey": (
        "2018-01-30-sochi-national-dialogue-congress",
        "russia",
        date(2018, 1, 30),
        True,
    ),
    "2021-02-17-turkey-calm-in-idlib-reiterated": (
        "2021-02-17-astana-15th-round-sochi",
        "turkey",
        date(2021, 2, 17),
        True,
    ),
    "2021-06-12-turkish-mod-afrin-cowardly-attack": (
        "2021-06-12-afrin-hospital-shelled",
        "turkey",
        date(2021, 6, 12),
        True,
    ),
    "2021-06-13-sdf-not-behind-afrin-attacks": (
        "2021-06-12-afrin-hospital-shelled",
        "sdf",
        date(2021, 6, 13),
        False,
    ),
    "2021-07-12-russia-cross-line-from-damascus": (
        "2021-07-09-unsc-bab-al-hawa-extended",
        "russia",
        date(2021, 7, 12),
        True,
    ),
}


def _events():
    return {e.id: e for e in records().events if e.id in NEW_EVENTS}


def _statements():
    return {s.id: s for s in records().statements if s.id in NEW_STATEMENTS}


@pytest.mark.parametrize("event_id", sorted(NEW_EVENTS))
def test_each_new_event_is_stored_as_its_sources_date_it(event_id):
    day, parties = NEW_EVENTS[event_id]
    assert_event_as_reported(event_id, day, parties, None)


def test_the_new_events_are_new():
    # No other event of the same day and kind on the same subject, in events.toml or 2016-2024.
    assert_no_twin_on_the_same_day(
        list(_events().values()), lambda a, b: a.place_name == b.place_name
    )


def test_each_new_event_is_reported_by_an_original_published_on_or_after_its_day():
    assert_sourced_from_allowed_originals(list(_events().values()))


@pytest.mark.parametrize("statement_id", sorted(NEW_STATEMENTS))
def test_each_statement_is_dated_attributed_and_marked(statement_id):
    assert_statement_as_recorded(_statements()[statement_id], *NEW_STATEMENTS[statement_id])


def test_every_new_event_has_a_party_of_the_2023_talks_speaking():
    speaking = parties_speaking(list(_statements().values()))
    for event_id in NEW_EVENTS:
        assert speaking.get(event_id, set()) & TALKS_PARTIES, event_id


def test_where_the_sides_disagree_both_speak():
    speaking = parties_speaking(list(_statements().values()))
    # Afrin: Ankara blames the YPG, the SDF denies it; the truce: its two guarantors and the army.
    assert {"turkey", "sdf"} <= speaking["2021-06-12-afrin-hospital-shelled"]
    assert {"turkey", "sdf"} <= speaking["2016-08-28-turkish-strikes-south-of-jarablus"]
    assert {"turkey", "government"} <= speaking["2016-10-20-turkish-strikes-on-sdf-north-of-aleppo"]
    assert {"turkey", "russia", "government"} <= speaking["2016-12-29-nationwide-ceasefire"]
    assert {"russia", "turkey"} <= speaking["2016-12-19-karlov-assassinated-ankara"]
    assert {"turkey", "government"} <= speaking["2017-09-15-astana-idlib-de-escalation-area"]


def test_contested_and_claimed_attributions_are_said_so():
    events = _events()
    assert "contested" in events["2021-06-12-afrin-hospital-shelled"].notes
    khan_shaykhun = events["2017-04-04-khan-shaykhun-chemical-attack"]
    # the investigators' finding is stored beside the parties' denials, with its sources
    assert "Joint Investigative Mechanism" in khan_shaykhun.notes
    assert "Damascus denies it" in khan_shaykhun.notes
    cited = {source.id for source in khan_shaykhun.sources}
    assert {"cnn-2017-10-26-jim-khan-sheikhoun", "afp-2017-10-26-jim-khan-sheikhoun"} <= cited
    assert "did not confirm" in events["2021-09-26-russian-strikes-near-afrin"].notes
    assert "Turkey's" in events["2016-11-24-turkish-soldiers-killed-near-al-bab"].notes
    # State media are evidence of what their side claimed: the speaker says so.
    for statement_id in (
        "2017-09-15-jaafari-idlib-zone-agreed",
        "2017-10-14-syria-demands-turkish-withdrawal-from-idlib",
    ):
        assert "state media" in _statements()[statement_id].speaker


def test_markers_sit_on_the_gazetteer_town_or_the_usual_venue():
    events = _events()
    # Jubb al Kusa, Afrin, al-Bab and Khan Shaykhun are checked against the gazetteer; the strike
    # of Nov 2016 was near al-Bab and carries the town's point.
    assert assert_markers_on_their_town(list(events.values())) == 4
    bab = events["2016-11-24-turkish-soldiers-killed-near-al-bab"]
    assert (bab.lat, bab.lon) == (36.37051, 37.5157)
    # Venues abroad use the point every other event in that city uses.
    for event in events.values():
        if event.lat is None or event.place_name.endswith(", Syria"):
            continue
        others = {
            (e.lat, e.lon)
            for e in records().events
            if e.place_name == event.place_name and e.id not in NEW_EVENTS and e.lat is not None
        }
        if others:
            assert others == {(event.lat, event.lon)}, event.id
        else:  # a first event in that city: the GeoNames point, said in the notes
            assert "GeoNames" in event.notes, event.id
    # A nationwide truce and a vote in New York have no marker.
    assert events["2016-12-29-nationwide-ceasefire"].lat is None
    assert events["2021-07-09-unsc-bab-al-hawa-extended"].lat is None
