"""The graticule: meridians and parallels with degree labels, at a spacing chosen by the zoom.

Drawn by the one renderer (so the window, PNG, SVG and PDF exports carry the same lines), off
unless asked for (View ▸ Graticule; :data:`geodata.model.DEFAULT_HIDDEN_LAYERS`). In Web
Mercator meridians and parallels are straight lines, so each is one segment across the frame.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from desktop.render.context import RenderContext
from desktop.render.text import draw_halo_text, label_font
from desktop.render.transform import MapTransform

LAYER_ID = "graticule"
LINE = QColor(60, 70, 90, 110)
LABEL = QColor("#3c465a")
# Spacings in degrees, widest first: 10°, 5°, 2°, 1°, 30′, 15′, 10′, 5′, 2′, 1′.
STEPS = (10.0, 5.0, 2.0, 1.0, 0.5, 0.25, 1 / 6, 1 / 12, 1 / 30, 1 / 60)
TARGET_LINES = 6  # at most about this many lines across the frame's longer side


def graticule_step(span_degrees: float) -> float:
    """The widest spacing that still gives a few lines across a frame of this many degrees."""
    for step in STEPS:
        if span_degrees / step >= TARGET_LINES / 2:
            return step
    return STEPS[-1]


def format_degrees(value: float, step: float, positive: str, negative: str) -> str:
    """36°N, 36°30′N or 36°05′N: minutes only when the spacing needs them."""
    hemisphere = positive if value >= 0 else negative
    value = abs(value)
    degrees = math.floor(value + 1e-9)
    minutes = round((value - degrees) * 60)
    if minutes == 60:
        degrees, minutes = degrees + 1, 0
    if step >= 1 or minutes == 0:
        return f"{degrees}°{hemisphere}"
    return f"{degrees}°{minutes:02d}′{hemisphere}"


def ticks(low: float, high: float, step: float) -> list[float]:
    first = math.ceil(low / step - 1e-9)
    last = math.floor(high / step + 1e-9)
    return [i * step for i in range(first, last + 1)]


class GraticuleLayer:
    id, title = LAYER_ID, "Graticule"

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        west, south, east, north = transform.visible_lonlat_bounds()
        step = graticule_step(max(east - west, north - south))
        unit = ctx.unit
        width, height = transform.width, transform.height
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(LINE, 0.8 * unit)
        painter.setPen(pen)
        lons, lats = ticks(west, east, step), ticks(south, north, step)
        xs = [transform.lonlat_to_screen(lon, 0).x() for lon in lons]
        ys = [transform.lonlat_to_screen(west, lat).y() for lat in lats]
        for x in xs:
            painter.drawLine(QPointF(x, 0), QPointF(x, height))
        for y in ys:
            painter.drawLine(QPointF(0, y), QPointF(width, y))
        font = label_font(10 * unit)
        metrics = QFontMetricsF(font)
        pad = 3 * unit
        # Longitudes along the top edge, latitudes along the right edge: the legend, scale bar
        # and attribution sit in the other corners.
        for lon, x in zip(lons, xs, strict=True):
            text = format_degrees(lon, step, "E", "W")
            w = metrics.horizontalAdvance(text)
            if x + pad + w > width - 40 * unit:
                continue
            box = QRectF(x + pad, pad, w, metrics.height())
            draw_halo_text(
                painter, QPointF(box.left(), pad + metrics.ascent()), text, font, LABEL, ctx
            )
            ctx.label_boxes.append(box)
        for lat, y in zip(lats, ys, strict=True):
            text = format_degrees(lat, step, "N", "S")
            w = metrics.horizontalAdvance(text)
            if y - pad - metrics.height() < metrics.height() + 2 * pad:
                continue  # would sit on the longitude labels
            box = QRectF(width - pad - w, y - pad - metrics.height(), w, metrics.height())
            draw_halo_text(
                painter, QPointF(box.left(), box.top() + metrics.ascent()), text, font, LABEL, ctx
            )
            ctx.label_boxes.append(box)
        painter.restore()
