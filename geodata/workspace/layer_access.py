"""The layers of a workspace GeoPackage and reading one, with SQLite's errors as one line naming
the file and the layer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from geodata.workspace.columns import select_rows
from geodata.workspace.records import WorkspaceError
from geodata.workspace.sqlite_io import failure


def gpkg_layers(connection: sqlite3.Connection, path: Path) -> dict[str, str]:
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


def select_layer(connection, path: Path, layer: str, columns: dict[str, str], *args, **kwargs):
    """:func:`select_rows`, with SQLite's errors as one line naming the file and layer."""
    try:
        return select_rows(connection, layer, columns, *args, **kwargs)
    except sqlite3.Error as exc:
        message = str(failure(path, exc, "read"))
        raise WorkspaceError(f"{path.name}: cannot read layer {layer!r}: {message}") from None
