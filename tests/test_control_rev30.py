"""Review rev30 (issue #15): the Deir ez-Zor Euphrates banks, Dec 2017 - Mar 2019 (the
control_outliers leads; hand rows tagged [rev30] in records/2016-2024.csv, source in
sources/2016-2024-rev30.toml). The SDF answers on the east bank are kept: their government
neighbours lie across the river. Jadid Uqaydat and Jadid Bu Khayr, east-bank villages south-east
of the army's Khasham pocket, are the SDF's (region-level) from 19 Nov 2017 instead of the
government area's default."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_checked_answer, assert_source_file_registered, assert_stored_gap

SDF_AUG_2021 = "sdf_command-2021-08-jadeed-akedat-arrest"
TRT_13_NOV = "trtworld-2017-11-13-busayrah"
KURDISTAN24_BAGHUZ = "kurdistan24-2019-03-23-baghouz"
JADIDS = ("jadid_uqaydat", "jadid_bu_khayr")


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev30.toml")


@pytest.mark.parametrize("place", JADIDS)
def test_the_jadid_villages_are_the_sdfs_not_the_governments(atlas, place):
    history = atlas.control.history
    # the days before stay the gap they were (no dated report of the army's or the SDF's arrival)
    assert_stored_gap(atlas, place, date(2017, 11, 18))
    for day in (date(2017, 11, 19), date(2018, 2, 7), date(2018, 6, 1), date(2019, 3, 22)):
        record = assert_checked_answer(history, place, day, "sdf", "held", (), TRT_13_NOV)
        assert "[rev30]" in record.note and "region-level" in record.note
    for day in (date(2019, 3, 23), date(2021, 8, 15), date(2024, 11, 26)):
        record = assert_checked_answer(history, place, day, "sdf", "held", (), KURDISTAN24_BAGHUZ)
        assert SDF_AUG_2021 in record.sources and "party claim" in record.note


def test_the_east_bank_sdf_answers_are_kept(atlas):
    history = atlas.control.history
    for place in ("al_dahla", "dahleh", "abu_ghanimah", "safirah_tahtani", "hawaij", "al_shahil",
                  "harmushiyah", "jabal_muayzilah", "as_sawa", "al_kasrah", "laja", "muhaymidah",
                  "suwaydan_jazirah", "zughayr", "conoco_tabieh_gas_plant"):  # fmt: skip
        for day in (date(2017, 12, 31), date(2018, 6, 1), date(2019, 3, 22)):
            assert history.state_of(place, day).controller == "sdf", (place, day)


def test_the_west_bank_and_the_khasham_pocket_stay_the_governments(atlas):
    history = atlas.control.history
    for place in ("al_mayadin", "buqrus", "ayyash", "al_huwayjah", "al_buwaytiyah", "at_tibni",
                  "abu_layl", "khasham", "khusham"):  # fmt: skip
        for day in (date(2018, 1, 1), date(2018, 6, 1), date(2019, 3, 1)):
            assert history.state_of(place, day).controller == "government", (place, day)
