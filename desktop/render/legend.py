"""The map legend: what each colour, line and symbol means, as of the view's date.

The entries come from the one legend model (geodata.legend: the page legend and the web map
list the same); this module lays them out and paints them onto any QPainter.
``legend_sections(ctx)`` says what to show; ``draw_legend(painter, origin, sections, unit)``
paints it, left to right or (Arabic) mirrored right to left, symbols always beside their text.
:class:`LegendOverlay` puts it in the map's lower-left corner, above the scale bar.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop.i18n import language
from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.legend_symbols import paint_symbol
from desktop.render.text import label_font
from desktop.render.transform import MapTransform
from geodata.legend import LegendEntry, legend_entries, sections, what_is_shown

_SYMBOL_W = 22.0  # style pixels
_ROW_GAP = 3.0
_PAD = 8.0
_MAX_TEXT_W = 190.0


@dataclass(frozen=True)
class LegendSection:
    title: str
    entries: tuple[LegendEntry, ...]


def legend_sections(ctx: RenderContext) -> list[LegendSection]:
    """The legend for a view (the whole map): geodata.legend's entries, grouped by heading."""
    atlas, view = ctx.atlas, ctx.view
    if atlas is None:
        return []
    hidden = ctx.hidden_layers | view.hidden_layers
    shown = what_is_shown(atlas, replace(view, hidden_layers=hidden), language=language())
    entries = legend_entries(atlas, shown, language())
    return [LegendSection(title, tuple(group)) for title, group in sections(entries)]


def _layout(sections: list[LegendSection], unit: float, text_width: float = _MAX_TEXT_W):
    """Row geometry: (section index, entry or None, text rect size, row height) and box size."""
    title_font = label_font(11 * unit, bold=True)
    text_font = label_font(10.5 * unit)
    title_m, text_m = QFontMetricsF(title_font), QFontMetricsF(text_font)
    rows = []
    width = 0.0
    height = _PAD * unit
    for s_index, section in enumerate(sections):
        if s_index:
            height += 4 * unit
        # Titles wrap like the rows ("Control as of 25 Apr 2023" in a narrow dock at 200 %):
        # a long one would widen the box past the panel and be cut off.
        title = title_m.boundingRect(
            QRectF(0, 0, (text_width + _SYMBOL_W) * unit, 1000 * unit),
            int(Qt.TextFlag.TextWordWrap),
            section.title,
        )
        rows.append((section, None, title.height()))
        width = max(width, title.width())
        height += title.height() + _ROW_GAP * unit
        for entry in section.entries:
            text_w = text_width * unit
            rect = text_m.boundingRect(
                QRectF(0, 0, text_w, 1000 * unit), int(Qt.TextFlag.TextWordWrap), entry.label
            )
            indent = 0.0 if entry.kind == "note" else _SYMBOL_W * unit
            row_h = max(rect.height(), 14 * unit)
            rows.append((section, entry, row_h))
            width = max(width, indent + rect.width())
            height += row_h + _ROW_GAP * unit
    height += _PAD * unit - _ROW_GAP * unit
    return rows, QSizeF(width + 2 * _PAD * unit, height), title_font, text_font


def legend_size(
    sections: list[LegendSection], unit: float = 1.0, text_width: float = _MAX_TEXT_W
) -> QSizeF:
    """The legend's box; labels wrap at ``text_width`` style pixels."""
    return _layout(sections, unit, text_width)[1] if sections else QSizeF(0, 0)


def draw_legend(
    painter: QPainter,
    origin: QPointF,
    sections: list[LegendSection],
    unit: float = 1.0,
    background: bool = True,
    text_width: float = _MAX_TEXT_W,
    rtl: bool | None = None,
    width: float | None = None,
) -> QRectF:
    """Paint the legend with its top-left corner at ``origin``; returns the box it used.

    ``background=False`` leaves out the rounded white box (for a panel that has its own).
    ``rtl``: rows read right to left (default: the interface language's direction).
    ``width``: the box's width (a panel's), else as wide as the widest row.
    """
    rtl = language().rtl if rtl is None else rtl
    if not sections:
        return QRectF(origin, QSizeF(0, 0))
    rows, size, title_font, text_font = _layout(sections, unit, text_width)
    if width is not None:
        size.setWidth(width)
    box = QRectF(origin, size)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if background:
        painter.setPen(QPen(QColor(0, 0, 0, 40), 1.0 * unit))
        painter.setBrush(style.OVERLAY_BACKGROUND)
        painter.drawRoundedRect(box, 5 * unit, 5 * unit)
    x = box.left() + _PAD * unit
    y = box.top() + _PAD * unit
    first = True
    for _section, entry, row_h in rows:
        if entry is None:
            if not first:
                y += 4 * unit
            first = False
            painter.setFont(title_font)
            painter.setPen(style.OVERLAY_TEXT)
            painter.drawText(
                QRectF(x, y, box.right() - x - _PAD * unit, row_h),
                _align(rtl) | int(Qt.TextFlag.TextWordWrap),
                _section.title,
            )
        else:
            row = QRectF(x, y, box.right() - x - _PAD * unit, row_h)
            _draw_entry(painter, entry, row, unit, text_font, rtl)
        y += row_h + _ROW_GAP * unit
    painter.restore()
    return box


def _draw_entry(
    painter: QPainter, entry: LegendEntry, rect: QRectF, unit: float, font, rtl: bool = False
) -> None:
    """One row: the symbol at the row's start (its right end in a right-to-left legend), the
    label beside it; a note is text alone, in italics."""
    symbol = QRectF(
        rect.left(),
        rect.top() + (min(rect.height(), 14 * unit) - 12 * unit) / 2,
        16 * unit,
        12 * unit,
    )
    indent = 0.0 if entry.kind == "note" else _SYMBOL_W * unit
    text = QRectF(rect.left() + indent, rect.top(), rect.width() - indent, rect.height())
    if rtl:
        symbol.moveRight(rect.right())
        text.moveRight(rect.right() - indent)
    if entry.kind != "note":
        paint_symbol(painter, entry, symbol, unit)
    colour = QColor("#6b665c") if entry.kind == "note" else style.OVERLAY_TEXT
    if entry.kind == "note":
        font = QFont(font)
        font.setItalic(True)
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(text, _align(rtl) | int(Qt.TextFlag.TextWordWrap), entry.label)


def _align(rtl: bool) -> int:
    """Text toward the row's start: absolute, so a right-to-left painter does not flip it."""
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


class LegendOverlay:
    """The legend in the lower-left corner of the map, above the scale bar."""

    id, title = "legend", "Legend"

    def __init__(self) -> None:
        self._cached: tuple[tuple, list[LegendSection]] | None = None

    def _sections(self, ctx: RenderContext) -> list[LegendSection]:
        """The sections, worked out again only when what they depend on changes (not on each
        pan or zoom frame): the whole map's legend does not depend on the extent."""
        view = replace(ctx.view, selected_zone=None, selected_event=None, extent=None)
        key = (id(ctx.atlas), view, ctx.hidden_layers, language().code)
        if self._cached is None or self._cached[0] != key:
            self._cached = (key, legend_sections(ctx))
        return self._cached[1]

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        sections = self._sections(ctx)
        if not sections:
            return
        unit = ctx.unit
        size = legend_size(sections, unit)
        bottom = transform.height - 56 * unit  # the scale bar sits below
        top = max(10 * unit, bottom - size.height())
        draw_legend(painter, QPointF(10 * unit, top), sections, unit)
