"""The window puts the map first: it takes the largest part of the window at every common size
and shows the whole of northern Syria; the positions view puts every party side by side where
there is room and offers a switcher where there is not."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_gui_window import MOSCOW_2023  # noqa: E402
from window_fixture import open_window  # noqa: E402

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
    win = open_window(qtbot, view, size=size)
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
    assert len(positions.cards) >= 2
    assert positions.mode == mode
    if mode == "row":  # every card in one row, none under another
        tops = {card.geometry().top() for card in positions.cards.values()}
        assert len(tops) == 1
    else:
        assert positions.switcher.count() == len(positions.cards)


@pytest.mark.parametrize("typed", ["2019-11-15", "15 Nov 2019", "15 November 2019", "15/11/2019"])
def test_the_date_field_takes_a_typed_date(qtbot, typed):
    from datetime import date

    from PySide6.QtCore import Qt

    win = window_at(qtbot, (1400, 900))
    field = win.date_control.date_edit
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), typed)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.state.view.as_of == date(2019, 11, 15), timeout=2000)


def test_a_failed_search_says_so(qtbot):
    from PySide6.QtCore import Qt

    win = window_at(qtbot, (1400, 900))
    box = win.search
    box.setFocus()
    qtbot.keyClicks(box, "Xyzzyville")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.property("noMatch") is True
    assert "Xyzzyville" in win.statusBar().currentMessage()
    box.clear()
    qtbot.keyClicks(box, "Aleppo")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.property("noMatch") is False


def test_clicking_the_m4_shows_the_stretch(qtbot):
    """A click on the road says who holds that stretch, from which town to which, and its km."""
    win = window_at(qtbot, (1400, 900))
    atlas = win.atlas
    stretches = [s for s in atlas.m4_breakdown(win.state.view.as_of) if s["km"] > 40]
    stretch = stretches[0]
    from geodata.analysis import m4_stretch_lines

    line = m4_stretch_lines(atlas.features["m4"].geometry, [stretch])[0]
    mid = line.interpolate(0.5, normalized=True)
    point = win.canvas.transform.lonlat_to_screen(mid.x, mid.y)
    with qtbot.waitSignal(win.canvas.m4_clicked, timeout=2000) as blocker:
        win.canvas.click_at(point)
    text = blocker.args[0]
    party = atlas.parties[stretch["controller"]].name
    assert party in text and f"{stretch['km']:.0f} km" in text and "from near" in text
    assert win.state.view.selected_zone is None  # the click was the road's, not the zone's


def test_go_to_typed_coordinates(qtbot):
    from PySide6.QtCore import Qt

    win = window_at(qtbot, (1400, 900))
    win.search.setFocus()
    qtbot.keyClicks(win.search, "36.95, 40.2")
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    qtbot.wait(50)
    west, south, east, north = win.canvas.transform.visible_lonlat_bounds()
    assert west < 40.2 < east and south < 36.95 < north
    assert east - west < 4  # zoomed in on the point, not the whole region


def test_the_window_opens_within_the_screen(qtbot):
    """On a screen smaller than the default size (a laptop, a 4K screen at 200 %), the window
    fits the free area instead of spilling off it."""
    win = open_window(qtbot, shown=False)
    try:
        free = win.screen().availableGeometry()
        assert win.width() <= free.width() and win.height() <= free.height()
        assert free.contains(win.frameGeometry().topLeft())
    finally:
        win.close()
        win.deleteLater()


def test_measure_distance_and_area(qtbot):
    """Measuring: clicks add points; the distance is geodesic (Aleppo to Raqqa is ~160 km) and
    three points give the area they enclose; ending it leaves the selection alone."""
    from geodata.analysis import GEOD

    win = window_at(qtbot, (1400, 900))
    win.measure_action.trigger()
    assert win.canvas.measure.active
    points = [(37.16, 36.20), (39.01, 35.95), (38.0, 36.6)]  # Aleppo, Raqqa, north of both
    for lon, lat in points:
        win.canvas.click_at(win.canvas.transform.lonlat_to_screen(lon, lat))
    message = win.statusBar().currentMessage()
    km = GEOD.line_length([p[0] for p in points], [p[1] for p in points]) / 1000
    shown = float(re.search(r"Distance ([\d,.]+) km", message).group(1).replace(",", ""))
    assert abs(shown - km) < 0.5 + km * 0.005  # the clicked pixels, not the exact points
    assert "area" in message and win.state.view.selected_zone is None
    win.measure_action.trigger()
    assert not win.canvas.measure.active and not win.canvas.measure.points


def test_escape_ends_measuring_before_it_clears_the_selection(qtbot):
    from PySide6.QtCore import Qt

    win = window_at(qtbot, (1400, 900), ViewState(selected_event=MOSCOW_2023))
    win.measure_action.trigger()
    win.canvas.setFocus()
    qtbot.keyClick(win.canvas, Qt.Key.Key_Escape)
    assert not win.canvas.measure.active and not win.measure_action.isChecked()
    assert win.state.view.selected_event == MOSCOW_2023
    qtbot.keyClick(win.canvas, Qt.Key.Key_Escape)
    assert win.state.view.selected_event is None
