"""ControlModel: the control history of a data directory joined to what derivation needs
(Syria's outline, the constraint lines, the snapshot zones, the source registry), answering
"which zones on this day" for the atlas. Built once per loaded atlas; answers are cached.

Thread-safe: the window derives the days play will show next on a background thread
(:meth:`ControlModel.prepare`) while the GUI thread asks for the day it draws; one lock
guards the caches (a day asked for while being derived waits for it, then is cached).
"""

from __future__ import annotations

import json
import math
import threading
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

import shapely
from shapely.geometry import shape

from geodata.control.history import ControlHistory
from geodata.control.load import ControlFiles
from geodata.control.model import ControlRecord, LocalityState
from geodata.control.territory import Constraints, LabelledArea, Territory, TerritoryDeriver
from geodata.control.zones import PartMemo, place_ranks, zones_from_territory
from geodata.model import Party, Source, Zone

COUNTRIES_FILE = Path("base", "countries.geojson")
RIVERS_FILE = Path("base", "rivers.geojson")
PLACES_FILE = Path("base", "places.geojson")
#: Rivers that are constraint lines on every day (a cell never crosses them).
CONSTRAINT_RIVERS = ("Euphrates",)
ZONE_SOURCE_PREFIX = "zone:"
#: A point this close outside the outline takes the nearest locality's cell (the zone lookup's
#: border snap, geodata.atlas_spatial.BORDER_SNAP_KM: the outline's own accuracy).
SNAP_KM = 1.0
KM_PER_DEGREE = 111.32
_ZONE_CACHE = 64


class ControlModel:
    def __init__(
        self,
        files: ControlFiles,
        data_dir: Path,
        parties: Mapping[str, Party],
        snapshot_zones: Sequence[Zone],
        registry=None,  # geodata.sources.registry.Registry (get(id) -> Source | None)
    ) -> None:
        self.history = ControlHistory(files.localities, files.records, files.coverage)
        self.data_dir = Path(data_dir)
        self.parties = parties
        self.snapshot_zones = tuple(z for z in snapshot_zones if not z.imported)
        self._snapshots_by_id = {z.id: z for z in self.snapshot_zones}
        self.registry = registry
        self._zones: dict[date, list[Zone]] = {}
        self._lock = threading.RLock()  # the caches below and in the deriver and history
        self._part_memo = PartMemo()  # parts and their zones' costly fields, across days
        self._index = {lid: i for i, lid in enumerate(self.history.order)}
        # days on which the constraint lines (the snapshots in force) change
        days = {z.valid_from for z in self.snapshot_zones}
        days |= {z.valid_to + timedelta(days=1) for z in self.snapshot_zones if z.valid_to}
        # and days on which a party's name changes: a period's zones name their controller
        # as it was throughout the period (caretaker, then transitional, government)
        days |= set(_rename_days(parties.values()))
        # and days on which research starts or stops superseding a snapshot zone
        for spans in self.history.superseded.values():
            days |= {d for a, b in spans for d in (a, b + timedelta(days=1))}
        self._period_days = tuple(sorted(days | set(self.history.change_days)))

    # ------------------------------------------------------------------ geometry inputs

    @cached_property
    def deriver(self) -> TerritoryDeriver:
        outline, golan = _outline(self.data_dir)
        lines = list(_rivers(self.data_dir))
        if golan is not None:
            lines.append(golan.boundary)
        localities = [self.history.localities[lid] for lid in self.history.order]
        return TerritoryDeriver(outline, localities, lines)

    @cached_property
    def _place_ranks(self):
        localities = [self.history.localities[lid] for lid in self.history.order]
        return place_ranks(localities, _populations(self.data_dir))

    def constraints_on(self, day: date) -> Constraints:
        """Snapshot zone boundaries in force on ``day`` (with their labels) cut the faces; a
        zone the research supersedes that day (supersede.py) is no constraint."""
        snapshots = [
            z
            for z in self.snapshot_zones
            if z.valid_on(day)
            and not any(a <= day <= b for a, b in self.history.superseded.get(z.id, ()))
        ]
        return Constraints(
            key=tuple(sorted(z.id for z in snapshots)),
            lines=tuple(z.geometry.boundary for z in snapshots),
            labelled=tuple(
                LabelledArea(
                    z.geometry,
                    LocalityState(z.controller, "contested" if z.contested else "held"),
                    z.id,
                )
                for z in snapshots
            ),
        )

    # ------------------------------------------------------------------ answers

    def covers(self, day: date) -> bool:
        return self.history.covers(day)

    @property
    def period_days(self) -> tuple[date, ...]:
        """Every day on which a period of derived territory may start."""
        return self._period_days

    def period(self, day: date) -> tuple[date, date | None]:
        """The run of days around ``day`` over which the derived zones do not change."""
        index = bisect_right(self._period_days, day)
        start = self._period_days[index - 1] if index > 0 else day
        end = (
            self._period_days[index] - timedelta(days=1) if index < len(self._period_days) else None
        )
        coverage = self.history.coverage
        if coverage is not None:
            end = min(end, coverage.last_day) if end else coverage.last_day
            start = max(start, coverage.first_day)
        return start, end

    def territory_on(self, day: date) -> Territory:
        with self._lock:
            return self.deriver.derive(self.history.states_on(day), self.constraints_on(day))

    def is_cached(self, day: date) -> bool:
        return self.period(day)[0] in self._zones

    def prepare(self, days, cancel: threading.Event | None = None) -> int:
        """Derive (and cache) the zones of ``days`` not derived yet, in order, until
        ``cancel`` is set; returns how many were derived. For a background thread: play
        then finds each frame's zones ready."""
        done = 0
        for day in days:
            if cancel is not None and cancel.is_set():
                break
            if self.covers(day) and not self.is_cached(day):
                self.zones_on(day)
                done += 1
        return done

    def seed(self, period: tuple[date, date | None], zones: list[Zone]) -> None:
        """Take ``zones`` as the derived zones of ``period`` (the stored first frame, which
        the window drew before this history loaded: the same objects keep its caches), if
        ``period`` is one of this history's."""
        with self._lock:
            if self.covers(period[0]) and self.period(period[0]) == period:
                self._zones.setdefault(period[0], zones)

    def zones_on(self, day: date) -> list[Zone]:
        """The derived zones of a covered day ([] when the records do not cover it)."""
        if not self.covers(day):
            return []
        period = self.period(day)
        zones = self._zones.get(period[0])
        if zones is not None:
            return zones
        with self._lock:
            return self._derive_zones(day, period)

    def _derive_zones(self, day: date, period: tuple[date, date | None]) -> list[Zone]:
        zones = self._zones.get(period[0])  # derived meanwhile by another thread
        if zones is None:
            constraints = self.constraints_on(day)
            zones = zones_from_territory(
                self.territory_on(day),
                day=day,
                period=period,
                points=self.deriver.points,
                records_of=self.history.records_on(day).__getitem__,
                sources_of=self.sources_of_id,
                parties=self.parties,
                snapshot_zones=self.snapshot_zones,
                zone_sources={z.id: z.sources for z in self.snapshot_zones},
                place_ranks=self._place_ranks,
                part_memo=self._part_memo,
                in_force=frozenset(constraints.key),
                cut_along=snapshot_days(constraints),
            )
            if len(self._zones) >= _ZONE_CACHE:
                self._zones.pop(next(iter(self._zones)))
            self._zones[period[0]] = zones
        return zones

    def zone(self, zone_id: str) -> Zone | None:
        """A derived zone by id (``idlib-2020-03-06``): its period's first day is in the id."""
        try:
            day = date.fromisoformat(zone_id[-10:])
        except ValueError:
            return None
        return next((z for z in self.zones_on(day) if z.id == zone_id), None)

    def name_on(self, party_id: str, day: date) -> str:
        from geodata.control.lineage import name_on

        return name_on(self.parties, party_id, day)

    def locality_at(
        self, lon: float, lat: float, day: date, snap_km: float = SNAP_KM
    ) -> str | None:
        """The locality whose cell holds the point on ``day`` (its record decides the point);
        a point just outside the outline takes the nearest cell within ``snap_km``, as the
        zone lookup does: Kobani's own coordinate lies ~0.5 km outside it."""
        point = shapely.Point(lon, lat)
        with self._lock:  # cells are worked out lazily, per face
            cells = self.deriver.cells(self.constraints_on(day))
            index = cells.locality_at(point)
            if index is None and snap_km > 0 and not self.deriver.outline.intersects(point):
                # degrees of longitude shrink with latitude: the snap is at least snap_km
                degrees = snap_km / (KM_PER_DEGREE * max(math.cos(math.radians(lat)), 0.1))
                index = cells.nearest_locality(point, degrees)
        return self.history.order[index] if index is not None else None

    def territory_by_controller(self, day: date) -> dict[str, object]:
        """Each controller's whole territory on a covered day (all statuses, all parts)."""
        by_controller: dict[str, list] = {}
        for zone in self.zones_on(day):
            by_controller.setdefault(zone.controller, []).append(zone.geometry)
        return {c: shapely.union_all(shapes) for c, shapes in by_controller.items()}

    def sources_of(self, record: ControlRecord) -> tuple[Source, ...]:
        """A record's sources: registry ids resolved; ``zone:<id>`` is a snapshot zone's."""
        return tuple(s for ident in record.sources for s in self.sources_of_id(ident))

    def sources_of_id(self, ident: str) -> tuple[Source, ...]:
        if ident.startswith(ZONE_SOURCE_PREFIX):
            zone = self._snapshots_by_id.get(ident.removeprefix(ZONE_SOURCE_PREFIX))
            return zone.sources if zone is not None else ()
        source = self.registry.get(ident) if self.registry is not None else None
        if source is not None:
            return (source,)
        return (Source(url="", publisher="", note=f"source id {ident} (not in the registry)"),)

    def record_index(self, locality_id: str) -> int:
        return self._index[locality_id]


def _rename_days(parties) -> list[date]:
    """The first day of each dated name (and the day after each one ends)."""
    days = []
    for party in parties:
        for name in party.names:
            days += [name.start] if name.start else []
            days += [name.end + timedelta(days=1)] if name.end else []
    return days


def snapshot_days(constraints: Constraints) -> tuple[date, ...]:
    """The first days of the snapshot zones that constrain a day (their ids end with it)."""
    return tuple(date.fromisoformat(d) for d in sorted({key[-10:] for key in constraints.key}))


def _outline(data_dir: Path):
    syria = golan = None
    path = data_dir / COUNTRIES_FILE
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        name = (feature.get("properties") or {}).get("name")
        if name == "Syria":
            syria = shapely.make_valid(shape(feature["geometry"]))
        elif name == "Golan Heights":
            golan = shapely.make_valid(shape(feature["geometry"]))
    if syria is None:
        from geodata.errors import AtlasError

        raise AtlasError(f"{path}: no Syria outline (needed to derive control territory)")
    return syria, golan


def _populations(data_dir: Path) -> dict[str, int]:
    """The base map's town populations by GeoNames id, as the records cite it ("geonames:N")."""
    path = data_dir / PLACES_FILE
    if not path.is_file():
        return {}
    return {
        f"geonames:{props['geonameid']}": int(props.get("population") or 0)
        for props in (
            feature.get("properties") or {}
            for feature in json.loads(path.read_text(encoding="utf-8"))["features"]
        )
        if props.get("geonameid")
    }


def _rivers(data_dir: Path):
    path = data_dir / RIVERS_FILE
    if not path.is_file():
        return
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        if (feature.get("properties") or {}).get("name") in CONSTRAINT_RIVERS:
            yield shape(feature["geometry"])
