"""Map toolbar icons drawn with QPainter (no icon theme is needed, offline or headless)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

if TYPE_CHECKING:
    from collections.abc import Callable

_INK = QColor("#3d3a35")


def _icon(draw: Callable[[QPainter], None], size: int = 24) -> QIcon:
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(scale, scale)
        pen = QPen(_INK, 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        draw(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon


def _magnifier(painter: QPainter, plus: bool) -> None:
    painter.drawEllipse(QPointF(10, 10), 6.5, 6.5)
    painter.drawLine(QPointF(15, 15), QPointF(21, 21))
    painter.drawLine(QPointF(7, 10), QPointF(13, 10))
    if plus:
        painter.drawLine(QPointF(10, 7), QPointF(10, 13))


def zoom_in_icon() -> QIcon:
    return _icon(lambda p: _magnifier(p, True))


def zoom_out_icon() -> QIcon:
    return _icon(lambda p: _magnifier(p, False))


def zoom_region_icon() -> QIcon:
    def draw(painter: QPainter) -> None:
        for x, y, dx, dy in ((3, 3, 1, 1), (21, 3, -1, 1), (3, 21, 1, -1), (21, 21, -1, -1)):
            painter.drawLine(QPointF(x, y), QPointF(x + 6 * dx, y))
            painter.drawLine(QPointF(x, y), QPointF(x, y + 6 * dy))
        painter.drawRect(QRectF(8, 9, 8, 6))

    return _icon(draw)


def zoom_selection_icon() -> QIcon:
    def draw(painter: QPainter) -> None:
        painter.drawEllipse(QPointF(12, 12), 6, 6)
        for a, b in (
            ((12, 2), (12, 7)),
            ((12, 17), (12, 22)),
            ((2, 12), (7, 12)),
            ((17, 12), (22, 12)),
        ):
            painter.drawLine(QPointF(*a), QPointF(*b))
        painter.setBrush(_INK)
        painter.drawEllipse(QPointF(12, 12), 1.8, 1.8)

    return _icon(draw)
