"""Where everything goes on the page: header, map frame, legend panel (right or below), footer.

All rectangles are in device pixels. The map transform is for the map frame alone (its origin at
the frame's top-left corner); :meth:`PageLayout.lonlat_to_page` places a coordinate on the page,
which is how tests find the pixel over a town.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from desktop.export.page_legend import LegendEntry, column_height, split_columns
from desktop.render.labels import label_font
from desktop.render.transform import MapTransform

TITLE_SIZE = 21.0  # style pixels
SUBTITLE_SIZE = 12.0
SMALL_PRINT_SIZE = 8.0
_SIDE_PANEL_MIN_ASPECT = 1.2  # wider bodies get the legend on the right, others below the map
_MIN_COLUMN_W = 190.0


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

    def lonlat_to_page(self, lon: float, lat: float) -> QPointF:
        """Where a lon/lat point lands on the page, in device pixels."""
        return self.map_transform.lonlat_to_screen(lon, lat) + self.map_frame.topLeft()


def wrapped_height(text: str, size: float, width: float) -> float:
    rect = QFontMetricsF(label_font(size)).boundingRect(
        QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text
    )
    return rect.height()


def compute_layout(
    width: int,
    height: int,
    unit: float,
    extent: tuple[float, float, float, float],
    entries: list[LegendEntry],
    footer_text: str,
    inset: bool,
) -> PageLayout:
    s = unit
    margin = max(12 * s, 0.03 * min(width, height))
    gap = 10 * s
    inner_w = width - 2 * margin
    title_h = QFontMetricsF(label_font(TITLE_SIZE * s, bold=True)).height()
    subtitle_h = QFontMetricsF(label_font(SUBTITLE_SIZE * s)).height()
    header = QRectF(margin, margin, inner_w, title_h + subtitle_h + 2 * s)
    footer_h = wrapped_height(footer_text, SMALL_PRINT_SIZE * s, inner_w) + 2 * s
    footer = QRectF(margin, height - margin - footer_h, inner_w, footer_h)
    body = QRectF(
        margin, header.bottom() + gap, inner_w, footer.top() - gap - (header.bottom() + gap)
    )
    if body.width() / max(body.height(), 1) >= _SIDE_PANEL_MIN_ASPECT:
        panel_w = min(max(200 * s, 0.22 * body.width()), 270 * s)
        panel = QRectF(body.right() - panel_w, body.top(), panel_w, body.height())
        map_frame = QRectF(body.left(), body.top(), body.width() - panel_w - gap, body.height())
        inset_h = panel_w * 0.72 if inset else 0.0
        legend_area = QRectF(panel.left(), panel.top(), panel_w, panel.height() - inset_h - gap)
        columns = (legend_area,)
        groups = (tuple(entries),)
        inset_rect = QRectF(panel.left(), panel.bottom() - inset_h, panel_w, inset_h)
    else:
        inset_w = min(230 * s, 0.34 * body.width()) if inset else 0.0
        inset_h = inset_w * 0.72
        legend_w = body.width() - (inset_w + gap if inset else 0.0)
        count = max(1, min(4, int(legend_w // (_MIN_COLUMN_W * s))))
        split = [tuple(g) for g in split_columns(entries, count) if g] or [()]
        col_w = legend_w / len(split)
        legend_h = max((column_height(list(g), s, col_w - gap) for g in split), default=0.0)
        panel_h = max(legend_h, inset_h)
        panel = QRectF(body.left(), body.bottom() - panel_h, body.width(), panel_h)
        map_frame = QRectF(body.left(), body.top(), body.width(), body.height() - panel_h - gap)
        columns = tuple(
            QRectF(panel.left() + i * col_w, panel.top(), col_w - gap, panel_h)
            for i in range(len(split))
        )
        groups = tuple(split)
        inset_rect = QRectF(panel.right() - inset_w, panel.top(), inset_w, inset_h)
    map_frame = _snap(map_frame)
    transform = MapTransform.fit(
        extent, int(map_frame.width()), int(map_frame.height()), margin=0.0
    )
    return PageLayout(
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
    )


def _snap(rect: QRectF) -> QRectF:
    """Whole-pixel corners, so the map frame's edges are crisp in a PNG."""
    left, top = math.floor(rect.left()), math.floor(rect.top())
    right, bottom = math.ceil(rect.right()), math.ceil(rect.bottom())
    return QRectF(left, top, max(1, right - left), max(1, bottom - top))
