"""East Aleppo villages answered from dated reports, sixth pass (issue #15, h-ealeppo6:
tools/regions_2016_2018_rules_ealeppo6.py, sources/2016-2019-ealeppo6.toml): the holder a user
sees on the days the reports bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

CHAMPRESS = "champress-2017-02-07-birat-al-bab"
BOKRA = "bokra-2017-02-08-birat-al-bab"
AJ_6_FEB = "al_jazeera-2017-02-06-regime-and-fsa-near-al-bab"
TASNIM = "tasnim-2017-02-05-um-arkile"
SANA_18_FEB = "sana-2017-02-18-abu-jabbar-bijan"
SANA_25_FEB = "sana-2017-02-25-18-villages-east-aleppo"
SOHR_SHAMAWIYA = "sohr-2017-02-deir-qaq-shamawiya"
ALL = (CHAMPRESS, BOKRA, AJ_6_FEB, TASNIM, SANA_18_FEB, SOHR_SHAMAWIYA)


@pytest.mark.parametrize("locality", ["birat_al_bab", "mazulah"])
def test_south_of_al_bab_is_held_until_the_push_on_tadef(atlas, locality):
    """IS's from the campaign's start (17 Jan 2017) to 6 Feb, continuity inferred."""
    for day in (date(2017, 1, 17), date(2017, 1, 30), date(2017, 2, 6)):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert AJ_6_FEB in record.sources and CHAMPRESS in record.sources
        assert "continuity inferred" in record.note


def test_birat_al_bab_is_the_armys_from_8_february_and_7_february_stays_a_gap(atlas):
    assert_stored_gap(atlas, "birat_al_bab", date(2017, 2, 7))
    for day in (date(2017, 2, 8), date(2017, 2, 20), date(2017, 2, 26)):
        record = assert_region_answer(atlas, "birat_al_bab", day, "government")
        assert BOKRA in record.sources and "party claim" in record.note
    # the earlier region rule keeps its answer from 27 Feb
    later = atlas.control.history.record_on("birat_al_bab", date(2017, 2, 27))
    assert "ealeppo6_" not in later.note


def test_mazulah_is_the_armys_from_7_february_to_the_eve_of_al_babs_fall(atlas):
    for day in (date(2017, 2, 7), date(2017, 2, 15), date(2017, 2, 22)):
        record = assert_region_answer(atlas, "mazulah", day, "government")
        assert CHAMPRESS in record.sources and "translated" in record.note
    for day in (date(2017, 2, 23), date(2017, 4, 1), date(2017, 6, 3)):
        assert_stored_gap(atlas, "mazulah", day)


@pytest.mark.parametrize("locality", ["magharah_abu_jabbar", "mashrafat_abu_jabbar", "tall_bijan"])
def test_sanas_villages_of_18_february_are_is_held_until_then(atlas, locality):
    """IS's 17 Jan - 17 Feb (continuity inferred), the army's 18 - 19 Feb (SANA: party claim);
    the General Command list's answer from 20 Feb is the earlier rules'."""
    record = assert_region_answer(atlas, locality, date(2017, 2, 17), "isis")
    assert "continuity inferred" in record.note
    for day in (date(2017, 2, 18), date(2017, 2, 19)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert SANA_18_FEB in record.sources and "party claim" in record.note
    later = atlas.control.history.record_on(locality, date(2017, 2, 20))
    assert "ealeppo6_" not in later.note


def test_bijan_is_the_armys_from_18_february_and_open_before(atlas):
    for day in (date(2017, 2, 18), date(2017, 3, 28)):
        record = assert_region_answer(atlas, "bijan", day, "government")
        assert SANA_18_FEB in record.sources
    for day in (date(2016, 8, 1), date(2017, 2, 17)):
        assert_stored_gap(atlas, "bijan", day)


@pytest.mark.parametrize("locality", ["mazburah", "rasm_al_harmal", "al_kitah"])
def test_sanas_villages_of_25_february_are_is_held_to_19_february(atlas, locality):
    for day in (date(2017, 1, 17), date(2017, 2, 19)):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert SANA_25_FEB in record.sources and "continuity inferred" in record.note


def test_shamawiyah_is_is_held_until_deir_qaq_fell(atlas):
    for day in (date(2017, 1, 17), date(2017, 2, 8)):
        record = assert_region_answer(atlas, "shamawiyah", day, "isis")
        assert SOHR_SHAMAWIYA in record.sources and "continuity inferred" in record.note


def test_umm_arkilah_is_the_armys_from_tasnims_claim_to_deir_hafer(atlas):
    for day in (date(2017, 2, 5), date(2017, 3, 1), date(2017, 3, 28)):
        record = assert_region_answer(atlas, "umm_arkilah", day, "government")
        assert TASNIM in record.sources and "party claim" in record.note
    for day in (date(2016, 8, 1), date(2017, 2, 4)):
        assert_stored_gap(atlas, "umm_arkilah", day)


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # SOHR's Deir Qaq and al-Shamawiya report shows no day: from 9 Feb open
        ("shamawiyah", date(2017, 2, 9)),
        ("shamawiyah", date(2017, 2, 26)),
        # pro-Turkish sources claimed them for the factions; the army's media put it in contact
        ("tel_rehal", date(2017, 2, 1)),
        ("kharabishah", date(2017, 2, 1)),
        # Al-Masdar: 'contested and empty from both sides' on 28 Feb 2017
        ("sukkariyah_saghirah", date(2017, 2, 28)),
        # the al-Hass plateau: no dated report names these villages; the day each fell (10 - 14 Jan
        # 2018) is not reported (h-safira2 answers them the rebels' to 9 Jan)
        ("al_hajib", date(2018, 1, 13)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-ealeppo6.toml")
    assert_registered_with_publisher(ALL)
    assert set(ALL) <= sources_cited_by(atlas, "> ealeppo6_")
