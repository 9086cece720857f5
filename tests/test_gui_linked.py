"""Linked exploration in the window: map clicks, the talks panel, positions and the date."""

from __future__ import annotations

import sys
from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from window_fixture import bundled_data, open_window  # noqa: E402

from desktop.render.context import RenderContext  # noqa: E402
from desktop.render.control_layers import related_zone_ids, selected_feature_ids  # noqa: E402
from desktop.render.renderer import MapRenderer  # noqa: E402
from desktop.render.transform import MapTransform  # noqa: E402
from geodata.model import DEFAULT_AS_OF, ViewState  # noqa: E402

MOSCOW_2023 = "2023-04-25-moscow-defence-ministers"
IDLIB = (36.634, 35.931)
SARAQIB = (36.8059, 35.8645)
AUTUMN_2019 = date(2019, 11, 15)


@pytest.fixture
def window(qtbot):
    return open_window(qtbot, size=(1500, 950), active=True)


def screen_point(window, lon: float, lat: float) -> QPoint:
    return window.canvas.transform.lonlat_to_screen(lon, lat).toPoint()


def render(view: ViewState, bounds=(36.2, 35.5, 37.4, 36.3), size=(900, 700)) -> QImage:
    """The shared renderer's picture of a view (what the canvas and exports draw)."""
    basemap, atlas, attribution = bundled_data()
    transform = MapTransform.fit(bounds, *size)
    image = QImage(*size, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    MapRenderer(attribution).render(
        painter, transform, RenderContext(view=view, basemap=basemap, atlas=atlas), overlays=False
    )
    painter.end()
    return image


def pixel_at(image: QImage, lon: float, lat: float, bounds=(36.2, 35.5, 37.4, 36.3)) -> QColor:
    transform = MapTransform.fit(bounds, image.width(), image.height())
    point = transform.lonlat_to_screen(lon, lat).toPoint()
    return image.pixelColor(point)


def test_click_on_idlib_selects_hts_zone_and_lists_moscow_meeting(window, qtbot):
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=screen_point(window, *IDLIB))
    zone = window.atlas.zone(window.state.view.selected_zone)
    assert zone is not None and zone.controller == "hts"
    text = window.talks.details.toPlainText()
    assert "Hay'at Tahrir al-Sham" in text
    assert "Moscow quadrilateral meeting" in text  # related events, newest first
    assert text.index("Related events") < text.index("Moscow quadrilateral meeting")
    assert "Sources" in text


def test_clicking_empty_map_clears_selection(window, qtbot):
    window.state.select_zone(window.atlas.controller_at(*IDLIB, DEFAULT_AS_OF).id)
    far_away = screen_point(window, 35.4, 35.0)  # the Mediterranean
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=far_away)
    assert window.state.view.selected_zone is None


def test_choosing_moscow_meeting_highlights_m4_corridor_and_shows_positions(window, qtbot):
    events = window.talks.events
    assert MOSCOW_2023 in events.visible_event_ids()
    events.setFocus()
    row = events.visible_event_ids().index(MOSCOW_2023)
    index = events.proxy.index(row, 1)
    qtbot.mouseClick(
        events.viewport(), Qt.MouseButton.LeftButton, pos=events.visualRect(index).center()
    )
    assert window.state.view.selected_event == MOSCOW_2023

    ctx = window.canvas.context()
    assert {"m4", "m4_corridor"} <= selected_feature_ids(ctx)
    related = {window.atlas.zone(z).area for z in related_zone_ids(ctx)}
    assert "idlib" in related

    cards = window.positions.cards
    assert {"turkey", "government"} <= set(cards)
    turkey, syria = cards["turkey"], cards["government"]
    assert turkey.isVisible() and syria.isVisible()
    # Side by side: same row, different columns.
    assert turkey.geometry().top() == syria.geometry().top()
    assert turkey.geometry().right() < syria.geometry().left()
    assert "“" in turkey.body.text()  # Turkey's quotes are marked as quotes
    # Syria's readout is quoted from the report that carries it (TASS, citing SANA)
    assert "withdrawing Turkish troops" in syria.body.text() and "“" in syria.body.text()


def test_selected_meeting_marks_the_corridor_on_the_map():
    """The Moscow meeting (2023) concerns the 2020 corridor: a yellow casing marks it, as it
    marks related zones; its fill stays its own light tint (a yellow fill over a holder's
    colour read as another party's)."""
    basemap, atlas, _ = bundled_data()
    corridor = atlas.features["m4_corridor"].geometry
    m4 = atlas.features["m4"].geometry
    # A point in the corridor away from the road, its casing and the town labels.
    probe = corridor.difference(m4.buffer(0.03)).representative_point()
    hidden = frozenset({"places", "events"})
    plain_image = render(ViewState(hidden_layers=hidden))
    chosen_image = render(ViewState(selected_event=MOSCOW_2023, hidden_layers=hidden))
    assert pixel_at(plain_image, probe.x, probe.y) == pixel_at(chosen_image, probe.x, probe.y)
    # its edge, away from the road: yellow where it was not
    edge = corridor.boundary.difference(m4.buffer(0.03))
    points = [edge.interpolate(f, normalized=True) for f in (0.1, 0.4, 0.6, 0.9)]

    def yellow(image, point) -> bool:
        return any(
            (c := pixel_at(image, point.x + dx, point.y + dy)).red() > 220
            and c.blue() < 60  # the casing's yellow (orange under the dashes)
            for dx in (-0.004, 0, 0.004)
            for dy in (-0.004, 0, 0.004)
        )

    # (a locality's dot may sit on one of them)
    assert sum(yellow(chosen_image, p) for p in points) >= 3
    assert not any(yellow(plain_image, p) for p in points)


def test_autumn_2019_changes_saraqib_controller_on_map_and_panel(window, qtbot):
    basemap, atlas, _ = bundled_data()
    assert atlas.controller_at(*SARAQIB, DEFAULT_AS_OF).controller == "government"
    assert atlas.controller_at(*SARAQIB, AUTUMN_2019).controller == "hts"

    hidden = frozenset({"places", "events", "m4", "m4_corridor", "rivers", "governorates"})
    in_2023 = pixel_at(render(ViewState(hidden_layers=hidden)), *SARAQIB)
    in_2019 = pixel_at(render(ViewState(as_of=AUTUMN_2019, hidden_layers=hidden)), *SARAQIB)
    assert in_2023.red() > in_2023.green()  # government vermillion
    assert in_2019.green() > in_2019.red()  # HTS bluish green

    window.search.setText("Saraqib")
    results = window.search.update_results()
    assert results and results[0].title == "Saraqib"
    window.search.choose(results[0])
    assert "Held by Syrian government" in window.talks.details.toPlainText()
    window.date_control.date_edit.setDate(AUTUMN_2019)
    assert window.state.view.as_of == AUTUMN_2019
    text = window.talks.details.toPlainText()
    assert "Held by Hay'at Tahrir al-Sham" in text
    assert window.atlas.zone(window.state.view.selected_zone).controller == "hts"
    assert "held by Hay'at Tahrir al-Sham" in window._selection_label.text()


def test_hovering_idlib_tooltip_names_zone_and_controller(window):
    from desktop.map.hit_test import HitTester

    point = screen_point(window, *IDLIB)
    tester = HitTester(window.atlas)
    hit = tester.hit(window.canvas.transform, window.state.view, point.x(), point.y())
    tip = tester.tooltip(hit)
    assert "Idlib" in tip and "Held by Hay&#x27;at Tahrir al-Sham" in tip


def test_zone_selection_follows_its_area_when_the_date_moves(window):
    idlib_2023 = window.atlas.controller_at(*IDLIB, DEFAULT_AS_OF)
    window.state.select_zone(idlib_2023.id)
    window.state.set_date(AUTUMN_2019)
    followed = window.atlas.zone(window.state.view.selected_zone)
    assert followed is not None and followed.area == idlib_2023.area
    assert followed.valid_on(AUTUMN_2019)
    assert "15 Nov 2019" in window.talks.details.toPlainText()


def test_one_date_change_renders_each_view_once_with_a_consistent_selection(
    window, qtbot, monkeypatch
):
    """Moving the date while a zone is selected is one transition: every view that shows the
    date renders once (the map paints once), and every signal sees a selection valid on the
    date it carries."""
    from PySide6.QtCore import QEvent, QObject

    idlib_2023 = window.atlas.controller_at(*IDLIB, DEFAULT_AS_OF)
    window.state.select_zone(idlib_2023.id)
    qtbot.wait(50)  # the selection's own repaint is done before counting
    seen: list[tuple[str, date, str | None]] = []
    renders = {"details": 0, "positions": 0}
    others = {"event list": 0, "legend": 0, "m4": 0, "map": 0}

    def counting(module, name: str, key: str) -> None:
        """Count calls of a module's function each render of a view makes once."""
        original = getattr(module, name)

        def counted(*args, **kwargs):
            others[key] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)

    counting(sys.modules[type(window.legend).__module__], "legend_sections", "legend")
    counting(sys.modules[type(window.m4_breakdown).__module__], "summarise", "m4")
    window.talks.events.proxy.modelReset.connect(
        lambda: others.__setitem__("event list", others["event list"] + 1)
    )

    class PaintCounter(QObject):
        def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                others["map"] += 1
            return False

    paints = PaintCounter(window)
    window.canvas.installEventFilter(paints)

    def record(signal: str) -> None:
        view = window.state.view
        seen.append((signal, view.as_of, view.selected_zone))

    window.state.date_changed.connect(lambda _d: record("date"))
    window.state.selection_changed.connect(lambda: record("selection"))
    window.talks.details.textChanged.connect(
        lambda: renders.__setitem__("details", renders["details"] + 1)
    )
    original_refresh = type(window.positions).refresh

    def counting_refresh(view, *args):
        renders["positions"] += 1
        return original_refresh(view, *args)

    type(window.positions).refresh = counting_refresh
    try:
        window.state.set_date(AUTUMN_2019)
    finally:
        type(window.positions).refresh = original_refresh

    assert [signal for signal, _, _ in seen] == ["date", "selection"]
    for _, day, zone_id in seen:
        assert day == AUTUMN_2019
        assert zone_id is not None and window.atlas.zone(zone_id).valid_on(day)
    assert renders == {"details": 1, "positions": 1}
    qtbot.wait(50)  # the map paints on the next pass of the event loop
    window.canvas.removeEventFilter(paints)
    assert others == {"event list": 1, "legend": 1, "m4": 1, "map": 1}
