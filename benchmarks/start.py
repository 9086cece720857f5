"""Process start-up figures: cold start to the first painted map against a bare Qt window, the
start with a large workspace, and the import time of the heavy modules."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import SIZE, WORKSPACE_FOLDER, Row
from benchmarks.synthetic import write_workspace
from desktop.launch import FIRST_PAINT_CLOCK

HEAVY_MODULES = (
    "PySide6.QtWidgets",
    "numpy",
    "shapely",
    "pyproj",
    "pyogrio",
    "geopandas",
    "folium",
)


def app_command() -> list[str]:
    exe = shutil.which("syria-atlas")
    return [exe] if exe else [sys.executable, "-m", "desktop.app"]


# The baseline: a bare Qt window, shown and grabbed. It prints the clock at its first paint as
# the atlas's probe does (FIRST_PAINT_PROBE=clock), so both are timed to their first paint.
BARE_QT = """
import sys
import time
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    painted = False

    def paintEvent(self, event):
        if not self.painted:
            self.painted = True
            print({clock!r}, f"{{time.monotonic():.6f}}", flush=True)
        super().paintEvent(event)

app = QApplication(sys.argv[:1])
window = Window()
window.resize({w}, {h})
window.show()
app.processEvents()
window.grab().toImage().save(sys.argv[1])
"""


def process_env(cache: Path, bytecode: bool = True) -> dict[str, str]:
    """The environment of a timed process. ``bytecode``: Python keeps the modules' compiled
    bytecode between runs (in the benchmark cache, not beside the sources), as an installed
    program has it; without it every start compiles the atlas's ~100 modules again (~0.1 s)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


@dataclass
class ProcessTimes:
    """Median wall times (ms) of the timed processes, by name: the whole process, and (for the
    processes that print FIRST_PAINT_CLOCK) from its spawn to its first paint."""

    whole: dict[str, float]
    to_paint: dict[str, float]


def _paint_clock(stdout: str) -> float | None:
    """The monotonic clock reading (s) a process printed at its first paint, if it did."""
    for line in stdout.splitlines():
        if line.startswith(FIRST_PAINT_CLOCK):
            return float(line.removeprefix(FIRST_PAINT_CLOCK))
    return None


def process_ms(
    commands: dict[str, tuple[list[str], bool]],
    repeats: int,
    cache: Path,
    extra_env: dict[str, dict[str, str]] | None = None,
) -> ProcessTimes:
    """Time each process; ``commands`` maps a name to (command, bytecode), ``extra_env`` a name
    to variables of its own. The processes take turns (one of each, ``repeats`` times), so a
    figure and the baseline it is compared with see the same machine: on a shared machine, load
    that comes and goes would otherwise fall on one of them only. The time to the first paint
    reads the system's monotonic clock, which the parent and the child share (Linux, macOS)."""
    envs = {name: process_env(cache, bytecode) for name, (_command, bytecode) in commands.items()}
    for name, variables in (extra_env or {}).items():
        envs[name].update(variables)
    whole: dict[str, list[float]] = {name: [] for name in commands}
    to_paint: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(repeats + 1):  # the first round warms up (and writes the bytecode)
        for name, (command, _bytecode) in commands.items():
            spawned = time.monotonic()
            done = subprocess.run(command, check=True, env=envs[name], capture_output=True)
            ended = time.monotonic()
            painted = _paint_clock(done.stdout.decode(errors="replace"))
            if round_:
                whole[name].append((ended - spawned) * 1000)
                if painted is not None:
                    to_paint[name].append((painted - spawned) * 1000)
    return ProcessTimes(
        {name: statistics.median(values) for name, values in whole.items()},
        {name: statistics.median(values) for name, values in to_paint.items() if values},
    )


def bench_start(tmp: Path, cache: Path, repeats: int, rows: list[Row], workspace: bool) -> None:
    """Cold start against the bare window and, with ``workspace``, the start with a 100k-event
    workspace against the cold start, all measured in the same rounds."""
    shot = str(tmp / "start.png")
    size = f"{SIZE[0]}x{SIZE[1]}"
    window = [*app_command(), "--screenshot", shot, "--size", size]
    bare_script = tmp / "bare_qt.py"
    bare_script.write_text(BARE_QT.format(w=SIZE[0], h=SIZE[1], clock=FIRST_PAINT_CLOCK))
    commands = {
        "cold": (window, True),
        # The window as a user opens it, until the map's first paint (the docks' panels come
        # right after it): a fresh settings and data folder, so no remembered workspace.
        "first_paint": (app_command(), True),
        "bare": ([sys.executable, str(bare_script), str(tmp / "bare.png")], True),
        "uncompiled": (window, False),
    }
    if workspace:
        # Written by the atlas's own save (events by date, then id); the folder is named after
        # that format so a workspace cached by an older benchmark is not reused.
        path = write_workspace(cache / WORKSPACE_FOLDER / "bench100k.gpkg", 100_000)
        commands["workspace"] = ([*window, "--workspace", str(path)], True)
    first_paint_env = {
        "SYRIA_ATLAS_FIRST_PAINT": "clock",
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
    }
    ms = process_ms(commands, repeats, cache, {"first_paint": first_paint_env})
    first_paint, bare_paint = ms.to_paint["first_paint"], ms.to_paint["bare"]
    rows.append(
        Row(
            "Cold start to first painted map (window)",
            "bundled",
            first_paint,
            bare_paint,
            "bare Qt window's first paint",
            "<= 1500 ms and <= 2.5x baseline",
            first_paint <= 1500 and first_paint <= 2.5 * bare_paint,
            f"{first_paint / bare_paint:.2f}x the bare window; from the process's spawn to the "
            "map's first paint (SYRIA_ATLAS_FIRST_PAINT=clock)",
        )
    )
    whole_paint, cold, bare = ms.whole["first_paint"], ms.whole["cold"], ms.whole["bare"]
    rows.append(
        Row(
            "The same start, to the process's end (quits at the first paint)",
            "bundled",
            whole_paint,
            bare,
            "bare Qt window's whole process",
            note=f"{whole_paint / bare:.2f}x; with the interpreter's exit (modules, Qt objects)",
        )
    )
    rows.append(
        Row(
            "Cold start to the whole window painted (--screenshot)",
            "bundled",
            cold,
            bare,
            "bare Qt window's whole process",
            "<= 1500 ms and <= 2.5x baseline",
            cold <= 1500 and cold <= 2.5 * bare,
            f"{cold / bare:.2f}x the bare window; the whole process, the PNG written",
        )
    )
    uncompiled = ms.whole["uncompiled"]
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
        added = ms.whole["workspace"] - cold
        rows.append(
            Row(
                "Start with a 100k-event workspace (added to cold start)",
                "100k",
                added,
                target="<= one cold start",
                met=added <= cold,
                note=f"whole start {ms.whole['workspace']:.0f} ms; {added / cold:.2f} cold starts",
            )
        )
    on_path = start_path_modules(shot, size, cache)
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


def start_path_modules(shot: str, size: str, cache: Path) -> set[str]:
    env = process_env(cache)
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
