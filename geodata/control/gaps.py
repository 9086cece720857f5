"""Month by month: does every tracked locality have a record, or an explicit gap?

Issue #15 asks for at least monthly resolution everywhere in the north. A locality-month is
``known`` when a record with a controller covers a day of the month, ``gap`` when only stored
gaps (``unknown``) cover it, and ``missing`` when no record covers any day of it (neither an
answer nor an explicit gap: what the check looks for).
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
    by_locality: dict[str, list] = {}
    for record in history.records:
        by_locality.setdefault(record.locality, []).append(record)
    last_day = history.coverage.last_day if history.coverage else last
    for locality in history.localities.values():
        if locality.admin1 not in wanted:
            continue
        records = by_locality.get(locality.id, [])
        for start, end in spans:
            covering = [r for r in records if r.start <= end and (r.end or last_day) >= start]
            if any(r.controller != UNKNOWN for r in covering):
                kind = "known"
            elif covering:
                kind = "gap"
            else:
                kind = "missing"
                result.missing.setdefault(start, []).append(locality.id)
            result.counts[start][kind] += 1
    return result
