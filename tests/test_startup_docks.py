"""The first frame shows the map and the docks as titled frames; the panels in the docks come
right after the first paint (or when anything asks for one), and the map shows the same region
once they are in (issue 18: first paint before the panels)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("pytestqt")
pytestmark = pytest.mark.usefixtures("window_settings")

from window_fixture import open_window  # noqa: E402


def _panels_in(win) -> bool:
    from desktop.panel.talks_panel import TalksPanel

    return isinstance(win.talks_dock.widget(), TalksPanel)


def test_the_docks_are_titled_before_their_panels_are_made(qtbot):
    win = open_window(qtbot, shown=False)
    assert not _panels_in(win)
    assert win.talks_dock.windowTitle() == "Talks and events"
    assert win.map_dock.windowTitle() == "Map"
    assert win.positions_dock.windowTitle() == "Positions stated, side by side"


def test_the_panels_come_after_the_first_paint_without_being_asked(qtbot):
    win = open_window(qtbot)  # shown and exposed: painted
    qtbot.waitUntil(lambda: _panels_in(win), timeout=5000)
    assert win.map_dock.widget().widget().isAncestorOf(win.legend)
    assert win.map_dock.widget().widget().isAncestorOf(win.layer_list)


def test_asking_for_a_panel_makes_it(qtbot):
    win = open_window(qtbot, shown=False)
    talks = win.talks  # e.g. Go > Go to Event List before the first paint
    assert win.talks_dock.widget() is talks
    assert win.attribute_dock.widget() is win.attribute_table
    assert win.map_dock.widget().widget().isAncestorOf(win.m4_breakdown)


@pytest.mark.parametrize("size", [(1024, 700), (1400, 900), (1920, 1080)])
def test_the_map_keeps_its_place_and_region_when_the_panels_arrive(qtbot, size):
    from window_fixture import bundled_data

    from desktop.main_window import MainWindow
    from desktop.state import AppState
    from geodata.model import ViewState

    win = MainWindow(AppState(ViewState()), *bundled_data(), persist=False)
    qtbot.addWidget(win)
    seen = {}

    def at_first_paint() -> None:
        seen["canvas"] = win.canvas.geometry()
        seen["bounds"] = win.canvas.transform.visible_lonlat_bounds()

    win.at_first_paint(at_first_paint)
    win.resize(*size)
    win.show()
    qtbot.waitUntil(lambda: "canvas" in seen and _panels_in(win), timeout=5000)
    qtbot.wait(50)  # the dock layout takes the panels' sizes
    assert win.canvas.geometry() == seen["canvas"]
    assert win.canvas.transform.visible_lonlat_bounds() == pytest.approx(seen["bounds"])


def test_the_first_paint_probe_writes_the_window_as_first_painted(tmp_path):
    """SYRIA_ATLAS_FIRST_PAINT (the start-up benchmark's probe): the window quits right after
    its first paint, having written what it showed then."""
    out = tmp_path / "first.png"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SYRIA_ATLAS_FIRST_PAINT=str(out),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "desktop.app"], env=env, capture_output=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert not (tmp_path / "config").exists()  # quit before closing: no settings written


def test_the_clock_probe_reads_the_clock_at_the_first_paint(tmp_path):
    """SYRIA_ATLAS_FIRST_PAINT=clock: the benchmark's time to the first paint is the monotonic
    clock the window prints then, which lies between the process's spawn and its end."""
    import time

    from desktop.launch import FIRST_PAINT_CLOCK

    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SYRIA_ATLAS_FIRST_PAINT="clock",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    spawned = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "desktop.app"], env=env, capture_output=True, text=True, timeout=120
    )
    ended = time.monotonic()
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(FIRST_PAINT_CLOCK)]
    assert len(lines) == 1
    painted = float(lines[0].removeprefix(FIRST_PAINT_CLOCK))
    assert spawned < painted < ended
