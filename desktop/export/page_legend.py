"""The page's legend: one row per thing drawn, each with the same symbol the map uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen

from desktop.export.inputs import Basemap
from desktop.export.shown import Shown
from desktop.i18n import export_text, ltr
from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.control_layers import controller_colour
from desktop.render.event_layer import KIND_COLOURS, marker_path
from desktop.render.imported_events import draw_imported_symbol
from desktop.render.labels import label_font
from desktop.render.legend import kind_label
from geodata.web_export.texts import M4_ROUTE_LABEL

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

ROW_HEIGHT = 18.0  # style pixels
TEXT_SIZE = 11.0
SWATCH_W, SWATCH_H = 24.0, 13.0


@dataclass(frozen=True)
class LegendEntry:
    # heading | zone | contested | m4 | m4seg | m4bar | corridor | event | border | river | note
    symbol: str
    label: str
    key: str = ""  # party id or event kind


def legend_entries(
    shown: Shown, hidden_layers: frozenset[str], basemap: Basemap | None = None
) -> list[LegendEntry]:
    entries: list[LegendEntry] = []
    if shown.controllers:
        entries.append(
            LegendEntry(
                "heading",
                QCoreApplication.translate("PageLegend", "Area of control"),
            )
        )
        entries += [LegendEntry("zone", name, pid) for pid, name in shown.controllers]
        if shown.contested:
            entries.append(
                LegendEntry(
                    "contested",
                    QCoreApplication.translate("PageLegend", "Contested (hatched)"),
                )
            )
        entries.append(
            LegendEntry(
                "note",
                QCoreApplication.translate("PageLegend", "Boundaries approximate"),
            )
        )
    elif shown.no_control_data:
        entries.append(
            LegendEntry("heading", QCoreApplication.translate("PageLegend", "Area of control"))
        )
        entries.append(
            LegendEntry(
                "note",
                QCoreApplication.translate("PageLegend", "No control-zone data for this date"),
            )
        )
    if shown.gainers:
        entries.append(
            LegendEntry(
                "heading", QCoreApplication.translate("PageLegend", "Changed hands (hatched)")
            )
        )
        entries += [
            LegendEntry(
                "gain",
                QCoreApplication.translate("PageLegend", "Gained by {name}").format(name=name),
                pid,
            )
            for pid, name in shown.gainers
        ]
    if shown.m4_km:  # the road in its holders' colours, with the km breakdown as the key
        total = sum(km for _, _, km in shown.m4_km)
        heading = QCoreApplication.translate("PageLegend", "M4 by controller: {km:,.0f} km").format(
            km=total
        )
        entries.append(LegendEntry("heading", heading))
        entries.append(LegendEntry("m4bar", "", _bar_key(shown.m4_stretches)))
        for pid, name, km in shown.m4_km:
            share = f"{100 * km / total:.0f}%" if total else ""
            # the abbreviation ("SDF") where the party has one: the zones above give the name
            short = re.search(r"\(([^()\s]{2,8})\)\s*$", name)  # SDF, HTŞ, قسد
            label = short.group(1) if short else name
            figure = ltr(f"{km:,.0f} km ({share})")  # not "km (67%) 442" in Arabic
            entries.append(LegendEntry("m4seg", f"{label}: {figure}", pid or ""))
        if shown.corridor:
            entries.append(
                LegendEntry(
                    "corridor", QCoreApplication.translate("PageLegend", "2020 security corridor")
                )
            )
    elif shown.m4 or shown.corridor:
        entries.append(
            LegendEntry("heading", QCoreApplication.translate("PageLegend", "M4 motorway"))
        )
        if shown.m4:
            entries.append(LegendEntry("m4", export_text(M4_ROUTE_LABEL)))
        if shown.corridor:
            entries.append(
                LegendEntry(
                    "corridor",
                    QCoreApplication.translate("PageLegend", "2020 security corridor"),
                )
            )
    if shown.event_kinds:
        entries.append(
            LegendEntry(
                "heading",
                QCoreApplication.translate(
                    "PageLegend", "Events to this date ({event_count})"
                ).format(event_count=shown.event_count),
            )
        )
        entries += [LegendEntry("event", kind_label(k), k) for k in shown.event_kinds]
    if shown.imported_kinds:
        heading = QCoreApplication.translate("PageLegend", "Imported events ({count})").format(
            count=f"{shown.imported_count:,}"
        )
        entries.append(LegendEntry("heading", heading))
        entries += [LegendEntry("imported", kind_label(k), k) for k in shown.imported_kinds]
        cluster = QCoreApplication.translate("PageLegend", "Cluster (number of events)")
        entries.append(LegendEntry("cluster", cluster))
    base = []

    def drawn(layer: str) -> bool:
        return layer not in hidden_layers and (basemap is None or bool(basemap.get(layer)))

    if drawn("countries"):
        base.append(
            LegendEntry(
                "border",
                QCoreApplication.translate("PageLegend", "International border"),
                "country",
            )
        )
    if drawn("governorates"):
        base.append(
            LegendEntry(
                "border",
                QCoreApplication.translate("PageLegend", "Governorate boundary"),
                "governorate",
            )
        )
    if drawn("rivers"):
        base.append(LegendEntry("river", QCoreApplication.translate("PageLegend", "River")))
    if base:
        entries.append(
            LegendEntry(
                "heading",
                QCoreApplication.translate("PageLegend", "Base map"),
            )
        )
        entries += base
    return entries


def _bar_key(stretches) -> str:
    """The bar's stretches, west to east, as one key: "government:43.9,hts:57.4,..."."""
    return ",".join(f"{pid or ''}:{km:.3f}" for pid, km in stretches)


def paint_legend_column(
    painter: QPainter, entries: list[LegendEntry], rect: QRectF, ctx: RenderContext
) -> None:
    """Entries top to bottom in ``rect``; a long label wraps to a second line, never overlaps."""
    unit = ctx.unit
    y = rect.top()
    for index, entry in enumerate(entries):
        lines = label_lines(entry, rect.width(), unit)
        height = _entry_height(len(lines), unit)
        if index and entry.symbol == "heading":
            y += 0.35 * ROW_HEIGHT * unit
        if y + height > rect.bottom() + 0.5:
            break
        _paint_entry(painter, entry, lines, QRectF(rect.left(), y, rect.width(), height), ctx)
        y += height


def _entry_height(lines: int, unit: float) -> float:
    return ROW_HEIGHT * unit * (1 + 0.8 * (lines - 1))


def _font(entry: LegendEntry, unit: float) -> QFont:
    font = label_font(TEXT_SIZE * unit, bold=entry.symbol == "heading")
    font.setItalic(entry.symbol == "note")
    return font


def _text_left(entry: LegendEntry, unit: float) -> float:
    return 0.0 if entry.symbol in ("heading", "note", "m4bar") else (SWATCH_W + 7) * unit


def label_lines(entry: LegendEntry, width: float, unit: float) -> list[str]:
    """The label in at most two lines that fit ``width`` (the second elided if it must be)."""
    metrics = QFontMetricsF(_font(entry, unit))
    room = max(1.0, width - _text_left(entry, unit))
    if metrics.horizontalAdvance(entry.label) <= room:
        return [entry.label]
    words = entry.label.split()
    first = ""
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[:count])
        if metrics.horizontalAdvance(candidate) <= room:
            first = candidate
            rest = " ".join(words[count:])
            break
    if not first:  # one very long word
        return [metrics.elidedText(entry.label, Qt.TextElideMode.ElideRight, room)]
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)]


def column_height(entries: list[LegendEntry], unit: float, width: float) -> float:
    height = 0.0
    for index, entry in enumerate(entries):
        if index and entry.symbol == "heading":
            height += 0.35 * ROW_HEIGHT * unit
        height += _entry_height(len(label_lines(entry, width, unit)), unit)
    return height


def split_columns(entries: list[LegendEntry], columns: int) -> list[list[LegendEntry]]:
    """Entries in ``columns`` groups, breaking before a heading where possible."""
    if columns <= 1:
        return [entries]
    per_column = -(-len(entries) // columns)
    groups: list[list[LegendEntry]] = [[]]
    for entry in entries:
        current = groups[-1]
        # Columns break before a heading; inside a group only when the column is far too long.
        full = len(current) >= (per_column if entry.symbol == "heading" else per_column * 1.5)
        early = entry.symbol == "heading" and len(current) >= per_column * 0.6
        # A note stays under what it qualifies ("Boundaries approximate" under the zones).
        if current and (full or early) and len(groups) < columns and entry.symbol != "note":
            groups.append([])
        groups[-1].append(entry)
    return groups


def _paint_entry(
    painter: QPainter, entry: LegendEntry, lines: list[str], row: QRectF, ctx: RenderContext
) -> None:
    unit = ctx.unit
    font = _font(entry, unit)
    metrics = QFontMetricsF(font)
    first_line = ROW_HEIGHT * unit
    centre_y = row.top() + first_line / 2
    top = centre_y - SWATCH_H * unit / 2
    symbol = QRectF(row.left(), top, SWATCH_W * unit, SWATCH_H * unit)
    if entry.symbol == "m4bar":  # the whole row: the road's length split by who holds it
        symbol = QRectF(row.left(), top, row.width() - 4 * unit, SWATCH_H * unit)
    text_left = row.left() + _text_left(entry, unit)
    painter.save()
    _paint_symbol(painter, entry, symbol, ctx)
    painter.setFont(font)
    painter.setPen(style.OVERLAY_TEXT if entry.symbol != "note" else QColor("#6b675e"))
    baseline = centre_y + (metrics.ascent() - metrics.descent()) / 2
    for line in lines:
        painter.drawText(QPointF(text_left, baseline), line)
        baseline += first_line * 0.8
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
        hatched = kind == "contested" or entry.key == "unknown"  # no data: hatched, as drawn
        pattern = Qt.BrushStyle.BDiagPattern if hatched else Qt.BrushStyle.SolidPattern
        painter.setBrush(QBrush(fill, pattern))
        painter.drawRect(box)
        outline = QPen(colour.darker(150), 1.1 * unit, Qt.PenStyle.DashLine)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
    elif kind == "gain":  # as the compare layer draws it
        colour = controller_colour(ctx, entry.key)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.LAND_SYRIA)
        painter.drawRect(box)
        painter.setBrush(QBrush(colour, Qt.BrushStyle.DiagCrossPattern))
        painter.drawRect(box)
        painter.setPen(QPen(colour.darker(130), 1.6 * unit))
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
    elif kind == "m4seg":
        y = box.center().y()
        casing = QPen(style.M4_STRETCH_CASING, 6.4 * unit)
        casing.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(casing)
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        colour = controller_colour(ctx, entry.key) if entry.key else QColor(style.NO_CONTROL_M4)
        line = QPen(colour, 4.0 * unit)
        line.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(line)
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
    elif kind == "m4bar":
        parts = [p.rpartition(":") for p in entry.key.split(",") if p]
        total = sum(float(km) for _, _, km in parts) or 1.0
        x = box.left()
        painter.setPen(Qt.PenStyle.NoPen)
        for pid, _, km in parts:
            width = box.width() * float(km) / total
            colour = controller_colour(ctx, pid) if pid else QColor(style.NO_CONTROL_M4)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, box.top(), width, box.height()))
            x += width
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.M4_CASING.darker(160), 0.8 * unit))
        painter.drawRect(box)
    elif kind == "corridor":
        painter.setBrush(style.CORRIDOR_FILL)
        painter.setPen(QPen(style.CORRIDOR_LINE, 1.2 * unit, Qt.PenStyle.DashLine))
        painter.drawRect(box)
    elif kind == "event":
        path = marker_path(entry.key, 13 * unit).translated(box.center())
        painter.setPen(QPen(QColor("white"), 1.5 * unit))
        painter.setBrush(KIND_COLOURS.get(entry.key, KIND_COLOURS["other"]))
        painter.drawPath(path)
    elif kind == "imported":
        draw_imported_symbol(painter, entry.key, box.center(), unit)
    elif kind == "cluster":
        painter.setPen(QPen(style.IMPORTED_RING, 1.2 * unit))
        painter.setBrush(style.IMPORTED_CLUSTER)
        painter.drawEllipse(box.center(), 6.5 * unit, 6.5 * unit)
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
