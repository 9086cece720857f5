"""View ▸ Language retranslates the window in place (issue #18): the same widgets, the same
view (date, selection, filters, extent, open panels, dock layout), every text in the new
language as in a window opened in it, right to left for Arabic, and back again."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QWidget  # noqa: E402
from test_i18n_widgets import untranslated, visible_texts  # noqa: E402
from window_fixture import open_window  # noqa: E402

from desktop import i18n  # noqa: E402

DAY = date(2020, 2, 10)  # mid-offensive: zones, events and the M4 all have something to say
LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


def texts(win) -> Counter:
    """Every text a user can see or hear in the window: menus, actions, tooltips, status
    tips, dock titles, headings, list items, headers, placeholders (test_i18n_widgets' walk)."""
    found = Counter(
        (where, text)
        for where, text in visible_texts(win)
        if text and "qt_menubar_ext" not in where
    )
    # Qt's overflow menu of the menu bar (made when the bar was once too narrow) lists menus
    # a second time in one window and not in another: not a text of the window's own.
    bar = win.menuBar()
    for menu in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if menu.menuAction() not in bar.actions():
            found -= Counter((where, text) for where, text in visible_texts(menu) if text)
    return found


def settle(qtbot) -> None:
    qtbot.wait(50)  # the moved docks and the new texts laid out


def widgets_of(win) -> dict[str, object]:
    """The window's parts that a rebuild would replace."""
    parts = {
        name: getattr(win, name)
        for name in (
            "canvas",
            "legend",
            "layer_list",
            "m4_breakdown",
            "talks",
            "positions",
            "attribute_table",
            "date_control",
            "playback",
            "search",
            "main_toolbar",
            "file_menu",
            "view_menu",
            "go_menu",
            "help_menu",
            "find_action",
            "zoom_in_action",
        )
    }
    parts.update(
        filters=win.talks.filters,
        events=win.talks.events,
        details=win.talks.details,
        event_model=win.talks.events.source_model,
        snapshot_action=win.exports.snapshot_action,
        import_action=win.workspaces.import_action,
        menu_bar=win.menuBar(),
    )
    parts.update({dock.objectName(): dock for dock in win.findChildren(QDockWidget)})
    return parts


def a_view_to_keep(win) -> None:
    """A date, a selected zone, an event filter, a panel opened, compare mode on."""
    win.state.set_date(DAY)
    win.state.select_zone(win.atlas.zones_at(DAY)[0].id)
    filters = win.talks.filters
    filters.kind.setCurrentIndex(filters.kind.findData("meeting"))
    win.attribute_dock.show()
    win.playback.compare_button.setChecked(True)
    win.state.set_date(date(2020, 3, 6))


def test_a_language_round_trip_keeps_the_widgets_and_the_view(qtbot, language):
    language("en")
    win = open_window(qtbot, started=True)
    a_view_to_keep(win)
    settle(qtbot)
    parts, view = widgets_of(win), win.state.view
    transform = win.canvas.transform
    kind = win.talks.filters.kind.currentData()
    shown = {
        name for name, dock in parts.items() if isinstance(dock, QDockWidget) and dock.isVisible()
    }
    widths = {name: parts[name].width() for name in shown}

    for code in ("ar", "en"):
        win.choose_language(code)
        settle(qtbot)
        assert i18n.current_language() == code
        assert widgets_of(win) == parts  # the same objects: nothing was built again
        assert win.state.view == view
        # the same centre and scale (a dock needing more room for the language narrows the
        # map while it is shown)
        now = win.canvas.transform
        assert (now.center_x, now.center_y) == pytest.approx(
            (transform.center_x, transform.center_y)
        )
        assert now.pixels_per_metre == transform.pixels_per_metre
        assert win.talks.filters.kind.currentData() == kind
        assert win.playback.compare_button.isChecked()
        visible = {
            name for name, d in parts.items() if isinstance(d, QDockWidget) and d.isVisible()
        }
        assert visible == shown
        assert win.talks.events.visible_event_ids() == win.talks.events.visible_event_ids()
    # English again: the side docks as wide as the user had them, the map as it was
    assert {name: parts[name].width() for name in shown} == widths
    assert win.canvas.transform == transform


@pytest.mark.parametrize("lang", ["ar", "tr", "ku"])
def test_every_text_is_the_one_a_window_opened_in_that_language_shows(qtbot, language, lang):
    """Switched from English, the window reads exactly as one opened in the language (so every
    text with a translation changed: menus, dock titles, headings, tooltips, status bar,
    empty states, list items); switched back, exactly as before."""
    language("en")
    win = open_window(qtbot, started=True)
    win.state.set_date(DAY)
    settle(qtbot)
    english = texts(win)
    win.choose_language(lang)
    settle(qtbot)  # the M4 rows written again: the old labels go
    switched = texts(win)
    assert untranslated(win, lang) == []

    language(lang)  # the fixture's: a window built in the language, for comparison
    fresh = open_window(qtbot, started=True)
    fresh.state.set_date(DAY)
    settle(qtbot)
    assert switched == texts(fresh)
    changed = english - switched
    assert sum(changed.values()) > 150  # the walk saw the texts that change

    win.choose_language("en")
    settle(qtbot)
    assert texts(win) == english


def test_arabic_lays_the_window_out_right_to_left_and_back(qtbot, language):
    language("en")
    win = open_window(qtbot, started=True)
    settle(qtbot)
    assert win.dockWidgetArea(win.map_dock) == LEFT
    win.choose_language("ar")
    settle(qtbot)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for widget in (win, win.canvas, win.talks, win.legend, win.date_control, win.menuBar()):
        assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # the map panel on the right of the map, the talks on its left, as opened in Arabic
    assert win.dockWidgetArea(win.map_dock) == RIGHT
    assert win.dockWidgetArea(win.talks_dock) == LEFT
    assert win.map_dock.geometry().left() >= win.canvas.geometry().right()
    assert win.talks_dock.geometry().right() <= win.canvas.geometry().left()
    # the date field day first, in the Levantine month names (as the event list writes it)
    assert win.date_control.date_edit.text() == "25 نيسان 2023"
    win.choose_language("en")
    settle(qtbot)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert win.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert win.dockWidgetArea(win.map_dock) == LEFT
    assert win.map_dock.geometry().right() <= win.canvas.geometry().left()
    assert win.date_control.date_edit.text() == "25 Apr 2023"


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_the_map_and_its_legend_are_drawn_in_arabic_after_the_switch(qtbot, language):
    """Pixels: after a switch the legend panel and the map (zone and town labels) are the
    picture a window opened in Arabic draws, and not the English one."""
    language("en")
    win = open_window(qtbot, started=True)
    settle(qtbot)
    english_legend = win.legend.grab().toImage()
    english_map = win.canvas.render_image()
    win.choose_language("ar")
    settle(qtbot)
    assert all(_has_arabic(section.title) for section in win.legend.sections)
    assert _has_arabic(win.legend.toolTip())

    language("ar")
    fresh = open_window(qtbot, started=True)
    fresh.resize(win.size())
    settle(qtbot)
    fresh.canvas.zoom_to(win.canvas.transform.visible_lonlat_bounds(), margin=0)
    fresh.legend.resize(win.legend.size())
    settle(qtbot)
    legend = win.legend.grab().toImage()
    assert legend == fresh.legend.grab().toImage()
    assert legend != english_legend
    assert win.canvas.render_image() != english_map  # the labels changed language
    # the towns the canvas labelled on screen, Aleppo in its Arabic name
    towns = win.renderer.layer("places")
    win.canvas.repaint()
    drawn = dict(zip(towns.last_placed, towns.last_drawn, strict=True))
    assert drawn["Aleppo"][0] == win.atlas.localities["aleppo"].name_ar
    assert sum(_has_arabic(main) for main, _second in drawn.values()) > len(drawn) / 2


def test_a_window_switched_while_hidden_retranslates_too(qtbot, language):
    """Qt posts the language change to windows not yet shown as well."""
    language("en")
    win = open_window(qtbot, shown=False)
    win.choose_language("tr")
    assert win.file_menu.title() == "&Dosya"
    assert win.map_dock.windowTitle() != "Map"
    assert isinstance(win.canvas, QWidget)


def test_a_tab_group_of_docks_changes_sides_together(qtbot, language):
    """On a small screen the positions share the talks' column as a tab: in Arabic both are
    on the left, still one tab group, and on the right again in English."""
    language("en")
    win = open_window(qtbot, size=(1100, 760), started=True)
    settle(qtbot)
    assert win.positions_dock in win.tabifiedDockWidgets(win.talks_dock)
    for code, side in (("ar", LEFT), ("en", RIGHT)):
        win.choose_language(code)
        settle(qtbot)
        assert win.dockWidgetArea(win.talks_dock) == side
        assert win.dockWidgetArea(win.positions_dock) == side
        assert win.positions_dock in win.tabifiedDockWidgets(win.talks_dock)
