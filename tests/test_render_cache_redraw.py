"""The cached base map is drawn again when what it shows changes (date period, layers,
language, a drag past its margin) and kept when only the overlays change (pointing, selection
filters): the overlays are drawn fresh over it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPainter

# The atlas and basemap fixtures are imported and named as test arguments, as pytest wants.
# ruff: noqa: F811
from render_cache_fixture import (  # noqa: F401 (atlas, basemap: fixtures)
    ALEPPO,
    SIZE,
    atlas,
    basemap,
    context,
    drag,
    idlib_zone,
    other_day_of_period,
    pixels,
    region_inside_frame,
    strongly_different,
)

from desktop.map.view_bounds import inside_region
from desktop.render.base_cache import BaseMapCache
from desktop.render.renderer import MapRenderer
from desktop.render.transform import MapTransform
from geodata.extent import ATLAS_BOUNDS

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
        lambda ctx, t: (replace(ctx, view=replace(ctx.view, selected_zone=idlib_zone(ctx))), t),
        lambda ctx, t: (replace(ctx, hover_zone=idlib_zone(ctx)), t),
        # Another day of the default date's control period (the derived zones do not change).
        lambda ctx, t: (replace(ctx, view=replace(ctx.view, as_of=other_day_of_period(ctx))), t),
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
    selected = replace(ctx, view=replace(ctx.view, selected_zone=idlib_zone(ctx)))
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
