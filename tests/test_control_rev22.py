"""Review h-rev22 (issue #15): answers other helpers flagged as possibly wrong.

1. Mazburah, Rasm al-Harmal and al-Kitah: IS's to 19 Feb 2017 (h-ealeppo6), IS's contested by
   the army 20 - 24 Feb (SOHR's unnamed 14 villages of 18 - 19 Feb against SANA's named list of
   25 Feb), the army's from 25 Feb (SANA, party claim) to Deir Hafer's fall and after.
2. Abu Khatar: a gap 27 Feb - 6 Mar 2017 (AFP's 23 villages of 27 Feb are unnamed), the army's
   from 7 Mar (Step News relaying pro-government sites).
3. Rasm al-Kama, Rasm al-Kabir and Shuwaylekh: the army's 18 - 28 Feb 2017 on SANA's list of
   Saturday 18 Feb (party claim), from 1 Mar on SOHR as before; before 18 Feb a gap."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

SANA_25_FEB = "sana-2017-02-25-18-villages-east-aleppo"
SANA_18_FEB = "sana-2017-02-18-abu-jabbar-bijan"
REUTERS_21_FEB = "reuters-2017-02-21-army-east-of-al-bab"
STEP_7_MAR = "step_news-2017-03-07-khafsa-north-west-villages"
SOHR_NINE = "sohr-2017-02-nine-villages-north-west-of-deir-hafer"


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev22.toml")
    assert_registered_with_publisher([STEP_7_MAR, SANA_25_FEB, SANA_18_FEB])


@pytest.mark.parametrize("locality", ["mazburah", "rasm_al_harmal", "al_kitah"])
def test_sanas_villages_of_25_feb_are_contested_until_its_list(atlas, locality):
    history = atlas.control.history
    assert_checked_answer(history, locality, date(2017, 2, 19), "isis", "held", (), SANA_25_FEB)
    for day in (date(2017, 2, 20), date(2017, 2, 22), date(2017, 2, 24)):
        record = assert_checked_answer(history, locality, day, "isis", "contested",
                                       ("government",), SANA_25_FEB)  # fmt: skip
        assert REUTERS_21_FEB in record.sources and "the reports disagree" in record.note
        assert "> rev22_sana_25_feb_2017_south_of_al_bab]" in record.note
    for day in (date(2017, 2, 25), date(2017, 3, 28)):
        record = assert_checked_answer(history, locality, day, "government", "held", (),
                                       SANA_25_FEB)  # fmt: skip
        assert "party claim" in record.note
    assert_checked_answer(history, locality, date(2017, 3, 29), "government", "held", (), None)


def test_abu_khatar_a_gap_until_step_news_7_mar(atlas):
    history = atlas.control.history
    for day in (date(2017, 2, 27), date(2017, 3, 1), date(2017, 3, 6)):
        assert_stored_gap(atlas, "abu_khatar", day)
    for day in (date(2017, 3, 7), date(2017, 6, 3)):
        record = assert_checked_answer(history, "abu_khatar", day, "government", "held", (),
                                       STEP_7_MAR)  # fmt: skip
        assert "review h-rev22" in record.note
    assert_checked_answer(history, "abu_khatar", date(2017, 1, 16), "isis", "held", (), None)


@pytest.mark.parametrize("locality", ["rasm_al_kama", "rasm_al_kabir", "shuwaylekh"])
def test_sanas_villages_of_18_feb_are_the_armys_from_that_day(atlas, locality):
    history = atlas.control.history
    for day in (date(2017, 2, 18), date(2017, 2, 28)):
        record = assert_checked_answer(history, locality, day, "government", "held", (),
                                       SANA_18_FEB)  # fmt: skip
        assert "party claim" in record.note and SOHR_NINE in record.sources
    assert_checked_answer(history, locality, date(2017, 3, 1), "government", "held", (), SOHR_NINE)
    assert_stored_gap(atlas, locality, date(2017, 2, 17))
