"""Imported (workspace) events: dots where they are few, counted clusters where they are many.

Up to a million events repaint in a few milliseconds: the points come from the atlas's columnar
index (see :mod:`desktop.render.event_clusters`), and each dot or cluster is a pre-rendered
sprite blitted with ``drawPixmap`` (no path is built per event). SVG and PDF exports get the
same picture as real vector circles and text.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.event_clusters import EventPoints, Frame
from desktop.render.labels import label_font
from desktop.render.transform import MapTransform
from geodata.event_index import EventIndex
from geodata.view_filter import event_index

LAYER_ID = "imported_events"
_RING = 1.4  # style pixels of white ring around dots and clusters


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
        self.points = EventPoints(imported_column)
        self._sprites: dict[tuple[float, float, str, float], QPixmap] = {}

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
        if ctx.vector_text:
            self._paint_vector(painter, frame, ctx.unit)
        else:
            self._paint_sprites(painter, frame, ctx.unit)
        self._paint_selection(painter, transform, ctx)
        painter.restore()

    # --- raster: sprites ------------------------------------------------------------------
    def _sprite(self, radius: float, dpr: float, text: str = "", unit: float = 1.0) -> QPixmap:
        """A dot (no text) or a cluster with its count, drawn once and then blitted."""
        key = (round(radius * 2) / 2, dpr, text, unit)
        sprite = self._sprites.get(key)
        if sprite is None:
            if len(self._sprites) > 4000:
                self._sprites.clear()
            r = key[0]
            ring = _RING * unit * (1.0 if text else 0.8)
            half = math.ceil(r + ring + 1)
            sprite = QPixmap(round(2 * half * dpr), round(2 * half * dpr))
            sprite.setDevicePixelRatio(dpr)
            sprite.fill(QColor(0, 0, 0, 0))
            p = QPainter(sprite)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            p.setPen(QPen(style.IMPORTED_RING, ring))
            p.setBrush(style.IMPORTED_CLUSTER if text else style.IMPORTED_EVENT)
            p.drawEllipse(QPointF(half, half), r, r)
            if text:
                p.setFont(label_font(10 * unit, bold=True))
                p.setPen(style.IMPORTED_COUNT)
                p.drawText(
                    QRectF(0, 0, 2 * half, 2 * half), int(Qt.AlignmentFlag.AlignCenter), text
                )
            p.end()
            self._sprites[key] = sprite
        return sprite

    def _paint_sprites(self, painter: QPainter, frame: Frame, unit: float) -> None:
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        draw = painter.drawPixmap
        if not frame.clustered:
            radius = float(frame.radius[0]) if len(frame.radius) else 1.0
            sprite = self._sprite(radius, dpr, unit=unit)
            half = sprite.width() / dpr / 2
            # Events on the same pixel are drawn once.
            pixels = np.unique(
                np.round(frame.px).astype(np.int64) * 65536 + np.round(frame.py).astype(np.int64)
            )
            for key in pixels.tolist():
                draw(QPointF(key // 65536 - half, key % 65536 - half), sprite)
            return
        order = np.argsort(frame.count, kind="stable")  # big clusters on top
        for i in order.tolist():
            count = int(frame.count[i])
            text = format_count(count) if count > 1 else ""
            sprite = self._sprite(float(frame.radius[i]), dpr, text, unit)
            half = sprite.width() / dpr / 2
            draw(QPointF(float(frame.px[i]) - half, float(frame.py[i]) - half), sprite)

    # --- vector: SVG and PDF --------------------------------------------------------------
    def _paint_vector(self, painter: QPainter, frame: Frame, unit: float) -> None:
        single = frame.count <= 1
        dots = QPainterPath()
        for x, y, r in zip(
            frame.px[single].tolist(),
            frame.py[single].tolist(),
            frame.radius[single].tolist(),
            strict=True,
        ):
            dots.addEllipse(QPointF(x, y), r, r)
        painter.setPen(QPen(style.IMPORTED_RING, _RING * 0.8 * unit))
        painter.setBrush(style.IMPORTED_EVENT)
        painter.drawPath(dots)
        font = label_font(10 * unit, bold=True)
        for i in np.flatnonzero(~single).tolist():
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
        painter.setBrush(style.IMPORTED_EVENT)
        painter.setPen(QPen(style.IMPORTED_RING, _RING * unit))
        painter.drawEllipse(point, 4.5 * unit, 4.5 * unit)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.HIGHLIGHT, 4 * unit))
        painter.drawEllipse(point, 10 * unit, 10 * unit)
        painter.setPen(QPen(style.SELECTION, 1.5 * unit))
        painter.drawEllipse(point, 10 * unit, 10 * unit)
