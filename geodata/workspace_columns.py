"""A columnar copy of a workspace's events, kept in the GeoPackage beside the ``events`` layer.

Reading 100,000 events row by row makes ~900,000 Python objects (~0.2 s) before the window can
draw anything. The map, the filters and the event list need a few columns for every event and
whole records only for the few in sight, so each save also writes those columns as a handful of
blobs in one row of the ``atlas_event_columns`` table: opening then reads them in ~20 ms.

The copy is trusted only while it matches the layer. Triggers on ``events`` empty the table on
any insert, update or delete (QGIS editing the layer, say), and vanish with the layer if it is
dropped and made again; the copy also records the layer's last row id and its table definition
(a column renamed or dropped changes it, and fires no trigger). A missing, emptied or
mismatched copy is ignored and the layer read row by row, as before. Nothing is written when a
workspace is opened. The table is not registered in ``gpkg_contents``, so GIS programs do not
list it as a layer.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

TABLE = "atlas_event_columns"
FORMAT = 2
_TRIGGERS = {f"{TABLE}_on_{op.lower()}": op for op in ("INSERT", "UPDATE", "DELETE")}
_SEPARATOR = "\x00"
_INT, _FLOAT = np.dtype("<i4"), np.dtype("<f8")

# SQL per event field, shared with the row-by-row reader (workspace._EAGER_EVENT_SQL) so both
# give the same values: text defaults as the model's, coordinates only when numeric. An empty
# list reads as NULL: None is one shared object, "[]" a new string per row.
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
_BLOBS = (*_TEXT_COLUMNS, "day", "lat", "lon", "kind", "participants", "zone_ids", "origin")
_CODED_COLUMNS = ("kind", "participants", "zone_ids", "origin")
_NAMES = {  # the blob listing each coded column's distinct values
    "kind": "kind_names",
    "participants": "participant_texts",
    "zone_ids": "zone_texts",
    "origin": "origin_names",
}


@dataclass
class StoredColumns:
    """The blobs decoded: texts as lists, numbers as arrays, repeated values as codes."""

    ids: list[str]
    titles: list[str]
    places: list[str]
    day: np.ndarray  # date ordinals
    lat: np.ndarray  # NaN without a coordinate
    lon: np.ndarray
    kind_names: list[str]
    kind: np.ndarray
    participant_texts: list[str | None]  # JSON lists as stored (None: none)
    participants: np.ndarray
    zone_texts: list[str | None]
    zone_ids: np.ndarray
    origin_names: list[str]  # as stored: '' is the workspace's own name
    origin: np.ndarray


def quote(name: str) -> str:
    """An SQLite identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def select_rows(
    connection: sqlite3.Connection, layer: str, columns: dict[str, str], parameters: tuple = ()
) -> list[tuple]:
    """Rows of ``layer`` in file order; ``columns`` maps a column to the SQL that reads it
    (``{}`` stands for the quoted column, ``?`` for the next parameter). A column the table
    lacks reads as NULL. SQLite's errors pass through."""
    present = {row[1] for row in connection.execute(f"PRAGMA table_info({quote(layer)})")}
    select = ", ".join(
        sql.format(quote(name) if name in present else "NULL") for name, sql in columns.items()
    )
    query = f"SELECT {select} FROM {quote(layer)} ORDER BY rowid"
    return connection.execute(query, parameters).fetchall()


def _coded(values: list) -> tuple[list, bytes]:
    names = list(dict.fromkeys(values))
    index = {name: i for i, name in enumerate(names)}
    return names, np.fromiter(map(index.__getitem__, values), _INT, len(values)).tobytes()


def write_event_columns(path: Path, layer: str) -> bool:
    """Add the columnar copy of ``layer`` to the GeoPackage at ``path`` (a save's temporary
    file, before it replaces the workspace). False when the layer cannot be copied faithfully
    (a text holding a NUL character, a malformed date): then there is no copy, and opening
    reads the layer row by row."""
    connection = sqlite3.connect(path)
    try:
        rows = select_rows(connection, layer, _SOURCE_SQL)
        last_rowid = connection.execute(f"SELECT max(rowid) FROM {quote(layer)}").fetchone()[0]
        blobs = _encode(rows)
        if blobs is not None:
            blobs["layer_sql"] = _layer_sql(connection, layer).encode()
        with connection:
            for name in _TRIGGERS:
                connection.execute(f"DROP TRIGGER IF EXISTS {name}")
            connection.execute(f"DROP TABLE IF EXISTS {TABLE}")
            if blobs is None:
                return False
            connection.execute(
                f"CREATE TABLE {TABLE} (format INTEGER, rows INTEGER, last_rowid INTEGER, "
                + ", ".join(f"{name} BLOB" for name in blobs)
                + ")"
            )
            connection.execute(
                f"INSERT INTO {TABLE} VALUES (?, ?, ?, {', '.join('?' * len(blobs))})",
                (FORMAT, len(rows), last_rowid, *blobs.values()),
            )
            for name, op in _TRIGGERS.items():
                connection.execute(
                    f"CREATE TRIGGER {name} AFTER {op} ON {quote(layer)} "
                    f"BEGIN DELETE FROM {TABLE}; END"
                )
        return True
    finally:
        connection.close()


def _layer_sql(connection: sqlite3.Connection, layer: str) -> str:
    """The layer's table definition as SQLite keeps it (renaming or dropping a column edits
    it)."""
    row = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (layer,)
    ).fetchone()
    return row[0] if row and row[0] else ""


def _encode(rows: list[tuple]) -> dict[str, bytes | str] | None:
    ids, days, titles, kinds, lats, lons, places, participants, zone_ids, origins = (
        (list(column) for column in zip(*rows, strict=True)) if rows else ([] for _ in _SOURCE_SQL)
    )
    texts = {"ids": ids, "titles": titles, "places": places}
    for values in texts.values():
        if any(not isinstance(v, str) or _SEPARATOR in v for v in values):
            return None
    if not all(ids):  # a missing id: the row-by-row reader reports it
        return None
    try:
        ordinals = [date.fromisoformat(day).toordinal() for day in days]
    except (TypeError, ValueError):
        return None
    kind_names, kind = _coded(kinds)
    participant_texts, participant_codes = _coded(participants)
    zone_texts, zone_codes = _coded(zone_ids)
    origin_names, origin = _coded(origins)
    return {
        **{name: _SEPARATOR.join(values).encode() for name, values in texts.items()},
        "day": np.asarray(ordinals, _INT).tobytes(),
        "lat": np.asarray([np.nan if v is None else v for v in lats], _FLOAT).tobytes(),
        "lon": np.asarray([np.nan if v is None else v for v in lons], _FLOAT).tobytes(),
        "kind_names": json.dumps(kind_names, ensure_ascii=False).encode(),
        "kind": kind,
        "participant_texts": json.dumps(participant_texts, ensure_ascii=False).encode(),
        "participants": participant_codes,
        "zone_texts": json.dumps(zone_texts, ensure_ascii=False).encode(),
        "zone_ids": zone_codes,
        "origin_names": json.dumps(origin_names, ensure_ascii=False).encode(),
        "origin": origin,
    }


def read_event_columns(connection: sqlite3.Connection, layer: str) -> StoredColumns | None:
    """The columnar copy of ``layer`` when it is there and still matches it, else None."""
    try:
        triggers = dict(
            connection.execute(
                "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' AND name IN "
                f"({', '.join('?' * len(_TRIGGERS))})",
                tuple(_TRIGGERS),
            ).fetchall()
        )
        if triggers != {name: layer for name in _TRIGGERS}:
            return None
        cursor = connection.execute(f"SELECT * FROM {TABLE}")
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        if len(rows) != 1:
            return None
        stored = dict(zip(names, rows[0], strict=True))
        last_rowid = connection.execute(f"SELECT max(rowid) FROM {quote(layer)}").fetchone()[0]
        layer_sql = _layer_sql(connection, layer).encode()
    except sqlite3.Error:
        return None
    if (
        stored.get("format") != FORMAT
        or stored.get("last_rowid") != last_rowid
        or stored.get("layer_sql") != layer_sql
    ):
        return None
    if not all(isinstance(value, bytes) for key, value in stored.items() if key in _BLOBS):
        return None  # a blob rewritten as text or a number by another program
    try:
        return _decode(stored)
    except (KeyError, TypeError, ValueError, AttributeError, UnicodeDecodeError):
        return None


def _decode(stored: dict) -> StoredColumns | None:
    n = stored["rows"]
    texts = {name: stored[name].decode().split(_SEPARATOR) if n else [] for name in _TEXT_COLUMNS}
    numbers = {
        name: np.frombuffer(stored[name], dtype)
        for name, dtype in (
            ("day", _INT),
            ("lat", _FLOAT),
            ("lon", _FLOAT),
            *((coded, _INT) for coded in _CODED_COLUMNS),
        )
    }
    names = {name: json.loads(stored[_NAMES[name]]) for name in _CODED_COLUMNS}
    if any(len(values) != n for values in (*texts.values(), *numbers.values())):
        return None
    for name in _CODED_COLUMNS:
        codes = numbers[name]
        if n and (codes.min() < 0 or codes.max() >= len(names[name])):
            return None
    if n and (numbers["day"].min() < 1 or numbers["day"].max() > date.max.toordinal()):
        return None
    text_names = (*names["kind"], *names["origin"])
    lists = (*names["participants"], *names["zone_ids"])
    if not all(isinstance(v, str) for v in text_names) or not all(
        v is None or isinstance(v, str) for v in lists
    ):
        return None
    return StoredColumns(
        ids=texts["ids"],
        titles=texts["titles"],
        places=texts["places"],
        day=numbers["day"],
        lat=numbers["lat"],
        lon=numbers["lon"],
        kind_names=names["kind"],
        kind=numbers["kind"],
        participant_texts=names["participants"],
        participants=numbers["participants"],
        zone_texts=names["zone_ids"],
        zone_ids=numbers["zone_ids"],
        origin_names=names["origin"],
        origin=numbers["origin"],
    )
