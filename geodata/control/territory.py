"""The territory of a day, derived from its localities' control.

1. Constraint lines (Syria's border, the Euphrates, the Golan line, and on their dates the
   sourced zone boundaries of the snapshots) cut Syria into *faces*: polygonizing the noded
   union of the outline and the lines tiles the outline exactly, by construction.
2. Inside each face the localities' Voronoi cells (``shapely.voronoi_polygons``) are clipped to
   the face, so no cell ever crosses a known front line or the river.
3. Cells of one state (controller, status, with) are merged. A face with no locality takes the
   label of the snapshot zone it lies in when one is in force (the zone is sourced data for
   that day), else it is a gap: ``unknown``, drawn as "no data", never filled.

Step 1–2 depend only on the constraint lines, step 3 only on the tuple of locality states:
both are cached, so days with no change share the result.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import polygonize

from geodata.control.model import GAP, Locality, LocalityState

_CACHE_SIZE = 64  # derived days kept (each a handful of merged polygons)
#: A face this small (deg², ~1 km²) with no locality and no label is a noding sliver between
#: the outline and a zone boundary: it joins the nearest locality's cell instead of a gap.
SLIVER_DEG2 = 1e-4
#: Localities farther than this (degrees, ~2 km) outside Syria get no cell.
OUTSIDE_DEG = 0.02


@dataclass(frozen=True)
class LabelledArea:
    """A sourced area in force on a day (a snapshot zone): labels faces with no locality."""

    geometry: BaseGeometry
    state: LocalityState
    zone_id: str


@dataclass(frozen=True)
class Constraints:
    """The lines that cut Syria on a day, and the labelled areas in force; ``key`` names them."""

    key: tuple
    lines: tuple[BaseGeometry, ...] = ()
    labelled: tuple[LabelledArea, ...] = ()


@dataclass(frozen=True)
class Piece:
    """One state's merged territory, with the localities (indices) that give it."""

    state: LocalityState
    geometry: BaseGeometry
    localities: tuple[int, ...]
    labelled_by: tuple[str, ...] = ()  # zone ids whose faces had no locality
    region: str = ""  # the snapshot zone (in force that day) this piece lies in, if any


@dataclass(frozen=True)
class Territory:
    pieces: tuple[Piece, ...]

    def gap(self) -> BaseGeometry | None:
        gaps = [p.geometry for p in self.pieces if not p.state.known]
        return shapely.union_all(gaps) if gaps else None


@dataclass
class _Cells:
    """Each locality's cell (None: shares a coordinate with an earlier one, or outside Syria)
    and the faces without a locality, with the label they take."""

    cells: list[BaseGeometry | None]
    regions: list[str]  # per locality: the labelled area (snapshot zone id) of its face, or ""
    orphans: list[tuple[BaseGeometry, LabelledArea | None]] = field(default_factory=list)


class TerritoryDeriver:
    """Derives and caches the territory of a day for one gazetteer and outline."""

    def __init__(
        self,
        outline: Polygon | MultiPolygon,
        localities: Sequence[Locality],
        permanent_lines: Sequence[BaseGeometry] = (),
    ) -> None:
        self.outline = outline
        self.localities = tuple(localities)
        self.permanent_lines = tuple(permanent_lines)
        self.points = shapely.points([(loc.lon, loc.lat) for loc in self.localities])
        self._cells: OrderedDict[tuple, _Cells] = OrderedDict()
        self._territory: OrderedDict[tuple, Territory] = OrderedDict()

    # ------------------------------------------------------------------ faces and cells

    def faces(self, constraints: Constraints) -> list[Polygon]:
        """The outline cut along every constraint line (tiles the outline exactly)."""
        clip = self.outline.buffer(0.02)
        lines = [line.intersection(clip) for line in (*self.permanent_lines, *constraints.lines)]
        rings = [self.outline.boundary, *[ln for ln in lines if not ln.is_empty]]
        noded = shapely.union_all(rings)
        faces = [
            f
            for f in polygonize(getattr(noded, "geoms", [noded]))
            if self.outline.contains(f.representative_point())
        ]
        return faces or [self.outline]

    def cells(self, constraints: Constraints) -> _Cells:
        cached = self._cells.get(constraints.key)
        if cached is not None:
            self._cells.move_to_end(constraints.key)
            return cached
        faces = self.faces(constraints)
        face_of = self._face_of_points(faces)
        cells: list[BaseGeometry | None] = [None] * len(self.localities)
        regions = [""] * len(self.localities)
        orphans: list[tuple[BaseGeometry, LabelledArea | None]] = []
        slivers: list[BaseGeometry] = []
        for index, face in enumerate(faces):
            members = np.flatnonzero(face_of == index)
            label = _label_of(face, constraints.labelled)
            if len(members) == 0:
                if label is None and face.area < SLIVER_DEG2:
                    slivers.append(face)
                else:
                    orphans.append((face, label))
                continue
            for member, cell in _voronoi_in(face, self.points, members):
                cells[member] = cell
                regions[member] = label.zone_id if label is not None else ""
        _absorb(slivers, cells, self.points)
        result = _Cells(cells, regions, orphans)
        self._cells[constraints.key] = result
        if len(self._cells) > _CACHE_SIZE:
            self._cells.popitem(last=False)
        return result

    def _face_of_points(self, faces: Sequence[Polygon]) -> np.ndarray:
        """Each locality's face index; a point outside every face (a border crossing drawn a
        few hundred metres beyond the generalised outline) takes the nearest face."""
        face_of = np.full(len(self.points), -1)
        tree = shapely.STRtree(faces)
        pairs = tree.query(self.points, predicate="intersects")
        for point_index, face_index in zip(*pairs, strict=True):
            if face_of[point_index] < 0:
                face_of[point_index] = face_index
        outside = np.flatnonzero(face_of < 0)
        if len(outside):
            near, nearest = tree.query_nearest(
                self.points[outside], max_distance=OUTSIDE_DEG, all_matches=False
            )
            face_of[outside[near]] = nearest
        return face_of

    # ------------------------------------------------------------------ a day

    def derive(self, states: tuple[LocalityState, ...], constraints: Constraints) -> Territory:
        """The merged territory for these locality states under these constraints (cached)."""
        key = (constraints.key, states)
        cached = self._territory.get(key)
        if cached is not None:
            self._territory.move_to_end(key)
            return cached
        cells = self.cells(constraints)
        groups: dict[tuple[LocalityState, str], list[int]] = {}
        for index, (state, cell) in enumerate(zip(states, cells.cells, strict=True)):
            if cell is not None:
                groups.setdefault((state, cells.regions[index]), []).append(index)
        orphan_groups: dict[tuple[LocalityState, str], list[BaseGeometry]] = {}
        for face, label in cells.orphans:
            key = (label.state, label.zone_id) if label is not None else (GAP, "")
            orphan_groups.setdefault(key, []).append(face)
        pieces = []
        for state, region in sorted(set(groups) | set(orphan_groups), key=_group_order):
            members = groups.get((state, region), [])
            extra = orphan_groups.get((state, region), [])
            merged = shapely.union_all([cells.cells[i] for i in members] + extra)
            merged = shapely.make_valid(merged) if not merged.is_valid else merged
            pieces.append(
                Piece(
                    state=state,
                    geometry=_polygonal(merged),
                    localities=tuple(members),
                    labelled_by=(region,) if extra and region else (),
                    region=region,
                )
            )
        territory = Territory(tuple(pieces))
        self._territory[key] = territory
        if len(self._territory) > _CACHE_SIZE:
            self._territory.popitem(last=False)
        return territory

    def is_cached(self, states: tuple[LocalityState, ...], constraints: Constraints) -> bool:
        return (constraints.key, states) in self._territory


def _group_order(key: tuple[LocalityState, str]) -> tuple:
    state, region = key
    return (not state.known, state.controller, state.status, state.with_parties, region)


def _absorb(slivers: Sequence[BaseGeometry], cells: list, points: np.ndarray) -> None:
    """Each sliver joins the cell of the locality nearest to it."""
    with_cells = np.flatnonzero([c is not None for c in cells])
    if not slivers or not len(with_cells):
        return
    tree = shapely.STRtree(points[with_cells])
    for sliver in slivers:
        nearest = int(with_cells[tree.query_nearest(sliver.representative_point())[0]])
        cells[nearest] = _polygonal(shapely.union(cells[nearest], sliver))


def _label_of(face: Polygon, labelled: Sequence[LabelledArea]) -> LabelledArea | None:
    point = face.representative_point()
    for area in labelled:
        if area.geometry.intersects(point):
            return area
    return None


def _voronoi_in(face: Polygon, points: np.ndarray, members: np.ndarray):
    """(locality index, its cell clipped to the face) for the localities in one face; of
    several at one coordinate only the first (gazetteer order) gets the cell."""
    coords = shapely.get_coordinates(points[members])
    _, first = np.unique(np.round(coords, 6), axis=0, return_index=True)
    first = np.sort(first)
    if len(first) == 1:
        yield int(members[first[0]]), face
        return
    diagram = shapely.voronoi_polygons(
        shapely.multipoints(coords[first]), extend_to=face, ordered=True
    )
    clipped = shapely.intersection(np.asarray(diagram.geoms), face)
    for local, cell in zip(first, clipped, strict=True):
        cell = _polygonal(cell)
        if not cell.is_empty:
            yield int(members[local]), cell


def _polygonal(geometry: BaseGeometry) -> BaseGeometry:
    """Only the polygon parts (intersections can leave lines and points at shared edges)."""
    if isinstance(geometry, Polygon | MultiPolygon):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", []) if isinstance(g, Polygon | MultiPolygon)]
    polys = [p for g in parts for p in getattr(g, "geoms", [g])]
    return MultiPolygon(polys) if polys else Polygon()
