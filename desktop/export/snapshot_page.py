"""One snapshot page: every text on it decided first (title, subtitle, legend, footer: the
page plan), then the map, legend, inset, scale and footer painted onto any paint device."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

import shapely
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainter

from desktop.export import furniture
from desktop.export.inputs import Basemap
from desktop.export.layout import PageLayout, compute_layout, layout_unit
from desktop.export.manifest import bundled_data_hash, manifest_path
from desktop.export.page_legend import page_entries, paint_legend_column
from desktop.i18n import day_text, export_text, language, ltr
from desktop.render.context import RenderContext
from desktop.render.renderer import MapRenderer
from desktop.render.transform import MapTransform
from geodata import __version__
from geodata.extent import ATLAS_BOUNDS, CONTEXT_BOUNDS
from geodata.legend import Shown, what_is_shown
from geodata.model import ViewState
from geodata.sources.credits import credit_line
from geodata.web_export.coverage import ControlGap, control_gap, default_title

if TYPE_CHECKING:
    from desktop.export.snapshot import SnapshotRequest
    from geodata.atlas import Atlas

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class PagePlan:
    """Everything decided before painting: the layout and every text on the page."""

    layout: PageLayout
    shown: Shown
    title: str
    subtitle: str
    footer: str
    #: Set when the as-of date has no control zones (shown or not): the manifest records it.
    gap: ControlGap | None = None

    @property
    def notice(self) -> str:
        """The banner over the map (the window's), when zones are shown but the date has none."""
        if self.gap is None or not self.shown.no_control_data:
            return ""
        return self.gap.message(language())


def format_day(day) -> str:
    return day_text(day, short=False)


def subtitle_for(view: ViewState, shown: Shown) -> str:
    parts = [
        QCoreApplication.translate("Snapshot", "As of {date}").format(date=format_day(view.as_of))
    ]
    if view.compare_from is not None and view.compare_from != view.as_of:
        early, late = sorted((view.compare_from, view.as_of))
        parts = [
            QCoreApplication.translate(
                "Snapshot", "Changes between {early} and {late} (hatched: gains)"
            ).format(early=format_day(early), late=format_day(late))
        ]
    if shown.selection:
        parts.append(
            QCoreApplication.translate("Snapshot", "Selected: {selection}").format(
                selection=shown.selection
            )
        )
    filters = []
    if view.parties:
        filters.append(
            QCoreApplication.translate("Snapshot", "parties {ids}").format(
                ids=", ".join(sorted(view.parties))
            )
        )
    if view.kinds:
        filters.append(
            QCoreApplication.translate("Snapshot", "kinds {ids}").format(
                ids=", ".join(sorted(view.kinds))
            )
        )
    if view.text:
        filters.append(
            QCoreApplication.translate("Snapshot", "text “{text}”").format(text=view.text)
        )
    if view.date_from or view.date_to:
        start = format_day(view.date_from) if view.date_from else "…"
        end = format_day(view.date_to) if view.date_to else "…"
        filters.append(f"{start} – {end}")
    if filters:
        parts.append(
            QCoreApplication.translate("Snapshot", "Events filtered: ") + "; ".join(filters)
        )
    return "  ·  ".join(parts)


def footer_for(shown: Shown, attribution: str, manifest_name: str) -> str:
    data_sha, _ = bundled_data_hash()
    credits = credit_line(
        shown.lead_sources + shown.zone_sources + shown.event_sources,
        where=ltr(manifest_name),
        translate=QCoreApplication.translate,
    )
    lines = [credits] if credits else []
    if attribution:
        lines.append(
            QCoreApplication.translate("Snapshot", "Base map: {attribution}.").format(
                attribution=attribution
            )
        )
    approximate = (
        QCoreApplication.translate(
            "Snapshot", " Zone boundaries are approximate, reconstructed from the sources."
        )
        if shown.zone_ids
        else ""
    )
    lines.append(
        QCoreApplication.translate(
            "Snapshot",
            "Northern Syria Atlas {version}, data {data}.{approximate} "
            "View and command: {manifest_name}.",
        ).format(
            version=__version__,
            data=ltr(data_sha[:12]),
            approximate=approximate,
            manifest_name=ltr(manifest_name),
        )
    )
    return "\n".join(lines)


def plan_page(
    request: SnapshotRequest,
    width: int,
    height: int,
    basemap: Basemap,
    atlas: Atlas,
    attribution: str,
) -> PagePlan:
    unit = layout_unit(width, height, request.page.dpi)
    gap = control_gap(atlas, request.view.as_of)
    title = request.title or export_text(default_title(gap))

    def layout_for(entries, footer, shown=None) -> PageLayout:
        subtitle = subtitle_for(request.view, shown) if shown is not None else ""
        return compute_layout(
            width,
            height,
            unit,
            request.extent,
            entries,
            footer,
            request.inset,
            title,
            subtitle,
            busy=partial(_share_over_syria, request.extent, basemap),
        )

    # The legend lists what falls in the drawn bounds, and the legend shapes the frame: lay out
    # until the frame drawn is the one listed (each legend row fewer or more moves the frame).
    bounds = layout_for([], "").map_transform.visible_lonlat_bounds()
    for _attempt in range(_LAYOUT_ROUNDS):
        shown = shown_on_page(atlas, request.view, bounds)
        entries = page_entries(atlas, shown, request.view.hidden_layers, basemap)
        footer = footer_for(shown, attribution, manifest_path(request.out).name)
        layout = layout_for(entries, footer, shown)
        drawn = layout.map_transform.visible_lonlat_bounds()
        if drawn == bounds:
            break
        # Should two frames alternate, the last legend covers both: never a drawn zone unlisted.
        bounds = drawn if _attempt + 2 < _LAYOUT_ROUNDS else _union(bounds, drawn)
    return PagePlan(layout, shown, title, subtitle_for(request.view, shown), footer, gap)


_LAYOUT_ROUNDS = 4


def _union(a: tuple[float, float, float, float], b: tuple[float, float, float, float]):
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def shown_on_page(atlas: Atlas, view: ViewState, bounds) -> Shown:
    """What the page draws over ``bounds``: the M4 in its holders' colours (with its km
    breakdown in the legend), names in the interface language."""
    return what_is_shown(atlas, view, bounds, m4_by_holder=True, language=language())


def _share_over_syria(extent, basemap: Basemap, box: QRectF, frame: QRectF) -> float:
    """How much of ``box`` (page pixels) lies over Syria, where the story is drawn: an in-map
    locator takes the corner that hides least of it."""
    transform = MapTransform.fit(extent, int(frame.width()), int(frame.height()), margin=0.0)
    transform = transform.within(CONTEXT_BOUNDS)  # as the page draws it (layout.py)
    west, north = transform.screen_to_lonlat(box.left() - frame.left(), box.top() - frame.top())
    east, south = transform.screen_to_lonlat(box.right() - frame.left(), box.bottom() - frame.top())
    area = shapely.box(west, south, east, north)
    countries = basemap.get("countries", ())
    syria = [f.geometry for f in countries if f.properties.get("iso_a3") == "SYR"]
    if not syria or area.area == 0:
        return 0.0
    return sum(g.intersection(area).area for g in syria) / area.area


def paint_page(
    painter: QPainter,
    plan: PagePlan,
    request: SnapshotRequest,
    basemap: Basemap,
    atlas: Atlas,
    attribution: str,
    progress: Progress | None = None,
) -> None:
    layout = plan.layout
    vector = request.format in ("svg", "pdf")
    ctx = RenderContext(
        view=request.view,
        basemap=basemap,
        atlas=atlas,
        unit=layout.unit,
        vector_text=vector,
        m4_by_controller=bool(plan.shown.m4_km),  # its km breakdown is in the legend
        event_labels=True,  # a printed map has no event list: each marker says its date
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, layout.width, layout.height), furniture.PAPER)
    report_progress(progress, 10, QCoreApplication.translate("Snapshot", "Drawing the map"))
    painter.save()
    painter.translate(layout.map_frame.topLeft())
    painter.setClipRect(QRectF(0, 0, layout.map_frame.width(), layout.map_frame.height()))
    origin = layout.map_frame.topLeft()
    keep_clear = [box.translated(-origin) for box in layout.keep_clear]
    MapRenderer(attribution).render(
        painter, layout.map_transform, ctx, overlays=False, keep_clear=keep_clear
    )
    painter.restore()
    report_progress(progress, 70, QCoreApplication.translate("Snapshot", "Drawing the legend"))
    if plan.notice:
        furniture.paint_notice(painter, layout, plan.notice)
    furniture.mask_outside_map(painter, layout)
    furniture.paint_header(painter, layout, plan.title, plan.subtitle)
    rtl = language().rtl  # Arabic: the columns and their rows read right to left
    columns = layout.legend_columns[::-1] if rtl else layout.legend_columns
    legend_ctx = replace(ctx, unit=layout.legend_scale)  # smaller type on a crowded page
    for rect, group in zip(columns, layout.legend_groups, strict=True):
        paint_legend_column(painter, list(group), rect, legend_ctx, rtl)
    if layout.inset is not None:
        bounds = layout.map_transform.visible_lonlat_bounds()
        region = furniture.inset_region(basemap, bounds, ATLAS_BOUNDS)
        furniture.paint_inset(painter, layout.inset, ctx, region, bounds)
    furniture.paint_scale_and_north(painter, layout, request.page.kind == "paper", request.page.dpi)
    furniture.paint_footer(painter, layout, plan.footer)


def report_progress(progress: Progress | None, percent: int, message: str) -> None:
    if progress is not None:
        progress(percent, message)
