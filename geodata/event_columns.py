"""Events as columns, and sequences whose records are made only when someone asks for them.

A workspace of 100,000 imported events (an ACLED export) costs ~0.1 s just to make its Python
records, and more to read them row by row. The map, the filters and the event list need only
a few columns (where, when, what kind, who) for every event, and whole records for the few in
sight. So a workspace opens as :class:`LazyEvents`: the columns, read in one go, and a record
made on first access to its row. Qt-free, like all of ``geodata``.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from operator import attrgetter
from typing import overload

import numpy as np

from geodata.model import EVENT_KINDS, Event

BUNDLED = "bundled"


def codes(values: Sequence, known: Sequence = ()) -> tuple[tuple, np.ndarray]:
    """Small integer codes for repeated values, ``known`` ones first in their order, the rest
    sorted."""
    names = list(known)
    names += sorted(set(values) - set(names))
    code_of = {name: i for i, name in enumerate(names)}
    return tuple(names), np.fromiter(map(code_of.__getitem__, values), np.int32, len(values))


# The coded columns: (names field, codes field, the Event field they code, names put first).
_CODED = (
    ("kind_names", "kind", "kind", EVENT_KINDS),
    ("party_sets", "parties", "participants", ()),
    ("zone_sets", "zones", "zone_ids", ()),
    ("origin_names", "origin", "origin", (BUNDLED,)),
)


@dataclass(eq=False)
class EventColumns:
    """The fields every event is filtered, ordered and drawn by, one row per event.

    ``day`` is the date's ordinal; ``lon``/``lat`` are NaN without a point; ``kind``,
    ``parties``, ``zones`` and ``origin`` are codes into ``kind_names``, ``party_sets``
    (tuples of party ids, as in ``Event.participants``), ``zone_sets`` (as in
    ``Event.zone_ids``) and ``origin_names``.
    """

    ids: list[str]
    day: np.ndarray
    lon: np.ndarray
    lat: np.ndarray
    kind_names: tuple[str, ...]
    kind: np.ndarray
    party_sets: tuple[tuple[str, ...], ...]
    parties: np.ndarray
    zone_sets: tuple[tuple[str, ...], ...]
    zones: np.ndarray
    origin_names: tuple[str, ...]
    origin: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def of_events(cls, events: Sequence[Event]) -> EventColumns:
        """Columns read from records: list comprehensions and C-level lookups, about a
        microsecond per event."""
        n = len(events)
        dates = [e.date for e in events]
        ordinal = {day: day.toordinal() for day in set(dates)}
        coded = {}
        for names, column, field, known in _CODED:
            coded[names], coded[column] = codes(list(map(attrgetter(field), events)), known)
        return cls(
            ids=[e.id for e in events],
            day=np.fromiter(map(ordinal.__getitem__, dates), np.int32, n),
            lon=np.array([e.lon for e in events], dtype=float).reshape(n),  # None -> NaN
            lat=np.array([e.lat for e in events], dtype=float).reshape(n),
            **coded,
        )

    def take(self, rows: np.ndarray) -> EventColumns:
        """These rows, in this order."""
        return replace(
            self,
            ids=[self.ids[i] for i in rows.tolist()],
            day=self.day[rows],
            lon=self.lon[rows],
            lat=self.lat[rows],
            **{column: getattr(self, column)[rows] for _, column, _, _ in _CODED},
        )

    @classmethod
    def concat(cls, parts: Sequence[EventColumns]) -> EventColumns:
        """The parts' rows one after the other, their codes mapped into shared names (in the
        order :func:`codes` gives, so a column reads the same however it was made)."""
        coded = {}
        for names_field, column, _, known in _CODED:
            names, _ = codes([n for part in parts for n in getattr(part, names_field)], known)
            index = {name: i for i, name in enumerate(names)}
            columns = [
                np.asarray([index[n] for n in getattr(part, names_field)], dtype=np.int32)[
                    getattr(part, column)
                ]
                if len(part)
                else np.zeros(0, np.int32)
                for part in parts
            ]
            coded[names_field] = names
            coded[column] = np.concatenate(columns) if columns else np.zeros(0, np.int32)
        return cls(
            ids=[i for part in parts for i in part.ids],
            day=np.concatenate([p.day for p in parts]).astype(np.int32, copy=False),
            lon=np.concatenate([p.lon for p in parts]).astype(float, copy=False),
            lat=np.concatenate([p.lat for p in parts]).astype(float, copy=False),
            **coded,
        )

    def in_date_id_order(self) -> bool:
        """True when rows are by date, then id (the atlas's order)."""
        day, ids = self.day, self.ids
        if len(day) < 2:
            return True
        steps = np.diff(day)
        if (steps < 0).any():
            return False
        ties = np.flatnonzero(steps == 0).tolist()
        return all(ids[i] <= ids[i + 1] for i in ties)


def event_text(event: Event) -> str:
    """The text the view's word filter searches: title, summary, place and people."""
    return " ".join((event.title, event.summary, event.place_name, *event.people))


class LazyEvents(Sequence[Event]):
    """A read-only sequence of events that makes each record on first access to its row.

    ``make_rows(rows)`` builds the records of these rows (in bulk: numpy columns are read
    once per call, not once per row); ``columns`` holds what filters and maps need for every
    row without any record. Records are made once and kept (the same object every time).
    """

    _CHUNK = 8192  # rows made at a time while iterating

    def __init__(
        self,
        columns: EventColumns,
        make_rows: Callable[[list[int]], list[Event]],
        texts: Callable[[], list[str]] | None = None,
    ):
        """``texts()``, when given, gives every row's :func:`event_text` without records."""
        self.columns = columns
        self._make_rows = make_rows
        self._texts = texts
        self._made: list[Event | None] = [None] * len(columns)
        self._lock = threading.Lock()  # exports read records from worker threads

    def __len__(self) -> int:
        return len(self._made)

    def at(self, rows: Iterable[int]) -> list[Event]:
        """The records of these rows (non-negative), made in one go where missing."""
        rows = rows if isinstance(rows, list) else list(rows)
        made = self._made
        missing = [row for row in rows if made[row] is None]
        if missing:
            with self._lock:
                missing = [row for row in dict.fromkeys(missing) if made[row] is None]
                for row, event in zip(missing, self._make_rows(missing), strict=True):
                    made[row] = event
        return [made[row] for row in rows]  # type: ignore[misc]

    @overload
    def __getitem__(self, row: int) -> Event: ...
    @overload
    def __getitem__(self, row: slice) -> tuple[Event, ...]: ...

    def __getitem__(self, row):
        if isinstance(row, slice):
            return tuple(self.at(range(*row.indices(len(self)))))
        row = int(row)  # numpy integers too
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError("event row out of range")
        event = self._made[row]
        return event if event is not None else self.at((row,))[0]

    def __iter__(self) -> Iterator[Event]:
        for start in range(0, len(self), self._CHUNK):
            yield from self.at(range(start, min(start + self._CHUNK, len(self))))

    def texts(self) -> list[str]:
        """Every row's word-filter text (:func:`event_text`), in row order."""
        return self._texts() if self._texts is not None else [event_text(e) for e in self]


def merged_in_order(events: Sequence[Event], lazy: LazyEvents) -> LazyEvents:
    """``events`` (records) and ``lazy`` together, by date then id, without making the lazy
    records: the few records are placed among the lazy rows by binary search."""
    n = len(lazy)
    columns = lazy.columns
    if columns.in_date_id_order():
        lazy_order = np.arange(n, dtype=np.int64)
    else:
        day, ids = columns.day.tolist(), columns.ids
        lazy_order = np.asarray(sorted(range(n), key=lambda r: (day[r], ids[r])), np.int64)
    ordered = sorted(events, key=lambda e: (e.date, e.id))
    day, ids, rows = columns.day, columns.ids, lazy_order.tolist()
    positions = [
        bisect.bisect_left(
            range(n), (e.date.toordinal(), e.id), key=lambda i: (int(day[rows[i]]), ids[rows[i]])
        )
        for e in ordered
    ]
    # Combined rows: the lazy ones are 0..n-1, the records n, n+1, ...
    order = np.insert(lazy_order, positions, np.arange(n, n + len(ordered), dtype=np.int64))
    together = EventColumns.concat([columns, EventColumns.of_events(ordered)])

    def make_rows(rows: list[int]) -> list[Event]:
        sources = order[rows].tolist()
        from_lazy = iter(lazy.at(source for source in sources if source < n))
        return [next(from_lazy) if source < n else ordered[source - n] for source in sources]

    def texts() -> list[str]:
        every = lazy.texts() + [event_text(e) for e in ordered]
        return [every[source] for source in order.tolist()]

    return LazyEvents(together.take(order), make_rows, texts)


def date_of(ordinals: dict[int, date], day: int) -> date:
    """A date from its ordinal, one object per distinct day (``ordinals`` is the cache)."""
    value = ordinals.get(day)
    if value is None:
        value = ordinals[day] = date.fromordinal(day)
    return value
