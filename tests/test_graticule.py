"""The graticule: off until asked for, a few lines at every zoom, degree labels, remembered."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.render.context import RenderContext
from desktop.render.graticule import format_degrees, graticule_step, ticks
from desktop.render.renderer import TOGGLEABLE_LAYERS, MapRenderer
from desktop.render.transform import MapTransform
from geodata.model import ViewState


@pytest.mark.parametrize("span", [20.0, 8.0, 3.0, 1.0, 0.4, 0.1, 0.05])
def test_the_spacing_follows_the_zoom(span):
    step = graticule_step(span)
    lines = len(ticks(36.0, 36.0 + span, step))
    assert 3 <= lines <= 12
    assert graticule_step(span / 4) < step or step == 1 / 60


def test_labels_read_as_degrees_and_minutes():
    assert format_degrees(36.0, 1.0, "N", "S") == "36°N"
    assert format_degrees(36.5, 0.5, "N", "S") == "36°30′N"
    assert format_degrees(37.0, 0.25, "E", "W") == "37°E"
    assert format_degrees(-0.25, 0.25, "E", "W") == "0°15′W"


def render(view: ViewState) -> QImage:
    transform = MapTransform.fit((36.0, 35.5, 38.5, 37.0), 800, 500, 0.0)
    image = QImage(800, 500, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    MapRenderer("test").render(painter, transform, RenderContext(view=view, basemap={}))
    painter.end()
    return image


def test_off_by_default_and_drawn_by_the_one_renderer(qapp):
    assert ("graticule", "Graticule") in TOGGLEABLE_LAYERS
    assert "graticule" in ViewState().hidden_layers
    off = render(ViewState())
    on = render(ViewState(hidden_layers=frozenset()))
    assert on != off
    # A meridian crosses the frame: a full column differs from the plain render.
    transform = MapTransform.fit((36.0, 35.5, 38.5, 37.0), 800, 500, 0.0)
    x = round(transform.lonlat_to_screen(37.0, 36.0).x())
    column = [x + dx for dx in (-1, 0, 1)]
    drawn = sum(any(on.pixel(c, y) != off.pixel(c, y) for c in column) for y in range(40, 460, 10))
    assert drawn > 35


def test_the_view_menu_toggle_is_remembered(qtbot):
    from PySide6.QtCore import QSettings
    from window_fixture import open_window

    QSettings().clear()
    win = open_window(qtbot, persist=True, active=True)
    assert not win.graticule_action.isChecked()
    win.graticule_action.trigger()
    assert "graticule" not in win.state.view.hidden_layers
    win.close()
    again = open_window(qtbot, persist=True, active=True)
    assert again.graticule_action.isChecked()
    assert "graticule" not in again.state.view.hidden_layers
    QSettings().clear()


def test_no_toolbar_action_overflows_at_1024_px_and_200_percent():
    """A laptop at 200 %: every toolbar button and field on screen, none in the » menu."""
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication, QToolButton
        app = QApplication(sys.argv)
        from desktop.main_window import MainWindow
        from desktop.state import AppState
        from geodata.atlas import load_atlas
        from geodata.basemap import ATTRIBUTION, load_basemap
        from geodata.model import ViewState
        win = MainWindow(AppState(ViewState()), load_basemap(), load_atlas(), ATTRIBUTION,
                         persist=False)
        win.resize(1024, 700)
        win.show()
        for _ in range(5):
            app.processEvents()
        assert app.devicePixelRatio() == 2.0, app.devicePixelRatio()
        for bar in win.findChildren(type(win.main_toolbar)):
            if not bar.isVisible():
                continue
            hidden = [a.text() or a.objectName() for a in bar.actions()
                      if not a.isSeparator() and a.isVisible()
                      and not bar.widgetForAction(a).isVisible()]
            assert not hidden, hidden
            extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
            assert extension is None or not extension.isVisible()
        print("ok")
        """
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    import os

    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "ok" in result.stdout, result.stderr[-2000:]
