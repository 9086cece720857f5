"""The loaded atlas: parties, places, dated zones, map features, events and statements, with the
queries the window, the exporters and the command line share.

    atlas = load_atlas()
    atlas.controller_at(lon=36.63, lat=35.93, day=date(2023, 4, 25))  # the Idlib zone
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from functools import cached_property
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from geodata.atlas_events import EventQueries
from geodata.atlas_spatial import SpatialQueries
from geodata.errors import AtlasError
from geodata.event_columns import LazyEvents, merged_in_order
from geodata.event_index import IndexedEvents
from geodata.io import AtlasRecords, load_records
from geodata.model import (
    DEFAULT_AS_OF,
    Event,
    MapFeature,
    Party,
    Place,
    Statement,
    ViewState,
    Zone,
)

if TYPE_CHECKING:
    from geodata.control.derived import ControlModel
    from geodata.control.first_frame import FirstFrame
    from geodata.control.model import Locality

#: ``Atlas._control`` before the control history is loaded.
_NOT_LOADED = object()


def suggest(unknown: str, known: Iterable[str]) -> str:
    """' (did you mean: a, b?)' for close matches of an unknown id, or ''."""
    import difflib  # only for a mistyped id, not at start-up

    matches = difflib.get_close_matches(unknown.lower(), sorted(known), n=3, cutoff=0.5)
    return f" (did you mean: {', '.join(matches)}?)" if matches else ""


class Atlas(EventQueries, SpatialQueries):
    """An immutable, indexed view of one dataset (bundled data plus any workspace)."""

    def __init__(self, records: AtlasRecords, imported: Sequence[Event] = ()) -> None:
        """``imported``: a workspace's events, when read lazily (see ``open_workspace``)."""
        self.parties: dict[str, Party] = {p.id: p for p in records.parties}
        self.places: dict[str, Place] = {p.id: p for p in records.places}
        self.zones: tuple[Zone, ...] = tuple(
            sorted(records.zones, key=lambda z: (z.valid_from, z.id))
        )
        self.features: dict[str, MapFeature] = {f.id: f for f in records.features}
        # By date then id, with a columnar index (numpy) for fast filters and drawing. A
        # workspace's lazily read events stay lazy: records are made when a row is read.
        if isinstance(imported, LazyEvents):
            ordered: Sequence[Event] = merged_in_order(records.events, imported)
        else:
            ordered = sorted((*records.events, *imported), key=attrgetter("date", "id"))
        self.events: IndexedEvents = IndexedEvents(ordered)
        self._zones_by_id = {z.id: z for z in self.zones}
        self._related_cache: dict[str, np.ndarray] = {}  # see _related_rows
        self._records = records
        self._control: ControlModel | None | object = _NOT_LOADED
        self._control_lock = threading.Lock()

    @cached_property
    def statements(self) -> tuple[Statement, ...]:
        """By date then id; read when first asked for where the records defer them (the
        window: after its first paint, see ``geodata.records_store``)."""
        statements = self._records.statements
        return tuple(sorted(statements, key=lambda s: (s.date or date.min, s.id)))

    # ------------------------------------------------------------------ control history

    @property
    def control(self) -> ControlModel | None:
        """The control history (geodata.control.derived.ControlModel), or None without records:
        on the days its records cover, the zones are derived from them. Loaded when first
        asked for (the window asks on the task thread after its first paint; a thread asking
        meanwhile waits for that load)."""
        control = self._control
        if control is _NOT_LOADED:
            with self._control_lock:
                if self._control is _NOT_LOADED:
                    self._control = self._load_control()
                control = self._control
        return control  # type: ignore[return-value]

    @property
    def control_loaded(self) -> bool:
        """Whether the control history is loaded (else the stored first frame may answer)."""
        return self._control is not _NOT_LOADED

    def load_control(self) -> None:
        """Load the control history now (for the task thread)."""
        _ = self.control

    def fresh_control(self) -> ControlModel | None:
        """A control history of its own, deriving every day afresh (``validate``'s check of
        the stored first frame: the atlas's own hands back the stored zones)."""
        source = self._records.control
        if source is None or self._records.data_dir is None:
            return None
        files = source.files()
        if not files.records:
            return None
        from geodata.control.derived import ControlModel

        return ControlModel(
            files,
            self._records.data_dir,
            self.parties,
            [z for z in self.zones if not z.imported],
            self.registry,
        )

    def _load_control(self) -> ControlModel | None:
        control = self.fresh_control()
        frame = self._first_frame
        if control is not None and frame is not None:
            # the day the window opened on keeps the zone objects it was drawn with
            control.seed(frame.period, frame.zones)
        return control

    @cached_property
    def _first_frame(self) -> FirstFrame | None:
        """The default date's stored territory (geodata.control.first_frame), when stored for
        exactly this data."""
        source = self._records.control
        document = source.first_frame if source is not None else None
        if document is None:
            return None
        from geodata.control.first_frame import first_frame_from

        # the registry sources it cites, stored with the records when they were (read later)
        records = self._records
        stored = records.first_frame_sources
        # Zones and parties as stored from the very files the frame was derived from (both
        # checksums cover them): no need to compare their checksum (~3 ms).
        as_read = stored is not None and all(
            stored.parts[part] is getattr(records, part) for part in ("zones", "parties")
        )
        return first_frame_from(
            document,
            [z for z in self.zones if not z.imported],
            stored if stored is not None else self.registry,
            self.parties,
            records_checked=as_read,
        )

    def _stored_frame(self, day: date) -> FirstFrame | None:
        """The stored first frame while the history is not loaded, if it holds ``day``."""
        if self.control_loaded:
            return None
        frame = self._first_frame
        return frame if frame is not None and frame.covers(day) else None

    @property
    def data_dir(self) -> Path | None:
        return self._records.data_dir

    @property
    def registry(self):
        """The source registry (geodata.sources.registry.Registry) records cite by id (read
        when first asked for where the records come from the start-up store)."""
        return self._records.registry

    @property
    def localities(self) -> Mapping[str, Locality]:
        """The control gazetteer: towns, quarters and installations (airbases, dams, crossings)
        with sourced coordinates, by id; empty when the dataset has no control records."""
        source = self._records.control
        return source.files().localities if source is not None else {}

    @property
    def named_localities(self) -> list[Locality]:
        """The localities with a name in Arabic, Turkish or Kurdish (what map labels borrow),
        in gazetteer order; read without the control records while they are not loaded."""
        source = self._records.control
        return source.named_localities() if source is not None else []

    def derived_zones_at(self, day: date) -> list[Zone] | None:
        """The zones derived from the control records for ``day``; None when they don't cover it."""
        frame = self._stored_frame(day)
        if frame is not None:
            return frame.zones
        control = self.control
        if control is None or not control.covers(day):
            return None
        return control.zones_on(day)

    # ------------------------------------------------------------------ lookups

    def zone(self, zone_id: str) -> Zone | None:
        """A zone by id: a derived zone (``idlib-2020-03-06``: the first day of its period ends
        the id) before a stored snapshot zone of the same id."""
        control = self.control
        derived = control.zone(zone_id) if control is not None else None
        return derived or self._zones_by_id.get(zone_id)

    def event(self, event_id: str) -> Event | None:
        row = self.events.columns.row_of(event_id)
        return self.events[row] if row >= 0 else None

    def party(self, party_id: str) -> Party | None:
        return self.parties.get(party_id)

    @cached_property
    def area_ids(self) -> frozenset[str]:
        """Lasting area ids ("idlib", "afrin" ...): of the zone snapshots and those events name."""
        return frozenset(z.area for z in self.zones if z.area) | self.events.columns.area_ids

    def zones_at(self, day: date = DEFAULT_AS_OF) -> list[Zone]:
        """Every zone valid on ``day``: the bundled ones (derived from the control records when
        they cover the day, else the stored snapshots) and a workspace's imported ones."""
        derived = self.derived_zones_at(day)
        if derived is None:
            return [z for z in self.zones if z.valid_on(day)]
        return derived + [z for z in self.zones if z.imported and z.valid_on(day)]

    def zones_concerned(self, event: Event, day: date = DEFAULT_AS_OF) -> list[Zone]:
        """The zones on ``day`` that ``event`` concerns: those of the lasting areas it names
        (an event about Idlib concerns the Idlib zone of whatever date is shown)."""
        areas = set(event.zone_ids)
        return [z for z in self.zones_at(day) if z.area in areas or z.id in areas]

    def positions_on(self, view: ViewState) -> tuple[Event | Zone | None, list[Statement]]:
        """What each party said about the selection: the selected event's statements, or
        those on the events concerning the selected zone up to the as-of date."""
        event = self.event(view.selected_event) if view.selected_event else None
        if event is not None:
            return event, self.statements_for(event_id=event.id)
        zone = self.zone(view.selected_zone) if view.selected_zone else None
        if zone is not None:
            events = [e for e in self.events_for(zone_id=zone.id) if e.date <= view.as_of]
            return zone, self.statements_on(events)
        return None, []

    def bundled_zones_at(self, day: date = DEFAULT_AS_OF) -> list[Zone]:
        """The atlas's own, sourced zones on ``day``: the control map, the M4 breakdown and
        coverage use these; an imported control map is shown apart, as the user's."""
        derived = self.derived_zones_at(day)
        if derived is not None:
            return list(derived)
        return [z for z in self.zones if z.valid_on(day) and not z.imported]

    def features_at(self, day: date = DEFAULT_AS_OF) -> list[MapFeature]:
        return [f for f in self.features.values() if f.valid_on(day)]

    # ------------------------------------------------------------------ time

    def control_dates(self) -> list[tuple[date, date | None]]:
        """The periods over which the zones do not change, oldest first.

        Each is (first day, last day), the last open-ended (None) when the newest zones are.
        Inside the control records' coverage a period runs between two changes of control.
        """
        frame = None if self.control_loaded else self._first_frame
        if frame is not None and not any(z.imported for z in self.zones):
            return list(frame.control_dates)  # stored with the first frame, from these data
        if not self.zones and self.control is None:
            return []
        starts = {z.valid_from for z in self.zones}
        starts |= {z.valid_to + timedelta(days=1) for z in self.zones if z.valid_to is not None}
        control = self.control
        coverage = control.history.coverage if control is not None else None
        if coverage is not None:
            starts |= {*control.history.change_days, coverage.first_day}
            starts.add(coverage.last_day + timedelta(days=1))
        ordered = sorted(starts)
        open_ended = any(z.valid_to is None for z in self.zones)

        def has_zones(day: date) -> bool:
            if coverage is not None and coverage.covers(day) and control.covers(day):
                return True
            return any(z.valid_on(day) for z in self.zones)

        periods: list[tuple[date, date | None]] = []
        for index, start in enumerate(ordered):
            if not has_zones(start):
                continue  # a gap after the last closed snapshot
            if index + 1 < len(ordered):
                periods.append((start, ordered[index + 1] - timedelta(days=1)))
            else:
                periods.append((start, None if open_ended else start))
        return periods

    # ------------------------------------------------------------------ talks

    def check_zone_or_area(self, zone_id: str) -> None:
        if self.zone(zone_id) is None and zone_id not in self.area_ids:
            self.check_not_a_feature(zone_id, "")
            known = set(self._zones_by_id) | self.area_ids
            raise AtlasError(f"unknown zone or area: {zone_id!r}{suggest(zone_id, known)}")

    def check_not_a_feature(self, some_id: str, option: str) -> None:
        """A map feature's id where a zone or event is wanted: one line naming the events
        that concern it (``sochi_dmz``: the Sochi memorandum), not an unrelated suggestion."""
        feature = self.features.get(some_id)
        if feature is None:
            return
        kind = "an agreed area" if feature.kind in ("dmz", "corridor") else "a line"
        events = [e.id for e in self.events if some_id in e.feature_ids][:3]
        named = f"; the events that concern it: {', '.join(events)}" if events else ""
        raise AtlasError(
            f"{option}{some_id!r} is {kind} drawn on the map ({feature.name}), "
            f"not a control zone, area or event{named}"
        )

    def check_party(self, party_id: str) -> None:
        if party_id not in self.parties:
            raise AtlasError(f"unknown party: {party_id!r}{suggest(party_id, self.parties)}")

    def check_event(self, event_id: str) -> None:
        if self.event(event_id) is None:
            known = self.events.columns.ids
            raise AtlasError(f"unknown event: {event_id!r}{suggest(event_id, known)}")

    def m4_breakdown(self, day: date = DEFAULT_AS_OF) -> list[dict]:
        """Ordered M4 segments by controller on a day (see geodata.analysis.m4_breakdown):
        the bundled data's stored measure when it is of these very zones, else measured."""
        stored = self.stored_m4_breakdown(day)
        if stored is not None:
            return stored
        from geodata import analysis  # shapely/pyproj work, only when asked

        return analysis.m4_breakdown(self._m4_line(), self.bundled_zones_at(day))

    def stored_m4_breakdown(self, day: date = DEFAULT_AS_OF) -> list[dict] | None:
        """The breakdown measured when the bundled data was built (geodata.m4_stored), if the
        zones in force on ``day`` are the ones it was measured on; None: it must be measured."""
        from geodata.m4_stored import stored_breakdown

        bundled = self.bundled_zones_at(day)
        return stored_breakdown(self._m4_line(), bundled) if bundled else None

    def _m4_line(self):
        m4 = self.features.get("m4")
        if m4 is None:
            raise AtlasError("the M4 line is missing from the data (features.geojson, id 'm4')")
        return m4.geometry

    def m4_total_km(self) -> float:
        from geodata import analysis

        return analysis.total_km(self._m4_line())


def load_atlas(data_dir: Path | None = None, workspace: object | None = None) -> Atlas:
    """Load a data directory (default: the bundled data) and, optionally, a user workspace
    (imported events and zones: their origin is not "bundled"): a GeoPackage path or a
    database workspace (see ``geodata.workspace_store``)."""
    records = load_records(data_dir)
    if workspace is None:
        return Atlas(records)
    try:
        from geodata.workspace_store import open_workspace, parse_workspace
    except ImportError as exc:
        raise AtlasError(
            f"cannot open workspace {workspace}: workspace support missing ({exc})"
        ) from None
    events, zones = open_workspace(parse_workspace(workspace))
    return Atlas(records.with_zones(records.zones + tuple(zones)), imported=events)
