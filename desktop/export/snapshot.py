"""Snapshots: the view rendered from state onto a PNG, SVG or PDF page — never a screen grab.

    request = SnapshotRequest(Path("map.pdf"), view, page_spec("pdf", paper="a4-landscape"))
    result = export_snapshot(request, basemap, atlas, attribution)

The map is drawn by the same :class:`MapRenderer` as the window, at ``dpi / 96`` device pixels per
style pixel, so lines and labels keep their size on paper. Safe to call off the GUI thread (a
QGuiApplication must exist, for fonts).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import shapely
from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from desktop.export import furniture
from desktop.export.atomic import AtomicWrites, check_writable
from desktop.export.inputs import Basemap
from desktop.export.layout import PageLayout, compute_layout, layout_unit
from desktop.export.manifest import (
    ManifestInfo,
    build_manifest,
    bundled_data_hash,
    control_data_json,
    manifest_json,
    manifest_path,
    view_arguments,
)
from desktop.export.page import PageSpec, format_of
from desktop.export.page_legend import legend_entries, paint_legend_column
from desktop.export.shown import Shown, what_is_shown
from desktop.export.svg_bidi import mark_rtl_runs_in_file
from desktop.i18n import RIGHT_TO_LEFT, current_language, day_text, export_text, ltr
from desktop.render.context import RenderContext
from desktop.render.renderer import MapRenderer
from desktop.render.transform import MapTransform
from geodata import __version__
from geodata.errors import AtlasError
from geodata.extent import ATLAS_BOUNDS, DEFAULT_EXTENT
from geodata.model import ViewState
from geodata.sources.credits import credit_line, source_record
from geodata.web_export.coverage import CONTROL_TITLE, ControlGap, control_gap, default_title

if TYPE_CHECKING:
    from geodata.atlas import Atlas

DEFAULT_TITLE = CONTROL_TITLE  # a page whose date has no control zones says so instead
Progress = Callable[[int, str], None]

_PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "a3": QPageSize.PageSizeId.A3}
_PAPER_SIZES["letter"] = QPageSize.PageSizeId.Letter


@dataclass(frozen=True)
class SnapshotRequest:
    out: Path
    view: ViewState
    page: PageSpec
    title: str | None = None
    inset: bool = True
    workspace: str | None = None

    @property
    def format(self) -> str:
        return format_of(self.out.name)

    @property
    def extent(self) -> tuple[float, float, float, float]:
        return self.view.extent or DEFAULT_EXTENT


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
        return self.gap.message() if self.gap is not None and self.shown.no_control_data else ""


@dataclass(frozen=True)
class SnapshotResult:
    path: Path
    manifest: Path
    layout: PageLayout
    seconds: float


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
    credits = credit_line(shown.zone_sources + shown.event_sources, where=manifest_name)
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

    # The legend lists what falls in the drawn bounds: fit once for the bounds, then lay out.
    bounds = layout_for([], "").map_transform.visible_lonlat_bounds()
    shown = what_is_shown(atlas, request.view, bounds)
    entries = legend_entries(shown, request.view.hidden_layers, basemap)
    footer = footer_for(shown, attribution, manifest_path(request.out).name)
    layout = layout_for(entries, footer, shown)
    final_bounds = layout.map_transform.visible_lonlat_bounds()
    if final_bounds != bounds:  # the legend changed the frame: list what the final frame shows
        shown = what_is_shown(atlas, request.view, final_bounds)
        entries = legend_entries(shown, request.view.hidden_layers, basemap)
        footer = footer_for(shown, attribution, manifest_path(request.out).name)
        layout = layout_for(entries, footer, shown)
    return PagePlan(layout, shown, title, subtitle_for(request.view, shown), footer, gap)


def _share_over_syria(extent, basemap: Basemap, box: QRectF, frame: QRectF) -> float:
    """How much of ``box`` (page pixels) lies over Syria, where the story is drawn: an in-map
    locator takes the corner that hides least of it."""
    transform = MapTransform.fit(extent, int(frame.width()), int(frame.height()), margin=0.0)
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
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, layout.width, layout.height), furniture.PAPER)
    _report(progress, 10, QCoreApplication.translate("Snapshot", "Drawing the map"))
    painter.save()
    painter.translate(layout.map_frame.topLeft())
    painter.setClipRect(QRectF(0, 0, layout.map_frame.width(), layout.map_frame.height()))
    origin = layout.map_frame.topLeft()
    keep_clear = [box.translated(-origin) for box in layout.keep_clear]
    MapRenderer(attribution).render(
        painter, layout.map_transform, ctx, overlays=False, keep_clear=keep_clear
    )
    painter.restore()
    _report(progress, 70, QCoreApplication.translate("Snapshot", "Drawing the legend"))
    if plan.notice:
        furniture.paint_notice(painter, layout, plan.notice)
    furniture.mask_outside_map(painter, layout)
    furniture.paint_header(painter, layout, plan.title, plan.subtitle)
    for rect, group in zip(layout.legend_columns, layout.legend_groups, strict=True):
        paint_legend_column(painter, list(group), rect, ctx)
    if layout.inset is not None:
        bounds = layout.map_transform.visible_lonlat_bounds()
        region = furniture.inset_region(basemap, bounds, ATLAS_BOUNDS)
        furniture.paint_inset(painter, layout.inset, ctx, region, bounds)
    furniture.paint_scale_and_north(painter, layout, request.page.kind == "paper", request.page.dpi)
    furniture.paint_footer(painter, layout, plan.footer)


def _report(progress: Progress | None, percent: int, message: str) -> None:
    if progress is not None:
        progress(percent, message)


def export_snapshot(
    request: SnapshotRequest,
    basemap: Basemap,
    atlas: Atlas,
    attribution: str,
    progress: Progress | None = None,
) -> SnapshotResult:
    """Render ``request`` to its file and write the manifest beside it, both atomically."""
    started = time.perf_counter()
    fmt = request.format
    out = Path(request.out)
    check_writable(out)
    _report(progress, 2, QCoreApplication.translate("Snapshot", "Laying out the page"))
    with AtomicWrites() as files:
        tmp = files.target(out)
        plan = _render_to(fmt, tmp, request, basemap, atlas, attribution, progress)
        _report(progress, 95, QCoreApplication.translate("Snapshot", "Writing the manifest"))
        manifest = snapshot_manifest(request, plan)
        files.target(manifest_path(out)).write_text(manifest_json(manifest), encoding="utf-8")
    _report(progress, 100, QCoreApplication.translate("Snapshot", "Done"))
    return SnapshotResult(out, manifest_path(out), plan.layout, time.perf_counter() - started)


def _render_to(
    fmt: str,
    tmp: Path,
    request: SnapshotRequest,
    basemap: Basemap,
    atlas: Atlas,
    attribution: str,
    progress: Progress | None,
) -> PagePlan:
    page = request.page
    if fmt == "pdf":
        device = QPdfWriter(str(tmp))
        device.setResolution(page.dpi)
        device.setCreator(f"Northern Syria Atlas {__version__}")
        device.setPageLayout(_pdf_page_layout(page))
        width, height = device.width(), device.height()
    elif fmt == "svg":
        width, height = page.pixel_size()
        device = QSvgGenerator()
        device.setFileName(str(tmp))
        device.setSize(QSize(width, height))
        device.setViewBox(QRect(0, 0, width, height))
        device.setResolution(page.dpi)
    else:
        width, height = page.pixel_size()
        device = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        if device.isNull():
            raise AtlasError(f"cannot make a {width}x{height} image: not enough memory")
        dots_per_metre = round(page.dpi / 0.0254)
        device.setDotsPerMeterX(dots_per_metre)
        device.setDotsPerMeterY(dots_per_metre)
        device.fill(furniture.PAPER)
    plan = plan_page(request, width, height, basemap, atlas, attribution)
    # The file's own title is the page's (set before drawing starts, or it is not written).
    if fmt == "pdf":
        device.setTitle(plan.title)
    elif fmt == "svg":
        device.setTitle(plan.title)
        device.setDescription(f"Northern Syria Atlas {__version__}: {plan.title}")
    painter = QPainter()
    if not painter.begin(device):
        raise AtlasError(f"cannot write {request.out}: could not start drawing")
    try:
        paint_page(painter, plan, request, basemap, atlas, attribution, progress)
    finally:
        painter.end()
    _report(progress, 88, QCoreApplication.translate("Snapshot", "Saving the file"))
    if fmt == "png" and not device.save(str(tmp), "PNG"):
        raise AtlasError(f"cannot write {request.out}: saving the PNG failed (disk full?)")
    if fmt == "svg":  # browsers lay each text run out left to right unless told
        mark_rtl_runs_in_file(tmp, current_language() in RIGHT_TO_LEFT)
    return plan


def _pdf_page_layout(page: PageSpec) -> QPageLayout:
    if page.kind == "paper":
        paper, _, orientation = (page.paper or "a4-landscape").partition("-")
        size = QPageSize(_PAPER_SIZES[paper])
        landscape = orientation == "landscape"
    else:
        width_in, height_in = page.size_inches()
        size = QPageSize(QSizeF(width_in, height_in), QPageSize.Unit.Inch, "custom")
        landscape = False
    orientation_ = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation_, QMarginsF(0, 0, 0, 0))


def snapshot_command(request: SnapshotRequest) -> list[str]:
    page = request.page
    command = ["syria-atlas", "export", "snapshot", "--out", request.out.name]
    command += ["--dpi", str(page.dpi)]
    if page.kind == "paper":
        command += ["--paper", page.paper or "a4-landscape"]
    else:
        width, height = page.pixel_size()
        command += ["--size", f"{width}x{height}"]
    command += view_arguments(request.view, request.extent, request.workspace)
    if request.title:
        command += ["--title", request.title]
    if not request.inset:
        command.append("--no-inset")
    if "graticule" not in request.view.hidden_layers:
        command.append("--graticule")
    if "second_script" not in request.view.hidden_layers:
        command.append("--both-scripts")
    return command


def snapshot_manifest(request: SnapshotRequest, plan: PagePlan) -> dict:
    page = request.page
    layout = plan.layout
    command = snapshot_command(request)
    info = ManifestInfo("snapshot", request.out, request.view, command, request.workspace)
    return build_manifest(
        info,
        title=request.title,
        format=request.format,
        page={
            "kind": page.kind,
            "paper": page.paper,
            "dpi": page.dpi,
            "width": page.width,
            "height": page.height,
            "width_px": layout.width,
            "height_px": layout.height,
            "inset": request.inset,
        },
        map={
            "requested_extent": list(request.extent),
            "drawn_bounds": [round(v, 6) for v in layout.map_transform.visible_lonlat_bounds()],
            "metres_per_pixel_at_centre": round(layout.map_transform.ground_metres_per_pixel(), 3),
        },
        shown=shown_to_json(plan.shown),
        **control_data_json(plan.gap),
    )


def shown_to_json(shown: Shown) -> dict:
    """What the legend and small print list, with every zone source in full."""
    return {
        "controllers": [pid for pid, _ in shown.controllers],
        "zones": list(shown.zone_ids),
        "m4": shown.m4,
        "m4_corridor": shown.corridor,
        "event_kinds": list(shown.event_kinds),
        "event_count": shown.event_count,
        "zone_sources": [source_record(s) for s in shown.zone_sources],
        "event_sources": [source_record(s) for s in shown.event_sources],
        "gainers": [list(pair) for pair in shown.gainers],
    }
