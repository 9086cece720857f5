"""Review rev41 (issue #15, at integration): al-Fu'ah and Kafriya, the loyalist Shia towns north
of Idlib city that the rebels besieged from 2015, are the government's from Aug 2016 until their
evacuation ended on the morning of 19 Jul 2018, and the HTS-led factions' from that day (the
batch had drawn them the rebels' with the Idlib pocket around them). The map draws them so."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_map_draws_holders,
    assert_source_file_registered,
)

TOWNS = ["fua", "kafriya_idlib"]
AFP_APR_2017 = "afp-2017-04-15-rashidin-car-bomb-fuaa-kafraya"
REUTERS_JUL_2018 = "reuters-2018-07-19-fuaa-kefraya-evacuation-complete"
BALADI_JUL_2018 = "baladi_news-2018-07-19-fuaa-kafriya-military-zone"


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev41.toml")


@pytest.mark.parametrize("town", TOWNS)
@pytest.mark.parametrize(
    "day", [date(2016, 8, 1), date(2016, 12, 18), date(2017, 4, 15), date(2018, 7, 18)]
)
def test_the_besieged_towns_are_the_governments_until_the_evacuation(atlas, town, day):
    record = assert_checked_answer(
        atlas.control.history, town, day, "government", "held", (), AFP_APR_2017
    )
    assert REUTERS_JUL_2018 in record.sources
    assert "continuity inferred" in record.note


@pytest.mark.parametrize("town", TOWNS)
@pytest.mark.parametrize("day", [date(2018, 7, 19), date(2018, 12, 1), date(2019, 1, 9)])
def test_the_factions_hold_them_from_19_jul_2018(atlas, town, day):
    assert_checked_answer(
        atlas.control.history, town, day, "hts", "shared", ("opposition",), BALADI_JUL_2018
    )


@pytest.mark.parametrize("town", TOWNS)
def test_hts_alone_after_the_january_2019_deal(atlas, town):
    state = atlas.control.history.state_of(town, date(2019, 1, 10))
    assert (state.controller, state.status) == ("hts", "held")


def test_the_map_draws_the_enclave_and_its_end(atlas):
    assert_map_draws_holders(
        atlas,
        [
            ("fua", date(2017, 6, 1), "government"),
            ("kafriya_idlib", date(2018, 7, 18), "government"),
            ("fua", date(2018, 7, 19), "hts"),
        ],
    )
