"""``--workspace`` on the command line: a GeoPackage path or a database, ready to use.

For a database, the password comes from the connection string, ``~/.pgpass`` or
``PGPASSWORD``; failing those, a terminal prompt (never echoed, kept only in memory). Without
a terminal (scripts, CI), the one-line error says where to put it.
"""

from __future__ import annotations

import getpass
import sys

from geodata.workspace_store import Workspace, is_database, parse_workspace

PROMPTS = 3


def workspace_arg(text: str | None, default: Workspace | None = None) -> Workspace | None:
    if not text:
        return default
    workspace = parse_workspace(text)
    return with_password(workspace) if is_database(workspace) else workspace


def with_password(workspace):
    """The database workspace, with a password typed at the terminal where one is needed."""
    from geodata.workspace_pg.connection import PasswordNeeded, session

    candidate = workspace
    for attempt in range(PROMPTS + 1):
        try:
            with session(candidate):
                return candidate
        except PasswordNeeded:
            if attempt == PROMPTS or not sys.stdin.isatty():
                raise
            if attempt:
                print("syria-atlas: wrong password, try again", file=sys.stderr)
            candidate = workspace.with_password(getpass.getpass(f"Password for {workspace}: "))
    return candidate
