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


def recent_workspaces() -> list[Path]:
    return [Path(p) for p in _as_list(QSettings().value(KEY))]


def remember_workspace(path: Path) -> list[Path]:
    """Put ``path`` first (once); returns the new list."""
    path = Path(path).expanduser().resolve()
    paths = [path] + [p for p in recent_workspaces() if p != path]
    paths = paths[:LIMIT]
    QSettings().setValue(KEY, [str(p) for p in paths])
    return paths


def forget_workspace(path: Path) -> None:
    paths = [p for p in recent_workspaces() if p != Path(path)]
    QSettings().setValue(KEY, [str(p) for p in paths])


def clear_recent_workspaces() -> None:
    QSettings().remove(KEY)


def startup_workspace() -> Path | None:
    """The workspace the window opens with when none is named: the most recent one that still
    exists, else the user's default workspace (where ``syria-atlas import`` puts data) if it
    exists, else None (bundled data only)."""
    from geodata.workspace import default_workspace_path

    for path in recent_workspaces():
        if path.is_file():
            return path
    default = default_workspace_path()
    return default if default.is_file() else None
