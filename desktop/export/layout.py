"""Where everything goes on the page: header, map frame, legend panel (right or below), footer.

All rectangles are in device pixels. The map transform is for the map frame alone (its origin at
the frame's top-left corner); :meth:`PageLayout.lonlat_to_page` places a coordinate on the page,
which is how tests find the pixel over a town.

The page is designed in *style pixels* (1/96 inch on paper) and drawn at ``unit`` device pixels
per style pixel. On paper ``unit`` is ``dpi / 96``, so type keeps its printed size; but a page
whose short side would be under ~560 style pixels (a small pixel export at a high DPI) or over
~1150 (a poster) is scaled to stay within that range, so every size from an 800-pixel web
graphic to A0 gets the same designed proportions: a title that fits, a legend, and a map that
takes most of the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from desktop.export.map_frame import (
    INSET_ASPECT,
    corners,
    in_map_locator_size,
    locator_hides_nothing,
    snap,
    within_base_map,
)
from desktop.export.page_legend import column_height, split_columns
from desktop.render.text import label_font
from desktop.render.transform import MapTransform
from geodata.errors import AtlasError
from geodata.extent import CONTEXT_BOUNDS
from geodata.legend import LegendEntry

TITLE_SIZE = 21.0  # style pixels
SUBTITLE_SIZE = 12.0
SMALL_PRINT_SIZE = 8.0
MIN_TITLE_SIZE = 15.0  # a long title shrinks to this before it wraps to a second line
DESIGN_SHORT_SIDE = (560.0, 1150.0)  # style pixels: the page's short side is kept in this range
_SIDE_PANEL_MIN_ASPECT = 1.2  # wider bodies get the legend on the right, others below the map
_MIN_COLUMN_W = 230.0  # narrower columns wrap most party names
SCALE_BOX_H = 58.0  # style pixels: the scale bar and north arrow's box
SCALE_BOX_W = 300.0
# The scale box's most of the map frame's height and width: a short map (a square page, its
# legend below) shrinks the box's type, down to SCALE_BOX_MIN_ZOOM, instead of hiding the map.
_SCALE_BOX_SHARE = (0.14, 0.4)
SCALE_BOX_MIN_ZOOM = 0.6
# The legend's type on a crowded page: full size while the map gets at least this share of
# the page's body, else the first of the smaller sizes that lets it (the map is the subject).
_MAP_SHARE_WANTED = 0.45
LEGEND_ZOOMS = (1.0, 0.85, 0.72)
_LEGEND_MIN_UNIT = 0.64  # smaller legend type stops at ~7-pixel text (11 style px x 0.64)

#: How much a box over the map would hide: (box, map frame) in page pixels -> a score.
Busy = Callable[[QRectF, QRectF], float]


@dataclass(frozen=True)
class PageLayout:
    width: int
    height: int
    unit: float
    header: QRectF
    map_frame: QRectF
    panel: QRectF
    footer: QRectF
    legend_columns: tuple[QRectF, ...]
    legend_groups: tuple[tuple[LegendEntry, ...], ...]
    inset: QRectF | None
    map_transform: MapTransform
    title_lines: tuple[str, ...] = ()
    title_size: float = TITLE_SIZE  # device pixels once laid out (style size x unit)
    subtitle_lines: tuple[str, ...] = ()
    #: Boxes over the map (page pixels) that labels keep clear of: scale bar, in-map locator.
    keep_clear: tuple[QRectF, ...] = ()
    #: The legend's device pixels per style pixel: ``unit``, less on a crowded page.
    legend_unit: float = 0.0

    @property
    def legend_scale(self) -> float:
        return self.legend_unit or self.unit

    @property
    def scale_unit(self) -> float:
        """Device pixels per style pixel inside the scale box: ``unit``, less where the map
        frame is too short or narrow for the full-size box."""
        frame, s = self.map_frame, self.unit
        fit = min(
            _SCALE_BOX_SHARE[0] * frame.height() / (SCALE_BOX_H * s),
            _SCALE_BOX_SHARE[1] * frame.width() / (SCALE_BOX_W * s),
        )
        return s * min(1.0, max(SCALE_BOX_MIN_ZOOM, fit))

    def lonlat_to_page(self, lon: float, lat: float) -> QPointF:
        """Where a lon/lat point lands on the page, in device pixels."""
        return self.map_transform.lonlat_to_screen(lon, lat) + self.map_frame.topLeft()

    @property
    def scale_box(self) -> QRectF:
        """Where the scale bar and north arrow sit: bottom-left inside the map frame."""
        s = self.scale_unit
        frame = self.map_frame
        width = min(SCALE_BOX_W * s, 0.5 * frame.width())
        return QRectF(
            frame.left() + 10 * s, frame.bottom() - 10 * s - SCALE_BOX_H * s, width, SCALE_BOX_H * s
        )


def layout_unit(width: int, height: int, dpi: int) -> float:
    """Device pixels per style pixel for a page this size: ``dpi / 96`` kept within the range
    that gives the page a designed short side (see the module's docstring)."""
    short = max(1, min(width, height))
    low, high = DESIGN_SHORT_SIDE
    return min(max(dpi / 96.0, short / high), short / low)


def wrapped_height(text: str, size: float, width: float) -> float:
    rect = QFontMetricsF(label_font(size)).boundingRect(
        QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text
    )
    return rect.height()


def wrap_words(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """``text`` broken at spaces into lines that fit ``width``; the last allowed line elided."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if not current or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [" ".join(lines[max_lines - 1 :])]
    mode = Qt.TextElideMode.ElideRight
    return [metrics.elidedText(line, mode, width) for line in lines]


def fit_title(title: str, unit: float, width: float) -> tuple[float, list[str]]:
    """The title's font size (device pixels) and lines: full size on one line if it fits, else
    shrunk (not below :data:`MIN_TITLE_SIZE`), else wrapped to two lines; never cut short
    unless even two lines at the smallest size cannot hold it."""
    size = TITLE_SIZE * unit
    while True:
        metrics = QFontMetricsF(label_font(size, bold=True))
        if metrics.horizontalAdvance(title) <= width:
            return size, [title]
        if size <= MIN_TITLE_SIZE * unit + 1e-6:
            return size, wrap_words(title, metrics, width, 2)
        size = max(MIN_TITLE_SIZE * unit, size * 0.92)


def compute_layout(
    width: int,
    height: int,
    unit: float,
    extent: tuple[float, float, float, float],
    entries: list[LegendEntry],
    footer_text: str,
    inset: bool,
    title: str = "",
    subtitle: str = "",
    busy: Busy | None = None,
) -> PageLayout:
    """The page's boxes. ``busy`` rates how much a box over the map (page pixels, with the
    map frame) would hide; an in-map locator takes the least busy corner."""
    s = unit
    margin = max(12 * s, 0.03 * min(width, height))
    gap = 10 * s
    inner_w = width - 2 * margin
    title_size, title_lines = fit_title(title, s, inner_w) if title else (TITLE_SIZE * s, [""])
    sub_metrics = QFontMetricsF(label_font(SUBTITLE_SIZE * s))
    subtitle_lines = wrap_words(subtitle, sub_metrics, inner_w, 2) if subtitle else [""]
    title_h = QFontMetricsF(label_font(title_size, bold=True)).height() * len(title_lines)
    header_h = title_h + sub_metrics.height() * len(subtitle_lines) + 2 * s
    header = QRectF(margin, margin, inner_w, header_h)
    footer_h = wrapped_height(footer_text, SMALL_PRINT_SIZE * s, inner_w) + 2 * s
    footer = QRectF(margin, height - margin - footer_h, inner_w, footer_h)
    body = QRectF(
        margin, header.bottom() + gap, inner_w, footer.top() - gap - (header.bottom() + gap)
    )
    legend_unit, parts = _roomy_arrangement(body, entries, s, gap, inset, extent)
    map_frame, panel, columns, groups, inset_rect = parts
    map_frame = snap(within_base_map(map_frame, extent))
    if inset and inset_rect is None:  # no room beside the legend: the locator goes in the map
        inset_w, inset_h = in_map_locator_size(map_frame, s)
        spots = corners(map_frame, inset_w, inset_h, 8 * s)
        inset_rect = min(spots, key=lambda r: busy(r, map_frame)) if busy else spots[0]
    # The frame is no larger than the base map (above); within() only moves it off the edges.
    transform = MapTransform.fit(
        extent, int(map_frame.width()), int(map_frame.height()), margin=0.0
    ).within(CONTEXT_BOUNDS)
    layout = PageLayout(
        width=width,
        height=height,
        unit=unit,
        header=header,
        map_frame=map_frame,
        panel=panel,
        footer=footer,
        legend_columns=columns,
        legend_groups=groups,
        inset=inset_rect if inset and inset_rect.height() > 20 * s else None,
        map_transform=transform,
        title_lines=tuple(title_lines),
        title_size=title_size,
        subtitle_lines=tuple(subtitle_lines),
        legend_unit=legend_unit,
    )
    clear = [layout.scale_box]
    if layout.inset is not None and map_frame.contains(layout.inset.center()):
        clear.append(layout.inset)
    return _with_keep_clear(layout, tuple(clear))


def _with_keep_clear(layout: PageLayout, boxes: tuple[QRectF, ...]) -> PageLayout:
    from dataclasses import replace

    return replace(layout, keep_clear=boxes)


_Parts = tuple[
    QRectF, QRectF, tuple[QRectF, ...], tuple[tuple[LegendEntry, ...], ...], QRectF | None
]


#: Legend rows a crowded page leaves out first: the base map's symbols explain themselves.
_OPTIONAL_KINDS = frozenset({"border", "river"})


def _without_optional(entries: list[LegendEntry]) -> list[LegendEntry]:
    """``entries`` without the optional rows, and without a heading left with no rows."""
    kept = [e for e in entries if e.kind not in _OPTIONAL_KINDS]
    return [
        e
        for i, e in enumerate(kept)
        if e.kind != "heading" or (i + 1 < len(kept) and kept[i + 1].kind != "heading")
    ]


def _roomy_arrangement(
    body: QRectF,
    entries: list[LegendEntry],
    s: float,
    gap: float,
    inset: bool,
    extent: tuple[float, float, float, float],
) -> tuple[float, _Parts]:
    """The legend's unit and the best arrangement with it: the legend at full size unless the
    map would then get less than :data:`_MAP_SHARE_WANTED` of the body (a square page, say,
    its legend below a strip of map); then smaller legend type, as little smaller as does."""
    units = sorted({max(s * zoom, min(s, _LEGEND_MIN_UNIT)) for zoom in LEGEND_ZOOMS}, reverse=True)
    chosen: tuple[float, _Parts] | None = None
    for legend_unit in units:
        try:
            parts = _best_arrangement(body, entries, s, gap, inset, extent, legend_unit)
        except AtlasError:
            if legend_unit == units[-1] and chosen is None:
                raise
            continue
        chosen = (legend_unit, parts)
        frame = parts[0]
        if frame.width() * frame.height() >= _MAP_SHARE_WANTED * body.width() * body.height():
            break
    assert chosen is not None
    return chosen


def _best_arrangement(
    body: QRectF,
    entries: list[LegendEntry],
    s: float,
    gap: float,
    inset: bool,
    extent: tuple[float, float, float, float],
    legend_unit: float | None = None,
) -> _Parts:
    """The arrangement that draws the requested extent largest with the whole legend shown:
    the legend beside the map (one or two columns) or under it. A locator that hides nothing
    (beside the legend, or in the frame's spare band beside the extent) is worth a little
    scale; at equal scales the larger map frame wins; a crowded page drops the optional legend
    groups only when that makes the map clearly larger."""
    ls = legend_unit or s
    body_area = body.width() * body.height()
    best: tuple[tuple[bool, float, float], _Parts] | None = None
    for candidate_entries, penalty in ((entries, 1.0), (_without_optional(entries), 0.85)):
        options: list[_Parts | None] = []
        if body.width() / max(body.height(), 1) >= _SIDE_PANEL_MIN_ASPECT:
            options += [_side_panel(body, candidate_entries, ls, gap, inset, c) for c in (1, 2)]
        options += [_panel_below(body, candidate_entries, ls, gap, w) for w in {inset, False}]
        for parts in options:
            if parts is None or parts[0].height() < 40 * s:
                continue
            frame = parts[0]
            scale = MapTransform.fit(extent, int(frame.width()), int(frame.height()), 0.0)
            clear = inset and (
                parts[4] is not None
                or locator_hides_nothing(frame, extent, scale.pixels_per_metre, s)
            )
            # A map under the wanted share of the body loses to one that has it, whatever its
            # locator: else a clear locator beside a strip of map would shrink the legend's
            # type (see _roomy_arrangement). Equal scales (a tall page's map is as wide as the
            # page, whatever the legend's columns): the larger frame wins.
            roomy = frame.width() * frame.height() >= _MAP_SHARE_WANTED * body_area
            score = (
                roomy,
                scale.pixels_per_metre * penalty * (1.2 if clear else 1.0),
                frame.width() * frame.height(),
            )
            if best is None or score > best[0]:
                best = (score, parts)
    if best is None:  # e.g. --size 40x40: a one-line error, not an AssertionError
        raise AtlasError(
            "the page is too small for the map with its title, legend and credits; "
            "make it larger (or lower the DPI)"
        )
    return best[1]


def _side_panel(
    body: QRectF,
    entries: list[LegendEntry],
    s: float,
    gap: float,
    inset: bool,
    count: int = 1,
) -> _Parts | None:
    """Legend in ``count`` columns right of the map, the locator under it if there is room;
    None if the legend does not fit even without the locator."""
    col_w = min(max(190 * s, 0.24 * body.width()), 270 * s)
    panel_w = count * col_w + (count - 1) * gap
    if panel_w > 0.45 * body.width():
        return None
    panel = QRectF(body.right() - panel_w, body.top(), panel_w, body.height())
    map_frame = QRectF(body.left(), body.top(), body.width() - panel_w - gap, body.height())
    split = [tuple(g) for g in split_columns(entries, count) if g] or [()]
    legend_h = max(column_height(list(g), s, col_w) for g in split)
    if legend_h > panel.height():
        return None
    inset_h = col_w * INSET_ASPECT
    inset_rect = None
    area_h = panel.height()
    if inset and legend_h + gap + inset_h <= panel.height():
        inset_rect = QRectF(panel.right() - col_w, panel.bottom() - inset_h, col_w, inset_h)
        if count == 1:
            area_h = panel.height() - inset_h - gap
        elif column_height(list(split[-1]), s, col_w) + gap + inset_h > panel.height():
            inset_rect = None
    columns = tuple(
        QRectF(panel.left() + i * (col_w + gap), panel.top(), col_w, area_h)
        for i in range(len(split))
    )
    return map_frame, panel, columns, tuple(split), inset_rect


def _panel_below(
    body: QRectF, entries: list[LegendEntry], s: float, gap: float, with_inset: bool
) -> _Parts:
    """Legend in columns under the map; with ``with_inset`` the locator at the row's right end
    (the row then at least as tall as the locator)."""
    inset_w = min(230 * s, 0.3 * body.width())
    inset_h = inset_w * INSET_ASPECT
    legend_w = body.width() - (inset_w + gap if with_inset else 0.0)
    count = max(1, min(4, int(legend_w // (_MIN_COLUMN_W * s))))
    split = [tuple(g) for g in split_columns(entries, count) if g] or [()]
    col_w = legend_w / len(split)
    legend_h = max((column_height(list(g), s, col_w - gap) for g in split), default=0.0)
    panel_h = max(legend_h, inset_h) if with_inset else legend_h
    panel = QRectF(body.left(), body.bottom() - panel_h, body.width(), panel_h)
    inset_rect = (
        QRectF(panel.right() - inset_w, panel.top(), inset_w, inset_h) if with_inset else None
    )
    map_frame = QRectF(body.left(), body.top(), body.width(), body.height() - panel_h - gap)
    columns = tuple(
        QRectF(panel.left() + i * col_w, panel.top(), col_w - gap, panel_h)
        for i in range(len(split))
    )
    return map_frame, panel, columns, tuple(split), inset_rect
