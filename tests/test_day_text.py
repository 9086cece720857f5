"""Dates as people type them."""

from datetime import date

import pytest

from geodata.day_text import parse_day


@pytest.mark.parametrize(
    "text",
    [
        "2019-11-15",
        "15 Nov 2019",
        "15 November 2019",
        "Nov 15, 2019",
        "15/11/2019",
        " 15th Nov 2019 ",
    ],
)
def test_common_spellings_of_a_day(text):
    assert parse_day(text) == date(2019, 11, 15)


@pytest.mark.parametrize("text", ["", "2019-02-31", "yesterday", "15 Nov", "2019-13-01"])
def test_what_names_no_day_is_none(text):
    assert parse_day(text) is None
