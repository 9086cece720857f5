"""East Aleppo villages answered from dated reports, fourth pass (issue #15, h-ealeppo4:
tools/regions_2016_2018_rules_ealeppo4.py, sources/2016-2019-ealeppo4.toml): the holder a user
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

SMART_17_MAR = "smart-2017-03-17-deir-hafer-villages"
MASDAR_20_MAR = "almasdaronline-2017-03-20-south-of-deir-hafer"
MASDAR_23_MAR = "almasdaronline-2017-03-23-umm-tinah"
DEIR_HAFER_TAKEN = "reuters-2017-03-29-deir-hafer"
ARABY_7_MAR = "the_new_arab-2017-03-07-khafsa-villages"
SANA_7_MAR = "sana-2017-03-07-khafsa-villages"
WATAN_8_MAR = "al_watan_sy-2017-03-08-khafsa-villages"
WATAN_9_MAR = "al_watan_sy-2017-03-09-babiri-villages"
SPC_30_JAN = "syrian_press_center-2017-01-30-tuman-arran"
MIRROR_1_FEB = "syrian_mirror-2017-02-01-arran"
HAL_30_JAN = "al_hal-2017-01-30-arran"
SND_31_JAN = "syria_news_desk-2017-01-31-qutbiya"
SND_9_FEB = "syria_news_desk-2017-02-09-deir-qaq"
MASDAR_22_JAN = "almasdaronline-2017-01-22-farms-west-of-al-bab"
SOHR_JAN = "sohr-2017-01-tiger-forces-four-villages-south-west-of-al-bab"
SYRIA_NEWS_8_MAR = "syria_news-2017-03-08-khafsa-south-villages"
ALL = (
    HAL_30_JAN,
    SND_9_FEB,
    SYRIA_NEWS_8_MAR,
    MASDAR_22_JAN,
    SOHR_JAN,
    SND_31_JAN,
    SPC_30_JAN,
    MIRROR_1_FEB,
    SMART_17_MAR,
    MASDAR_20_MAR,
    MASDAR_23_MAR,
    ARABY_7_MAR,
    SANA_7_MAR,
    WATAN_8_MAR,
    WATAN_9_MAR,
)

# (place, the day the report has the army take it, the report)
RING = [
    ("zubayda", date(2017, 3, 17), SMART_17_MAR),
    ("al_kayariyah", date(2017, 3, 22), MASDAR_23_MAR),
    ("ahmadiyah", date(2017, 3, 22), MASDAR_23_MAR),
    ("jinni_al_salamah", date(2017, 3, 20), MASDAR_20_MAR),
    ("umm_tinah_al_bab", date(2017, 3, 23), MASDAR_23_MAR),
]


@pytest.mark.parametrize(("locality", "taken", "source"), RING)
def test_the_ring_round_deir_hafer_is_the_armys_from_the_reported_day(
    atlas, locality, taken, source
):
    """The army's from the day the report names to 28 Mar, the eve of Deir Hafer's fall, from
    which the region rule answers as before."""
    for day in (taken, date(2017, 3, 28)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert source in record.sources and DEIR_HAFER_TAKEN in record.sources
        assert "continuity inferred" in record.note
    assert "ealeppo4_" not in atlas.control.history.record_on(locality, date(2017, 3, 29)).note
    assert atlas.control.history.state_of(locality, date(2017, 3, 29)).controller == "government"


@pytest.mark.parametrize(
    ("locality", "eve"),
    [
        ("al_kayariyah", date(2017, 3, 16)),
        ("ahmadiyah", date(2017, 3, 21)),
        ("jinni_al_salamah", date(2017, 3, 19)),
    ],
)
def test_the_ring_villages_are_is_held_from_the_campaigns_start_to_the_eve(atlas, locality, eve):
    for day in (date(2017, 1, 17), date(2017, 2, 15), eve):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert "continuity inferred" in record.note
    # the region rule keeps its IS answer to 16 Jan
    assert "ealeppo4_" not in atlas.control.history.record_on(locality, date(2017, 1, 16)).note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # SMART has al-Kabbariya taken on 17 Mar, Al-Masdar Online on 22 Mar: the days between
        ("al_kayariyah", date(2017, 3, 17)),
        ("al_kayariyah", date(2017, 3, 21)),
        # an undated earlier claim of Umm Tinah is not used
        ("umm_tinah_al_bab", date(2017, 3, 22)),
        ("umm_tinah_al_bab", date(2017, 2, 1)),
        # Zubayda before SMART's report: who held it since Aug 2016 is not dated
        ("zubayda", date(2017, 3, 16)),
        # no report names them
        ("rasm_al_kroum", date(2017, 3, 25)),
        ("al_mabujah", date(2017, 3, 25)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


# (place, the day the report has the army take it, the report, the last answered day)
KHAFSA = [
    ("khirbat_shihab", date(2017, 3, 7), ARABY_7_MAR, date(2017, 3, 7)),
    ("al_rihaniyah", date(2017, 3, 7), ARABY_7_MAR, date(2017, 3, 7)),
    ("maaradah_kabira", date(2017, 3, 7), WATAN_8_MAR, date(2017, 3, 7)),
    ("balwah", date(2017, 3, 7), SANA_7_MAR, date(2017, 3, 7)),
    ("sheikh_abyad", date(2017, 3, 7), SANA_7_MAR, date(2017, 3, 7)),
    ("jubb_qahwa", date(2017, 3, 7), ARABY_7_MAR, date(2017, 3, 10)),
    ("rasm_al_bukhar", date(2017, 3, 7), ARABY_7_MAR, date(2017, 3, 10)),
    ("kiyariyah", date(2017, 3, 7), ARABY_7_MAR, date(2017, 3, 10)),
    ("al_babira", date(2017, 3, 8), WATAN_9_MAR, date(2017, 3, 10)),
    ("rajm_al_aqra", date(2017, 3, 8), WATAN_9_MAR, date(2017, 3, 10)),
    ("mashrafa_al_tin", date(2017, 3, 8), WATAN_9_MAR, date(2017, 3, 10)),
    ("hurriyah_manbij", date(2017, 3, 8), WATAN_9_MAR, date(2017, 3, 10)),
    ("rasm_al_hirmil_kabira", date(2017, 3, 8), WATAN_9_MAR, date(2017, 3, 10)),
    ("habboubah_kabira", date(2017, 3, 8), WATAN_9_MAR, date(2017, 3, 10)),
    ("arudah_kabirah", date(2017, 3, 8), WATAN_9_MAR, date(2017, 3, 10)),
]


@pytest.mark.parametrize(("locality", "taken", "source", "last"), KHAFSA)
def test_the_khafsa_villages_are_is_held_then_the_armys(atlas, locality, taken, source, last):
    """IS's from 20 Feb (where the region rule's IS answer ends) to the eve of the capture, the
    army's from the reported day to the block's end or to 10 Mar, the eve of IS's
    counter-attack of 11 Mar."""
    eve = date.fromordinal(taken.toordinal() - 1)
    for day in (date(2017, 2, 20), eve):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert "continuity inferred" in record.note
    for day in (taken, last):
        record = assert_region_answer(atlas, locality, day, "government")
        assert source in record.sources
    assert atlas.control.history.state_of(locality, date(2017, 2, 19)).controller == "isis"
    assert "ealeppo4_" not in atlas.control.history.record_on(locality, date(2017, 2, 19)).note
    after = date.fromordinal(last.toordinal() + 1)
    if last == date(2017, 3, 10):
        # h-maskan answers Rajm al-Aqra and Mushrifat al-Tin IS's on 11 - 12 Mar (Al-Ghad
        # al-Souri names them retaken by IS): their first open day is 13 Mar; h-rev40 answers
        # Habboubah Kabira fought over on 11 Mar: its first open day is 12 Mar
        retaken = locality in ("rajm_al_aqra", "mashrafa_al_tin")
        fought = locality == "habboubah_kabira"
        first_open = date(2017, 3, 13) if retaken else date(2017, 3, 12) if fought else after
        assert_stored_gap(atlas, locality, first_open)
    else:
        assert "ealeppo4_" not in atlas.control.history.record_on(locality, after).note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # SANA's 'Qubab Kabir and Qubab Saghir': two gazetteer pairs, which one is not said
        ("qibab_al_kabir", date(2017, 3, 7)),
        ("qibab_kabir", date(2017, 3, 7)),
        # IS's counter-attack of 11 Mar round the Jirah airbase: the villages are not named
        ("habboubah_kabira", date(2017, 3, 17)),
        ("jubb_qahwa", date(2017, 4, 1)),
    ],
)
def test_the_khafsa_days_no_source_settles_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


@pytest.mark.parametrize(
    ("locality", "taken", "source"),
    [
        ("arran", date(2017, 1, 30), HAL_30_JAN),
        ("tuman", date(2017, 2, 8), SND_9_FEB),
        ("rasm_al_sarhan", date(2017, 1, 30), SND_31_JAN),
    ],
)
def test_south_of_al_bab_is_held_to_29_january_then_the_armys(atlas, locality, taken, source):
    for day in (date(2017, 1, 17), date(2017, 1, 29)):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert "continuity inferred" in record.note
    for day in (taken, date(2017, 2, 19)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert source in record.sources
    assert "ealeppo4_" not in atlas.control.history.record_on(locality, date(2017, 2, 20)).note


def test_tuman_between_the_two_reports_stays_a_gap(atlas):
    # Syria News Desk has Tuman taken on 30 Jan and again on the evening of 8 Feb
    assert_stored_gap(atlas, "tuman", date(2017, 1, 30))
    assert_stored_gap(atlas, "tuman", date(2017, 2, 7))


def test_deir_qaq_is_the_armys_from_9_february(atlas):
    record = assert_region_answer(atlas, "deir_qaq", date(2017, 2, 8), "isis")
    assert "continuity inferred" in record.note
    for day in (date(2017, 2, 9), date(2017, 2, 26)):
        record = assert_region_answer(atlas, "deir_qaq", day, "government")
        assert SND_9_FEB in record.sources
    # al-Shamawiya: SOHR's report shows no day
    assert_stored_gap(atlas, "shamawiyah", date(2017, 2, 15))


def test_qutbiya_is_the_armys_from_31_january(atlas):
    assert_stored_gap(atlas, "qutbiyah", date(2017, 1, 30))
    for day in (date(2017, 1, 31), date(2017, 3, 28)):
        record = assert_region_answer(atlas, "qutbiyah", day, "government")
        assert SND_31_JAN in record.sources


def test_al_karayn_is_an_is_front_from_31_january_to_its_capture(atlas):
    assert_stored_gap(atlas, "al_karayn", date(2017, 1, 30))
    for day in (date(2017, 1, 31), date(2017, 3, 14)):
        record = assert_region_answer(atlas, "al_karayn", day, "isis")
        assert SND_31_JAN in record.sources and "continuity inferred" in record.note
    # the army's from 15 Mar, the answer of rules_rev7
    record = assert_region_answer(atlas, "al_karayn", date(2017, 3, 15), "government")
    assert "> rev7_deir_hafer_four_15_mar]" in record.note


@pytest.mark.parametrize(("locality", "last"), [("al_muntar", 26), ("at_tunbur", 19)])
def test_the_sarja_farms_are_the_armys_from_22_january(atlas, locality, last):
    record = assert_region_answer(atlas, locality, date(2017, 1, 21), "isis")
    assert MASDAR_22_JAN in record.sources and "continuity inferred" in record.note
    for day in (date(2017, 1, 22), date(2017, 2, last)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert MASDAR_22_JAN in record.sources and "party claim" in record.note


@pytest.mark.parametrize(
    ("locality", "last"),
    [
        ("sirbus", 26),
        ("al_husamiyah", 26),
        ("umm_al_amad_at_talatin", 26),
        ("khan_hufrah", 26),
        ("barlahin", 19),
        ("al_madiuna", 19),
    ],
)
def test_sohrs_undated_january_villages_are_counted_from_1_february(atlas, locality, last):
    assert_stored_gap(atlas, locality, date(2017, 1, 31))
    for day in (date(2017, 2, 1), date(2017, 2, last)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert SOHR_JAN in record.sources


def test_tall_rahhal_claimed_by_both_sides_stays_a_gap(atlas):
    assert_stored_gap(atlas, "tel_rehal", date(2017, 2, 10))


def test_party_claims_are_marked(atlas):
    record = atlas.control.history.record_on("jinni_al_salamah", date(2017, 3, 20))
    assert "party claim" in record.note and "translated" in record.note
    record = atlas.control.history.record_on("umm_tinah_al_bab", date(2017, 3, 23))
    assert "party claim" in record.note
    for locality in ("balwah", "habboubah_kabira"):
        record = atlas.control.history.record_on(
            locality, date(2017, 3, 8 if locality[0] == "h" else 7)
        )
        assert "party claim" in record.note


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-ealeppo4.toml")
    assert_registered_with_publisher(ALL)
    assert set(ALL) <= sources_cited_by(atlas, "> ealeppo4_")
