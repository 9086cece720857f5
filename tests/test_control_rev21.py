"""Review h-rev21 (issue #15): answers other helpers flagged as possibly wrong.

1. The Jirah airbase: IS's to 11 May 2017, IS's contested by the army on 12 May (Zaman al-Wasl,
   SMART and Aleppo 24 have it taken that evening; SOHR via AFP and Reuters give 13 May), the
   army's from 13 May as before.
2. Deir Hafer: IS's to 23 Mar 2017 (besieged that day; IS withdrew that evening, opposition
   sources), a gap 24 - 28 Mar (the pro-government claims of a capture on 24 Mar denied on
   25 Mar by Verify-Sy and a field commander), the army's from 29 Mar (Reuters, SANA).
3. Ja'bar al-Gharbi: still fought over 26 Dec 2016 - 5 Jan 2017 (the sources disagree) and the
   SDF's from 6 Jan, now also on the Syrian Press Center's report of 6 Jan.
4. Left as they were (PERIOD-2016-2024.md): the villages round Uqayribat (Abu Dali IS's to
   1 Sep 2017, then a gap; no neighbour drawn the army's in early Sep) and al-Yashli (Yalish,
   the factions' side from 3 Mar 2017)."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

ZAMAN = "zaman_al_wasl-2017-05-13-jarrah-airbase"
SMART = "smart-2017-05-13-jarrah-airbase-friday-evening"
ALEPPO24 = "aleppo24-2017-05-13-jarrah-airbase-night"
AFP = "afp-2017-05-13-jarrah-airbase"
VERIFY = "verify_sy-2017-03-25-deir-hafer-not-taken"
ARABS_TODAY = "arabs_today-2017-03-24-deir-hafer-is-withdrew"
REUTERS_DEIR_HAFER = "reuters-2017-03-29-deir-hafer"
SPC_6_JAN = "syrian_press_center-2017-01-06-jabar-castle"
SPC_30_DEC = "syrian_press_center-2016-12-30-jabar-gharbiya"


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev21.toml")
    assert_registered_with_publisher([ZAMAN, SMART, ALEPPO24, VERIFY, ARABS_TODAY])


def test_jirah_airbase_fought_over_on_12_may_2017(atlas):
    history = atlas.control.history
    record = assert_checked_answer(history, "jirah_airbase", date(2017, 5, 12), "isis",
                                   "contested", ("government",), ZAMAN)  # fmt: skip
    assert {SMART, ALEPPO24, AFP} <= set(record.sources)
    assert "> rev21_jirah_airbase_12_may_2017]" in record.note
    for day in (date(2017, 3, 8), date(2017, 5, 11)):
        assert_checked_answer(history, "jirah_airbase", day, "isis", "held", (), None)
    for day in (date(2017, 5, 13), date(2017, 6, 3)):
        assert_checked_answer(history, "jirah_airbase", day, "government", "held", (), AFP)


def test_deir_hafer_a_gap_between_the_claim_and_the_capture(atlas):
    history = atlas.control.history
    record = assert_checked_answer(history, "deir_hafer", date(2017, 3, 23), "isis", "held", (),
                                   ARABS_TODAY)  # fmt: skip
    assert "[rev21]" in record.note
    for day in (date(2017, 3, 24), date(2017, 3, 26), date(2017, 3, 28)):
        assert_stored_gap(atlas, "deir_hafer", day)
        record = history.record_on("deir_hafer", day)
        assert {VERIFY, ARABS_TODAY, REUTERS_DEIR_HAFER} <= set(record.sources)
        assert "the reports disagree" in record.note
    for day in (date(2017, 3, 29), date(2017, 6, 1)):
        assert_checked_answer(history, "deir_hafer", day, "government", "held", (),
                              REUTERS_DEIR_HAFER)  # fmt: skip


@pytest.mark.parametrize("day", [date(2016, 12, 26), date(2016, 12, 31), date(2017, 1, 5)])
def test_jabar_gharbi_stays_contested(atlas, day):
    record = assert_checked_answer(atlas.control.history, "jabar_gharbi", day, "sdf",
                                   "contested", ("isis",), SPC_6_JAN)  # fmt: skip
    assert SPC_30_DEC in record.sources and "the sources disagree" in record.note


def test_jabar_gharbi_the_sdfs_from_6_jan_2017(atlas):
    history = atlas.control.history
    for day in (date(2017, 1, 6), date(2017, 1, 15)):
        record = assert_checked_answer(history, "jabar_gharbi", day, "sdf", "held", (), SPC_6_JAN)
        assert "review h-rev21" in record.note
    assert_stored_gap(atlas, "jabar_gharbi", date(2016, 12, 25))


def test_items_left_as_they_were(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "abu_dali_al_salamiyah", date(2017, 9, 1), "isis", "held", (),
                          None)  # fmt: skip
    assert_stored_gap(atlas, "abu_dali_al_salamiyah", date(2017, 9, 7))
    assert_stored_gap(atlas, "masud", date(2017, 9, 7))
    for day in (date(2017, 3, 3), date(2019, 10, 14), date(2022, 10, 5)):
        assert history.state_of("yalish", day).controller == "sna"
