"""Review h-rev23 (issue #15): answers other helpers flagged as possibly wrong.

1. Najjarah, Ayishah, Tall al-Hattabat and Nasr Allah, north of the Kweires air base: the army's
   1 Aug 2016 - 19 Feb 2017 (al-Masdar: taken Dec 2015 - Jan 2016; Nasr Allah held against IS's
   attack of 17 Aug 2016, a military source via Yerepouni; party claims, continuity inferred),
   no longer IS's by the region-level inference of ``ea_al_bab_south``.
2. al-Tulaysiyah: HTS's contested by the army on 6 Oct 2017 (Hurriya Press), HTS's 7 - 8 Oct
   (continuity inferred to al-Araby al-Jadeed's report of 8 Oct); the days before and after stay
   gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

AM_8_JAN = "al_masdar-2016-01-08-najarah-ayishah-axis"
AM_AYISHAH = "al_masdar-2016-01-ayishah-al-bab-plateau"
AM_26_JAN = "al_masdar-2016-01-26-ayn-al-hanish-tal-hattebat"
AM_11_DEC = "al_masdar-2015-12-11-nasrallah-shuwaylekh"
YEREPOUNI = "yerepouni-2016-08-18-nasrallah-attack-fails"
HURRIYA = "hurriya_press-2017-10-06-abu-dali-attack"
NEWARAB = "newarab-2017-10-08-hts-takes-abu-dali"


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev23.toml")
    assert_registered_with_publisher([AM_8_JAN, AM_AYISHAH, AM_26_JAN, AM_11_DEC, YEREPOUNI])


@pytest.mark.parametrize(
    "locality, cited",
    [("najjarah", AM_8_JAN), ("ayishah", AM_AYISHAH), ("tall_al_hattabat", AM_26_JAN),
     ("nasr_allah", AM_11_DEC)],
)  # fmt: skip
def test_north_of_kweires_the_armys_aug_2016_feb_2017(atlas, locality, cited):
    history = atlas.control.history
    for day in (date(2016, 8, 1), date(2016, 12, 1), date(2017, 1, 16), date(2017, 2, 19)):
        record = assert_checked_answer(history, locality, day, "government", "held", (), cited)
        assert YEREPOUNI in record.sources
        assert "party claim" in record.note and "continuity inferred" in record.note
        assert f"> rev23_{locality}_aug_2016_feb_2017]" in record.note
    # the earlier rules' answers from 20 Feb 2017 are kept
    assert_checked_answer(history, locality, date(2017, 2, 20), "government", "held", (), None)


def test_najjarah_and_ayishah_no_longer_is_by_inference(atlas):
    history = atlas.control.history
    for locality in ("najjarah", "ayishah"):
        record = history.record_on(locality, date(2016, 10, 1))
        assert record.controller == "government" and "ea_al_bab_south" not in record.note


def test_tulaysiyah_hts_from_6_oct_2017(atlas):
    history = atlas.control.history
    record = assert_checked_answer(history, "al_tulaysiyah", date(2017, 10, 6), "hts",
                                   "contested", ("government",), HURRIYA)  # fmt: skip
    assert "> rev23_tulaysiyah_oct_2017]" in record.note
    for day in (date(2017, 10, 7), date(2017, 10, 8)):
        record = assert_checked_answer(history, "al_tulaysiyah", day, "hts", "held", (), NEWARAB)
        assert "continuity inferred" in record.note
    assert_checked_answer(history, "al_tulaysiyah", date(2017, 9, 30), "government", "held", (),
                          None)  # fmt: skip


@pytest.mark.parametrize("day", [date(2017, 10, 1), date(2017, 10, 5), date(2017, 10, 9),
                                 date(2017, 12, 20), date(2019, 10, 22)])  # fmt: skip
def test_tulaysiyah_the_other_days_stay_gaps(atlas, day):
    assert_stored_gap(atlas, "al_tulaysiyah", day)
