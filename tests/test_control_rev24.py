"""Review h-rev24 (issue #15): answers other helpers flagged as possibly wrong.

1. Qabr al-Muqri, east of al-Bab: the Euphrates Shield factions' (``sna``) 26 Jan - 27 Feb 2017
   (Enab Baladi of 26 Jan; continuity inferred to Step News of 27 Feb); Sukkariyah Kabirah and
   Saghirah theirs on 27 Feb (Step News, faction claim); the days around stay gaps.
2. Jarkas and Khirbat Abkiyah (Abajah): the army's on 7 Mar 2017 (Step News), 6 Mar a gap; Abu
   Tinah and Mashrafah Isma'eliyah, named only in a sanctioned outlet's relay of SANA (Al-Alam),
   gaps 6 - 7 Mar: a refused outlet is no evidence."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

ENAB_26_JAN = "enab_baladi-2017-01-26-muqri-east-of-al-bab"
STEP_27_FEB = "step_news-2017-02-27-sukkariyah-east-of-al-bab"
STEP_7_MAR = "step_news-2017-03-07-khafsa-north-west-villages"


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev24.toml")
    assert_registered_with_publisher([ENAB_26_JAN, STEP_27_FEB, STEP_7_MAR])


def test_qabr_al_muqri_the_factions_26_jan_27_feb_2017(atlas):
    history = atlas.control.history
    for day in (date(2017, 1, 26), date(2017, 2, 10), date(2017, 2, 27)):
        record = assert_checked_answer(history, "qabr_al_muqri", day, "sna", "held", (),
                                       ENAB_26_JAN)  # fmt: skip
        assert "continuity inferred" in record.note
        assert "> rev24_qabr_al_muqri_jan_feb_2017]" in record.note
    for day in (date(2017, 1, 17), date(2017, 1, 25), date(2017, 2, 28), date(2017, 6, 3)):
        assert_stored_gap(atlas, "qabr_al_muqri", day)


@pytest.mark.parametrize("locality", ("sukkariyah_kabirah", "sukkariyah_saghirah"))
def test_sukkariyah_the_factions_on_27_feb_2017(atlas, locality):
    history = atlas.control.history
    record = assert_checked_answer(history, locality, date(2017, 2, 27), "sna", "held", (),
                                   STEP_27_FEB)  # fmt: skip
    assert "faction claim" in record.note
    assert_stored_gap(atlas, locality, date(2017, 2, 26))


def test_sukkariyah_saghirah_gap_after_27_feb(atlas):
    assert_stored_gap(atlas, "sukkariyah_saghirah", date(2017, 2, 28))
    assert_stored_gap(atlas, "sukkariyah_saghirah", date(2017, 6, 3))


@pytest.mark.parametrize("locality", ("jarkas", "khirbat_abkiyah"))
def test_the_army_on_7_mar_by_step_news_6_mar_a_gap(atlas, locality):
    history = atlas.control.history
    record = assert_checked_answer(history, locality, date(2017, 3, 7), "government", "held", (),
                                   STEP_7_MAR)  # fmt: skip
    assert f"> rev24_{locality}_7_mar_2017]" in record.note
    assert not any(source.startswith("alalam-") for source in record.sources)
    assert_stored_gap(atlas, locality, date(2017, 3, 6))
    assert_stored_gap(atlas, locality, date(2017, 3, 5))


def test_abajah_gap_after_7_mar(atlas):
    # h-rev40 answers 8 - 10 Mar (the army entered the Jirah airbase beyond it on 9 Mar; IS's
    # counter-attack came on 11 Mar): the gap now starts on 11 Mar
    assert atlas.control.history.state_of("khirbat_abkiyah", date(2017, 3, 8)).controller == (
        "government"
    )
    assert_stored_gap(atlas, "khirbat_abkiyah", date(2017, 3, 11))
    assert_stored_gap(atlas, "khirbat_abkiyah", date(2017, 5, 13))


@pytest.mark.parametrize("locality", ("abu_tinah_al_bab", "mashrafah_ismaeliyah"))
def test_named_only_by_a_sanctioned_relay_stays_a_gap(atlas, locality):
    for day in (date(2017, 3, 5), date(2017, 3, 6), date(2017, 3, 7)):
        assert_stored_gap(atlas, locality, day)
