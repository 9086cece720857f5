"""ControlHistory: each locality's control on a day, and what changed between two days.

Researched records come first; a baseline record (a migrated snapshot) answers only where no
researched record covers the locality that day, and not at all on the days research covers
nearly all of its snapshot zone (``supersede.py``). An open end (``to`` empty) lasts until the
locality's next record in the same layer starts, or to the end of coverage.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from geodata.control.model import (
    GAP,
    UNKNOWN,
    ControlRecord,
    Coverage,
    Locality,
    LocalityState,
    States,
)
from geodata.control.supersede import superseded_spans, trim

ONE_DAY = timedelta(days=1)
_PERIODS_KEPT = 256  # periods whose records and states are kept
_INCREMENTAL_DAYS = 64  # change days between two asked periods still worth replaying


@dataclass(frozen=True)
class Change:
    """One locality's control on ``day_from`` and on ``day_to`` when they differ."""

    locality: Locality
    before: LocalityState
    after: LocalityState
    record: ControlRecord | None  # the record in force on day_to (its start: the change's date)

    @property
    def date(self) -> date | None:
        return self.record.start if self.record is not None else None


class _Layer:
    """One locality's records of one layer, sorted, with open ends closed."""

    def __init__(self, records: list[ControlRecord], last_day: date | None) -> None:
        ordered = sorted(records, key=lambda r: (r.start, r.file))
        closed: list[ControlRecord] = []
        for index, record in enumerate(ordered):
            end = record.end
            if end is None:
                following = ordered[index + 1].start - ONE_DAY if index + 1 < len(ordered) else None
                end = following if following is not None else last_day
            closed.append(replace(record, end=end) if end != record.end else record)
        self.records = closed
        self.starts = [r.start for r in closed]

    def at(self, day: date) -> ControlRecord | None:
        # latest start first: where explicit ends overlap (validate reports it) the newer wins
        for record in reversed(self.records[: bisect_right(self.starts, day)]):
            if record.covers(day):
                return record
        return None


class ControlHistory:
    """All localities and their records; immutable once built."""

    def __init__(
        self,
        localities: Mapping[str, Locality],
        records: Iterable[ControlRecord],
        coverage: Coverage | None = None,
    ) -> None:
        self.localities: dict[str, Locality] = dict(localities)
        self.order: tuple[str, ...] = tuple(self.localities)
        self._index = {lid: i for i, lid in enumerate(self.order)}
        records = [r for r in records if r.locality in self.localities]
        self.records: tuple[ControlRecord, ...] = tuple(records)
        if coverage is None and records:
            last = max(r.end or r.start for r in records)
            coverage = Coverage(min(r.start for r in records), last)
        self.coverage = coverage
        last_day = coverage.last_day if coverage else None
        by_layer: dict[tuple[str, bool], list[ControlRecord]] = {}
        for record in records:
            if not record.baseline:
                by_layer.setdefault((record.locality, False), []).append(record)
        self._layers = {key: _Layer(rs, last_day) for key, rs in by_layer.items()}
        # a snapshot zone gives way on the days research covers it (supersede.py)
        researched = {
            lid: [(r.start, r.end or r.start) for r in layer.records]
            for (lid, _), layer in self._layers.items()
        }
        baseline = [r for r in records if r.baseline]
        #: Snapshot zone id -> the runs of days on which research supersedes it.
        self.superseded = superseded_spans(baseline, researched, last_day)
        by_layer = {}
        for record in trim(baseline, self.superseded, last_day):
            by_layer.setdefault((record.locality, True), []).append(record)
        self._layers |= {key: _Layer(rs, last_day) for key, rs in by_layer.items()}
        days = {r.start for layer in self._layers.values() for r in layer.records}
        days |= {r.end + ONE_DAY for layer in self._layers.values() for r in layer.records if r.end}
        #: Days on which some locality's state may change (the derived territory with it).
        self.change_days: tuple[date, ...] = tuple(sorted(days))
        # the localities whose record may change on each change day (play moves forward one
        # period at a time: only these are looked up again)
        self._touched: dict[date, set[str]] = {}
        for (locality_id, _), layer in self._layers.items():
            for record in layer.records:
                self._touched.setdefault(record.start, set()).add(locality_id)
                if record.end:
                    self._touched.setdefault(record.end + ONE_DAY, set()).add(locality_id)
        # one LocalityState per distinct state (shared, so a day's tuple hashes fast)
        interned: dict[tuple, LocalityState] = {}
        self._state_of_record: dict[int, LocalityState] = {}
        for layer in self._layers.values():
            for record in layer.records:
                fields = (record.controller, record.status, record.with_parties)
                state = (
                    GAP
                    if record.controller == UNKNOWN
                    else interned.setdefault(fields, LocalityState(*fields))
                )
                self._state_of_record[id(record)] = state
        self._periods: OrderedDict[date, tuple] = OrderedDict()  # see records_on
        self._lock = threading.RLock()  # records_on's cache: play derives on a second thread
        self._last: tuple[date, tuple] | None = None
        self.known_spans: tuple[tuple[date, date], ...] = _merged(
            (r.start, r.end or last_day or r.start)
            for layer in self._layers.values()
            for r in layer.records
            if r.controller != UNKNOWN
        )
        self._span_starts = [start for start, _ in self.known_spans]

    @property
    def empty(self) -> bool:
        return not self.records

    # ------------------------------------------------------------------ one locality

    def record_on(self, locality_id: str, day: date) -> ControlRecord | None:
        """The record in force for a locality on a day: researched first, then baseline."""
        if self.coverage is None or not self.coverage.covers(day):
            return None
        for baseline in (False, True):
            layer = self._layers.get((locality_id, baseline))
            record = layer.at(day) if layer is not None else None
            if record is not None:
                return record
        return None

    def state_of(self, locality_id: str, day: date) -> LocalityState:
        record = self.record_on(locality_id, day)
        if record is None or record.controller == UNKNOWN:
            return GAP
        return LocalityState(record.controller, record.status, record.with_parties)

    def layers_of(self, locality_id: str) -> tuple[tuple[ControlRecord, ...], ...]:
        """A locality's researched records, then its baseline records as trimmed where research
        supersedes their zone (``record_on`` asks the first, then the second, day by day)."""
        return tuple(
            tuple(layer.records) if layer is not None else ()
            for layer in (self._layers.get((locality_id, b)) for b in (False, True))
        )

    def timeline(self, locality_id: str) -> list[ControlRecord]:
        """A locality's records in force, oldest first (baseline ones where no research is)."""
        researched = self._layers.get((locality_id, False))
        baseline = self._layers.get((locality_id, True))
        rows = list(researched.records) if researched else []
        for record in baseline.records if baseline else ():
            if not any(_overlap(record, r) for r in rows):
                rows.append(record)
        return sorted(rows, key=lambda r: r.start)

    # ------------------------------------------------------------------ all localities

    def records_on(self, day: date) -> tuple[ControlRecord | None, ...]:
        """Every locality's record in force on a day, in gazetteer order. Kept per period;
        from the last period asked, only the localities touched by the changes in between
        are looked up again (play moves forward a period at a time)."""
        if self.coverage is None or not self.coverage.covers(day):
            return (None,) * len(self.order)
        with self._lock:
            return self._records_on(day)

    def _records_on(self, day: date) -> tuple[ControlRecord | None, ...]:
        key = self.period_start(day)
        cached = self._periods.get(key)
        if cached is not None:
            self._periods.move_to_end(key)
            return cached[0]
        last = self._last
        between = (
            self.change_days[
                bisect_right(self.change_days, last[0]) : bisect_right(self.change_days, key)
            ]
            if last is not None and last[0] < key
            else None
        )
        if between is not None and len(between) <= _INCREMENTAL_DAYS:
            records = list(last[1])
            for change in between:
                for locality_id in self._touched.get(change, ()):
                    records[self._index[locality_id]] = self.record_on(locality_id, day)
            result = tuple(records)
        else:
            result = tuple(self.record_on(lid, day) for lid in self.order)
        states = States(
            GAP if record is None else self._state_of_record[id(record)] for record in result
        )
        self._periods[key] = (result, states)
        if len(self._periods) > _PERIODS_KEPT:
            self._periods.popitem(last=False)
        self._last = (key, result)
        return result

    def states_on(self, day: date) -> tuple[LocalityState, ...]:
        """Every locality's state on a day, in gazetteer order (the territory's cache key)."""
        if self.coverage is None or not self.coverage.covers(day):
            return States((GAP,) * len(self.order))
        with self._lock:
            self._records_on(day)
            return self._periods[self.period_start(day)][1]

    def period_start(self, day: date) -> date:
        """The first day of the run of days whose states equal ``day``'s."""
        index = bisect_right(self.change_days, day) - 1
        return self.change_days[index] if index >= 0 else date.min

    def covers(self, day: date) -> bool:
        """True when the records speak for ``day``: within coverage, some locality known."""
        if self.coverage is None or not self.coverage.covers(day):
            return False
        index = bisect_right(self._span_starts, day) - 1
        return index >= 0 and day <= self.known_spans[index][1]

    def nearest_known(self, day: date) -> tuple[date | None, date | None]:
        """The last covered day before ``day`` and the first after it (None: there is none)."""
        before = [min(end, self.coverage.last_day) for _, end in self.known_spans if end < day]
        after = [start for start, _ in self.known_spans if start > day]
        return (max(before) if before else None), (min(after) if after else None)

    def changes(self, day_from: date, day_to: date) -> list[Change]:
        """Localities whose state on ``day_to`` differs from ``day_from``, by date of change."""
        before, after = self.states_on(day_from), self.states_on(day_to)
        changes = [
            Change(self.localities[lid], old, new, self.record_on(lid, day_to))
            for lid, old, new in zip(self.order, before, after, strict=True)
            if old != new
        ]
        return sorted(changes, key=lambda c: (c.date or date.min, c.locality.id))

    def overlaps(self) -> list[tuple[ControlRecord, ControlRecord]]:
        """Pairs of records of one locality and layer whose periods overlap."""
        pairs = []
        for layer in self._layers.values():
            rows = layer.records
            for a, b in zip(rows, rows[1:], strict=False):
                if _overlap(a, b):
                    pairs.append((a, b))
        return pairs


def _overlap(a: ControlRecord, b: ControlRecord) -> bool:
    a_end, b_end = a.end or date.max, b.end or date.max
    return a.start <= b_end and b.start <= a_end


def _merged(spans: Iterable[tuple[date, date]]) -> tuple[tuple[date, date], ...]:
    out: list[tuple[date, date]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1] + ONE_DAY:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)
