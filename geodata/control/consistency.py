"""Researched control records against the migrated snapshots they overrule.

The migrated records (``records/migrated-*.csv``) restate the drawn snapshots of autumn 2019
and 2020-24 locality by locality; researched records win where both cover a day (see
``data/control/README.md``). This module lists where the two answer differently, so each
difference is either a record fixed or a snapshot error documented
(``control/snapshot-disagreements.csv``; ``python -m tools.check_snapshots`` prints them).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from geodata.control.history import ControlHistory
from geodata.control.model import UNKNOWN, ControlRecord

#: Where each known difference says which side is right and why (format: control/README.md).
DOCUMENTED_FILE = Path("control") / "snapshot-disagreements.csv"

#: Snapshot controllers that stand for several parties: the researched party may be one.
_JOINT = {"sdf_government": {"sdf", "government", "sdf_government"}}


@dataclass(frozen=True)
class Difference:
    """One locality on one day: the researched record and the snapshot disagree."""

    locality: str
    day: date
    researched: ControlRecord
    snapshot: ControlRecord

    @property
    def gap(self) -> bool:
        """The records store a gap where the snapshot has an answer (not a contradiction)."""
        return self.researched.controller == UNKNOWN


def agrees(researched: ControlRecord, snapshot: ControlRecord) -> bool:
    """Whether a researched record is compatible with the snapshot's answer for the day.

    The snapshots draw one controller per area: a town the records call ``shared`` or
    ``contested`` agrees when the snapshot names any party the record names; the snapshot's
    joint ``sdf_government`` (Tell Rifaat) agrees with either of its two parties."""
    named = {researched.controller, *researched.with_parties}
    drawn = _JOINT.get(snapshot.controller, {snapshot.controller})
    if researched.status == "held":
        return researched.controller in drawn
    return bool(named & drawn)


def sample_days(history: ControlHistory, last: date | None = None) -> list[date]:
    """The first, last and every first-of-month day of each snapshot period (baseline span)
    that starts on or before ``last`` (the end of a batch's period; None: every period)."""
    spans = {
        (r.start, r.end if last is None else min(r.end, last))
        for r in history.records
        if r.baseline and r.end is not None and (last is None or r.start <= last)
    }
    days: set[date] = set()
    for start, end in spans:
        days |= {start, end}
        month = date(start.year, start.month, 1)
        while month <= end:
            if month >= start:
                days.add(month)
            month = (month + timedelta(days=32)).replace(day=1)
    return sorted(days)


def differences(history: ControlHistory, days: Iterable[date]) -> list[Difference]:
    """Every (locality, day) where a researched record and a snapshot record both answer and
    disagree; gaps in the records are included (``Difference.gap``)."""
    found = []
    by_layer = history._layers  # noqa: SLF001 - one locality's two layers, read-only
    for locality in history.order:
        researched_layer = by_layer.get((locality, False))
        snapshot_layer = by_layer.get((locality, True))
        if researched_layer is None or snapshot_layer is None:
            continue
        for day in days:
            researched, snapshot = researched_layer.at(day), snapshot_layer.at(day)
            if researched is None or snapshot is None or snapshot.controller == UNKNOWN:
                continue
            if researched.controller == UNKNOWN or not agrees(researched, snapshot):
                found.append(Difference(locality, day, researched, snapshot))
    return found


@dataclass(frozen=True)
class Documented:
    """A row of ``snapshot-disagreements.csv``: one locality whose records and snapshot
    differ, which side the sources support (``records`` or ``snapshot`` or ``open``), why."""

    locality: str
    researched: str
    snapshot: str
    right: str
    sources: tuple[str, ...]
    note: str


def read_documented(data_dir: Path) -> dict[tuple[str, str, str], Documented]:
    """The documented differences by (locality, researched controller, snapshot controller)."""
    path = data_dir / DOCUMENTED_FILE
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    documented = {}
    for row in rows:
        entry = Documented(
            locality=row["locality"],
            researched=row["researched"],
            snapshot=row["snapshot"],
            right=row["right"],
            sources=tuple(s for s in row.get("sources", "").split(";") if s),
            note=row.get("note", ""),
        )
        documented[(entry.locality, entry.researched, entry.snapshot)] = entry
    return documented


def key_of(difference: Difference) -> tuple[str, str, str]:
    return (
        difference.locality,
        difference.researched.controller,
        difference.snapshot.controller,
    )
