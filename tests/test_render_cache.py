"""The canvas's cached base map: a dragged view shows the picture an uncached render draws.

The canvas keeps the layers under the events (sea up to the M4) as one picture larger than the
frame and blits it at an offset while the map is dragged (desktop.render.base_cache). These
tests render a view after a pan through the cache and without it and compare the pixels.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

from desktop.map.view_bounds import inside_region
from desktop.render.base_cache import BaseMapCache
from desktop.render.context import RenderContext
from desktop.render.renderer import MapRenderer
from desktop.render.transform import MapTransform
from geodata.atlas import load_atlas
from geodata.basemap import load_basemap
from geodata.extent import ATLAS_BOUNDS
from geodata.model import ViewState

SIZE = (640, 400)
ALEPPO = (36.75, 35.95, 37.55, 36.45)
CONTESTED_DAY = date(2024, 12, 10)  # zones hatched as contested on this day


@pytest.fixture(scope="module")
def basemap(qapp):
    """The base map with its countries cut back to the atlas's region: the pixel-for-pixel
    comparisons need a frame that holds the whole map (see region_inside_frame), and the
    countries' wide context (CONTEXT_BOUNDS) is larger than any such frame."""
    layers = dict(load_basemap())
    region = shapely.box(*ATLAS_BOUNDS)
    layers["countries"] = [
        replace(f, geometry=f.geometry.intersection(region))
        for f in layers["countries"]
        if f.geometry.intersects(region)
    ]
    return layers


@pytest.fixture(scope="module")
def atlas(qapp):
    return load_atlas()


def context(atlas, basemap, view=None, **kwargs) -> RenderContext:
    return RenderContext(
        view=view or ViewState(),
        basemap=basemap,
        atlas=atlas,
        hidden_layers=frozenset({"legend"}),
        **kwargs,
    )


def pixels(draw, transform: MapTransform, dpr: float = 1.0) -> np.ndarray:
    image = QImage(
        round(transform.width * dpr),
        round(transform.height * dpr),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(dpr)
    image.fill(0)
    painter = QPainter(image)
    try:
        draw(painter)
    finally:
        painter.end()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4).astype(int)


def cached_and_uncached(cache, renderer, start, moved, ctx, dpr=1.0):
    """The frame at ``moved`` drawn through a cache filled at ``start``, and drawn directly."""
    pixels(lambda p: cache.render(p, start, ctx), start, dpr)
    drawn = cache.renders
    through_cache = pixels(lambda p: cache.render(p, moved, ctx), moved, dpr)
    direct = pixels(lambda p: renderer.render(p, moved, ctx), moved, dpr)
    return through_cache, direct, cache.renders - drawn


def drag(cache, renderer, start, ctx, steps, dpr=1.0):
    """Drag from ``start`` by each step in turn; the frame after the last through both paths."""
    transform = start
    pixels(lambda p: cache.render(p, transform, ctx), transform, dpr)
    for dx, dy in steps:
        transform = transform.panned(dx, dy)
        pixels(lambda p, t=transform: cache.render(p, t, ctx), transform, dpr)
    drawn = cache.renders
    through_cache = pixels(lambda p: cache.render(p, transform, ctx), transform, dpr)
    direct = pixels(lambda p: renderer.render(p, transform, ctx), transform, dpr)
    return through_cache, direct, cache.renders - drawn


def region_inside_frame() -> MapTransform:
    """A view far enough out that the whole base map lies inside the frame: no stroke is cut
    by the frame's edge, so Qt draws every line the same in a larger picture."""
    fitted = MapTransform.fit(ATLAS_BOUNDS, *SIZE, 0.02)
    return fitted.zoomed(0.45)


def strongly_different(a: np.ndarray, b: np.ndarray) -> float:
    """The share of pixels whose colour differs by more than an anti-aliasing step."""
    return float((np.abs(a - b).max(axis=2) > 48).mean())


# --- the same picture ---------------------------------------------------------------------


@pytest.mark.parametrize("pan", [(1, 0), (-37, 21), (150, -120)])
@pytest.mark.parametrize("as_of", [None, CONTESTED_DAY])
def test_a_dragged_view_is_the_picture_drawn_there(atlas, basemap, pan, as_of):
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer)
    view = ViewState() if as_of is None else ViewState(as_of=as_of)
    ctx = context(atlas, basemap, view)
    start = region_inside_frame()
    # A drag: the first move redraws the base with its margin, the rest only blit it.
    steps = [(1, 0), (pan[0] - 1, pan[1])] if pan != (1, 0) else [(1, 0)]
    pixels(lambda p: cache.render(p, start, ctx), start)
    through_cache, direct, drawn = drag(cache, renderer, start.panned(1, 0), ctx, steps[1:])
    assert drawn == 0  # the frame came from the cached picture
    assert np.array_equal(through_cache, direct)


def test_the_check_fails_when_the_picture_is_blitted_one_pixel_off(atlas, basemap):
    """The comparison above sees an offset error: the frame one pixel over is another picture."""
    renderer = MapRenderer("test")
    ctx = context(atlas, basemap)
    start = region_inside_frame()
    here = pixels(lambda p: renderer.render(p, start.panned(5, 0), ctx), start)
    one_over = pixels(lambda p: renderer.render(p, start.panned(6, 0), ctx), start)
    assert not np.array_equal(here, one_over)
    assert strongly_different(here, one_over) > 0.005


def test_contested_and_occupied_hatches_move_with_the_map(atlas, basemap):
    """Hatches are anchored to the map, not the frame: a dragged picture keeps them in place."""
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer)
    ctx = context(atlas, basemap, ViewState(as_of=CONTESTED_DAY))
    start = region_inside_frame()
    pixels(lambda p: cache.render(p, start, ctx), start)
    for pan in ((3, 0), (3, 5), (-4, 7)):  # not multiples of Qt's 8-pixel pattern
        through_cache, direct, _ = drag(cache, renderer, start.panned(1, 0), ctx, [pan])
        assert np.array_equal(through_cache, direct)


def test_imported_zones_hatch_moves_with_the_map(basemap):
    """A workspace's zones are hatched with a pattern brush, anchored to the map as well."""
    from shapely.geometry import box

    from geodata.atlas import Atlas
    from geodata.io import load_records
    from geodata.model import Source, Zone

    records = load_records()
    imported = Zone(
        id="ws:test:north",
        name="Imported area",
        controller="sdf",
        geometry=box(38.0, 35.6, 40.5, 36.8),
        valid_from=date(2015, 1, 1),
        sources=(Source(url="https://example.invalid/zone", note="test data"),),
        origin="test",
    )
    atlas = Atlas(replace(records, zones=records.zones + (imported,)))
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer)
    ctx = context(atlas, basemap)
    start = region_inside_frame()
    for pan in ((3, 0), (5, -7)):
        through_cache, direct, drawn = drag(cache, renderer, start, ctx, [(1, 0), pan])
        assert drawn == 0
        assert np.array_equal(through_cache, direct)


@pytest.mark.parametrize("dpr", [2.0, 1.25])
def test_high_dpi_frames_blit_by_whole_device_pixels(atlas, basemap, dpr):
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer)
    ctx = context(atlas, basemap)
    start = region_inside_frame()
    step = 4 if dpr == 1.25 else 1  # a pan of 1.25 device pixels cannot be blitted
    through_cache, direct, drawn = drag(cache, renderer, start, ctx, [(1, 0), (step, step)], dpr)
    assert drawn == 0
    assert np.array_equal(through_cache, direct)


def test_a_frame_starting_between_device_pixels_lands_on_the_same_pixels(atlas, basemap):
    """At a ratio such as 1.25 a widget may start half-way into a device pixel: the cached
    picture carries that fraction, so its blit lands where a direct render draws (the frame's
    border pixels, which it only half covers, aside)."""
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer)
    ctx = context(atlas, basemap)
    start = region_inside_frame()
    shifted = MapTransform(start.center_x, start.center_y, start.pixels_per_metre, 600, 360)

    def at_fraction(draw):
        def shifted_draw(painter):
            painter.translate(2.4, 1.2)  # 3 and 1.5 device pixels
            draw(painter)

        return shifted_draw

    pixels(at_fraction(lambda p: cache.render(p, shifted, ctx)), shifted, 1.25)
    dragged = shifted.panned(4, 0)
    pixels(at_fraction(lambda p: cache.render(p, dragged, ctx)), start, 1.25)
    dragged = dragged.panned(8, -4)
    through_cache = pixels(at_fraction(lambda p: cache.render(p, dragged, ctx)), start, 1.25)
    assert cache.renders == 2
    direct = pixels(at_fraction(lambda p: renderer.render(p, dragged, ctx)), start, 1.25)
    inside = (slice(3, 450), slice(4, 752))  # device pixels 1.5-451.5 down, 3-753 across
    assert np.array_equal(through_cache[inside], direct[inside])
    assert not np.array_equal(through_cache[inside], np.roll(direct, 1, axis=0)[inside])


def test_a_frame_cut_through_the_map_matches_within_antialiasing(atlas, basemap):
    """Zoomed in, lines leave the frame. Qt clips a stroke at the device's edge, so a line cut
    by the frame and the same line cut by the larger picture can differ by an anti-aliasing
    step (and a thin dashed line by where a dash falls); the picture is otherwise the same,
    and far closer than the frame one pixel over."""
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer)
    ctx = context(atlas, basemap)
    start = inside_region(MapTransform.fit(ALEPPO, *SIZE, 0.02))
    through_cache, direct, drawn = drag(cache, renderer, start, ctx, [(1, 0), (12, -7)])
    assert drawn == 0
    one_over = pixels(lambda p: renderer.render(p, start.panned(14, -7), ctx), start)
    same = float((through_cache == direct).all(axis=2).mean())
    assert same > 0.98
    assert strongly_different(through_cache, direct) < 0.005
    assert strongly_different(through_cache, direct) * 5 < strongly_different(direct, one_over)


# --- when the base is drawn again -----------------------------------------------------------


def test_a_drag_redraws_the_base_only_past_its_margin(atlas, basemap):
    """The margin (64 pixels here) leans half its width the way the drag goes: 96 pixels of
    picture ahead of the frame, 32 behind."""
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer, margin_device_pixels=64)
    ctx = context(atlas, basemap)
    start = inside_region(MapTransform.fit(ALEPPO, *SIZE, 0.02))
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    transform = start

    def pan(dx, dy=0.0):
        nonlocal transform
        transform = transform.panned(dx, dy)
        painter = QPainter(image)
        cache.render(painter, transform, ctx)
        painter.end()
        return cache.renders

    assert pan(0) == 1  # the first frame: just the frame
    assert pan(-1) == 2  # the drag starts (the view moves east): the margin is drawn
    for _ in range(9):  # 90 more pixels east: within the 96 ahead
        assert pan(-10) == 2
    assert pan(-10) == 3  # past them: drawn again, leaning east
    assert pan(30) == 3  # back west: 32 behind
    assert pan(3) == 4
    assert pan(0.5) == 5  # not a whole pixel: drawn again


def test_a_map_without_its_sea_is_not_blitted_as_opaque(atlas, basemap):
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer)
    ctx = context(atlas, basemap)
    ctx = replace(ctx, hidden_layers=ctx.hidden_layers | {"sea", "countries"})
    start = region_inside_frame()
    through_cache, direct, drawn = drag(cache, renderer, start, ctx, [(1, 0), (5, 5)])
    assert drawn == 0
    assert np.array_equal(through_cache, direct)


def after_a_change(cache, renderer, ctx, change):
    """Drag once (the picture gets its margin), then make the change with the next move:
    how many times the base was drawn for that frame, and how far it is from a direct render."""
    start = inside_region(MapTransform.fit(ALEPPO, *SIZE, 0.02))
    pixels(lambda p: cache.render(p, start, ctx), start)
    pixels(lambda p: cache.render(p, start.panned(1, 0), ctx), start)
    changed_ctx, changed = change(ctx, start.panned(2, 0))
    drawn = cache.renders
    through_cache = pixels(lambda p: cache.render(p, changed, changed_ctx), changed)
    direct = pixels(lambda p: renderer.render(p, changed, changed_ctx), changed)
    return cache.renders - drawn, strongly_different(through_cache, direct)


@pytest.mark.parametrize(
    "change",
    [
        lambda ctx, t: (replace(ctx, view=replace(ctx.view, as_of=date(2019, 6, 1))), t),
        lambda ctx, t: (replace(ctx, hidden_layers=ctx.hidden_layers | {"rivers"}), t),
        lambda ctx, t: (replace(ctx, view=replace(ctx.view, hidden_layers={"zones"})), t),
        lambda ctx, t: (ctx, t.zoomed(1.25)),
        lambda ctx, t: (ctx, t.resized(t.width + 10, t.height)),
        # It highlights the M4 and the 2020 corridor, both drawn in the base.
        lambda ctx, t: (
            replace(
                ctx, view=replace(ctx.view, selected_event="2020-03-05-moscow-additional-protocol")
            ),
            t,
        ),
    ],
    ids=["date-in-another-period", "hidden", "view-hidden", "zoom", "resize", "event-on-the-m4"],
)
def test_what_changes_the_base_draws_it_again(atlas, basemap, change):
    renderer = MapRenderer("test")
    drawn, differing = after_a_change(
        BaseMapCache(renderer), renderer, context(atlas, basemap), change
    )
    assert drawn == 1
    assert differing < 0.005


@pytest.mark.parametrize(
    "change",
    [
        lambda ctx, t: (replace(ctx, view=replace(ctx.view, selected_zone="idlib-2020-03-06")), t),
        lambda ctx, t: (replace(ctx, hover_zone="idlib-2020-03-06"), t),
        # The same control period as the default date (6 Mar 2020 - 26 Nov 2024).
        lambda ctx, t: (replace(ctx, view=replace(ctx.view, as_of=date(2022, 1, 1))), t),
        # Its symbol is an event, drawn over the base; it highlights no line.
        lambda ctx, t: (
            replace(
                ctx, view=replace(ctx.view, selected_event="2016-08-24-operation-euphrates-shield")
            ),
            t,
        ),
        lambda ctx, t: (
            replace(ctx, view=replace(ctx.view, hidden_layers={"events", "places"})),
            t,
        ),
    ],
    ids=[
        "selection",
        "hover",
        "date-in-the-same-period",
        "event-off-the-lines",
        "events-and-towns-hidden",
    ],
)
def test_pointing_clicking_and_moving_the_date_within_a_period_keep_the_picture(
    atlas, basemap, change
):
    """The selected and hovered zones' outlines, events and labels are drawn over the picture;
    the base shows the same zones on every day of a control period."""
    renderer = MapRenderer("test")
    drawn, differing = after_a_change(
        BaseMapCache(renderer), renderer, context(atlas, basemap), change
    )
    assert drawn == 0
    assert differing < 0.005


def test_the_outline_of_a_selected_zone_shows_over_the_cached_picture(atlas, basemap):
    """Kept picture or not, the selection is on the frame: it differs from the unselected one."""
    renderer = MapRenderer("test")
    ctx = context(atlas, basemap)
    selected = replace(ctx, view=replace(ctx.view, selected_zone="idlib-2020-03-06"))
    t = inside_region(MapTransform.fit(ALEPPO, *SIZE, 0.02))
    plain = pixels(lambda p: renderer.render(p, t, ctx), t)
    marked = pixels(lambda p: renderer.render(p, t, selected), t)
    assert strongly_different(plain, marked) > 0.005


def test_filters_and_the_reported_extent_keep_the_picture(atlas, basemap):
    """Event filters never change the base map: filtering while zoomed in only redraws events."""
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer)
    ctx = context(atlas, basemap)
    start = region_inside_frame()
    pixels(lambda p: cache.render(p, start, ctx), start)
    filtered = replace(
        ctx,
        view=replace(
            ctx.view,
            kinds=frozenset({"meeting"}),
            date_from=date(2020, 1, 1),
            text="Moscow",
            extent=(36.0, 35.0, 38.0, 37.0),
        ),
    )
    drawn = cache.renders
    through_cache = pixels(lambda p: cache.render(p, start, filtered), start)
    assert cache.renders == drawn
    assert np.array_equal(
        through_cache, pixels(lambda p: renderer.render(p, start, filtered), start)
    )


def test_the_events_and_labels_are_drawn_fresh_over_the_cached_base(atlas, basemap):
    """Only the base is cached: selecting an event changes the frame at once."""
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer)
    min_lon, min_lat, max_lon, max_lat = ATLAS_BOUNDS
    event = next(
        e
        for e in atlas.events
        if e.lat is not None and min_lon < e.lon < max_lon and min_lat < e.lat < max_lat
    )
    ctx = context(atlas, basemap)
    around = (event.lon - 0.4, event.lat - 0.3, event.lon + 0.4, event.lat + 0.3)
    start = MapTransform.fit(around, *SIZE, 0.02)
    before = pixels(lambda p: cache.render(p, start, ctx), start)
    labels = list(renderer.layer("places").last_placed)
    assert labels  # towns labelled over the cached base
    point = start.lonlat_to_screen(event.lon, event.lat)
    assert 0 < point.x() < SIZE[0] and 0 < point.y() < SIZE[1]
    selected = replace(ctx, view=replace(ctx.view, selected_event=event.id))
    after = pixels(lambda p: cache.render(p, start, selected), start)
    assert not np.array_equal(before, after)


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
