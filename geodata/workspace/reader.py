"""Reading a workspace: its events (lazily where it can), zones and import history.

A GeoPackage is an SQLite database, so reading needs only the standard library's sqlite3: no
GDAL, and no pyogrio, which would import geopandas and pandas (~0.3 s) on the way. Geometry
blobs are a small GeoPackage header followed by WKB; an event's point is read straight from
its blob, a zone's shape in one vectorised shapely call.

What is read is checked, not trusted: a coordinate outside ±90/±180 is refused naming its row,
and an origin of "bundled" (the atlas's curated data) is never taken from a file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from geodata.model import Event, Zone
from geodata.workspace.decoding import Decoder
from geodata.workspace.event_reader import read_events
from geodata.workspace.gpkg import wkb_of
from geodata.workspace.layer_access import gpkg_layers, select_layer
from geodata.workspace.locations import workspace_name
from geodata.workspace.records import (
    EVENTS_LAYER,
    IMPORTS_LAYER,
    ZONES_LAYER,
    ImportRecord,
    WorkspaceError,
)
from geodata.workspace.rows import IMPORT_COLUMNS
from geodata.workspace.sqlite_io import failure, read_connection

_ZONE_TEXT = ("id", "name", "controller", "area", "valid_from", "valid_to", "accuracy", "notes")


def _read_zones(
    connection: sqlite3.Connection, path: Path, geometry_column: str, decoder: Decoder
) -> list[Zone]:
    import shapely

    names = (*_ZONE_TEXT, "backers", "contested", "sources")
    rows = select_layer(
        connection,
        path,
        ZONES_LAYER,
        {geometry_column or "geom": "{}", **{name: "{}" for name in names}},
    )
    origin = workspace_name(path)
    zones = []
    try:
        wkbs = [None if row[0] is None else wkb_of(row[0]) for row in rows]
        geometries = shapely.from_wkb(wkbs) if rows else []
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


def _snapshot_bytes(connection: sqlite3.Connection, path: Path) -> bytes | None:
    """The database as SQLite sees it inside this read transaction, as bytes that deserialize
    in memory; None when there is no memory for it (then every field is read at once).

    With a rollback journal the shared lock this transaction holds keeps every writer from
    touching the file, so its bytes are read as they are (~10x faster than SQLite's
    ``serialize``). In WAL mode (QGIS's) commits may still sit in ``-wal``: SQLite serializes
    the database, and the copy's header is marked rollback-journal, as memory needs."""
    try:
        wal = connection.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        if not wal:
            with path.open("rb") as handle:
                return handle.read()
        data = bytearray(connection.serialize())
    except (sqlite3.Error, OSError, MemoryError):
        return None
    if len(data) > 19 and data[18] == 2:
        data[18] = data[19] = 1
    return bytes(data)


def _read_layers(connection, path: Path, data: bytes | None) -> tuple[Sequence[Event], list[Zone]]:
    decoder = Decoder()
    layers = gpkg_layers(connection, path)
    events = (
        read_events(connection, path, layers[EVENTS_LAYER], decoder, data)
        if EVENTS_LAYER in layers
        else []
    )
    zones = (
        _read_zones(connection, path, layers[ZONES_LAYER], decoder) if ZONES_LAYER in layers else []
    )
    return events, zones


def read_workspace(path: str | Path) -> tuple[list[Event], list[Zone]]:
    """Every event and zone in the workspace at ``path`` (missing layers read as empty), in
    file order.

    Events are :class:`StoredEvent` records: equal to plain events with the same values, with
    their rarely needed fields read on first use from the file's bytes as read here."""
    events, zones = open_workspace(path)
    return list(events), zones


def open_workspace(path: str | Path) -> tuple[Sequence[Event], list[Zone]]:
    """As :func:`read_workspace`, but the events may be a :class:`LazyEvents` (when the file
    has its columnar copy) whose records are made on first access: what the atlas opens.

    Everything is read in one read transaction, so a save or another program committing at
    the same moment is either wholly seen or not at all."""
    path = Path(path)
    with read_connection(path) as connection:  # checks the path, rolls back a killed save
        try:
            connection.execute("BEGIN")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # shared lock
        except sqlite3.Error as exc:
            raise failure(path, exc, "read") from None
        data = _snapshot_bytes(connection, path)
        events, zones = _read_layers(connection, path, data)
        connection.rollback()
    return events, zones


def list_imports(path: str | Path) -> list[ImportRecord]:
    """The workspace's import history, oldest first."""
    path = Path(path)
    with read_connection(path) as connection:
        if IMPORTS_LAYER not in gpkg_layers(connection, path):
            return []
        rows = select_layer(
            connection, path, IMPORTS_LAYER, {name: "{}" for name in IMPORT_COLUMNS}
        )
    records = []
    for number, row in enumerate(rows, start=1):
        value = dict(zip(IMPORT_COLUMNS, row, strict=True))
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
