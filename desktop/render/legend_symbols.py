"""The legend's symbols: one small picture per entry kind of geodata.legend, drawn the way the
map draws that thing. Shared by the map's legend (desktop.render.legend) and the page legend
(desktop.export.page_legend), so the screen and the page show the same key."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from desktop.render import style
from desktop.render.event_layer import LOW_GRADE_PEN, marker_path
from desktop.render.imported_events import draw_imported_symbol
from desktop.render.text import label_font
from geodata.legend import LegendEntry

#: Entry kinds drawn without a symbol (their text starts at the symbol's place).
NO_SYMBOL = frozenset({"heading", "note", "m4bar"})


def _line(painter: QPainter, box: QRectF, pen: QPen) -> None:
    y = box.center().y()
    painter.setPen(pen)
    painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))


def _flat_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def paint_symbol(painter: QPainter, entry: LegendEntry, box: QRectF, unit: float) -> None:
    """``entry``'s symbol in ``box`` (about 24 x 13 style pixels times ``unit``)."""
    kind = entry.kind
    colour = QColor(entry.colour) if entry.colour else QColor(style.UNKNOWN_CONTROLLER)
    painter.save()
    if kind in ("zone", "no_data", "contested"):  # over Syria's land, as the map draws zones
        fill = QColor(colour)
        fill.setAlpha(style.ZONE_FILL_ALPHA)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.LAND_SYRIA)
        painter.drawRect(box)
        hatched = kind != "zone"
        pattern = Qt.BrushStyle.BDiagPattern if hatched else Qt.BrushStyle.SolidPattern
        painter.setBrush(QBrush(colour if hatched else fill, pattern))
        painter.drawRect(box)
        painter.setPen(QPen(colour.darker(150), 1.1 * unit, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
    elif kind == "gain":  # as the compare layer draws it
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.LAND_SYRIA)
        painter.drawRect(box)
        painter.setBrush(QBrush(colour, Qt.BrushStyle.DiagCrossPattern))
        painter.drawRect(box)
        painter.setPen(QPen(colour.darker(130), 1.6 * unit))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
    elif kind == "m4":
        _line(painter, box, _flat_pen(style.M4_CASING, 5.0 * unit))
        _line(painter, box, QPen(style.M4_LINE, 2.8 * unit))
    elif kind == "m4seg":
        _line(painter, box, _flat_pen(style.M4_STRETCH_CASING, 6.4 * unit))
        held = QColor(entry.colour) if entry.colour else QColor(style.NO_CONTROL_M4)
        _line(painter, box, _flat_pen(held, 4.0 * unit))
    elif kind == "m4bar":
        _paint_m4_bar(painter, entry.key, box, unit)
    elif kind == "corridor":
        painter.setBrush(style.CORRIDOR_FILL)
        painter.setPen(QPen(style.CORRIDOR_LINE, 1.2 * unit, Qt.PenStyle.DashLine))
        painter.drawRect(box)
    elif kind == "dmz":
        painter.setBrush(style.DMZ_FILL)
        painter.setPen(QPen(style.DMZ_LINE, 2.0 * unit, Qt.PenStyle.DashLine))
        painter.drawRect(box)
    elif kind == "event":
        painter.setPen(QPen(QColor("white"), 1.5 * unit))
        painter.setBrush(colour)
        painter.drawPath(marker_path(entry.key, 13 * unit).translated(box.center()))
    elif kind == "low_grade":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(LOW_GRADE_PEN(unit))
        painter.drawEllipse(box.center(), 6 * unit, 6 * unit)
    elif kind == "low_grade_zone":  # the zone's outline as the map draws it
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(LOW_GRADE_PEN(unit))
        painter.drawRect(box)
    elif kind == "imported":
        draw_imported_symbol(painter, entry.key, box.center(), unit)
    elif kind == "cluster":
        painter.setPen(QPen(style.IMPORTED_RING, 1.2 * unit))
        painter.setBrush(style.IMPORTED_CLUSTER)
        painter.drawEllipse(box.center(), 6.5 * unit, 6.5 * unit)
        painter.setFont(label_font(7 * unit, bold=True))
        painter.setPen(style.IMPORTED_COUNT)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), "12")
    elif kind == "border":
        if entry.key == "governorate":
            pen = QPen(style.GOVERNORATE_LINE, 1.2 * unit, Qt.PenStyle.DashLine)
        else:
            pen = QPen(style.BORDER_SYRIA, 1.6 * unit)
        _line(painter, box, pen)
    elif kind == "river":
        _line(painter, box, QPen(style.WATER_LINE, 1.8 * unit))
    painter.restore()


def _paint_m4_bar(painter: QPainter, key: str, box: QRectF, unit: float) -> None:
    """The road's length as one bar split by who holds each stretch, west to east."""
    parts = [p.rpartition(":") for p in key.split(",") if p]
    total = sum(float(km) for _, _, km in parts) or 1.0
    x = box.left()
    painter.setPen(Qt.PenStyle.NoPen)
    for colour, _, km in parts:
        width = box.width() * float(km) / total
        painter.setBrush(QColor(colour) if colour else QColor(style.NO_CONTROL_M4))
        painter.drawRect(QRectF(x, box.top(), width, box.height()))
        x += width
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(style.M4_CASING.darker(160), 0.8 * unit))
    painter.drawRect(box)
