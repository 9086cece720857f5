"""The "no control data" banner: past the last covered day it says "no data after D"."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta

from geodata.atlas import load_atlas
from geodata.coverage import ControlGap, control_gap
from geodata.io import default_data_dir


def test_a_gap_between_two_covered_days_names_both():
    gap = ControlGap(date(2020, 1, 15), date(2019, 12, 18), date(2020, 3, 6))
    assert gap.message() == (
        "No control-zone data for 15 Jan 2020 — nearest: 18 Dec 2019 (before), 6 Mar 2020 (after)"
    )


def test_before_the_first_covered_day_names_the_first():
    gap = ControlGap(date(2010, 1, 1), None, date(2019, 10, 23))
    assert gap.message().endswith("nearest: 23 Oct 2019 (after)")


def test_after_the_last_covered_day_says_no_data_after_it():
    message = ControlGap(date(2026, 5, 1), date(2026, 3, 12), None).message()
    assert "no data after 12 Mar 2026" in message
    assert "nearest" not in message  # not offered as if the last state still held


def test_the_bundled_atlas_says_no_data_after_its_last_sourced_day():
    coverage = tomllib.loads((default_data_dir() / "control" / "coverage.toml").read_text("utf-8"))
    last: date = coverage["last_day"]
    atlas = load_atlas()
    assert control_gap(atlas, last) is None  # the last sourced day still has a map
    gap = control_gap(atlas, last + timedelta(days=1))
    assert gap is not None
    assert f"no data after {last.day} {last:%b %Y}" in gap.message()
