"""Review h-rev61 (issue #15): leads other reviews left.

1. The Raqqa desert villages beside Ghanim al-Ali, Aug 2017: Abu Hammad (al-Bu Hamad) and the two
   Muqla (al-Mughla), named with Ghanim al-Ali among the villages IS regained on Thursday 24 Aug
   (Shaam News), fought over that day and IS's 25 - 30 Aug (region-level), as Ghanim al-Ali
   (h-rev59, h-rev37); Ma'dan IS's 24 - 30 Aug; al-Sabkhah and the days around stay gaps.
2. Rajo: fought over on 2 Mar 2018 (the YPG's, stormed) and 3 Mar (the factions', the YPG still
   fighting); the factions' from 4 Mar. al-Muhandisin (one of the two Engineers' projects, taken
   13 and 14 Feb 2020): fought over on 14 Feb, the army's from 15 Feb (13 Feb fought over by
   h-gapidl's rule); Aradah the army's from 12 Feb by h-gapidl's Syria TV report (this review had
   kept a gap).
3. al-Rai, Aug 2016: was a gap to 2 Sep; now IS's to 14 Aug, fought over 15 - 16 Aug, the rebels'
   from 17 Aug (fought over 18 and 27 Aug), as its silos and crossing.
4. Kaljibrin, Harbal, Abu Mousa, Jubb al-A'maq, Mushayrifat al-Miftah and al-Quriyah: checked,
   not changed."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

AFP_25_AUG = "afp-2017-08-25-is-counterattack-raqqa-maadan"
STEP_30_AUG = "step-2017-08-30-maadan-ghanim-ali-strikes"
SHAAM_24_AUG = "shaam_news-2017-08-24-is-retakes-east-raqqa-towns"
ENAB_25_AUG = "enab_baladi-2017-08-25-is-counterattack-south-raqqa"
SOURIA_30_AUG = "al_souria-2017-08-30-regime-loses-dozens-raqqa"
TRT_3_MAR = "trt_world-2018-03-03-rajo"
ENAB_3_MAR = "enab_baladi-2018-03-03-fsa-takes-rajo-centre"
GEIROON_19_AUG = "geiroon-2016-08-19-is-attack-on-al-rai-foiled"
ENAB_27_AUG = "enab_baladi-2016-08-27-west-of-jarablus"
AL_HAL_14_FEB = "al_hal-2020-02-14-army-3km-from-atarib"
SYRIA_TV_13_FEB = "syria_tv-2020-02-13-kafr-joum"

VILLAGES = ["abu_hammad", "muqla_saghir", "muqla_kabir"]


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev61.toml")


# --- 1. The villages beside Ghanim al-Ali, Aug 2017 ---------------------------------------------


@pytest.mark.parametrize("locality", VILLAGES)
def test_the_villages_stay_gaps_before_the_counter_attack(atlas, locality):
    assert_stored_gap(atlas, locality, date(2017, 8, 23))
    assert_stored_gap(atlas, locality, date(2017, 7, 15))


@pytest.mark.parametrize("locality", VILLAGES)
def test_the_villages_fought_over_on_24_aug_2017_as_ghanim_al_ali(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2017, 8, 24), "isis")
    assert record.status == "contested" and "government" in record.with_parties
    assert {SHAAM_24_AUG, AFP_25_AUG} <= set(record.sources)
    assert "rev61_abu_hammad_muqla_24_30_aug_2017" in record.note
    ghanim = assert_region_answer(atlas, "ghanim_al_ali", date(2017, 8, 24), "isis")
    assert (ghanim.status, ghanim.with_parties) == (record.status, record.with_parties)


@pytest.mark.parametrize("locality", VILLAGES)
# 25 Aug: fought over since h-rev66
@pytest.mark.parametrize("day", [date(2017, 8, 26), date(2017, 8, 28), date(2017, 8, 30)])
def test_the_villages_is_s_25_30_aug_2017(atlas, locality, day):
    record = assert_region_answer(atlas, locality, day, "isis")
    assert record.status == "held" and STEP_30_AUG in record.sources
    assert SOURIA_30_AUG in record.sources
    assert "region-level" in record.note and "continuity inferred" in record.note


@pytest.mark.parametrize("locality", VILLAGES)
def test_the_villages_gap_again_from_31_aug_and_the_armys_from_23_sep(atlas, locality):
    assert_stored_gap(atlas, locality, date(2017, 8, 31))
    assert_stored_gap(atlas, locality, date(2017, 9, 22))
    assert atlas.control.history.state_of(locality, date(2017, 9, 23)).controller == "government"


def test_madan_is_s_24_30_aug_2017(atlas):
    assert_stored_gap(atlas, "madan", date(2017, 8, 23))
    for day in (date(2017, 8, 24), date(2017, 8, 27), date(2017, 8, 30)):
        record = assert_region_answer(atlas, "madan", day, "isis")
        assert record.status == "held" and ENAB_25_AUG in record.sources
        assert "rev61_madan_24_30_aug_2017" in record.note
    assert_stored_gap(atlas, "madan", date(2017, 8, 31))


def test_al_sabkhah_and_dalhah_stay_gaps(atlas):
    for place in ("as_sabkhah", "dalhah_ar_raqqah"):
        for day in (date(2017, 8, 24), date(2017, 8, 27)):
            assert_stored_gap(atlas, place, day)


def test_ghanim_al_ali_unchanged(atlas):
    record = assert_region_answer(atlas, "ghanim_al_ali", date(2017, 8, 27), "isis")
    assert "rev59" in record.note
    record = assert_region_answer(atlas, "ghanim_al_ali", date(2017, 8, 30), "isis")
    assert record.status == "contested" and "rev37" in record.note


# --- 2. Rajo, Mar 2018; al-Muhandisin and Aradah, Feb 2020 ----------------------------------------


def test_rajo_the_ypgs_to_1_mar_2018(atlas):
    history = atlas.control.history
    for day in (date(2017, 6, 1), date(2018, 3, 1)):
        record = assert_checked_answer(history, "rajo", day, "sdf", "held", (), ENAB_3_MAR)
    assert "[rev61]" in record.note


def test_rajo_fought_over_on_2_mar_2018(atlas):
    record = assert_checked_answer(atlas.control.history, "rajo", date(2018, 3, 2), "sdf",
                                   "contested", ("sna",), ENAB_3_MAR)  # fmt: skip
    assert "[rev61]" in record.note


def test_rajo_the_factions_contested_by_the_ypg_on_3_mar_2018(atlas):
    record = assert_checked_answer(atlas.control.history, "rajo", date(2018, 3, 3), "sna",
                                   "contested", ("sdf",), TRT_3_MAR)  # fmt: skip
    assert ENAB_3_MAR in record.sources and "denied" in record.note


@pytest.mark.parametrize("day", [date(2018, 3, 4), date(2018, 3, 18), date(2020, 1, 1)])
def test_rajo_the_factions_from_4_mar_2018(atlas, day):
    record = assert_checked_answer(atlas.control.history, "rajo", day, "sna", "held", (),
                                   TRT_3_MAR)  # fmt: skip
    assert "continuity inferred" in record.note


def test_al_muhandisin_fought_over_from_13_feb_2020(atlas):
    """h-gapidl (merged beside this review) dates the first Engineers' project's fall to 13 Feb
    (SANA, party claim; Syria TV): the day is fought over, before this review's 14 Feb."""
    record = atlas.control.history.record_on("al_muhandisin", date(2020, 2, 13))
    assert record.controller == "government" and record.status == "contested"
    assert_stored_gap(atlas, "al_muhandisin", date(2020, 2, 12))


def test_al_muhandisin_fought_over_on_14_feb_2020(atlas):
    record = assert_checked_answer(atlas.control.history, "al_muhandisin", date(2020, 2, 14),
                                   "government", "contested", ("hts",), AL_HAL_14_FEB)  # fmt: skip
    assert SYRIA_TV_13_FEB in record.sources and "region-level" in record.note


@pytest.mark.parametrize("day", [date(2020, 2, 15), date(2020, 2, 16)])
def test_al_muhandisin_the_governments_15_16_feb_2020(atlas, day):
    record = assert_checked_answer(atlas.control.history, "al_muhandisin", day, "government",
                                   "held", (), AL_HAL_14_FEB)  # fmt: skip
    assert "continuity inferred" in record.note


def test_al_muhandisin_and_aradah_from_17_feb_2020_kept(atlas):
    for place in ("al_muhandisin", "aradah"):
        assert_checked_answer(atlas.control.history, place, date(2020, 2, 17), "government",
                              "held", (), "sana-2020-02-17-general-command")  # fmt: skip


@pytest.mark.parametrize("day", [date(2020, 2, 12), date(2020, 2, 14), date(2020, 2, 16)])
def test_aradah_the_armys_from_12_feb_2020(atlas, day):
    """The gap this review kept was answered beside it by h-gapidl from a dated report it had
    not found: Syria TV of 13 Feb has the army take Arada 'yesterday' (12 Feb)."""
    record = atlas.control.history.record_on("aradah", day)
    assert record.controller == "government" and "gapidl" in record.note
    assert_stored_gap(atlas, "aradah", date(2020, 2, 11))


# --- 3. al-Rai, Aug 2016: the town's days, as its silos and crossing -----------------------------


@pytest.mark.parametrize(
    ("day", "controller", "status", "among", "cited"),
    [
        (date(2016, 8, 1), "isis", "held", (), "enab_baladi-2016-08-15-al-rai-silos"),
        (date(2016, 8, 14), "isis", "held", (), "enab_baladi-2016-08-15-al-rai-silos"),
        (
            date(2016, 8, 15),
            "isis",
            "contested",
            ("opposition",),
            "rozana-2016-08-17-al-rai-retaken",
        ),
        (
            date(2016, 8, 16),
            "isis",
            "contested",
            ("opposition",),
            "rozana-2016-08-17-al-rai-retaken",
        ),
        (date(2016, 8, 17), "opposition", "held", (), "watan_fm-2016-08-17-al-rai-taken"),
        (date(2016, 8, 18), "opposition", "contested", ("isis",), GEIROON_19_AUG),
        (date(2016, 8, 19), "opposition", "held", (), GEIROON_19_AUG),
        (date(2016, 8, 26), "opposition", "held", (), GEIROON_19_AUG),
        (date(2016, 8, 27), "opposition", "contested", ("isis",), ENAB_27_AUG),
        (date(2016, 8, 28), "opposition", "held", (), ENAB_27_AUG),
        (date(2016, 9, 2), "opposition", "held", (), "reuters-2016-09-03-al-rai-villages"),
        (date(2016, 9, 3), "sna", "held", (), "reuters-2016-09-03-al-rai-villages"),
    ],
)
def test_al_rai_aug_2016(atlas, day, controller, status, among, cited):
    record = assert_checked_answer(atlas.control.history, "al_rai", day, controller, status,
                                   among, cited)  # fmt: skip
    assert "[rev61]" in record.note


@pytest.mark.parametrize("day", [date(2016, 8, 10), date(2016, 8, 16), date(2016, 8, 20),
                                 date(2016, 8, 27), date(2016, 9, 1)])  # fmt: skip
def test_al_rai_agrees_with_its_silos_and_crossing(atlas, day):
    history = atlas.control.history
    town = history.state_of("al_rai", day).controller
    for place in ("al_rai_grain_silo", "al_rai_border_crossing"):
        if day != date(2016, 8, 16) or place != "al_rai_grain_silo":
            assert history.state_of(place, day).controller == town, (place, day)


# --- 4. Checked, not changed --------------------------------------------------------------------


def test_the_checked_answers_are_unchanged(atlas):
    history = atlas.control.history
    assert history.state_of("kaljibrin", date(2016, 12, 1)).controller == "sna"
    assert history.state_of("herbel", date(2016, 8, 29)).controller == "isis"
    assert history.state_of("herbel", date(2016, 8, 30)).controller == "sdf"
    for place in ("abu_mousa", "jubb_al_amaq"):
        assert history.state_of(place, date(2017, 12, 1)).controller == "opposition"
        assert_stored_gap(atlas, place, date(2018, 1, 12))
    assert_stored_gap(atlas, "mushayrifat_al_miftah", date(2017, 4, 18))


# --- 5. al-Quriyah from 27 Nov 2024: the point on the wrong bank ---------------------------------


@pytest.mark.parametrize("day", [date(2024, 11, 26), date(2024, 11, 27), date(2024, 12, 9),
                                 date(2025, 6, 1), date(2026, 1, 17)])  # fmt: skip
def test_al_quriyah_a_gap_naming_both_banks_to_17_jan_2026(atlas, day):
    assert_stored_gap(atlas, "al_quriyah", day)
    if day.year > 2024 or day.month == 12 or day.day == 27:
        record = atlas.control.history.record_on("al_quriyah", day)
        assert "[rev61]" in record.note
        assert "enab_baladi-2024-12-06-regime-withdraws-deir-ez-zor" in record.sources


def test_al_quriyah_the_transitional_governments_from_18_jan_2026(atlas):
    history = atlas.control.history
    assert history.state_of("al_quriyah", date(2026, 1, 18)).controller == "transitional_government"
    assert history.state_of("diban", date(2025, 6, 1)).controller == "sdf"
