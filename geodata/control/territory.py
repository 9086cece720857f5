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

from geodata.control.cells import polygonal as _polygonal
from geodata.control.cells import reach_of, voronoi_in
from geodata.control.model import GAP, Locality, LocalityState

_CACHE_SIZE = 64  # derived days kept (each a handful of merged polygons)
_UNION_CACHE_SIZE = 1024  # merged groups kept (see TerritoryDeriver._union)
#: A face this small (deg², ~1 km²) with no locality and no label is a noding sliver between
#: the outline and a zone boundary: it joins the nearest locality's cell instead of a gap.
SLIVER_DEG2 = 1e-4
#: Localities farther than this (degrees, ~2 km) outside Syria get no cell.
OUTSIDE_DEG = 0.02
#: The farthest (km) a site's cell reaches from its point, by gazetteer kind. A city quarter,
#: an airfield, a base or an installation is a place of a few km², not the country around it:
#: a Voronoi cell among sparse neighbours would hand it tens of km² (al-Hasakah's security
#: square, a quarter the government held inside an SDF-held city, drew ~75 km² of the city's
#: west, Qamishli airport ~62 km²). The rest of such a cell goes to the neighbours' cells as
#: if the site were not there. Drawing rules, not measured extents: zones stay approximate.
SITE_REACH_KM = {"neighbourhood": 1.5} | dict.fromkeys(
    ("airport", "airbase", "base", "installation", "oilfield", "dam", "border_crossing"), 3.0
)


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
    """The faces of one set of constraint lines: those holding localities (grown by the
    slivers they absorbed), their localities, the faces without one (with the label they take),
    and each locality's Voronoi cell — worked out per face only when a face's localities
    disagree (a face whose localities agree is merged whole, its cells never needed)."""

    faces: list[BaseGeometry]
    members: list[np.ndarray]  # per face: its localities
    regions: list[str]  # per locality: the labelled area (snapshot zone id) of its face, or ""
    orphans: list[tuple[BaseGeometry, LabelledArea | None]]
    points: np.ndarray
    reach: dict[int, BaseGeometry] = field(default_factory=dict)  # see SITE_REACH_KM
    face_cells: dict[int, dict[int, BaseGeometry]] = field(default_factory=dict)

    def cells_of(self, face_index: int) -> dict[int, BaseGeometry]:
        """Locality index -> its cell, for one face (of several localities at one coordinate
        only the first has one)."""
        cells = self.face_cells.get(face_index)
        if cells is None:
            face, members = self.faces[face_index], self.members[face_index]
            cells = dict(voronoi_in(face, self.points, members, self.reach))
            self.face_cells[face_index] = cells
        return cells

    def locality_at(self, point) -> int | None:
        """The locality whose cell holds ``point``, or None (a face with no locality)."""
        for index, face in enumerate(self.faces):
            if face.intersects(point):
                for member, cell in self.cells_of(index).items():
                    if cell.intersects(point):
                        return member
        return None

    def nearest_locality(self, point, within: float) -> int | None:
        """The locality whose cell is nearest ``point`` and at most ``within`` (degrees) away:
        for points just outside the generalised outline, as the zone lookup snaps them."""
        best: tuple[float, int] | None = None
        for index, face in enumerate(self.faces):
            if face.distance(point) > within:
                continue
            for member, cell in self.cells_of(index).items():
                gap = cell.distance(point)
                if gap <= within and (best is None or gap < best[0]):
                    best = (gap, member)
        return best[1] if best is not None else None


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
        self.reach = {
            index: reach_of(loc, SITE_REACH_KM[loc.kind])
            for index, loc in enumerate(self.localities)
            if loc.kind in SITE_REACH_KM
        }
        self._cells: OrderedDict[tuple, _Cells] = OrderedDict()
        self._territory: OrderedDict[tuple, Territory] = OrderedDict()
        self._unions: OrderedDict[tuple, tuple[tuple, BaseGeometry]] = OrderedDict()
        self._faces_memo: OrderedDict[tuple, dict] = OrderedDict()

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
        regions = [""] * len(self.localities)
        orphans: list[tuple[BaseGeometry, LabelledArea | None]] = []
        slivers: list[BaseGeometry] = []
        held_faces: list[BaseGeometry] = []
        held_members: list[np.ndarray] = []
        held_index = np.full(len(faces), -1)
        for index, face in enumerate(faces):
            members = np.flatnonzero(face_of == index)
            label = _label_of(face, constraints.labelled)
            if len(members) == 0:
                if label is None and face.area < SLIVER_DEG2:
                    slivers.append(face)
                else:
                    orphans.append((face, label))
                continue
            for member in members:
                regions[member] = label.zone_id if label is not None else ""
            held_index[index] = len(held_faces)
            held_faces.append(face)
            held_members.append(members)
        # A sliver joins the face of the locality nearest to it.
        placed = np.flatnonzero(face_of >= 0)
        if slivers and len(placed):
            tree = shapely.STRtree(self.points[placed])
            for sliver in slivers:
                nearest = int(placed[tree.query_nearest(sliver.representative_point())[0]])
                target = int(held_index[face_of[nearest]])
                held_faces[target] = _polygonal(shapely.union(held_faces[target], sliver))
        result = _Cells(held_faces, held_members, regions, orphans, self.points, self.reach)
        self._cells[constraints.key] = result
        if len(self._cells) > _CACHE_SIZE:
            self._cells.popitem(last=False)
        return result

    def _face_of_points(self, faces: Sequence[Polygon]) -> np.ndarray:
        """Each locality's face index; a point outside every face (a border crossing drawn a
        few hundred metres beyond the generalised outline) takes the nearest face."""
        face_of = np.full(len(self.points), -1)
        coords = shapely.get_coordinates(self.points)
        for face_index, face in enumerate(faces):  # a few faces, thousands of points each
            shapely.prepare(face)
            hit = shapely.intersects_xy(face, coords[:, 0], coords[:, 1]) & (face_of < 0)
            face_of[hit] = face_index
        tree = shapely.STRtree(faces)
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
        day_key = (constraints.key, states)
        cached = self._territory.get(day_key)
        if cached is not None:
            self._territory.move_to_end(day_key)
            return cached
        cells = self.cells(constraints)
        groups: dict[tuple[LocalityState, str], list[int]] = {}
        # A face whose localities all share one state is that state's whole face: merged
        # as one shape instead of its cells (most faces, on most days).
        whole: dict[tuple[LocalityState, str], list[BaseGeometry]] = {}
        for face_index, (face, members) in enumerate(zip(cells.faces, cells.members, strict=True)):
            face_states = {states[i] for i in members}
            if len(face_states) == 1:
                key = (face_states.pop(), cells.regions[members[0]])
                whole.setdefault(key, []).append(face)
                groups.setdefault(key, []).extend(members.tolist())
                continue
            region = cells.regions[members[0]]
            for state, (shape, indices) in self._mixed_face(
                constraints.key, cells, face_index, states
            ).items():
                groups.setdefault((state, region), []).extend(indices)
                whole.setdefault((state, region), []).append(shape)
        orphan_groups: dict[tuple[LocalityState, str], list[BaseGeometry]] = {}
        for face, label in cells.orphans:
            key = (label.state, label.zone_id) if label is not None else (GAP, "")
            orphan_groups.setdefault(key, []).append(face)
        pieces = []
        for state, region in sorted(set(groups) | set(orphan_groups), key=_group_order):
            members = groups.get((state, region), [])
            extra = orphan_groups.get((state, region), [])
            shapes = whole.get((state, region), []) + extra
            merged = self._union(constraints.key, state, region, shapes)
            pieces.append(
                Piece(
                    state=state,
                    geometry=merged,
                    localities=tuple(sorted(members)),
                    labelled_by=(region,) if extra and region else (),
                    region=region,
                )
            )
        territory = Territory(tuple(pieces))
        self._territory[day_key] = territory
        if len(self._territory) > _CACHE_SIZE:
            self._territory.popitem(last=False)
        return territory

    def _mixed_face(self, key: tuple, cells: _Cells, face_index: int, states) -> dict:
        """A face whose localities disagree: state -> (its part of the face, its localities).
        The minority states' cells are merged (few); the majority's part is the face less
        those — much cheaper than merging thousands of cells, and the same by construction
        (the cells tile the face). Kept by the minority cells it is made of."""
        members = cells.members[face_index]
        by_state: dict[LocalityState, list[int]] = {}
        for index in members.tolist():
            by_state.setdefault(states[index], []).append(index)
        majority = max(by_state, key=lambda st: (len(by_state[st]), _group_order((st, ""))))
        face_cells = cells.cells_of(face_index)
        minority = tuple(sorted(i for st, ids in by_state.items() if st != majority for i in ids))
        memo_key = (key, face_index, majority, tuple(states[i] for i in minority), minority)
        cached = self._faces_memo.get(memo_key)
        if cached is None:
            parts: dict[LocalityState, tuple[BaseGeometry, list[int]]] = {}
            minority_cells = []
            for state, indices in by_state.items():
                if state == majority:
                    continue
                shapes = [face_cells[i] for i in indices if i in face_cells]
                merged = _polygonal(shapely.union_all(shapes)) if shapes else Polygon()
                parts[state] = (merged, indices)
                minority_cells.extend(shapes)
            rest = cells.faces[face_index].difference(shapely.union_all(minority_cells))
            parts[majority] = (_polygonal(rest), by_state[majority])
            cached = parts
            self._faces_memo[memo_key] = cached
            if len(self._faces_memo) > _UNION_CACHE_SIZE:
                self._faces_memo.popitem(last=False)
        else:
            self._faces_memo.move_to_end(memo_key)
        return cached

    def _union(self, key: tuple, state: LocalityState, region: str, shapes: list) -> BaseGeometry:
        """The merged shape of a group, kept by what it is made of: a group whose cells did
        not change from one day to the next gets the very same geometry object (the
        renderer's path caches, and the derived zones' parts, are found by it)."""
        memo_key = (key, state, region, tuple(id(s) for s in shapes))
        cached = self._unions.get(memo_key)
        if cached is not None and all(a is b for a, b in zip(cached[0], shapes, strict=True)):
            self._unions.move_to_end(memo_key)
            return cached[1]
        merged = shapes[0] if len(shapes) == 1 else shapely.union_all(shapes)
        merged = _polygonal(shapely.make_valid(merged) if not merged.is_valid else merged)
        self._unions[memo_key] = (tuple(shapes), merged)
        if len(self._unions) > _UNION_CACHE_SIZE:
            self._unions.popitem(last=False)
        return merged

    def is_cached(self, states: tuple[LocalityState, ...], constraints: Constraints) -> bool:
        return (constraints.key, states) in self._territory


def _group_order(key: tuple[LocalityState, str]) -> tuple:
    state, region = key
    return (not state.known, state.controller, state.status, state.with_parties, region)


def _label_of(face: Polygon, labelled: Sequence[LabelledArea]) -> LabelledArea | None:
    point = face.representative_point()
    for area in labelled:
        if area.geometry.intersects(point):
            return area
    return None
