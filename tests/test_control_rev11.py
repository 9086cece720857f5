"""Review h-rev11 (issue #15): answers other helpers flagged, checked against dated sources.

1. Tal Mamou (south of Aleppo): the fill's government answer from 9 Feb 2018 stands; Baladi News
   (opposition-leaning) dates the army's taking of the village to Saturday 3 Feb 2018, so 3 - 8 Feb
   is the army's too; 1 Aug 2016 - 2 Feb 2018 stays a gap. ISW News' claim (Iranian, 8 Feb 2020)
   that a 'Tal Mamou' was taken round al-Eis that day is party-side and not followed.
2. Khasham: the gazetteer's two points (khasham, khusham) now agree, IS-held 1 Aug 2016 - 4 Sep
   2017 (region-level sources); 20 Sep - 20 Oct 2017 stays a gap for both."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

BALADI_TAL_MAMU = "baladi_news-2018-02-03-tal-mamu"


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev11.toml")


@pytest.mark.parametrize("day", [date(2018, 2, 3), date(2018, 2, 8)])
def test_tal_mamou_is_the_armys_from_3_feb_2018(atlas, day):
    record = assert_region_answer(atlas, "tal_mamou", day, "government")
    assert BALADI_TAL_MAMU in record.sources and "sana-2018-02-02-tal-alloush" in record.sources
    assert "review h-rev11" in record.note.lower() and "party-side" in record.note


@pytest.mark.parametrize("day", [date(2018, 2, 9), date(2019, 6, 1), date(2020, 2, 7)])
def test_tal_mamou_stays_the_governments_to_2020(atlas, day):
    assert atlas.control.history.state_of("tal_mamou", day).controller == "government"


@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2017, 6, 1), date(2018, 2, 2)])
def test_tal_mamou_before_3_feb_2018_stays_a_gap(atlas, day):
    assert_stored_gap(atlas, "tal_mamou", day)


@pytest.mark.parametrize("locality", ["khasham", "khusham"])
@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2017, 1, 20), date(2017, 9, 4)])
def test_khasham_points_agree_before_the_siege_broke(atlas, locality, day):
    record = assert_region_answer(atlas, locality, day, "isis")
    assert "reuters-2017-09-05-deir-siege-broken" in record.sources
    assert record.status == "held" and "region-level" in record.note


def test_khasham_note_says_the_sources_are_region_level(atlas):
    record = assert_region_answer(atlas, "khasham", date(2017, 3, 1), "isis")
    assert "not the town" in record.note and "khusham" in record.note


@pytest.mark.parametrize("locality", ["khasham", "khusham"])
def test_khasham_points_both_gaps_after_the_crossing(atlas, locality):
    assert_stored_gap(atlas, locality, date(2017, 10, 1))
