"""Icons, styles and desktop-integration files, found through :func:`resource_path`."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def resource_path(*parts: str) -> Path:
    path = Path(str(resources.files("resources"))).joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource missing: {path} (reinstall the atlas)")
    return path


def app_icon() -> QIcon:
    """The application icon as a QIcon (imports Qt lazily: this package stays Qt-free)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        candidate = Path(str(resources.files("resources"))) / "icons" / f"syria-atlas-{size}.png"
        if candidate.exists():
            icon.addFile(str(candidate))
    svg = Path(str(resources.files("resources"))) / "icons" / "syria-atlas.svg"
    if svg.exists():
        icon.addFile(str(svg))
    return icon
