"""Which imported events a view draws, and how: one by one, or binned into counted clusters.

Pure numpy over the atlas's columnar event index, so 100,000 or 1,000,000 events cost a few
array operations per frame rather than a Python loop:

* the filtered points are kept sorted by x, so a view finds its points by binary search;
* clusters are cells of a grid anchored in map metres, one grid per zoom *level* (cell sizes
  are powers of two metres), so panning never reshuffles clusters, and the binning of every
  point at a level is cached: a zoomed-out repaint only culls a few hundred cells;
* a view with few points in it draws them individually (and a click finds them exactly).

No Qt here: :class:`Frame` is what the layer paints and what the hit test searches.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from desktop.render.transform import MapTransform
from geodata.event_index import EventIndex
from geodata.model import ViewState

CELL_STYLE_PX = 44.0  # the smallest cluster cell, in style pixels (a level spans 1x to 2x this)
DIRECT_LIMIT = 2500  # at most this many events in view are drawn one by one
LEVEL_CACHE_ABOVE = 40_000  # more candidates than this in view: use the level's cached bins
_DENSE_CELLS = 4_000_000  # a grid up to this many cells bins with bincount, beyond by sorting
POINT_RADIUS = 3.6  # style pixels: an imported event's dot
MAX_CLUSTER_RADIUS = 17.0  # style pixels: a cluster never hides much more than its town


def cluster_radius(count: np.ndarray | int) -> np.ndarray:
    """A cluster's radius in style pixels: grows with the log of its count, capped by its cell."""
    count = np.maximum(np.asarray(count, dtype=float), 1.0)
    return np.minimum(5.0 + 3.5 * np.log10(count), MAX_CLUSTER_RADIUS)


@dataclass
class Cells:
    """The occupied cells of one grid: cell indices, counts, centroids and one member each."""

    ix: np.ndarray
    iy: np.ndarray
    count: np.ndarray
    x: np.ndarray  # centroid, map metres
    y: np.ndarray
    member: np.ndarray  # index (into the PointSet) of one event in the cell


def bin_points(x: np.ndarray, y: np.ndarray, cell: float) -> Cells:
    """Bin points into square cells of ``cell`` metres anchored at the map origin."""
    if len(x) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Cells(empty, empty, empty, np.zeros(0), np.zeros(0), empty)
    ix = np.floor(x / cell).astype(np.int64)
    iy = np.floor(y / cell).astype(np.int64)
    ix0, iy0 = int(ix.min()), int(iy.min())
    nx, ny = int(ix.max()) - ix0 + 1, int(iy.max()) - iy0 + 1
    key = (ix - ix0) * ny + (iy - iy0)
    order = np.arange(len(x), dtype=np.int64)
    if nx * ny <= _DENSE_CELLS:
        count = np.bincount(key, minlength=nx * ny)
        occupied = np.flatnonzero(count)
        sum_x = np.bincount(key, weights=x, minlength=nx * ny)[occupied]
        sum_y = np.bincount(key, weights=y, minlength=nx * ny)[occupied]
        first = np.empty(nx * ny, dtype=np.int64)
        first[key[::-1]] = order[::-1]  # the first member of each cell wins
        member = first[occupied]
        count = count[occupied]
    else:
        occupied, inverse, count = np.unique(key, return_inverse=True, return_counts=True)
        sum_x = np.bincount(inverse, weights=x)
        sum_y = np.bincount(inverse, weights=y)
        member = np.empty(len(occupied), dtype=np.int64)
        member[inverse[::-1]] = order[::-1]
    return Cells(
        ix=occupied // ny + ix0,
        iy=occupied % ny + iy0,
        count=count.astype(np.int64),
        x=sum_x / count,
        y=sum_y / count,
        member=member,
    )


@dataclass
class PointSet:
    """The events one filter shows on a layer, with a point, sorted by x (map metres)."""

    rows: np.ndarray  # atlas rows
    x: np.ndarray
    y: np.ndarray
    levels: dict[int, Cells] = field(default_factory=dict)

    @classmethod
    def build(cls, index: EventIndex, rows: np.ndarray, subset: np.ndarray) -> PointSet:
        """``rows`` (a filter's rows) restricted to ``subset`` (a boolean column) with points."""
        keep = np.zeros(index.size, dtype=bool)
        keep[rows] = True
        keep &= subset
        # The index's west-to-east order, filtered: no sort per filter change.
        order = index.x_order
        rows = order[keep[order]]
        return cls(rows=rows, x=index.x[rows], y=index.y[rows])

    def __len__(self) -> int:
        return len(self.rows)

    def cells(self, level: int) -> Cells:
        """Every point binned at a level (cached: the zoomed-out views all reuse it)."""
        cells = self.levels.get(level)
        if cells is None:
            cells = self.levels[level] = bin_points(self.x, self.y, 2.0**level)
        return cells

    def in_box(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        """Indices (into this set) of the points inside a map box."""
        lo, hi = np.searchsorted(self.x, (x0, x1), side="left")
        inside = (self.y[lo:hi] >= y0) & (self.y[lo:hi] <= y1)
        return np.flatnonzero(inside) + lo


def level_for(transform: MapTransform, unit: float) -> int:
    """The grid level whose cells are 1x to 2x ``CELL_STYLE_PX`` on this view."""
    target_metres = CELL_STYLE_PX * unit / transform.pixels_per_metre
    return math.ceil(math.log2(target_metres))


@dataclass
class Frame:
    """What one view of a layer shows: points or clusters, in device pixels."""

    transform: MapTransform
    key: tuple
    unit: float
    clustered: bool
    px: np.ndarray  # centres, device pixels
    py: np.ndarray
    radius: np.ndarray  # device pixels
    count: np.ndarray  # events in each item (1 for a point)
    member: np.ndarray  # an atlas row in each item (the event itself for a point)
    level: int = 0
    cell_ix: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    cell_iy: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    @property
    def event_count(self) -> int:
        return int(self.count.sum())

    def nearest(self, px: float, py: float, slop: float) -> tuple[int, float]:
        """The item under a device pixel (its circle, ``slop`` pixels of grace), and the distance;
        (-1, inf) when there is none."""
        if len(self.px) == 0:
            return -1, math.inf
        distance = np.hypot(self.px - px, self.py - py)
        reach = np.maximum(self.radius, slop)
        candidates = np.flatnonzero(distance <= reach)
        if len(candidates) == 0:
            return -1, math.inf
        best = int(candidates[np.argmin(distance[candidates])])
        return best, float(distance[best])

    def within(self, px: float, py: float, radius: float) -> np.ndarray:
        """Point items within ``radius`` device pixels, nearest first."""
        distance = np.hypot(self.px - px, self.py - py)
        near = np.flatnonzero(distance <= radius)
        return near[np.argsort(distance[near], kind="stable")]


def compute_frame(points: PointSet, key: tuple, transform: MapTransform, unit: float) -> Frame:
    """Cull the points to the view, then show them one by one or binned, as their number asks."""
    s = transform.pixels_per_metre
    margin = (MAX_CLUSTER_RADIUS + 2) * unit / s
    rect = transform.visible_map_rect()
    x0, x1 = rect.left() - margin, rect.right() + margin
    y0, y1 = rect.top() - margin, rect.bottom() + margin
    level = level_for(transform, unit)
    left = transform.center_x - transform.width / 2 / s
    top = transform.center_y + transform.height / 2 / s

    def to_px(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return (x - left) * s, (top - y) * s

    lo, hi = np.searchsorted(points.x, (x0, x1), side="left")
    inside: np.ndarray | None = None
    if hi - lo > LEVEL_CACHE_ABOVE:
        cells = points.cells(level)
        keep = (cells.x >= x0) & (cells.x <= x1) & (cells.y >= y0) & (cells.y <= y1)
        if int(cells.count[keep].sum()) > DIRECT_LIMIT:
            return _cluster_frame(points, cells, keep, key, transform, unit, level, to_px)
        inside = points.in_box(x0, y0, x1, y1)
    if inside is None:
        inside = points.in_box(x0, y0, x1, y1)
    if len(inside) > DIRECT_LIMIT:
        cells = bin_points(points.x[inside], points.y[inside], 2.0**level)
        cells.member = inside[cells.member]
        keep = np.ones(len(cells.count), dtype=bool)
        return _cluster_frame(points, cells, keep, key, transform, unit, level, to_px)
    px, py = to_px(points.x[inside], points.y[inside])
    n = len(inside)
    return Frame(
        transform,
        key,
        unit,
        clustered=False,
        px=px,
        py=py,
        radius=np.full(n, POINT_RADIUS * unit),
        count=np.ones(n, dtype=np.int64),
        member=points.rows[inside],
    )


def _cluster_frame(points, cells: Cells, keep, key, transform, unit, level, to_px) -> Frame:
    px, py = to_px(cells.x[keep], cells.y[keep])
    count = cells.count[keep]
    radius = np.where(count > 1, cluster_radius(count), POINT_RADIUS) * unit
    return Frame(
        transform,
        key,
        unit,
        clustered=True,
        px=px,
        py=py,
        radius=radius,
        count=count,
        member=points.rows[cells.member[keep]],
        level=level,
        cell_ix=cells.ix[keep],
        cell_iy=cells.iy[keep],
    )


class EventPoints:
    """A layer's cache: the point set of the current filter and the last frame drawn."""

    def __init__(self, subset_of) -> None:
        self._subset_of = subset_of  # EventIndex -> boolean column of the layer's events
        self._points: tuple[tuple, PointSet] | None = None
        self._frame: Frame | None = None

    def points(self, index: EventIndex, view: ViewState) -> tuple[tuple, PointSet]:
        # The key holds the index itself: an id() could be reused by a reloaded atlas.
        key = (index, index.filter_key(view))
        if self._points is None or self._points[0][0] is not index or self._points[0] != key:
            rows = index.rows(view)
            self._points = (key, PointSet.build(index, rows, self._subset_of(index)))
            self._frame = None
        return self._points

    def frame(self, index: EventIndex, view: ViewState, transform: MapTransform, unit: float):
        key, points = self.points(index, view)
        frame = self._frame
        stale = frame is None or frame.key is not key
        if stale or frame.transform != transform or frame.unit != unit:
            frame = self._frame = compute_frame(points, key, transform, unit)
        return frame

    def cell_bounds(self, frame: Frame, item: int) -> tuple[float, float, float, float]:
        """Map-metre box (x0, y0, x1, y1) around the events of a cluster."""
        cell = 2.0**frame.level
        x0, y0 = frame.cell_ix[item] * cell, frame.cell_iy[item] * cell
        assert self._points is not None
        points = self._points[1]
        inside = points.in_box(x0, y0, x0 + cell, y0 + cell)
        if len(inside) == 0:
            return x0, y0, x0 + cell, y0 + cell
        xs, ys = points.x[inside], points.y[inside]
        return float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())
