"""The north Hama front: the Mhardeh power plant and Shaizar before the factions' offensive of 21
Mar 2017, al-Zakah in the rebels' Latamneh pocket to Sep 2018 (issue #15, h-nhama2:
tools/regions_2016_2018_rules_nhama2.py, sources/2016-2019-nhama2.toml): the holder a user sees on
the days the reports bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

SYRIA_NEWS = "syria_news-2016-08-31-mhardeh-plant-shelled"
AL_MASDAR = "al_masdar-2016-12-29-mhardeh-plant"
SMART = "smart-2017-11-15-mhardeh-plant-out-of-service"
AL_HAL = "al_hal-2018-02-15-mhardeh-plant-shelled"
ARABI21 = "arabi21-2019-08-07-zakah-seven-years"
ALARABY = "alaraby-2016-10-05-izza-fourth-phase"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # the plant shelled by Jaysh al-Fath on 31 Aug 2016 (SANA via Syria News), 'under the
        # Syrian Arab Army's control' in Dec 2016 (Al-Masdar), 'subject to the regime' (SMART)
        ("mahardeh_power_plant", date(2016, 8, 31), "government", SYRIA_NEWS),
        ("mahardeh_power_plant", date(2016, 12, 28), "government", AL_MASDAR),
        ("mahardeh_power_plant", date(2017, 3, 20), "government", SMART),
        # Shaizar a regime position Jaysh al-Izza set out to take on 5 Oct 2016 (Al-Araby)
        ("shaizar", date(2016, 10, 5), "government", ALARABY),
        ("shaizar", date(2017, 3, 20), "government", "sohr-2017-03-31-16-villages-regained"),
        # al-Zakah the opposition's (Al-Hal, Feb 2018; 'seven years', Arabi21, Aug 2019)
        ("az_zakah", date(2016, 8, 1), "opposition", ARABI21),
        ("az_zakah", date(2018, 2, 15), "opposition", AL_HAL),
        ("az_zakah", date(2018, 9, 6), "opposition", AL_HAL),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "continuity inferred" in record.note


def test_state_media_relayed_is_marked_a_party_claim(atlas):
    record = atlas.control.history.record_on("mahardeh_power_plant", date(2016, 10, 1))
    assert "party claim" in record.note


def test_the_ghab2_rule_still_answers_al_zakah_from_september_2018(atlas):
    record = atlas.control.history.record_on("az_zakah", date(2018, 9, 7))
    assert "> nhama2_" not in (record.note or "")
    assert atlas.control.history.state_of("az_zakah", date(2018, 9, 7)).controller == "opposition"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the first days of the Aug 2016 offensive, before the plant's first dated report
        ("mahardeh_power_plant", date(2016, 8, 30)),
        # the days of the factions' offensive of 21 Mar 2017
        ("mahardeh_power_plant", date(2017, 3, 25)),
        ("mahardeh_power_plant", date(2017, 4, 22)),
        ("shaizar", date(2017, 3, 22)),
        # before Jaysh al-Izza's announcement of 5 Oct 2016
        ("shaizar", date(2016, 9, 15)),
        # the plant and Shaizar through the 2019 offensive, and the Ghab's western plain
        ("mahardeh_power_plant", date(2019, 6, 1)),
        ("shaizar", date(2019, 6, 1)),
        ("qabr_fidda", date(2017, 6, 1)),
        # al-Arbaeen and al-Mantar, their holder before Sep 2018 not dated
        ("al_arbaeen", date(2017, 6, 1)),
        ("al_mantar", date(2017, 6, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-nhama2.toml")
    cited = sources_cited_by(atlas, "> nhama2_")
    assert {SYRIA_NEWS, AL_MASDAR, SMART, AL_HAL, ARABI21, ALARABY} <= cited
