"""Review h-rev34 (issue #15): answers flagged as possibly wrong.

1. Raqqa south of the Euphrates: al-Sabkhah, Dalhah, Abu Hammad, the two Muqlas and al-Ukayrishah
   stay the government's Dec 2017 - Oct 2019 (south bank; the SDF's neighbours are on the north
   bank or in its strip by Raqqa city), al-Ukayrishah a gap from 23 Sep 2017 since review h-rev37
   (the line ran through it); al-Ukayrishah is the SDF's 11 - 22 Jul 2017 (the Manbij
   Military Council's announcement via SMART) and contested 23 - 24 Jul (SMART: an FSA commander
   vs the SDF); Dalhah keeps its gap.
2. Tabqa airbase and Brigade 93: the army's (with Russia at Tabqa) from Oct 2019, kept."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

SMART_23_JUL = "smart-2017-07-23-army-takes-two-villages-south-east-raqqa"
SMART_24_JUL = "smart-2017-07-24-sdf-denies-handing-villages"
#: not al-Ukayrishah: a stored gap from 23 Sep 2017 since review h-rev37 (test_control_rev37)
SOUTH_BANK = ["as_sabkhah", "dalhah_ar_raqqah", "abu_hammad", "muqla_kabir", "muqla_saghir"]


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev34.toml")
    assert_registered_with_publisher([SMART_23_JUL, SMART_24_JUL])


def test_ukayrishah_sdf_11_to_22_jul_2017(atlas):
    assert_stored_gap(atlas, "ukayrishah", date(2017, 7, 10))
    for day in (date(2017, 7, 11), date(2017, 7, 22)):
        record = assert_region_answer(atlas, "ukayrishah", day, "sdf")
        assert SMART_24_JUL in record.sources
        assert "> rev34_ukayrishah_" in record.note
        assert atlas.control.history.state_of("ukayrishah", day).status == "held"


def test_ukayrishah_contested_23_24_jul_2017(atlas):
    history = atlas.control.history
    for day in (date(2017, 7, 23), date(2017, 7, 24)):
        record = assert_region_answer(atlas, "ukayrishah", day, "sdf")
        state = history.state_of("ukayrishah", day)
        assert state.status == "contested" and state.with_parties == ("government",)
        assert SMART_23_JUL in record.sources and SMART_24_JUL in record.sources
    assert_stored_gap(atlas, "ukayrishah", date(2017, 7, 25))
    assert_stored_gap(atlas, "ukayrishah", date(2017, 9, 22))
    assert_stored_gap(atlas, "ukayrishah", date(2017, 9, 23))  # review h-rev37


def test_dalhah_keeps_its_gap_in_jul_2017(atlas):
    for day in (date(2017, 7, 22), date(2017, 7, 23), date(2017, 7, 24)):
        assert_stored_gap(atlas, "dalhah_ar_raqqah", day)


@pytest.mark.parametrize("locality", SOUTH_BANK)
def test_south_bank_government_dec_2017_oct_2019(atlas, locality):
    history = atlas.control.history
    for day in (date(2017, 11, 19), date(2018, 6, 1), date(2019, 10, 22)):
        assert history.state_of(locality, day).controller == "government", (locality, day)


@pytest.mark.parametrize("locality", ["hamad_assaf", "al_kulayb_grain_silos", "khass_hibal"])
def test_north_bank_neighbours_sdf(atlas, locality):
    assert atlas.control.history.state_of(locality, date(2018, 6, 1)).controller == "sdf"


def test_tabqa_airbase_and_brigade_93_kept(atlas):
    history = atlas.control.history
    state = history.state_of("tabqa_airbase", date(2020, 2, 1))
    assert state.controller == "government" and state.with_parties == ("russia",)
    assert history.state_of("tabqa_airbase", date(2019, 10, 13)).controller == "sdf"
    assert history.state_of("brigade_93", date(2019, 11, 1)).controller == "government"
    assert history.state_of("brigade_93", date(2019, 10, 13)).controller == "unknown"
