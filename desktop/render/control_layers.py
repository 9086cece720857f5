"""The story over the base map: control zones by date, the M4, its 2020 corridor, selection."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen

from desktop.render import style
from desktop.render.base_layers import _cosmetic_pen
from desktop.render.context import RenderContext
from desktop.render.event_layer import LOW_GRADE_PEN
from desktop.render.paths import PathCache
from desktop.render.text import label_font
from desktop.render.transform import MapTransform


def controller_colour(ctx: RenderContext, controller: str) -> QColor:
    return style.controller_colour(ctx.atlas, controller)


class _GeometryCaches:
    """PathCaches keyed by record id and geometry, built the first time a record is drawn.

    Zones derived from the control records get a new id for each period of their day, while
    most keep their geometry object from one period to the next (the derivation reuses it):
    a path is found by that object too, so playing through a year rebuilds only what changed.
    The least recently drawn go beyond ``_LIMIT``."""

    _LIMIT = 256

    def __init__(self) -> None:
        self._caches: OrderedDict[int, tuple[object, PathCache]] = OrderedDict()

    def path(self, key: str, geometry, transform: MapTransform):
        """The record's path in device pixels for this view."""
        entry = self._caches.get(id(geometry))
        if entry is None or entry[0] is not geometry:
            entry = self._caches[id(geometry)] = (geometry, PathCache(geometry))
            if len(self._caches) > self._LIMIT:
                self._caches.popitem(last=False)
        else:
            self._caches.move_to_end(id(geometry))
        return entry[1].device_path(transform)


def related_zone_ids(ctx: RenderContext) -> set[str]:
    """Zones (as of the view date) that the selected event concerns."""
    if ctx.atlas is None or not ctx.view.selected_event:
        return set()
    event = ctx.atlas.event(ctx.view.selected_event)
    if event is None:
        return set()
    return {z.id for z in ctx.atlas.zones_concerned(event, ctx.view.as_of)}


class ZonesLayer:
    id, title = "zones", "Control zones"

    def __init__(self) -> None:
        self._paths = _GeometryCaches()

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        self.paint_map_bound(painter, transform, ctx)
        self.paint_frame_bound(painter, transform, ctx)

    def _zone_paths(self, transform: MapTransform, ctx: RenderContext):
        zones = ctx.atlas.bundled_zones_at(ctx.view.as_of)  # imported: their own layer
        return zones, {z.id: self._paths.path(z.id, z.geometry, transform) for z in zones}

    def paint_map_bound(
        self, painter: QPainter, transform: MapTransform, ctx: RenderContext
    ) -> None:
        """Fills and dashed outlines: part of the cached base map."""
        if ctx.atlas is None:
            return
        zones, paths = self._zone_paths(transform, ctx)
        painter.save()
        painter.setBrushOrigin(transform.pattern_origin())  # contested hatches move with the map
        painter.setPen(Qt.PenStyle.NoPen)
        for zone in zones:
            colour = controller_colour(ctx, zone.controller)
            if zone.contested:  # a hatch over the zones it is disputed between
                hatch = QColor(colour)
                hatch.setAlpha(style.ZONE_FILL_ALPHA)
                painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            else:
                painter.setBrush(QBrush(style.zone_fill(colour)))
            painter.drawPath(paths[zone.id])
        # Boundaries dashed: they are reconstructed from reports, not surveyed. One device
        # pixel wide on screen: Qt's raster engine strokes such cosmetic lines on a fast path
        # (~0.2 ms for every zone's outline, against ~3.5 ms at 1.1 pixels).
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for zone in zones:
            outline = controller_colour(ctx, zone.controller).darker(150)
            painter.setPen(_cosmetic_pen(outline, ctx.unit, Qt.PenStyle.DashLine))
            painter.drawPath(paths[zone.id])
        # A zone resting only on low-grade sources: the red dashes of a low-grade event's ring
        # (the legend and the panel say so too).
        low_grade = [z for z in zones if z.low_grade]
        if low_grade:
            painter.setPen(LOW_GRADE_PEN(ctx.unit))
            for zone in low_grade:
                painter.drawPath(paths[zone.id])
        painter.restore()

    def paint_frame_bound(
        self, painter: QPainter, transform: MapTransform, ctx: RenderContext
    ) -> None:
        """The selected, hovered and related zones' outlines, over the whole base map: drawn
        fresh every frame, so pointing at another zone or clicking one never draws the base
        again."""
        if ctx.atlas is None:
            return
        related = related_zone_ids(ctx)
        marked = related | {ctx.view.selected_zone, ctx.hover_zone}
        zones = [z for z in ctx.atlas.bundled_zones_at(ctx.view.as_of) if z.id in marked]
        if not zones:
            return
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for zone in zones:
            path = self._paths.path(zone.id, zone.geometry, transform)
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
    """An agreed area in force on the day: the 2020 M4 corridor (and, as ``DmzLayer``, the 2018
    demilitarised zone), drawn over the zones with a dashed edge."""

    id, title = "m4_corridor", "2020 M4 security corridor"
    kind = "corridor"  # the features (MapFeature.kind) this layer draws
    line_width = 1.2  # px at unit 1, dashed

    def __init__(self) -> None:
        self._paths = _GeometryCaches()

    def brush(self) -> QBrush:
        return QBrush(style.CORRIDOR_FILL)

    def line_colour(self) -> QColor:
        return style.CORRIDOR_LINE

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        if ctx.atlas is None:
            return
        related = selected_feature_ids(ctx)
        painter.save()
        for feature in ctx.atlas.features_at(ctx.view.as_of):
            if feature.kind != self.kind:
                continue
            highlighted = feature.id in related
            path = self._paths.path(feature.id, feature.geometry, transform)
            painter.setBrush(self.brush())
            if highlighted:
                # Marked as related zones are, by a yellow casing; the fill stays its own light
                # tint: a yellow (or stronger) fill over a holder's colour read as another
                # party's (over HTS green, the olive of the non-HTS opposition).
                painter.setPen(_cosmetic_pen(style.HIGHLIGHT, 5.0 * ctx.unit))
                painter.drawPath(path)
                painter.setBrush(Qt.BrushStyle.NoBrush)  # filled once
            width = (2.2 if highlighted else self.line_width) * ctx.unit
            painter.setPen(_cosmetic_pen(self.line_colour(), width, Qt.PenStyle.DashLine))
            painter.drawPath(path)
        painter.restore()


class DmzLayer(CorridorLayer):
    """The Sochi memorandum's demilitarised zone (17 Sep 2018 - 4 Mar 2020), computed."""

    id, title = "sochi_dmz", "2018 demilitarised zone (Sochi)"
    kind = "dmz"
    line_width = 2.0  # a light fill over the zones: the edge carries it

    def brush(self) -> QBrush:
        return QBrush(style.DMZ_FILL)

    def line_colour(self) -> QColor:
        return style.DMZ_LINE


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
        self._stretch_day = None
        self._stretch_cache: list = []
        self.last_shields: list[QRectF] = []  # the boxes the last paint's shields took

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        """The line alone: its shields are :class:`RoadShieldsLayer`, over the town labels."""
        self.paint_map_bound(painter, transform, ctx)

    def _roads(self, ctx: RenderContext) -> list:
        if ctx.atlas is None:
            return []
        return [f for f in ctx.atlas.features_at(ctx.view.as_of) if f.kind == "road"]

    def paint_map_bound(self, painter: QPainter, transform: MapTransform, ctx: RenderContext):
        """The cased line (the canvas may cache it: it moves with the map)."""
        related = selected_feature_ids(ctx)
        unit = ctx.unit
        for feature in self._roads(ctx):
            path = self._paths.path(feature.id, feature.geometry, transform)
            painter.save()
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if feature.id in related:
                painter.setPen(_cosmetic_pen(style.HIGHLIGHT, 9.0 * unit))
                painter.drawPath(path)
            stretches = self._stretches(ctx, feature) if ctx.m4_by_controller else []
            casing = (style.M4_STRETCH_CASING, 6.4) if stretches else (style.M4_CASING, 5.0)
            painter.setPen(_cosmetic_pen(casing[0], casing[1] * unit))
            painter.drawPath(path)
            if not stretches:
                painter.setPen(_cosmetic_pen(style.M4_LINE, 2.8 * unit))
                painter.drawPath(path)
            for key, controller, line in stretches:
                colour = controller_colour(ctx, controller) if controller else style.NO_CONTROL_M4
                painter.setPen(_cosmetic_pen(colour, 4.0 * unit))
                painter.drawPath(self._paths.path(key, line, transform))
            painter.restore()

    def _stretches(self, ctx: RenderContext, feature) -> list[tuple[str, str | None, object]]:
        """(cache key, controller, line) for each stretch of the road on the as-of date."""
        if ctx.atlas is None or feature.id != "m4":
            return []
        day = ctx.view.as_of
        if self._stretch_day != day:
            from geodata.analysis import m4_stretch_lines

            segments = ctx.atlas.m4_breakdown(day)
            lines = m4_stretch_lines(feature.geometry, segments)
            self._stretch_cache = [
                (f"m4@{day}#{i}", seg["controller"], line)
                for i, (seg, line) in enumerate(zip(segments, lines, strict=True))
                if not line.is_empty
            ]
            self._stretch_day = day
        return self._stretch_cache

    def draw_shields(self, painter: QPainter, transform: MapTransform, ctx) -> None:
        """Route shields at a few places along each road on screen, each slid along the road
        to where no label or furniture box is (a shield once covered "Jisr al-Shughur");
        their boxes join ``ctx.label_boxes`` so the zone labels keep clear of them."""
        self.last_shields = []
        for feature in self._roads(ctx):
            self._draw_shields(painter, transform, ctx, feature)

    def _draw_shields(self, painter: QPainter, transform: MapTransform, ctx, feature) -> None:
        unit = ctx.unit
        font = label_font(11 * unit, bold=True)
        text = "M4"
        metrics = QFontMetricsF(font)
        w, h = metrics.horizontalAdvance(text) + 8 * unit, metrics.height() + 2 * unit
        line = feature.geometry
        spacing_px = 380 * unit
        length_px = transform.pixels_per_metre * 110_000 * line.length  # ~m per degree
        count = max(1, min(8, int(length_px // spacing_px)))
        frame = QRectF(0, 0, transform.width, transform.height)
        drawn = 0
        painter.save()
        for k in range(count):
            spots = []
            for shift in _SHIELD_SHIFTS:
                at = (k + 0.5 + shift) / count
                if not 0 <= at <= 1:
                    continue
                point = line.interpolate(at, normalized=True)
                box = _centered_rect(transform.lonlat_to_screen(point.x, point.y), w, h)
                if frame.contains(box):
                    spots.append(box)
            pad = 2 * unit
            free = [
                b
                for b in spots
                if not any(b.adjusted(-pad, -pad, pad, pad).intersects(o) for o in ctx.label_boxes)
            ]
            # Every label in the way: the middle spot still names the road, if none has yet.
            last_chance = spots and k == count - 1 and not drawn
            box = free[0] if free else (spots[0] if last_chance else None)
            if box is None:
                continue
            drawn += 1
            taken = box.adjusted(-pad, -pad, pad, pad)
            ctx.label_boxes.append(taken)
            self.last_shields.append(taken)
            painter.setPen(QPen(Qt.GlobalColor.white, 1.5 * unit))
            painter.setBrush(style.M4_LINE)
            painter.drawRoundedRect(box, 3 * unit, 3 * unit)
            painter.setPen(Qt.GlobalColor.white)
            painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


#: Where a shield may go, as shares of the spacing between shields off its middle spot.
_SHIELD_SHIFTS = (0.0, 0.12, -0.12, 0.25, -0.25, 0.38, -0.38)


class RoadShieldsLayer:
    """The M4's route shields, drawn after the town and country labels (frame-bound: the
    canvas draws them over its cached base every frame)."""

    id, title = "m4", "M4 motorway"  # shown and hidden with the road

    def __init__(self, roads: RoadLayer) -> None:
        self._roads = roads

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        self._roads.draw_shields(painter, transform, ctx)


def _centered_rect(centre: QPointF, w: float, h: float) -> QRectF:
    return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)
