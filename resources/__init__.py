"""Icons, styles and desktop-integration files, found through :func:`resource_path`."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    path = Path(str(resources.files("resources"))).joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource missing: {path} (reinstall the atlas)")
    return path
