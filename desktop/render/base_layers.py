"""The reference map under everything: sea, countries, governorates, lakes and rivers."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.paths import PathCache
from desktop.render.transform import MapTransform
from geodata.extent import CONTEXT_BOUNDS
from geodata.projection import mercator_bounds


def _cosmetic_pen(colour, width: float, style_=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)  # width in device pixels, whatever the map scale
    pen.setStyle(style_)
    # Round joins and caps only where they show: on thin or dashed lines they look the same
    # as bevels and flat ends but make Qt's stroker two to three times slower.
    rounded = width >= 2.5 and style_ == Qt.PenStyle.SolidLine
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin if rounded else Qt.PenJoinStyle.BevelJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if rounded else Qt.PenCapStyle.FlatCap)
    return pen


class _FeatureLayer:
    """A layer drawn from one basemap layer, with paths built on first use."""

    source = ""

    def __init__(self) -> None:
        self._caches: list[tuple[PathCache, dict]] | None = None

    def _features(self, ctx: RenderContext) -> list[tuple[PathCache, dict]]:
        if self._caches is None:
            self._caches = [
                (PathCache(f.geometry), dict(f.properties))
                for f in ctx.basemap.get(self.source, ())
            ]
        return self._caches


class SeaLayer:
    id, title = "sea", "Sea"

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        # Sea wherever the countries layer reaches (the land is drawn over it); beyond that
        # nothing is known, so a plain paper tone (a sea colour would turn land into water).
        # No frame the window allows reaches it; a very tall export page might.
        painter.fillRect(0, 0, transform.width, transform.height, style.NO_DATA)
        min_x, min_y, max_x, max_y = mercator_bounds(CONTEXT_BOUNDS)
        top_left = transform.to_screen(min_x, max_y)
        bottom_right = transform.to_screen(max_x, min_y)
        painter.fillRect(QRectF(top_left, bottom_right), style.SEA)


def _is_occupied(props) -> bool:
    """The occupied Golan: Syrian territory, drawn as part of Syria with an occupation hatch."""
    return props.get("kind") == "occupied"


class CountriesLayer(_FeatureLayer):
    """Land: the neighbours, Syria and the occupied Golan, filled, then (with ``borders``) their
    borders and the Golan's occupation hatch.

    In the map's stack the borders are a layer of their own (:class:`CountryBordersLayer`)
    drawn over the control zones, whose fills are then opaque (see ``style.zone_fill``): a
    translucent fill over the whole of Syria cost ~4 ms a frame, an opaque one ~0.6 ms.
    """

    id, title, source = "countries", "Countries", "countries"

    def __init__(self, borders: bool = True) -> None:
        super().__init__()
        self.borders = borders

    def _groups(self, ctx: RenderContext):
        features = self._features(ctx)
        neighbours = [
            cache
            for cache, props in features
            if props.get("iso_a3") != "SYR" and not _is_occupied(props)
        ]
        syria = [cache for cache, props in features if props.get("iso_a3") == "SYR"]
        occupied = [cache for cache, props in features if _is_occupied(props)]
        return neighbours, syria, occupied

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        neighbours, syria, occupied = self._groups(ctx)
        painter.save()
        # Syria last, so the Golan (inside Syria's polygon) is never painted over as a
        # neighbour.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(style.LAND_NEIGHBOUR))
        for cache in neighbours:
            painter.drawPath(cache.device_path(transform))
        painter.setBrush(QBrush(style.LAND_SYRIA))
        for cache in syria + occupied:
            painter.drawPath(cache.device_path(transform))
        painter.restore()
        if self.borders:
            self.paint_borders(painter, transform, ctx)

    def paint_borders(self, painter: QPainter, transform: MapTransform, ctx: RenderContext):
        """Borders over the fills (each shared border drawn once) and the occupation hatch."""
        neighbours, syria, occupied = self._groups(ctx)
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_cosmetic_pen(style.BORDER_NEIGHBOUR, 0.8 * ctx.unit))
        for cache in neighbours:
            painter.drawPath(cache.device_path(transform))
        painter.setPen(_cosmetic_pen(style.BORDER_SYRIA, 1.6 * ctx.unit))
        for cache in syria:
            painter.drawPath(cache.device_path(transform))
        painter.restore()
        for cache in occupied:
            draw_occupation(painter, transform, cache.device_path(transform), ctx.unit)


class CountryBordersLayer:
    """The countries' borders and the Golan's occupation hatch, over the control zones."""

    id, title = "borders", "Borders"

    def __init__(self, countries: CountriesLayer) -> None:
        self._countries = countries

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        self._countries.paint_borders(painter, transform, ctx)


def draw_occupation(painter: QPainter, transform: MapTransform, device_path, unit: float) -> None:
    """A subtle diagonal hatch and a dashed outline over occupied Syrian territory.

    The hatch is drawn in style pixels (spacing and width times ``unit``), so a 300 DPI export
    shows the same pattern as the screen; Qt's pattern brushes are fixed in device pixels.
    Its lines are fixed to the map (spaced from a map-anchored origin and spanning the whole
    territory), so a view moved by whole pixels draws them where the moved picture has them.
    """
    full = device_path.boundingRect()
    bounds = full.intersected(QRectF(0, 0, transform.width, transform.height))
    if bounds.isEmpty():
        return
    painter.save()
    painter.setClipPath(device_path)
    painter.setPen(_cosmetic_pen(style.OCCUPIED_HATCH, 0.9 * unit))
    spacing = 6.0 * unit
    # Lines x + y = c, for every c (spaced from the map's origin) that crosses the frame.
    origin = transform.pattern_origin()
    phase = (origin.x() + origin.y()) % spacing
    first = bounds.left() + bounds.top()
    c = first - (first - phase) % spacing
    size = full.width() + full.height()
    while c < bounds.right() + bounds.bottom():
        x = c - full.bottom()
        painter.drawLine(QPointF(x, full.bottom()), QPointF(x + size, full.bottom() - size))
        c += spacing
    painter.setClipping(False)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_cosmetic_pen(style.OCCUPIED_LINE, 1.2 * unit, Qt.PenStyle.DashLine))
    painter.drawPath(device_path)
    painter.restore()


class GovernoratesLayer(_FeatureLayer):
    id, title, source = "governorates", "Governorates", "governorates"

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_cosmetic_pen(style.GOVERNORATE_LINE, 0.9 * ctx.unit, Qt.PenStyle.DashLine))
        for cache, _ in self._features(ctx):
            painter.drawPath(cache.device_path(transform))
        painter.restore()


class LakesLayer(_FeatureLayer):
    id, title, source = "lakes", "Lakes", "lakes"

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        painter.save()
        painter.setPen(_cosmetic_pen(style.WATER_LINE, 0.6 * ctx.unit))
        painter.setBrush(QBrush(style.WATER))
        for cache, _ in self._features(ctx):
            painter.drawPath(cache.device_path(transform))
        painter.restore()


class RiversLayer(_FeatureLayer):
    id, title, source = "rivers", "Rivers", "rivers"
    # Major rivers draw wider so the Euphrates reads as the line it is on the ground.
    _MAJOR = {"Euphrates", "Tigris"}

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for cache, props in self._features(ctx):
            width = 1.8 if props.get("name") in self._MAJOR else 1.0
            painter.setPen(_cosmetic_pen(style.WATER_LINE, width * ctx.unit))
            painter.drawPath(cache.device_path(transform))
        painter.restore()
