"""The Maskanah plain and the Jirah airbase, 11 Mar - 3 Jun 2017, answered from dated reports
(issue #15, h-maskan: tools/regions_2016_2018_rules_maskan.py, sources/2016-2019-maskan.toml): the
holder a user sees on the days the reports bound, and the days they leave open, which stay gaps."""

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

ALGHAD_12_MAR = "alghad_alsouri-2017-03-12-is-retakes-villages-east-aleppo"
ZAMAN_13_MAY = "zaman_al_wasl-2017-05-13-jarrah-airbase"
MASDAR_10_MAY = "al_masdar-2017-05-10-al-mahdoum"
MASDAR_27_MAY = "al_masdar-2017-05-27-maskanah-western-gates"
SPC_29_MAY = "syrian_press_center-2017-05-29-seventeen-villages-east-aleppo"
MASDAR_2_JUN = "al_masdar-2017-06-02-eight-villages-southeast-aleppo"
ALL = (ALGHAD_12_MAR, ZAMAN_13_MAY, MASDAR_10_MAY, MASDAR_27_MAY, SPC_29_MAY, MASDAR_2_JUN)


def _not_this_batch(atlas, locality, day):
    record = atlas.control.history.record_on(locality, day)
    assert record is not None and "maskan_" not in (record.note or ""), (locality, day)
    return record


@pytest.mark.parametrize("locality", ["rajm_al_aqra", "mashrafa_al_tin", "qawas"])
def test_is_retook_the_villages_round_the_airbase_on_11_march(atlas, locality):
    """Al-Ghad al-Souri: IS retook them 'yesterday, Saturday' (11 Mar 2017); only the report's
    days are answered, the army being back at the airbase's outskirts by early April."""
    for day in (date(2017, 3, 11), date(2017, 3, 12)):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert ALGHAD_12_MAR in record.sources
        assert "party media" in record.note
    assert_stored_gap(atlas, locality, date(2017, 3, 13))
    assert_stored_gap(atlas, locality, date(2017, 4, 20))


def test_the_khafsa_answers_before_the_counter_attack_are_kept(atlas):
    for locality in ("rajm_al_aqra", "mashrafa_al_tin"):
        record = assert_region_answer(atlas, locality, date(2017, 3, 10), "government")
        assert "ealeppo4_" in record.note
    # Qawas before IS's return: the regime's forces held it from a day not reported
    assert_stored_gap(atlas, "qawas", date(2017, 3, 10))


def test_al_mahdoum_is_the_armys_from_10_may(atlas):
    for day in (date(2017, 5, 10), date(2017, 5, 13)):
        record = assert_region_answer(atlas, "al_mahdum", day, "government")
        assert MASDAR_10_MAY in record.sources and "party claim" in record.note
    assert_stored_gap(atlas, "al_mahdum", date(2017, 5, 9))
    _not_this_batch(atlas, "al_mahdum", date(2017, 5, 14))


def test_the_airbase_villages_are_the_armys_from_its_fall(atlas):
    for day in (date(2017, 5, 13), date(2017, 6, 3)):
        record = assert_region_answer(atlas, "khirbat_uqla", day, "government")
        assert ZAMAN_13_MAY in record.sources
    assert_stored_gap(atlas, "khirbat_uqla", date(2017, 5, 12))
    # Jarrah Saghir: the two reports differ (12 May, 16 May); the days between stay open
    for day in (date(2017, 5, 13), date(2017, 5, 15)):
        assert_stored_gap(atlas, "jarah_sagir", day)
    for day in (date(2017, 5, 16), date(2017, 6, 3)):
        record = assert_region_answer(atlas, "jarah_sagir", day, "government")
        assert ZAMAN_13_MAY in record.sources and "continuity inferred" in record.note
    # from 4 Jun the batch's Maskanah answer, as before
    for locality in ("khirbat_uqla", "jarah_sagir"):
        record = _not_this_batch(atlas, locality, date(2017, 6, 4))
        assert record.controller == "government"


@pytest.mark.parametrize(
    ("locality", "taken", "source"),
    [
        ("al_ghari", date(2017, 5, 27), MASDAR_27_MAY),
        ("fayssaliyah", date(2017, 6, 2), MASDAR_2_JUN),
    ],
)
def test_the_plain_villages_are_is_held_from_the_airbases_fall_then_the_armys(
    atlas, locality, taken, source
):
    eve = date.fromordinal(taken.toordinal() - 1)
    for day in (date(2017, 5, 13), eve):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert "continuity inferred" in record.note
    for day in (taken, date(2017, 6, 3)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert source in record.sources and "party claim" in record.note
    # the region rule keeps its IS answer to 12 May
    record = _not_this_batch(atlas, locality, date(2017, 5, 12))
    assert record.controller == "isis"


@pytest.mark.parametrize("locality", ["salihiyah_manbij", "al_mazzah", "al_wasitah"])
def test_sanas_list_of_29_may_answers_from_its_day_only(atlas, locality):
    for day in (date(2017, 5, 29), date(2017, 6, 3)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert SPC_29_MAY in record.sources and "party claim" in record.note
    # the list gathers the days before: when each fell is not stored
    assert_stored_gap(atlas, locality, date(2017, 5, 28))
    assert_stored_gap(atlas, locality, date(2017, 4, 15))


def test_al_masudiyah_is_the_armys_from_2_june(atlas):
    for day in (date(2017, 6, 2), date(2017, 6, 3)):
        record = assert_region_answer(atlas, "al_masudiyah", day, "government")
        assert MASDAR_2_JUN in record.sources
    # SANA's 'Jubab al-Mas'udiya' of 29 May may be this village or beside it
    assert_stored_gap(atlas, "al_masudiyah", date(2017, 5, 30))


@pytest.mark.parametrize("locality", ["wadhah", "somouqah"])
def test_the_villages_bombed_round_maskanah_are_is_held_to_29_may(atlas, locality):
    for day in (date(2017, 5, 13), date(2017, 5, 29)):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert SPC_29_MAY in record.sources and "continuity inferred" in record.note
    # the day the army entered each is not reported
    assert_stored_gap(atlas, locality, date(2017, 5, 30))
    assert_stored_gap(atlas, locality, date(2017, 6, 3))


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # Al-Masdar's 'Al-Hamra' of 2 Jun: the gazetteer's Al Hamra lies south-east of
        # Maskanah, not in the south-western plain the report names
        ("al_hamra", date(2017, 6, 2)),
        # no dated report names them
        ("tell_hassan", date(2017, 5, 20)),
        ("abu_maqbarah_kabirah", date(2017, 4, 10)),
        ("umm_miyal_manbij", date(2017, 5, 30)),
        ("sugar_factory", date(2017, 5, 30)),
        ("rada_kabira", date(2017, 6, 2)),
    ],
)
def test_days_no_source_settles_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-maskan.toml")
    assert_registered_with_publisher(ALL)
    assert set(ALL) <= sources_cited_by(atlas, "> maskan_")
