"""The canvas paints through the cached base map: drags blitted by whole device pixels, zoom
previews that show the picture where the map now lies, and a sharp draw once a gesture pauses."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

# The atlas and basemap fixtures are imported and named as test arguments, as pytest wants.
# ruff: noqa: F811
from render_cache_fixture import (  # noqa: F401 (atlas, basemap: fixtures)
    CONTESTED_DAY,
    SIZE,
    atlas,
    basemap,
    context,
    pixels,
    strongly_different,
)

from desktop.render.base_cache import BaseMapCache
from desktop.render.renderer import MapRenderer
from desktop.render.transform import MapTransform
from geodata.extent import ATLAS_BOUNDS
from geodata.model import ViewState

# --- the canvas paints through it --------------------------------------------------------


def test_the_canvas_paints_a_drag_through_its_cache(qtbot, atlas, basemap):
    from desktop.map.canvas import MapCanvas
    from desktop.state import AppState

    state = AppState()
    renderer = MapRenderer("test")
    canvas = MapCanvas(state, renderer, basemap, atlas)
    qtbot.addWidget(canvas)
    canvas.resize(*SIZE)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.grab()  # the first paint
    cache = canvas._base_cache
    first = cache.renders
    for _ in range(3):
        canvas.pan_by(2, 1)
        shot = canvas.grab()
    assert cache.renders == first + 1  # drawn once with its margin, then blitted
    frame = shot.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    ctx = canvas.context()
    direct = pixels(lambda p: renderer.render(p, canvas.transform, ctx), canvas.transform)
    drawn = pixels(lambda p: p.drawImage(QPointF(0, 0), frame), canvas.transform)
    assert strongly_different(drawn, direct) < 0.005


# --- zoom previews ------------------------------------------------------------------------


@pytest.mark.parametrize("factor", [1.25, 1 / 1.25, 1.25**3])
def test_a_zoom_preview_shows_the_picture_where_the_map_now_lies(atlas, basemap, factor):
    """During a zoom gesture the last picture is scaled into the new view: nearly every pixel
    is the colour the sharp frame has there (only edges and line widths blur)."""
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer)
    ctx = context(atlas, basemap)
    start = MapTransform.fit(ATLAS_BOUNDS, *SIZE, 0.02)
    zoomed = start.zoomed(factor, QPointF(400, 150))
    pixels(lambda p: cache.render(p, start, ctx), start)
    drawn = cache.renders
    preview = pixels(lambda p: cache.render(p, zoomed, ctx, preview=True), zoomed)
    assert cache.renders == drawn and cache.previewing  # scaled, not drawn again
    sharp = pixels(lambda p: renderer.render(p, zoomed, ctx), zoomed)
    unscaled = pixels(lambda p: renderer.render(p, start, ctx), start)
    assert strongly_different(preview, sharp) < 0.04
    assert strongly_different(unscaled, sharp) > 2 * strongly_different(preview, sharp)
    # The next frame without a preview is drawn sharp, and is the direct render.
    after = pixels(lambda p: cache.render(p, zoomed, ctx), zoomed)
    assert cache.renders == drawn + 1 and not cache.previewing
    assert np.array_equal(after, sharp)


def test_a_change_of_state_during_a_zoom_is_drawn_not_previewed(atlas, basemap):
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer)
    start = MapTransform.fit(ATLAS_BOUNDS, *SIZE, 0.02)
    pixels(lambda p: cache.render(p, start, context(atlas, basemap)), start)
    later = context(atlas, basemap, ViewState(as_of=CONTESTED_DAY))
    zoomed = start.zoomed(1.25)
    frame = pixels(lambda p: cache.render(p, zoomed, later, preview=True), zoomed)
    assert not cache.previewing
    assert np.array_equal(frame, pixels(lambda p: renderer.render(p, zoomed, later), zoomed))


def test_the_canvas_draws_a_zoom_sharp_once_the_gesture_pauses(qtbot, atlas, basemap):
    from desktop.map.canvas import MapCanvas
    from desktop.state import AppState

    renderer = MapRenderer("test")
    canvas = MapCanvas(AppState(), renderer, basemap, atlas)
    qtbot.addWidget(canvas)
    canvas.resize(*SIZE)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.grab()
    cache = canvas._base_cache
    first = cache.renders
    for _ in range(3):  # three wheel steps
        canvas.zoom_by(1.25, QPointF(300, 200))
        canvas.grab()
    assert cache.renders == first and cache.previewing
    qtbot.waitUntil(lambda: cache.renders == first + 1 and not cache.previewing, timeout=3000)
    frame = canvas.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    ctx = canvas.context()
    direct = pixels(lambda p: renderer.render(p, canvas.transform, ctx), canvas.transform)
    drawn = pixels(lambda p: p.drawImage(QPointF(0, 0), frame), canvas.transform)
    assert strongly_different(drawn, direct) < 0.005


def test_a_drag_at_a_fractional_screen_scaling_moves_by_whole_device_pixels(
    qtbot, atlas, basemap, monkeypatch
):
    """At 125 % a move of 3 logical pixels is 3.75 device pixels: the canvas moves by whole
    device pixels (so the cached picture is blitted, not drawn again) and carries the rest."""
    from desktop.map.canvas import MapCanvas
    from desktop.state import AppState

    canvas = MapCanvas(AppState(), MapRenderer("test"), basemap, atlas)
    qtbot.addWidget(canvas)
    canvas.resize(*SIZE)
    monkeypatch.setattr(canvas, "devicePixelRatioF", lambda: 1.25)
    start = canvas.transform
    canvas._settle()
    previous = start
    for dx, dy in [(3, 1), (3, 1), (5, -2), (1, 0), (7, 3)]:
        canvas.pan_by(dx, dy)
        now = canvas.transform
        moved_x = (previous.center_x - now.center_x) * now.pixels_per_metre * 1.25
        moved_y = (now.center_y - previous.center_y) * now.pixels_per_metre * 1.25
        assert abs(moved_x - round(moved_x)) < 1e-6 and abs(moved_y - round(moved_y)) < 1e-6
        previous = now
    total_x = (start.center_x - previous.center_x) * previous.pixels_per_metre
    total_y = (previous.center_y - start.center_y) * previous.pixels_per_metre
    assert abs(total_x - 19) <= 0.5 / 1.25 and abs(total_y - 3) <= 0.5 / 1.25
