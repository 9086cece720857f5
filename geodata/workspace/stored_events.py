"""Events read from a workspace whose rarely needed fields are read on first use."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from collections.abc import Iterable
from operator import attrgetter
from pathlib import Path

from geodata.model import Event
from geodata.workspace.columns import EVENT_COLUMN_SQL, select_rows
from geodata.workspace.decoding import Decoder, gc_paused
from geodata.workspace.records import EVENTS_LAYER, WorkspaceError

# What opening needs for every record: the atlas's order and index, the map, the event list
# and the filters read these (SQL per field as the columnar copy reads them).
EAGER_EVENT_SQL = {
    **EVENT_COLUMN_SQL,
    # The workspace's name when not recorded; NULL (one shared None, no string per row) when
    # it is the workspace's name, as nearly always: ~8 ms less for 100,000 rows.
    "origin": "nullif(coalesce(nullif({}, ''), ?), ?)",
}
# What only a record's details, the word search and exports read: loaded for every record of
# the file at once, on the first access to any of them (see StoredEvent).
LAZY_EVENT_SQL = {
    "people": "nullif({}, '[]')",
    "summary": "coalesce({}, '')",
    "feature_ids": "nullif({}, '[]')",
    "sources": "{}",
}
# Fields a workspace does not store: the bundled data's own notes. A stored event reads them
# from the class default ("").
UNSTORED_EVENT_FIELDS = {"notes"}
EVENT_FIELDS = tuple(f.name for f in dataclasses.fields(Event))
_event_values = attrgetter(*EVENT_FIELDS)
# Events are filled in directly (a frozen dataclass's __init__ does no more than set each
# field): each gets its fields as one ready dict, three times faster for 100,000 rows than
# __init__. Only while the model matches what is read here; otherwise plain Events, read whole.
LAZY_EVENTS = set(EAGER_EVENT_SQL) | set(LAZY_EVENT_SQL) | UNSTORED_EVENT_FIELDS == set(
    EVENT_FIELDS
) and not hasattr(Event, "__post_init__")
ROW = "_stored_row"  # a record's row in its read (not a field: equality and copies skip it)


class StoredEvent(Event):
    """An :class:`Event` read from a workspace whose rarely needed fields (``people``,
    ``summary``, ``feature_ids``, ``sources``) are read on first use.

    Opening a workspace of 100,000 events then makes Python objects for ten columns, not
    fourteen (or none at all, when the workspace has its columnar copy: see
    :mod:`geodata.workspace.columns`). The first access to a lazy field of any record reads
    those fields for every record of the same read at once (one query, ~0.1 s for 100,000),
    from the file's bytes as they were when it was opened: a later save, or a program that
    edited the file since, cannot change a record already read.

    It compares, hashes, prints, copies and pickles as the plain :class:`Event` with the same
    values; ``dataclasses.replace`` and ``copy`` return a plain :class:`Event`.
    """

    _snapshot: EventSnapshot | None = None  # set on the per-read subclass

    def __new__(cls, *args, **kwargs):  # dataclasses.replace(...) and the like: a plain Event
        return Event(*args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, Event):
            return _event_values(self) == _event_values(other)
        return NotImplemented

    __hash__ = Event.__hash__

    def __repr__(self) -> str:
        return (
            "Event("
            + ", ".join(
                f"{n}={v!r}" for n, v in zip(EVENT_FIELDS, _event_values(self), strict=True)
            )
            + ")"
        )

    def __reduce__(self):
        return (Event, _event_values(self))


def load_deferred_fields(events: Iterable[Event]) -> None:
    """Read the lazy fields of imported events now (the window does it right after its first
    paint, so the one-off read never lands on a user's first click or search)."""
    stored = next((e for e in events if isinstance(e, StoredEvent)), None)
    if stored is not None and type(stored)._snapshot is not None:
        type(stored)._snapshot.load()


def _lazy_field(name: str) -> property:
    def get(self):
        fields = self.__dict__
        try:
            return fields[name]
        except KeyError:
            pass
        snapshot = type(self)._snapshot
        if snapshot is not None:
            fields.update(snapshot.fields(fields[ROW]))
        return fields[name]

    return property(get, doc=f"The event's {name}, read from the workspace on first use.")


for _name in LAZY_EVENT_SQL:
    setattr(StoredEvent, _name, _lazy_field(_name))
del _name


class EventSnapshot:
    """The database as read when opened (in the same read transaction), until the lazy fields
    of its records are read; then those fields, one list per field, by row.

    Why bytes and not the path or an open connection: saves and other programs edit the file
    in place, so reading it again later could give other rows at the same positions; an open
    connection would hold a read lock that keeps every writer (QGIS, the atlas's own saves)
    from committing. The bytes cost one read at open (~20 ms for 100,000 events, 33 MB)
    and are dropped once the fields are loaded.
    """

    def __init__(self, data: bytes, path: Path, size: int):
        self._data: bytes | None = data
        self._path = path
        self._size = size
        self._columns: tuple[list, ...] = ()
        self._lock = threading.Lock()

    def column(self, name: str) -> list:
        """One lazy field of every record, by row."""
        if self._data is not None:
            self.load()
        return self._columns[list(LAZY_EVENT_SQL).index(name)]

    def fields(self, row: int) -> dict:
        """The lazy fields of the record at ``row``."""
        if self._data is not None:
            self.load()
        return dict(zip(LAZY_EVENT_SQL, (column[row] for column in self._columns), strict=True))

    def load(self) -> None:
        with self._lock:  # one load, even when two threads ask at once
            if self._data is None:
                return
            connection = sqlite3.connect(":memory:", check_same_thread=False)
            try:
                connection.deserialize(self._data)
                rows = select_rows(connection, EVENTS_LAYER, LAZY_EVENT_SQL)
            except sqlite3.Error as exc:
                raise WorkspaceError(
                    f"{self._path.name}: cannot read layer events: {exc}"
                ) from None
            finally:
                connection.close()
            if len(rows) != self._size:
                raise WorkspaceError(f"{self._path.name}: layer events changed while read")
            decoder = Decoder()
            strings, sources = decoder.strings, decoder.sources
            people, summaries, feature_ids, texts = (
                (list(column) for column in zip(*rows, strict=True))
                if rows
                else ([] for _ in LAZY_EVENT_SQL)
            )
            try:
                with gc_paused():
                    columns = (
                        list(map(strings.__getitem__, people)),
                        summaries,
                        list(map(strings.__getitem__, feature_ids)),
                        list(map(sources.__getitem__, texts)),
                    )
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise WorkspaceError(f"{self._path.name}: layer events: {exc}") from None
            self._columns = columns
            self._data = None
