"""Where workspaces live, and the name their records carry."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from geodata.event_columns import BUNDLED
from geodata.workspace.records import WorkspaceError

APP_DIR_NAME = "northern-syria-atlas"
DEFAULT_FILE_NAME = "workspace.gpkg"


def user_data_dir() -> Path:
    """The per-user data directory, as platformdirs would give it, without Qt or platformdirs."""
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / APP_DIR_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_DIR_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(home / ".local" / "share")
    return Path(base) / APP_DIR_NAME


def default_workspace_path() -> Path:
    """``SYRIA_ATLAS_WORKSPACE`` if set, else ``<user data dir>/workspace.gpkg``."""
    override = os.environ.get("SYRIA_ATLAS_WORKSPACE")
    return Path(override).expanduser() if override else user_data_dir() / DEFAULT_FILE_NAME


def workspace_name(path: str | Path) -> str:
    """The name records imported into this workspace carry (ids, ``Event.origin``).

    Never "bundled", whatever the file is called: that origin marks the atlas's curated data,
    which comes only from the installed package."""
    name = Path(path).stem or "workspace"
    return f"{name}-workspace" if name.casefold() == BUNDLED else name


def check_workspace_path(path: Path) -> None:
    """One clear line for a path that cannot be a workspace file: a folder (``/``), a device,
    a pipe, or a name too long for the file system. A missing file is fine (it is created)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:  # ENAMETOOLONG, ELOOP, EACCES...
        raise WorkspaceError(f"cannot use {_short(path)} as a workspace: {exc.strerror}") from None
    if stat.S_ISDIR(mode):
        raise WorkspaceError(f"workspace is a folder, not a GeoPackage file: {_short(path)}")
    if not stat.S_ISREG(mode):
        raise WorkspaceError(f"workspace is not a regular file (a device or pipe?): {path}")


def _short(path: Path, limit: int = 200) -> str:
    """A path for a message: very long ones cut in the middle, so the line stays one line."""
    text = str(path)
    return text if len(text) <= limit else f"{text[: limit // 2]}…{text[-limit // 2 :]}"
