"""Open the window (or render it once to a PNG for --screenshot)."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from geodata.errors import AtlasError

if TYPE_CHECKING:
    from geodata.model import ViewState

# Qt, numpy, shapely and the data modules are imported inside run(), with the garbage collector
# paused (see run), not when this module is.

ORGANISATION = "NorthernSyriaAtlas"
APPLICATION = "Northern Syria Atlas"
DEFAULT_SCREENSHOT_SIZE = (1400, 900)
_PNG_QUALITY = 80  # Qt maps PNG quality to zlib compression: 80 is a fast level


def load_remembered_data():
    """The window without --workspace: the last workspace used (or the default one, where
    ``syria-atlas import`` puts data), so imports are there on the next start. A workspace that
    cannot be read is reported on stderr and the window opens with the bundled data."""
    from desktop.importing.recent import startup_workspace
    from geodata.view_request import load_data

    workspace = startup_workspace()
    if workspace is not None:
        try:
            return (*load_data(str(workspace)), workspace)
        except AtlasError as exc:
            print(f"syria-atlas: warning: workspace not loaded: {exc}", file=sys.stderr)
    return (*load_data(None), None)


def initial_view(args, atlas) -> ViewState:
    """The ViewState the command line asks for, checked against the data."""
    from geodata.view_request import view_for

    return view_for(atlas, args.date, args.select, args.extent)


def _quiet_qt_messages() -> None:
    """Drop Qt's harmless offscreen-platform chatter so stderr keeps only what matters."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    noise = ("propagateSizeHints",)

    def handler(kind, _context, message: str) -> None:
        if any(text in message for text in noise):
            return
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg, QtMsgType.QtWarningMsg):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def choose_platform(screenshot: bool) -> None:
    """Render screenshots offscreen; refuse plainly to open a window where there is no display.

    Without this, Qt aborts with several lines about platform plugins instead of one clear line.
    """
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform != "linux":
        return
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise AtlasError(
            "no display to open the window on (DISPLAY is not set); "
            "use --screenshot FILE.png, or set QT_QPA_PLATFORM=offscreen"
        )


def check_writable(path: Path) -> None:
    parent = path.resolve().parent
    if not parent.is_dir():
        raise AtlasError(f"cannot write {path}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise AtlasError(f"cannot write {path}: folder {parent} is not writable")


def run(args) -> int:
    # No cyclic garbage collection while start-up makes its many long-lived objects (records,
    # 100,000s with a large workspace; Qt wrappers): each collection would walk them all for
    # nothing. It is back on once the window is on screen (_settle) or the screenshot saved.
    gc.disable()
    try:
        code = _run(args)
    except BaseException:
        gc.enable()
        raise
    # Everything made so far lives until the process exits (run is its entry point), and the
    # collections Python makes on the way out would walk it all: 0.4 s with 100,000 events.
    _settle()
    return code


def _settle() -> None:
    """What start-up made lives as long as the window: move it to the permanent generation
    (gc.freeze), so later collections no longer walk it; then collect again as usual."""
    gc.freeze()
    gc.enable()


def _run(args) -> int:
    from PySide6.QtWidgets import QApplication

    screenshot = Path(args.screenshot) if args.screenshot else None
    if screenshot is not None:
        if screenshot.suffix.lower() != ".png":
            raise AtlasError(f"--screenshot wants a .png file, got {screenshot.name!r}")
        check_writable(screenshot)
    choose_platform(screenshot is not None)
    _quiet_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("syria-atlas")  # Wayland docks match the window to its menu entry
    from desktop.main_window import MainWindow
    from desktop.state import AppState
    from geodata.view_request import load_data
    from resources import app_icon

    app.setWindowIcon(app_icon())
    workspace = Path(args.workspace).expanduser() if args.workspace else None
    if workspace is None and screenshot is None:
        basemap, atlas, attribution, workspace = load_remembered_data()
    else:
        basemap, atlas, attribution = load_data(str(workspace) if workspace else None)
    state = AppState(initial_view(args, atlas))
    # A screenshot is a reproducible render of the arguments: no remembered window or view.
    window = MainWindow(
        state, basemap, atlas, attribution, persist=screenshot is None, workspace=workspace
    )
    if screenshot is not None:
        return save_screenshot(app, window, screenshot, args.size or DEFAULT_SCREENSHOT_SIZE)
    window.show()
    window.after_startup(_settle)
    return app.exec()


def save_screenshot(app, window, path: Path, size: tuple[int, int]) -> int:
    """Render the whole window once it is laid out; write the PNG atomically.

    Painting is held off until everything is in place, so the window is painted once, by
    grab(), complete: the panels' deferred content is filled in first (the File menu's extra
    entries, never on the picture, are not made at all).
    """
    window.setUpdatesEnabled(False)
    window.resize(*size)
    window.show()
    app.processEvents()
    window.finish_startup(drawn_only=True)
    window.focus_selection()
    app.processEvents()
    window.setUpdatesEnabled(True)
    image = window.grab().toImage()
    tmp = path.with_name(f".{path.name}.tmp")
    # Quality 80 is zlib's fast setting: about half the time of the default for the same size.
    if not image.save(str(tmp), "PNG", _PNG_QUALITY):
        tmp.unlink(missing_ok=True)
        raise AtlasError(f"cannot write {path}")
    os.replace(tmp, path)
    window.close()
    return 0
