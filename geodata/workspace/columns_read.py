"""Reading the columnar copy of a workspace's events (see :mod:`.columns` for what it is and
how saves keep it): checked against the layer, each segment decoded, the segments joined."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date

import numpy as np

from geodata.workspace.columns import (
    _BLOBS,
    _CODED_COLUMNS,
    _FLOAT,
    _INT,
    _NAMES,
    _SEPARATOR,
    _TABLE_COLUMNS,
    _TEXT_COLUMNS,
    _TRIGGERS,
    FORMAT,
    TABLE,
    layer_sql,
)
from geodata.workspace.gpkg import quote


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


_META = ("rowid", "first_rowid", "last_rowid", "format", "rows", "layer_sql")


def valid_rows(connection: sqlite3.Connection, layer: str) -> list[dict] | None:
    """The header then the segments in row-id order (their bookkeeping, not their blobs:
    a save reads no more than it rewrites), when the copy matches the layer."""
    triggers = dict(
        connection.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' AND name IN "
            f"({', '.join('?' * len(_TRIGGERS))})",
            tuple(_TRIGGERS),
        ).fetchall()
    )
    if triggers != {name: layer for name in _TRIGGERS}:
        return None
    names = [row[1] for row in connection.execute(f"PRAGMA table_info({TABLE})")]
    if tuple(names) != _TABLE_COLUMNS:  # an older format (or a table doctored elsewhere)
        return None
    cursor = connection.execute(f"SELECT {', '.join(_META)} FROM {TABLE} ORDER BY first_rowid")
    rows = [dict(zip(_META, row, strict=True)) for row in cursor.fetchall()]
    if not rows or rows[0]["first_rowid"] is not None:
        return None
    header, segments = rows[0], rows[1:]
    last_rowid = connection.execute(f"SELECT max(rowid) FROM {quote(layer)}").fetchone()[0]
    if (
        header["format"] != FORMAT
        or header["last_rowid"] != last_rowid
        or header["layer_sql"] != layer_sql(connection, layer).encode()
        or header["rows"] != sum(s["rows"] or 0 for s in segments)
    ):
        return None
    previous = None
    for segment in segments:
        first, last = segment["first_rowid"], segment["last_rowid"]
        if not isinstance(first, int) or not isinstance(last, int) or first > last:
            return None
        if previous is not None and first <= previous:
            return None
        if segment["format"] != FORMAT:
            return None
        previous = last
    if segments and previous != last_rowid:
        return None
    return rows


def read_event_columns(connection: sqlite3.Connection, layer: str) -> StoredColumns | None:
    """The columnar copy of ``layer`` when it is there and still matches it, else None."""
    try:
        rows = valid_rows(connection, layer)
    except sqlite3.Error:
        return None
    if rows is None:
        return None
    segments = []
    for meta in rows[1:]:
        cursor = connection.execute(f"SELECT * FROM {TABLE} WHERE rowid = ?", (meta["rowid"],))
        names = [d[0] for d in cursor.description]
        segments.append(dict(zip(names, cursor.fetchone(), strict=True)))
    for segment in segments:
        if not all(isinstance(segment[key], bytes) for key in _BLOBS):
            return None  # a blob rewritten as text or a number by another program
    try:
        parts = [_decode(segment) for segment in segments]
    except (KeyError, TypeError, ValueError, AttributeError, UnicodeDecodeError):
        return None
    if any(part is None for part in parts):
        return None
    return _merge(parts)


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


def _merge(parts: list[StoredColumns]) -> StoredColumns:
    """Segments as one: lists and arrays joined, each coded column's names merged."""
    if len(parts) == 1:
        return parts[0]

    def joined(name: str) -> np.ndarray:
        arrays = [getattr(p, name) for p in parts]
        return np.concatenate(arrays) if arrays else np.empty(0, _FLOAT)

    merged = {}
    for field in _TEXT_COLUMNS:
        merged[field] = [v for p in parts for v in getattr(p, field)]
    for field in ("day", "lat", "lon"):
        merged[field] = joined(field) if parts else np.empty(0, _INT)
    for column, names_field in _NAMES.items():
        all_names: dict = {}
        remapped = []
        for part in parts:
            names = getattr(part, names_field)
            mapping = np.fromiter(
                (all_names.setdefault(n, len(all_names)) for n in names), _INT, len(names)
            )
            codes = getattr(part, column)
            remapped.append(mapping[codes] if len(codes) else codes.astype(_INT))
        merged[names_field] = list(all_names)
        merged[column] = np.concatenate(remapped) if remapped else np.empty(0, _INT)
    return StoredColumns(**merged)
