"""On a small screen the map stays the subject: a trial found the side panels taking ~60 % of
a 1024-pixel window and half of an 800-pixel one, and the legend a tab behind the talks with
nothing saying it was there."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabBar  # noqa: E402
from window_fixture import open_window  # noqa: E402

pytestmark = pytest.mark.usefixtures("window_settings")

#: What the map must keep of the window's width (window_docks.MAP_SHARE less the handles).
LEAST_SHARE = 0.55


def _map_share(win) -> float:
    return win.canvas.width() / win.width()


@pytest.mark.parametrize("size", [(750, 600), (800, 600), (1024, 700), (1400, 900)])
def test_the_map_keeps_most_of_the_width_at_every_size(qtbot, size):
    win = open_window(qtbot, size=size, started=True)
    QApplication.processEvents()
    assert _map_share(win) >= LEAST_SHARE, (size, win.canvas.width())
    assert win.talks.isVisible()  # the talks are still there, beside the map


def _map_tab(win) -> tuple[QTabBar, int]:
    title = win.map_dock.windowTitle()
    for bar in win.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.tabText(i) == title and bar.isVisible():
                return bar, i
    raise AssertionError("no tab for the map panel")


@pytest.mark.parametrize("lang", ["en", "tr", "ar"])
def test_a_small_window_has_the_legend_one_click_away_and_says_so(qtbot, language, lang):
    """The map panel's tab comes right after the talks' (not scrolled out of the tab bar),
    its tooltip names the legend in the interface language, and one click shows it."""
    language(lang)
    win = open_window(qtbot, size=(800, 600), started=True)
    bar, index = _map_tab(win)
    assert index == 1
    legend_word = win.tr("<b>Legend</b>").replace("<b>", "").replace("</b>", "")
    assert legend_word in bar.tabToolTip(index)
    assert bar.tabRect(index).right() <= bar.width()  # the whole tab is in view
    # and its title whole, not elided to "H…" (Harita) beside the long talks title
    text_width = bar.fontMetrics().horizontalAdvance(bar.tabText(index))
    assert bar.tabRect(index).width() >= text_width
    assert bar.elideMode() == Qt.TextElideMode.ElideNone
    bar.setCurrentIndex(index)  # what a click on it does
    QApplication.processEvents()
    assert win.legend.isVisible()


def test_a_window_made_narrower_takes_the_room_from_the_side_panels(qtbot):
    win = open_window(qtbot, size=(1400, 900), started=True)
    QApplication.processEvents()
    win.resize(1000, 700)
    QApplication.processEvents()
    assert _map_share(win) >= LEAST_SHARE, win.canvas.width()
    assert win.talks.width() >= win.talks.minimumSizeHint().width()


def test_the_users_split_is_kept_for_the_next_start(qtbot):
    win = open_window(qtbot, size=(1400, 900), persist=True, started=True)
    QApplication.processEvents()
    default = win.talks_dock.width()
    win.resizeDocks([win.talks_dock], [default + 80], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    chosen = win.talks_dock.width()
    assert chosen >= default + 60  # the user's own split, wider than the default
    win.close()
    again = open_window(qtbot, size=(1400, 900), persist=True, started=True)
    QApplication.processEvents()
    assert abs(again.talks_dock.width() - chosen) <= 2


def test_the_legend_tab_tooltip_follows_a_language_change(qtbot, language):
    win = open_window(qtbot, size=(800, 600), started=True)
    language("tr")
    qtbot.waitUntil(lambda: "Lejant" in _tooltip(win))


def _tooltip(win) -> str:
    bar, index = _map_tab(win)
    return bar.tabToolTip(index)
