"""The window as a keyboard user meets it: opening, Escape, search, list keys, date steps."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("pytestqt")
pytestmark = pytest.mark.usefixtures("window_settings")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from window_fixture import atlas_with_an_edited_zone, bundled_data, open_window  # noqa: E402

from desktop.panel.m4_breakdown import summarise  # noqa: E402
from geodata.model import DEFAULT_AS_OF, ViewState  # noqa: E402

MOSCOW_2023 = "2023-04-25-moscow-defence-ministers"


def make_window(qtbot, view: ViewState | None = None, persist: bool = False):
    """The window as a keyboard user meets it: the active window."""
    return open_window(qtbot, view, persist=persist, active=True)


def test_window_opens_offscreen_with_default_date_and_menus(qtbot):
    win = make_window(qtbot)
    assert win.isVisible()
    assert win.state.view.as_of == DEFAULT_AS_OF
    assert win.date_control.date_edit.date().toPython() == DEFAULT_AS_OF
    titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert titles == ["File", "View", "Go", "Help"]
    assert win.file_menu is not None
    assert win.canvas.width() > 400 and win.canvas.height() > 300
    assert win.talks.events.visible_event_ids()[0] == MOSCOW_2023  # newest first


def test_every_control_has_an_accessible_name(qtbot):
    win = make_window(qtbot)
    interactive = (
        "QLineEdit",
        "QComboBox",
        "QDateEdit",
        "QSlider",
        "QToolButton",
        "QTreeView",
        "QTableView",
        "QTextBrowser",
        "QListWidget",
    )
    unnamed = [
        f"{w.metaObject().className()} {w.objectName()}"
        for w in win.findChildren(QWidget)
        if w.isVisible()
        and any(w.inherits(name) for name in interactive)
        and not w.accessibleName()
        and not w.inherits("QCalendarWidget")
        and not w.objectName().startswith("qt_")  # Qt's own parts (a date field's editor)
        and w.parent() is not None
        and not w.parent().inherits("QDockWidget")  # dock title buttons carry Qt's own names
        and not w.parent().inherits("QToolBar")  # toolbar buttons are named by their action
    ]
    assert unnamed == []


def test_escape_clears_the_selection(qtbot):
    win = make_window(qtbot, ViewState(selected_event=MOSCOW_2023))
    win.canvas.setFocus()
    qtbot.keyClick(win.canvas, Qt.Key.Key_Escape)
    assert win.state.view.selected_event is None
    assert win.talks.events.selectionModel().selectedRows() == []


def test_search_qamishlo_finds_qamishli_and_selects_its_zone(qtbot):
    win = make_window(qtbot)
    win.find_action.trigger()
    assert win.search.hasFocus()
    qtbot.keyClicks(win.search, "Qamishlo")
    results = win.search.update_results()
    assert results[0].title == "Qamishli"
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    assert win.state.place is not None and win.state.place.name == "Qamishli"
    zone = win.atlas.zone(win.state.view.selected_zone)
    assert zone is not None  # the zone holding Qamishli on the date is selected
    lon, lat, *_ = win.canvas.transform.visible_lonlat_bounds()
    assert lon < win.state.place.lon and lat < win.state.place.lat  # zoomed to it


def test_searching_an_airbase_picks_it_with_its_control_history(qtbot):
    """Hmeimim is in the control gazetteer (as "Khmeimim airbase"): Enter goes to its
    sourced coordinate and the details panel shows what the records say about it."""
    win = make_window(qtbot)
    win.find_action.trigger()
    qtbot.keyClicks(win.search, "Hmeimim")
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    place = win.state.place
    assert place is not None and place.place_id == "latakia_international_airport"
    locality = win.atlas.localities["latakia_international_airport"]
    assert (place.lon, place.lat) == (locality.lon, locality.lat)
    assert "Khmeimim" in win.talks.details.toPlainText()


@pytest.mark.parametrize(
    ("typed", "found"),
    [("Ayn al-Arab", "Kobani"), ("Serêkaniyê", "Ras al-Ain"), ("serekaniye", "Ras al-Ain")],
)
def test_search_knows_alternative_spellings(typed, found):
    from desktop.search import SearchIndex

    basemap, atlas, _ = bundled_data()
    assert SearchIndex(atlas, basemap).search(typed)[0].title == found


def test_arrow_keys_move_through_the_event_list(qtbot):
    win = make_window(qtbot)
    events = win.talks.events
    events.setFocus()
    qtbot.keyClick(events, Qt.Key.Key_Down)
    first = win.state.view.selected_event
    assert first == events.visible_event_ids()[0]
    qtbot.keyClick(events, Qt.Key.Key_Down)
    assert win.state.view.selected_event == events.visible_event_ids()[1]
    qtbot.keyClick(events, Qt.Key.Key_Up)
    assert win.state.view.selected_event == first


def test_filters_narrow_the_event_list(qtbot):
    win = make_window(qtbot)
    events, filters = win.talks.events, win.talks.filters
    everything = events.visible_event_ids()
    filters.party.setCurrentIndex(filters.party.findData("iran"))
    shown = events.visible_event_ids()
    assert 0 < len(shown) < len(everything)
    assert all("iran" in win.atlas.event(e).participants for e in shown)
    filters.kind.setCurrentIndex(filters.kind.findData("meeting"))
    assert all(win.atlas.event(e).kind == "meeting" for e in events.visible_event_ids())
    filters.clear()
    qtbot.keyClicks(filters.text, "earthquake")
    qtbot.waitUntil(lambda: len(events.visible_event_ids()) == 1)
    filters.clear()
    filters.date_from.set_value(date(2023, 4, 1))
    assert all(win.atlas.event(e).date >= date(2023, 4, 1) for e in events.visible_event_ids())
    assert events.visible_event_ids()[0] == MOSCOW_2023  # newest first, as of 25 Apr 2023


def test_next_and_previous_event_move_the_date(qtbot):
    win = make_window(qtbot)
    win.next_event_action.trigger()
    after = win.atlas.event(win.state.view.selected_event)
    assert after.date > DEFAULT_AS_OF and win.state.view.as_of == after.date
    win.prev_event_action.trigger()
    assert win.state.view.selected_event == MOSCOW_2023
    assert win.state.view.as_of == DEFAULT_AS_OF
    win.state.set_date(date(2021, 1, 1))
    win.reset_date_action.trigger()
    assert win.state.view.as_of == DEFAULT_AS_OF


def test_no_control_data_shows_an_empty_state(qtbot):
    win = make_window(qtbot, ViewState(as_of=date(2015, 6, 1)))
    assert "No control data" in win.talks.details.toPlainText()
    assert not win.m4_breakdown.strip.isVisible()
    assert "No control data" in win.m4_breakdown.empty.text()


def test_a_date_before_the_timeline_shows_in_the_date_field_as_on_the_map(qtbot):
    # --date 2010-01-01: the panel says "As of 1 January 2010"; the field must not say 2011.
    win = make_window(qtbot, ViewState(as_of=date(2010, 1, 1)))
    assert win.date_control.first_day > date(2010, 1, 1)
    assert win.date_control.date_edit.date().toPython() == date(2010, 1, 1)
    win.state.set_date(date(2019, 10, 20))
    assert win.date_control.date_edit.date().toPython() == date(2019, 10, 20)


def test_settings_remember_extent_and_docks_but_not_the_date(qtbot):
    win = make_window(qtbot, persist=True)
    win.canvas.zoom_to((37.0, 36.0, 38.0, 36.8))
    win.state.set_date(date(2020, 6, 1))
    win.positions_dock.hide()
    win.close()
    again = make_window(qtbot, persist=True)
    assert again.state.view.as_of == DEFAULT_AS_OF
    assert not again.positions_dock.isVisible()
    min_lon, min_lat, max_lon, max_lat = again.canvas.transform.visible_lonlat_bounds()
    assert min_lon < 37.05 and max_lon > 37.95 and max_lon - min_lon < 3


# --- start-up: what waits for the first paint, and screenshots that still show everything ---


def test_the_bundled_m4_breakdown_shows_at_once_from_the_stored_measure(qtbot):
    atlas = bundled_data()[1]
    hidden = open_window(qtbot, shown=False)
    # Measured when the data was built (geodata/data/m4_breakdown.json): no wait, no pyproj.
    assert not hidden.m4_breakdown.pending
    assert {controller for controller, _km in hidden.m4_breakdown.rows} >= {"sdf", "government"}
    assert hidden.m4_breakdown.rows == summarise(atlas.m4_breakdown(DEFAULT_AS_OF))


def test_an_m4_breakdown_not_stored_is_measured_once_the_map_is_on_screen(qtbot):
    basemap, _atlas, attribution = bundled_data()
    edited = (basemap, atlas_with_an_edited_zone(), attribution)
    hidden = open_window(qtbot, data=edited, shown=False)
    assert hidden.m4_breakdown.rows == []  # not measured before the window is shown
    assert "Measuring" in hidden.m4_breakdown.empty.text()
    win = open_window(qtbot, data=edited, shown=False)
    win.show()
    qtbot.waitUntil(lambda: bool(win.m4_breakdown.rows))
    assert win.m4_breakdown.strip.isVisible() and not win.m4_breakdown.pending
    assert {controller for controller, _km in win.m4_breakdown.rows} >= {"sdf", "government"}


def test_the_file_menu_gains_import_and_export_after_the_first_paint(qtbot):
    win = make_window(qtbot)

    def entries():
        return [a.text() for a in win.file_menu.actions()]

    qtbot.waitUntil(lambda: "Export &Snapshot…" in entries())
    assert entries()[0] == "&Import…" and entries()[-1] == "&Quit"
    assert "Open &Recent Workspace" in entries()


def test_asking_for_the_workspaces_before_the_first_paint_sets_them_up(qtbot):
    win = open_window(qtbot, shown=False)
    assert win.workspaces.import_action in win.file_menu.actions()
    assert win.exports.snapshot_action in win.file_menu.actions()
    assert win.m4_breakdown.rows  # everything put off is done, the measure included


def test_a_screenshot_shows_the_whole_window_with_the_m4_measured(qtbot, tmp_path):
    from PySide6.QtGui import QImage

    from desktop.launch import save_screenshot

    win = open_window(qtbot, ViewState(selected_event=MOSCOW_2023), shown=False)
    shot = tmp_path / "window.png"
    assert save_screenshot(QApplication.instance(), win, shot, (1200, 800)) == 0
    image = QImage(str(shot))
    assert image.size().toTuple() == (1200, 800)
    assert win.m4_breakdown.rows and win.m4_breakdown.strip.isVisibleTo(win)  # (now closed)
    assert win.talks.events.visible_event_ids()[0] == MOSCOW_2023
    colours = {image.pixel(x, y) for x in range(0, 1200, 40) for y in range(0, 800, 40)}
    assert len(colours) > 20  # painted: a blank grab is one or two colours


def test_the_screenshot_png_holds_the_window_pixels_exactly(qtbot):
    from PySide6.QtGui import QColor, QImage, QPainter

    from desktop.launch import png_bytes

    image = QImage(37, 21, QImage.Format.Format_RGB32)  # odd sizes: rows are padded in memory
    image.fill(QColor("#f4efe4"))
    painter = QPainter(image)
    painter.fillRect(3, 4, 20, 9, QColor(200, 30, 40))
    painter.drawLine(0, 20, 36, 0)
    painter.end()
    read = QImage.fromData(png_bytes(image), "PNG")
    assert read.size() == image.size()
    assert all(read.pixel(x, y) == image.pixel(x, y) for x in range(37) for y in range(21))
