"""The web-map export as a file: geodata.web_export's page, written atomically with a manifest.

Qt-free apart from its package: safe to run on a worker thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.export.manifest import (
    ManifestInfo,
    build_manifest,
    control_data_json,
    manifest_json,
    manifest_path,
    view_arguments,
)
from desktop.i18n import language
from geodata.atomic_file import AtomicWrites, check_writable
from geodata.errors import UsageError
from geodata.model import ViewState

if TYPE_CHECKING:
    from desktop.export.inputs import Basemap
    from geodata.atlas import Atlas

WEB_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class WebMapResult:
    path: Path
    manifest: Path
    bytes: int
    seconds: float


def check_web_path(out: Path) -> None:
    """A usage error unless ``out`` is an .html/.htm file name."""
    if out.suffix.lower() not in WEB_SUFFIXES:
        if not out.suffix:
            raise UsageError(
                f"--out {out.name}: the file name has no extension; a web map is an .html file"
            )
        raise UsageError(f"--out: a web map is an .html file, not {out.suffix}")


def web_command(out: Path, view: ViewState, title: str | None, workspace: str | None) -> list[str]:
    from geodata.extent import DEFAULT_EXTENT

    command = ["syria-atlas", "export", "html", "--out", out.name]
    command += view_arguments(view, view.extent or DEFAULT_EXTENT, workspace)
    if title:
        command += ["--title", title]
    return command


def export_web_map(
    out: Path,
    view: ViewState,
    atlas: Atlas,
    basemap: Basemap,
    attribution: str,
    title: str | None = None,
    workspace: str | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> WebMapResult:
    from geodata.web_export import build_web_map, control_gap
    from geodata.web_export.assets import versions
    from geodata.web_export.coverage import default_title

    started = time.perf_counter()
    out = Path(out)
    check_web_path(out)
    check_writable(out)
    if progress:
        progress(5, QCoreApplication.translate("Web", "Building the web map"))
    # The page in the interface language (texts, party names, dates); the manifest's command
    # keeps the user's own title (none: the default is chosen again when it is run).
    lang = language()
    shown_title = title or default_title(control_gap(atlas, view.as_of), lang)
    page = build_web_map(atlas, view, basemap, attribution, shown_title, language=lang)
    data = page.encode("utf-8")
    if progress:
        progress(85, QCoreApplication.translate("Web", "Writing the file"))
    info = ManifestInfo("html", out, view, web_command(out, view, title, workspace), workspace)
    manifest = build_manifest(
        info,
        title=title,
        format="html",
        bytes=len(data),
        libraries=versions(),
        **control_data_json(control_gap(atlas, view.as_of)),
    )
    with AtomicWrites() as files:
        files.target(out).write_bytes(data)
        files.target(manifest_path(out)).write_text(manifest_json(manifest), encoding="utf-8")
    if progress:
        progress(100, "Done")
    return WebMapResult(out, manifest_path(out), len(data), time.perf_counter() - started)
