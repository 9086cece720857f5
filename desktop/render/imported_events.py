"""Imported (workspace) events: kind symbols where they are few, counted clusters where many.

Each event shows its kind (ACLED's event type mapped by :mod:`geodata.importers.kinds`) by the
same shape and colour as the talks' markers, smaller and with a dark rim, so a battle and a
protest differ at a glance and an imported incident never passes for one of the talks' events.

Up to a million events repaint in a few milliseconds: the points come from the atlas's columnar
index (see :mod:`desktop.render.event_clusters`), and each dot or cluster is a pre-rendered
sprite blitted with ``drawPixmap`` (no path is built per event). SVG and PDF exports get the
same picture as real vector circles and text.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.event_layer import KIND_COLOURS, marker_path
from desktop.render.text import label_font
from desktop.render.transform import MapTransform
from geodata.event_index import EventIndex
from geodata.view_filter import event_index

if TYPE_CHECKING:
    from desktop.render.event_clusters import EventPoints, Frame

LAYER_ID = "imported_events"
_RING = 1.4  # style pixels of white ring around dots and clusters
SYMBOL_SIZE = 9.5  # style pixels: an imported event's kind symbol (the talks' are 13)


def draw_imported_symbol(painter: QPainter, kind: str, centre: QPointF, unit: float) -> None:
    """One imported event's symbol: its kind's shape and colour, a dark rim inside a white one.

    Shared by the map, its sprites and the legend, so the key shows exactly what the map does.
    """
    path = marker_path(kind, SYMBOL_SIZE * unit).translated(centre)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(style.IMPORTED_RING, 3.2 * unit))
    painter.drawPath(path)
    painter.setPen(QPen(style.IMPORTED_RIM, 1.0 * unit))
    painter.setBrush(KIND_COLOURS.get(kind, KIND_COLOURS["other"]))
    painter.drawPath(path)


# Common kinds first, so a rare agreement or operation is drawn over a carpet of incidents.
_KIND_ORDER = {"incident": 0, "other": 1, "statement": 2, "visit": 3, "meeting": 4}


def imported_column(index: EventIndex) -> np.ndarray:
    """True for the events a workspace brought in (not the atlas's own talks events)."""
    return ~index.bundled


def format_count(count: int) -> str:
    """A cluster's count, short: 7, 950, 1.2k, 12k, 1.2M."""
    if count < 1000:
        return str(count)
    for divisor, suffix in ((1_000_000, "M"), (1_000, "k")):
        if count >= divisor:
            value = count / divisor
            return f"{value:.1f}{suffix}" if value < 10 else f"{value:.0f}{suffix}"
    return str(count)  # pragma: no cover


class ImportedEventsLayer:
    id, title = LAYER_ID, "Imported events"

    def __init__(self) -> None:
        self._points: EventPoints | None = None
        self._sprites: dict[tuple[float, float, str, float, str], QPixmap] = {}

    @property
    def points(self) -> EventPoints:
        """The imported events' points and bins (their module is imported when there are
        imported events to draw or hit: not for the first paint of the bundled data)."""
        if self._points is None:
            from desktop.render.event_clusters import EventPoints

            self._points = EventPoints(imported_column)
        return self._points

    def frame(self, atlas, view, transform: MapTransform, unit: float = 1.0) -> Frame | None:
        """What this layer shows on a view (cached for the last view): for painting and clicks."""
        if atlas is None:
            return None
        index = event_index(atlas)
        if index.bundled.all():
            return None
        return self.points.frame(index, view, transform, unit)

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        frame = self.frame(ctx.atlas, ctx.view, transform, ctx.unit)
        if frame is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        index = event_index(ctx.atlas)
        if ctx.vector_text:
            self._paint_vector(painter, frame, ctx.unit, index)
        else:
            self._paint_sprites(painter, frame, ctx.unit, index)
        self._paint_selection(painter, transform, ctx)
        painter.restore()

    # --- raster: sprites ------------------------------------------------------------------
    def _sprite(self, radius: float, dpr: float, text: str, unit: float, kind: str) -> QPixmap:
        """A kind symbol (``kind``) or a cluster with its count, drawn once and then blitted."""
        key = (round(radius * 2) / 2, dpr, text, unit, kind)
        sprite = self._sprites.get(key)
        if sprite is None:
            if len(self._sprites) > 4000:
                self._sprites.clear()
            r = key[0] if not kind else SYMBOL_SIZE * unit / 2
            ring = _RING * unit if text else 2.0 * unit
            half = math.ceil(r + ring + 1)
            sprite = QPixmap(round(2 * half * dpr), round(2 * half * dpr))
            sprite.setDevicePixelRatio(dpr)
            sprite.fill(QColor(0, 0, 0, 0))
            p = QPainter(sprite)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            if kind:
                draw_imported_symbol(p, kind, QPointF(half, half), unit)
            else:
                p.setPen(QPen(style.IMPORTED_RING, ring))
                p.setBrush(style.IMPORTED_CLUSTER)
                p.drawEllipse(QPointF(half, half), r, r)
                p.setFont(label_font(10 * unit, bold=True))
                p.setPen(style.IMPORTED_COUNT)
                p.drawText(
                    QRectF(0, 0, 2 * half, 2 * half), int(Qt.AlignmentFlag.AlignCenter), text
                )
            p.end()
            self._sprites[key] = sprite
        return sprite

    @staticmethod
    def _kinds(frame: Frame, index: EventIndex) -> list[str]:
        """The kind of each item's member event (a point's own kind)."""
        names = index.kind_names
        return [names[code] for code in index.kind[frame.member].tolist()]

    def _paint_sprites(
        self, painter: QPainter, frame: Frame, unit: float, index: EventIndex
    ) -> None:
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        draw = painter.drawPixmap
        kinds = self._kinds(frame, index)
        if not frame.clustered:
            # Events of one kind on the same pixel are drawn once; rarer kinds drawn last (on top).
            seen: set[tuple[int, int, str]] = set()
            xs = np.round(frame.px).astype(np.int64).tolist()
            ys = np.round(frame.py).astype(np.int64).tolist()
            for x, y, kind in sorted(
                zip(xs, ys, kinds, strict=True), key=lambda item: _KIND_ORDER.get(item[2], 0)
            ):
                if (x, y, kind) in seen:
                    continue
                seen.add((x, y, kind))
                sprite = self._sprite(0, dpr, "", unit, kind)
                half = sprite.width() / dpr / 2
                draw(QPointF(x - half, y - half), sprite)
            return
        order = np.argsort(frame.count, kind="stable")  # big clusters on top
        for i in order.tolist():
            count = int(frame.count[i])
            if count > 1:
                sprite = self._sprite(float(frame.radius[i]), dpr, format_count(count), unit, "")
            else:
                sprite = self._sprite(0, dpr, "", unit, kinds[i])
            half = sprite.width() / dpr / 2
            draw(QPointF(float(frame.px[i]) - half, float(frame.py[i]) - half), sprite)

    # --- vector: SVG and PDF --------------------------------------------------------------
    def _paint_vector(self, painter: QPainter, frame: Frame, unit: float, index) -> None:
        kinds = self._kinds(frame, index)
        for i in np.flatnonzero(frame.count <= 1).tolist():
            draw_imported_symbol(
                painter, kinds[i], QPointF(float(frame.px[i]), float(frame.py[i])), unit
            )
        font = label_font(10 * unit, bold=True)
        for i in np.flatnonzero(frame.count > 1).tolist():
            x, y, r = float(frame.px[i]), float(frame.py[i]), float(frame.radius[i])
            painter.setPen(QPen(style.IMPORTED_RING, _RING * unit))
            painter.setBrush(style.IMPORTED_CLUSTER)
            painter.drawEllipse(QPointF(x, y), r, r)
            painter.setFont(font)
            painter.setPen(style.IMPORTED_COUNT)
            painter.drawText(
                QRectF(x - r, y - r, 2 * r, 2 * r),
                int(Qt.AlignmentFlag.AlignCenter),
                format_count(int(frame.count[i])),
            )

    # --- the selected event ---------------------------------------------------------------
    def _paint_selection(self, painter: QPainter, transform: MapTransform, ctx) -> None:
        selected = ctx.view.selected_event
        event = ctx.atlas.event(selected) if selected else None
        if event is None or event.origin == "bundled" or event.lat is None or event.lon is None:
            return
        point = transform.lonlat_to_screen(event.lon, event.lat)
        unit = ctx.unit
        draw_imported_symbol(painter, event.kind, point, unit)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.HIGHLIGHT, 4 * unit))
        painter.drawEllipse(point, 10 * unit, 10 * unit)
        painter.setPen(QPen(style.SELECTION, 1.5 * unit))
        painter.drawEllipse(point, 10 * unit, 10 * unit)
