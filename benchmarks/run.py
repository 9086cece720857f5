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
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.synthetic import synthetic_events, write_workspace  # noqa: E402
from geodata.extent import ATLAS_BOUNDS  # noqa: E402

SIZE = (1280, 800)
REGION = ATLAS_BOUNDS  # the whole-region view
ZOOMED = (36.75, 35.95, 37.55, 36.45)  # around Aleppo, ~70 km across
#: What --only can pick: repaint and hit-test, filters, exports, cold start, workspace opening,
#: the event panel, workspace saves (one event added beside a fresh import), the PostGIS
#: workspace beside the GeoPackage one, and the control history (derive a day, play a year).
PARTS = (
    "repaint", "filters", "exports", "start", "workspace", "panel", "saves", "database", "control"
)  # fmt: skip
# Named after the workspace format, so a workspace cached by an older benchmark is not reused.
WORKSPACE_FOLDER = "workspaces-5"
HEAVY_MODULES = (
    "PySide6.QtWidgets",
    "numpy",
    "shapely",
    "pyproj",
    "pyogrio",
    "geopandas",
    "folium",
)


@dataclass
class Row:
    measure: str
    events: str
    ours_ms: float | None
    baseline_ms: float | None = None
    baseline: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""


def median_ms(fn: Callable[[int], object], repeats: int, warmup: int = 1) -> float:
    """Median wall time of ``fn(i)`` in milliseconds over ``repeats`` calls (after warm-up)."""
    for i in range(warmup):
        fn(-1 - i)
    times = []
    for i in range(repeats):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def label(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"


# --------------------------------------------------------------------------- data


def atlas_with(events):
    from geodata.atlas import Atlas
    from geodata.io import load_records

    records = load_records()
    return Atlas(replace(records, events=records.events + tuple(events)))


# --------------------------------------------------------------------------- repaint


def map_transform(bounds):
    from desktop.map.canvas import inside_region
    from desktop.render.transform import MapTransform

    return inside_region(MapTransform.fit(bounds, *SIZE, 0.02))


def render_context(atlas, basemap, view):
    from desktop.render.context import RenderContext

    return RenderContext(
        view=view, basemap=basemap, atlas=atlas, hidden_layers=frozenset({"legend"})
    )


def bench_repaint(atlas, basemap, n: int, repeats: int, rows: list[Row]) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QImage, QPainter

    from desktop.render.base_cache import BaseMapCache
    from desktop.render.renderer import MapRenderer
    from geodata.model import ViewState

    renderer = MapRenderer("benchmark")
    # What the canvas paints through: the base map (sea up to the M4) from a cached picture
    # when the view only moved, everything over it drawn fresh.
    cache = BaseMapCache(renderer)
    imported = renderer.layer("imported_events")
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    view = ViewState()
    ctx = render_context(atlas, basemap, view)

    def paint(transform, layers=None, cached=False, preview=False):
        painter = QPainter(image)
        try:
            if cached:
                cache.render(painter, transform, ctx, preview=preview)
            elif layers is None:
                renderer.render(painter, transform, ctx)
            else:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                for layer in layers:
                    layer.paint(painter, transform, ctx)
        finally:
            painter.end()

    def after_zoom(transform):
        cache.clear()  # a new scale: the canvas draws the base again (without a margin)
        paint(transform, cached=True)

    baseline = None if n > 100_000 and not ARGS.baseline_million else GraphicsSceneBaseline(atlas)
    for name, bounds in (("whole region", REGION), ("zoomed in (Aleppo)", ZOOMED)):
        base = map_transform(bounds)

        # A one-pixel pan between frames: every repaint recomputes what is in view, as when
        # the user drags the map (the zoom level's cached bins are reused, as they would be).
        def moved(i, base=base):
            return base.panned(i % 2, 0)

        cache.clear()
        renders = cache.renders
        full = median_ms(lambda i: paint(moved(i), cached=True), repeats, warmup=2)
        drag_renders = cache.renders - renders
        uncached = median_ms(lambda i: paint(moved(i)), repeats, warmup=2)
        zoomed = median_ms(lambda i: after_zoom(moved(i)), repeats, warmup=2)
        # A wheel gesture: each step's frame shows the last sharp picture scaled (the canvas
        # draws it sharp once the gesture pauses: the "after a zoom" frame).
        cache.clear()
        paint(base, cached=True)
        centre = QPointF(SIZE[0] * 0.6, SIZE[1] * 0.4)

        def zoom_step(i, base=base, centre=centre):
            paint(base.zoomed(1.25 ** (1 + i % 3), centre), cached=True, preview=True)

        renders = cache.renders
        gesture = median_ms(zoom_step, repeats, warmup=2)
        gesture_renders = cache.renders - renders
        layer = median_ms(lambda i: paint(moved(i), [imported]), repeats, warmup=2)
        base_ms = baseline.repaint_ms(base, repeats) if baseline else None
        frame = imported.frame(atlas, view, base)
        shown = "clusters" if frame is not None and frame.clustered else "points"
        rows.append(
            Row(
                f"Repaint 1280x800, {name}: events layer",
                label(n),
                layer,
                base_ms,
                "1 QGraphicsItem/event" if baseline else "(baseline not run at 1M)",
                "<= 16 ms",
                layer <= 16,
                f"{len(frame.px) if frame else 0} {shown} drawn",
            )
        )
        rows.append(
            Row(
                f"Repaint 1280x800, {name}: whole map",
                label(n),
                full,
                uncached,
                "same frame, base map not cached",
                "<= 16 ms",
                full <= 16,
                f"the canvas's paint, dragged; base map drawn {drag_renders}x "
                f"in {repeats + 2} frames",
            )
        )
        rows.append(
            Row(
                f"Repaint 1280x800, {name}: whole map, base not cached",
                label(n),
                uncached,
                target="<= 16 ms",
                met=uncached <= 16,
                note="MapRenderer.render, as exports draw",
            )
        )
        rows.append(
            Row(
                f"Repaint 1280x800, {name}: whole map during a zoom gesture",
                label(n),
                gesture,
                zoomed,
                "sharp frame after a zoom",
                "<= 16 ms",
                gesture <= 16,
                f"wheel steps show the base map scaled; drawn {gesture_renders}x in "
                f"{repeats + 2} steps",
            )
        )
        rows.append(
            Row(
                f"Repaint 1280x800, {name}: whole map after a zoom",
                label(n),
                zoomed,
                target="<= 16 ms",
                met=zoomed <= 16,
                note="the canvas's sharp frame once a zoom gesture pauses (150 ms)",
            )
        )
    # The first repaint after a filter change rebuilds the layer's sorted points and bins.
    views = [ViewState(date_from=date(2012 + i % 6, 1, 1)) for i in range(repeats + 2)]
    whole = map_transform(REGION)

    def after_filter(i):
        ctx.view = views[i]
        paint(whole, [imported])

    first = median_ms(after_filter, repeats, warmup=1)
    ctx.view = view
    rows.append(
        Row(
            "First repaint after a filter change (events layer)",
            label(n),
            first,
            note="rebuilds the layer's points and bins once",
        )
    )
    bench_hit_test(atlas, renderer, paint, baseline, n, repeats, rows)


class GraphicsSceneBaseline:
    """One QGraphicsEllipseItem per event, in a QGraphicsScene shown through a QGraphicsView."""

    def __init__(self, atlas):
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QBrush, QColor, QPen
        from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsScene, QGraphicsView

        from geodata.view_filter import event_index

        index = event_index(atlas)
        rows = index.rows(atlas_view())
        rows = rows[index.has_point[rows]]
        started = time.perf_counter()
        self.scene = QGraphicsScene()
        pen, brush = QPen(QColor("white"), 1.2), QBrush(QColor(31, 45, 58))
        for x, y in zip(index.x[rows].tolist(), index.y[rows].tolist(), strict=True):
            item = QGraphicsEllipseItem(QRectF(-3.6, -3.6, 7.2, 7.2))
            item.setPos(x, -y)
            item.setPen(pen)
            item.setBrush(brush)
            item.setFlag(QGraphicsEllipseItem.GraphicsItemFlag.ItemIgnoresTransformations)
            self.scene.addItem(item)
        self.build_seconds = time.perf_counter() - started
        self.view = QGraphicsView(self.scene)
        self.view.resize(*SIZE)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFrameShape(QGraphicsView.Shape.NoFrame)

    def show(self, transform) -> None:
        from PySide6.QtGui import QTransform

        s = transform.pixels_per_metre
        self.view.setTransform(QTransform.fromScale(s, s))
        self.view.centerOn(transform.center_x, -transform.center_y)

    def repaint_ms(self, transform, repeats: int) -> float:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QImage, QPainter

        self.show(transform)
        image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)

        def paint(_i):
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self.view.render(painter, QRectF(0, 0, *SIZE), self.view.viewport().rect())
            painter.end()

        return median_ms(paint, max(3, repeats // 3), warmup=1)

    def hit_ms(self, transform, points, repeats: int) -> float:
        self.show(transform)
        return median_ms(lambda i: self.view.items(*points[i % len(points)]), repeats)


def atlas_view():
    from geodata.model import ViewState

    return ViewState()


# --------------------------------------------------------------------------- hit test


def bench_hit_test(atlas, renderer, paint, baseline, n: int, repeats: int, rows: list[Row]):
    import random

    from desktop.map.hit_test import HitTester

    tester = HitTester(atlas, renderer.layer("imported_events"))
    view = atlas_view()
    rng = random.Random(8)
    for name, bounds in (("whole region", REGION), ("zoomed in", ZOOMED)):
        transform = map_transform(bounds)
        paint(transform)  # the canvas always painted the view the user clicks on
        points = [(rng.randrange(SIZE[0]), rng.randrange(SIZE[1])) for _ in range(200)]
        clicks = max(repeats * 10, 100)
        ours = median_ms(
            lambda i, t=transform, p=points: tester.hit(t, view, *p[i % len(p)]), clicks
        )
        base_ms = baseline.hit_ms(transform, points, clicks) if baseline else None
        rows.append(
            Row(
                f"Click hit-test, {name} (events + zone)",
                label(n),
                ours,
                base_ms,
                "scene.items(point)" if baseline else "(baseline not run at 1M)",
                "<= 2 ms",
                ours <= 2,
            )
        )
    # A click on a view not painted yet (the frame is computed first).
    transform = map_transform(REGION)
    cold = median_ms(lambda i: tester.hit(transform.panned(1 + i % 2, 0), view, 640, 400), repeats)
    rows.append(
        Row("Hit-test on a view not yet painted", label(n), cold, note="computes the frame")
    )


# --------------------------------------------------------------------------- filters


def bench_filters(atlas, n: int, repeats: int, rows: list[Row]) -> None:
    from desktop.panel.event_model import EventFilterProxy, EventTableModel
    from geodata.model import ViewState
    from geodata.view_filter import event_index, event_matches

    index = event_index(atlas)
    cases = {
        "date range": ViewState(date_from=date(2016, 3, 1), date_to=date(2019, 10, 31)),
        "party": ViewState(parties=frozenset({"turkey", "sna"})),
        "date range + party": ViewState(
            date_from=date(2016, 3, 1), date_to=date(2019, 10, 31), parties=frozenset({"hts"})
        ),
    }
    for name, view in cases.items():
        ours = median_ms(lambda i, v=view: index._filter(v), repeats)
        loops = 1 if n >= 1_000_000 else 3
        base = median_ms(
            lambda i, v=view: [e for e in atlas.events if event_matches(e, v)], loops, warmup=0
        )
        rows.append(
            Row(
                f"Filter by {name}",
                label(n),
                ours,
                base,
                "Python loop over events",
                "<= 20 ms (1M)",
                ours <= 20,
            )
        )
    # The event list follows: a lazy model, rebuilt from the filter's row array.
    model = EventTableModel(atlas)
    proxy = EventFilterProxy(ViewState())
    proxy.setSourceModel(model)
    views = [ViewState(date_from=date(2013 + i % 8, 1, 1)) for i in range(repeats + 1)]
    listed = median_ms(lambda i: proxy.set_view(views[i]), repeats)
    rows.append(Row("Event list update after a filter change", label(n), listed))


# --------------------------------------------------------------------------- start-up


def app_command() -> list[str]:
    exe = shutil.which("syria-atlas")
    return [exe] if exe else [sys.executable, "-m", "desktop.app"]


BARE_QT = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize({w}, {h})
window.show()
app.processEvents()
window.grab().toImage().save(sys.argv[1])
"""


def process_env(bytecode: bool = True) -> dict[str, str]:
    """The environment of a timed process. ``bytecode``: Python keeps the modules' compiled
    bytecode between runs (in the benchmark cache, not beside the sources), as an installed
    program has it; without it every start compiles the atlas's ~100 modules again (~0.1 s)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(ARGS.cache) / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def process_ms(commands: dict[str, tuple[list[str], bool]], repeats: int) -> dict[str, float]:
    """Median wall time (ms) of each process, by name; ``commands`` maps a name to (command,
    bytecode). The processes take turns (one of each, ``repeats`` times), so a figure and the
    baseline it is compared with see the same machine: on a shared machine, load that comes
    and goes would otherwise fall on one of them only."""
    envs = {name: process_env(bytecode) for name, (_command, bytecode) in commands.items()}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(repeats + 1):  # the first round warms up (and writes the bytecode)
        for name, (command, _bytecode) in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, env=envs[name], capture_output=True)
            if round_:
                times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def bench_start(tmp: Path, cache: Path, repeats: int, rows: list[Row], workspace: bool) -> None:
    """Cold start against the bare window and, with ``workspace``, the start with a 100k-event
    workspace against the cold start, all measured in the same rounds."""
    shot = str(tmp / "start.png")
    size = f"{SIZE[0]}x{SIZE[1]}"
    window = [*app_command(), "--screenshot", shot, "--size", size]
    bare_script = tmp / "bare_qt.py"
    bare_script.write_text(BARE_QT.format(w=SIZE[0], h=SIZE[1]))
    commands = {
        "cold": (window, True),
        "bare": ([sys.executable, str(bare_script), str(tmp / "bare.png")], True),
        "uncompiled": (window, False),
    }
    if workspace:
        # Written by the atlas's own save (events by date, then id); the folder is named after
        # that format so a workspace cached by an older benchmark is not reused.
        path = write_workspace(cache / WORKSPACE_FOLDER / "bench100k.gpkg", 100_000)
        commands["workspace"] = ([*window, "--workspace", str(path)], True)
    ms = process_ms(commands, repeats)
    cold, bare = ms["cold"], ms["bare"]
    rows.append(
        Row(
            "Cold start to first painted map (--screenshot)",
            "bundled",
            cold,
            bare,
            "bare Qt window start",
            "<= 1500 ms and <= 3x baseline",
            cold <= 1500 and cold <= 3 * bare,
            f"{cold / bare:.2f}x the bare window",
        )
    )
    uncompiled = ms["uncompiled"]
    rows.append(
        Row(
            "Cold start, no cached bytecode (PYTHONDONTWRITEBYTECODE=1)",
            "bundled",
            uncompiled,
            bare,
            "bare Qt window start",
            note=f"{uncompiled / bare:.2f}x the bare window; every start compiles the modules",
        )
    )
    if workspace:
        added = ms["workspace"] - cold
        rows.append(
            Row(
                "Start with a 100k-event workspace (added to cold start)",
                "100k",
                added,
                target="<= one cold start",
                met=added <= cold,
                note=f"whole start {ms['workspace']:.0f} ms; {added / cold:.2f} cold starts",
            )
        )
    on_path = start_path_modules(shot, size)
    for module in HEAVY_MODULES:
        ms_import = import_ms(module)
        rows.append(
            Row(
                f"Import time: {module}",
                "",
                ms_import,
                note="on the start path" if module in on_path else "not imported at start",
            )
        )


def import_ms(module: str) -> float:
    """Cumulative import time of a module in a fresh interpreter (python -X importtime)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
    )
    for line in reversed(result.stderr.splitlines()):
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1]) / 1000
    return float("nan")


def start_path_modules(shot: str, size: str) -> set[str]:
    env = process_env()
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "desktop.app",
            "--screenshot",
            shot,
            "--size",
            size,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    names = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    return {m for m in HEAVY_MODULES if m in names}


# --------------------------------------------------------------------------- exports


def bench_snapshot(atlas, basemap, n_label: str, tmp: Path, repeats: int, rows: list[Row]):
    from desktop.export.page import page_spec
    from desktop.export.snapshot import SnapshotRequest, export_snapshot
    from geodata.basemap import ATTRIBUTION

    spec = page_spec("png", dpi=300, paper="a4-landscape", size=None)
    request = SnapshotRequest(tmp / "a4.png", atlas_view(), spec)
    ours = median_ms(
        lambda i: export_snapshot(request, basemap, atlas, ATTRIBUTION), max(3, repeats // 3)
    )
    rows.append(Row("A4 300 DPI PNG export", n_label, ours, target="<= 2000 ms", met=ours <= 2000))


def bench_html(atlas, basemap, tmp: Path, rows: list[Row]) -> None:
    from geodata.basemap import ATTRIBUTION
    from geodata.view_filter import visible_events
    from geodata.web_export import build_web_map

    view = atlas_view()
    sizes = []

    def ours(_i):
        sizes.append(len(build_web_map(atlas, view, basemap, ATTRIBUTION).encode("utf-8")))

    ours_ms = median_ms(ours, 3)
    events = [e for e in visible_events(atlas.events, view) if e.lat is not None]
    base_sizes = []

    def baseline(_i):
        import folium

        fmap = folium.Map(location=[36.2, 38.5], zoom_start=7, tiles=None)
        for event in events:
            folium.Marker([event.lat, event.lon], popup=event.title).add_to(fmap)
        base_sizes.append(len(fmap.get_root().render().encode("utf-8")))

    base_ms = median_ms(baseline, 1, warmup=0)
    mb, base_mb = sizes[-1] / 1e6, base_sizes[-1] / 1e6
    rows.append(
        Row(
            "HTML export (time)",
            "10k",
            ours_ms,
            base_ms,
            "folium, 1 Marker/event",
            "<= 2000 ms",
            ours_ms <= 2000,
        )
    )
    rows.append(
        Row(
            "HTML export (size, MB)",
            "10k",
            round(mb, 2),
            round(base_mb, 2),
            "folium, 1 Marker/event",
            "<= 3 MB",
            mb <= 3,
            "figures in MB, not ms; ours inlines Leaflet (offline)",
        )
    )


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


ARGS = parse_args([])


def main(argv=None) -> int:
    global ARGS
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
                bench_repaint(atlas, basemap, n, repeats, rows)
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
