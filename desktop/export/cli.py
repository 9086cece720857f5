"""`syria-atlas export snapshot|html`: options checked first (one-line errors), then the work."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.export.inputs import load_data, view_from_args
from desktop.export.page import describe_output, format_of, page_spec
from geodata.atomic_file import check_writable, not_a_folder
from geodata.errors import UsageError

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication


def run(args: argparse.Namespace) -> int:
    """`syria-atlas export snapshot|html`: the exit code (errors raise AtlasError/UsageError)."""
    if args.export_kind == "snapshot":
        return run_snapshot(args)
    if args.export_kind in ("html", "web"):  # "web": what users call the web map
        return run_html(args)
    if args.export_kind == "zones":
        return run_zones(args)
    raise UsageError(f"unknown export kind {args.export_kind!r}")


def run_zones(args: argparse.Namespace) -> int:
    """The zones in force on a date as GeoJSON, CSV or GeoPackage (no Qt needed)."""
    from geodata.atlas import load_atlas
    from geodata.cli.zones_export import export_zones
    from geodata.model import DEFAULT_AS_OF

    out = Path(args.out)
    day = args.date or DEFAULT_AS_OF
    atlas = load_atlas(workspace=args.workspace)
    written = export_zones(atlas, day, out)
    print(f"wrote {out}: {written} in force on {day.isoformat()}")
    return 0


def ensure_gui_application() -> QGuiApplication:
    """Fonts need a QGuiApplication; a command-line export needs no display, so go offscreen."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def install_export_language(app, requested: str | None) -> None:
    """Title, legend and credits in ``--lang``; English without it, so that a script's export
    does not change with the language someone chose in the window."""
    from desktop import i18n

    i18n.install_language(app, requested or "en")
    i18n.register_fonts()


def run_snapshot(args: argparse.Namespace) -> int:
    out = Path(args.out)
    not_a_folder(out, "map.png")
    fmt = format_of(out.name)
    spec = page_spec(fmt, dpi=args.dpi, paper=args.paper, size=args.size)
    check_writable(out)
    app = ensure_gui_application()
    install_export_language(app, getattr(args, "lang", None))
    from desktop.export.snapshot import SnapshotRequest, export_snapshot
    from geodata.cli.workspace_arg import workspace_arg
    from geodata.workspace_store import workspace_label

    workspace = workspace_arg(args.workspace)
    basemap, atlas, attribution = load_data(workspace)
    view = view_from_args(args, atlas)
    if args.graticule:
        view = replace(view, hidden_layers=view.hidden_layers - {"graticule"})
    if getattr(args, "both_scripts", False):
        view = replace(view, hidden_layers=view.hidden_layers - {"second_script"})
    request = SnapshotRequest(
        out, view, spec, args.title, not args.no_inset, workspace_label(workspace)
    )
    result = export_snapshot(request, basemap, atlas, attribution)
    layout = result.layout
    print(
        f"wrote {out} ({describe_output(fmt, spec, layout.width, layout.height)}) "
        f"and {result.manifest.name} in {result.seconds:.1f} s"
    )
    return 0


def run_html(args: argparse.Namespace) -> int:
    from desktop.export.web import check_web_path, export_web_map

    out = Path(args.out)
    not_a_folder(out, "atlas.html")
    check_web_path(out)
    check_writable(out)
    if getattr(args, "lang", None) not in (None, "en"):  # translations need an application
        install_export_language(ensure_gui_application(), args.lang)
    from geodata.cli.workspace_arg import workspace_arg
    from geodata.workspace_store import workspace_label

    workspace = workspace_arg(args.workspace)
    basemap, atlas, attribution = load_data(workspace)
    view = view_from_args(args, atlas)
    result = export_web_map(
        out, view, atlas, basemap, attribution, args.title, workspace_label(workspace)
    )
    print(
        f"wrote {out} ({result.bytes / 1e6:.2f} MB, self-contained) "
        f"and {result.manifest.name} in {result.seconds:.1f} s"
    )
    return 0
