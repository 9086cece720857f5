"""The main window as the GUI tests open it: one way to build it, so every test file meets the
same window (on screen, exposed, test-mode paths) and a change to its constructor is made once.
The ``main_window`` fixture in conftest.py hands ``open_window`` to a test with its qtbot."""

from __future__ import annotations

import os
import subprocess
import sys
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geodata.atlas import Atlas
    from geodata.io import AtlasRecords


@cache
def bundled_data():
    """The bundled basemap, atlas and attribution, loaded once per test run (it takes seconds)."""
    from geodata.atlas import load_atlas
    from geodata.basemap import ATTRIBUTION, load_basemap

    return load_basemap(), load_atlas(), ATTRIBUTION


def with_an_edited_zone(records: AtlasRecords) -> AtlasRecords:
    """``records`` with the Idlib snapshot zone in force on 25 April 2023 moved a little (the
    derived zones are cut along its outline): not what was measured or stored for start-up."""
    from dataclasses import replace

    from shapely import affinity

    from geodata.model import DEFAULT_AS_OF

    zones = tuple(
        replace(z, geometry=affinity.translate(z.geometry, xoff=0.001))
        if z.valid_on(DEFAULT_AS_OF) and z.area == "idlib"
        else z
        for z in records.zones
    )
    return replace(records, zones=zones)


def atlas_with_an_edited_zone() -> Atlas:
    """The bundled data with one zone of 25 April 2023 moved a little (``with_an_edited_zone``)."""
    from geodata.atlas import Atlas
    from geodata.io import load_records

    return Atlas(with_an_edited_zone(load_records()))


def open_window(
    qtbot,
    view=None,
    *,
    data=None,
    persist: bool = False,
    size: tuple[int, int] = (1400, 900),
    shown: bool = True,
    active: bool = False,
    started: bool = False,
):
    """A main window on ``data`` (basemap, atlas, attribution; the bundled data by default),
    closed by qtbot after the test. ``shown``: resized, shown and exposed (a hidden window is
    one before its first paint); ``active``: also the active window (for key presses);
    ``started``: the work put off until after the first paint done at once."""
    from PySide6.QtCore import QStandardPaths

    from desktop.main_window import MainWindow
    from desktop.state import AppState
    from geodata.model import ViewState

    QStandardPaths.setTestModeEnabled(True)  # never the user's data folders
    basemap, atlas, attribution = data or bundled_data()
    win = MainWindow(AppState(view or ViewState()), basemap, atlas, attribution, persist=persist)
    qtbot.addWidget(win)
    if not shown:
        return win
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    if active:
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
    if started:
        win.finish_startup()
    return win


def run_fresh_window(script: str, tmp_path, **env: str) -> str:
    """Run ``script`` in a new interpreter as a user's first start (offscreen, fresh settings
    and data folders under ``tmp_path``); its standard output, after a clean exit."""
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        **env,
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def screenshot_in_process(monkeypatch, tmp_path):
    """``shoot(size, *args)`` runs ``syria-atlas --screenshot`` in this process and returns
    (exit code, the image or None, the window it was taken of)."""
    from PySide6.QtGui import QImage

    import desktop.launch as launch
    from desktop.app import main

    captured = {}
    original = launch.save_screenshot

    def keep_window(app, window, path, size):
        captured["window"] = window
        return original(app, window, path, size)

    monkeypatch.setattr(launch, "save_screenshot", keep_window)

    def shoot(size: str, *args: str):
        out = tmp_path / "shot.png"
        code = main(["--screenshot", str(out), "--size", size, *args])
        image = QImage(str(out)) if out.exists() else None
        return code, image, captured.get("window")

    return shoot
