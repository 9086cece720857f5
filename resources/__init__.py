"""Icons, styles and desktop-integration files, found through :func:`resource_path`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


# A plain folder in a wheel and in the bundle; importlib.resources would add start-up cost.
_ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    path = _ROOT.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource missing: {path} (reinstall the atlas)")
    return path


def app_icon() -> QIcon:
    """The application icon as a QIcon (imports Qt lazily: this package stays Qt-free)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        candidate = _ROOT / "icons" / f"syria-atlas-{size}.png"
        if candidate.exists():
            icon.addFile(str(candidate))
    svg = _ROOT / "icons" / "syria-atlas.svg"
    if svg.exists():
        icon.addFile(str(svg))
    return icon
