"""Workspaces: the user's imported events and zones, kept in one GeoPackage file.

Layers: ``events`` (points), ``zones`` (polygons) and ``imports`` (a plain table: which file was
imported when, with how many rows). Every model field is a column; tuples and sources are JSON
text, dates ISO text. The file opens in QGIS as it is.

A workspace is a database, not a file to swap: each save is one SQLite transaction on the file
itself that writes only what changed (an import appends its rows and one ``imports`` row; a
record imported again updates its row). A process killed at any moment leaves the last
committed state (SQLite's journal is rolled back at the next open); another program's open
write transaction is waited for, then reported, never overwritten; what other programs added
(layers, columns, styles, edits) stays. The modules:

- :mod:`.store`: :class:`WorkspaceStore`, the interface a backend gives, and the GeoPackage one;
- :mod:`.reader`: opening (lazily where it can), zones, import history;
- :mod:`.columns`: the columnar copy of the events that makes a large workspace open fast;
- :mod:`.gpkg`, :mod:`.rows`, :mod:`.sqlite_io`: blobs and tables, records as rows, connections.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import import_module
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from geodata.workspace.locations import (
    APP_DIR_NAME,
    DEFAULT_FILE_NAME,
    default_workspace_path,
    user_data_dir,
    workspace_name,
)
from geodata.workspace.records import (
    EVENTS_LAYER,
    IMPORTS_LAYER,
    ZONES_LAYER,
    ImportRecord,
    SaveSummary,
    WorkspaceError,
)

if TYPE_CHECKING:
    from geodata.model import Event, Zone
    from geodata.workspace.reader import list_imports, open_workspace, read_workspace
    from geodata.workspace.store import GeoPackageStore, WorkspaceStore
    from geodata.workspace.stored_events import StoredEvent, load_deferred_fields

# The reading and writing modules (sqlite3, the columnar copy) are imported when first used:
# the window's start asks only where the default workspace is (issue 18).
_LAZY = {
    "list_imports": "reader",
    "open_workspace": "reader",
    "read_workspace": "reader",
    "GeoPackageStore": "store",
    "WorkspaceStore": "store",
    "StoredEvent": "stored_events",
    "load_deferred_fields": "stored_events",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "APP_DIR_NAME",
    "DEFAULT_FILE_NAME",
    "EVENTS_LAYER",
    "IMPORTS_LAYER",
    "ZONES_LAYER",
    "GeoPackageStore",
    "ImportRecord",
    "SaveSummary",
    "StoredEvent",
    "WorkspaceError",
    "WorkspaceStore",
    "add_to_workspace",
    "default_workspace_path",
    "list_imports",
    "load_deferred_fields",
    "open_workspace",
    "read_workspace",
    "save_import",
    "save_workspace",
    "user_data_dir",
    "workspace_name",
]


def save_workspace(
    path: str | Path,
    events: Iterable[Event],
    zones: Iterable[Zone],
    imports: Iterable[ImportRecord] = (),
) -> Path:
    """Make the workspace at ``path`` (created if missing) hold exactly these records in its
    three layers, in one transaction; other tables and columns in the file are kept.

    Events are written by date, then id: the atlas's order. Read back in file order, they are
    then made (and lie in memory) in the order the atlas sorts and walks them."""
    events = sorted(events, key=attrgetter("id"))
    events.sort(key=attrgetter("date"))  # stable: by date, then id
    from geodata.workspace.store import GeoPackageStore

    GeoPackageStore(path).replace_all(events, list(zones), list(imports))
    return Path(path)


def add_to_workspace(
    path: str | Path,
    events: Iterable[Event] = (),
    zones: Iterable[Zone] = (),
    provenance: ImportRecord | None = None,
) -> SaveSummary:
    """Add records to the workspace (creating it if needed), in one transaction.

    A record whose id is already in the workspace replaces it (in its row), so importing a
    corrected or updated export again updates the earlier import instead of duplicating it.
    """
    from geodata.workspace.store import GeoPackageStore

    return GeoPackageStore(path).add(events, zones, provenance)


def save_import(path: str | Path, result) -> SaveSummary:
    """Add an importer's ``ImportResult`` to the workspace, with its provenance record."""
    return add_to_workspace(path, result.events, result.zones, ImportRecord.of(result))
