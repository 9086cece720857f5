"""Month by month: does every tracked locality have a record, or an explicit gap?

Issue #15 asks for at least monthly resolution everywhere in the north. A locality-month is
``known`` when the atlas names a holder on a day of the month, ``gap`` when it answers only
with stored gaps (``unknown``), and ``missing`` when no record covers any day of it (neither an
answer nor an explicit gap: what the check looks for). Counted as the atlas answers: a
researched record wins on its days, so a stored gap over a snapshot's holder is a gap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from geodata.control.history import ControlHistory
from geodata.control.model import UNKNOWN

#: The governorates of issue #15 (Hama: the whole governorate; its north is the front).
NORTHERN_GOVERNORATES = frozenset(
    {"Latakia", "Idlib", "Hama", "Aleppo", "Raqqa", "Al-Hasakah", "Deir ez-Zor"}
)
KINDS = ("known", "gap", "missing")


def months(first: date, last: date) -> list[tuple[date, date]]:
    """(first day, last day) of every calendar month from ``first``'s to ``last``'s, clipped."""
    spans = []
    start = date(first.year, first.month, 1)
    while start <= last:
        following = (start + timedelta(days=32)).replace(day=1)
        spans.append((max(start, first), min(following - timedelta(days=1), last)))
        start = following
    return spans


@dataclass
class MonthCoverage:
    """Locality-month counts by kind, per month (keyed by the month's first day)."""

    counts: dict[date, Counter] = field(default_factory=dict)
    missing: dict[date, list[str]] = field(default_factory=dict)  # locality ids per month

    def by_year(self) -> dict[int, Counter]:
        years: dict[int, Counter] = {}
        for month, counts in self.counts.items():
            years.setdefault(month.year, Counter()).update(counts)
        return years

    def total(self) -> Counter:
        total: Counter = Counter({kind: 0 for kind in KINDS})
        for counts in self.counts.values():
            total.update(counts)
        return total

    def gap_share(self) -> float:
        total = self.total()
        return total["gap"] / max(1, sum(total.values()))


def month_coverage(
    history: ControlHistory, first: date, last: date, governorates: Iterable[str]
) -> MonthCoverage:
    """Classify every (tracked locality in ``governorates``, month) between two days."""
    wanted = set(governorates)
    spans = months(first, last)
    result = MonthCoverage({start: Counter({k: 0 for k in KINDS}) for start, _ in spans})
    last_day = history.coverage.last_day if history.coverage else last
    for locality in history.localities.values():
        if locality.admin1 not in wanted:
            continue
        layers = history.layers_of(locality.id)
        for start, end in spans:
            kind = _month_kind(*layers, start, end, last_day)
            if kind == "missing":
                result.missing.setdefault(start, []).append(locality.id)
            result.counts[start][kind] += 1
    return result


def locality_month(history: ControlHistory, locality_id: str, start: date, end: date) -> str:
    """``known``, ``gap`` or ``missing``: what the atlas answers for a place from one day to
    another (a month, in the table)."""
    last_day = history.coverage.last_day if history.coverage else end
    return _month_kind(*history.layers_of(locality_id), start, end, last_day)


def _month_kind(researched, baseline, start: date, end: date, last_day: date) -> str:
    """What the atlas answers for a locality in a month, as ``record_on`` would day by day: a
    researched record wins on its days, a baseline (snapshot) record answers only the others, so
    a stored gap over a snapshot's holder counts as the gap it is."""

    def covering(records):
        return [r for r in records if r.start <= end and (r.end or last_day) >= start]

    ours = covering(researched)
    if any(r.controller != UNKNOWN for r in ours):
        return "known"
    theirs = covering(baseline)
    open_days = days_outside((start, end), [(r.start, r.end or last_day) for r in ours])
    for record in theirs:
        first, final = max(record.start, start), min(record.end or last_day, end)
        if record.controller != UNKNOWN and any(a <= final and b >= first for a, b in open_days):
            return "known"
    return "gap" if ours or theirs else "missing"


def days_outside(span: tuple[date, date], cuts: Iterable[tuple[date, date]]):
    """The runs of days of ``span`` (first, last) that no span of ``cuts`` covers."""
    day, last = span
    runs = []
    for start, end in sorted(cuts):
        if end < day or start > last:
            continue
        if start > day:
            runs.append((day, start - timedelta(days=1)))
        day = max(day, end + timedelta(days=1))
    return [*runs, (day, last)] if day <= last else runs
