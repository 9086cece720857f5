"""A columnar copy of the atlas's events, so filters and maps work on numpy arrays, not objects.

With 100,000 imported events (an ACLED export) or a million, a Python loop over :class:`Event`
records costs tens to hundreds of milliseconds per filter change. :class:`EventIndex` keeps the
fields the views filter and draw by as arrays, in the atlas's order (by date, then id), built
once per atlas:

    columns = atlas.events.columns            # EventIndex, built on first use
    rows = columns.rows(view)                 # row numbers of the events the view shows
    xs, ys = columns.x[rows], columns.y[rows]  # Web Mercator metres, for the map

:func:`EventIndex.rows` applies exactly the rule of :func:`geodata.view_filter.event_matches`.
Qt-free, like all of ``geodata``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from geodata.event_columns import BUNDLED, EventColumns, LazyEvents, event_text
from geodata.model import RELIABILITY_GRADES, Event, ViewState, best_grade_rank
from geodata.projection import to_mercator

_SEPARATOR = "\x00"  # between events' texts in the search haystack; never in typed text
_CACHE_SIZE = 6  # filter results kept: the map, hit test, legend and list ask for the same view


def mercator_xy(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """Lon/lat degrees (arrays) to Web Mercator metres; NaN stays NaN."""
    x, y = to_mercator(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


class EventIndex:
    """Arrays over a sequence of events, one row per event, in the sequence's order.

    Columns: ``lon``, ``lat`` (NaN without a point), ``x``, ``y`` (Web Mercator metres),
    ``has_point``, ``day`` (date ordinal), ``kind`` (code into ``kind_names``), ``party_bits``
    (bit ``party_bit[id]`` set when the party took part), ``origin`` (code into
    ``origin_names``) and ``bundled`` (the atlas's own talks events, not imported ones).
    """

    def __init__(self, events: Sequence[Event]):
        self.events = events
        # Lazily made records (a workspace) bring their columns; otherwise read them from
        # the records, about a microsecond per event (~0.1 s for 100,000).
        columns = getattr(events, "event_columns", None)
        if columns is None:
            columns = EventColumns.of_events(events)
        n = len(columns)
        self.size = n
        self.lon, self.lat = columns.lon, columns.lat
        self.has_point = ~(np.isnan(self.lon) | np.isnan(self.lat))
        self.x, self.y = mercator_xy(self.lon, self.lat)
        self.day = columns.day
        self.kind_names, self.kind = columns.kind_names, columns.kind
        self.origin_names, self.origin = columns.origin_names, columns.origin
        self.bundled = self.origin == columns.origin_names.index(BUNDLED)
        self.party_bit: dict[str, int] = {}
        self._party_overflow: dict[str, np.ndarray] = {}  # parties beyond 64 bits (rare)
        self.party_bits = self._party_column(columns.party_sets, columns.parties)
        self.zone_sets, self.zone_codes = columns.zone_sets, columns.zones
        self.sorted_by_day = bool(n < 2 or np.all(self.day[1:] >= self.day[:-1]))
        self.ids: list[str] = columns.ids  # in row order
        self._row_of: dict[str, int] | None = None
        self._x_order: np.ndarray | None = None
        self._haystack: str | None = None
        self._starts: np.ndarray | None = None
        self._cache: dict[tuple, np.ndarray] = {}
        self._best_grade: np.ndarray | None = None

    # ------------------------------------------------------------------ build

    def _party_column(
        self, party_sets: tuple[tuple[str, ...], ...], codes: np.ndarray
    ) -> np.ndarray:
        """One bit per party, worked out once per distinct participants tuple."""
        masks = np.zeros(len(party_sets), dtype=np.uint64)
        overflow: dict[str, list[int]] = {}
        for code, parties in enumerate(party_sets):
            mask = 0
            for party in parties:
                bit = self.party_bit.get(party)
                if bit is None and len(self.party_bit) < 64:
                    bit = self.party_bit[party] = len(self.party_bit)
                if bit is None:
                    overflow.setdefault(party, []).append(code)
                else:
                    mask |= 1 << bit
            masks[code] = mask
        self._party_overflow = {
            party: np.flatnonzero(np.isin(codes, sets)).astype(np.int64)
            for party, sets in overflow.items()
        }
        return masks[codes] if len(codes) else np.zeros(0, dtype=np.uint64)

    # ------------------------------------------------------------------ lookups

    def row_of(self, event_id: str) -> int:
        """The row of an event id, or -1."""
        if self._row_of is None:
            self._row_of = {event_id: i for i, event_id in enumerate(self.ids)}
        return self._row_of.get(event_id, -1)

    def events_at(self, rows: Iterable[int]) -> list[Event]:
        events = self.events
        rows = np.asarray(rows, dtype=np.int64).tolist()
        if isinstance(events, IndexedEvents):
            return events.at(rows)
        return [events[i] for i in rows]

    @property
    def x_order(self) -> np.ndarray:
        """Rows with a point, sorted by x (west to east); computed once, on first use."""
        if self._x_order is None:
            rows = np.flatnonzero(self.has_point)
            self._x_order = rows[np.argsort(self.x[rows], kind="stable")]
            self._x_order.setflags(write=False)
        return self._x_order

    @property
    def parties(self) -> frozenset[str]:
        """Every party that took part in at least one event (each has a bit, or an overflow
        row list beyond the first 64)."""
        return frozenset(self.party_bit).union(self._party_overflow)

    @property
    def area_ids(self) -> frozenset[str]:
        """Every area id some event names in ``zone_ids``."""
        return frozenset(area for areas in self.zone_sets for area in areas)

    def naming_areas(self, areas: set[str]) -> np.ndarray:
        """A boolean column: True where the event names one of ``areas`` in its zone_ids."""
        names = np.fromiter((not areas.isdisjoint(s) for s in self.zone_sets), bool)
        return names[self.zone_codes] if len(names) else np.zeros(self.size, dtype=bool)

    def kind_code(self, kind: str) -> int:
        """The code of a kind, or -1 when no event has it."""
        try:
            return self.kind_names.index(kind)
        except ValueError:
            return -1

    def best_grade(self) -> np.ndarray:
        """Per row, the rank (0 = A .. 5 = F) of the event's best-graded source; made on the
        first grade filter (it reads every event's sources)."""
        if self._best_grade is None:
            self._best_grade = np.fromiter(
                (best_grade_rank(e.sources) for e in self.events), dtype=np.int8, count=self.size
            )
        return self._best_grade

    # ------------------------------------------------------------------ filters

    @staticmethod
    def filter_key(view: ViewState) -> tuple:
        """What of a view decides its rows (two views with equal keys show the same events)."""
        return (
            view.as_of, view.date_from, view.date_to, view.parties, view.kinds, view.text,
            view.min_grade,
        )  # fmt: skip

    def rows(self, view: ViewState) -> np.ndarray:
        """Rows (ascending, int64) of the events the view shows; the rule of ``event_matches``."""
        key = self.filter_key(view)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._filter(view)
            cached.setflags(write=False)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = cached
        return cached

    def mask(self, view: ViewState) -> np.ndarray:
        """A boolean column: True where the view shows the event."""
        mask = np.zeros(self.size, dtype=bool)
        mask[self.rows(view)] = True
        return mask

    def _date_window(self, view: ViewState) -> tuple[int, int, np.ndarray | None]:
        """Rows [lo, hi) to look at, and a mask over them when days are not sorted."""
        last = view.as_of if view.date_to is None else min(view.as_of, view.date_to)
        high = last.toordinal()
        low = view.date_from.toordinal() if view.date_from is not None else -(2**31)
        if self.sorted_by_day:
            lo = int(np.searchsorted(self.day, low, side="left"))
            hi = int(np.searchsorted(self.day, high, side="right"))
            return lo, max(lo, hi), None
        return 0, self.size, (self.day >= low) & (self.day <= high)

    def _filter(self, view: ViewState) -> np.ndarray:
        lo, hi, keep = self._date_window(view)
        if keep is None:
            keep = np.ones(hi - lo, dtype=bool)
        if view.parties:
            wanted = 0
            for party in view.parties:
                if party in self.party_bit:
                    wanted |= 1 << self.party_bit[party]
            by_party = (self.party_bits[lo:hi] & np.uint64(wanted)) != 0
            for party in view.parties:
                overflow = self._party_overflow.get(party)
                if overflow is not None:
                    inside = overflow[(overflow >= lo) & (overflow < hi)] - lo
                    by_party[inside] = True
            keep &= by_party
        if view.kinds:
            table = np.zeros(len(self.kind_names), dtype=bool)
            for kind in view.kinds:
                code = self.kind_code(kind)
                if code >= 0:
                    table[code] = True
            keep &= table[self.kind[lo:hi]]
        if view.min_grade:
            keep &= self.best_grade()[lo:hi] <= RELIABILITY_GRADES.index(view.min_grade)
        rows = np.flatnonzero(keep) + lo
        if view.text:
            rows = np.intersect1d(rows, self.text_rows(view.text), assume_unique=True)
        return rows.astype(np.int64, copy=False)

    # ------------------------------------------------------------------ text

    def _text_haystack(self) -> tuple[str, np.ndarray]:
        """All events' casefolded texts in one string, and where each event's text starts."""
        if self._haystack is None:
            events = self.events
            if isinstance(events, IndexedEvents):
                texts = events.texts()
            else:
                texts = [event_text(e) for e in events]
            # Casefolded whole (one call, not one per event); an event's text starts after a
            # separator, found by numpy in the code points (casefolding can change lengths).
            haystack = _SEPARATOR.join([t.replace(_SEPARATOR, " ") for t in texts]).casefold()
            points = np.frombuffer(haystack.encode("utf-32-le"), dtype=np.uint32)
            separators = np.flatnonzero(points == 0)
            self._starts = np.concatenate([[0], separators + 1]).astype(np.int64)
            self._haystack = haystack
        assert self._starts is not None
        return self._haystack, self._starts

    def text_rows(self, text: str) -> np.ndarray:
        """Rows whose text contains ``text`` (casefolded), ascending."""
        needle = text.casefold()
        if not needle:
            return np.arange(self.size, dtype=np.int64)
        if _SEPARATOR in needle:
            return np.zeros(0, dtype=np.int64)
        haystack, starts = self._text_haystack()
        found: list[int] = []
        find = haystack.find
        position = find(needle)
        while position >= 0:
            row = int(np.searchsorted(starts, position, side="right")) - 1
            found.append(row)
            # Go on from the next event's text: one hit per event is enough.
            position = find(
                needle, int(starts[row + 1]) if row + 1 < len(starts) else len(haystack)
            )
        return np.asarray(found, dtype=np.int64)


class IndexedEvents(Sequence[Event]):
    """The atlas's events, by date then id, with their :class:`EventIndex` (built the first
    time it is asked), so :func:`geodata.view_filter.visible_events` filters them with numpy
    instead of a loop over every record.

    Records given as a :class:`~geodata.event_columns.LazyEvents` are made only when read.
    """

    def __init__(self, events: Iterable[Event] = ()):
        self._events: Sequence[Event] = events if isinstance(events, LazyEvents) else tuple(events)
        self._columns: EventIndex | None = None

    @property
    def event_columns(self) -> EventColumns | None:
        """Columns that come with lazily made records (None for plain records)."""
        return self._events.columns if isinstance(self._events, LazyEvents) else None

    @property
    def columns(self) -> EventIndex:
        if self._columns is None:
            self._columns = EventIndex(self)
        return self._columns

    def __len__(self) -> int:
        return len(self._events)

    def texts(self) -> list[str]:
        """Every event's word-filter text, by row (lazily made records are not made)."""
        events = self._events
        return events.texts() if isinstance(events, LazyEvents) else list(map(event_text, events))

    def at(self, rows: list[int]) -> list[Event]:
        """The events of these rows (non-negative); lazily made records are made in bulk."""
        events = self._events
        return events.at(rows) if isinstance(events, LazyEvents) else [events[i] for i in rows]

    def __getitem__(self, row):
        return self._events[row]

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __repr__(self) -> str:
        return f"IndexedEvents({len(self)} events)"
