"""``syria-atlas workspace copy SRC DST``: move a workspace between a GeoPackage file and a
PostGIS database, either way (or file to file, database to database).

Every event, zone and import record goes across as it is (ids, dates, sources, coordinates,
geometry bytes); the target must be new (a file) or hold no records yet (a database), and is
written all or nothing: one atomic file save, or one database transaction.
"""

from __future__ import annotations

import argparse

from geodata.cli.workspace_arg import workspace_arg
from geodata.errors import AtlasError
from geodata.workspace_store import (
    check_new_workspace_file,
    copy_workspace,
    is_database,
    parse_workspace,
)


def run(args: argparse.Namespace) -> int:
    if args.workspace_command == "copy":
        source = workspace_arg(args.source)
        if not is_database(parse_workspace(args.target)):  # before any password is asked
            check_new_workspace_file(parse_workspace(args.target), "workspace copy writes")
        target = workspace_arg(args.target)
        if not is_database(source) and not source.is_file():
            raise AtlasError(f"workspace not found: {source}")
        if not is_database(source):
            _check_is_workspace(source)
        if str(source) == str(target):
            raise AtlasError(f"source and target are the same workspace: {source}")
        events, zones, imports = copy_workspace(source, target)
        print(
            f"copied {events:,} events, {zones:,} zones and {imports:,} import records "
            f"from {source} to {target}"
        )
        return 0
    raise AtlasError(f"unknown workspace command: {args.workspace_command}")


def _check_is_workspace(path) -> None:
    """A GeoPackage without the atlas's layers (a QGIS project's, say) is not copied as an empty
    workspace: "copied 0 events" would read as success."""
    import sqlite3

    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return  # the copy's own reader says what is wrong with it
    try:
        tables = {name for (name,) in connection.execute("SELECT table_name FROM gpkg_contents")}
    except sqlite3.Error:
        return
    finally:
        connection.close()
    if not tables & {"events", "zones", "imports"}:
        shown = ", ".join(sorted(tables)[:8]) or "none"
        raise AtlasError(
            f"{path} is a GeoPackage but not an atlas workspace (its layers: {shown}); "
            "bring its data in with: syria-atlas import FILE --layer NAME"
        )
