"""Open the window (or render it once to a PNG for --screenshot)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from geodata.errors import AtlasError
from geodata.model import ViewState
from geodata.view_request import load_data, view_for

ORGANISATION = "NorthernSyriaAtlas"
APPLICATION = "Northern Syria Atlas"
DEFAULT_SCREENSHOT_SIZE = (1400, 900)


def load_remembered_data():
    """The window without --workspace: the last workspace used (or the default one, where
    ``syria-atlas import`` puts data), so imports are there on the next start. A workspace that
    cannot be read is reported on stderr and the window opens with the bundled data."""
    from desktop.importing.recent import startup_workspace

    workspace = startup_workspace()
    if workspace is not None:
        try:
            return (*load_data(str(workspace)), workspace)
        except AtlasError as exc:
            print(f"syria-atlas: warning: workspace not loaded: {exc}", file=sys.stderr)
    return (*load_data(None), None)


def initial_view(args, atlas) -> ViewState:
    """The ViewState the command line asks for, checked against the data."""
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
