"""Review h-rev50 (issue #15): the army / SDF line south-west of Manbij, Mar - Jun 2017.

1. Abu Hayj (by al-Arimah): the SDF's 3 - 8 Mar 2017 and the government's from 9 Mar (the Manbij
   Military Council's media office to SMART, 9 Mar: a party claim; Reuters, 2 Mar, on the deal),
   taken out of ``ea_arima_strip``; the Maskanah answer from 4 Jun is kept.
2. The army's villages south-west of Manbij and north of al-Khafsa (Abu Tinah, Mashrafah
   Isma'eliyah, Haymar Jays, Jarkas, Tanan, Kasra, Jubb Hamad ash-Shallal, Tall Aswad, Sheikh
   Abyad, Qibab Kabir, Ankiban, Balwah, Tayarah): re-checked, no dated report places the line
   village by village: the region-level answers are kept (and asserted here)."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_checked_answer, assert_stored_gap

SMART_9_MAR = "smart-2017-03-09-manbij-council-five-villages"
REUTERS_2_MAR = "reuters-2017-03-02-manbij-villages-handover"
KOMNEWS_3_MAR = "komnews-2017-03-03-arima-handover"


def test_abu_hayj_sdf_3_8_mar_2017(atlas):
    history = atlas.control.history
    assert_stored_gap(atlas, "abu_hayj", date(2017, 3, 2))
    for day in (date(2017, 3, 3), date(2017, 3, 8)):
        record = assert_checked_answer(history, "abu_hayj", day, "sdf", "held", (), SMART_9_MAR)
        assert REUTERS_2_MAR in record.sources
        assert "party claim" in record.note and "rev50_abu_hayj_mar_jun_2017" in record.note


def test_abu_hayj_government_from_9_mar_2017(atlas):
    history = atlas.control.history
    for day in (date(2017, 3, 9), date(2017, 4, 15), date(2017, 6, 3)):
        record = assert_checked_answer(
            history, "abu_hayj", day, "government", "held", (), SMART_9_MAR
        )
        assert KOMNEWS_3_MAR in record.sources and "continuity inferred" in record.note
    record = assert_checked_answer(
        history, "abu_hayj", date(2017, 6, 4), "government", "held", (), None
    )
    assert "rev50" not in record.note


def test_kurhyuk_answered_alike(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "kurhyuk", date(2017, 3, 8), "sdf", "held", (), SMART_9_MAR)
    assert_checked_answer(
        history, "kurhyuk", date(2017, 3, 9), "government", "held", (), SMART_9_MAR
    )


def test_other_arima_strip_villages_unchanged(atlas):
    # the strip's region-level answer from 3 Mar is left for the places the council did not name
    record = atlas.control.history.record_on("arima", date(2017, 3, 5))
    assert record is None or "rev50" not in record.note


@pytest.mark.parametrize(
    ("locality", "rule"),
    [
        ("abu_tinah_al_bab", "rev7_abu_tinah_ismailiyah"),
        ("mashrafah_ismaeliyah", "rev7_abu_tinah_ismailiyah"),
        ("jarkas", "bab2_khafsa_band"),
        ("tayarah", "bab2_khafsa_band"),
        ("balwah", "bab2_khafsa_band"),
        ("tanan", "bab_north_of_khafsa"),
        ("kasra", "bab_north_of_khafsa"),
        ("jubb_hamad_ash_shallal", "bab_north_of_khafsa"),
        ("tall_aswad", "bab_north_of_khafsa"),
        ("sheikh_abyad", "bab_north_of_khafsa"),
        ("qibab_kabir", "bab_north_of_khafsa"),
        ("ankiban", "bab_north_of_khafsa"),
    ],
)
def test_khafsa_line_villages_kept_region_level(atlas, locality, rule):
    history = atlas.control.history
    for day in (date(2017, 3, 8), date(2017, 4, 15), date(2017, 6, 3)):
        record = assert_checked_answer(history, locality, day, "government", "held", (), None)
        assert f"> {rule}]" in record.note and "region-level" in record.note
    assert_checked_answer(history, locality, date(2017, 6, 4), "government", "held", (), None)


@pytest.mark.parametrize("locality", ["jarkas", "tanan", "qibab_kabir", "tayarah"])
def test_before_al_khafsa_stays_a_gap(atlas, locality):
    assert_stored_gap(atlas, locality, date(2017, 3, 5))


def test_haymar_jays_kept(atlas):
    history = atlas.control.history
    record = assert_checked_answer(
        history, "haymar_jays", date(2017, 4, 15), "government", "held", (), None
    )
    assert "> bab_south_west_of_manbij]" in record.note
