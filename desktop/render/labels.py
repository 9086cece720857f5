"""Place labels: by importance, never overlapping, denser as the view zooms in."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from shapely.geometry import box as shapely_box
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.transform import MapTransform
from geodata.names import place_name_in
from geodata.projection import to_mercator

# Places the story is about (the atlas gazetteer) rank like a town of this size, so Saraqib or
# Tell Rifaat get a label before a larger but unrelated town.
STORY_PLACE_RANK = 90_000
# Towns without a population figure (Syrian district seats such as Ras al-Ain or Tell Abyad that
# GeoNames gives 0) rank like a small town: labelled once the view is zoomed in to ~75 m per
# pixel, and placed after every town with a known figure when labels compete for room.
UNKNOWN_POPULATION_RANK = 20_000


@dataclass(frozen=True)
class _Label:
    text: str
    arabic: str
    rank: float
    syrian: bool
    unknown_size: bool = False  # no population figure: placed after towns that have one
    local: tuple[tuple[str, str], ...] = ()  # (language, name): Turkish, Kurdish spellings

    def texts(self, lang: str) -> tuple[str, str]:
        """(main line, second line) in ``lang``: the name in that language where recorded,
        with the original script beside it (Arabic under a Latin name, the Latin name under
        an Arabic one)."""
        if lang == "ar" and self.arabic:
            return self.arabic, self.text
        return dict(self.local).get(lang, self.text), self.arabic


#: Hidden-layer id of the second line (View > Names in Both Scripts unticked).
SECOND_SCRIPT_LAYER = "second_script"


def label_font(size_px: float, bold: bool = False) -> QFont:
    font = QFont(style.FONT_FAMILY)
    font.setPixelSize(max(1, round(size_px)))
    font.setBold(bold)
    return font


def draw_halo_text(painter: QPainter, origin: QPointF, text: str, font: QFont, colour, ctx) -> None:
    """Text with a white halo so it reads over any fill; plain text in vector exports.

    On raster devices each label is drawn once into a sprite (halo stroke and glyph fill) and
    then blitted: stroking glyph outlines is the costliest part of a repaint otherwise.
    """
    if ctx.vector_text:
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(origin, text)
        return
    device = painter.device()
    dpr = device.devicePixelRatioF() if device is not None else 1.0
    sprite, offset_x, offset_y = _halo_sprite(
        text,
        font.family(),
        font.pixelSize(),
        font.bold(),
        font.letterSpacing(),
        QColor(colour).rgba(),
        round(ctx.unit, 4),
        dpr,
    )
    painter.drawPixmap(QPointF(origin.x() + offset_x, origin.y() + offset_y), sprite)


@lru_cache(maxsize=4096)
def _halo_sprite(
    text: str,
    family: str,
    pixel_size: int,
    bold: bool,
    spacing: float,
    rgba: int,
    unit: float,
    dpr: float,
) -> tuple[QPixmap, float, float]:
    """A label's pixmap (halo and text) and where its top-left sits relative to the baseline."""
    font = QFont(family)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    if spacing:
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, spacing)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, text)
    margin = 1.5 * unit + 1
    bounds = path.boundingRect().adjusted(-margin, -margin, margin, margin)
    left, top = math.floor(bounds.left()), math.floor(bounds.top())
    width, height = math.ceil(bounds.right()) - left, math.ceil(bounds.bottom()) - top
    sprite = QPixmap(max(1, round(width * dpr)), max(1, round(height * dpr)))
    sprite.setDevicePixelRatio(dpr)
    sprite.fill(QColor(0, 0, 0, 0))
    p = QPainter(sprite)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.translate(-left, -top)
    halo = QPen(style.LABEL_HALO, 3.0 * unit)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.strokePath(path, halo)
    p.fillPath(path, QBrush(QColor.fromRgba(rgba)))
    p.end()
    return sprite, float(left), float(top)


def place_rank(props) -> float:
    """A base-map place's label rank: its population, or a modest rank when it is unknown."""
    population = float(props.get("population") or 0)
    return population if population > 0 else UNKNOWN_POPULATION_RANK


def place_label(props) -> str:
    """The map text of a base-map place: its plain ``label`` ("Hamah"), else its name."""
    return str(props.get("label") or props.get("name") or "")


def style_metres_per_pixel(transform: MapTransform, unit: float = 1.0) -> float:
    """Ground metres per *style* pixel: the same on screen and in a 300 DPI export of it."""
    return transform.ground_metres_per_pixel() * unit


def min_label_rank(transform: MapTransform, unit: float = 1.0) -> float:
    """The smallest town (population or story rank) labelled at this zoom.

    Measured per style pixel, so an export at any DPI labels the same towns as the screen.
    """
    return style_metres_per_pixel(transform, unit) * 260  # whole region: cities; closer: towns


class PlaceLabelsLayer:
    id, title = "places", "Towns"

    def __init__(self) -> None:
        self.last_placed: list[str] = []  # the towns the last paint labelled (for tests)
        self._labels: list[_Label] | None = None
        self._xy: np.ndarray | None = None

    def _prepare(self, ctx: RenderContext) -> None:
        labels: list[_Label] = []
        lons: list[float] = []
        lats: list[float] = []
        seen: list[tuple[float, float]] = []
        for feature in ctx.basemap.get("places", ()):
            props = feature.properties
            labels.append(
                _Label(
                    place_label(props),
                    str(props.get("name_ar") or ""),
                    place_rank(props),
                    props.get("country", "SY") == "SY",
                    not props.get("population"),
                )
            )
            lons.append(feature.geometry.x)
            lats.append(feature.geometry.y)
            seen.append((feature.geometry.x, feature.geometry.y))
        if ctx.atlas is not None:
            for place in ctx.atlas.places.values():
                # A gazetteer town the base map already labels (same town, ~3 km) keeps the base
                # map's label, ranked as a story place so it shows as early as the others.
                # The nearest one: a border town has its Turkish twin within 3 km (Tell Abyad
                # and Akcakale), and the twin must not take the story town's rank.
                near = min(
                    (
                        (abs(place.lon - x) + abs(place.lat - y), i)
                        for i, (x, y) in enumerate(seen)
                        if abs(place.lon - x) < 0.03 and abs(place.lat - y) < 0.03
                    ),
                    default=(0.0, None),
                )[1]
                local = tuple(
                    (lang, name)
                    for lang in ("tr", "ku")
                    if (name := place_name_in(place, lang)) is not None
                )
                if near is not None:
                    base = labels[near]
                    rank = max(base.rank, STORY_PLACE_RANK)
                    labels[near] = _Label(base.text, base.arabic, rank, base.syrian, local=local)
                    continue
                if place.kind not in ("city", "town", "village", "town/border_crossing"):
                    continue
                labels.append(
                    _Label(place.name, place.name_ar, STORY_PLACE_RANK, True, local=local)
                )
                lons.append(place.lon)
                lats.append(place.lat)
        order = sorted(
            range(len(labels)),
            key=lambda i: (not labels[i].syrian, labels[i].unknown_size, -labels[i].rank),
        )
        self._labels = [labels[i] for i in order]
        xs, ys = to_mercator(np.asarray(lons, float)[order], np.asarray(lats, float)[order])
        self._xy = np.column_stack([xs, ys]) if len(order) else np.zeros((0, 2))

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        if self._labels is None:
            self._prepare(ctx)
        assert self._labels is not None and self._xy is not None
        unit = ctx.unit
        min_rank = min_label_rank(transform, unit)
        show_second = style_metres_per_pixel(transform, unit) < 250 and SECOND_SCRIPT_LAYER not in (
            ctx.hidden_layers | ctx.view.hidden_layers
        )
        rect = transform.visible_map_rect()
        visible = (
            (self._xy[:, 0] >= rect.left())
            & (self._xy[:, 0] <= rect.right())
            & (self._xy[:, 1] >= rect.top())
            & (self._xy[:, 1] <= rect.bottom())
        )
        self.last_placed = []
        # Fonts and metrics once per paint, not per label (they dominate this layer's cost).
        fonts = {big: label_font((13.5 if big else 11.5) * unit, bold=big) for big in (True, False)}
        font_metrics = {big: QFontMetricsF(font) for big, font in fonts.items()}
        arabic_font = label_font(10.5 * unit)
        arabic_metrics = QFontMetricsF(arabic_font)
        painter.save()
        for i in np.flatnonzero(visible):
            label = self._labels[i]
            if label.rank < min_rank or not label.text:
                continue
            big = label.rank >= 400_000
            font, metrics = fonts[big], font_metrics[big]
            point = transform.to_screen(*self._xy[i])
            main, second = label.texts(ctx.label_language)
            text_w = metrics.horizontalAdvance(main)
            height = metrics.height()
            arabic = second if show_second else ""  # the second line (Arabic, or the Latin)
            if arabic:
                text_w = max(text_w, arabic_metrics.horizontalAdvance(arabic))
                height += arabic_metrics.height()
            box = QRectF(point.x() + 5 * unit, point.y() - metrics.ascent() * 0.75, text_w, height)
            if box.right() > transform.width:  # near the right edge: label on the dot's left
                box.moveRight(point.x() - 5 * unit)
            if box.top() < 0 or box.bottom() > transform.height or box.left() < 0:
                continue  # a label cut by the frame reads as a different name
            padded = box.adjusted(-3 * unit, -2 * unit, 3 * unit, 2 * unit)
            # ctx.label_boxes holds the furniture's boxes and every label placed so far.
            if any(padded.intersects(other) for other in ctx.label_boxes):
                continue
            self.last_placed.append(label.text)
            ctx.label_boxes.append(
                padded.united(
                    QRectF(point.x() - 4 * unit, point.y() - 4 * unit, 8 * unit, 8 * unit)
                )
            )
            colour = style.LABEL_TEXT if label.syrian else style.COUNTRY_LABEL
            painter.setPen(QPen(style.LABEL_HALO, 1.0 * unit))
            painter.setBrush(QBrush(style.TOWN_DOT if label.syrian else style.COUNTRY_LABEL))
            radius = (3.2 if big else 2.4) * unit
            painter.drawEllipse(point, radius, radius)
            baseline = QPointF(box.left(), box.top() + metrics.ascent())
            draw_halo_text(painter, baseline, main, font, colour, ctx)
            if arabic:
                draw_halo_text(
                    painter,
                    QPointF(box.left(), baseline.y() + metrics.descent() + arabic_metrics.ascent()),
                    arabic,
                    arabic_font,
                    colour,
                    ctx,
                )
        painter.restore()


def _lonlat_box(transform: MapTransform, box: QRectF):
    """A screen rectangle as a lon/lat rectangle (Web Mercator keeps rectangles rectangular)."""
    west, north = transform.screen_to_lonlat(box.left(), box.top())
    east, south = transform.screen_to_lonlat(box.right(), box.bottom())
    return shapely_box(west, south, east, north)


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
        font = label_font(12 * ctx.unit)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 130)
        metrics = QFontMetricsF(font)
        bounds = tuple(transform.visible_lonlat_bounds())
        painter.save()
        for feature in ctx.basemap.get("countries", ()):
            name = str(feature.properties.get("name", "")).upper()
            # Syria is the subject, not context; the occupied Golan is part of Syria, not a country.
            if not name or feature.properties.get("iso_a3") in ("SYR", ""):
                continue
            if feature.properties.get("kind", "country") != "country":
                continue
            # Label the part of the country in view, wholly inside it (never spilling into
            # Syria), clear of the town labels already drawn.
            part = self._part_in_view(feature, bounds)
            if part is None:
                continue
            _piece, point, grown = part
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
