"""Snapshots: the view rendered from state onto a PNG, SVG or PDF page — never a screen grab.

    request = SnapshotRequest(Path("map.pdf"), view, page_spec("pdf", paper="a4-landscape"))
    result = export_snapshot(request, basemap, atlas, attribution)

The map is drawn by the same :class:`MapRenderer` as the window, at ``dpi / 96`` device pixels per
style pixel, so lines and labels keep their size on paper. Safe to call off the GUI thread (a
QGuiApplication must exist, for fonts).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from desktop.export import furniture
from desktop.export.inputs import Basemap
from desktop.export.layout import PageLayout
from desktop.export.manifest import manifest_json, manifest_path
from desktop.export.page import PageSpec, format_of
from desktop.export.snapshot_manifest import snapshot_manifest
from desktop.export.snapshot_page import PagePlan, Progress, paint_page, plan_page, report_progress
from desktop.export.svg_bidi import mark_rtl_runs_in_file
from desktop.i18n import RIGHT_TO_LEFT, current_language
from geodata import __version__
from geodata.atomic_file import AtomicWrites, check_writable
from geodata.errors import AtlasError
from geodata.extent import DEFAULT_EXTENT
from geodata.model import ViewState
from geodata.web_export.coverage import CONTROL_TITLE

if TYPE_CHECKING:
    from geodata.atlas import Atlas

DEFAULT_TITLE = CONTROL_TITLE  # a page whose date has no control zones says so instead

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
class SnapshotResult:
    path: Path
    manifest: Path
    layout: PageLayout
    seconds: float


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
    report_progress(progress, 2, QCoreApplication.translate("Snapshot", "Laying out the page"))
    with AtomicWrites() as files:
        tmp = files.target(out)
        plan = _render_to(fmt, tmp, request, basemap, atlas, attribution, progress)
        report_progress(
            progress, 95, QCoreApplication.translate("Snapshot", "Writing the manifest")
        )
        manifest = snapshot_manifest(request, plan, atlas)
        files.target(manifest_path(out)).write_text(manifest_json(manifest), encoding="utf-8")
    report_progress(progress, 100, QCoreApplication.translate("Snapshot", "Done"))
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
    report_progress(progress, 88, QCoreApplication.translate("Snapshot", "Saving the file"))
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
