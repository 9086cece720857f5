"""The map transform: Web Mercator metres <-> device pixels, for screens and pages alike."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QTransform

from geodata.projection import mercator_bounds, to_lonlat, to_mercator

# Web Mercator's scale factor runs out of sensible range beyond these zoom limits.
MIN_PIXELS_PER_METRE = 1 / 20000  # whole Middle East on a small window
MAX_PIXELS_PER_METRE = 1 / 5  # street level


@dataclass(frozen=True)
class MapTransform:
    """Which map point sits at the centre of a ``width`` x ``height`` device, at what scale."""

    center_x: float
    center_y: float
    pixels_per_metre: float
    width: int
    height: int

    @classmethod
    def fit(cls, lonlat_bounds, width: int, height: int, margin: float = 0.03) -> MapTransform:
        """The transform that shows a lon/lat box whole, centred, with a small margin."""
        min_x, min_y, max_x, max_y = mercator_bounds(lonlat_bounds)
        span_x = max(max_x - min_x, 1.0)
        span_y = max(max_y - min_y, 1.0)
        scale = min(width / span_x, height / span_y) * (1 - 2 * margin)
        return cls((min_x + max_x) / 2, (min_y + max_y) / 2, _clamp_scale(scale), width, height)

    def within(self, lonlat_bounds) -> MapTransform:
        """This view kept inside a lon/lat box (what the base map covers): zoomed in until the
        view is no larger than the box, then moved off its edges, so no frame shows the blank
        beyond it. A frame of another shape than the box crops the requested extent rather
        than show paper at its sides."""
        min_x, min_y, max_x, max_y = mercator_bounds(lonlat_bounds)
        least = max(self.width / (max_x - min_x), self.height / (max_y - min_y))
        scale = max(self.pixels_per_metre, least)
        half_w = self.width / 2 / scale
        half_h = self.height / 2 / scale
        return replace(
            self,
            pixels_per_metre=scale,
            center_x=min(max(self.center_x, min_x + half_w), max_x - half_w),
            center_y=min(max(self.center_y, min_y + half_h), max_y - half_h),
        )

    def qtransform(self) -> QTransform:
        """Map metres -> device pixels (y flips: north is up)."""
        s = self.pixels_per_metre
        return QTransform(
            s, 0.0, 0.0, -s, self.width / 2 - s * self.center_x, self.height / 2 + s * self.center_y
        )

    def to_screen(self, x: float, y: float) -> QPointF:
        s = self.pixels_per_metre
        return QPointF(
            self.width / 2 + (x - self.center_x) * s, self.height / 2 - (y - self.center_y) * s
        )

    def to_map(self, px: float, py: float) -> tuple[float, float]:
        s = self.pixels_per_metre
        return self.center_x + (px - self.width / 2) / s, self.center_y - (py - self.height / 2) / s

    def lonlat_to_screen(self, lon: float, lat: float) -> QPointF:
        x, y = to_mercator(lon, lat)
        return self.to_screen(x, y)

    def screen_to_lonlat(self, px: float, py: float) -> tuple[float, float]:
        lon, lat = to_lonlat(*self.to_map(px, py))
        return float(lon), float(lat)

    def pattern_origin(self) -> QPoint:
        """A brush origin fixed to the map (the device pixel of map point 0, 0, rounded).

        Qt anchors pattern brushes (hatches) to the device; from this origin they move with
        the map instead, so a picture dragged by whole pixels is the picture drawn there.
        """
        point = self.to_screen(0.0, 0.0)
        return QPoint(round(point.x()), round(point.y()))

    def visible_map_rect(self) -> QRectF:
        """The visible area in map metres (y up)."""
        half_w = self.width / 2 / self.pixels_per_metre
        half_h = self.height / 2 / self.pixels_per_metre
        return QRectF(self.center_x - half_w, self.center_y - half_h, 2 * half_w, 2 * half_h)

    def visible_lonlat_bounds(self) -> tuple[float, float, float, float]:
        rect = self.visible_map_rect()
        min_lon, min_lat = to_lonlat(rect.left(), rect.top())
        max_lon, max_lat = to_lonlat(rect.right(), rect.bottom())
        return float(min_lon), float(min_lat), float(max_lon), float(max_lat)

    def ground_metres_per_pixel(self) -> float:
        """True ground distance of one pixel at the view centre's latitude."""
        _, lat = to_lonlat(self.center_x, self.center_y)
        return math.cos(math.radians(float(lat))) / self.pixels_per_metre

    def zoomed(self, factor: float, around: QPointF | None = None) -> MapTransform:
        """Zoom by ``factor`` keeping the map point under ``around`` (pixels) fixed."""
        scale = _clamp_scale(self.pixels_per_metre * factor)
        if around is None:
            return replace(self, pixels_per_metre=scale)
        anchor_x, anchor_y = self.to_map(around.x(), around.y())
        center_x = anchor_x - (around.x() - self.width / 2) / scale
        center_y = anchor_y + (around.y() - self.height / 2) / scale
        return replace(self, center_x=center_x, center_y=center_y, pixels_per_metre=scale)

    def panned(self, dx_pixels: float, dy_pixels: float) -> MapTransform:
        """Move the view so the map slides by (dx, dy) pixels."""
        s = self.pixels_per_metre
        return replace(
            self, center_x=self.center_x - dx_pixels / s, center_y=self.center_y + dy_pixels / s
        )

    def resized(self, width: int, height: int) -> MapTransform:
        return replace(self, width=width, height=height)

    def scaled_device(self, factor: float) -> MapTransform:
        """The same view on a device ``factor`` times larger (a high-DPI export)."""
        return replace(
            self,
            pixels_per_metre=self.pixels_per_metre * factor,
            width=round(self.width * factor),
            height=round(self.height * factor),
        )


def _clamp_scale(scale: float) -> float:
    return min(max(scale, MIN_PIXELS_PER_METRE), MAX_PIXELS_PER_METRE)
