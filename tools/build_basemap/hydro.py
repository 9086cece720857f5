"""Rivers (GSHHG 2.3.7 WDBII via GMT) and lakes (Natural Earth 10m), named by known towns.

GSHHG river pieces carry a WDBII rank but no name. The pieces are noded into a network; a named
river is the shortest network path through the towns it is known to pass (GeoNames points,
looked up by geonameid, so no coordinate is typed in here), extended at both ends along pieces
of the same rank until a confluence offers no single such continuation or the network ends.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import shapely
import shapely.ops
from shapely.geometry import LineString, MultiLineString, Point

from tools.build_basemap.geo import WIDE_BOX, Feature, finish_wide

# WDBII river ranks kept: 1 double-lined, 2-4 permanent major/additional rivers. Minor (5),
# intermittent (6-8) wadis and canals (9-11) would clutter a regional map.
KEPT_LEVELS = {1, 2, 3, 4}


@dataclass(frozen=True)
class RiverSpec:
    name: str
    name_ar: str
    anchors: tuple[int, ...]  # GeoNames ids of towns on the river, upstream to downstream


RIVERS: tuple[RiverSpec, ...] = (
    # Birecik, Jarabulus, Ar Raqqah, Al Mayadin, Albu Kamal, Rawah, Ramadi
    RiverSpec("Euphrates", "الفرات", (321062, 169179, 172955, 173480, 174448, 92004, 98717)),
    # Diyarbakir, Bismil, Hasankeyf, Cizre, Mosul (below Mosul the WDBII line has gaps wider
    # than JUMP_KM, so the name stops where the network does)
    RiverSpec("Tigris", "دجلة", (316541, 321031, 312479, 318253, 99072)),
    # El Hermel, Al Qusayr, Ar Rastan, Hamah, Jisr ash Shughur, Darkush, Antakya
    RiverSpec("Orontes", "العاصي", (279997, 173322, 172946, 170017, 169023, 170865, 323779)),
    # Ra's al 'Ayn, Tall Tamr, Ash Shaddadah, Al Busayrah. Not Al-Hasakah: it sits on a
    # confluence, and an anchor there may snap to the tributary.
    RiverSpec("Khabur", "الخابور", (165509, 163434, 172837, 173927)),
    # 'Afrin, Jindayris
    RiverSpec("Afrin", "عفرين", (174186, 169190)),
    # Ceyhan
    RiverSpec("Ceyhan", "جيحان", (318675,)),
    # Umm Qays, above the Yarmouk gorge
    RiverSpec("Yarmouk", "اليرموك", (246202,)),
    # Bet She'an (the lower Jordan; the upper Jordan is a separate, unnamed piece)
    RiverSpec("Jordan", "نهر الأردن", (295435,)),
    # Az Zabadani, Damascus
    RiverSpec("Barada", "بردى", (172059, 170654)),
    # Al Kiswah
    RiverSpec("Awaj", "الأعوج", (173598,)),
)

# Lakes: the NE polygon nearest to (and within 10 km of) a town on its shore.
LAKES: tuple[tuple[str, str, int], ...] = (
    ("Lake Assad", "بحيرة الأسد", 172374),  # Al-Tabqa, by the Tabqa dam
    ("Sea of Galilee", "بحيرة طبريا", 293322),  # Tiberias
    ("Atatürk Reservoir", "بحيرة سد أتاتورك", 301943),  # Samsat
    ("Lake Van", "بحيرة وان", 299582),  # Tatvan
)
ANCHOR_MAX_KM = 15.0


def read_gmt_rivers(path: Path) -> list[tuple[int, LineString]]:
    """Parse ``gmt coast -M`` output: '> River Bin # N, Level L' headers, then 'lon lat' rows."""
    pieces: list[tuple[int, LineString]] = []
    level, coords = 0, []
    for line in [*path.read_text().splitlines(), ">"]:
        if line.startswith(">"):
            if len(coords) > 1:
                pieces.append((level, LineString(coords)))
            found = re.search(r"Level (\d+)", line)
            level, coords = (int(found.group(1)) if found else 0), []
        elif line.strip():
            lon, lat = map(float, line.split()[:2])
            coords.append((lon, lat))
    return pieces


def _km_per_degree(lat: float) -> tuple[float, float]:
    return 111.32 * math.cos(math.radians(lat)), 110.57


class RiverNetwork:
    """Noded river pieces: edges between confluences/ends, each with its WDBII rank."""

    def __init__(self, pieces: Iterable[tuple[int, LineString]]):
        by_level: dict[int, list[LineString]] = defaultdict(list)
        for level, line in _join_ends(list(pieces)):
            by_level[level].append(line)
        self.edges: list[LineString] = []
        self.levels: list[int] = []
        all_lines = shapely.union_all([ln for lines in by_level.values() for ln in lines])
        merged = shapely.line_merge(all_lines)  # nodes at every junction, merges degree-2 runs
        level_index = [
            (lvl, shapely.STRtree(lines), lines) for lvl, lines in by_level.items() if lines
        ]
        for edge in shapely.get_parts(merged):
            self.edges.append(edge)
            self.levels.append(self._level_of(edge, level_index))
        self.nodes: dict[tuple[float, float], list[int]] = defaultdict(list)
        for i, edge in enumerate(self.edges):
            for end in (edge.coords[0], edge.coords[-1]):
                self.nodes[_key(end)].append(i)
        self.tree = shapely.STRtree(self.edges)  # real edges only: anchors never snap to links
        self._add_connectors()

    def _add_connectors(self) -> None:
        """Link each dangling end to the nearest other dangling end (see CONNECT_KM, JUMP_KM)."""
        dangling = [node for node, edges in self.nodes.items() if len(edges) == 1]
        done: set[frozenset] = set()
        for a in dangling:
            kx, ky = _km_per_degree(a[1])
            others = [
                (math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * ky), b)
                for b in dangling
                if b != a and self.nodes[b][0] != self.nodes[a][0]
            ]
            km, b = min(others, default=(math.inf, a))
            if km <= JUMP_KM and frozenset((a, b)) not in done:
                done.add(frozenset((a, b)))
                self.edges.append(LineString([a, b]))
                self.levels.append(CONNECTOR if km <= CONNECT_KM else JUMP)
                self.nodes[a].append(len(self.edges) - 1)
                self.nodes[b].append(len(self.edges) - 1)

    def cost(self, e: int) -> float:
        length = self.edges[e].length
        return length * JUMP_COST if self.levels[e] == JUMP else length

    @staticmethod
    def _level_of(edge: LineString, level_index) -> int:
        """Rank of the source pieces covering most of this edge."""
        best, best_len = 0, -1.0
        probe = edge.buffer(1e-5)
        for lvl, tree, lines in level_index:
            total = sum(shapely.intersection(lines[i], probe).length for i in tree.query(probe))
            if total > best_len:
                best, best_len = lvl, total
        return best

    def nearest_edge(self, point: Point) -> tuple[int, float]:
        i = int(self.tree.nearest(point))
        kx, ky = _km_per_degree(point.y)
        p1, p2 = shapely.ops.nearest_points(self.edges[i], point)
        return i, math.hypot((p1.x - p2.x) * kx, (p1.y - p2.y) * ky)

    def _ends(self, i: int) -> tuple[tuple[float, float], tuple[float, float]]:
        return _key(self.edges[i].coords[0]), _key(self.edges[i].coords[-1])

    def shortest_path(self, a: int, b: int) -> list[int]:
        """Edges from edge a to edge b (both included), by length."""
        if a == b:
            return [a]
        dist: dict[tuple[float, float], float] = {}
        prev: dict[tuple[float, float], int] = {}
        heap = []
        for node in self._ends(a):
            dist[node] = 0.0
            heapq.heappush(heap, (0.0, node))
        targets = set(self._ends(b))
        while heap:
            d, node = heapq.heappop(heap)
            if d > dist.get(node, math.inf):
                continue
            if node in targets:
                path = [b]
                while node in prev:
                    e = prev[node]
                    path.append(e)
                    u, v = self._ends(e)
                    node = u if v == node else v
                path.append(a)
                return list(dict.fromkeys(reversed(path)))
            for e in self.nodes[node]:
                if e in (a,):
                    continue
                u, v = self._ends(e)
                other = v if u == node else u
                nd = d + self.cost(e)
                if nd < dist.get(other, math.inf):
                    dist[other] = nd
                    prev[other] = e
                    heapq.heappush(heap, (nd, other))
        raise ValueError("anchors are not connected in the river network")

    def extend(self, path: list[int]) -> list[int]:
        """Follow each open end of the path while exactly one unused edge of the same rank
        continues it (a confluence with a differently ranked tributary does not stop it)."""
        used = set(path)
        result = list(path)
        for edge in list(path):
            for node in self._ends(edge):
                current = edge
                while True:
                    nxt = [e for e in self.nodes[node] if e not in used and self.levels[e] != JUMP]
                    if len([e for e in self.nodes[node] if e in used]) > 1:
                        break  # node inside the path, not an open end
                    rank = self.levels[current]
                    same = [e for e in nxt if self.levels[e] in (rank, CONNECTOR)]
                    if len(nxt) == 1:
                        choice = nxt[0]
                    elif len(same) == 1:
                        choice = same[0]
                    else:
                        break
                    used.add(choice)
                    result.append(choice)
                    u, v = self._ends(choice)
                    node = v if u == node else u
                    if self.levels[choice] != CONNECTOR:
                        current = choice
        return result


def _join_ends(pieces: list[tuple[int, LineString]]) -> list[tuple[int, LineString]]:
    """GSHHG cuts rivers at bin edges and the two sides can miss each other by a couple of
    arc-seconds: move every piece end to the mean of the ends within ``JOIN_TOLERANCE``; an end
    that then still meets nothing but lies that close to another piece's vertex (a tributary
    stopping just short of the main river) moves onto that vertex."""
    pieces = [(lvl, ln) for lvl, ln in pieces if ln.length > 0]
    ends = [(i, pos) for i in range(len(pieces)) for pos in (0, -1)]
    points = shapely.points([pieces[i][1].coords[pos] for i, pos in ends])
    tree = shapely.STRtree(points)
    moved: dict[tuple[int, int], tuple[float, float]] = {}
    lonely: list[tuple[int, int]] = []
    for k, (i, pos) in enumerate(ends):
        if (i, pos) in moved:
            continue
        group = tree.query(points[k], predicate="dwithin", distance=JOIN_TOLERANCE)
        xs = [points[g].x for g in group]
        ys = [points[g].y for g in group]
        for g in group:
            moved.setdefault(ends[g], (sum(xs) / len(xs), sum(ys) / len(ys)))
        if len(group) == 1:
            lonely.append((i, pos))
    vertices, owner = [], []
    for i, (_, line) in enumerate(pieces):
        vertices += list(line.coords)
        owner += [i] * len(line.coords)
    vtree = shapely.STRtree(shapely.points(vertices))
    for i, pos in lonely:
        here = Point(moved[(i, pos)])
        near = [
            v
            for v in vtree.query(here, predicate="dwithin", distance=TRIBUTARY_SNAP)
            if owner[v] != i
        ]
        if near:
            best = min(near, key=lambda v: here.distance(Point(vertices[v])))
            moved[(i, pos)] = vertices[best]
    out = []
    for i, (level, line) in enumerate(pieces):
        coords = list(line.coords)
        coords[0], coords[-1] = moved[(i, 0)], moved[(i, -1)]
        out.append((level, LineString(coords)))
    return [(lvl, ln) for lvl, ln in out if ln.length > 0]


JOIN_TOLERANCE = 2e-3  # degrees, ~200 m; the bin-edge gaps seen are 0.0006-0.0014
TRIBUTARY_SNAP = 1e-2  # degrees, ~1 km: a tributary end this close to a vertex joins there
# Ends of the network closer than CONNECT_KM are joined by a drawn straight connector (e.g. a
# 270 m gap below Jarabulus). Ends up to JUMP_KM apart get an undrawn link that only the path
# between a river's anchor towns may cross, at JUMP_COST times its length: the Orontes stops at
# Lake Homs (Qattinah, not in the lakes layer) and restarts 11 km away at its outlet.
CONNECT_KM = 2.0
JUMP_KM = 12.0
JUMP_COST = 3.0
CONNECTOR = 0  # rank of connector edges: matches any rank when extending
JUMP = -1  # rank of undrawn links


def _key(coord) -> tuple[float, float]:
    return (round(coord[0], 6), round(coord[1], 6))


def _anchor_point(gid: int, towns: dict[int, dict]) -> Point:
    town = towns[gid]
    return Point(town["longitude"], town["latitude"])


def _downstream(geom, anchors: list[Point]):
    """Orient a single-line river from its first anchor town to its last (the flow direction)."""
    if geom.geom_type != "LineString" or len(anchors) < 2:
        return geom
    first, last = (geom.project(a) for a in (anchors[0], anchors[-1]))
    return geom.reverse() if first > last else geom


def build_rivers(rivers_txt: Path, towns: dict[int, dict]) -> list[Feature]:
    pieces = [(lvl, ln) for lvl, ln in read_gmt_rivers(rivers_txt) if lvl in KEPT_LEVELS]
    net = RiverNetwork(pieces)
    claimed: set[int] = set()
    features = []
    for spec in RIVERS:
        anchor_edges = []
        for gid in spec.anchors:
            edge, km = net.nearest_edge(_anchor_point(gid, towns))
            if km > ANCHOR_MAX_KM:
                raise ValueError(f"{spec.name}: anchor {towns[gid]['name']} is {km:.1f} km away")
            anchor_edges.append(edge)
        path: list[int] = [anchor_edges[0]]
        for (a, b), (ga, gb) in zip(
            zip(anchor_edges, anchor_edges[1:], strict=False),
            zip(spec.anchors, spec.anchors[1:], strict=False),
            strict=True,
        ):
            try:
                path += net.shortest_path(a, b)
            except ValueError:
                raise ValueError(
                    f"{spec.name}: {towns[ga]['name']} and {towns[gb]['name']} are not "
                    "connected in the river network"
                ) from None
        path = list(dict.fromkeys(net.extend(list(dict.fromkeys(path)))))
        claimed.update(path)
        drawn = [net.edges[i] for i in path if net.levels[i] != JUMP]
        geom = shapely.line_merge(MultiLineString(drawn))
        geom = _downstream(finish_wide(geom), [_anchor_point(g, towns) for g in spec.anchors])
        features.append(Feature(geom, {"name": spec.name, "name_ar": spec.name_ar}))
    rest = [
        net.edges[i] for i in range(len(net.edges)) if i not in claimed and net.levels[i] != JUMP
    ]
    if rest:
        geom = shapely.line_merge(MultiLineString(rest))
        features.append(Feature(finish_wide(geom), {"name": "", "name_ar": ""}))
    return [f for f in features if not f.geometry.is_empty]


def build_lakes(lakes_shp: Path, towns: dict[int, dict]) -> list[Feature]:
    import geopandas as gpd

    gdf = gpd.read_file(lakes_shp)
    lakes = [g for g in gdf.geometry if g.intersects(WIDE_BOX)]
    features = []
    for name, name_ar, gid in LAKES:
        town = _anchor_point(gid, towns)
        lake = min(lakes, key=town.distance)
        kx, ky = _km_per_degree(town.y)
        p1, p2 = shapely.ops.nearest_points(lake, town)
        km = math.hypot((p1.x - p2.x) * kx, (p1.y - p2.y) * ky)
        if km > 10:
            raise ValueError(f"no lake within 10 km of {towns[gid]['name']} for {name}")
        lakes.remove(lake)
        features.append(Feature(finish_wide(lake), {"name": name, "name_ar": name_ar}))
    features += [Feature(finish_wide(g), {"name": "", "name_ar": ""}) for g in lakes]
    return [f for f in features if not f.geometry.is_empty]
