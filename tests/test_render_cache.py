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

# The atlas and basemap fixtures are imported and named as test arguments, as pytest wants.
# ruff: noqa: F811
from render_cache_fixture import (  # noqa: F401 (atlas, basemap: fixtures)
    ALEPPO,
    CONTESTED_DAY,
    SIZE,
    atlas,
    basemap,
    context,
    drag,
    pixels,
    region_inside_frame,
    strongly_different,
)

from desktop.map.view_bounds import inside_region
from desktop.render.base_cache import BaseMapCache
from desktop.render.renderer import MapRenderer
from desktop.render.transform import MapTransform
from geodata.model import ViewState

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


def assert_same_up_to_rounding(through_cache: np.ndarray, direct: np.ndarray) -> None:
    """At a device-pixel ratio above 1 a replayed picture and a direct render may round a
    blended, anti-aliased edge pixel one colour level either way, and a zone's one-pixel dashed
    outline may start its dashes a device pixel apart where the path is rebuilt (a few dozen
    pixels of a million, depending on the zones of the day). The picture is the same when
    nearly every pixel is identical and the strong differences are far fewer than a blit one
    device pixel off would make."""
    same = (through_cache == direct).all(axis=2).mean()
    assert same > 0.9995
    shifted = strongly_different(direct, np.roll(direct, 1, axis=0))
    assert strongly_different(through_cache, direct) * 100 < shifted


@pytest.mark.parametrize("dpr", [2.0, 1.25])
def test_high_dpi_frames_blit_by_whole_device_pixels(atlas, basemap, dpr):
    renderer = MapRenderer("test")
    cache = BaseMapCache(renderer)
    ctx = context(atlas, basemap)
    start = region_inside_frame()
    step = 4 if dpr == 1.25 else 1  # a pan of 1.25 device pixels cannot be blitted
    through_cache, direct, drawn = drag(cache, renderer, start, ctx, [(1, 0), (step, step)], dpr)
    assert drawn == 0
    assert_same_up_to_rounding(through_cache, direct)


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
    assert_same_up_to_rounding(through_cache[inside], direct[inside])


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
