"""What every benchmark part shares: the result row, the median timer, the views measured and
the atlas built over synthetic events."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from geodata.extent import ATLAS_BOUNDS

SIZE = (1280, 800)
REGION = ATLAS_BOUNDS  # the whole-region view
ZOOMED = (36.75, 35.95, 37.55, 36.45)  # around Aleppo, ~70 km across
# Named after the workspace format, so a workspace cached by an older benchmark is not reused.
WORKSPACE_FOLDER = "workspaces-5"


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


def map_transform(bounds):
    from desktop.map.view_bounds import inside_region
    from desktop.render.transform import MapTransform

    return inside_region(MapTransform.fit(bounds, *SIZE, 0.02))


def render_context(atlas, basemap, view):
    from desktop.render.context import RenderContext

    return RenderContext(
        view=view, basemap=basemap, atlas=atlas, hidden_layers=frozenset({"legend"})
    )


def atlas_view():
    from geodata.model import ViewState

    return ViewState()
