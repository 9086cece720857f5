"""The story over the base map: control zones by date, the M4, its 2020 corridor, selection."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen

from desktop.render import style
from desktop.render.base_layers import _cosmetic_pen
from desktop.render.context import RenderContext
from desktop.render.labels import label_font
from desktop.render.paths import PathCache
from desktop.render.transform import MapTransform


def controller_colour(ctx: RenderContext, controller: str) -> QColor:
    return style.controller_colour(ctx.atlas, controller)


class _GeometryCaches:
    """PathCaches keyed by record id, built the first time a record is drawn."""

    def __init__(self) -> None:
        self._caches: dict[str, PathCache] = {}

    def path(self, key: str, geometry, pixels_per_metre: float):
        cache = self._caches.get(key)
        if cache is None:
            cache = self._caches[key] = PathCache(geometry)
        return cache.path_for(pixels_per_metre)


def related_zone_ids(ctx: RenderContext) -> set[str]:
    """Zones (as of the view date) that the selected event concerns."""
    if ctx.atlas is None or not ctx.view.selected_event:
        return set()
    event = ctx.atlas.event(ctx.view.selected_event)
    if event is None:
        return set()
    areas = set(event.zone_ids)
    return {z.id for z in ctx.atlas.zones_at(ctx.view.as_of) if z.area in areas or z.id in areas}


class ZonesLayer:
    id, title = "zones", "Control zones"

    def __init__(self) -> None:
        self._paths = _GeometryCaches()

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        if ctx.atlas is None:
            return
        ppm = transform.pixels_per_metre
        zones = ctx.atlas.zones_at(ctx.view.as_of)
        related = related_zone_ids(ctx)
        painter.save()
        painter.setTransform(transform.qtransform(), True)
        for zone in zones:
            colour = controller_colour(ctx, zone.controller)
            fill = QColor(colour)
            fill.setAlpha(style.ZONE_FILL_ALPHA)
            brush = QBrush(
                fill, Qt.BrushStyle.BDiagPattern if zone.contested else Qt.BrushStyle.SolidPattern
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(brush)
            painter.drawPath(self._paths.path(zone.id, zone.geometry, ppm))
        # Boundaries dashed: they are reconstructed from reports, not surveyed.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for zone in zones:
            outline = controller_colour(ctx, zone.controller).darker(150)
            painter.setPen(_cosmetic_pen(outline, 1.1 * ctx.unit, Qt.PenStyle.DashLine))
            painter.drawPath(self._paths.path(zone.id, zone.geometry, ppm))
        for zone in zones:
            path = self._paths.path(zone.id, zone.geometry, ppm)
            if zone.id in related:
                painter.setPen(_cosmetic_pen(style.HIGHLIGHT, 5.0 * ctx.unit))
                painter.drawPath(path)
                painter.setPen(_cosmetic_pen(style.SELECTION, 1.5 * ctx.unit))
                painter.drawPath(path)
            if zone.id == ctx.view.selected_zone:
                painter.setPen(_cosmetic_pen(QColor(255, 255, 255, 230), 6.0 * ctx.unit))
                painter.drawPath(path)
                painter.setPen(_cosmetic_pen(style.SELECTION, 3.0 * ctx.unit))
                painter.drawPath(path)
            elif zone.id == ctx.hover_zone:
                painter.setPen(_cosmetic_pen(style.SELECTION, 1.6 * ctx.unit))
                painter.drawPath(path)
        painter.restore()


class CorridorLayer:
    id, title = "m4_corridor", "2020 M4 security corridor"

    def __init__(self) -> None:
        self._paths = _GeometryCaches()

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        if ctx.atlas is None:
            return
        related = selected_feature_ids(ctx)
        painter.save()
        painter.setTransform(transform.qtransform(), True)
        for feature in ctx.atlas.features_at(ctx.view.as_of):
            if feature.kind != "corridor":
                continue
            highlighted = feature.id in related
            painter.setBrush(
                QBrush(style.CORRIDOR_FILL if not highlighted else QColor(255, 212, 0, 120))
            )
            pen_colour = style.CORRIDOR_LINE if not highlighted else style.SELECTION
            painter.setPen(
                _cosmetic_pen(
                    pen_colour, (2.2 if highlighted else 1.2) * ctx.unit, Qt.PenStyle.DashLine
                )
            )
            painter.drawPath(
                self._paths.path(feature.id, feature.geometry, transform.pixels_per_metre)
            )
        painter.restore()


def selected_feature_ids(ctx: RenderContext) -> set[str]:
    if ctx.atlas is None or not ctx.view.selected_event:
        return set()
    event = ctx.atlas.event(ctx.view.selected_event)
    return set(event.feature_ids) if event is not None else set()


class RoadLayer:
    """The M4, cased so it stands out over any zone fill, with a route shield."""

    id, title = "m4", "M4 motorway"

    def __init__(self) -> None:
        self._paths = _GeometryCaches()

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        if ctx.atlas is None:
            return
        related = selected_feature_ids(ctx)
        unit = ctx.unit
        for feature in ctx.atlas.features_at(ctx.view.as_of):
            if feature.kind != "road":
                continue
            path = self._paths.path(feature.id, feature.geometry, transform.pixels_per_metre)
            painter.save()
            painter.setTransform(transform.qtransform(), True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if feature.id in related:
                painter.setPen(_cosmetic_pen(style.HIGHLIGHT, 9.0 * unit))
                painter.drawPath(path)
            painter.setPen(_cosmetic_pen(style.M4_CASING, 5.0 * unit))
            painter.drawPath(path)
            painter.setPen(_cosmetic_pen(style.M4_LINE, 2.8 * unit))
            painter.drawPath(path)
            painter.restore()
            self._draw_shields(painter, transform, ctx, feature)

    def _draw_shields(self, painter: QPainter, transform: MapTransform, ctx, feature) -> None:
        """Route shields at a few places along the road that are on screen."""
        unit = ctx.unit
        font = label_font(11 * unit, bold=True)
        text = "M4"
        metrics = QFontMetricsF(font)
        w, h = metrics.horizontalAdvance(text) + 8 * unit, metrics.height() + 2 * unit
        line = feature.geometry
        spacing_px = 380 * unit
        length_px = transform.pixels_per_metre * 110_000 * line.length  # ~m per degree
        count = max(1, min(8, int(length_px // spacing_px)))
        painter.save()
        for k in range(count):
            point = line.interpolate((k + 0.5) / count, normalized=True)
            screen = transform.lonlat_to_screen(point.x, point.y)
            if not (0 < screen.x() < transform.width and 0 < screen.y() < transform.height):
                continue
            box = _centered_rect(screen, w, h)
            painter.setPen(QPen(Qt.GlobalColor.white, 1.5 * unit))
            painter.setBrush(style.M4_LINE)
            painter.drawRoundedRect(box, 3 * unit, 3 * unit)
            painter.setPen(Qt.GlobalColor.white)
            painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


def _centered_rect(centre: QPointF, w: float, h: float) -> QRectF:
    return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)
