"""Writing a database workspace: imports and copies as single transactions, checked edits.

An import is one transaction: the provenance row, then every record through COPY into a
temporary table and one ``INSERT ... ON CONFLICT`` into the layer. Another analyst's import
at the same time commits independently (rows are locked, not tables), so both land; a record
id both bring is the later commit's. A connection lost half-way leaves nothing: the server
rolls the transaction back. Records keep who imported them (``current_user``) and when.

Edits say which ``row_version`` they read; a row changed since is refused (:class:`StaleEdit`)
rather than overwritten.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from geodata.model import Event, Zone
from geodata.workspace_pg.codec import SourceCodec
from geodata.workspace_pg.connection import DatabaseError, ReadOnlyWorkspace, failure, session
from geodata.workspace_pg.schema import ensure_schema
from geodata.workspace_pg.target import DatabaseWorkspace

EVENT_COLUMNS = (
    "id", "date", "title", "kind", "lat", "lon", "place_name", "participants", "people",
    "summary", "zone_ids", "feature_ids", "sources", "origin",
)  # fmt: skip
ZONE_COLUMNS = (
    "id", "name", "controller", "area", "valid_from", "valid_to", "backers", "accuracy",
    "contested", "notes", "sources",
)  # fmt: skip
_BATCH = 20_000  # rows between progress seam calls


class StaleEdit(DatabaseError):
    """An edit of a record that someone else changed after it was read."""


@dataclass(frozen=True)
class Written:
    added: int
    replaced: int


def _rows_sent(connection, layer: str, count: int) -> None:
    """Called as COPY sends each batch (a seam for the lost-connection test)."""


def _coordinate(value: float | None) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def _event_row(event: Event, codec: SourceCodec) -> tuple:
    return (
        event.id, event.date, event.title, event.kind, _coordinate(event.lat),
        _coordinate(event.lon), event.place_name, list(event.participants), list(event.people),
        event.summary, list(event.zone_ids), list(event.feature_ids),
        codec.encode(event.sources), event.origin,
    )  # fmt: skip


def _zone_row(zone: Zone, codec: SourceCodec) -> tuple:
    return (
        zone.id, zone.name, zone.controller, zone.area, zone.valid_from, zone.valid_to,
        list(zone.backers), zone.accuracy, zone.contested, zone.notes,
        codec.encode(zone.sources), zone.geometry.wkb,
    )  # fmt: skip


def _last_by_id(records: Iterable) -> list:
    """One record per id, the last given (as a re-import replaces the earlier one)."""
    return list({record.id: record for record in records}.values())


def _stage(connection, layer: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> None:
    """COPY rows into a temporary table shaped like ``layer`` (dropped at commit)."""
    stage = f"atlas_stage_{layer}"
    if layer == "zones":
        connection.execute(
            f"CREATE TEMP TABLE {stage} ON COMMIT DROP AS "
            f"SELECT {', '.join(columns)}, ST_AsBinary(geom) AS wkb FROM zones WITH NO DATA"
        )
        columns = (*columns, "wkb")
    else:
        connection.execute(
            f"CREATE TEMP TABLE {stage} ON COMMIT DROP AS "
            f"SELECT {', '.join(columns)} FROM {layer} WITH NO DATA"
        )
    with connection.cursor().copy(f"COPY {stage} ({', '.join(columns)}) FROM STDIN") as copy:
        for count, row in enumerate(rows, start=1):
            copy.write_row(row)
            if count % _BATCH == 0:
                _rows_sent(connection, layer, count)


def _merge(connection, layer: str, columns: tuple[str, ...], import_id: int | None) -> Written:
    """Stage -> layer: new ids inserted, known ids updated (the trigger raises row_version)."""
    stage = f"atlas_stage_{layer}"
    values = ", ".join(columns) + (", ST_GeomFromWKB(wkb, 4326)" if layer == "zones" else "")
    targets = ", ".join(columns) + (", geom" if layer == "zones" else "")
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in (*columns[1:],)) + (
        ", geom = EXCLUDED.geom" if layer == "zones" else ""
    )
    rows = connection.execute(
        # In id order: two imports bringing the same ids lock them in the same order, so one
        # waits for the other instead of deadlocking.
        f"INSERT INTO {layer} ({targets}, import_id) "
        f"SELECT {values}, %s FROM {stage} ORDER BY id "
        f"ON CONFLICT (id) DO UPDATE SET {updates}, import_id = EXCLUDED.import_id, "
        "imported_by = current_user, imported_at = now() "
        "RETURNING (xmax = 0)",  # true: inserted; false: an existing row updated
        (import_id,),
    ).fetchall()
    added = sum(1 for (inserted,) in rows if inserted)
    return Written(added=added, replaced=len(rows) - added)


def _check_writable(workspace: DatabaseWorkspace, connection) -> None:
    row = connection.execute(
        "SELECT has_table_privilege('events', 'INSERT') AND has_table_privilege('zones', "
        "'INSERT') AND has_table_privilege('imports', 'INSERT'), current_user"
    ).fetchone()
    if not row[0]:
        raise ReadOnlyWorkspace(
            f"{workspace}: role {row[1]!r} may open and export this workspace but not import "
            "into it (no INSERT privilege); ask the database owner for write access"
        )


def _insert_import(connection, provenance) -> int:
    stamp = provenance.imported_at or None
    return connection.execute(
        "INSERT INTO imports (file, path, format, kind, rows, records, repaired, warnings, "
        "imported_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s::jsonb, "
        "coalesce(%s, date_trunc('second', now()))) RETURNING id",
        (
            provenance.file,
            provenance.path,
            provenance.format,
            provenance.kind,
            provenance.rows,
            provenance.records,
            provenance.repaired,
            _json(list(provenance.warnings)),
            datetime.fromisoformat(stamp) if stamp else None,
        ),
    ).fetchone()[0]


def _json(value) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def add_to_workspace(
    workspace: DatabaseWorkspace,
    events: Iterable[Event] = (),
    zones: Iterable[Zone] = (),
    provenance=None,
) -> Written:
    """Add records (a record whose id is there already replaces it), in one transaction."""
    import psycopg

    events, zones = _last_by_id(events), _last_by_id(zones)
    codec = SourceCodec()
    with session(workspace) as connection:
        ensure_schema(workspace, connection)
        try:
            with connection.transaction():
                _check_writable(workspace, connection)
                import_id = None if provenance is None else _insert_import(connection, provenance)
                total = Written(0, 0)
                if events:
                    rows = (_event_row(e, codec) for e in events)
                    _stage(connection, "events", EVENT_COLUMNS, rows)
                    total = _merge(connection, "events", EVENT_COLUMNS, import_id)
                if zones:
                    _stage(connection, "zones", ZONE_COLUMNS, (_zone_row(z, codec) for z in zones))
                    written = _merge(connection, "zones", ZONE_COLUMNS, import_id)
                    total = Written(total.added + written.added, total.replaced + written.replaced)
                if events:
                    connection.execute("SELECT atlas_pack_event_columns()")
        except DatabaseError:
            raise
        except psycopg.Error as exc:
            raise failure(workspace, exc, "importing") from None
    return total


def write_workspace(
    workspace: DatabaseWorkspace,
    events: Iterable[Event],
    zones: Iterable[Zone],
    imports,
    require_empty: bool = True,
) -> Written:
    """Make the workspace hold exactly these records and import history, in one transaction
    (a copy: ``require_empty`` refuses a workspace that holds any)."""
    import psycopg

    codec = SourceCodec()
    with session(workspace) as connection:
        ensure_schema(workspace, connection)
        try:
            with connection.transaction():
                _check_writable(workspace, connection)
                held = connection.execute(
                    "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM zones), "
                    "(SELECT count(*) FROM imports)"
                ).fetchone()
                if any(held) and not require_empty:
                    connection.execute("DELETE FROM events")
                    connection.execute("DELETE FROM zones")
                    connection.execute("DELETE FROM imports")
                elif any(held):
                    raise DatabaseError(
                        f"{workspace} is not empty ({held[0]:,} events, {held[1]:,} zones, "
                        f"{held[2]:,} imports): copy into an empty workspace"
                    )
                for record in imports:
                    _insert_import(connection, record)
                _stage(connection, "events", EVENT_COLUMNS, (_event_row(e, codec) for e in events))
                added = _merge(connection, "events", EVENT_COLUMNS, None).added
                _stage(connection, "zones", ZONE_COLUMNS, (_zone_row(z, codec) for z in zones))
                added += _merge(connection, "zones", ZONE_COLUMNS, None).added
                connection.execute("SELECT atlas_pack_event_columns()")
        except DatabaseError:
            raise
        except psycopg.Error as exc:
            raise failure(workspace, exc, "copying into the workspace") from None
    return Written(added=added, replaced=0)


@dataclass(frozen=True)
class RowVersion:
    version: int
    changed_by: str
    changed_at: datetime
    imported_by: str
    imported_at: datetime


def row_versions(workspace: DatabaseWorkspace, layer: str, ids: list[str]) -> dict[str, RowVersion]:
    """Each record's version and who imported and last changed it (what an editor read)."""
    if layer not in ("events", "zones"):
        raise ValueError(f"not a record layer: {layer}")
    with session(workspace) as connection:
        rows = connection.execute(
            f"SELECT id, row_version, changed_by, changed_at, imported_by, imported_at "
            f"FROM {layer} WHERE id = ANY(%s)",
            (ids,),
        ).fetchall()
    return {row[0]: RowVersion(*row[1:]) for row in rows}


def update_event(workspace: DatabaseWorkspace, event: Event, read_version: int) -> int:
    """Save an edited event; refused if its row changed after ``read_version`` was read.
    Returns the new version."""
    import psycopg

    codec = SourceCodec()
    row = _event_row(event, codec)
    sets = ", ".join(f"{c} = %s" for c in EVENT_COLUMNS[1:])
    with session(workspace) as connection:
        try:
            with connection.transaction():
                saved = connection.execute(
                    f"UPDATE events SET {sets} WHERE id = %s AND row_version = %s "
                    "RETURNING row_version",
                    (*row[1:], event.id, read_version),
                ).fetchone()
                if saved is None:
                    now = connection.execute(
                        "SELECT row_version, changed_by, changed_at FROM events WHERE id = %s",
                        (event.id,),
                    ).fetchone()
                    if now is None:
                        raise StaleEdit(f"event {event.id!r} was deleted after you read it")
                    raise StaleEdit(
                        f"event {event.id!r} was changed by {now[1]} at "
                        f"{now[2]:%Y-%m-%d %H:%M} after you read it (version {now[0]}, you "
                        f"read {read_version}): reload it and edit again"
                    )
        except DatabaseError:
            raise
        except psycopg.Error as exc:
            raise failure(workspace, exc, "saving the edit") from None
    return int(saved[0])
