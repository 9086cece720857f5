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

import numpy as np

from geodata.event_columns import BUNDLED, EventColumns, LazyEvents, codes, date_of
from geodata.model import EVENT_KINDS, Event, Zone
from geodata.workspace.columns import coordinates, select_rows
from geodata.workspace.columns_read import StoredColumns, read_event_columns
from geodata.workspace.decoding import Decoder, gc_paused
from geodata.workspace.gpkg import wkb_of
from geodata.workspace.locations import workspace_name
from geodata.workspace.records import (
    EVENTS_LAYER,
    IMPORTS_LAYER,
    ZONES_LAYER,
    ImportRecord,
    WorkspaceError,
)
from geodata.workspace.sqlite_io import failure, read_connection
from geodata.workspace.stored_events import (
    EAGER_EVENT_SQL,
    LAZY_EVENT_SQL,
    LAZY_EVENTS,
    ROW,
    EventSnapshot,
    StoredEvent,
)

_EVENT_LISTS = ("participants", "people", "zone_ids", "feature_ids")
_ZONE_TEXT = ("id", "name", "controller", "area", "valid_from", "valid_to", "accuracy", "notes")


def _layers(connection: sqlite3.Connection, path: Path) -> dict[str, str]:
    """Layer name -> geometry column ('' for a plain table), from the GeoPackage's registry."""
    try:
        tables = connection.execute("SELECT table_name FROM gpkg_contents").fetchall()
        geometry = dict(
            connection.execute("SELECT table_name, column_name FROM gpkg_geometry_columns")
        )
    except sqlite3.Error as exc:  # not SQLite at all, or SQLite without the GeoPackage tables
        error = failure(path, exc, "read")
        if "not a readable" in str(error) or "did not finish" in str(error):
            raise error from None
        raise WorkspaceError(f"not a readable workspace GeoPackage: {path} ({exc})") from None
    return {str(name): str(geometry.get(name) or "") for (name,) in tables}


def _select(connection, path: Path, layer: str, columns: dict[str, str], *args, **kwargs):
    """:func:`select_rows`, with SQLite's errors as one line naming the file and layer."""
    try:
        return select_rows(connection, layer, columns, *args, **kwargs)
    except sqlite3.Error as exc:
        message = str(failure(path, exc, "read"))
        raise WorkspaceError(f"{path.name}: cannot read layer {layer!r}: {message}") from None


def _own_origin(stored: str | None, own_name: str) -> str:
    """A row's origin as read: its workspace's name when blank, and never "bundled"."""
    return own_name if not stored or stored.casefold() == BUNDLED else stored


def _check_coordinates(path: Path, lats, lons) -> None:
    """Refuse a coordinate no point on Earth has, naming the first such row."""
    lat = np.asarray(lats, dtype=float)
    lon = np.asarray(lons, dtype=float)
    bad = ~((np.abs(lat) <= 90) | np.isnan(lat)) | ~((np.abs(lon) <= 180) | np.isnan(lon))
    bad |= np.isnan(lat) != np.isnan(lon)  # one without the other
    if bad.any():
        row = int(np.argmax(bad))
        raise WorkspaceError(
            f"{path.name}: layer events, feature {row + 1}: coordinates "
            f"(lat {lat[row]!r}, lon {lon[row]!r}) are outside -90..90 / -180..180"
        )


def _read_events(
    connection: sqlite3.Connection,
    path: Path,
    geometry: str,
    decoder: Decoder,
    data: bytes | None,
) -> Sequence[Event]:
    """Events in file order; with the file's ``data``, as :class:`StoredEvent` records whose
    rarely needed fields are read from it on first use."""
    lazy = LAZY_EVENTS and data is not None
    if lazy:
        stored = read_event_columns(connection, EVENTS_LAYER)
        if stored is not None:
            return _events_from_columns(stored, path, decoder, data)
    sql = EAGER_EVENT_SQL if lazy else {**EAGER_EVENT_SQL, **LAZY_EVENT_SQL}
    own_name = workspace_name(path)
    with gc_paused():
        rows = _select(
            connection, path, EVENTS_LAYER, sql, (own_name, own_name), geometry=geometry or ""
        )
    try:
        lats, lons = coordinates(rows, bool(geometry))
    except ValueError as exc:
        raise WorkspaceError(f"{path.name}: layer events: {exc}") from None
    _check_coordinates(
        path, [np.nan if v is None else v for v in lats], [np.nan if v is None else v for v in lons]
    )
    names = tuple(sql)
    strings, sources, dates = decoder.strings, decoder.sources, decoder.dates
    cls = type("StoredEvent", (StoredEvent,), {"__module__": __name__}) if lazy else Event
    new, set_dict = object.__new__, object.__setattr__
    events: list[Event] = []
    append = events.append
    try:
        with gc_paused():
            for row, lat, lon in zip(rows, lats, lons, strict=True):
                value = dict(zip(names, row, strict=False))
                if not value["id"]:
                    raise ValueError("id: missing")
                fields = {
                    "id": value["id"],
                    "date": dates[value["date"]],
                    "title": value["title"],
                    "kind": value["kind"],
                    "lat": lat,
                    "lon": lon,
                    "place_name": value["place_name"],
                    "participants": strings[value["participants"]],
                    "zone_ids": strings[value["zone_ids"]],
                    "origin": _own_origin(value["origin"], own_name),
                }
                if lazy:
                    event = new(cls)
                    set_dict(event, "__dict__", {**fields, ROW: len(events)})
                else:
                    fields["people"] = strings[value["people"]]
                    fields["feature_ids"] = strings[value["feature_ids"]]
                    fields["summary"] = value["summary"]
                    fields["sources"] = sources[value["sources"]]
                    event = Event(**fields)
                append(event)
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        number = len(events) + 1
        raise WorkspaceError(f"{path.name}: layer events, feature {number}: {exc}") from None
    if lazy:
        cls._snapshot = EventSnapshot(data, path, len(events))
    return events


def _events_from_columns(
    stored: StoredColumns, path: Path, decoder: Decoder, data: bytes
) -> LazyEvents:
    """Events from the workspace's columnar copy: records are made when first read."""
    own_name = workspace_name(path)
    _check_coordinates(path, stored.lat, stored.lon)
    try:
        participant_sets = [decoder.strings[text] for text in stored.participant_texts]
        zone_id_sets = [decoder.strings[text] for text in stored.zone_texts]
    except (TypeError, ValueError, AttributeError) as exc:
        raise WorkspaceError(f"{path.name}: layer events: {exc}") from None
    # Codes into distinct names, in the order EventColumns.of_events gives them.
    kind_names, kind_map = codes(stored.kind_names, EVENT_KINDS)
    party_sets, party_map = codes(participant_sets)
    zone_sets, zone_map = codes(zone_id_sets)
    origins = [_own_origin(name, own_name) for name in stored.origin_names]
    origin_names, origin_map = codes(origins, (BUNDLED,))
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
    snapshot = cls._snapshot = EventSnapshot(data, path, len(columns))
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
        with gc_paused():
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
                        ROW: row,
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
    connection: sqlite3.Connection, path: Path, geometry_column: str, decoder: Decoder
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
    layers = _layers(connection, path)
    events = (
        _read_events(connection, path, layers[EVENTS_LAYER], decoder, data)
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
    with read_connection(path) as connection:
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
