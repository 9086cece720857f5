"""The villages north and north-east of Hama city the factions' offensive of 21 Mar 2017 did not
take, and the north-western villages it took, to the army's counter-attack (issue #15, h-hama9:
tools/regions_2016_2018_rules_hama9.py, sources/2016-2019-hama9.toml): the holder a user sees on
the days SOHR's tallies, Reuters and Enab Baladi bound, and the days they leave open, which stay
gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

REUTERS_AR_21_MAR = "reuters-2017-03-21-hama-offensive-ar"
SOHR_31_MAR = "sohr-2017-03-31-16-villages-regained"
ENAB_4_APR = "enab_baladi-2017-04-04-maardes-hts"
ENAB_28_MAR = "enab_baladi-2017-03-28-maarzaf-regained"
MASDAR_27_MAR = "almasdar-2017-03-27-maarzaf"
SYRIA_TV_12_JUL_2019 = "syria_tv-2019-07-12-hamamiyat"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # on the offensive's eastern axis (SOHR: fighting up to al-Tulaysiyah and al-Sha'tah)
        ("maan", date(2017, 3, 21)),
        ("ash_shatah", date(2017, 3, 22)),
        ("kubbariyah", date(2017, 4, 1)),
        ("taybat_al_ism", date(2017, 4, 15)),
        # behind the front, towards Hama city and the Salamiyah road
        ("brigade_87", date(2017, 3, 25)),
        ("jibrin", date(2017, 4, 1)),
        ("samrah", date(2017, 4, 1)),
        ("muraywid", date(2017, 4, 10)),
    ],
)
def test_places_the_offensive_did_not_take_stay_the_armys(atlas, locality, day):
    assert_checked_answer(atlas.control.history, locality, day, "government", "held", (),
                          SOHR_31_MAR)  # fmt: skip


@pytest.mark.parametrize(
    ("locality", "day", "last_day"),
    [
        # taken in the offensive's first three days (Enab Baladi, 4 Apr), regained 29 - 31 Mar
        ("arzah", date(2017, 3, 24), date(2017, 3, 29)),
        ("al_majdal", date(2017, 3, 24), date(2017, 3, 30)),
        ("kafr_amim", date(2017, 3, 24), date(2017, 3, 28)),
        ("zawr_bel_hsein", date(2017, 3, 24), date(2017, 3, 29)),
        ("khirbet_al_hijama", date(2017, 3, 24), date(2017, 3, 29)),
    ],
)
def test_the_factions_hold_their_gains_to_the_counter_attack(atlas, locality, day, last_day):
    history = atlas.control.history
    for when in (day, last_day):
        assert_checked_answer(history, locality, when, "opposition", "held", (), ENAB_4_APR)
    assert history.state_of(locality, date(2017, 4, 1)).controller == "government"


@pytest.mark.parametrize(
    ("day", "controller", "status", "among", "source"),
    [
        (date(2017, 3, 21), "government", "held", (), REUTERS_AR_21_MAR),
        # taken by Jaysh al-Izza and Abna al-Sham on 22 Mar (Enab Baladi, 28 Mar)
        (date(2017, 3, 22), "opposition", "contested", ("government",), ENAB_28_MAR),
        (date(2017, 3, 25), "opposition", "held", (), ENAB_28_MAR),
        # the army entered on the evening of 27 Mar; Enab Baladi of 30 Mar dates it to 29 Mar
        (date(2017, 3, 27), "government", "contested", ("opposition",), MASDAR_27_MAR),
        (date(2017, 3, 28), "government", "contested", ("opposition",), ENAB_28_MAR),
    ],
)  # fmt: skip
def test_maarzaf_in_march_2017(atlas, day, controller, status, among, source):
    assert_checked_answer(atlas.control.history, "maarzaf", day, controller, status, among,
                          source)  # fmt: skip


@pytest.mark.parametrize("locality", ["kawkab", "shaizar"])
def test_kawkab_and_shaizar_regained_by_28_mar(atlas, locality):
    assert_checked_answer(atlas.control.history, locality, date(2017, 3, 28), "government",
                          "held", (), ENAB_28_MAR)  # fmt: skip


def test_hamamiyat_retaken_on_12_jul_2019(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "hamamiyat", date(2019, 7, 11), "opposition", "contested",
                          ("government",), SYRIA_TV_12_JUL_2019)  # fmt: skip
    assert_checked_answer(history, "hamamiyat", date(2019, 7, 12), "government", "held", (),
                          SYRIA_TV_12_JUL_2019)  # fmt: skip


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # al-Hamamiyat from 13 Jul 2019 to the pocket's fall
        ("hamamiyat", date(2019, 7, 20)),
        # the days the factions' gains changed hands (21 - 23 Mar) and the months before
        ("arzah", date(2017, 3, 22)),
        ("al_majdal", date(2017, 3, 23)),
        ("maarzaf", date(2016, 12, 1)),
        # Kawkab between the factions' claim and Enab Baladi's 'so far' of 28 Mar
        ("kawkab", date(2017, 3, 25)),
        # al-Iskandariyah after HTS's return to Maardes (4 Apr)
        ("iskandariyah", date(2017, 4, 5)),
        # the Aug - Oct 2016 offensive east of Soran is not answered here
        ("samrah", date(2016, 9, 15)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-hama9.toml")
    cited = sources_cited_by(atlas, "> hama9_")
    assert {
        REUTERS_AR_21_MAR,
        ENAB_28_MAR,
        MASDAR_27_MAR,
        SOHR_31_MAR,
        SYRIA_TV_12_JUL_2019,
    } <= cited
