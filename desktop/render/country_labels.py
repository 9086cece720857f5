"""Neighbour-country names on the map, in the label language: muted context, never in Syria."""

from __future__ import annotations

import shapely
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from shapely.geometry import box as shapely_box
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from desktop.i18n import current_language
from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.text import draw_halo_text, label_font
from desktop.render.transform import MapTransform


def _lonlat_box(transform: MapTransform, box: QRectF):
    """A screen rectangle as a lon/lat rectangle (Web Mercator keeps rectangles rectangular)."""
    west, north = transform.screen_to_lonlat(box.left(), box.top())
    east, south = transform.screen_to_lonlat(box.right(), box.bottom())
    return shapely_box(west, south, east, north)


# Neighbour countries' names, marked for the catalogues (the base map carries English and
# Arabic; Turkish and Kurmanji come from the .ts files, where uncertain ones are marked REVIEW).
COUNTRY_NAMES = (
    QT_TRANSLATE_NOOP("CountryName", "Armenia"),
    QT_TRANSLATE_NOOP("CountryName", "Azerbaijan"),
    QT_TRANSLATE_NOOP("CountryName", "Cyprus"),
    QT_TRANSLATE_NOOP("CountryName", "Egypt"),
    QT_TRANSLATE_NOOP("CountryName", "Georgia"),
    QT_TRANSLATE_NOOP("CountryName", "Iran"),
    QT_TRANSLATE_NOOP("CountryName", "Iraq"),
    QT_TRANSLATE_NOOP("CountryName", "Israel"),
    QT_TRANSLATE_NOOP("CountryName", "Jordan"),
    QT_TRANSLATE_NOOP("CountryName", "Kuwait"),
    QT_TRANSLATE_NOOP("CountryName", "Lebanon"),
    QT_TRANSLATE_NOOP("CountryName", "Palestine"),
    QT_TRANSLATE_NOOP("CountryName", "Russia"),
    QT_TRANSLATE_NOOP("CountryName", "Saudi Arabia"),
    QT_TRANSLATE_NOOP("CountryName", "Turkey"),
    # The Palestine unit is named by its areas, as the search names them (geodata.place_region):
    # the atlas can source where a place lies, not whose state it is.
    QT_TRANSLATE_NOOP("CountryName", "West Bank"),
    QT_TRANSLATE_NOOP("CountryName", "Gaza Strip"),
)
#: Arabic area names for a label language other than the interface's (the base map carries
#: Arabic country names only).
_AREA_NAMES_AR = {"West Bank": "الضفة الغربية", "Gaza Strip": "قطاع غزة"}
#: West of this longitude a part of the Palestine unit is the Gaza Strip.
_GAZA_EAST = 34.6


def country_name(props, lang: str, area: str = "") -> str:
    """A country's map name in ``lang``: the catalogue's when ``lang`` is the interface
    language, else the base map's Arabic for Arabic, else English. ``area``: the name of the
    part labelled, where the part is named rather than the unit (the West Bank)."""
    english = area or str(props.get("name") or "")
    if area and lang == "ar" and lang != current_language():
        return _AREA_NAMES_AR.get(area, area)
    if lang != "en" and lang == current_language() and english:
        return QCoreApplication.translate("CountryName", english)
    if lang == "ar" and props.get("name_ar"):
        return str(props["name_ar"])
    return english


def _is_arabic_script(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text)


class CountryLabelsLayer:
    """Neighbour-country names, spaced capitals, muted: context, not content."""

    id, title = "country_labels", "Country names"
    #: Where a name may go, around the part's deepest point: (widths, line heights) off it.
    _SPOTS = ((0, 0), (0, -1.6), (0, 1.6), (-0.35, 0), (0.35, 0), (0, -3.2), (0, 3.2))

    def __init__(self) -> None:
        self._outlines: dict[int, BaseGeometry] = {}
        # per view (its lon/lat box): each country's part in view, where its name goes, and
        # the part grown a hair for the "wholly inside" test — the same for every frame of
        # play, which redraws the map in one view again and again
        self._placed: tuple[tuple, dict[int, tuple | None]] = ((), {})

    def _outline(self, feature) -> BaseGeometry:
        """A coarse outline (about 2 km): placing a name needs no detail; panning stays fast."""
        key = id(feature)
        if key not in self._outlines:
            self._outlines[key] = feature.geometry.simplify(0.02, preserve_topology=True)
        return self._outlines[key]

    def _part_in_view(self, feature, bounds: tuple) -> tuple | None:
        """(the largest part of the country in view, its deepest point, the part grown by
        1e-9 and prepared) or None when none of it is in view."""
        if self._placed[0] != bounds:
            self._placed = (bounds, {})
        placed = self._placed[1]
        if id(feature) in placed:
            return placed[id(feature)]
        visible = self._outline(feature).intersection(shapely_box(*bounds))
        polygons = [g for g in getattr(visible, "geoms", [visible]) if g.geom_type == "Polygon"]
        polygons = [g for g in polygons if not g.is_empty]
        entry = None
        if polygons:
            piece = max(polygons, key=lambda g: g.area)
            try:  # the point deepest inside the part in view
                point = polylabel(piece, max(piece.bounds[2] - piece.bounds[0], 1e-3) / 40)
            except Exception:  # GEOS refuses degenerate input
                point = piece.representative_point()
            grown = piece.buffer(1e-9)
            shapely.prepare(grown)
            entry = (piece, point, grown)
        placed[id(feature)] = entry
        return entry

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        spaced = label_font(12 * ctx.unit)
        spaced.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 130)
        # Arabic is cursive: spacing its letters would break their joins.
        plain = label_font(13 * ctx.unit)
        casing = QLocale(ctx.label_language)  # Turkish capitals: "TÜRKİYE", not "TÜRKIYE"
        bounds = tuple(transform.visible_lonlat_bounds())
        painter.save()
        for feature in ctx.basemap.get("countries", ()):
            # Syria is the subject, not context; the occupied Golan is part of Syria, not a country.
            if feature.properties.get("iso_a3") in ("SYR", ""):
                continue
            if feature.properties.get("kind", "country") != "country":
                continue
            # Label the part of the country in view, wholly inside it (never spilling into
            # Syria), clear of the town labels already drawn.
            part = self._part_in_view(feature, bounds)
            if part is None:
                continue
            _piece, point, grown = part
            area = ""
            if feature.properties.get("iso_a3") == "PSE":
                area = "Gaza Strip" if point.x < _GAZA_EAST else "West Bank"
            name = casing.toUpper(country_name(feature.properties, ctx.label_language, area))
            if not name:
                continue
            font = plain if _is_arabic_script(name) else spaced
            metrics = QFontMetricsF(font)
            anchor = transform.lonlat_to_screen(point.x, point.y)
            width = metrics.horizontalAdvance(name)
            screen = None
            for dx, dy in self._SPOTS:
                candidate = QPointF(anchor.x() + dx * width, anchor.y() + dy * metrics.height())
                box = QRectF(
                    candidate.x() - width / 2,
                    candidate.y() - metrics.ascent(),
                    width,
                    metrics.height(),
                )
                inside = box.left() >= 0 and box.right() <= transform.width
                inside = inside and box.top() >= 0 and box.bottom() <= transform.height
                if not inside or any(box.intersects(other) for other in ctx.label_boxes):
                    continue
                if not grown.covers(_lonlat_box(transform, box)):
                    continue  # part of the name would lie outside the country
                screen = candidate
                ctx.label_boxes.append(box)
                break
            if screen is None:
                continue
            draw_halo_text(
                painter,
                QPointF(screen.x() - width / 2, screen.y()),
                name,
                font,
                style.COUNTRY_LABEL,
                ctx,
            )
        painter.restore()
