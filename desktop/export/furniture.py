"""Page furniture around the map: title and date, scale bar, north arrow, inset, small print."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from desktop.export.inputs import Basemap
from desktop.export.layout import SMALL_PRINT_SIZE, SUBTITLE_SIZE, PageLayout
from desktop.i18n import ltr
from desktop.render import style
from desktop.render.base_layers import CountriesLayer, SeaLayer
from desktop.render.context import RenderContext
from desktop.render.overlays import (
    draw_north_arrow,
    draw_scale_bar,
    format_distance,
    scale_bar_geometry,
)
from desktop.render.text import label_font
from desktop.render.transform import MapTransform

Bounds = tuple[float, float, float, float]  # min lon, min lat, max lon, max lat
PAPER = QColor("white")
FRAME = QColor("#55524a")
VIEW_BOX = QColor("#d7301f")
# The window's no-data banner colours (desktop.render.overlays.NoControlDataOverlay).
NOTICE_LINE = QColor("#b0562a")
NOTICE_FILL = QColor(255, 246, 230, 235)
NOTICE_TEXT = QColor("#8a3b12")
NOTICE_SIZE = 12.5  # style pixels, as the window's banner


def mask_outside_map(painter: QPainter, layout: PageLayout) -> None:
    """White paper around the map frame, painted over anything a layer drew past the frame.

    Clipping is not honoured by every backend (SVG), so the margins are painted over instead.
    """
    frame = layout.map_frame
    w, h = layout.width, layout.height
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PAPER)
    for rect in (
        QRectF(0, 0, w, frame.top()),
        QRectF(0, frame.bottom(), w, h - frame.bottom()),
        QRectF(0, frame.top(), frame.left(), frame.height()),
        QRectF(frame.right(), frame.top(), w - frame.right(), frame.height()),
    ):
        if rect.width() > 0 and rect.height() > 0:
            painter.drawRect(rect)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(FRAME, 1.0 * layout.unit))
    painter.drawRect(frame)
    painter.restore()


def paint_header(painter: QPainter, layout: PageLayout, title: str, subtitle: str) -> None:
    """Title and subtitle as laid out (the title shrunk or wrapped to fit, never cut short)."""
    s = layout.unit
    title_font = label_font(layout.title_size, bold=True)
    sub_font = label_font(SUBTITLE_SIZE * s)
    title_metrics, sub_metrics = QFontMetricsF(title_font), QFontMetricsF(sub_font)
    width = layout.header.width()
    titles = layout.title_lines or (title,)
    subtitles = layout.subtitle_lines or (subtitle,)
    painter.save()
    painter.setPen(style.LABEL_TEXT)
    painter.setFont(title_font)
    baseline = layout.header.top() + title_metrics.ascent()
    for index, line in enumerate(titles):
        if index:
            baseline += title_metrics.height()
        painter.drawText(
            QPointF(layout.header.left(), baseline),
            title_metrics.elidedText(line, Qt.TextElideMode.ElideRight, width),
        )
    painter.setFont(sub_font)
    painter.setPen(QColor("#4d4a43"))
    baseline += title_metrics.descent() + 2 * s + sub_metrics.ascent()
    for index, line in enumerate(subtitles):
        if index:
            baseline += sub_metrics.height()
        painter.drawText(
            QPointF(layout.header.left(), baseline),
            sub_metrics.elidedText(line, Qt.TextElideMode.ElideRight, width),
        )
    painter.restore()


def paint_notice(painter: QPainter, layout: PageLayout, text: str) -> None:
    """The window's "No control-zone data for …" banner, top centre of the map frame; it wraps
    rather than run past the frame on a narrow page."""
    s = layout.unit
    frame = layout.map_frame
    font = label_font(NOTICE_SIZE * s, bold=True)
    metrics = QFontMetricsF(font)
    pad_x, pad_y = 14 * s, 7 * s
    room = max(1.0, frame.width() - 2 * (12 * s + pad_x))
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    text_rect = metrics.boundingRect(QRectF(0, 0, room, 1e6), flags, text)
    w, h = text_rect.width() + 2 * pad_x, text_rect.height() + 2 * pad_y
    box = QRectF(frame.center().x() - w / 2, frame.top() + 12 * s, w, h)
    painter.save()
    painter.setPen(QPen(NOTICE_LINE, 1.2 * s))
    painter.setBrush(NOTICE_FILL)
    painter.drawRoundedRect(box, 5 * s, 5 * s)
    painter.setFont(font)
    painter.setPen(NOTICE_TEXT)
    painter.drawText(box.adjusted(pad_x, pad_y, -pad_x, -pad_y), flags, text)
    painter.restore()


def paint_footer(painter: QPainter, layout: PageLayout, text: str) -> None:
    painter.save()
    painter.setFont(label_font(SMALL_PRINT_SIZE * layout.unit))
    painter.setPen(QColor("#55524a"))
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
    painter.drawText(layout.footer, flags, text)
    painter.restore()


def paint_scale_and_north(
    painter: QPainter, layout: PageLayout, paper_scale: bool, dpi: int
) -> None:
    """Scale bar (true at the frame centre's latitude) and north arrow, in ``layout.scale_box``
    (bottom-left in the map; labels were kept out of it), its type as the box's size."""
    s = layout.scale_unit
    transform = layout.map_transform
    box = layout.scale_box
    arrow = 34 * s
    left = box.left() + arrow + 20 * s
    font = label_font(10.5 * s)
    metrics = QFontMetricsF(font)
    # The bar and its label fit the box: at most 150 style pixels, less in a narrow frame.
    room = box.right() - 10 * s - left - metrics.horizontalAdvance("0000 km") - 8 * s
    length, metres = scale_bar_geometry(transform, max(20 * s, min(150 * s, room)))
    if length <= 0:
        return
    label = format_distance(metres)
    lat = transform.screen_to_lonlat(transform.width / 2, transform.height / 2)[1]
    latitude = ltr(f"{abs(lat):.1f}°{'N' if lat >= 0 else 'S'}")
    note = QCoreApplication.translate("Furniture", "Scale true at {latitude}").format(
        latitude=latitude
    )
    note_font = label_font(9 * s)
    if paper_scale:
        denominator = transform.ground_metres_per_pixel() * dpi / 0.0254
        scale_note = f"1 : {_round_scale(denominator):,} · " + note
        room = box.right() - 6 * s - left
        if QFontMetricsF(note_font).horizontalAdvance(scale_note) <= room:
            note = scale_note
    used = max(
        length + metrics.horizontalAdvance(label) + 14 * s,
        QFontMetricsF(note_font).horizontalAdvance(note),
    )
    box = QRectF(
        box.left(), box.top(), min(box.width(), left - box.left() + used + 10 * s), box.height()
    )
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.OVERLAY_BACKGROUND)
    painter.drawRoundedRect(box, 4 * s, 4 * s)
    draw_north_arrow(
        painter, QPointF(box.left() + 8 * s + arrow / 2, box.center().y() + 4 * s), arrow
    )
    draw_scale_bar(painter, QPointF(left, box.top() + 22 * s), length, label, font, s)
    painter.setPen(style.OVERLAY_TEXT)
    painter.setFont(note_font)
    painter.drawText(QPointF(left, box.bottom() - 9 * s), note)
    painter.restore()


def _round_scale(value: float) -> int:
    """A representative fraction to three significant figures (1 : 1,230,000)."""
    if value <= 0:
        return 0
    digits = len(str(int(value))) - 3
    return int(round(value, -max(digits, 0)))


def paint_inset(
    painter: QPainter,
    rect: QRectF,
    ctx: RenderContext,
    region: tuple[float, float, float, float],
    view_bounds: tuple[float, float, float, float],
) -> None:
    """A locator: the region's countries with the exported view outlined in red."""
    s = ctx.unit
    transform = MapTransform.fit(region, int(rect.width()), int(rect.height()), margin=0.02)
    inset_ctx = RenderContext(view=ctx.view, basemap=ctx.basemap, unit=0.6 * s, vector_text=True)
    painter.save()
    painter.translate(rect.topLeft())
    painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
    SeaLayer().paint(painter, transform, inset_ctx)
    CountriesLayer().paint(painter, transform, inset_ctx)
    top_left = transform.lonlat_to_screen(view_bounds[0], view_bounds[3])
    bottom_right = transform.lonlat_to_screen(view_bounds[2], view_bounds[1])
    view_rect = QRectF(top_left, bottom_right).normalized()
    view_rect = view_rect.intersected(QRectF(0, 0, rect.width(), rect.height()))
    fill = QColor(VIEW_BOX)
    fill.setAlpha(40)
    painter.setBrush(fill)
    painter.setPen(QPen(VIEW_BOX, 1.6 * s))
    painter.drawRect(view_rect)
    painter.setClipping(False)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(FRAME, 1.0 * s))
    painter.drawRect(QRectF(0, 0, rect.width(), rect.height()))
    painter.setFont(label_font(8.5 * s))
    painter.setPen(style.OVERLAY_TEXT)
    painter.drawText(
        QPointF(4 * s, rect.height() - 4 * s),
        QCoreApplication.translate("Furniture", "Locator: area shown in red"),
    )
    painter.restore()


def inset_region(basemap: Basemap | None, view_bounds: Bounds, fallback: Bounds) -> Bounds:
    """The countries' bounds (what the base map covers), widened to include the view."""
    countries = list(basemap.get("countries", ())) if basemap else []
    if countries:
        xs0, ys0, xs1, ys1 = zip(*(f.geometry.bounds for f in countries), strict=True)
        bounds = (min(xs0), min(ys0), max(xs1), max(ys1))
    else:
        bounds = fallback
    return (
        min(bounds[0], view_bounds[0]),
        max(min(bounds[1], view_bounds[1]), -84.0),
        max(bounds[2], view_bounds[2]),
        min(max(bounds[3], view_bounds[3]), 84.0),
    )
