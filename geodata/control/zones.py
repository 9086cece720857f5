"""Derived territory as model Zones: what the atlas, the renderer and the exports draw.

Each connected part of a state's territory is one Zone: its controller and status, the
localities it rests on, their records' sources, and the lasting area (``idlib``, ``afrin``...)
of the snapshot zone of the same controller it overlaps most, so events that name an area
still find it. A zone's id is ``<area or controller>-<first day of its period>``; for the days
of a migrated snapshot that is the snapshot zone's own id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from geodata.control.lineage import name_on
from geodata.control.model import UNKNOWN, ControlRecord
from geodata.control.territory import Territory
from geodata.model import Party, Source, Zone

#: Parts smaller than this (km², roughly) are noding crumbs, not territory.
_MIN_PART_DEG2 = 1e-7
_KIND_RANK = {"city": 0, "town": 1, "neighbourhood": 2, "village": 3}


def zones_from_territory(
    territory: Territory,
    *,
    day: date,
    period: tuple[date, date | None],
    points: np.ndarray,
    records_of: Callable[[int], ControlRecord | None],
    sources_of: Callable[[str], tuple[Source, ...]],  # one source id's sources
    parties: Mapping[str, Party],
    snapshot_zones: Sequence[Zone],
    zone_sources: Mapping[str, tuple[Source, ...]],
    constraint_note: str,
    localities=None,
    parts_memo: dict | None = None,
    in_force: frozenset[str] = frozenset(),
) -> list[Zone]:
    """``in_force``: the snapshot zones that constrain the day (a part takes the name of
    one of these only: a snapshot the research superseded names nothing)."""
    regions = {z.id: z for z in snapshot_zones}
    localities = localities or {}

    def _biggest(indices) -> str:
        ranked = sorted((int(i) for i in indices), key=lambda i: (_KIND_RANK.get(kinds[i], 9), i))
        return names[ranked[0]] if ranked else ""

    names = [loc.name for loc in localities.values()] if localities else []
    kinds = [loc.kind for loc in localities.values()] if localities else []
    zones: list[Zone] = []
    used: dict[str, int] = {}
    for piece in territory.pieces:
        state = piece.state
        members = np.asarray(piece.localities, dtype=int)
        for part in _parts(piece.geometry, parts_memo if parts_memo is not None else {}):
            inside = (
                members[shapely.intersects_xy(part, *_xy(points[members]))]
                if len(members)
                else members
            )
            records = [r for r in (records_of(int(i)) for i in inside) if r is not None]
            cited = dict.fromkeys(ident for r in records for ident in r.sources)
            sources = _unique_sources(
                [s for ident in cited for s in sources_of(ident)]
                + [s for zid in piece.labelled_by for s in zone_sources.get(zid, ())]
            )
            region = regions.get(piece.region)
            match = (
                region
                if region is not None and region.controller == state.controller
                else _area_match(part, state.controller, snapshot_zones)
            )
            area = match.area if match is not None else ""
            base = area or state.controller
            used[base] = used.get(base, 0) + 1
            suffix = f"-{used[base]}" if used[base] > 1 else ""
            controller_name = name_on(parties, state.controller, day)
            accuracy = _accuracy(len(inside), piece.labelled_by, constraint_note)
            notes = _notes(state.status, state.with_parties, parties, day, records)
            if match is not None and match is region and _same_shape(part, region.geometry):
                # the snapshot's own area, unchanged: its geometry object (the stored M4
                # breakdown and the renderer's caches know it), and what it says of itself
                part = region.geometry
                accuracy = "; ".join(t for t in (region.accuracy, accuracy) if t)
                notes = "; ".join(t for t in (region.notes, notes) if t and t != "contested")
            zones.append(
                Zone(
                    id=f"{base}{suffix}-{period[0].isoformat()}",
                    name=_name(
                        match if match is not None and match.id in in_force else None,
                        controller_name,
                        state.controller,
                        day,
                        _biggest(inside),
                    ),
                    controller=state.controller,
                    geometry=part,
                    valid_from=period[0],
                    valid_to=period[1],
                    area=area,
                    backers=match.backers if match is not None else (),
                    accuracy=accuracy,
                    contested=state.status == "contested" or state.controller == UNKNOWN,
                    notes=notes,
                    sources=sources,
                )
            )
    return zones


def _xy(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    coords = shapely.get_coordinates(points)
    return coords[:, 0], coords[:, 1]


def _parts(geometry, memo: dict) -> list[Polygon]:
    """The polygons of a merged shape; the same objects each time it is asked (a shape
    unchanged from the day before keeps its parts, and the renderer its paths)."""
    entry = memo.get(id(geometry))
    if entry is not None and entry[0] is geometry:
        return entry[1]
    parts = list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]
    parts = [p for p in parts if isinstance(p, Polygon) and p.area > _MIN_PART_DEG2]
    if len(memo) > 1024:
        memo.pop(next(iter(memo)))
    memo[id(geometry)] = (geometry, parts)
    return parts


def _area_match(part: Polygon, controller: str, snapshot_zones: Sequence[Zone]) -> Zone | None:
    """A snapshot zone (any date) of the same controller holding the part's representative
    point — the newest such: the lasting area the part is a state of."""
    point = part.representative_point()
    matches = [
        z
        for z in snapshot_zones
        if z.controller == controller and z.area and z.geometry.intersects(point)
    ]
    return max(matches, key=lambda z: z.valid_from) if matches else None


#: A part differing from its snapshot zone by less than this (deg², ~0.01 km²: noding slivers
#: along the outline, far below any zone's stated accuracy) is that zone's area, unchanged.
SAME_SHAPE_DEG2 = 1e-6


def _same_shape(part: Polygon, geometry) -> bool:
    return (
        abs(part.area - geometry.area) < SAME_SHAPE_DEG2
        and part.symmetric_difference(geometry).area < SAME_SHAPE_DEG2
    )


def _name(match, controller_name: str, controller: str, day: date, biggest: str) -> str:
    """The snapshot's name on its own days; else the controller's name then and the biggest
    place the part holds ("Hay'at Tahrir al-Sham (HTS) – Idlib")."""
    if controller == UNKNOWN:
        return "No data"
    if match is not None and match.valid_on(day):
        return match.name
    return f"{controller_name} – {biggest}" if biggest else controller_name


def _accuracy(localities: int, labelled_by: Sequence[str], constraint_note: str) -> str:
    words = f"derived from {localities} localit{'y' if localities == 1 else 'ies'}"
    if labelled_by:
        words += f" and the snapshot zone{'s' if len(labelled_by) > 1 else ''} " + ", ".join(
            labelled_by
        )
    return words + (f"; {constraint_note}" if constraint_note else "")


def _notes(status, with_parties, parties, day, records) -> str:
    notes = []
    if status != "held" and with_parties:
        names = ", ".join(name_on(parties, p, day) for p in with_parties)
        notes.append(f"{status} with {names}")
    elif status != "held":
        notes.append(status)
    notes += sorted({r.note for r in records if r.note})[:3]
    return "; ".join(notes)


def _unique_sources(sources: Sequence[Source]) -> tuple[Source, ...]:
    seen: dict[tuple, Source] = {}
    for source in sources:
        seen.setdefault((source.url, source.publisher, source.note), source)
    return tuple(seen.values())
