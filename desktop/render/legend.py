"""The map legend: what each colour, line and symbol means, as of the view's date.

``legend_sections(ctx)`` says what to show; ``draw_legend(painter, origin, sections, unit)``
paints it onto any QPainter (screen, PNG, SVG, PDF), so exporters can place it anywhere.
:class:`LegendOverlay` puts it in the map's lower-left corner, above the scale bar.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop.i18n import current_language, day_text
from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.control_layers import controller_colour
from desktop.render.event_layer import KIND_COLOURS, LOW_GRADE_PEN, marker_path
from desktop.render.imported_events import LAYER_ID as IMPORTED_LAYER
from desktop.render.imported_events import draw_imported_symbol
from desktop.render.labels import label_font
from desktop.render.transform import MapTransform
from geodata.coverage import control_gap
from geodata.model import EVENT_KIND_LABELS, EVENT_KINDS, single_low_grade
from geodata.names import party_name_in
from geodata.view_filter import event_index

_SYMBOL_W = 22.0  # style pixels
_ROW_GAP = 3.0
_PAD = 8.0
_MAX_TEXT_W = 190.0


@dataclass(frozen=True)
class LegendEntry:
    label: str
    symbol: str  # fill | hatch | road | corridor | marker | low_grade | imported | cluster | note
    colour: QColor = field(default_factory=QColor)
    kind: str = ""


@dataclass(frozen=True)
class LegendSection:
    title: str
    entries: tuple[LegendEntry, ...]


# geodata's EVENT_KIND_LABELS, marked for lupdate; kind_label translates them where shown.
_KIND_LABELS_FOR_TRANSLATION = (
    QT_TRANSLATE_NOOP("EventKindLabel", "Meeting / talks"),
    QT_TRANSLATE_NOOP("EventKindLabel", "Visit"),
    QT_TRANSLATE_NOOP("EventKindLabel", "Agreement"),
    QT_TRANSLATE_NOOP("EventKindLabel", "Military operation"),
    QT_TRANSLATE_NOOP("EventKindLabel", "Statement"),
    QT_TRANSLATE_NOOP("EventKindLabel", "Incident"),
    QT_TRANSLATE_NOOP("EventKindLabel", "Other event"),
)


def kind_label(kind: str) -> str:
    """An event kind's legend label in the interface language."""
    return QCoreApplication.translate("EventKindLabel", EVENT_KIND_LABELS.get(kind, kind))


def fmt_day(day) -> str:
    return day_text(day, short=True)


def _compare_section(ctx: RenderContext) -> LegendSection | None:
    """Compare mode: who gained ground between the two days (hatched in the gainer's colour)."""
    from geodata.control.compare import gains_between

    view, control = ctx.view, ctx.atlas.control
    if control is None or view.compare_from is None or view.compare_from == view.as_of:
        return None
    early, late = sorted((view.compare_from, view.as_of))
    gainers = dict.fromkeys(g.gainer for g in gains_between(control, early, late))
    entries = [
        LegendEntry(control.name_on(g, late), "hatch", controller_colour(ctx, g)) for g in gainers
    ] or [LegendEntry("No ground changed hands", "note")]
    return LegendSection(f"Gained since {fmt_day(early)}", tuple(entries))


def legend_sections(ctx: RenderContext) -> list[LegendSection]:
    """The legend for a view: controllers in force on its date, lines, event kinds shown."""
    atlas, view = ctx.atlas, ctx.view
    hidden = ctx.hidden_layers | view.hidden_layers
    sections: list[LegendSection] = []
    if atlas is None:
        return sections
    if "zones" not in hidden:
        zones = atlas.zones_at(view.as_of)
        entries: list[LegendEntry] = []
        seen: set[str] = set()
        for zone in sorted(zones, key=lambda z: -z.geometry.area):
            if zone.controller in seen:
                continue
            seen.add(zone.controller)
            party = atlas.parties.get(zone.controller)
            entries.append(
                LegendEntry(
                    (
                        party_name_in(zone.controller, current_language())
                        or party.name_on(view.as_of)
                    )
                    if party
                    else zone.controller,
                    "hatch" if zone.controller == "unknown" else "fill",
                    controller_colour(ctx, zone.controller),
                )
            )
        if any(z.contested for z in zones):
            entries.append(
                LegendEntry(
                    QCoreApplication.translate("Legend", "Contested (hatched)"),
                    "hatch",
                    QColor("#777777"),
                )
            )
        if any(single_low_grade(z.sources) for z in zones):  # outlined in red dashes
            entries.append(
                LegendEntry(
                    QCoreApplication.translate("Legend", "Rests only on low-grade sources"),
                    "low_grade",
                )
            )
        if not zones:
            entries.append(
                LegendEntry(
                    QCoreApplication.translate("Legend", "No control data for this date"),
                    "note",
                )
            )
        else:
            entries.append(
                LegendEntry(
                    QCoreApplication.translate("Legend", "Boundaries approximate"),
                    "note",
                )
            )
        sections.append(
            LegendSection(
                QCoreApplication.translate("Legend", "Control as of {date}").format(
                    date=fmt_day(view.as_of)
                ),
                tuple(entries),
            )
        )
        compare = _compare_section(ctx)
        if compare is not None:
            sections.append(compare)
    features = atlas.features_at(view.as_of)
    lines: list[LegendEntry] = []
    if "m4" not in hidden and any(f.kind == "road" for f in features):
        lines.append(
            LegendEntry(
                QCoreApplication.translate("Legend", "M4 motorway"),
                "road",
                style.M4_LINE,
            )
        )
    if "m4_corridor" not in hidden and any(f.kind == "corridor" for f in features):
        lines.append(
            LegendEntry(
                QCoreApplication.translate("Legend", "2020 M4 security corridor"),
                "corridor",
                style.CORRIDOR_LINE,
            )
        )
    if lines:
        sections.append(LegendSection(QCoreApplication.translate("Legend", "Lines"), tuple(lines)))
    index = event_index(atlas)
    rows = index.rows(view)
    rows = rows[index.has_point[rows]]
    markers: tuple[LegendEntry, ...] = ()
    if "events" not in hidden:
        talks = rows[index.bundled[rows]]
        # bincount, not np.unique: that imports numpy.ma (~8 ms) on the first paint.
        counts = np.bincount(index.kind[talks], minlength=len(index.kind_names)).tolist()
        kinds = {name for name, count in zip(index.kind_names, counts, strict=True) if count}
        markers = tuple(
            LegendEntry(kind_label(k), "marker", KIND_COLOURS.get(k, KIND_COLOURS["other"]), k)
            for k in EVENT_KINDS
            if k in kinds
        )
        if any(single_low_grade(e.sources) for e in index.events_at(talks)):
            low = QCoreApplication.translate("Legend", "Rests only on low-grade sources")
            markers += (LegendEntry(low, "low_grade"),)
    if markers:
        sections.append(LegendSection(QCoreApplication.translate("Legend", "Events"), markers))
    if IMPORTED_LAYER not in hidden and not index.bundled[rows].all():
        title = QCoreApplication.translate("Legend", "Imported events")
        sections.append(LegendSection(title, _imported_entries(index, rows)))
    return sections


def _imported_entries(index, rows: np.ndarray) -> tuple[LegendEntry, ...]:
    """One entry per kind among the imported events in view, and the cluster symbol."""
    imported = rows[~index.bundled[rows]]
    counts = np.bincount(index.kind[imported], minlength=len(index.kind_names)).tolist()
    kinds = {name for name, count in zip(index.kind_names, counts, strict=True) if count}
    entries = tuple(
        LegendEntry(kind_label(k), "imported", kind=k) for k in EVENT_KINDS if k in kinds
    )
    cluster = QCoreApplication.translate("Legend", "Cluster (number of events)")
    return entries + (LegendEntry(cluster, "cluster"),)


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
        rows.append((section, None, title_m.height()))
        width = max(width, title_m.horizontalAdvance(section.title))
        height += title_m.height() + _ROW_GAP * unit
        for entry in section.entries:
            text_w = text_width * unit
            rect = text_m.boundingRect(
                QRectF(0, 0, text_w, 1000 * unit), int(Qt.TextFlag.TextWordWrap), entry.label
            )
            indent = 0.0 if entry.symbol == "note" else _SYMBOL_W * unit
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
) -> QRectF:
    """Paint the legend with its top-left corner at ``origin``; returns the box it used.

    ``background=False`` leaves out the rounded white box (for a panel that has its own).
    """
    if not sections:
        return QRectF(origin, QSizeF(0, 0))
    rows, size, title_font, text_font = _layout(sections, unit, text_width)
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
                QRectF(x, y, box.width(), row_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                _section.title,
            )
        else:
            _draw_entry(
                painter, entry, QRectF(x, y, box.right() - x - _PAD * unit, row_h), unit, text_font
            )
        y += row_h + _ROW_GAP * unit
    painter.restore()
    return box


def _round_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _draw_entry(painter: QPainter, entry: LegendEntry, rect: QRectF, unit: float, font) -> None:
    symbol = QRectF(
        rect.left(),
        rect.top() + (min(rect.height(), 14 * unit) - 12 * unit) / 2,
        16 * unit,
        12 * unit,
    )
    mid_y = symbol.center().y()
    if entry.symbol in ("fill", "hatch"):
        fill = QColor(entry.colour)
        fill.setAlpha(style.ZONE_FILL_ALPHA + 40)
        pattern = (
            Qt.BrushStyle.BDiagPattern if entry.symbol == "hatch" else Qt.BrushStyle.SolidPattern
        )
        painter.setBrush(QBrush(fill if entry.symbol == "fill" else entry.colour, pattern))
        painter.setPen(QPen(QColor(entry.colour).darker(150), 1.0 * unit, Qt.PenStyle.DashLine))
        painter.drawRect(symbol)
    elif entry.symbol == "road":
        painter.setPen(_round_pen(style.M4_CASING, 5 * unit))
        painter.drawLine(QPointF(symbol.left(), mid_y), QPointF(symbol.right(), mid_y))
        painter.setPen(_round_pen(style.M4_LINE, 2.8 * unit))
        painter.drawLine(QPointF(symbol.left(), mid_y), QPointF(symbol.right(), mid_y))
    elif entry.symbol == "corridor":
        painter.setBrush(style.CORRIDOR_FILL)
        painter.setPen(QPen(style.CORRIDOR_LINE, 1.2 * unit, Qt.PenStyle.DashLine))
        painter.drawRect(symbol.adjusted(0, 2 * unit, 0, -2 * unit))
    elif entry.symbol == "marker":
        painter.setPen(QPen(QColor("white"), 1.5 * unit))
        painter.setBrush(entry.colour)
        painter.drawPath(marker_path(entry.kind, 12 * unit).translated(symbol.center()))
    elif entry.symbol == "low_grade":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(LOW_GRADE_PEN(unit))
        painter.drawEllipse(symbol.center(), 6 * unit, 6 * unit)
    elif entry.symbol == "imported":
        draw_imported_symbol(painter, entry.kind, symbol.center(), unit)
    elif entry.symbol == "cluster":
        painter.setPen(QPen(style.IMPORTED_RING, 1.2 * unit))
        painter.setBrush(style.IMPORTED_CLUSTER)
        painter.drawEllipse(symbol.center(), 6.5 * unit, 6.5 * unit)
        painter.setFont(label_font(7 * unit, bold=True))
        painter.setPen(style.IMPORTED_COUNT)
        painter.drawText(symbol, int(Qt.AlignmentFlag.AlignCenter), "12")
    indent = 0.0 if entry.symbol == "note" else _SYMBOL_W * unit
    painter.setFont(font)
    colour = QColor("#6b665c") if entry.symbol == "note" else style.OVERLAY_TEXT
    if entry.symbol == "note":
        font = QFont(font)
        font.setItalic(True)
        painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(
        QRectF(rect.left() + indent, rect.top(), rect.width() - indent, rect.height()),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
        entry.label,
    )


class LegendOverlay:
    """The legend in the lower-left corner of the map, above the scale bar."""

    id, title = "legend", "Legend"

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        sections = legend_sections(ctx)
        if not sections:
            return
        unit = ctx.unit
        size = legend_size(sections, unit)
        bottom = transform.height - 56 * unit  # the scale bar sits below
        top = max(10 * unit, bottom - size.height())
        draw_legend(painter, QPointF(10 * unit, top), sections, unit)


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
        text = gap.message()
        font = label_font(12.5 * unit, bold=True)
        metrics = QFontMetricsF(font)
        w = metrics.horizontalAdvance(text) + 28 * unit
        h = metrics.height() + 14 * unit
        box = QRectF((transform.width - w) / 2, 12 * unit, w, h)
        painter.save()
        painter.setPen(QPen(QColor("#b0562a"), 1.2 * unit))
        painter.setBrush(QColor(255, 246, 230, 235))
        painter.drawRoundedRect(box, 5 * unit, 5 * unit)
        painter.setFont(font)
        painter.setPen(QColor("#8a3b12"))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
