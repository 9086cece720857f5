"""The page's legend laid out in columns: geodata.legend's entries (the window's legend and the
web map list the same), one row each, with the symbol the map uses (desktop.render.legend_symbols).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from desktop.export.inputs import Basemap
from desktop.i18n import language
from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.legend_symbols import NO_SYMBOL, paint_symbol
from desktop.render.text import label_font
from geodata.legend import LegendEntry, Shown, legend_entries

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

ROW_HEIGHT = 18.0  # style pixels
TEXT_SIZE = 11.0
SWATCH_W, SWATCH_H = 24.0, 13.0


#: Base-map layers the page legend explains where they are drawn.
BASE_LAYERS = ("countries", "governorates", "rivers")


def page_entries(
    atlas, shown: Shown, hidden_layers: frozenset[str], basemap: Basemap | None = None
) -> list[LegendEntry]:
    """The page's legend: the model's entries for ``shown``, with the base map's lines that
    are drawn (``basemap`` None: assume every base layer is there)."""
    drawn = tuple(
        layer
        for layer in BASE_LAYERS
        if layer not in hidden_layers and (basemap is None or bool(basemap.get(layer)))
    )
    return legend_entries(atlas, replace(shown, base_layers=drawn), language())


def paint_legend_column(
    painter: QPainter,
    entries: list[LegendEntry],
    rect: QRectF,
    ctx: RenderContext,
    rtl: bool = False,
) -> None:
    """Entries top to bottom in ``rect``; a long label wraps to a second line, never overlaps.
    ``rtl``: each row reads right to left (Arabic), its symbol at the right."""
    unit = ctx.unit
    y = rect.top()
    for index, entry in enumerate(entries):
        lines = label_lines(entry, rect.width(), unit)
        height = _entry_height(len(lines), unit)
        if index and entry.kind == "heading":
            y += 0.35 * ROW_HEIGHT * unit
        if y + height > rect.bottom() + 0.5:
            break
        row = QRectF(rect.left(), y, rect.width(), height)
        _paint_entry(painter, entry, lines, row, ctx, rtl)
        y += height


def _entry_height(lines: int, unit: float) -> float:
    return ROW_HEIGHT * unit * (1 + 0.8 * (lines - 1))


def _font(entry: LegendEntry, unit: float) -> QFont:
    font = label_font(TEXT_SIZE * unit, bold=entry.kind == "heading")
    font.setItalic(entry.kind == "note")
    return font


def _text_left(entry: LegendEntry, unit: float) -> float:
    return 0.0 if entry.kind in NO_SYMBOL else (SWATCH_W + 7) * unit


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
        if index and entry.kind == "heading":
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
        full = len(current) >= (per_column if entry.kind == "heading" else per_column * 1.5)
        early = entry.kind == "heading" and len(current) >= per_column * 0.6
        # A note stays under what it qualifies ("Boundaries approximate" under the zones).
        if current and (full or early) and len(groups) < columns and entry.kind != "note":
            groups.append([])
        groups[-1].append(entry)
    return groups


def _paint_entry(
    painter: QPainter,
    entry: LegendEntry,
    lines: list[str],
    row: QRectF,
    ctx: RenderContext,
    rtl: bool = False,
) -> None:
    unit = ctx.unit
    font = _font(entry, unit)
    metrics = QFontMetricsF(font)
    first_line = ROW_HEIGHT * unit
    centre_y = row.top() + first_line / 2
    top = centre_y - SWATCH_H * unit / 2
    symbol = QRectF(row.left(), top, SWATCH_W * unit, SWATCH_H * unit)
    if entry.kind == "m4bar":  # the whole row: the road's length split by who holds it
        symbol = QRectF(row.left(), top, row.width() - 4 * unit, SWATCH_H * unit)
    if rtl:
        symbol.moveRight(row.right() - (4 * unit if entry.kind == "m4bar" else 0.0))
    indent = _text_left(entry, unit)
    painter.save()
    if entry.kind not in ("heading", "note"):
        paint_symbol(painter, entry, symbol, unit)
    painter.setFont(font)
    painter.setPen(style.OVERLAY_TEXT if entry.kind != "note" else QColor("#6b675e"))
    baseline = centre_y + (metrics.ascent() - metrics.descent()) / 2
    for line in lines:
        # Right to left, the line ends at the row's right, left of the symbol.
        end = row.right() - indent - metrics.horizontalAdvance(line)
        painter.drawText(QPointF(end if rtl else row.left() + indent, baseline), line)
        baseline += first_line * 0.8
    painter.restore()
