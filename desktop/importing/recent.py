"""The recent workspaces, newest first, kept in QSettings (``workspaces/recent``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from collections.abc import Iterable

KEY = "workspaces/recent"
LIMIT = 8


def _as_list(value: str | Iterable[object] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        return [value] if value else []
    return [str(v) for v in value if v]


def recent_workspaces() -> list:
    """Paths and database workspaces (remembered without any password)."""
    from geodata.errors import AtlasError
    from geodata.workspace_store import parse_workspace

    found = []
    for text in _as_list(QSettings().value(KEY)):
        try:
            found.append(parse_workspace(text))
        except AtlasError:  # a connection string this version cannot read: skip it
            continue
    return found


def _key(workspace) -> str:
    return str(workspace)  # a database workspace's str() has no password


def remember_workspace(path) -> list:
    """Put ``path`` (a file or a database workspace) first (once); returns the new list."""
    from geodata.workspace_store import is_database

    if not is_database(path):
        path = Path(path).expanduser().resolve()
    paths = [path] + [p for p in recent_workspaces() if _key(p) != _key(path)]
    paths = paths[:LIMIT]
    QSettings().setValue(KEY, [_key(p) for p in paths])
    return paths


def forget_workspace(path) -> None:
    paths = [p for p in recent_workspaces() if _key(p) != _key(path)]
    QSettings().setValue(KEY, [_key(p) for p in paths])


def clear_recent_workspaces() -> None:
    QSettings().remove(KEY)


def startup_workspace() -> Path | None:
    """The workspace the window opens with when none is named: the most recent one that still
    exists, else the user's default workspace (where ``syria-atlas import`` puts data) if it
    exists, else None (bundled data only). Database workspaces are not opened at start (a
    start never waits on the network, nor asks for a password): they head the recent menu."""
    from geodata.workspace import default_workspace_path

    for path in recent_workspaces():
        if isinstance(path, Path) and path.is_file():
            return path
    default = default_workspace_path()
    return default if default.is_file() else None
