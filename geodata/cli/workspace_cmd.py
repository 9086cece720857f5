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
from geodata.workspace_store import copy_workspace, is_database


def run(args: argparse.Namespace) -> int:
    if args.workspace_command == "copy":
        source = workspace_arg(args.source)
        target = workspace_arg(args.target)
        if not is_database(source) and not source.is_file():
            raise AtlasError(f"workspace not found: {source}")
        if str(source) == str(target):
            raise AtlasError(f"source and target are the same workspace: {source}")
        events, zones, imports = copy_workspace(source, target)
        print(
            f"copied {events:,} events, {zones:,} zones and {imports:,} import records "
            f"from {source} to {target}"
        )
        return 0
    raise AtlasError(f"unknown workspace command: {args.workspace_command}")
