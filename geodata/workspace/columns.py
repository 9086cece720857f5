"""A columnar copy of a workspace's events, kept in the GeoPackage beside the ``events`` layer.

Reading 100,000 events row by row makes ~900,000 Python objects (~0.2 s) before the window can
draw anything. The map, the filters and the event list need a few columns for every event and
whole records only for the few in sight, so the copy keeps those columns as blobs in the
``atlas_event_columns`` table: opening then reads them in ~20 ms.

The copy is cut in segments of at most :data:`SEGMENT_ROWS` rows by row id, so a save that
appends or replaces a few rows re-encodes only the segments they fall in (a million-event
workspace takes one new row in a fraction of a second), plus one header row naming the layer's
definition and last row id.

The copy is trusted only while it matches the layer. Triggers on ``events`` empty the table on
any insert, update or delete by another program (QGIS editing the layer, say), and vanish with
the layer if it is dropped and made again; the header records the layer's last row id and its
table definition (a column renamed or dropped changes it, and fires no trigger). A missing,
emptied or mismatched copy is ignored and the layer read row by row; the next save makes it
again. The atlas's own saves drop the triggers inside their transaction and make them again
after updating the copy. The table is not in ``gpkg_contents``, so GIS programs do not list it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date

import numpy as np

from geodata.workspace.gpkg import event_points, quote

TABLE = "atlas_event_columns"
FORMAT = 3
SEGMENT_ROWS = 8_192
_TRIGGERS = {f"{TABLE}_on_{op.lower()}": op for op in ("INSERT", "UPDATE", "DELETE")}
_SEPARATOR = "\x00"
_INT, _FLOAT = np.dtype("<i4"), np.dtype("<f8")

# SQL per event field, shared with the row-by-row reader so both give the same values: text
# defaults as the model's. An empty list reads as NULL: None is one shared object, "[]" a new
# string per row. Coordinates come from the geometry (see geometry_sql), else these columns.
_COORDINATE_SQL = "CASE WHEN typeof({0}) IN ('real', 'integer') THEN {0} + 0.0 END"
EVENT_COLUMN_SQL = {
    "id": "{}",
    "date": "{}",
    "title": "coalesce({}, '')",
    "kind": "coalesce(nullif({}, ''), 'other')",
    "lat": _COORDINATE_SQL,
    "lon": _COORDINATE_SQL,
    "place_name": "coalesce({}, '')",
    "participants": "nullif({}, '[]')",
    "zone_ids": "nullif({}, '[]')",  # what a zone's related events are found by
}
# The copy keeps origin raw ('' = the workspace's own name, whatever the file is called then).
_SOURCE_SQL = {**EVENT_COLUMN_SQL, "origin": "coalesce({}, '')"}
_TEXT_COLUMNS = ("ids", "titles", "places")
_CODED_COLUMNS = ("kind", "participants", "zone_ids", "origin")
_NAMES = {  # the blob listing each coded column's distinct values
    "kind": "kind_names",
    "participants": "participant_texts",
    "zone_ids": "zone_texts",
    "origin": "origin_names",
}
_BLOBS = (*_TEXT_COLUMNS, "day", "lat", "lon", *_CODED_COLUMNS, *_NAMES.values())
_TABLE_COLUMNS = ("first_rowid", "last_rowid", "format", "rows", "layer_sql", *_BLOBS)
_SQL_TYPE = dict.fromkeys(("first_rowid", "last_rowid", "format", "rows"), "INTEGER")


GEOMETRY = "\x00geometry"  # the key under which select_rows reads the raw geometry blob


def select_rows(
    connection: sqlite3.Connection,
    layer: str,
    columns: dict[str, str],
    parameters: tuple = (),
    where: str = "",
    geometry: str | None = None,
) -> list[tuple]:
    """Rows of ``layer`` in file order; ``columns`` maps a column to the SQL that reads it
    (``{}`` stands for the quoted column, ``?`` for the next parameter). A column the table
    lacks reads as NULL; with ``geometry``, its raw blob comes last. SQLite's errors pass
    through. A view is counted first (under the connection's time limit) and read no further
    than that, so an endless view cannot fill memory."""
    present = {row[1] for row in connection.execute(f"PRAGMA table_info({quote(layer)})")}
    select = ", ".join(
        sql.format(quote(name) if name in present else "NULL") for name, sql in columns.items()
    )
    if geometry is not None:
        select += f", {quote(geometry) if geometry in present else 'NULL'}"
    is_view = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?", (layer,)
    ).fetchone()
    if is_view:
        from geodata.workspace import sqlite_io

        with sqlite_io.time_limit(connection, sqlite_io.VIEW_SECONDS) as seconds:
            try:
                count = connection.execute(f"SELECT count(*) FROM {quote(layer)}").fetchone()[0]
            except sqlite3.OperationalError as exc:
                if "interrupt" not in str(exc):
                    raise
                raise sqlite_io.QueryTimeout(
                    f"view {layer!r} did not finish within {seconds:g} s"
                ) from None
        return connection.execute(
            f"SELECT {select} FROM {quote(layer)} {where} LIMIT {int(count)}", parameters
        ).fetchall()
    query = f"SELECT {select} FROM {quote(layer)} {where} ORDER BY rowid"
    return connection.execute(query, parameters).fetchall()


def coordinates(rows: list[tuple], has_geometry: bool) -> tuple[list, list]:
    """(lats, lons) of rows read with a raw geometry last, after lat and lon at 4 and 5:
    the geometry's point when the layer has a geometry column, else the two columns."""
    if not has_geometry:
        return [row[4] for row in rows], [row[5] for row in rows]
    points = event_points([row[-1] for row in rows])
    lats = [None if p is None else p[1] for p in points]
    lons = [None if p is None else p[0] for p in points]
    return lats, lons


# --- writing (inside a save's transaction) ----------------------------------------------------


@dataclass
class CopyState:
    """The copy as a save found it: its segments' (first, last) row ids, when it was valid."""

    segments: list[tuple[int, int]]


def begin(connection: sqlite3.Connection, layer: str) -> CopyState | None:
    """Before a save writes ``layer``: the copy's state if it still matches the layer, then
    the triggers dropped, so the save's own writes do not empty it."""
    from geodata.workspace.columns_read import valid_rows  # it reads what this module writes

    state = None
    try:
        rows = valid_rows(connection, layer)
        if rows is not None:
            state = CopyState([(r["first_rowid"], r["last_rowid"]) for r in rows[1:]])
    except sqlite3.Error:
        state = None
    for name in _TRIGGERS:
        connection.execute(f"DROP TRIGGER IF EXISTS {quote(name)}")
    return state


def finish(
    connection: sqlite3.Connection,
    layer: str,
    geometry: str | None,
    state: CopyState | None,
    changed: set[int],
    appended_after: int,
) -> bool:
    """After a save wrote ``layer``: re-encode the segments holding ``changed`` row ids and
    the rows after ``appended_after`` (or everything, when the copy was not valid), then put
    the triggers back. False (and no copy) when the layer holds what the copy cannot."""
    if state is None:
        connection.execute(f"DROP TABLE IF EXISTS {TABLE}")
        connection.execute(
            f"CREATE TABLE {TABLE} ("
            + ", ".join(f"{n} {_SQL_TYPE.get(n, 'BLOB')}" for n in _TABLE_COLUMNS)
            + ")"
        )
        redo = [(None, None)]  # every row
        segments: list[tuple[int, int]] = []
    else:
        segments = state.segments
        redo = [s for s in segments if any(s[0] <= r <= s[1] for r in changed)]
        last = segments[-1] if segments else None
        start = appended_after
        if last is not None and last not in redo and _segment_size(connection, last) < SEGMENT_ROWS:
            start = min(start, last[0] - 1)  # a small tail segment grows, rather than one more
        redo.append((start + 1, None))
    for first, last in redo:
        connection.execute(
            f"DELETE FROM {TABLE} WHERE first_rowid IS NULL OR first_rowid >= ? "
            "AND last_rowid <= ?",
            (first if first is not None else -(2**62), last if last is not None else 2**62),
        )
        if not _write_segments(connection, layer, geometry, first, last):
            connection.execute(f"DROP TABLE IF EXISTS {TABLE}")
            return False
    last_rowid = connection.execute(f"SELECT max(rowid) FROM {quote(layer)}").fetchone()[0]
    total = connection.execute(
        f"SELECT coalesce(sum(rows), 0) FROM {TABLE} WHERE first_rowid IS NOT NULL"
    ).fetchone()[0]
    connection.execute(
        f"INSERT INTO {TABLE} (first_rowid, last_rowid, format, rows, layer_sql) "
        "VALUES (NULL, ?, ?, ?, ?)",
        (last_rowid, FORMAT, total, layer_sql(connection, layer).encode()),
    )
    for name, op in _TRIGGERS.items():
        connection.execute(
            f"CREATE TRIGGER {quote(name)} AFTER {op} ON {quote(layer)} "
            f"BEGIN DELETE FROM {TABLE}; END"
        )
    return True


def _segment_size(connection: sqlite3.Connection, segment: tuple[int, int]) -> int:
    row = connection.execute(
        f"SELECT rows FROM {TABLE} WHERE first_rowid = ? AND last_rowid = ?", segment
    ).fetchone()
    return int(row[0]) if row else 0


def _write_segments(connection, layer: str, geometry: str | None, first, last) -> bool:
    """Encode the layer's rows with row ids in [first, last] (open ends: None) as segments."""
    conditions, parameters = [], []
    if first is not None:
        conditions.append("rowid >= ?")
        parameters.append(first)
    if last is not None:
        conditions.append("rowid <= ?")
        parameters.append(last)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    columns = {"\x00rowid": "rowid", **_SOURCE_SQL}
    rows = select_rows(connection, layer, columns, tuple(parameters), where, geometry or "")
    for start in range(0, len(rows), SEGMENT_ROWS):
        chunk = rows[start : start + SEGMENT_ROWS]
        blobs = _encode([row[1:] for row in chunk], geometry is not None)
        if blobs is None:
            return False
        connection.execute(
            f"INSERT INTO {TABLE} (first_rowid, last_rowid, format, rows, {', '.join(blobs)}) "
            f"VALUES (?, ?, ?, ?, {', '.join('?' * len(blobs))})",
            (chunk[0][0], chunk[-1][0], FORMAT, len(chunk), *blobs.values()),
        )
    return True


def layer_sql(connection: sqlite3.Connection, layer: str) -> str:
    """The layer's table definition as SQLite keeps it (renaming or dropping a column edits
    it)."""
    row = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (layer,)
    ).fetchone()
    return row[0] if row and row[0] else ""


def _coded(values: list) -> tuple[list, bytes]:
    names = list(dict.fromkeys(values))
    index = {name: i for i, name in enumerate(names)}
    return names, np.fromiter(map(index.__getitem__, values), _INT, len(values)).tobytes()


def _encode(rows: list[tuple], has_geometry: bool) -> dict[str, bytes] | None:
    try:
        lats, lons = coordinates(rows, has_geometry)
    except ValueError:
        return None
    ids, days, titles, kinds, _, _, places, participants, zone_ids, origins = (
        (list(column) for column in zip(*(row[:10] for row in rows), strict=True))
        if rows
        else ([] for _ in _SOURCE_SQL)
    )
    texts = {"ids": ids, "titles": titles, "places": places}
    for values in texts.values():
        if any(not isinstance(v, str) or _SEPARATOR in v for v in values):
            return None
    if not all(ids):  # a missing id: the row-by-row reader reports it
        return None
    try:
        ordinals = [date.fromisoformat(day).toordinal() for day in days]
        lat = np.asarray([np.nan if v is None else v for v in lats], _FLOAT)
        lon = np.asarray([np.nan if v is None else v for v in lons], _FLOAT)
    except (TypeError, ValueError):
        return None
    kind_names, kind = _coded(kinds)
    participant_texts, participant_codes = _coded(participants)
    zone_texts, zone_codes = _coded(zone_ids)
    origin_names, origin = _coded(origins)
    return {
        **{name: _SEPARATOR.join(values).encode() for name, values in texts.items()},
        "day": np.asarray(ordinals, _INT).tobytes(),
        "lat": lat.tobytes(),
        "lon": lon.tobytes(),
        "kind_names": json.dumps(kind_names, ensure_ascii=False).encode(),
        "kind": kind,
        "participant_texts": json.dumps(participant_texts, ensure_ascii=False).encode(),
        "participants": participant_codes,
        "zone_texts": json.dumps(zone_texts, ensure_ascii=False).encode(),
        "zone_ids": zone_codes,
        "origin_names": json.dumps(origin_names, ensure_ascii=False).encode(),
        "origin": origin,
    }
