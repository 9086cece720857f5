"""Review h-rev57 (issue #15): leads other reviews reported.

1. Jubb al Hamir (by al-Arimah): taken out of ``ea_arima_strip`` for 3 - 8 Mar 2017, now a gap
   naming the SDF and the government (the Manbij Military Council handed its line villages in
   stages, Abu Hayj 3.2 km west only on 9 Mar; SMART's 'Jubb al-Hamra' / 'Jubb al-Humayra' is not
   shown to be this place); the government's from 9 Mar as the strip drew it.
2. Suwaydiya al-Kabirah: the SDF's 4 - 7 Feb 2017, fought over on 8 Feb (IS's counter-attack on
   'al-Suwaydiya', the SDF's channel via SMART), a gap 9 - 23 Feb, fought over 24 - 25 Feb (kept).
3. Hisham bin Abd al-Malik district: the SDF's from 25 Aug 2017 kept (SOHR's 27 Aug advance was in
   Nazlat Shehada, another district).
4. Mushayrifat al-Miftah: SMART's 'Mushayrifat al-Futayh' not shown to be it; the gap is kept."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

SMART_9_MAR = "smart-2017-03-09-manbij-council-five-villages"
SMART_9_MAR_CLASHES = "smart-2017-03-09-jubb-al-humayra-clashes"
AL_HAL_2_MAR = "al_hal-2017-03-02-jablat-al-hamra-tal-turin"
SMART_8_FEB = "smart-2017-02-08-two-hills-counter-attack"
SMART_25_FEB = "smart-2017-02-25-suwaydiya-kabira-hours"
ANHA_MAP = "anha-2017-08-raqqa-control-map"


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev57.toml")


# --- 1. Jubb al Hamir -----------------------------------------------------------------------


@pytest.mark.parametrize("day", [date(2017, 3, 3), date(2017, 3, 5), date(2017, 3, 8)])
def test_jubb_al_hamir_is_a_gap_3_8_mar_2017_naming_both_sides(atlas, day):
    assert_stored_gap(atlas, "jubb_al_hamir", day)
    record = atlas.control.history.record_on("jubb_al_hamir", day)
    assert "[rev57]" in record.note and "the SDF" in record.note and "the government" in record.note
    assert {SMART_9_MAR, SMART_9_MAR_CLASHES, AL_HAL_2_MAR} <= set(record.sources)


def test_jubb_al_hamir_before_the_handover_stays_the_blocks_gap(atlas):
    assert_stored_gap(atlas, "jubb_al_hamir", date(2017, 3, 2))
    record = atlas.control.history.record_on("jubb_al_hamir", date(2017, 3, 2))
    assert "[rev57]" not in record.note


@pytest.mark.parametrize("day", [date(2017, 3, 9), date(2017, 4, 15), date(2017, 6, 3)])
def test_jubb_al_hamir_government_from_9_mar_2017(atlas, day):
    record = assert_region_answer(atlas, "jubb_al_hamir", day, "government")
    assert record.status == "held" and "rev57_jubb_al_hamir_mar_jun_2017" in record.note
    assert SMART_9_MAR in record.sources and "not shown to be this place" in record.note


def test_jubb_al_hamir_after_maskanah_unchanged(atlas):
    record = atlas.control.history.record_on("jubb_al_hamir", date(2017, 6, 4))
    assert record.controller == "government" and "rev57" not in record.note


def test_the_strip_still_answers_its_other_villages(atlas):
    # Tall Turin left the strip in review h-rev58 (3 - 8 Mar a gap); Hutah still in it
    record = assert_region_answer(atlas, "hutah", date(2017, 3, 5), "government")
    assert "ea_arima_strip" in record.note


# --- 2. Suwaydiya al-Kabirah ------------------------------------------------------------------


def test_suwaydiya_kabira_the_sdfs_4_7_feb_2017(atlas):
    for day in (date(2017, 2, 4), date(2017, 2, 7)):
        record = assert_region_answer(atlas, "suwaydiya_al_kabirah", day, "sdf")
        assert record.status == "held"


def test_suwaydiya_kabira_fought_over_on_8_feb_2017(atlas):
    record = assert_checked_answer(atlas.control.history, "suwaydiya_al_kabirah",
                                   date(2017, 2, 8), "sdf", "contested", ("isis",),
                                   SMART_8_FEB)  # fmt: skip
    assert "party claim" in record.note and "rev57" in record.note


@pytest.mark.parametrize("day", [date(2017, 2, 9), date(2017, 2, 13), date(2017, 2, 20),
                                 date(2017, 2, 23)])  # fmt: skip
def test_suwaydiya_kabira_a_gap_9_23_feb_2017(atlas, day):
    assert_stored_gap(atlas, "suwaydiya_al_kabirah", day)
    record = atlas.control.history.record_on("suwaydiya_al_kabirah", day)
    assert "[rev57]" in record.note and "the SDF or IS" in record.note
    assert SMART_25_FEB in record.sources


def test_suwaydiya_kabira_the_raid_of_24_25_feb_kept(atlas):
    for day in (date(2017, 2, 24), date(2017, 2, 25)):
        assert_checked_answer(atlas.control.history, "suwaydiya_al_kabirah", day, "sdf",
                              "contested", ("isis",), SMART_25_FEB)  # fmt: skip
    record = assert_region_answer(atlas, "suwaydiya_al_kabirah", date(2017, 2, 26), "sdf")
    assert record.status == "held"


# --- 3. Hisham bin Abd al-Malik district: kept ------------------------------------------------


def test_hisham_district_contested_to_24_aug_and_the_sdfs_from_25_aug_2017(atlas):
    history = atlas.control.history
    record = history.record_on("hisham_abdulmalik_district", date(2017, 8, 24))
    assert (record.controller, record.status) == ("isis", "contested")
    for day in (date(2017, 8, 25), date(2017, 8, 27), date(2017, 10, 16)):
        record = assert_checked_answer(history, "hisham_abdulmalik_district", day, "sdf",
                                       "held", (), ANHA_MAP)  # fmt: skip
        assert "party claim" in record.note


# --- 4. Mushayrifat al-Miftah: the gap kept ---------------------------------------------------


@pytest.mark.parametrize("day", [date(2017, 4, 17), date(2017, 4, 18), date(2017, 4, 19)])
def test_mushayrifat_al_miftah_stays_a_gap_in_april_2017(atlas, day):
    assert_stored_gap(atlas, "mushayrifat_al_miftah", day)
