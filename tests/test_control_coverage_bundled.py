"""The bundled control records answer for every tracked locality on every covered day of the
November 2024 - present batch (issue 14: "for every day ... the atlas answers who held each
tracked locality"), and the coverage ends on a day some record's sources speak for."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from geodata.io import default_data_dir

BATCH_START = date(2024, 11, 27)  # the first day of records/2024-2026.csv (PERIOD-2024-2026.md)


@pytest.fixture(scope="module")
def history():
    from geodata.control.history import ControlHistory
    from geodata.control.load import load_control

    files = load_control(default_data_dir())
    return ControlHistory(files.localities, files.records, files.coverage)


def _batch_days(history) -> list[date]:
    """Every day the state may change in the batch, the day before each, and the last day."""
    last = history.coverage.last_day
    days = {d for d in history.change_days if BATCH_START <= d <= last}
    days |= {d - timedelta(days=1) for d in days if d - timedelta(days=1) >= BATCH_START}
    return sorted(days | {BATCH_START, last})


def test_every_locality_has_a_record_on_every_covered_day_since_november_2024(history):
    missing = {}
    for day in _batch_days(history):
        for locality_id in history.order:
            if history.record_on(locality_id, day) is None:
                missing.setdefault(day, []).append(locality_id)
    assert not missing, {d.isoformat(): ids[:5] for d, ids in list(missing.items())[:5]}


def test_the_records_reach_the_last_covered_day_and_no_further(history):
    last = history.coverage.last_day
    assert last >= BATCH_START
    # the last day is still answered from a researched record...
    assert any(not r.baseline and r.start <= last for r in history.records)
    # ...and no record starts after it (a change the coverage would hide)
    assert not [r for r in history.records if r.start > last]
    assert history.record_on(history.order[0], last + timedelta(days=1)) is None
