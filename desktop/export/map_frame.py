"""The map frame's fit on the page: kept within what the base map covers, snapped to whole
pixels, and where a locator inset can sit in it without hiding the extent asked for."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from desktop.render.transform import MapTransform
from geodata.extent import CONTEXT_BOUNDS

INSET_ASPECT = 0.72  # the locator's height over its width


def corners(frame: QRectF, w: float, h: float, pad: float) -> list[QRectF]:
    """A w x h box in each corner of ``frame``: top right, top left, bottom right."""
    return [
        QRectF(frame.right() - pad - w, frame.top() + pad, w, h),
        QRectF(frame.left() + pad, frame.top() + pad, w, h),
        QRectF(frame.right() - pad - w, frame.bottom() - pad - h, w, h),
    ]


def in_map_locator_size(frame: QRectF, s: float) -> tuple[float, float]:
    width = max(90 * s, min(200 * s, 0.24 * frame.width()))
    return width, width * INSET_ASPECT


def locator_hides_nothing(
    frame: QRectF, extent: tuple[float, float, float, float], pixels_per_metre: float, s: float
) -> bool:
    """Whether a locator in a corner of ``frame`` covers none of the requested extent: the
    extent, drawn centred, leaves a spare band at least the locator's size beside it."""
    width, height = in_map_locator_size(frame, s)
    drawn_w, drawn_h = _drawn_size(extent, pixels_per_metre)
    spare_w = (frame.width() - drawn_w) / 2
    spare_h = (frame.height() - drawn_h) / 2
    return spare_h >= height + 8 * s or spare_w >= width + 8 * s


def within_base_map(frame: QRectF, extent: tuple[float, float, float, float]) -> QRectF:
    """The map frame narrowed (or shortened), centred in its place, where the extent drawn at
    its fitted scale would reach past what the base map covers: a very wide page (a banner, a
    poster's side) shows the map framed in white page margin, never a strip of blank paper
    inside the frame, and never crops the extent the user asked for."""
    scale = MapTransform.fit(extent, int(frame.width()), int(frame.height()), 0.0)
    base_w, base_h = _drawn_size(CONTEXT_BOUNDS, scale.pixels_per_metre)
    width = min(frame.width(), base_w)
    height = min(frame.height(), base_h)
    if width >= frame.width() - 0.5 and height >= frame.height() - 0.5:
        return frame
    centre = frame.center()
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)


def snap(rect: QRectF) -> QRectF:
    """Whole-pixel corners, so the map frame's edges are crisp in a PNG."""
    left, top = math.floor(rect.left()), math.floor(rect.top())
    right, bottom = math.ceil(rect.right()), math.ceil(rect.bottom())
    return QRectF(left, top, max(1, right - left), max(1, bottom - top))


def _drawn_size(
    bounds: tuple[float, float, float, float], pixels_per_metre: float
) -> tuple[float, float]:
    """Width and height in pixels of lon/lat ``bounds`` drawn at ``pixels_per_metre``."""
    from geodata.projection import mercator_bounds

    min_x, min_y, max_x, max_y = mercator_bounds(bounds)
    return (max_x - min_x) * pixels_per_metre, (max_y - min_y) * pixels_per_metre
