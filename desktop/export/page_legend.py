"""The page's legend: one row per thing drawn, each with the same symbol the map uses."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen

from desktop.export.shown import Shown
from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.control_layers import controller_colour
from desktop.render.event_layer import KIND_COLOURS, marker_path
from desktop.render.labels import label_font

ROW_HEIGHT = 18.0  # style pixels
TEXT_SIZE = 11.0
SWATCH_W, SWATCH_H = 24.0, 13.0

_KIND_LABELS = {
    "meeting": "Meeting / talks",
    "visit": "Visit",
    "agreement": "Agreement",
    "operation": "Military operation",
    "statement": "Statement",
    "incident": "Incident",
    "other": "Other event",
}


@dataclass(frozen=True)
class LegendEntry:
    symbol: str  # heading | zone | contested | m4 | corridor | event | border | river | note
    label: str
    key: str = ""  # party id or event kind


def legend_entries(shown: Shown, hidden_layers: frozenset[str]) -> list[LegendEntry]:
    entries: list[LegendEntry] = []
    if shown.controllers:
        entries.append(LegendEntry("heading", "Area of control"))
        entries += [LegendEntry("zone", name, pid) for pid, name in shown.controllers]
        if shown.contested:
            entries.append(LegendEntry("contested", "Contested (hatched)"))
        entries.append(LegendEntry("note", "Boundaries approximate"))
    if shown.m4 or shown.corridor:
        entries.append(LegendEntry("heading", "M4 motorway"))
        if shown.m4:
            entries.append(LegendEntry("m4", "M4 (Latakia–Aleppo–Hasakah)"))
        if shown.corridor:
            entries.append(LegendEntry("corridor", "2020 security corridor"))
    if shown.event_kinds:
        entries.append(LegendEntry("heading", f"Events to this date ({shown.event_count})"))
        entries += [LegendEntry("event", _KIND_LABELS.get(k, k), k) for k in shown.event_kinds]
    base = []
    if "countries" not in hidden_layers:
        base.append(LegendEntry("border", "International border", "country"))
    if "governorates" not in hidden_layers:
        base.append(LegendEntry("border", "Governorate boundary", "governorate"))
    if "rivers" not in hidden_layers:
        base.append(LegendEntry("river", "River"))
    if base:
        entries.append(LegendEntry("heading", "Base map"))
        entries += base
    return entries


def paint_legend_column(
    painter: QPainter, entries: list[LegendEntry], rect: QRectF, ctx: RenderContext
) -> None:
    """Entries top to bottom in ``rect``; labels that do not fit are elided, never overlapped."""
    unit = ctx.unit
    row = ROW_HEIGHT * unit
    y = rect.top()
    for entry in entries:
        if y + row > rect.bottom() + 0.5:
            break
        if entry.symbol == "heading" and y > rect.top():
            y += 0.35 * row
        _paint_entry(painter, entry, QRectF(rect.left(), y, rect.width(), row), ctx)
        y += row


def column_height(entries: list[LegendEntry], unit: float) -> float:
    headings = sum(1 for i, e in enumerate(entries) if e.symbol == "heading" and i > 0)
    return (len(entries) + 0.35 * headings) * ROW_HEIGHT * unit


def split_columns(entries: list[LegendEntry], columns: int) -> list[list[LegendEntry]]:
    """Entries in ``columns`` groups, breaking before a heading where possible."""
    if columns <= 1:
        return [entries]
    per_column = -(-len(entries) // columns)
    groups: list[list[LegendEntry]] = [[]]
    for entry in entries:
        current = groups[-1]
        full = len(current) >= per_column
        early = entry.symbol == "heading" and len(current) >= per_column * 0.6
        if current and (full or early) and len(groups) < columns:
            groups.append([])
        groups[-1].append(entry)
    return groups


def _paint_entry(painter: QPainter, entry: LegendEntry, row: QRectF, ctx: RenderContext) -> None:
    unit = ctx.unit
    font = label_font(TEXT_SIZE * unit, bold=entry.symbol == "heading")
    if entry.symbol == "note":
        font.setItalic(True)
    metrics = QFontMetricsF(font)
    top = row.center().y() - SWATCH_H * unit / 2
    symbol = QRectF(row.left(), top, SWATCH_W * unit, SWATCH_H * unit)
    text_left = row.left() if entry.symbol in ("heading", "note") else symbol.right() + 7 * unit
    painter.save()
    _paint_symbol(painter, entry, symbol, ctx)
    painter.setFont(font)
    painter.setPen(style.OVERLAY_TEXT if entry.symbol != "note" else QColor("#6b675e"))
    text = metrics.elidedText(entry.label, Qt.TextElideMode.ElideRight, row.right() - text_left)
    baseline = row.center().y() + (metrics.ascent() - metrics.descent()) / 2
    painter.drawText(QPointF(text_left, baseline), text)
    painter.restore()


def _paint_symbol(painter: QPainter, entry: LegendEntry, box: QRectF, ctx: RenderContext) -> None:
    unit = ctx.unit
    kind = entry.symbol
    if kind in ("zone", "contested"):
        colour = controller_colour(ctx, entry.key) if kind == "zone" else QColor("#777777")
        fill = QColor(colour)
        fill.setAlpha(style.ZONE_FILL_ALPHA)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.LAND_SYRIA)
        painter.drawRect(box)
        pattern = Qt.BrushStyle.BDiagPattern if kind == "contested" else Qt.BrushStyle.SolidPattern
        painter.setBrush(QBrush(fill, pattern))
        painter.drawRect(box)
        outline = QPen(colour.darker(150), 1.1 * unit, Qt.PenStyle.DashLine)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
    elif kind == "m4":
        y = box.center().y()
        casing = QPen(style.M4_CASING, 5.0 * unit)
        casing.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(casing)
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        painter.setPen(QPen(style.M4_LINE, 2.8 * unit))
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
    elif kind == "corridor":
        painter.setBrush(style.CORRIDOR_FILL)
        painter.setPen(QPen(style.CORRIDOR_LINE, 1.2 * unit, Qt.PenStyle.DashLine))
        painter.drawRect(box)
    elif kind == "event":
        path = marker_path(entry.key, 13 * unit).translated(box.center())
        painter.setPen(QPen(QColor("white"), 1.5 * unit))
        painter.setBrush(KIND_COLOURS.get(entry.key, KIND_COLOURS["other"]))
        painter.drawPath(path)
    elif kind == "border":
        y = box.center().y()
        if entry.key == "governorate":
            pen = QPen(style.GOVERNORATE_LINE, 1.2 * unit, Qt.PenStyle.DashLine)
        else:
            pen = QPen(style.BORDER_SYRIA, 1.6 * unit)
        painter.setPen(pen)
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
    elif kind == "river":
        y = box.center().y()
        painter.setPen(QPen(style.WATER_LINE, 1.8 * unit))
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
