"""Open the window (or render it once to a PNG for --screenshot)."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.startup_imports import import_qt_widgets, import_window_qt_free
from geodata import work_ahead
from geodata.atomic_file import atomic_path, check_writable, write_error
from geodata.errors import AtlasError

if TYPE_CHECKING:
    from geodata.model import ViewState

# Qt, numpy, shapely and the data modules are imported inside run(), with the garbage collector
# paused (see run), not when this module is.

ORGANISATION = "NorthernSyriaAtlas"
APPLICATION = "Northern Syria Atlas"
DEFAULT_SCREENSHOT_SIZE = (1400, 900)
# Set (to "quit"; to "clock", which also prints the system's monotonic clock then; or to a .png
# path to grab the window as first painted): the window quits right after its first paint. For
# the start-up benchmark (which reads the clock: the time to the first paint, not to the end of
# the process) and to see what the first frame shows.
FIRST_PAINT_PROBE = "SYRIA_ATLAS_FIRST_PAINT"
FIRST_PAINT_CLOCK = "first paint at monotonic"
_PNG_ZLIB_LEVEL = 1  # the fastest; a window's flat colours still pack to ~0.3 MB


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

    return view_for(atlas, args.date, args.select, args.extent, args.compare_from)


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
    screenshot = Path(args.screenshot) if args.screenshot else None
    if screenshot is not None:
        if screenshot.suffix.lower() != ".png":
            raise AtlasError(f"--screenshot wants a .png file, got {screenshot.name!r}")
        check_writable(screenshot)
    choose_platform(screenshot is not None)
    # shapely's and Qt's libraries are mapped on a second core meanwhile (native_preload).
    from desktop import native_preload

    native_preload.start()
    workspace = None
    if args.workspace:  # a GeoPackage path or a database (a password asked for on the terminal)
        from geodata.cli.workspace_arg import workspace_arg

        workspace = workspace_arg(args.workspace)
    # The Qt-free part comes before PySide6 is imported: PySide6's import hook reads the source
    # of every module imported after it (looking for ``from __feature__ import``), ~0.1 ms
    # each, and numpy, shapely and the data modules are ~200 modules (~0.02 s); see
    # desktop.startup_imports.
    remembered = workspace is None and screenshot is None  # the last workspace: QSettings
    if remembered:
        _import_data_modules()
        from geodata.view_request import check_stores_ahead

        check_stores_ahead()  # on a thread, beside Qt's and the window's imports
    else:
        from geodata.view_request import check_stores_ahead, load_data

        check_stores_ahead()  # on a thread, beside the data's reading
        basemap, atlas, attribution = load_data(workspace)
        view = initial_view(args, atlas)
        import_window_qt_free()
    QApplication = import_qt_widgets().QApplication  # noqa: N806 - the Qt class

    _quiet_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("syria-atlas")  # Wayland docks match the window to its menu entry
    from desktop import i18n

    # A screenshot renders the arguments: --lang, else the system's (not the remembered one).
    lang = i18n.choose_language(getattr(args, "lang", None), remembered=screenshot is None)
    i18n.install_language(app, lang)
    # The Arabic font (~18 ms to register) is needed for the first paint only in Arabic;
    # otherwise it waits until the window is on screen (italic Arabic quotes, legend notes).
    arabic_first = lang in i18n.RIGHT_TO_LEFT
    if arabic_first:
        i18n.register_fonts()
    from desktop.main_window import MainWindow
    from desktop.state import AppState
    from resources import app_icon

    if screenshot is None:  # a screenshot is the window's inside: no frame, no icon
        app.setWindowIcon(app_icon())
    if remembered:
        basemap, atlas, attribution, workspace = load_remembered_data()
        view = initial_view(args, atlas)
    work_ahead.discard()  # the data is loaded: what it did not take is not kept for later
    state = AppState(view)
    # A screenshot is a reproducible render of the arguments: no remembered window or view.
    window = MainWindow(
        state, basemap, atlas, attribution, persist=screenshot is None, workspace=workspace
    )
    if screenshot is not None:
        return save_screenshot(app, window, screenshot, args.size or DEFAULT_SCREENSHOT_SIZE)
    probe = os.environ.get(FIRST_PAINT_PROBE)
    if probe:
        window.at_first_paint(lambda: _first_paint_probe(app, window, probe))
    window.show()
    if not arabic_first:
        window.after_startup(i18n.register_fonts)
    window.after_startup(_settle)
    window.after_startup(lambda: _quit_on_sigterm(app))  # nothing is written before that
    return app.exec()


def _first_paint_probe(app, window, target: str) -> None:
    """What FIRST_PAINT_PROBE asks for: the window as first painted (before the work put off
    until then) written to ``target`` if it is a .png path, the clock printed if it is "clock";
    then quit."""
    if target == "clock":  # first: the grab and the quit are not part of the start
        import time

        print(FIRST_PAINT_CLOCK, f"{time.monotonic():.6f}", flush=True)
    window.abandon_startup()  # the process ends here: what waited for the paint is not done
    if target.lower().endswith(".png"):
        Path(target).write_bytes(png_bytes(window.grab().toImage()))
    app.exit(0)


def _quit_on_sigterm(app) -> None:
    """SIGTERM (a logout, ``kill``) closes the window as Quit would: the running import or
    export then finishes or rolls back on its thread before the process ends, so no journal
    or ``.part`` file is left (the default would end the process mid-write). A timer wakes
    the interpreter now and then, as Python runs signal handlers only between its own steps."""
    import signal

    from PySide6.QtCore import QTimer

    if not hasattr(signal, "SIGTERM"):
        return
    signal.signal(signal.SIGTERM, lambda _signum, _frame: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def _import_data_modules() -> None:
    """Import what loading the data needs (numpy, shapely, the readers), not loading it yet."""
    import geodata.atlas  # noqa: F401
    import geodata.basemap  # noqa: F401
    import geodata.view_request  # noqa: F401

    import_window_qt_free()


def save_screenshot(app, window, path: Path, size: tuple[int, int]) -> int:
    """Render the whole window once it is laid out; write the PNG atomically.

    Painting is held off until everything is in place, so the window is painted once, by
    grab(), complete: the panels' deferred content is filled in first (the File menu's extra
    entries, never on the picture, are not made at all).
    """
    # --extent wins over the selection's own extent, as in the window (the selection is then
    # highlighted within the extent asked for)
    focus = window.state.view.extent is None
    window.setUpdatesEnabled(False)
    window.resize(*size)
    window.show()
    app.processEvents()
    window.finish_startup(drawn_only=True)
    window.resize(*size)  # again: a narrow window's docks are in tabs now, its minimum smaller
    app.processEvents()
    check_screenshot_size(window, size)
    if focus:
        window.focus_selection()
    app.processEvents()
    window.setUpdatesEnabled(True)
    image = window.grab().toImage()
    data = png_bytes(image)
    with atomic_path(path) as tmp:  # the exporters' all-or-nothing write
        try:
            tmp.write_bytes(data)
        except OSError as exc:
            raise write_error(path, exc) from None
    window.close()
    return 0


def check_screenshot_size(window, size: tuple[int, int]) -> None:
    """Refuse a size the window cannot take (Qt would silently keep its minimum instead)."""
    got = (window.width(), window.height())
    if got == tuple(size):
        return
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    window.close()
    raise AtlasError(
        f"--size {size[0]}x{size[1]} is smaller than the window can be: "
        f"use at least {least.width()}x{least.height()}"
    )


def png_bytes(image) -> bytes:
    """A QImage as an 8-bit RGB PNG: rows unfiltered, zlib's fastest level.

    Qt's writer (libpng) tries five filters on every row and keeps an alpha channel the window
    does not have: ~25 ms for a 1280x800 window. A window is mostly flat colour, which deflate
    packs well unfiltered: ~10 ms, and a smaller file (~300 kB against ~340 kB).
    """
    import struct
    import zlib

    import numpy as np
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = rgb.width(), rgb.height()
    pixels = np.frombuffer(rgb.constBits(), np.uint8).reshape(height, rgb.bytesPerLine())
    scanlines = np.zeros((height, 1 + 3 * width), np.uint8)  # each row: filter type 0, RGB
    scanlines[:, 1:] = pixels[:, : 3 * width]

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", header),
            chunk(b"IDAT", zlib.compress(scanlines.tobytes(), _PNG_ZLIB_LEVEL)),
            chunk(b"IEND", b""),
        )
    )
