"""Open the window (or render it once to a PNG for --screenshot)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from geodata.errors import AtlasError
from geodata.model import DEFAULT_AS_OF, ViewState

ORGANISATION = "NorthernSyriaAtlas"
APPLICATION = "Northern Syria Atlas"
DEFAULT_SCREENSHOT_SIZE = (1400, 900)


def load_data(workspace: str | None):
    """The base map and the atlas (with the user's workspace, if any)."""
    from geodata.atlas import load_atlas
    from geodata.basemap import ATTRIBUTION, load_basemap

    atlas = load_atlas(workspace=Path(workspace) if workspace else None)
    return load_basemap(), atlas, ATTRIBUTION


def initial_view(args, atlas) -> ViewState:
    """The ViewState the command line asks for, checked against the data."""
    view = ViewState(as_of=args.date or DEFAULT_AS_OF, extent=args.extent)
    if args.select:
        if atlas.zone(args.select) is not None:
            view = ViewState(as_of=view.as_of, extent=view.extent, selected_zone=args.select)
        elif atlas.event(args.select) is not None:
            view = ViewState(as_of=view.as_of, extent=view.extent, selected_event=args.select)
        else:
            raise AtlasError(f"--select: no zone or event with id {args.select!r}")
    return view


def check_writable(path: Path) -> None:
    parent = path.resolve().parent
    if not parent.is_dir():
        raise AtlasError(f"cannot write {path}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise AtlasError(f"cannot write {path}: folder {parent} is not writable")


def run(args) -> int:
    from PySide6.QtWidgets import QApplication

    screenshot = Path(args.screenshot) if args.screenshot else None
    if screenshot is not None:
        if screenshot.suffix.lower() != ".png":
            raise AtlasError(f"--screenshot wants a .png file, got {screenshot.name!r}")
        check_writable(screenshot)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    from desktop.main_window import MainWindow
    from desktop.state import AppState
    from resources import app_icon

    app.setWindowIcon(app_icon())
    basemap, atlas, attribution = load_data(args.workspace)
    state = AppState(initial_view(args, atlas))
    # A screenshot is a reproducible render of the arguments: no remembered window or view.
    window = MainWindow(state, basemap, atlas, attribution, persist=screenshot is None)
    if screenshot is not None:
        return save_screenshot(app, window, screenshot, args.size or DEFAULT_SCREENSHOT_SIZE)
    window.show()
    return app.exec()


def save_screenshot(app, window, path: Path, size: tuple[int, int]) -> int:
    """Render the whole window once it is laid out and painted; write the PNG atomically."""
    window.resize(*size)
    window.show()
    app.processEvents()
    window.focus_selection()
    app.processEvents()
    image = window.grab().toImage()
    tmp = path.with_name(f".{path.name}.tmp")
    if not image.save(str(tmp), "PNG"):
        tmp.unlink(missing_ok=True)
        raise AtlasError(f"cannot write {path}")
    os.replace(tmp, path)
    window.close()
    return 0
