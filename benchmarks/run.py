"""Performance benchmark of the atlas with many events (issue 8): one command, one table.

    python benchmarks/run.py                 # 10k and 100k events
    python benchmarks/run.py --million       # also 1M events (slow to generate: ~1 min)
    python benchmarks/run.py --json out.json # the figures as JSON too
    python benchmarks/run.py --quick         # fewer repeats (a smoke run)
    python benchmarks/run.py --only start,workspace   # just the process start-up figures

Every figure is the median of repeated runs, beside a baseline measured in the same run on the
same synthetic data (benchmarks/synthetic.py): one QGraphicsItem per event in a QGraphicsScene
rendered through a QGraphicsView (repaint, hit-test), a plain Python loop over the events
(filters), a bare Qt window (cold start) and folium with one Marker per event (HTML export).
Not part of the test suite: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import (  # noqa: E402
    WORKSPACE_FOLDER,
    Row,
    atlas_with,
    label,
    map_transform,
    render_context,
)
from benchmarks.exports import bench_html, bench_snapshot  # noqa: E402
from benchmarks.filters import bench_filters  # noqa: E402
from benchmarks.repaint import bench_repaint  # noqa: E402
from benchmarks.start import bench_start  # noqa: E402
from benchmarks.synthetic import synthetic_events, write_workspace  # noqa: E402

#: What --only can pick: repaint and hit-test, filters, exports, cold start, workspace opening,
#: the event panel, workspace saves (one event added beside a fresh import), the PostGIS
#: workspace beside the GeoPackage one, and the control history (derive a day, play a year).
PARTS = (
    "repaint", "filters", "exports", "start", "workspace", "panel", "saves", "database", "control"
)  # fmt: skip


# --------------------------------------------------------------------------- output


def fmt(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


def table(rows: list[Row]) -> str:
    lines = [
        "| Measure | Events | Ours (ms) | Baseline (ms) | Baseline | Target | Met | Note |",
        "|---|---|---:|---:|---|---|---|---|",
    ]
    for r in rows:
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        lines.append(
            f"| {r.measure} | {r.events} | {fmt(r.ours_ms)} | {fmt(r.baseline_ms)} | "
            f"{r.baseline} | {r.target} | {met} | {r.note} |"
        )
    return "\n".join(lines)


def machine() -> dict:
    from PySide6 import __version__ as pyside

    return {
        "python": platform.python_version(),
        "pyside6": pyside,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
    }


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--million", action="store_true", help="also run 1,000,000 events")
    parser.add_argument(
        "--baseline-million",
        action="store_true",
        help="build the QGraphicsItem baseline at 1M too (minutes, ~2 GB)",
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run)")
    parser.add_argument(
        "--only",
        metavar="PARTS",
        default=",".join(PARTS),
        help=f"comma-separated parts to run, of: {', '.join(PARTS)} (default: all)",
    )
    parser.add_argument(
        "--cache",
        metavar="DIR",
        default=str(Path(tempfile.gettempdir()) / "syria-atlas-bench"),
        help="where the synthetic workspaces are kept between runs",
    )
    return parser.parse_args(argv)


def parse_parts(text: str) -> set[str]:
    parts = {part.strip() for part in text.split(",") if part.strip()}
    unknown = parts - set(PARTS)
    if unknown:
        raise SystemExit(f"--only: unknown part(s) {', '.join(sorted(unknown))}; use {PARTS}")
    return parts


def main(argv=None) -> int:
    ARGS = parse_args(argv)
    repeats = 5 if ARGS.quick else 15
    process_repeats = 3 if ARGS.quick else 11
    cache = Path(ARGS.cache)
    cache.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from geodata.basemap import load_basemap

    app = QApplication.instance() or QApplication(sys.argv[:1])
    basemap = load_basemap()
    rows: list[Row] = []
    sizes = [10_000, 100_000] + ([1_000_000] if ARGS.million else [])
    parts = parse_parts(ARGS.only)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for n in sizes if parts & {"repaint", "filters", "exports"} else []:
            started = time.perf_counter()
            atlas = atlas_with(synthetic_events(n))
            atlas.events.columns  # noqa: B018 - build the index before timing anything
            print(
                f"[{label(n)}] data ready in {time.perf_counter() - started:.1f} s", file=sys.stderr
            )
            if "repaint" in parts:
                bench_repaint(atlas, basemap, n, repeats, rows, ARGS.baseline_million)
            if "filters" in parts:
                bench_filters(atlas, n, repeats, rows)
            if n == 10_000 and "exports" in parts:
                bench_html(atlas, basemap, tmp, rows)
            if n == 100_000 and "exports" in parts:
                bench_snapshot(atlas, basemap, "100k", tmp, repeats, rows)
            del atlas
        if "exports" in parts:
            bench_snapshot(atlas_with(()), basemap, "bundled", tmp, repeats, rows)
        if "panel" in parts:
            from benchmarks.panel import bench_panel

            workspace = write_workspace(cache / WORKSPACE_FOLDER / "bench100k.gpkg", 100_000)
            bench_panel(app, workspace, repeats, rows, Row)
        if "saves" in parts:
            from benchmarks.saves import bench_saves

            for n in [100_000] + ([1_000_000] if ARGS.million else []):
                cached = write_workspace(cache / WORKSPACE_FOLDER / f"bench{label(n)}.gpkg", n)
                bench_saves(cached, n, label(n), tmp, 3 if ARGS.quick else 7, rows, Row)
        if "database" in parts:
            from benchmarks.database import bench_database

            db_sizes = [100_000] + ([1_000_000] if ARGS.million else [])
            helpers = (label, map_transform, render_context, WORKSPACE_FOLDER)
            bench_database(basemap, cache, db_sizes, repeats, rows, Row, helpers)
        if "control" in parts:
            from benchmarks.control import bench_control

            bench_control(app, basemap, tmp, repeats, rows, Row)
        if parts & {"start", "workspace"}:
            # The workspace figure is what it adds to a cold start measured in the same rounds.
            bench_start(tmp, cache, process_repeats, rows, workspace="workspace" in parts)
    order = {name: i for i, name in enumerate(dict.fromkeys(r.measure for r in rows))}
    rows.sort(key=lambda r: order[r.measure])
    print(table(rows))
    if ARGS.json:
        Path(ARGS.json).write_text(
            json.dumps({"machine": machine(), "rows": [asdict(r) for r in rows]}, indent=2)
        )
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
