"""Zone labels: who holds each zone, written across it when it is big enough on screen."""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter
from shapely import box as shapely_box
from shapely.ops import polylabel

from desktop.i18n import party_display_name
from desktop.render.context import RenderContext
from desktop.render.control_layers import controller_colour
from desktop.render.labels import STORY_PLACE_RANK, place_rank
from desktop.render.text import label_font
from desktop.render.transform import MapTransform
from geodata.projection import to_mercator


def short_controller_name(ctx: RenderContext, controller: str) -> str:
    """ "HTS" for "Hay'at Tahrir al-Sham (HTS)"; the name itself when it has no abbreviation.
    The name the controller had on the view's day ("Syrian caretaker government" in Jan 2025)."""
    party = ctx.atlas.parties.get(controller) if ctx.atlas is not None else None
    name = (
        party_display_name(ctx.atlas, controller, ctx.view.as_of)
        if party is not None
        else controller
    )
    if name.endswith(")") and "(" in name:
        return name[name.rindex("(") + 1 : -1]
    return name


def _label_point(polygon):
    """Where a name sits best: the pole of inaccessibility (the point deepest inside), which
    keeps a name off a thin arm; any point inside where that cannot be worked out."""
    try:
        return polylabel(polygon, 0.01)
    except Exception:  # GEOS refuses empty or degenerate input
        return polygon.representative_point()


def _inside(lon: float, lat: float, bounds, inset: float) -> bool:
    """Whether a point lies in ``bounds``, at least ``inset`` (a share) from its edges."""
    west, south, east, north = bounds
    dx, dy = (east - west) * inset, (north - south) * inset
    return west + dx <= lon <= east - dx and south + dy <= lat <= north - dy


class ZoneLabelsLayer:
    """Who holds each zone, written across it when the zone is big enough on screen.

    A zone label never sits on a labelled town (Idlib city is in the middle of the Idlib
    pocket): it tries a few spots around the zone's centre and is left out if all are taken.
    """

    id, title = "zone_labels", "Zone labels"
    _OFFSETS = ((0, 0), (0, 1.6), (0, -1.6), (0, 3.2), (0, -3.2))  # in line heights

    _LIMIT = 512  # zone shapes whose label spot is kept

    def __init__(self) -> None:
        self._towns: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # x, y (m), rank
        # By geometry object, not zone id: a derived zone gets a new id each period but keeps
        # its shape object while unchanged, so playing a year places only the changed ones.
        # id(geometry) -> (geometry, its largest part simplified, (lon, lat, width in degrees))
        self._placed: OrderedDict[int, tuple[object, object, tuple[float, float, float]]] = (
            OrderedDict()
        )

    def _entry(self, zone):
        entry = self._placed.get(id(zone.geometry))
        if entry is not None and entry[0] is zone.geometry:
            self._placed.move_to_end(id(zone.geometry))
            return entry
        # the largest part, simplified (~1 km): placing a name needs no detail
        parts = getattr(zone.geometry, "geoms", [zone.geometry])
        largest = max(parts, key=lambda g: g.area)
        simple = largest.simplify(0.01, preserve_topology=True)
        largest = largest if simple.is_empty else simple
        point = _label_point(largest)
        min_x, _, max_x, _ = largest.bounds
        entry = (zone.geometry, largest, (point.x, point.y, max_x - min_x))
        self._placed[id(zone.geometry)] = entry
        if len(self._placed) > self._LIMIT:
            self._placed.popitem(last=False)
        return entry

    def _anchor(self, zone) -> tuple[float, float, float]:
        return self._entry(zone)[2]

    def _largest(self, zone):
        """The zone's largest part, simplified (~1 km): placing a name needs no detail."""
        return self._entry(zone)[1]

    def _visible_anchor(self, zone, view_bounds) -> tuple[float, float, float] | None:
        """The anchor of the zone's part in view, when its own anchor is out of the frame (a
        crop of the north must still name the government area it shows)."""
        visible = self._largest(zone).intersection(shapely_box(*view_bounds))
        pieces = getattr(visible, "geoms", [visible])
        polygons = [g for g in pieces if g.geom_type == "Polygon" and not g.is_empty]
        if not polygons:
            return None
        piece = max(polygons, key=lambda g: g.area)
        point = _label_point(piece)
        min_x, _, max_x, _ = piece.bounds
        return point.x, point.y, max_x - min_x

    def _town_points(self, ctx: RenderContext) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every town a label may sit on: Web Mercator x and y, and label rank (as arrays: a
        zoomed-in view tests each label spot against hundreds of towns)."""
        if self._towns is None:
            towns = [
                (f.geometry.x, f.geometry.y, place_rank(f.properties))
                for f in ctx.basemap.get("places", ())
            ]
            if ctx.atlas is not None:
                towns += [(p.lon, p.lat, STORY_PLACE_RANK) for p in ctx.atlas.places.values()]
            lons, lats, ranks = np.asarray(towns, float).reshape(-1, 3).T
            xs, ys = to_mercator(lons, lats)
            self._towns = (np.asarray(xs, float), np.asarray(ys, float), ranks.copy())
        return self._towns

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        if ctx.atlas is None or "zones" in (ctx.hidden_layers | ctx.view.hidden_layers):
            return
        from desktop.render.labels import min_label_rank
        from desktop.render.text import draw_halo_text

        unit = ctx.unit
        font = label_font(11 * unit, bold=True)
        font.setLetterSpacing(font.SpacingType.PercentageSpacing, 108)
        metrics = QFontMetricsF(font)
        pixels_per_degree = transform.pixels_per_metre * 111_320
        min_rank = min_label_rank(transform, unit)
        hidden_towns = "places" in (ctx.hidden_layers | ctx.view.hidden_layers)
        town_x, town_y, ranks = self._town_points(ctx)
        shown = ranks >= min_rank
        if hidden_towns:
            shown[:] = False
        s = transform.pixels_per_metre
        town_sx = transform.width / 2 + (town_x[shown] - transform.center_x) * s
        town_sy = transform.height / 2 - (town_y[shown] - transform.center_y) * s
        view_bounds = transform.visible_lonlat_bounds()
        # narrower than any name could be (two letters): not worth naming (most of the
        # small derived zones, skipped before their name is looked up)
        too_narrow = metrics.horizontalAdvance("MM") * 1.6 / pixels_per_degree
        painter.save()
        for zone in ctx.atlas.bundled_zones_at(ctx.view.as_of):
            lon, lat, width_deg = self._anchor(zone)
            if width_deg < too_narrow:
                continue
            if not _inside(lon, lat, view_bounds, 0.15):
                anchor = self._visible_anchor(zone, view_bounds)
                if anchor is None:
                    continue
                lon, lat, width_deg = anchor
            text = short_controller_name(ctx, zone.controller)
            text_w = metrics.horizontalAdvance(text)
            if width_deg * pixels_per_degree < text_w * 1.6:
                continue  # the zone is too small here to carry its name
            centre = transform.lonlat_to_screen(lon, lat)
            for dx, dy in self._OFFSETS:
                box = QRectF(0, 0, text_w, metrics.height())
                box.moveCenter(QPointF(centre.x() + dx, centre.y() + dy * metrics.height()))
                clear = box.adjusted(-6 * unit, -4 * unit, 60 * unit, 4 * unit)  # town + label
                on_town = (
                    (town_sx >= clear.left())
                    & (town_sx <= clear.right())
                    & (town_sy >= clear.top())
                    & (town_sy <= clear.bottom())
                )
                taken = any(clear.intersects(other) for other in ctx.label_boxes)
                if not on_town.any() and not taken:
                    break
            else:
                continue
            if not (
                0 < box.center().x() < transform.width and 0 < box.center().y() < transform.height
            ):
                continue
            ctx.label_boxes.append(box)
            colour = controller_colour(ctx, zone.controller).darker(230)
            origin = QPointF(box.left(), box.top() + metrics.ascent())
            draw_halo_text(painter, origin, text, font, colour, ctx)
        painter.restore()
