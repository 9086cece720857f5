"""The window puts the map first: it takes the largest part of the window at every common size
and shows the whole of northern Syria; the positions view puts every party side by side where
there is room and offers a switcher where there is not."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_gui_window import MOSCOW_2023, data  # noqa: E402

from geodata.extent import DEFAULT_EXTENT  # noqa: E402
from geodata.model import ViewState  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings():
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance()
    app.setOrganizationName("NorthernSyriaAtlasTests")
    app.setApplicationName("gui-tests-map-first")
    QSettings().clear()
    yield
    QSettings().clear()


def window_at(qtbot, size, view=None):
    from desktop.main_window import MainWindow
    from desktop.state import AppState

    basemap, atlas, attribution = data()
    win = MainWindow(AppState(view or ViewState()), basemap, atlas, attribution, persist=False)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(50)
    return win


@pytest.mark.parametrize("size", [(1024, 700), (1400, 900), (1920, 1080)])
def test_the_map_is_the_largest_part_and_shows_northern_syria(qtbot, size):
    win = window_at(qtbot, size)
    canvas = win.canvas
    docks = [win.map_dock, win.talks_dock, win.positions_dock]
    canvas_area = canvas.width() * canvas.height()
    for dock in docks:
        assert canvas_area > dock.width() * dock.height()
    assert canvas.width() >= 0.42 * size[0]
    west, south, east, north = canvas.transform.visible_lonlat_bounds()
    d_west, d_south, d_east, d_north = DEFAULT_EXTENT
    assert west <= d_west + 0.05 and east >= d_east - 0.05
    assert south <= d_south + 0.05 and north >= d_north - 0.05


@pytest.mark.parametrize(("size", "mode"), [((1400, 900), "row"), ((1024, 700), "tabs")])
def test_positions_side_by_side_or_a_switcher(qtbot, size, mode):
    win = window_at(qtbot, size, ViewState(selected_event=MOSCOW_2023))
    positions = win.positions
    assert len(positions.cards) >= 4
    assert positions.mode == mode
    if mode == "row":  # every card in one row, none under another
        tops = {card.geometry().top() for card in positions.cards.values()}
        assert len(tops) == 1
    else:
        assert positions.switcher.count() == len(positions.cards)
