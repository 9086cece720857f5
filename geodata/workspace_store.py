"""One interface over the two workspace backends: a GeoPackage file or a PostGIS database.

Everything that takes a workspace (the window, import, query, export, screenshot, ``workspace
copy``) goes through here with what the user typed: a file path, or a database connection
string (``postgresql://...``, ``service=...``; see :mod:`geodata.workspace_pg.target`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from geodata.errors import AtlasError
from geodata.model import Event, Zone
from geodata.workspace_pg.target import DatabaseWorkspace, is_database_target

Workspace = Path | DatabaseWorkspace


def parse_workspace(text: str | os.PathLike | DatabaseWorkspace) -> Workspace:
    """A file path (``~`` expanded) or a database workspace."""
    if isinstance(text, DatabaseWorkspace | Path):
        return text.expanduser() if isinstance(text, Path) else text
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


def workspace_name(workspace: Workspace) -> str:
    """The name imported records carry (ids ``ws:<name>:...``, ``Event.origin``)."""
    if isinstance(workspace, DatabaseWorkspace):
        from geodata.workspace_pg.reading import workspace_name as stored_name

        return stored_name(workspace)
    from geodata.workspace import workspace_name as file_name

    return file_name(workspace)


def open_workspace(workspace: Workspace) -> tuple[Sequence[Event], list[Zone]]:
    if isinstance(workspace, DatabaseWorkspace):
        from geodata.workspace_pg.reading import open_workspace as open_database

        return open_database(workspace)
    from geodata.workspace import open_workspace as open_file

    return open_file(workspace)


def read_workspace(workspace: Workspace) -> tuple[list[Event], list[Zone]]:
    events, zones = open_workspace(workspace)
    return list(events), zones


def list_imports(workspace: Workspace) -> list:
    if isinstance(workspace, DatabaseWorkspace):
        from geodata.workspace_pg.reading import list_imports as database_imports

        return database_imports(workspace)
    from geodata.workspace import list_imports as file_imports

    return file_imports(workspace)


@dataclass(frozen=True)
class Saved:
    workspace: Workspace
    added: int
    replaced: int

    @property
    def path(self) -> Workspace:  # the GeoPackage SaveSummary's name for it
        return self.workspace


def save_import(workspace: Workspace, result) -> Saved:
    """Add an importer's result with its provenance record (one transaction / atomic save)."""
    if isinstance(workspace, DatabaseWorkspace):
        from geodata.workspace import ImportRecord
        from geodata.workspace_pg.writing import add_to_workspace

        provenance = ImportRecord(
            file=result.path.name,
            path=str(result.path),
            format=result.format,
            kind=result.kind,
            rows=result.rows,
            records=result.count,
            repaired=result.repaired,
            warnings=result.warnings,
        )
        written = add_to_workspace(workspace, result.events, result.zones, provenance)
        return Saved(workspace, written.added, written.replaced)
    from geodata.workspace import save_import as save_file_import

    summary = save_file_import(workspace, result)
    return Saved(summary.path, summary.added, summary.replaced)


def create_workspace(workspace: Workspace) -> None:
    """An empty workspace (a new file; for a database, its tables made on first use)."""
    if isinstance(workspace, DatabaseWorkspace):
        workspace_name(workspace)  # connects and makes the schema
        return
    if workspace.exists():
        raise AtlasError(f"{workspace} already exists: open it with File ▸ Open Workspace")
    from geodata.workspace import save_workspace

    save_workspace(workspace, [], [], [])


def copy_workspace(source: Workspace, target: Workspace) -> tuple[int, int, int]:
    """Every event, zone and import record of ``source`` into a new (or empty) ``target``;
    returns the counts copied. Either backend to either."""
    events, zones = read_workspace(source)
    imports = list_imports(source)
    if isinstance(target, DatabaseWorkspace):
        from geodata.workspace_pg.writing import write_workspace

        write_workspace(target, events, zones, imports)
    else:
        from geodata.workspace import save_workspace

        if target.exists():
            raise AtlasError(f"{target} already exists: copy into a new file")
        save_workspace(target, events, zones, imports)
    return len(events), len(zones), len(imports)
