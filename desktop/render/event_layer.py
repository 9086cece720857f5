"""The talks' event markers: one symbol per kind, large and prominent.

Only the atlas's own (bundled) events: imported workspace events, which can number a million,
are drawn by :class:`desktop.render.imported_events.ImportedEventsLayer` in their own style.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.transform import MapTransform
from geodata.model import EVENT_KIND_COLOURS, single_low_grade
from geodata.view_filter import event_index

KIND_COLOURS = {kind: QColor(colour) for kind, colour in EVENT_KIND_COLOURS.items()}
MARKER_SIZE = 13.0  # px at unit 1: an event marker's width and height


def marker_box(point: QPointF, unit: float) -> QRectF:
    """The square an event marker takes round its point."""
    half = MARKER_SIZE / 2 * unit
    return QRectF(point.x() - half, point.y() - half, 2 * half, 2 * half)


def LOW_GRADE_PEN(unit: float) -> QPen:  # noqa: N802 - reads as the constant style it is
    """The dashed ring round an event whose only sources are low grade (SOURCES.md)."""
    pen = QPen(QColor("#a33"), 1.4 * unit, Qt.PenStyle.DashLine)
    pen.setCosmetic(False)
    return pen


def marker_path(kind: str, size: float) -> QPainterPath:
    """The symbol of an event kind, centred on (0, 0): shape tells the kind without colour."""
    r = size / 2
    path = QPainterPath()
    if kind == "meeting":
        path.addEllipse(QPointF(0, 0), r, r)
    elif kind == "visit":
        path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)]))
        path.closeSubpath()
    elif kind == "agreement":
        path.addRect(QRectF(-r * 0.85, -r * 0.85, 1.7 * r, 1.7 * r))
    elif kind == "operation":
        path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, r * 0.8), QPointF(-r, r * 0.8)]))
        path.closeSubpath()
    elif kind == "statement":  # a speech bubble: a rounded box with a tail
        path.addRoundedRect(QRectF(-r, -r * 0.8, 2 * r, 1.3 * r), r * 0.35, r * 0.35)
        path.addPolygon(
            QPolygonF([QPointF(-r * 0.5, r * 0.4), QPointF(-r * 0.6, r), QPointF(0, r * 0.4)])
        )
        path.setFillRule(Qt.FillRule.WindingFill)
    elif kind == "incident":
        w = r * 0.35
        path.addRect(QRectF(-r, -w, 2 * r, 2 * w))
        path.addRect(QRectF(-w, -r, 2 * w, 2 * r))
        path.setFillRule(Qt.FillRule.WindingFill)
    else:
        path.addEllipse(QPointF(0, 0), r * 0.7, r * 0.7)
    return path


class EventsLayer:
    id, title = "events", "Events"

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        if ctx.atlas is None:
            return
        unit = ctx.unit
        selected = ctx.view.selected_event
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        halo = QPen(QColor("white"), 1.5 * unit)
        selected_point: QPointF | None = None
        for event in bundled_visible_events(ctx.atlas, ctx.view):
            if event.lat is None or event.lon is None:
                continue
            point = transform.lonlat_to_screen(event.lon, event.lat)
            if not (
                -20 < point.x() < transform.width + 20 and -20 < point.y() < transform.height + 20
            ):
                continue
            if event.id == selected:
                selected_point = point
            path = marker_path(event.kind, MARKER_SIZE * unit).translated(point)
            # Town, date and area labels keep clear of the marker (drawn before them).
            ctx.label_boxes.append(marker_box(point, unit))
            painter.setPen(halo)
            painter.setBrush(QBrush(KIND_COLOURS.get(event.kind, KIND_COLOURS["other"])))
            painter.drawPath(path)
            if single_low_grade(event.sources):
                # A claim resting only on low-grade sources: a dashed ring (and the panel says so)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(LOW_GRADE_PEN(unit))
                painter.drawEllipse(point, 10 * unit, 10 * unit)
        if selected_point is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(style.HIGHLIGHT, 4 * unit))
            painter.drawEllipse(selected_point, 13 * unit, 13 * unit)
            painter.setPen(QPen(style.SELECTION, 1.5 * unit))
            painter.drawEllipse(selected_point, 13 * unit, 13 * unit)
        painter.restore()
        event = ctx.atlas.event(selected) if selected else None
        if event is not None and event.lat is not None and event.lon is not None:
            point = transform.lonlat_to_screen(event.lon, event.lat)
            if not (0 <= point.x() <= transform.width and 0 <= point.y() <= transform.height):
                box = draw_off_map_pointer(
                    painter, transform, point, event.place_name or event.title, unit
                )
                ctx.label_boxes.append(box)  # town and date labels keep clear of the tag


class EventLabelsLayer:
    """Each event's date beside its marker, on exports (``ctx.event_labels``): after the town
    labels, in the first of a few spots around the marker that no label holds, newest event
    first; an event with no free spot goes unlabelled rather than over another label."""

    id, title = "events", "Events"  # shown and hidden with the markers

    def __init__(self) -> None:
        self.last_placed: list[str] = []  # event ids the last paint labelled (for tests)
        self.last_boxes: list[QRectF] = []  # where their dates went

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        self.last_placed = []
        self.last_boxes = []
        if ctx.atlas is None or not ctx.event_labels:
            return
        from desktop.i18n import day_text
        from desktop.render.text import draw_halo_text, label_font

        unit = ctx.unit
        font = label_font(10 * unit, bold=True)
        metrics = QFontMetricsF(font)
        frame = QRectF(0, 0, transform.width, transform.height)
        gap = 9 * unit  # clear of the marker (its box and the 2 px pad: 8.5 px)
        for event in reversed(bundled_visible_events(ctx.atlas, ctx.view)):
            if event.lat is None or event.lon is None:
                continue
            point = transform.lonlat_to_screen(event.lon, event.lat)
            if not frame.contains(point):
                continue
            text = day_text(event.date)
            w, h = metrics.horizontalAdvance(text), metrics.height()
            spots = (
                QRectF(point.x() + gap, point.y() - h / 2, w, h),  # right
                QRectF(point.x() - gap - w, point.y() - h / 2, w, h),  # left
                QRectF(point.x() - w / 2, point.y() - gap - h, w, h),  # above
                QRectF(point.x() - w / 2, point.y() + gap, w, h),  # below
            )
            pad = 2 * unit
            box = next(
                (
                    b
                    for b in spots
                    if frame.contains(b)
                    and not any(
                        b.adjusted(-pad, -pad, pad, pad).intersects(o) for o in ctx.label_boxes
                    )
                ),
                None,
            )
            if box is None:
                continue
            ctx.label_boxes.append(box.adjusted(-pad, -pad, pad, pad))
            self.last_placed.append(event.id)
            self.last_boxes.append(box)
            colour = KIND_COLOURS.get(event.kind, KIND_COLOURS["other"]).darker(130)
            baseline = QPointF(box.left(), box.top() + metrics.ascent())
            draw_halo_text(painter, baseline, text, font, colour, ctx)


def bundled_visible_events(atlas, view) -> list:
    """The talks events (not imported ones) the view shows, oldest first."""
    index = event_index(atlas)
    rows = index.rows(view)
    return index.events_at(rows[index.bundled[rows]])


def draw_off_map_pointer(
    painter: QPainter, transform: MapTransform, point: QPointF, place: str, unit: float = 1.0
) -> QRectF:
    """A tag at the map edge pointing to a selected place that lies off the map (Moscow...);
    returns the tag's box."""
    from desktop.render.text import label_font

    w, h = transform.width, transform.height
    centre = QPointF(w / 2, h / 2)
    dx, dy = point.x() - centre.x(), point.y() - centre.y()
    margin = 34 * unit
    # Scale the direction so the tag sits just inside the edge it points through.
    scale = min(
        (w / 2 - margin) / abs(dx) if dx else float("inf"),
        (h / 2 - margin) / abs(dy) if dy else float("inf"),
    )
    anchor = QPointF(centre.x() + dx * scale, centre.y() + dy * scale)
    text = QCoreApplication.translate("EventLayer", "{place} (off map)").format(place=place)
    font = label_font(11 * unit, bold=True)
    metrics = QFontMetricsF(font)
    box = QRectF(0, 0, metrics.horizontalAdvance(text) + 34 * unit, metrics.height() + 10 * unit)
    box.moveCenter(anchor)
    box.moveLeft(min(max(box.left(), 6 * unit), w - box.width() - 6 * unit))
    box.moveTop(min(max(box.top(), 6 * unit), h - box.height() - 6 * unit))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(style.SELECTION, 1.2 * unit))
    painter.setBrush(style.HIGHLIGHT)
    painter.drawRoundedRect(box, 5 * unit, 5 * unit)
    # An arrow in the tag, pointing the way to the place.
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    tip_centre = QPointF(box.left() + 14 * unit, box.center().y())
    size = 6 * unit
    arrow = QPolygonF(
        [
            tip_centre + QPointF(ux * size, uy * size),
            tip_centre + QPointF(-ux * size - uy * size * 0.8, -uy * size + ux * size * 0.8),
            tip_centre + QPointF(-ux * size + uy * size * 0.8, -uy * size - ux * size * 0.8),
        ]
    )
    painter.setBrush(style.SELECTION)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon(arrow)
    painter.setFont(font)
    painter.setPen(style.SELECTION)
    painter.drawText(
        box.adjusted(26 * unit, 0, 0, 0),
        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
        text,
    )
    painter.restore()
    return box
