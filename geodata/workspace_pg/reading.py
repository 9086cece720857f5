"""Opening a database workspace: what the map and filters need in one query, records later.

The columns every event is drawn and filtered by come as one row of packed values, built by
the server (``string_agg`` of each column in the atlas's order, date then id): texts joined by
NUL bytes, which PostgreSQL text can never hold, numbers as big-endian binary. A million events
arrive as a dozen values instead of a million rows. The atlas's writes store that row
(``atlas_event_columns``) as they commit, so opening reads it as it is; after a change from
elsewhere (QGIS, an edit) it is packed while opening. Records (and their rarely needed fields:
people, summary, feature ids, sources) are made on first access, from a query by id, so a
record always shows the row as it is in the database.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from datetime import date

import numpy as np

from geodata.event_columns import BUNDLED, EventColumns, LazyEvents, codes, date_of
from geodata.model import EVENT_KINDS, Event, Zone
from geodata.workspace_pg.codec import SourceCodec, iso_stamp
from geodata.workspace_pg.connection import DatabaseError, connect, failure, session
from geodata.workspace_pg.schema import (
    PACKED,
    PACKED_COLUMNS_SQL,
    PACKED_NUMBERS,
    ensure_schema,
)
from geodata.workspace_pg.target import DatabaseWorkspace

_STORED_SQL = f"SELECT {PACKED} FROM atlas_event_columns LIMIT 1"
_LAZY_SQL = "SELECT id, people, summary, feature_ids, sources::text FROM events WHERE id = ANY(%s)"
_ZONE_SQL = """
SELECT ST_AsBinary(geom), id, name, controller, area, valid_from, valid_to, backers, accuracy,
    contested, notes, sources::text
FROM zones ORDER BY valid_from, id
"""
_IMPORT_SQL = """
SELECT file, path, format, kind, rows, records, repaired, warnings::text, imported_at
FROM imports ORDER BY id
"""


def _texts(blob: bytes | None, count: int) -> list[str]:
    if count == 0 or blob is None:
        return []
    values = bytes(blob).decode("utf-8").split("\x00")
    if len(values) != count:
        raise DatabaseError("events: a text column did not split into one value per row")
    return values


def _names(blob: bytes | None) -> list[str]:
    """A coded column's distinct values."""
    return bytes(blob).decode("utf-8").split("\x00") if blob is not None else []


def _remapped(code_map: np.ndarray, stored: np.ndarray) -> np.ndarray:
    """The server's codes (into its distinct values) as codes into the atlas's names."""
    return code_map[stored] if len(stored) else np.zeros(0, np.int32)


def _json_sets(texts: list[str]) -> list[tuple[str, ...]]:
    cache: dict[str, tuple[str, ...]] = {"[]": ()}
    out = []
    for text in texts:
        value = cache.get(text)
        if value is None:
            value = cache[text] = tuple(str(v) for v in json.loads(text))
        out.append(value)
    return out


def open_workspace(workspace: DatabaseWorkspace) -> tuple[Sequence[Event], list[Zone]]:
    """Events (a LazyEvents) and zones, read in one consistent snapshot."""
    import psycopg

    with session(workspace) as connection:
        name = ensure_schema(workspace, connection)
        try:
            with connection.transaction():
                connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                # The packed columns rely on the rows reaching string_agg in the subquery's
                # order: one process, no parallel workers.
                connection.execute("SET LOCAL max_parallel_workers_per_gather = 0")
                packed = connection.execute(_STORED_SQL).fetchone()
                if packed is None:  # emptied by a change from outside the atlas: pack here
                    packed = connection.execute(PACKED_COLUMNS_SQL).fetchone()
                zone_rows = connection.execute(_ZONE_SQL).fetchall()
        except psycopg.Error as exc:
            raise failure(workspace, exc, "reading the workspace") from None
    codec = SourceCodec()
    return _events(workspace, name, packed, codec), _zones(workspace, name, zone_rows, codec)


def _events(workspace, name: str, packed: tuple, codec: SourceCodec) -> LazyEvents:
    count = int(packed[0])
    ids, titles, places = (_texts(packed[i], count) for i in (1, 2, 3))
    numbers = np.frombuffer(bytes(packed[4] or b""), dtype=np.dtype(list(PACKED_NUMBERS)))
    if len(numbers) != count:
        raise DatabaseError(f"{workspace}: layer events: packed columns do not match the rows")
    day = numbers["day"].astype(np.int32)
    lat, lon = numbers["lat"].astype(np.float64), numbers["lon"].astype(np.float64)
    kinds, parties, zone_texts, origins = (_names(packed[i]) for i in (5, 6, 7, 8))
    try:  # each distinct value once; the rows' codes remapped in one numpy step each
        party_sets, party_map = codes(_json_sets(parties))
        zone_sets, zone_map = codes(_json_sets(zone_texts))
    except (ValueError, TypeError) as exc:
        raise DatabaseError(f"{workspace}: layer events: {exc}") from None
    kind_names, kind_map = codes(kinds, EVENT_KINDS)
    origin_names, origin_map = codes([o or name for o in origins], (BUNDLED,))
    kind = _remapped(kind_map, numbers["kind"])
    party_codes = _remapped(party_map, numbers["party"])
    zone_codes = _remapped(zone_map, numbers["zone"])
    origin = _remapped(origin_map, numbers["origin"])
    columns = EventColumns(
        ids=ids,
        day=day,
        lon=lon,
        lat=lat,
        kind_names=kind_names,
        kind=kind,
        party_sets=party_sets,
        parties=party_codes,
        zone_sets=zone_sets,
        zones=zone_codes,
        origin_names=origin_names,
        origin=origin,
    )
    lazy = _LazyFields(workspace, codec)
    dates: dict[int, date] = {}

    def make_rows(rows: list[int]) -> list[Event]:
        wanted = [ids[row] for row in rows]
        fields = lazy.fields(wanted)
        made = []
        for row, ident in zip(rows, wanted, strict=True):
            people, summary, feature_ids, sources = fields.get(ident, ((), "", (), ()))
            y, x = float(lat[row]), float(lon[row])
            made.append(
                Event(
                    id=ident,
                    date=date_of(dates, int(day[row])),
                    title=titles[row],
                    kind=kind_names[kind[row]],
                    lat=None if y != y else y,  # NaN: no point
                    lon=None if x != x else x,
                    place_name=places[row],
                    participants=party_sets[party_codes[row]],
                    people=people,
                    summary=summary,
                    zone_ids=zone_sets[zone_codes[row]],
                    feature_ids=feature_ids,
                    sources=sources,
                    origin=origin_names[origin[row]],
                )
            )
        return made

    def texts() -> list[str]:
        extra = lazy.texts()
        empty = ("", ())
        out = []
        for ident, title, place in zip(ids, titles, places, strict=True):
            summary, people = extra.get(ident, empty)
            out.append(" ".join((title, summary, place, *people)))  # as event_text
        return out

    return LazyEvents(columns, make_rows, texts)


class _LazyFields:
    """People, summary, feature ids and sources, read by id when records are made (one
    connection kept for it, opened on first use)."""

    def __init__(self, workspace: DatabaseWorkspace, codec: SourceCodec) -> None:
        self._workspace = workspace
        self._codec = codec
        self._connection = None
        self._lock = threading.Lock()  # exports make records on worker threads

    def _query(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        import psycopg

        with self._lock:
            for attempt in (1, 2):  # a connection dropped since: one fresh try
                if self._connection is None or self._connection.closed:
                    self._connection = connect(self._workspace, autocommit=True)
                try:
                    return self._connection.execute(sql, parameters).fetchall()
                except psycopg.OperationalError as exc:
                    self._connection.close()
                    self._connection = None
                    if attempt == 2:
                        raise failure(self._workspace, exc, "reading events") from None
                except psycopg.Error as exc:
                    raise failure(self._workspace, exc, "reading events") from None
        return []

    def fields(self, ids: list[str]) -> dict[str, tuple]:
        decode = self._codec.decode
        return {
            ident: (tuple(people), summary, tuple(features), decode(sources))
            for ident, people, summary, features, sources in self._query(_LAZY_SQL, (ids,))
        }

    def texts(self) -> dict[str, tuple[str, list[str]]]:
        rows = self._query("SELECT id, summary, people FROM events")
        return {ident: (summary, people) for ident, summary, people in rows}


def _zones(workspace, name: str, rows: list[tuple], codec: SourceCodec) -> list[Zone]:
    import shapely

    try:
        geometries = shapely.from_wkb([bytes(row[0]) for row in rows]) if rows else []
    except (ValueError, TypeError, shapely.errors.GEOSException) as exc:
        raise DatabaseError(f"{workspace}: layer zones: {exc}") from None
    return [
        Zone(
            id=ident,
            name=zone_name,
            controller=controller,
            geometry=geometry,
            valid_from=valid_from,
            valid_to=valid_to,
            area=area,
            backers=tuple(backers),
            accuracy=accuracy,
            contested=bool(contested),
            notes=notes,
            sources=codec.decode(sources),
            origin=name,
        )
        for geometry, (
            _wkb,
            ident,
            zone_name,
            controller,
            area,
            valid_from,
            valid_to,
            backers,
            accuracy,
            contested,
            notes,
            sources,
        ) in zip(geometries, rows, strict=True)
    ]


def read_workspace(workspace: DatabaseWorkspace) -> tuple[list[Event], list[Zone]]:
    """Every event (whole records) and zone."""
    events, zones = open_workspace(workspace)
    return list(events), zones


def list_imports(workspace: DatabaseWorkspace):
    """The import history, oldest first, as the GeoPackage workspace's ImportRecords."""
    import psycopg

    from geodata.workspace import ImportRecord

    with session(workspace) as connection:
        ensure_schema(workspace, connection)
        try:
            rows = connection.execute(_IMPORT_SQL).fetchall()
        except psycopg.Error as exc:
            raise failure(workspace, exc, "reading the import history") from None
    return [
        ImportRecord(
            file=file,
            path=path,
            format=fmt,
            kind=kind,
            rows=rows_read,
            records=records,
            repaired=repaired,
            warnings=tuple(json.loads(warnings)),
            imported_at=iso_stamp(stamp),
        )
        for file, path, fmt, kind, rows_read, records, repaired, warnings, stamp in rows
    ]


def workspace_name(workspace: DatabaseWorkspace) -> str:
    """The name stored with the workspace (made on first use)."""
    with session(workspace) as connection:
        return ensure_schema(workspace, connection)
