"""One interface over the two workspace backends: a GeoPackage file or a PostGIS database.

Everything that takes a workspace (the window, import, query, export, screenshot, ``workspace
copy``) goes through here with what the user typed: a file path, or a database connection
string (``postgresql://...``, ``service=...``; see :mod:`geodata.workspace_pg.target`).
:func:`store_for` gives the backend's store, each with the same operations (``read``,
``imports``, ``add``, ``replace_all``: the ``WorkspaceStore`` interface of
``geodata.workspace``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from geodata.errors import AtlasError, UsageError
from geodata.model import Event, Zone
from geodata.workspace_pg.target import DatabaseWorkspace, is_database_target

Workspace = Path | DatabaseWorkspace


def parse_workspace(text: str | os.PathLike | DatabaseWorkspace) -> Workspace:
    """A file path (``~`` expanded) or a database workspace."""
    if isinstance(text, DatabaseWorkspace):
        return text
    if isinstance(text, Path):
        return text.expanduser()
    if is_database_target(str(text)):
        return DatabaseWorkspace.parse(str(text))
    return Path(text).expanduser()


def is_database(workspace: object) -> bool:
    return isinstance(workspace, DatabaseWorkspace)


def workspace_label(workspace: str | Workspace | None) -> str | None:
    """How a workspace is shown and remembered: never with a password."""
    if workspace is None:
        return None
    return str(parse_workspace(workspace))


#: The file a new workspace is written as: a GeoPackage, whatever else its name might promise.
WORKSPACE_SUFFIX = ".gpkg"


def check_new_workspace_file(path: Path, what: str = "a new workspace is") -> None:
    """Refuse to write a GeoPackage under a name that says it is something else (``x.csv``):
    a spreadsheet would open it as garbage, and the atlas would not offer it as a workspace."""
    if path.suffix.lower() != WORKSPACE_SUFFIX:
        shown = path.name if len(path.name) <= 80 else f"{path.name[:40]}…{path.name[-40:]}"
        raise UsageError(
            f"{what} a GeoPackage: name it FILE{WORKSPACE_SUFFIX} "
            f"(or give a database URL), not {shown!r}"
        )


class _FileStore:
    """The GeoPackage workspace through the same operations as the database one."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> tuple[Sequence[Event], list[Zone]]:
        from geodata.workspace import open_workspace

        return open_workspace(self.path)

    def imports(self) -> list:
        from geodata.workspace import list_imports

        return list_imports(self.path)

    def add(self, events: Iterable[Event] = (), zones: Iterable[Zone] = (), provenance=None):
        from geodata.workspace import add_to_workspace

        if not self.path.exists():
            check_new_workspace_file(self.path)

        return add_to_workspace(self.path, events, zones, provenance)

    def replace_all(self, events: Iterable[Event], zones: Iterable[Zone], imports) -> None:
        from geodata.workspace import save_workspace

        save_workspace(self.path, events, zones, imports)

    def fill_empty(self, events: Iterable[Event], zones: Iterable[Zone], imports) -> None:
        check_new_workspace_file(self.path, "workspace copy writes")
        if self.path.exists():
            raise AtlasError(f"{self.path} already exists: copy into a new file")
        self.replace_all(events, zones, imports)

    def name(self) -> str:
        from geodata.workspace import workspace_name

        return workspace_name(self.path)


def store_for(workspace: Workspace):
    """The store that keeps ``workspace``: PostGIS for a database, else the GeoPackage file."""
    if isinstance(workspace, DatabaseWorkspace):
        from geodata.workspace_pg.store import PostgisStore

        return PostgisStore(workspace)
    return _FileStore(Path(workspace))


def workspace_name(workspace: Workspace) -> str:
    """The name imported records carry (ids ``ws:<name>:...``, ``Event.origin``): a file's
    stem, or the name stored with a database workspace."""
    return store_for(workspace).name()


def open_workspace(workspace: Workspace) -> tuple[Sequence[Event], list[Zone]]:
    return store_for(workspace).read()


def read_workspace(workspace: Workspace) -> tuple[list[Event], list[Zone]]:
    events, zones = open_workspace(workspace)
    return list(events), zones


def list_imports(workspace: Workspace) -> list:
    return store_for(workspace).imports()


def save_import(workspace: Workspace, result):
    """Add an importer's result with its provenance record (one transaction); a SaveSummary."""
    from geodata.workspace import ImportRecord

    return store_for(workspace).add(result.events, result.zones, ImportRecord.of(result))


def create_workspace(workspace: Workspace) -> None:
    """An empty workspace (a new file; for a database, its tables made on first use)."""
    store = store_for(workspace)
    if isinstance(workspace, DatabaseWorkspace):
        store.name()  # connects and makes the schema
        return
    check_new_workspace_file(workspace)
    if workspace.exists():
        raise AtlasError(f"{workspace} already exists: open it with File ▸ Open Workspace")
    store.replace_all([], [], [])


def copy_workspace(source: Workspace, target: Workspace) -> tuple[int, int, int]:
    """Every event, zone and import record of ``source`` into a new (or empty) ``target``, all
    or nothing; returns the counts copied. Either backend to either."""
    events, zones = read_workspace(source)
    imports = list_imports(source)
    store_for(target).fill_empty(events, zones, imports)
    return len(events), len(zones), len(imports)
