"""Marginal furniture drawn in device space: scale bar, attribution, north arrow; the pin on a
searched place."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from desktop.i18n import language, ltr
from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.text import label_font
from desktop.render.transform import MapTransform
from geodata.coverage import control_gap


def nice_distance(max_metres: float) -> float:
    """The largest 1-2-5 x 10^n distance not above ``max_metres``."""
    if max_metres <= 0:
        return 0.0
    exponent = math.floor(math.log10(max_metres))
    for step in (5, 2, 1):
        value = step * 10**exponent
        if value <= max_metres:
            return float(value)
    return float(10**exponent)


def format_distance(metres: float) -> str:
    """ "100 km", kept left to right in an Arabic window (not "km 100")."""
    return ltr(f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m")


def scale_bar_geometry(transform: MapTransform, max_pixels: float) -> tuple[float, float]:
    """(length in device pixels, distance in metres) for a bar at most ``max_pixels`` long."""
    per_pixel = transform.ground_metres_per_pixel()
    metres = nice_distance(per_pixel * max_pixels)
    return metres / per_pixel, metres


class ScaleBarOverlay:
    id, title = "scale_bar", "Scale bar"

    def _parts(self, transform: MapTransform, unit: float):
        length, metres = scale_bar_geometry(transform, 140 * unit)
        font = label_font(11 * unit)
        text = format_distance(metres)
        text_w = QFontMetricsF(font).horizontalAdvance(text)
        left, bottom = 14 * unit, transform.height - 14 * unit
        box = QRectF(left - 6 * unit, bottom - 30 * unit, length + text_w + 22 * unit, 36 * unit)
        return length, text, font, left, bottom, box

    def box(self, transform: MapTransform, ctx: RenderContext) -> QRectF:
        """Where the bar will sit: labels keep out of it."""
        return self._parts(transform, ctx.unit)[-1]

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        unit = ctx.unit
        length, text, font, left, bottom, box = self._parts(transform, unit)
        if length <= 0:
            return
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.OVERLAY_BACKGROUND)
        painter.drawRoundedRect(box, 4 * unit, 4 * unit)
        draw_scale_bar(painter, QPointF(left, bottom - 8 * unit), length, text, font, unit)
        painter.restore()


def draw_scale_bar(
    painter: QPainter, origin: QPointF, length: float, label: str, font, unit: float
) -> None:
    """The two-tone bar from ``origin`` (its top-left), "0" above its start, the label after it."""
    left, bar_y = origin.x(), origin.y()
    half = length / 2
    painter.save()
    painter.setPen(QPen(style.OVERLAY_TEXT, 1.0 * unit))
    painter.setBrush(style.OVERLAY_TEXT)
    painter.drawRect(QRectF(left, bar_y, half, 5 * unit))
    painter.setBrush(QBrush(Qt.GlobalColor.white))
    painter.drawRect(QRectF(left + half, bar_y, half, 5 * unit))
    painter.setFont(font)
    painter.setPen(style.OVERLAY_TEXT)
    zero_w = QFontMetricsF(font).horizontalAdvance("0")
    painter.drawText(QPointF(left - zero_w / 2, bar_y - 5 * unit), "0")
    painter.drawText(QPointF(left + length + 6 * unit, bar_y + 5 * unit), label)
    painter.restore()


class AttributionOverlay:
    id, title = "attribution", "Attribution"

    def __init__(self, text: str):
        self.text = text

    def _lines(self, transform: MapTransform, ctx: RenderContext, metrics) -> list[str]:
        """The credit on one line, or wrapped at its "; " where one line would run into the
        scale bar (a narrow map: 1024 px wide windows, 200 % scaling)."""
        room = transform.width - ScaleBarOverlay().box(transform, ctx).right() - 20 * ctx.unit
        if metrics.horizontalAdvance(self.text) <= room:
            return [self.text]
        lines: list[str] = []
        for part in self.text.split("; "):
            joined = f"{lines[-1]}; {part}" if lines else part
            if lines and metrics.horizontalAdvance(joined) <= room:
                lines[-1] = joined
            else:
                if lines:
                    lines[-1] += ";"
                lines.append(part)
        return lines

    def box(self, transform: MapTransform, ctx: RenderContext) -> QRectF:
        """Where the attribution will sit: labels keep out of it."""
        unit = ctx.unit
        metrics = QFontMetricsF(label_font(10 * unit))
        lines = self._lines(transform, ctx, metrics)
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.height() * len(lines)
        return QRectF(
            transform.width - width - 12 * unit,
            transform.height - height - 6 * unit,
            width + 12 * unit,
            height + 6 * unit,
        )

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        font = label_font(10 * ctx.unit)
        box = self.box(transform, ctx)
        lines = self._lines(transform, ctx, QFontMetricsF(font))
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.OVERLAY_BACKGROUND)
        painter.drawRect(box)
        painter.setFont(font)
        painter.setPen(style.OVERLAY_TEXT)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        inner = box.adjusted(6 * ctx.unit, 0, -6 * ctx.unit, 0)
        painter.drawText(inner, align, "\n".join(lines))
        painter.restore()


def draw_north_arrow(painter: QPainter, centre: QPointF, size: float) -> None:
    """A simple north arrow; Web Mercator keeps north straight up everywhere."""
    half = size / 2
    left = QPolygonF(
        [centre + QPointF(0, -half), centre + QPointF(-half * 0.45, half * 0.6), centre]
    )
    right = QPolygonF(
        [centre + QPointF(0, -half), centre + QPointF(half * 0.45, half * 0.6), centre]
    )
    painter.save()
    painter.setPen(QPen(style.OVERLAY_TEXT, max(1.0, size / 40)))
    painter.setBrush(style.OVERLAY_TEXT)
    painter.drawPolygon(left)
    painter.setBrush(Qt.GlobalColor.white)
    painter.drawPolygon(right)
    font = label_font(size * 0.38, bold=True)
    path = QPainterPath()
    width = QFontMetricsF(font).horizontalAdvance("N")
    path.addText(centre + QPointF(-width / 2, -half - size * 0.08), font, "N")
    painter.fillPath(path, QBrush(style.OVERLAY_TEXT))
    painter.restore()


class NoControlDataOverlay:
    """A banner across the top of the map when no control zones exist for the date."""

    id, title = "no_control_banner", "No-data banner"

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        atlas = ctx.atlas
        if atlas is None or "zones" in (ctx.hidden_layers | ctx.view.hidden_layers):
            return
        gap = control_gap(atlas, ctx.view.as_of)
        if gap is None:
            return
        unit = ctx.unit
        text = gap.message(language())
        font = label_font(12.5 * unit, bold=True)
        box = banner_box(text, font, transform.width, unit)
        painter.save()
        painter.setPen(QPen(QColor("#b0562a"), 1.2 * unit))
        painter.setBrush(QColor(255, 246, 230, 235))
        painter.drawRoundedRect(box, 5 * unit, 5 * unit)
        painter.setFont(font)
        painter.setPen(QColor("#8a3b12"))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(box, int(flags), text)
        painter.restore()


def banner_box(text: str, font: QFont, map_width: float, unit: float) -> QRectF:
    """The no-data banner's box, centred at the top of a ``map_width`` map: one line where it
    fits, else wrapped to the map's width (a narrow window must not cut the nearest dates)."""
    pad_x, pad_y, margin = 14 * unit, 7 * unit, 8 * unit
    room = max(map_width - 2 * margin - 2 * pad_x, 40 * unit)
    metrics = QFontMetricsF(font)
    one_line = metrics.horizontalAdvance(text)
    if one_line <= room:
        text_w, text_h = one_line, metrics.height()
    else:
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        wrapped = metrics.boundingRect(QRectF(0, 0, room, 10_000 * unit), flags, text)
        text_w, text_h = wrapped.width(), wrapped.height()
    w, h = text_w + 2 * pad_x, text_h + 2 * pad_y
    return QRectF((map_width - w) / 2, 12 * unit, w, h)


def draw_place_pin(painter: QPainter, point: QPointF) -> None:
    """A map pin on a searched place: a ring and a drop, readable over any fill."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    path = QPainterPath()
    tip = QPointF(point.x(), point.y())
    path.moveTo(tip)
    path.cubicTo(tip.x() - 11, tip.y() - 14, tip.x() - 9, tip.y() - 26, tip.x(), tip.y() - 26)
    path.cubicTo(tip.x() + 9, tip.y() - 26, tip.x() + 11, tip.y() - 14, tip.x(), tip.y())
    painter.setPen(QPen(QColor("white"), 2))
    painter.setBrush(QColor("#c2185b"))
    painter.drawPath(path)
    painter.setBrush(QColor("white"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(tip.x(), tip.y() - 18), 3.5, 3.5)
    painter.restore()
