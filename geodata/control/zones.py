"""Derived territory as model Zones: what the atlas, the renderer and the exports draw.

Each connected part of a state's territory is one Zone: its controller and status, the
localities it rests on, their records' sources, and the lasting area (``idlib``, ``afrin``...)
of the snapshot zone of the same controller it overlaps most, so events that name an area
still find it. A zone's id is ``<area or controller>-<first day of its period>``; for the days
of a migrated snapshot that is the snapshot zone's own id.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from geodata.control.lineage import name_on
from geodata.control.model import UNKNOWN, ControlRecord, namesake_title
from geodata.control.territory import Territory
from geodata.legend.zone_text import accuracy_words, notes_words, reader_note
from geodata.model import Party, Source, Zone, ZoneDerivation

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
    cut_along: tuple[date, ...] = (),  # the snapshot days whose lines cut the cells
    place_ranks: tuple[list[str], np.ndarray] | None = None,  # see place_ranks()
    part_memo: PartMemo | None = None,
    in_force: frozenset[str] = frozenset(),
) -> list[Zone]:
    """``in_force``: the snapshot zones that constrain the day (a part takes the name of
    one of these only: a snapshot the research superseded names nothing)."""
    regions = {z.id: z for z in snapshot_zones}
    names, rank = place_ranks or ([], np.zeros(0, dtype=np.int64))

    def _biggest(indices: np.ndarray) -> str:
        """The name of the biggest place (city, town...; the first in gazetteer order)."""
        return names[int(indices[np.argmin(rank[indices])])] if len(indices) and names else ""

    zones: list[Zone] = []
    used: dict[str, int] = {}
    memo = part_memo if part_memo is not None else PartMemo()
    for piece in territory.pieces:
        state = piece.state
        members = np.asarray(piece.localities, dtype=int)
        region = regions.get(piece.region)
        for part in memo.parts(piece.geometry):
            # what is costly about a part is kept by the part, its localities and its records
            key = (id(part), piece.localities, state, piece.region, piece.labelled_by)
            known = memo.zones.get(key)
            if known is None or known[0] is not part:
                inside = (
                    members[shapely.intersects_xy(part, *_xy(points[members]))]
                    if len(members)
                    else members
                )
                match = (
                    region
                    if region is not None and region.controller == state.controller
                    else _area_match(part, state.controller, snapshot_zones, day)
                )
                as_region = (
                    match is not None and match is region and _same_shape(part, region.geometry)
                )
                known = (part, inside, match, as_region, None, ())
            part, inside, match, as_region, record_ids, sources = known
            records = [r for r in (records_of(int(i)) for i in inside) if r is not None]
            if record_ids != tuple(map(id, records)):
                cited = dict.fromkeys(ident for r in records for ident in r.sources)
                sources = _unique_sources(
                    [s for ident in cited for s in sources_of(ident)]
                    + [s for zid in piece.labelled_by for s in zone_sources.get(zid, ())]
                )
                known = (part, inside, match, as_region, tuple(map(id, records)), sources)
                memo.remember(key, known)
            area = match.area if match is not None else ""
            base = area or state.controller
            used[base] = used.get(base, 0) + 1
            suffix = f"-{used[base]}" if used[base] > 1 else ""
            controller_name = name_on(parties, state.controller, day)
            derivation = ZoneDerivation(
                localities=len(inside),
                snapshot_zones=tuple(piece.labelled_by),
                cut_along=cut_along,
                status=state.status,
                with_parties=tuple(state.with_parties),
                record_notes=_zone_notes(records),
            )
            shape = part
            if as_region:
                # the snapshot's own area, unchanged: its geometry object (the stored M4
                # breakdown and the renderer's caches know it), and what it says of itself
                shape = region.geometry
                derivation = replace(
                    derivation,
                    snapshot=region.id,
                    snapshot_accuracy=region.accuracy,
                    snapshot_notes=region.notes if region.notes != "contested" else "",
                )
            # the English words (command line, JSON, stored frame); views word the values
            accuracy = accuracy_words(derivation, day=date.isoformat)
            notes = notes_words(derivation, lambda p: name_on(parties, p, day))
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
                    geometry=shape,
                    valid_from=period[0],
                    valid_to=period[1],
                    area=area,
                    backers=match.backers if match is not None else (),
                    accuracy=accuracy,
                    contested=state.status == "contested" or state.controller == UNKNOWN,
                    notes=notes,
                    sources=sources,
                    derivation=derivation,
                )
            )
    return zones


def place_ranks(
    localities: Sequence, population: Mapping[str, int] | None = None
) -> tuple[list[str], np.ndarray]:
    """Localities' names (gazetteer order), and a rank per locality (kind first, then the
    larger population, then gazetteer order) whose minimum is the place a part is named
    after: the zone that holds Aleppo is "… – Aleppo", not the first city the records list.
    ``population``: by ``coord_source`` ("geonames:170063"), from the base map's places.
    Worked out once per gazetteer by the caller."""
    people = population or {}
    order = sorted(
        range(len(localities)),
        key=lambda i: (
            _KIND_RANK.get(localities[i].kind, 9),
            -people.get(getattr(localities[i], "coord_source", ""), 0),
            i,
        ),
    )
    rank = np.empty(len(localities), dtype=np.int64)
    rank[order] = np.arange(len(localities))
    return _told_apart(localities, order), rank


def _told_apart(localities: Sequence, order: list[int]) -> list[str]:
    """The names zones take, where a name several places share says which: the best-ranked
    keeps the bare name, the others add their district, so the desert zone holding the village
    al-Bab near al-Safira reads "… – al-Bab (Al-Safira)", never as if it held the city."""
    names = [loc.name for loc in localities]
    seen: set[str] = set()
    for i in order:
        name = names[i]
        district = getattr(localities[i], "admin2", "") or ""
        if name.casefold() in seen and district and district.casefold() != name.casefold():
            names[i] = namesake_title(name, district)
        seen.add(name.casefold())
    return names


def _xy(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    coords = shapely.get_coordinates(points)
    return coords[:, 0], coords[:, 1]


class PartMemo:
    """The polygons of merged shapes, the same objects each time: a part unchanged from the
    day before is the very object it was, even when the merged shape it belongs to changed
    elsewhere (a village lost far away) — the renderer's paths and label spots, and the
    zones made of it, are found by it. Also keeps what a zone of a part costs to work out
    (its localities, sources, area), by the part and the records it rests on."""

    _LIMIT = 4096

    def __init__(self) -> None:
        self._split: OrderedDict[int, tuple] = OrderedDict()  # id(shape) -> (shape, parts)
        self._known: OrderedDict[tuple, Polygon] = OrderedDict()  # fingerprint -> part
        self.zones: OrderedDict[tuple, tuple] = OrderedDict()  # see zones_from_territory

    def parts(self, geometry) -> list[Polygon]:
        entry = self._split.get(id(geometry))
        if entry is not None and entry[0] is geometry:
            return entry[1]
        parts = list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]
        parts = [self._same(p) for p in parts if isinstance(p, Polygon) and p.area > _MIN_PART_DEG2]
        self._split[id(geometry)] = (geometry, parts)
        _trim(self._split, self._LIMIT)
        return parts

    def _same(self, part: Polygon) -> Polygon:
        """The part seen before with exactly these coordinates (ring start and direction
        aside), else this one."""
        key = (shapely.get_num_coordinates(part), part.bounds, round(part.area, 12))
        known = self._known.get(key)
        if known is not None and shapely.equals_exact(
            shapely.normalize(known), shapely.normalize(part), 0.0
        ):
            self._known.move_to_end(key)
            return known
        self._known[key] = part
        _trim(self._known, self._LIMIT)
        return part

    def remember(self, key: tuple, value: tuple) -> None:
        self.zones[key] = value
        _trim(self.zones, self._LIMIT)


def _trim(cache: OrderedDict, limit: int) -> None:
    while len(cache) > limit:
        cache.popitem(last=False)


def _area_match(
    part: Polygon, controller: str, snapshot_zones: Sequence[Zone], day: date
) -> Zone | None:
    """A snapshot zone (any date) of the same controller holding the part's representative
    point — the newest such: the lasting area the part is a state of. Not an area a snapshot
    in force on ``day`` gives to another party: the factions' Baselhaya in 2021 lies in the Tell
    Rifaat area they took in December 2024, but in 2021 that area is the SDF's pocket."""
    point = part.representative_point()
    others_then = {
        z.area for z in snapshot_zones if z.area and z.controller != controller and z.valid_on(day)
    }
    matches = [
        z
        for z in snapshot_zones
        if z.controller == controller
        and z.area
        and z.area not in others_then
        and z.geometry.intersects(point)
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


def _unique_sources(sources: Sequence[Source]) -> tuple[Source, ...]:
    seen: dict[tuple, Source] = {}
    for source in sources:
        seen.setdefault((source.url, source.publisher, source.note), source)
    return tuple(seen.values())


# A zone page shows its records' notes only when they are all of them: three notes picked
# from a zone of 1,000 localities read as the zone's own story (each locality's notes are in
# its history: the page says to click the locality's dot).
_MAX_ZONE_NOTES = 3


def _zone_notes(records) -> tuple[str, ...]:
    """The records' distinct notes, if the page can show them all; else none. Counted as the
    reader sees them (tags dropped, each note once): rows of several rules citing one report
    are one note on the page. The notes kept are the data's, tags and all."""
    notes = sorted({r.note for r in records if r.note})
    shown = {reader_note(n) for n in notes} - {""}
    return tuple(notes) if len(shown) <= _MAX_ZONE_NOTES else ()
