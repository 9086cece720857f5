"""Workspace saves (issue 12): adding one event to a large workspace, and opening it, beside a
fresh import of the same number of events, all in the same run.

Each measure runs in a process of its own, so its peak memory (ru_maxrss) is its own; the
figure is the median wall time of the operation inside that process, and the peak is the
largest seen. The baseline for memory is the same process doing nothing but its imports.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PRELUDE = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from datetime import date
from geodata.model import Event, Source
from geodata.workspace import add_to_workspace, open_workspace
from benchmarks.synthetic import synthetic_events
path, n, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def peak_mb():
    # VmHWM: this program's own peak (ru_maxrss would carry the parent's over fork and exec).
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
times = []
"""
_ACTIONS = {
    "idle": "pass",
    "add_one": """
for i in range(repeats):
    event = Event(id=f"added-{i}-{time.time_ns()}", date=date(2023, 4, 25), title="one more",
                  kind="other", lat=36.2, lon=37.1,
                  sources=(Source(url="https://example.org/one"),))
    start = time.perf_counter()
    add_to_workspace(path, [event])
    times.append(time.perf_counter() - start)
""",
    "open": """
for i in range(repeats):
    start = time.perf_counter()
    events, zones = open_workspace(path)
    len(events)
    times.append(time.perf_counter() - start)
    del events, zones
""",
    "fresh": """
events = synthetic_events(n, origin="fresh")
before = peak_mb()
start = time.perf_counter()
add_to_workspace(path, events)
times.append(time.perf_counter() - start)
""",
}
_REPORT = "\nprint(json.dumps({'times': times, 'peak_mb': peak_mb()}))\n"


def _run(action: str, path: Path, n: int, repeats: int) -> dict:
    code = _PRELUDE.format(root=str(ROOT)) + _ACTIONS[action] + _REPORT
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), str(n), str(repeats)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_saves(cached: Path, n: int, n_label: str, tmp: Path, repeats: int, rows, Row) -> None:
    """``cached``: a workspace of ``n`` synthetic events (copied, so the cache stays as is)."""
    work = tmp / f"saves-{n_label}.gpkg"
    shutil.copyfile(cached, work)
    idle = _run("idle", work, n, 0)
    fresh = _run("fresh", tmp / f"fresh-{n_label}.gpkg", n, 1)
    first_add = _run("add_one", work, n, 1)  # the first save after an older format upgrades
    added = _run("add_one", work, n, repeats)
    opened = _run("open", work, n, max(3, repeats // 2))
    fresh_ms = fresh["times"][0] * 1000
    add_ms = statistics.median(added["times"]) * 1000
    open_ms = statistics.median(opened["times"]) * 1000
    rows.append(
        Row(
            "Add one event to a workspace (one save)",
            n_label,
            add_ms,
            fresh_ms,
            f"a fresh import of {n_label} events into a new workspace",
            "well under 1000 ms, little memory",
            add_ms < 1000,
            f"peak {added['peak_mb']:.0f} MB vs {idle['peak_mb']:.0f} MB for the bare process "
            f"and {fresh['peak_mb']:.0f} MB for the fresh import; the first save "
            f"{first_add['times'][0] * 1000:.0f} ms",
        )
    )
    rows.append(
        Row(
            "Open that workspace after the additions",
            n_label,
            open_ms,
            fresh_ms,
            "the fresh import",
            "",
            None,
            f"peak {opened['peak_mb']:.0f} MB",
        )
    )
