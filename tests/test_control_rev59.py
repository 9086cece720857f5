"""Review h-rev59 (issue #15): leads this morning's checks reported.

1. Dhiban (``diban``), 2023: the SDF's from 6 Sep kept; the renewed tribal attack fought over on
   25 - 26 Sep (with 'unknown', as the Aug - Sep rows) and the attack from the west bank of
   29 Oct fought over with 'government' (SOHR: regime artillery cover; Kurdistan 24: tribal forces
   backed by the government); the SDF's between and after.
2. Ghanim al-Ali: IS's counter-attack of Thursday 24 Aug 2017 (SOHR via AFP, 25 Aug) fought over
   that day, IS's 25 - 28 Aug (region-level); 23 Aug stays the block's gap; h-rev37's 29 - 30 Aug
   kept.
3. Tuways: Shaam News's list of 14 Jul 2017 not shown to be about this village: the gap from
   1 Jul 2017 is kept, h-rev48's factions' answer to 30 Jun unchanged."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

K24_29_OCT = "kurdistan24-2023-10-29-renewed-attack"
K24_1_NOV = "kurdistan24-2023-11-01-deir-ez-zor"
AFP_25_AUG = "afp-2017-08-25-is-counterattack-raqqa-maadan"
ARABIYA_25_AUG = "al_arabiya-2017-08-25-is-counterattack-raqqa"
STEP_30_AUG = "step-2017-08-30-maadan-ghanim-ali-strikes"


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev59.toml")


# --- 1. Dhiban, 2023 --------------------------------------------------------------------------


@pytest.mark.parametrize("day", [date(2023, 9, 6), date(2023, 9, 24)])
def test_dhiban_the_sdfs_from_6_sep_2023_before_the_renewed_attack(atlas, day):
    assert_checked_answer(atlas.control.history, "diban", day, "sdf", "held", (),
                          "newarab-2023-09-07-dhiban")  # fmt: skip


def test_dhiban_the_first_round_kept(atlas):
    assert_checked_answer(atlas.control.history, "diban", date(2023, 9, 5), "sdf", "contested",
                          ("unknown",), "newarab-2023-09-07-dhiban")  # fmt: skip


@pytest.mark.parametrize("day", [date(2023, 9, 25), date(2023, 9, 26)])
def test_dhiban_fought_over_25_26_sep_2023(atlas, day):
    record = assert_checked_answer(atlas.control.history, "diban", day, "sdf", "contested",
                                   ("unknown",), K24_29_OCT)  # fmt: skip
    assert "[rev59]" in record.note and "Sept. 26" in record.note


@pytest.mark.parametrize("day", [date(2023, 9, 27), date(2023, 10, 15), date(2023, 10, 28)])
def test_dhiban_the_sdfs_between_the_attacks(atlas, day):
    record = assert_checked_answer(atlas.control.history, "diban", day, "sdf", "held", (),
                                   K24_29_OCT)  # fmt: skip
    assert "continuity inferred" in record.note


def test_dhiban_fought_over_with_government_side_forces_on_29_oct_2023(atlas):
    record = assert_checked_answer(atlas.control.history, "diban", date(2023, 10, 29), "sdf",
                                   "contested", ("government",), K24_29_OCT)  # fmt: skip
    assert K24_1_NOV in record.sources and "party claim" in record.note


# h-rev62 ends this row on 6 Aug 2024 (the tribal attack of 7 Aug; the SDF's again from 8 Aug)
@pytest.mark.parametrize("day", [date(2023, 10, 30), date(2024, 6, 1), date(2024, 8, 6)])
def test_dhiban_the_sdfs_after_29_oct_2023(atlas, day):
    record = assert_checked_answer(atlas.control.history, "diban", day, "sdf", "held", (),
                                   K24_1_NOV)  # fmt: skip
    assert "[rev59]" in record.note


# --- 2. Ghanim al-Ali, Aug 2017 ---------------------------------------------------------------


def test_ghanim_al_ali_before_the_counter_attack_stays_a_gap(atlas):
    assert_stored_gap(atlas, "ghanim_al_ali", date(2017, 8, 23))
    record = atlas.control.history.record_on("ghanim_al_ali", date(2017, 8, 23))
    assert "rev59" not in record.note


def test_ghanim_al_ali_fought_over_on_24_aug_2017(atlas):
    record = assert_region_answer(atlas, "ghanim_al_ali", date(2017, 8, 24), "isis")
    assert record.status == "contested" and "government" in record.with_parties
    assert {AFP_25_AUG, ARABIYA_25_AUG} <= set(record.sources)
    assert "rev59_ghanim_al_ali_24_28_aug_2017" in record.note


@pytest.mark.parametrize("day", [date(2017, 8, 26), date(2017, 8, 28)])  # 25 Aug: h-rev66
def test_ghanim_al_ali_is_s_25_28_aug_2017(atlas, day):
    record = assert_region_answer(atlas, "ghanim_al_ali", day, "isis")
    assert record.status == "held" and AFP_25_AUG in record.sources
    assert "continuity inferred" in record.note and "region-level" in record.note


def test_ghanim_al_ali_rev37_days_kept(atlas):
    record = assert_region_answer(atlas, "ghanim_al_ali", date(2017, 8, 29), "isis")
    assert record.status == "held" and "rev37" in record.note
    record = assert_region_answer(atlas, "ghanim_al_ali", date(2017, 8, 30), "isis")
    assert record.status == "contested" and STEP_30_AUG in record.sources
    assert_stored_gap(atlas, "ghanim_al_ali", date(2017, 8, 31))


# --- 3. Tuways: kept --------------------------------------------------------------------------


def test_tuways_the_factions_to_30_jun_2017_and_a_gap_from_1_jul_kept(atlas):
    record = assert_region_answer(atlas, "tuways", date(2017, 6, 30), "sna")
    assert "rev48" in record.note
    for day in (date(2017, 7, 1), date(2017, 7, 14), date(2017, 12, 1)):
        assert_stored_gap(atlas, "tuways", day)
