"""Place labels: by importance, never overlapping, denser as the view zooms in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QBrush,
    QFontMetricsF,
    QPainter,
    QPen,
)

from desktop.render import style
from desktop.render.context import RenderContext
from desktop.render.text import draw_halo_text, label_font
from desktop.render.transform import MapTransform
from geodata.label_names import LANGUAGES as GAZETTEER_LANGUAGES
from geodata.label_names import LabelNames
from geodata.projection import to_mercator

# Places the story is about (the atlas gazetteer) rank like a town of this size, so Saraqib or
# Tell Rifaat get a label before a larger but unrelated town.
STORY_PLACE_RANK = 90_000
# Towns without a population figure (Syrian district seats such as Ras al-Ain or Tell Abyad that
# GeoNames gives 0) rank like a small town: labelled once the view is zoomed in to ~75 m per
# pixel, and placed after every town with a known figure when labels compete for room.
UNKNOWN_POPULATION_RANK = 20_000


# Tuples, not frozen dataclasses: the first paint makes one of each per base-map town (~1,500),
# and a frozen dataclass is ~10x slower to make (~10 ms for them all).
class _NameLookup(NamedTuple):
    """Where a label's other-language names come from: an Arabic name given with the place
    (may be ""), else the gazetteers' names at (lon, lat) sharing one of ``spellings``."""

    arabic: str
    lon: float
    lat: float
    spellings: tuple[str, ...]


class _Label(NamedTuple):
    text: str
    rank: float
    syrian: bool
    unknown_size: bool = False  # no population figure: placed after towns that have one
    # The first lookup that gives an Arabic (Turkish/Kurdish) name gives it. Resolved when the
    # label is first drawn: a frame draws a few dozen of the ~1,500 towns, and folding every
    # spelling at the first paint cost more than drawing the labels.
    lookups: tuple[_NameLookup, ...] = ()
    arabic_original: bool = True  # the place's own name is Arabic (not a Turkish town's)


@dataclass(frozen=True)
class _Names:
    """A label's resolved names."""

    text: str
    arabic: str
    local: tuple[tuple[str, str], ...] = ()  # (language, name): Turkish, Kurdish spellings
    arabic_original: bool = True

    def texts(self, lang: str) -> tuple[str, str]:
        """(main line, second line) in ``lang``: the name in that language where recorded,
        with the original script beside it: Arabic under a Latin name ("Manbij", "Münbiç",
        "Minbic" over "منبج"), the Latin name under an Arabic one; "" where the main line is
        already in the original script (Gaziantep) or no other form is recorded."""
        if lang == "ar" and self.arabic:
            return self.arabic, self.text
        main = dict(self.local).get(lang, self.text)
        return main, self.arabic if self.arabic_original else ""


def _resolve(label: _Label, gazetteer: LabelNames) -> _Names:
    arabic, local = "", ()
    for lookup in label.lookups:
        if arabic and local:
            break
        names = gazetteer.names_at(lookup.lon, lookup.lat, lookup.spellings)
        arabic = arabic or lookup.arabic or names.get("ar", "")
        local = local or _local(names)
    return _Names(label.text, arabic, local, label.arabic_original)


def _local(names: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The Turkish and Kurdish names of a label, where the gazetteers record them."""
    return tuple((lang, names[lang]) for lang in ("tr", "ku") if names.get(lang))


def _nearest(xs: np.ndarray, ys: np.ndarray, lon: float, lat: float) -> int | None:
    """The index of the point nearest (lon, lat) within 0.03° on both axes, by the sum of the
    differences; the first of equals; None when none is that near."""
    dx, dy = np.abs(lon - xs), np.abs(lat - ys)
    close = np.flatnonzero((dx < 0.03) & (dy < 0.03))
    if not len(close):
        return None
    return int(close[np.argmin(dx[close] + dy[close])])


# Base-map countries whose towns' own names are written in Arabic (GeoNames country codes).
ARABIC_NAMED_COUNTRIES = frozenset({"SY", "LB", "IQ", "JO", "PS", "SA", "KW", "EG"})

#: Hidden-layer id of the second line (View > Names in Both Scripts unticked).
SECOND_SCRIPT_LAYER = "second_script"


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
        self.last_drawn: list[tuple[str, str]] = []  # their (main, second) lines as drawn
        self.last_boxes: list[QRectF] = []  # and where they went
        self._labels: list[_Label] | None = None
        self._names: list[_Names | None] = []
        self._gazetteer: LabelNames | None = None
        self._atlas = None
        self._xy: np.ndarray | None = None

    def _prepare(self, ctx: RenderContext) -> None:
        labels: list[_Label] = []
        lons: list[float] = []
        lats: list[float] = []
        # Names in the interface languages come from the gazetteers (talks places, control
        # localities), for the base map's towns and the story places alike: looked up when a
        # label is first drawn (_names_of).
        for feature in ctx.basemap.get("places", ()):
            props = feature.properties
            x, y = feature.geometry.x, feature.geometry.y
            syrian = props.get("country", "SY") == "SY"
            # A town abroad borrows no gazetteer name (they name Syrian places, and venues
            # with no Turkish or Kurdish name): its GeoNames alternates hold old names of the
            # Syrian town opposite (Ceylanpınar's "Resulayn" is Turkish press's Ras al-Ain).
            spellings = (
                (place_label(props), str(props.get("name") or ""), *props.get("alt_names", ()))
                if syrian
                else ()
            )
            labels.append(
                _Label(
                    place_label(props),
                    place_rank(props),
                    syrian,
                    not props.get("population"),
                    (_NameLookup(str(props.get("name_ar") or ""), x, y, spellings),),
                    arabic_original=props.get("country", "SY") in ARABIC_NAMED_COUNTRIES,
                )
            )
            lons.append(x)
            lats.append(y)
        if ctx.atlas is not None:
            seen_x, seen_y = np.asarray(lons, float), np.asarray(lats, float)
            for place in ctx.atlas.places.values():
                # A gazetteer town the base map already labels (same town, ~3 km) keeps the base
                # map's label, ranked as a story place so it shows as early as the others.
                # The nearest one: a border town has its Turkish twin within 3 km (Tell Abyad
                # and Akcakale), and the twin must not take the story town's rank.
                near = _nearest(seen_x, seen_y, place.lon, place.lat)
                if near is not None:
                    base = labels[near]
                    # its names where the base map's town has none (not the place's own
                    # Arabic name: the base map's spelling lookup comes first)
                    lookup = _NameLookup("", place.lon, place.lat, (place.name,))
                    labels[near] = base._replace(
                        rank=max(base.rank, STORY_PLACE_RANK),
                        lookups=(*base.lookups, lookup),
                        unknown_size=False,
                    )
                    continue
                if place.kind not in ("city", "town", "village", "town/border_crossing"):
                    continue
                lookup = _NameLookup(place.name_ar or "", place.lon, place.lat, (place.name,))
                labels.append(_Label(place.name, STORY_PLACE_RANK, True, lookups=(lookup,)))
                lons.append(place.lon)
                lats.append(place.lat)
        order = sorted(
            range(len(labels)),
            key=lambda i: (not labels[i].syrian, labels[i].unknown_size, -labels[i].rank),
        )
        self._labels = [labels[i] for i in order]
        self._names = [None] * len(order)
        self._gazetteer = None
        self._atlas = ctx.atlas
        xs, ys = to_mercator(np.asarray(lons, float)[order], np.asarray(lats, float)[order])
        self._xy = np.column_stack([xs, ys]) if len(order) else np.zeros((0, 2))

    def _names_of(self, i: int) -> _Names:
        """Label ``i``'s names, resolved once (the gazetteer is built on the first)."""
        names = self._names[i]
        if names is None:
            if self._gazetteer is None:
                self._gazetteer = LabelNames.of_atlas(self._atlas)
            names = self._names[i] = _resolve(self._labels[i], self._gazetteer)
        return names

    def _texts(self, i: int, lang: str, show_second: bool) -> tuple[str, str]:
        """Label ``i``'s (main line, second line) in ``lang``. In a language the gazetteers
        hold no names in (English), without the second line, that is the label's own text:
        the gazetteers are not read for it (the first paint, in English, reads none)."""
        if lang not in GAZETTEER_LANGUAGES and not show_second:
            return self._labels[i].text, ""
        return self._names_of(i).texts(lang)

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        if self._labels is None:
            self._prepare(ctx)
        assert self._labels is not None and self._xy is not None
        unit = ctx.unit
        min_rank = min_label_rank(transform, unit)
        # View > Town Names in Both Scripts: every label, at every zoom (off by default).
        show_second = SECOND_SCRIPT_LAYER not in (ctx.hidden_layers | ctx.view.hidden_layers)
        rect = transform.visible_map_rect()
        visible = (
            (self._xy[:, 0] >= rect.left())
            & (self._xy[:, 0] <= rect.right())
            & (self._xy[:, 1] >= rect.top())
            & (self._xy[:, 1] <= rect.bottom())
        )
        self.last_placed = []
        self.last_drawn = []
        self.last_boxes = []
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
            main, second = self._texts(i, ctx.label_language, show_second)
            text_w = metrics.horizontalAdvance(main)
            height = metrics.height()
            arabic = second if show_second else ""  # the second line (Arabic, or the Latin)
            if arabic:
                text_w = max(text_w, arabic_metrics.horizontalAdvance(arabic))
                height += arabic_metrics.height()
            box = _free_spot(point, text_w, height, metrics.ascent(), transform, ctx)
            if box is None:
                continue
            padded = box.adjusted(-3 * unit, -2 * unit, 3 * unit, 2 * unit)
            self.last_placed.append(label.text)
            self.last_boxes.append(box)
            self.last_drawn.append((main, arabic))
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


def _free_spot(
    point: QPointF, width: float, height: float, ascent: float, transform: MapTransform, ctx
) -> QRectF | None:
    """Where a town's label goes: beside its dot on the right (on the left near the frame's
    right edge), else a little further out, clear of an event marker on the dot, else on the
    other side, else centred above or below the dot (a key town between markers and shields
    keeps its name); None when every spot is cut by the frame (a cut label reads as another
    name) or taken (``ctx.label_boxes``: the furniture, the event markers, the labels placed
    so far)."""
    unit = ctx.unit
    top = point.y() - ascent * 0.75
    # 10: the padded box (3 px) clear of a marker on the dot (6.5 px either side of it)
    right = [point.x() + 5 * unit, point.x() + 10 * unit]
    left = [point.x() - 5 * unit - width, point.x() - 10 * unit - width]
    near_edge = point.x() + 5 * unit + width > transform.width
    beside = [(x, top) for x in ((left + right) if near_edge else (right + left))]
    # above and below: the padded box clear of a marker on the dot, as the 10 px above
    centre = point.x() - width / 2
    stacked = [(centre, point.y() - 9 * unit - height), (centre, point.y() + 9 * unit)]
    if top < 0 or top + height > transform.height:
        return None  # cut beside the dot; a stacked spot would read as another place's name
    for x, y in beside + stacked:
        box = QRectF(x, y, width, height)
        if box.top() < 0 or box.bottom() > transform.height:
            continue
        if box.left() < 0 or box.right() > transform.width:
            continue
        padded = box.adjusted(-3 * unit, -2 * unit, 3 * unit, 2 * unit)
        if not any(padded.intersects(other) for other in ctx.label_boxes):
            return box
    return None
