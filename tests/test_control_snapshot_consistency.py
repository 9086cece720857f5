"""The 2016-2024 records against the autumn-2019 and 2020-24 snapshots they overrule, and
month-by-month coverage of the northern governorates (issue #15)."""

from __future__ import annotations

from datetime import date

import pytest

from geodata.control.consistency import differences, key_of, read_documented, sample_days
from geodata.control.gaps import NORTHERN_GOVERNORATES, month_coverage
from geodata.paths import data_dir
from geodata.sources import load_registry

BATCH_LAST_DAY = date(2024, 11, 26)


@pytest.fixture(scope="module")
def history():
    from geodata.atlas import load_atlas

    return load_atlas().control.history


def test_every_difference_from_the_snapshots_is_documented_with_sources(history):
    """Where records and snapshot disagree, the disagreement file says which is right, why."""
    days = sample_days(history, BATCH_LAST_DAY)
    assert days[0] == date(2019, 10, 23) and days[-1] == BATCH_LAST_DAY
    found = {key_of(d) for d in differences(history, days)}
    documented = read_documented(data_dir())
    assert found == set(documented), (
        "undocumented or stale: python -m tools.check_control snapshots"
    )
    registry = load_registry(data_dir())
    for entry in documented.values():
        assert entry.right in ("records", "snapshot", "open") and entry.note
        assert entry.sources and all(s in registry.sources for s in entry.sources), entry


def test_the_records_answer_wherever_the_snapshots_do(history):
    """No stored gap hides a snapshot's answer in 2019-24 (the records fill or document it): a
    gap is kept only where the disagreement file documents it as ``open`` (the review h-rev4's
    Kafr Nabo and Biye, whose snapshot answers no dated source supports)."""
    days = sample_days(history, BATCH_LAST_DAY)
    documented = read_documented(data_dir())
    hidden = [
        d
        for d in differences(history, days)
        if d.gap and getattr(documented.get(key_of(d)), "right", None) != "open"
    ]
    assert hidden == []


def test_sheikh_maqsoud_and_qamishli_airport_are_enclaves_not_the_surrounding_zone(history):
    day = date(2021, 6, 1)
    assert history.state_of("sheikh_maqsood", day).controller == "sdf"
    assert history.state_of("qamishli_airport", day).controller == "government"
    assert history.state_of("qamishli", day).controller == "sdf"


def test_from_2020_every_tracked_northern_locality_has_a_monthly_answer(history):
    """After the March 2020 protocol each locality-month of the seven governorates has a record."""
    table = month_coverage(history, date(2020, 3, 6), BATCH_LAST_DAY, NORTHERN_GOVERNORATES)
    total = table.total()
    assert total["known"] > 0
    missing = {i for ids in table.missing.values() for i in ids}
    assert missing <= {"bab_al_kasab_border_crossing"}, sorted(missing)[:20]


def test_the_monthly_table_counts_what_the_atlas_answers(history):
    """A review's stored gap over a snapshot's holder is a gap in the table, as on the map: the
    Jabal Kawkab base, drawn in the SDF's zone by the 2020-24 snapshot, is a gap naming both
    sides from 16 Feb 2021 (h-rev62); a month the research answers for part and the snapshot for
    the rest is known."""
    from geodata.control.gaps import locality_month

    june_2022 = (date(2022, 6, 1), date(2022, 6, 30))
    assert history.state_of("546th_artillery_brigade", date(2022, 6, 15)).controller == "unknown"
    assert locality_month(history, "546th_artillery_brigade", *june_2022) == "gap"
    assert (
        locality_month(history, "546th_artillery_brigade", date(2021, 2, 1), date(2021, 2, 28))
        == "known"
    )
    assert locality_month(history, "qamishli", *june_2022) == "known"
    table = month_coverage(history, date(2022, 6, 1), date(2022, 6, 30), NORTHERN_GOVERNORATES)
    assert table.total()["gap"] >= 1
