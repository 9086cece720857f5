"""Shared by the base-map cache tests (test_render_cache*.py): the data cut to the atlas's
region, contexts, and pixel comparisons of a frame drawn through the cache and drawn directly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest
import shapely
from PySide6.QtGui import QImage, QPainter

from desktop.render.context import RenderContext
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
    """The base map cut back to the atlas's region: the pixel-for-pixel comparisons need a
    frame that holds the whole map (see region_inside_frame), and the layers' wide context
    (CONTEXT_BOUNDS: countries, rivers, lakes, towns) is larger than any such frame."""
    layers = dict(load_basemap())
    region = shapely.box(*ATLAS_BOUNDS)
    for name, features in layers.items():
        layers[name] = [
            replace(f, geometry=f.geometry.intersection(region))
            for f in features
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


def idlib_zone(ctx: RenderContext) -> str:
    """The id of the Idlib pocket's zone on the view's date (derived zones are named by period)."""
    return next(z.id for z in ctx.atlas.zones_at(ctx.view.as_of) if z.area == "idlib")


def other_day_of_period(ctx: RenderContext) -> date:
    """A day other than the view's within the same control period (same derived zones)."""
    first, last = ctx.atlas.control.period(ctx.view.as_of)
    other = first if first != ctx.view.as_of else last
    assert other is not None and other != ctx.view.as_of
    return other


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
