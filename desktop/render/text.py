"""Map text with a white halo (town, zone, country, event and grid labels) and the labels'
font: drawn once into a sprite on raster devices, as plain text in vector exports."""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPixmap

from desktop.render import style


def label_font(size_px: float, bold: bool = False) -> QFont:
    font = QFont(style.FONT_FAMILY)
    font.setPixelSize(max(1, round(size_px)))
    font.setBold(bold)
    return font


def draw_halo_text(painter: QPainter, origin: QPointF, text: str, font: QFont, colour, ctx) -> None:
    """Text with a white halo so it reads over any fill; plain text in vector exports.

    On raster devices each label is drawn once into a sprite (halo stroke and glyph fill) and
    then blitted: stroking glyph outlines is the costliest part of a repaint otherwise.
    """
    if ctx.vector_text:
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(origin, text)
        return
    device = painter.device()
    dpr = device.devicePixelRatioF() if device is not None else 1.0
    sprite, offset_x, offset_y = _halo_sprite(
        text,
        font.family(),
        font.pixelSize(),
        font.bold(),
        font.letterSpacing(),
        QColor(colour).rgba(),
        round(ctx.unit, 4),
        dpr,
    )
    painter.drawPixmap(QPointF(origin.x() + offset_x, origin.y() + offset_y), sprite)


@lru_cache(maxsize=4096)
def _halo_sprite(
    text: str,
    family: str,
    pixel_size: int,
    bold: bool,
    spacing: float,
    rgba: int,
    unit: float,
    dpr: float,
) -> tuple[QPixmap, float, float]:
    """A label's pixmap (halo and text) and where its top-left sits relative to the baseline.

    The halo is the glyphs drawn in white at points on rings round the label, at most a device
    pixel apart (out to 1.5 units), then laid under the text at the halo's alpha: the look of a
    round-joined 3-unit outline, ~4x cheaper than stroking the glyphs' outline path (which was
    most of the first paint's label time)."""
    font = QFont(family)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    if spacing:
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, spacing)
    radius = 1.5 * unit
    margin = radius + 1
    bounds = QFontMetricsF(font).boundingRect(text).adjusted(-margin, -margin, margin, margin)
    left, top = math.floor(bounds.left()), math.floor(bounds.top())
    width, height = math.ceil(bounds.right()) - left, math.ceil(bounds.bottom()) - top
    size = QSize(max(1, round(width * dpr)), max(1, round(height * dpr)))
    halo = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    halo.setDevicePixelRatio(dpr)
    halo.fill(0)
    p = QPainter(halo)
    p.translate(-left, -top)
    p.setFont(font)
    p.setPen(QColor(style.LABEL_HALO.rgb()))  # opaque: overlapping copies must not add up
    for dx, dy in _halo_offsets(round(radius * dpr, 2), dpr):
        p.drawText(QPointF(dx, dy), text)
    p.end()
    sprite = QPixmap(size)
    sprite.setDevicePixelRatio(dpr)
    sprite.fill(QColor(0, 0, 0, 0))
    p = QPainter(sprite)
    p.setOpacity(style.LABEL_HALO.alphaF())
    p.drawImage(QPointF(0, 0), halo)
    p.setOpacity(1.0)
    p.translate(-left, -top)
    p.setFont(font)
    p.setPen(QColor.fromRgba(rgba))
    p.drawText(QPointF(0, 0), text)
    p.end()
    return sprite, float(left), float(top)


@lru_cache(maxsize=64)
def _halo_offsets(radius_px: float, dpr: float) -> tuple[tuple[float, float], ...]:
    """Points (in logical units) on rings 1 device pixel apart out to ``radius_px``, each
    ring's points at most a device pixel apart along it."""
    rings = max(1, math.ceil(radius_px))
    points = []
    for ring in range(1, rings + 1):
        r = radius_px * ring / rings
        count = max(8, math.ceil(2 * math.pi * r))
        points += [
            (
                r * math.cos(2 * math.pi * k / count) / dpr,
                r * math.sin(2 * math.pi * k / count) / dpr,
            )
            for k in range(count)
        ]
    return tuple(points)
