"""Workspaces: the user's imported events and zones, kept in one GeoPackage file.

Layers: ``events`` (points), ``zones`` (polygons) and ``imports`` (a plain table: which file was
imported when, with how many rows). Every model field is a column; tuples and sources are JSON
text, dates ISO text. The file opens in QGIS as it is.

Saving is atomic: the whole new workspace is written to a temporary file in the same
directory, flushed to disk (fsync), then renamed over the old one (``os.replace``). A process
killed at any moment leaves either the old file or the new one, byte for byte; a failed import
never reaches this module, so it leaves the workspace untouched too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import math
import os
import sqlite3
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from operator import attrgetter
from pathlib import Path

import numpy as np

from geodata.errors import AtlasError
from geodata.event_columns import BUNDLED, EventColumns, LazyEvents, codes, date_of
from geodata.model import EVENT_KINDS, Event, Source, Zone
from geodata.workspace_columns import (
    EVENT_COLUMN_SQL,
    StoredColumns,
    read_event_columns,
    select_rows,
    write_event_columns,
)

APP_DIR_NAME = "northern-syria-atlas"
DEFAULT_FILE_NAME = "workspace.gpkg"
EVENTS_LAYER, ZONES_LAYER, IMPORTS_LAYER = "events", "zones", "imports"

_EVENT_LISTS = ("participants", "people", "zone_ids", "feature_ids")
_ZONE_TEXT = ("id", "name", "controller", "area", "valid_from", "valid_to", "accuracy", "notes")


class WorkspaceError(AtlasError):
    """A workspace that cannot be read or written."""


@dataclass(frozen=True)
class ImportRecord:
    """Provenance of one import, a row of the ``imports`` table."""

    file: str  # the imported file's name
    path: str  # where it was, as given
    format: str
    kind: str  # events | zones
    rows: int  # rows or features read
    records: int  # events or zones added (or replaced)
    repaired: int = 0
    warnings: tuple[str, ...] = ()
    imported_at: str = ""  # ISO 8601 UTC; filled in when saved if empty


@dataclass(frozen=True)
class SaveSummary:
    path: Path
    added: int  # new records
    replaced: int  # records whose id was already in the workspace (re-import of a file)


# --- where workspaces live -------------------------------------------------------------------


def user_data_dir() -> Path:
    """The per-user data directory, as platformdirs would give it, without Qt or platformdirs."""
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / APP_DIR_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_DIR_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(home / ".local" / "share")
    return Path(base) / APP_DIR_NAME


def default_workspace_path() -> Path:
    """``SYRIA_ATLAS_WORKSPACE`` if set, else ``<user data dir>/workspace.gpkg``."""
    override = os.environ.get("SYRIA_ATLAS_WORKSPACE")
    return Path(override).expanduser() if override else user_data_dir() / DEFAULT_FILE_NAME


def workspace_name(path: str | Path) -> str:
    """The name records imported into this workspace carry (ids, ``Event.origin``)."""
    return Path(path).stem or "workspace"


# --- reading ---------------------------------------------------------------------------------
#
# A GeoPackage is an SQLite database, so reading needs only the standard library's sqlite3: no
# GDAL, and no pyogrio, which would import geopandas and pandas (~0.3 s) on the way. Geometry
# blobs are a small GeoPackage header followed by WKB, decoded in one vectorised shapely call.
# pyogrio is kept for writing only: saves are rarer, and GDAL writes the spatial index and
# metadata tables that make the file a GeoPackage QGIS opens as it is.

_GPKG_ENVELOPE_BYTES = (0, 32, 48, 48, 64)  # by the header's envelope indicator (flags bits 1-3)


@contextlib.contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection: reading never changes the file (not even its journal)."""
    if not path.exists():
        raise WorkspaceError(f"workspace not found: {path}")
    if not path.is_file():
        raise WorkspaceError(f"workspace is not a file: {path}")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"not a readable workspace GeoPackage: {path} ({exc})") from None
    try:
        # Pages mapped rather than copied in by read(): ~7 ms less for 100,000 events. The
        # read lock each query holds keeps other writers (QGIS) from shrinking the file under
        # the mapping, and the atlas's own saves replace the file (os.replace).
        with contextlib.suppress(sqlite3.Error):  # then plain reads, as before
            connection.execute("PRAGMA mmap_size = 1073741824")
        yield connection
    finally:
        connection.close()


def _layers(connection: sqlite3.Connection, path: Path) -> dict[str, str]:
    """Layer name -> geometry column ('' for a plain table), from the GeoPackage's registry."""
    try:
        tables = connection.execute("SELECT table_name FROM gpkg_contents").fetchall()
        geometry = dict(
            connection.execute("SELECT table_name, column_name FROM gpkg_geometry_columns")
        )
    except sqlite3.Error as exc:  # not SQLite at all, or SQLite without the GeoPackage tables
        raise WorkspaceError(f"not a readable workspace GeoPackage: {path} ({exc})") from None
    return {str(name): str(geometry.get(name) or "") for (name,) in tables}


def _select(
    connection: sqlite3.Connection,
    path: Path,
    layer: str,
    columns: dict[str, str],
    parameters: tuple = (),
) -> list[tuple]:
    """:func:`select_rows`, with SQLite's errors as one line naming the file and layer."""
    try:
        return select_rows(connection, layer, columns, parameters)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{path.name}: cannot read layer {layer!r}: {exc}") from None


def _wkb(blob: bytes | None) -> bytes | None:
    """The WKB inside a GeoPackage geometry blob (magic, version, flags, SRS id, envelope)."""
    if blob is None:
        return None
    if blob[:2] != b"GP" or len(blob) < 8:
        raise ValueError("geometry is not a GeoPackage geometry blob")
    indicator = (blob[3] >> 1) & 0b111
    if indicator >= len(_GPKG_ENVELOPE_BYTES):
        raise ValueError(f"geometry has an invalid envelope indicator ({indicator})")
    return blob[8 + _GPKG_ENVELOPE_BYTES[indicator] :]


class _Cache(dict):
    """A dict that converts a missing key once: lookups of repeated values stay in C."""

    def __init__(self, convert, seed: dict):
        super().__init__(seed)
        self._convert = convert

    def __missing__(self, key):
        value = self[key] = self._convert(key)
        return value


class _Decoder:
    """Text columns -> model values; identical texts (the same source on every row, the same
    date on many) decode once."""

    def __init__(self):
        self._source_items: dict[tuple[str, str, str, str], Source] = {}
        empty = {None: (), "": (), "[]": ()}
        self.strings = _Cache(lambda text: tuple(str(v) for v in json.loads(text)), empty)
        self.sources = _Cache(
            lambda text: tuple(self._source(item) for item in json.loads(text)), empty
        )
        self.dates = _Cache(date.fromisoformat, {})

    def _source(self, item: dict) -> Source:
        key = (
            item.get("url") or "",
            item.get("publisher") or "",
            item.get("date") or "",
            item.get("note") or "",
        )
        source = self._source_items.get(key)
        if source is None:
            url, publisher, day, note = key
            source = self._source_items[key] = Source(
                url=url,
                publisher=publisher,
                date=date.fromisoformat(day) if day else None,
                note=note,
            )
        return source


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while many rows or records are made: each collection would
    walk every object made so far, for nothing (they hold no cycles). Restores the previous
    state."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# What opening needs for every record: the atlas's order and index, the map, the event list
# and the filters read these (SQL per field as the columnar copy reads them).
_EAGER_EVENT_SQL = {
    **EVENT_COLUMN_SQL,
    # The workspace's name when not recorded; NULL (one shared None, no string per row) when
    # it is the workspace's name, as nearly always: ~8 ms less for 100,000 rows.
    "origin": "nullif(coalesce(nullif({}, ''), ?), ?)",
}
# What only a record's details, the word search and exports read: loaded for every record of
# the file at once, on the first access to any of them (see StoredEvent).
_LAZY_EVENT_SQL = {
    "people": "nullif({}, '[]')",
    "summary": "coalesce({}, '')",
    "feature_ids": "nullif({}, '[]')",
    "sources": "{}",
}
# Fields a workspace does not store: the bundled data's own notes. A stored event reads them
# from the class default ("").
_UNSTORED_EVENT_FIELDS = {"notes"}
_EVENT_FIELDS = tuple(f.name for f in dataclasses.fields(Event))
_event_values = attrgetter(*_EVENT_FIELDS)
# Events are filled in directly (a frozen dataclass's __init__ does no more than set each
# field): each gets its fields as one ready dict, three times faster for 100,000 rows than
# __init__. Only while the model matches what is read here; otherwise plain Events, read whole.
_LAZY_EVENTS = set(_EAGER_EVENT_SQL) | set(_LAZY_EVENT_SQL) | _UNSTORED_EVENT_FIELDS == set(
    _EVENT_FIELDS
) and not hasattr(Event, "__post_init__")


class StoredEvent(Event):
    """An :class:`Event` read from a workspace whose rarely needed fields (``people``,
    ``summary``, ``feature_ids``, ``sources``) are read on first use.

    Opening a workspace of 100,000 events then makes Python objects for ten columns, not
    fourteen (or none at all, when the workspace has its columnar copy: see
    :mod:`geodata.workspace_columns`). The first access to a lazy field of any record reads
    those fields for every record of the same read at once (one query, ~0.1 s for 100,000),
    from the file's bytes as they were when it was opened: a save that replaced the file since
    (``os.replace``) or a program that rewrote it cannot change a record already read.

    It compares, hashes, prints, copies and pickles as the plain :class:`Event` with the same
    values; ``dataclasses.replace`` and ``copy`` return a plain :class:`Event`.
    """

    _snapshot: _EventSnapshot | None = None  # set on the per-read subclass

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
                f"{n}={v!r}" for n, v in zip(_EVENT_FIELDS, _event_values(self), strict=True)
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


_ROW = "_stored_row"  # a record's row in its read (not a field: equality and copies skip it)


def _lazy_field(name: str) -> property:
    def get(self):
        fields = self.__dict__
        try:
            return fields[name]
        except KeyError:
            pass
        snapshot = type(self)._snapshot
        if snapshot is not None:
            fields.update(snapshot.fields(fields[_ROW]))
        return fields[name]

    return property(get, doc=f"The event's {name}, read from the workspace on first use.")


for _name in _LAZY_EVENT_SQL:
    setattr(StoredEvent, _name, _lazy_field(_name))
del _name


class _EventSnapshot:
    """The workspace file's bytes as opened, until the lazy fields of its records are read;
    then those fields, one list per field, by row.

    Why bytes and not the path or an open connection: a later save replaces the file, so
    reading by path could give another workspace's values; an open connection would keep a
    read lock from other programs, and on Windows would stop the atlas's own saves from
    replacing the file. The bytes cost one read at open (~20 ms for 100,000 events, 33 MB)
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
        return self._columns[list(_LAZY_EVENT_SQL).index(name)]

    def fields(self, row: int) -> dict:
        """The lazy fields of the record at ``row``."""
        if self._data is not None:
            self.load()
        return dict(zip(_LAZY_EVENT_SQL, (column[row] for column in self._columns), strict=True))

    def load(self) -> None:
        with self._lock:  # one load, even when two threads ask at once
            if self._data is None:
                return
            connection = sqlite3.connect(":memory:", check_same_thread=False)
            try:
                connection.deserialize(self._data)
                rows = _select(connection, self._path, EVENTS_LAYER, _LAZY_EVENT_SQL)
            finally:
                connection.close()
            if len(rows) != self._size:
                raise WorkspaceError(f"{self._path.name}: layer events changed while read")
            decoder = _Decoder()
            strings, sources = decoder.strings, decoder.sources
            people, summaries, feature_ids, texts = (
                (list(column) for column in zip(*rows, strict=True))
                if rows
                else ([] for _ in _LAZY_EVENT_SQL)
            )
            try:
                with _gc_paused():
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


def _read_event_rows(connection, path: Path, sql: dict[str, str]) -> list[tuple]:
    with _gc_paused():
        name = workspace_name(path)
        return _select(connection, path, EVENTS_LAYER, sql, (name, name))


def _read_events(
    connection: sqlite3.Connection, path: Path, decoder: _Decoder, data: bytes | None
) -> list[Event]:
    """Events in file order; with the file's ``data``, as :class:`StoredEvent` records whose
    rarely needed fields are read from it on first use."""
    lazy = _LAZY_EVENTS and data is not None
    if lazy:
        stored = read_event_columns(connection, EVENTS_LAYER)
        if stored is not None:
            return _events_from_columns(stored, path, decoder, data)
    sql = _EAGER_EVENT_SQL if lazy else {**_EAGER_EVENT_SQL, **_LAZY_EVENT_SQL}
    rows = _read_event_rows(connection, path, sql)
    names = tuple(sql)
    strings, sources, dates = decoder.strings, decoder.sources, decoder.dates
    own_name = workspace_name(path)
    cls = type("StoredEvent", (StoredEvent,), {"__module__": __name__}) if lazy else Event
    new, set_dict = object.__new__, object.__setattr__
    events: list[Event] = []
    append = events.append
    try:
        with _gc_paused():
            if lazy:
                for ident, day, title, kind, lat, lon, place, participants, zones, origin in rows:
                    if not ident:
                        raise ValueError("id: missing")
                    event = new(cls)
                    set_dict(
                        event,
                        "__dict__",
                        {
                            "id": ident,
                            "date": dates[day],
                            "title": title,
                            "kind": kind,
                            "lat": lat,
                            "lon": lon,
                            "place_name": place,
                            "participants": strings[participants],
                            "zone_ids": strings[zones],
                            "origin": origin or own_name,
                            _ROW: len(events),
                        },
                    )
                    append(event)
            else:
                for row in rows:
                    value = dict(zip(names, row, strict=True))
                    if not value["id"]:
                        raise ValueError("id: missing")
                    value["date"] = dates[value["date"]]
                    for name in _EVENT_LISTS:
                        value[name] = strings[value[name]]
                    value["sources"] = sources[value["sources"]]
                    value["origin"] = value["origin"] or own_name
                    append(Event(**value))
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        number = len(events) + 1
        raise WorkspaceError(f"{path.name}: layer events, feature {number}: {exc}") from None
    if lazy:
        cls._snapshot = _EventSnapshot(data, path, len(events))
    return events


def _events_from_columns(
    stored: StoredColumns, path: Path, decoder: _Decoder, data: bytes
) -> LazyEvents:
    """Events from the workspace's columnar copy: records are made when first read."""
    own_name = workspace_name(path)
    try:
        participant_sets = [decoder.strings[text] for text in stored.participant_texts]
        zone_id_sets = [decoder.strings[text] for text in stored.zone_texts]
    except (TypeError, ValueError, AttributeError) as exc:
        raise WorkspaceError(f"{path.name}: layer events: {exc}") from None
    # Codes into distinct names, in the order EventColumns.of_events gives them.
    kind_names, kind_map = codes(stored.kind_names, EVENT_KINDS)
    party_sets, party_map = codes(participant_sets)
    zone_sets, zone_map = codes(zone_id_sets)
    origin_names, origin_map = codes([name or own_name for name in stored.origin_names], (BUNDLED,))
    columns = EventColumns(
        ids=stored.ids,
        day=stored.day,
        lon=stored.lon,
        lat=stored.lat,
        kind_names=kind_names,
        kind=kind_map[stored.kind],
        party_sets=party_sets,
        parties=party_map[stored.participants],
        zone_sets=zone_sets,
        zones=zone_map[stored.zone_ids],
        origin_names=origin_names,
        origin=origin_map[stored.origin],
    )
    cls = type("StoredEvent", (StoredEvent,), {"__module__": __name__})
    snapshot = cls._snapshot = _EventSnapshot(data, path, len(columns))
    new, set_dict = object.__new__, object.__setattr__
    ids, titles, places = stored.ids, stored.titles, stored.places
    day, lat, lon, kind, parties, zones, origin = (
        columns.day,
        columns.lat,
        columns.lon,
        columns.kind,
        columns.parties,
        columns.zones,
        columns.origin,
    )
    dates: dict[int, date] = {}

    def make_rows(rows: list[int]) -> list[Event]:
        taken = np.asarray(rows, dtype=np.intp)
        days = [date_of(dates, d) for d in day[taken].tolist()]
        lats = [None if y != y else y for y in lat[taken].tolist()]  # NaN != NaN: no point
        lons = [None if x != x else x for x in lon[taken].tolist()]
        coded = zip(
            kind[taken].tolist(),
            parties[taken].tolist(),
            zones[taken].tolist(),
            origin[taken].tolist(),
            strict=True,
        )
        made: list[Event] = []
        with _gc_paused():
            for row, when, y, x, (k, p, z, o) in zip(rows, days, lats, lons, coded, strict=True):
                event = new(cls)
                set_dict(
                    event,
                    "__dict__",
                    {
                        "id": ids[row],
                        "date": when,
                        "title": titles[row],
                        "kind": kind_names[k],
                        "lat": y,
                        "lon": x,
                        "place_name": places[row],
                        "participants": party_sets[p],
                        "zone_ids": zone_sets[z],
                        "origin": origin_names[o],
                        _ROW: row,
                    },
                )
                made.append(event)
        return made

    def texts() -> list[str]:  # what event_text gives, without making the records
        people, summaries = snapshot.column("people"), snapshot.column("summary")
        return [
            " ".join((title, summary, place, *names))
            for title, summary, place, names in zip(titles, summaries, places, people, strict=True)
        ]

    return LazyEvents(columns, make_rows, texts)


def _read_zones(
    connection: sqlite3.Connection, path: Path, geometry_column: str, decoder: _Decoder
) -> list[Zone]:
    import shapely

    names = (*_ZONE_TEXT, "backers", "contested", "sources")
    rows = _select(
        connection,
        path,
        ZONES_LAYER,
        {geometry_column or "geom": "{}", **{name: "{}" for name in names}},
    )
    origin = workspace_name(path)
    zones = []
    try:
        geometries = shapely.from_wkb([_wkb(row[0]) for row in rows]) if rows else []
    except (ValueError, TypeError, shapely.errors.GEOSException) as exc:
        raise WorkspaceError(f"{path.name}: layer zones: {exc}") from None
    for i, (row, geometry) in enumerate(zip(rows, geometries, strict=True)):
        value = dict(zip(names, row[1:], strict=True))
        try:
            valid_to = value["valid_to"]
            zones.append(
                Zone(
                    id=value["id"],
                    name=value["name"] or "",
                    controller=value["controller"],
                    geometry=geometry,
                    valid_from=date.fromisoformat(value["valid_from"]),
                    valid_to=date.fromisoformat(valid_to) if valid_to else None,
                    area=value["area"] or "",
                    backers=decoder.strings[value["backers"]],
                    accuracy=value["accuracy"] or "",
                    contested=bool(value["contested"]),
                    notes=value["notes"] or "",
                    sources=decoder.sources[value["sources"]],
                    origin=origin,
                )
            )
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise WorkspaceError(f"{path.name}: layer zones, feature {i + 1}: {exc}") from None
    return zones


def _file_identity(stat: os.stat_result) -> tuple[int, int, int, int]:
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


def _file_bytes(path: Path) -> tuple[bytes | None, tuple | None]:
    """The file's bytes and identity, or (None, None) when it cannot be read (then opening it
    reports why)."""
    try:
        with path.open("rb") as handle:
            identity = _file_identity(os.fstat(handle.fileno()))
            return handle.read(), identity
    except OSError:
        return None, None


@contextlib.contextmanager
def _memory_connection(data: bytes) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(data)
        yield connection
    finally:
        connection.close()


def _read_layers(connection, path: Path, data: bytes | None) -> tuple[Sequence[Event], list[Zone]]:
    decoder = _Decoder()
    layers = _layers(connection, path)
    events = _read_events(connection, path, decoder, data) if EVENTS_LAYER in layers else []
    zones = (
        _read_zones(connection, path, layers[ZONES_LAYER], decoder) if ZONES_LAYER in layers else []
    )
    return events, zones


def read_workspace(path: str | Path) -> tuple[list[Event], list[Zone]]:
    """Every event and zone in the workspace at ``path`` (missing layers read as empty), in
    file order (by date, then id, for events saved by :func:`save_workspace`).

    Events are :class:`StoredEvent` records: equal to plain events with the same values, with
    their rarely needed fields read on first use from the file's bytes as read here."""
    events, zones = open_workspace(path)
    return list(events), zones


def open_workspace(path: str | Path) -> tuple[Sequence[Event], list[Zone]]:
    """As :func:`read_workspace`, but the events may be a :class:`LazyEvents` (when the file
    has its columnar copy) whose records are made on first access: what the atlas opens."""
    path = Path(path)
    if path.is_file():
        data, identity = _file_bytes(path)
    else:
        data, identity = None, None
    with _connect(path) as connection:
        events, zones = _read_layers(connection, path, data)
    if data is not None:
        try:
            same = _file_identity(os.stat(path)) == identity
        except OSError:
            same = False
        if not same:  # replaced or rewritten while read: read it all from the bytes kept
            try:
                with _memory_connection(data) as connection:
                    events, zones = _read_layers(connection, path, data)
            except sqlite3.Error as exc:
                raise WorkspaceError(
                    f"not a readable workspace GeoPackage: {path} ({exc})"
                ) from None
    return events, zones


_IMPORT_FIELDS = (
    "file",
    "path",
    "format",
    "kind",
    "rows",
    "records",
    "repaired",
    "warnings",
    "imported_at",
)


def list_imports(path: str | Path) -> list[ImportRecord]:
    """The workspace's import history, oldest first."""
    path = Path(path)
    with _connect(path) as connection:
        if IMPORTS_LAYER not in _layers(connection, path):
            return []
        rows = _select(connection, path, IMPORTS_LAYER, {name: "{}" for name in _IMPORT_FIELDS})
    records = []
    for number, row in enumerate(rows, start=1):
        value = dict(zip(_IMPORT_FIELDS, row, strict=True))
        try:
            records.append(
                ImportRecord(
                    file=value["file"],
                    path=value["path"],
                    format=value["format"],
                    kind=value["kind"],
                    rows=int(value["rows"]),
                    records=int(value["records"]),
                    repaired=int(value["repaired"]),
                    warnings=tuple(json.loads(value["warnings"] or "[]")),
                    imported_at=value["imported_at"],
                )
            )
        except (TypeError, ValueError) as exc:
            raise WorkspaceError(f"{path.name}: layer imports, row {number}: {exc}") from None
    return records


# --- writing ---------------------------------------------------------------------------------


class _Encoder:
    """Sources -> JSON text; the same sources tuple (one per file, typically) encodes once."""

    def __init__(self):
        self._cache: dict[tuple[Source, ...], str] = {}

    def sources(self, sources: tuple[Source, ...]) -> str:
        text = self._cache.get(sources)
        if text is None:
            text = self._cache[sources] = json.dumps(
                [
                    {
                        "url": s.url,
                        "publisher": s.publisher,
                        "date": s.date.isoformat() if s.date else None,
                        "note": s.note,
                    }
                    for s in sources
                ],
                ensure_ascii=False,
            )
        return text


def _list_json(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False) if values else "[]"


def _events_frame(events: list[Event], encoder: _Encoder):
    import geopandas
    import shapely

    lats = [math.nan if e.lat is None else e.lat for e in events]
    lons = [math.nan if e.lon is None else e.lon for e in events]
    points = shapely.points(lons, lats) if events else []
    geometry = [
        None if e.lat is None or e.lon is None else p for e, p in zip(events, points, strict=True)
    ]
    data = {
        "id": [e.id for e in events],
        "date": [e.date.isoformat() for e in events],
        "title": [e.title for e in events],
        "kind": [e.kind for e in events],
        "place_name": [e.place_name for e in events],
        "summary": [e.summary for e in events],
        "origin": [e.origin for e in events],
        "lat": lats,
        "lon": lons,
        **{name: [_list_json(getattr(e, name)) for e in events] for name in _EVENT_LISTS},
        "sources": [encoder.sources(e.sources) for e in events],
    }
    return geopandas.GeoDataFrame(data, geometry=geometry, crs="EPSG:4326")


def _zones_frame(zones: list[Zone], encoder: _Encoder):
    import geopandas

    data = {
        "id": [z.id for z in zones],
        "name": [z.name for z in zones],
        "controller": [z.controller for z in zones],
        "area": [z.area for z in zones],
        "valid_from": [z.valid_from.isoformat() for z in zones],
        "valid_to": [z.valid_to.isoformat() if z.valid_to else None for z in zones],
        "backers": [_list_json(z.backers) for z in zones],
        "accuracy": [z.accuracy for z in zones],
        "contested": [int(z.contested) for z in zones],
        "notes": [z.notes for z in zones],
        "sources": [encoder.sources(z.sources) for z in zones],
    }
    return geopandas.GeoDataFrame(data, geometry=[z.geometry for z in zones], crs="EPSG:4326")


def _imports_frame(records: list[ImportRecord]):
    import pandas

    return pandas.DataFrame(
        {
            "file": [r.file for r in records],
            "path": [r.path for r in records],
            "format": [r.format for r in records],
            "kind": [r.kind for r in records],
            "rows": [r.rows for r in records],
            "records": [r.records for r in records],
            "repaired": [r.repaired for r in records],
            "warnings": [json.dumps(list(r.warnings), ensure_ascii=False) for r in records],
            "imported_at": [r.imported_at for r in records],
        }
    )


def _layer_written(temp_path: Path, layer: str) -> None:
    """Called after each layer reaches the temporary file (a seam for the crash test)."""


def _write_all(temp_path: Path, events, zones, imports) -> None:
    import pyogrio

    encoder = _Encoder()
    frames = (
        (EVENTS_LAYER, _events_frame(events, encoder), "Point"),
        (ZONES_LAYER, _zones_frame(zones, encoder), "Unknown"),
    )
    for layer, frame, geometry_type in frames:
        pyogrio.write_dataframe(
            frame,
            temp_path,
            layer=layer,
            driver="GPKG",
            geometry_type=geometry_type,
            promote_to_multi=False,  # a Polygon reads back as a Polygon
        )
        _layer_written(temp_path, layer)
    pyogrio.write_dataframe(_imports_frame(imports), temp_path, layer=IMPORTS_LAYER, driver="GPKG")
    _layer_written(temp_path, IMPORTS_LAYER)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    if sys.platform == "win32":  # directories cannot be opened for fsync there
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """One writer at a time per workspace (POSIX advisory lock; released if the process dies)."""
    try:
        import fcntl
    except ImportError:  # Windows: saves are still atomic, just not serialised
        yield
        return
    lock_path = path.with_name(f".{path.name}.lock")
    with lock_path.open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.saving-{os.getpid()}.gpkg")


def _remove_stale_temp_files(path: Path) -> None:
    """Temporary files of saves that were killed (only called while holding the lock)."""
    for stale in path.parent.glob(f".{path.name}.saving-*.gpkg"):
        with contextlib.suppress(OSError):
            stale.unlink()


def save_workspace(
    path: str | Path,
    events: Iterable[Event],
    zones: Iterable[Zone],
    imports: Iterable[ImportRecord] = (),
) -> Path:
    """Write exactly these records as the workspace at ``path``, atomically.

    Events are written by date, then id: the atlas's order. Read back in file order, they are
    then made (and lie in memory) in the order the atlas sorts and walks them, which makes
    opening a large workspace markedly faster.
    """
    path = Path(path)
    events = sorted(events, key=attrgetter("id"))
    events.sort(key=attrgetter("date"))  # stable: by date, then id
    zones, imports = list(zones), list(imports)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"cannot create the workspace folder {path.parent}: {exc}") from None
    temp = _temp_path(path)
    try:
        if temp.exists():
            temp.unlink()
        _write_all(temp, events, zones, imports)
        write_event_columns(temp, EVENTS_LAYER)
        _fsync_file(temp)
        os.replace(temp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        raise WorkspaceError(f"cannot save the workspace {path}: {exc}") from None
    except Exception as exc:  # GDAL write errors come as pyogrio exceptions
        raise WorkspaceError(f"cannot save the workspace {path}: {exc}") from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return path


def save_import(path: str | Path, result) -> SaveSummary:
    """Add an importer's ``ImportResult`` to the workspace, with its provenance record."""
    provenance = ImportRecord(
        file=result.path.name,
        path=str(result.path),
        format=result.format,
        kind=result.kind,
        rows=result.rows,
        records=result.count,
        repaired=result.repaired,
        warnings=result.warnings,
    )
    return add_to_workspace(path, result.events, result.zones, provenance)


def add_to_workspace(
    path: str | Path,
    events: Iterable[Event] = (),
    zones: Iterable[Zone] = (),
    provenance: ImportRecord | None = None,
) -> SaveSummary:
    """Add records to the workspace (creating it if needed), atomically.

    A record whose id is already in the workspace replaces it, so importing a corrected or
    updated export again updates the earlier import instead of duplicating it.
    """
    path = Path(path)
    events, zones = list(events), list(zones)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"cannot create the workspace folder {path.parent}: {exc}") from None
    with _locked(path):
        _remove_stale_temp_files(path)
        if path.exists():
            old_events, old_zones = read_workspace(path)
            history = list_imports(path)
        else:
            old_events, old_zones, history = [], [], []
        new_ids = {e.id for e in events} | {z.id for z in zones}
        old_ids = {e.id for e in old_events} | {z.id for z in old_zones}
        merged_events = [e for e in old_events if e.id not in new_ids] + events
        merged_zones = [z for z in old_zones if z.id not in new_ids] + zones
        if provenance is not None:
            stamp = provenance.imported_at or datetime.now(UTC).isoformat(timespec="seconds")
            history.append(_with_stamp(provenance, stamp))
        save_workspace(path, merged_events, merged_zones, history)
    replaced = len(new_ids & old_ids)
    return SaveSummary(path=path, added=len(new_ids) - replaced, replaced=replaced)


def _with_stamp(record: ImportRecord, stamp: str) -> ImportRecord:
    from dataclasses import replace

    return replace(record, imported_at=stamp)
