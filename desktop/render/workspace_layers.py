"""The user's imported zones, drawn as their own layer over the bundled control zones.

An imported zone gets a solid outline and a light hatch in its controller's colour, so it
reads as "someone's own map laid over the atlas" and never as one of the curated zones (those
have dashed outlines and a flat fill). Imported records are recognised by their id, which the
importer always writes as ``ws:<workspace>:<id in the file>``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter

from desktop.render import style
from desktop.render.base_layers import _cosmetic_pen
from desktop.render.context import RenderContext
from desktop.render.paths import PathCache
from desktop.render.transform import MapTransform

HATCH_ALPHA = 150


class ImportedZonesLayer:
    id, title = "imported_zones", "Imported zones"

    def __init__(self) -> None:
        # Keyed by (id, geometry): re-importing a file may change a zone under the same id.
        self._paths: dict[tuple[str, int], PathCache] = {}

    def _path(self, zone, transform: MapTransform):
        """The zone's path in device pixels (stroked there, like every other layer)."""
        key = (zone.id, id(zone.geometry))
        cache = self._paths.get(key)
        if cache is None:
            cache = self._paths[key] = PathCache(zone.geometry)
        return cache.device_path(transform)

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        if ctx.atlas is None:
            return
        zones = [z for z in ctx.atlas.zones_at(ctx.view.as_of) if z.imported]
        if not zones:
            return
        painter.save()
        painter.setBrushOrigin(transform.pattern_origin())  # the hatch moves with the map
        for zone in zones:
            colour = style.controller_colour(ctx.atlas, zone.controller)
            hatch = QColor(colour.darker(140))
            hatch.setAlpha(HATCH_ALPHA)
            path = self._path(zone, transform)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(hatch, Qt.BrushStyle.FDiagPattern))
            painter.drawPath(path)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_cosmetic_pen(QColor(255, 255, 255, 200), 3.2 * ctx.unit))
            painter.drawPath(path)
            painter.setPen(_cosmetic_pen(colour.darker(160), 1.8 * ctx.unit))
            painter.drawPath(path)
        painter.restore()
