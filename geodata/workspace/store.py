"""Where a workspace's records are kept: the small interface every storage backend gives
(:class:`WorkspaceStore`), and the GeoPackage one.

A save is one SQLite transaction on the workspace file itself that writes only what changed:
new records are appended, a record whose id is already there is updated in its row (keeping
the row's id and any columns other programs added), an import adds one row to ``imports``.
Tables, layers, styles and edits other programs made are never touched.
"""

from __future__ import annotations

import contextlib
import glob
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from geodata.model import Event, Zone
from geodata.workspace import columns
from geodata.workspace.gpkg import ensure_geopackage, ensure_layer, quote, touch_contents
from geodata.workspace.locations import _short, check_workspace_path
from geodata.workspace.reader import list_imports, open_workspace
from geodata.workspace.records import (
    EVENTS_LAYER,
    IMPORTS_LAYER,
    ZONES_LAYER,
    ImportRecord,
    SaveSummary,
    WorkspaceError,
)
from geodata.workspace.rows import (
    EVENT_COLUMNS,
    IMPORT_COLUMNS,
    ZONE_COLUMNS,
    Encoder,
    event_row,
    import_row,
    zone_row,
)
from geodata.workspace.sqlite_io import write_transaction

_ID_BATCH = 900  # ids per lookup (SQLite's default limit on parameters is 999 in old builds)


def _layer_written(connection: sqlite3.Connection, layer: str) -> None:
    """Called inside a save's transaction after each layer is written (a seam for the tests
    that kill or fail a save midway)."""


class WorkspaceStore(Protocol):
    """What the atlas needs from a place that keeps a workspace (a GeoPackage file here; a
    PostGIS schema for teams would give the same operations)."""

    def read(self) -> tuple[Sequence[Event], list[Zone]]:
        """Every event (possibly lazily made) and zone."""

    def imports(self) -> list[ImportRecord]:
        """The import history, oldest first."""

    def add(
        self,
        events: Iterable[Event] = (),
        zones: Iterable[Zone] = (),
        provenance: ImportRecord | None = None,
    ) -> SaveSummary:
        """Append new records and update those whose id is already stored, with the import's
        provenance, all or nothing."""

    def replace_all(
        self, events: Iterable[Event], zones: Iterable[Zone], imports: Iterable[ImportRecord]
    ) -> None:
        """Make the atlas's layers hold exactly these records (other data kept), all or
        nothing."""


def _last_wins(records: Iterable) -> list:
    """Records with distinct ids, the last of each id kept, in first-seen order."""
    by_id = {}
    for record in records:
        by_id[record.id] = record
    return list(by_id.values())


class GeoPackageStore:
    """A workspace kept in one GeoPackage file, written in place by SQLite transactions."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    def read(self) -> tuple[Sequence[Event], list[Zone]]:
        return open_workspace(self.path)

    def imports(self) -> list[ImportRecord]:
        return list_imports(self.path)

    def add(self, events=(), zones=(), provenance=None) -> SaveSummary:
        events, zones = _last_wins(events), _last_wins(zones)
        encoder = Encoder()
        with self._save() as connection:
            added, replaced = self._write_events(connection, events, encoder, replace=False)
            _layer_written(connection, EVENTS_LAYER)
            zones_added, zones_replaced = self._write_zones(connection, zones, encoder, False)
            _layer_written(connection, ZONES_LAYER)
            ensure_layer(connection, IMPORTS_LAYER)
            if provenance is not None:
                stamp = provenance.imported_at or datetime.now(UTC).isoformat(timespec="seconds")
                record = ImportRecord(**{**provenance.__dict__, "imported_at": stamp})
                _insert(connection, IMPORTS_LAYER, IMPORT_COLUMNS, None, [import_row(record)])
                touch_contents(connection, IMPORTS_LAYER)
            _layer_written(connection, IMPORTS_LAYER)
        return SaveSummary(self.path, added + zones_added, replaced + zones_replaced)

    def replace_all(self, events, zones, imports) -> None:
        events, zones = _last_wins(events), _last_wins(zones)
        encoder = Encoder()
        with self._save() as connection:
            self._write_events(connection, events, encoder, replace=True)
            self._write_zones(connection, zones, encoder, replace=True)
            ensure_layer(connection, IMPORTS_LAYER)
            connection.execute(f"DELETE FROM {quote(IMPORTS_LAYER)}")
            _insert(
                connection,
                IMPORTS_LAYER,
                IMPORT_COLUMNS,
                None,
                [import_row(record) for record in imports],
            )
            touch_contents(connection, IMPORTS_LAYER)

    # --- one layer at a time, inside the save's transaction --------------------------------

    def _write_events(self, connection, events: list[Event], encoder: Encoder, replace: bool):
        exists = _has_table(connection, EVENTS_LAYER)
        state = columns.begin(connection, EVENTS_LAYER) if exists else None
        geometry = ensure_layer(connection, EVENTS_LAYER)
        if replace:
            connection.execute(f"DELETE FROM {quote(EVENTS_LAYER)}")
            state = None
        before = _max_rowid(connection, EVENTS_LAYER)
        rows = [event_row(event, encoder) for event in events]
        added, replaced, changed = _upsert(connection, EVENTS_LAYER, EVENT_COLUMNS, geometry, rows)
        columns.finish(connection, EVENTS_LAYER, geometry, state, changed, before)
        if events or replace:
            touch_contents(connection, EVENTS_LAYER)
        return added, replaced

    def _write_zones(self, connection, zones: list[Zone], encoder: Encoder, replace: bool):
        geometry = ensure_layer(connection, ZONES_LAYER)
        if replace:
            connection.execute(f"DELETE FROM {quote(ZONES_LAYER)}")
        rows = [zone_row(zone, encoder) for zone in zones]
        added, replaced, _ = _upsert(connection, ZONES_LAYER, ZONE_COLUMNS, geometry, rows)
        if zones or replace:
            touch_contents(connection, ZONES_LAYER)
        return added, replaced

    @contextlib.contextmanager
    def _save(self) -> Iterator[sqlite3.Connection]:
        """One save's write transaction on a GeoPackage (folder and file made if missing)."""
        self._make_folder()
        with (
            self._new_file_removed_on_failure(),
            write_transaction(self.path, create=True) as connection,
        ):
            ensure_geopackage(connection, self.path)
            yield connection

    @contextlib.contextmanager
    def _new_file_removed_on_failure(self) -> Iterator[None]:
        """A first save that fails leaves no empty file behind (its transaction made the
        schema too, so the rolled-back file has no pages)."""
        existed = self.path.exists()
        try:
            yield
        except BaseException:
            if not existed:
                with contextlib.suppress(OSError):
                    if self.path.stat().st_size == 0:
                        self.path.unlink()
            raise

    def _sweep_previous_version_litter(self) -> None:
        """What version 0.1 left beside a workspace: its empty lock file and the temporary
        files of saves that were killed (it rewrote the whole file into one)."""
        folder, name = self.path.parent, self.path.name
        lock = folder / f".{name}.lock"
        with contextlib.suppress(OSError):
            if lock.is_file() and lock.stat().st_size == 0:
                lock.unlink()
        for stale in folder.glob(f".{glob.escape(name)}.saving-*.gpkg"):
            with contextlib.suppress(OSError):
                stale.unlink()

    def _make_folder(self) -> None:
        check_workspace_path(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                f"cannot create the workspace folder {_short(self.path.parent)}: {exc.strerror}"
            ) from None
        self._sweep_previous_version_litter()


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    return bool(
        connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
    )


def _max_rowid(connection: sqlite3.Connection, layer: str) -> int:
    return connection.execute(f"SELECT coalesce(max(rowid), 0) FROM {quote(layer)}").fetchone()[0]


def _existing_rowids(connection, layer: str, ids: list[str]) -> dict[str, list[int]]:
    """Row ids of the rows holding each of ``ids`` (through the layer's id index)."""
    found: dict[str, list[int]] = {}
    for start in range(0, len(ids), _ID_BATCH):
        batch = ids[start : start + _ID_BATCH]
        query = f"SELECT id, rowid FROM {quote(layer)} WHERE id IN ({', '.join('?' * len(batch))})"
        for ident, rowid in connection.execute(query, batch):
            found.setdefault(ident, []).append(rowid)
    return found


def _upsert(connection, layer: str, names: tuple, geometry: str | None, rows: list[tuple]):
    """Insert rows whose id is new, update (in place) those whose id is there. Returns
    (added, replaced, the updated row ids)."""
    if not rows:
        return 0, 0, set()
    existing = _existing_rowids(connection, layer, [row[0] for row in rows])
    fresh = [row for row in rows if row[0] not in existing]
    _insert(connection, layer, names, geometry, fresh)
    updates, changed = [], set()
    for row in rows:
        for rowid in existing.get(row[0], ()):
            updates.append((*(row if geometry else row[: len(names)]), rowid))
            changed.add(rowid)
    if updates:
        targets = [*names, *((geometry,) if geometry else ())]
        assignments = ", ".join(f"{quote(name)} = ?" for name in targets)
        connection.executemany(f"UPDATE {quote(layer)} SET {assignments} WHERE rowid = ?", updates)
    return len(fresh), len(rows) - len(fresh), changed


def _insert(connection, layer: str, names: tuple, geometry: str | None, rows: list[tuple]):
    if not rows:
        return
    targets = [*names, *((geometry,) if geometry else ())]
    values = rows if geometry else [row[: len(names)] for row in rows]
    connection.executemany(
        f"INSERT INTO {quote(layer)} ({', '.join(map(quote, targets))}) "
        f"VALUES ({', '.join('?' * len(targets))})",
        values,
    )
