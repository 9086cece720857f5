"""Review h-rev66 (issue #15): leads this session's helpers left.

- Kafr Naha and Urum al-Kubra, 15 - 16 Feb 2020: SANA and Syria Times (party claim) have the
  army take both 'on Saturday' (15 Feb); Radio Alkul has Kafr Naha taken on the night of 15/16
  Feb: 15 Feb fought over, the government's by its claim; Urum al-Kubra the army's on 16 Feb
  (continuity inferred to the General Command's list of 17 Feb). Hand rows tagged ``[rev66]``.
- IS's counter-attack west of Ma'dan: AFP dates it Thursday 24 Aug 2017, the Daily Star's
  rewrite of AP's copy Friday 25 Aug: Abu Hammad, the two Muqla and Ghanim al-Ali fought over
  24 - 25 Aug, IS's from 26 Aug (edits to ``rules_rev59`` and ``rules_rev61``).
- Tukhar Kabir: the council's statement of 22 Jul 2024 answers that day alone (the council's
  by its party claim, fought over); the gap either side stays.
- Rahifiyah in the 2024-26 layer: a gap naming both to 18 Jan 2026, the transitional
  government's from 19 Jan 2026, as h-rev65's Tarbikh.
"""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

SANA_15_FEB = "sana-2020-02-15-urom-kobra-kfar-naha"
SYRIA_TIMES_15_FEB = "syria_times-2020-02-15-urom-kobra-kafrnaha"
ALKUL_16_FEB = "radio_alkul-2020-02-16-kafr-naha-police-school"
DAILY_STAR_25_AUG = "daily_star_lb-2017-08-25-daesh-pushes-back-troops-maadan"
AP_25_AUG = "ap-2017-08-25-is-pushes-back-troops-maadan"
EAWV_AUG = "ea_worldview-2017-08-is-hits-back-south-of-raqqa"
AFP_25_AUG = "afp-2017-08-25-is-counterattack-raqqa-maadan"
ANHA_22_JUL_2024 = "anha-2024-07-22-arab-hassan-jarad-infiltration"


def test_the_review_sources_are_registered():
    assert_source_file_registered("2016-2024-rev66.toml")
    assert_registered_with_publisher([SANA_15_FEB, SYRIA_TIMES_15_FEB, DAILY_STAR_25_AUG,
                                      AP_25_AUG, EAWV_AUG])  # fmt: skip


# --- Item 1: Kafr Naha and Urum al-Kubra, 15 - 16 Feb 2020 ----------------------------------


@pytest.mark.parametrize("place", ["kafr_naha", "urum_al_kubra"])
def test_15_february_is_fought_over_the_armys_by_its_claim(atlas, place):
    record = assert_checked_answer(atlas.control.history, place, date(2020, 2, 15), "government",
                                   "contested", ("hts",), SANA_15_FEB)  # fmt: skip
    assert SYRIA_TIMES_15_FEB in record.sources
    assert "[rev66]" in record.note and "party claim" in record.note


def test_kafr_naha_around_15_february(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "kafr_naha", date(2020, 2, 14), "hts", "held", (), None)
    record = assert_checked_answer(history, "kafr_naha", date(2020, 2, 15), "government",
                                   "contested", ("hts",), ALKUL_16_FEB)  # fmt: skip
    assert "night of 15/16 Feb" in record.note
    assert_checked_answer(history, "kafr_naha", date(2020, 2, 16), "government", "held", (),
                          ALKUL_16_FEB)  # fmt: skip
    assert history.state_of("kafr_naha", date(2020, 2, 17)).controller == "government"


def test_urum_al_kubra_around_15_february(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "urum_al_kubra", date(2020, 2, 14), "hts", "contested",
                          ("government",), None)  # fmt: skip
    record = assert_checked_answer(history, "urum_al_kubra", date(2020, 2, 16), "government",
                                   "held", (), SANA_15_FEB)  # fmt: skip
    assert "[rev66]" in record.note and "continuity inferred" in record.note
    assert history.state_of("urum_al_kubra", date(2020, 2, 17)).controller == "government"


# --- Item 2: the counter-attack west of Ma'dan, 24 - 25 Aug 2017 ------------------------------

VILLAGES = ["abu_hammad", "muqla_saghir", "muqla_kabir", "ghanim_al_ali"]


@pytest.mark.parametrize("place", VILLAGES)
@pytest.mark.parametrize("day", [date(2017, 8, 24), date(2017, 8, 25)])
def test_both_days_of_the_counter_attack_are_fought_over(atlas, place, day):
    record = assert_checked_answer(atlas.control.history, place, day, "isis", "contested",
                                   ("government",), DAILY_STAR_25_AUG)  # fmt: skip
    assert AFP_25_AUG in record.sources and "h-rev66" in record.note


@pytest.mark.parametrize("place", VILLAGES)
def test_iss_from_26_august(atlas, place):
    assert_checked_answer(atlas.control.history, place, date(2017, 8, 26), "isis", "held", (),
                          AFP_25_AUG)  # fmt: skip


@pytest.mark.parametrize("place", ["abu_hammad", "muqla_saghir", "muqla_kabir"])
def test_the_days_before_the_counter_attack_stay_gaps(atlas, place):
    assert_stored_gap(atlas, place, date(2017, 8, 23))


# --- Item 3: Tukhar Kabir, 22 Jul 2024 --------------------------------------------------------


def test_tukhar_kabir_on_22_july_2024_is_the_councils_claim_fought_over(atlas):
    record = assert_checked_answer(atlas.control.history, "tukhar_kabir", date(2024, 7, 22),
                                   "sdf", "contested", ("sna",), ANHA_22_JUL_2024)  # fmt: skip
    assert "[rev66]" in record.note and "party claim" in record.note


@pytest.mark.parametrize("day", [date(2020, 3, 6), date(2022, 6, 1), date(2024, 7, 21),
                                 date(2024, 7, 23), date(2024, 11, 26)])  # fmt: skip
def test_tukhar_kabir_either_side_stays_a_gap(atlas, day):
    assert_stored_gap(atlas, "tukhar_kabir", day)
    record = atlas.control.history.record_on("tukhar_kabir", day)
    assert "[rev39]" in record.note and "h-rev66" in record.note


# --- Item 4: Rahifiyah in the 2024-26 layer -----------------------------------------------------


@pytest.mark.parametrize("day", [date(2024, 11, 27), date(2025, 1, 29), date(2025, 6, 1),
                                 date(2026, 1, 18)])  # fmt: skip
def test_rahifiyah_is_a_gap_until_the_handover(atlas, day):
    assert_stored_gap(atlas, "rahifiyah", day)
    assert "h-rev66" in atlas.control.history.record_on("rahifiyah", day).note


def test_rahifiyah_either_side_of_the_gap(atlas):
    history = atlas.control.history
    assert history.state_of("rahifiyah", date(2024, 11, 26)).controller == "sdf"
    record = history.record_on("rahifiyah", date(2026, 1, 19))
    assert record.controller == "transitional_government" and "[rev66]" in record.note
