"""The atlas's event and statement queries: events related to a zone or area, by party, dates,
kind and text, on the columnar event index; statements by event and party."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cached_property

import numpy as np
import shapely

from geodata.model import Event, Statement, ViewState

_RELATED_CACHE_SIZE = 4  # zones whose related events are kept (see EventQueries._related_rows)


class EventQueries:
    """Mixin of Atlas: the queries over its events and statements (it provides ``events``,
    ``statements``, ``zones``, ``zone``, ``_related_cache`` and the ``check_*`` methods)."""

    def _related_rows(self, zone_id: str) -> np.ndarray:
        """Rows (ascending) of the events related to a zone or area: naming its area in
        ``zone_ids``, or with a point in the zone (borders included; any snapshot of an area).

        Kept for the last few zones asked: a click on a zone asks twice (the details and the
        positions panel), and each answer tests every imported event's point."""
        cached = self._related_cache.pop(zone_id, None)
        if cached is None:
            index = self.events.columns
            zone = self.zone(zone_id)
            areas = {zone.area} if zone is not None else {zone_id}
            related = index.naming_areas(areas)
            located = np.flatnonzero(index.has_point & ~related)
            shapes = [zone] if zone is not None else [z for z in self.zones if z.area == zone_id]
            if len(located) and shapes:
                lon, lat = index.lon[located], index.lat[located]
                inside = np.zeros(len(located), dtype=bool)
                for shape in shapes:
                    inside |= shapely.intersects_xy(shape.geometry, lon, lat)
                related[located[inside]] = True
            cached = np.flatnonzero(related)
            cached.setflags(write=False)
            if len(self._related_cache) >= _RELATED_CACHE_SIZE:  # the oldest goes
                self._related_cache.pop(next(iter(self._related_cache), None), None)
        self._related_cache[zone_id] = cached  # the newest last
        return cached

    def events_for(
        self,
        zone_id: str | None = None,
        party: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        kinds: Iterable[str] | None = None,
        text: str | None = None,
    ) -> list[Event]:
        """Events matching every given filter, by date.

        ``zone_id`` is a zone id or an area id: an event relates to it when it names the area in
        ``zone_ids`` or its point lies in the zone (any snapshot of the area). Unknown zone or
        party ids raise :class:`AtlasError` naming the id. Filters work on the columnar index:
        with 100,000 imported events a zone's related events take milliseconds.
        """
        if zone_id is not None:
            self.check_zone_or_area(zone_id)
        if party is not None:
            self.check_party(party)
        index = self.events.columns
        # The view filter's rule, with no "as of" bound: every date the filters allow.
        rows = index.rows(
            ViewState(
                as_of=date.max,
                date_from=date_from,
                date_to=date_to,
                parties=frozenset({party}) if party is not None else frozenset(),
                kinds=frozenset(kinds or ()),
                text=text.casefold().strip() if text else "",
            )
        )
        if zone_id is not None:
            rows = np.intersect1d(rows, self._related_rows(zone_id), assume_unique=True)
        return index.events_at(rows)

    @cached_property
    def _statements_by_event(self) -> dict[str, list[Statement]]:
        by_event: dict[str, list[Statement]] = {}
        for statement in self.statements:
            by_event.setdefault(statement.event_id, []).append(statement)
        return by_event

    def statements_on(self, events: Iterable[Event]) -> list[Statement]:
        """Statements on these events, event by event (each event's oldest first): one
        lookup per event, for the thousands a zone can relate to."""
        by_event = self._statements_by_event
        return [s for e in events for s in by_event.get(e.id, ())]

    def statements_for(
        self, event_id: str | None = None, party: str | None = None
    ) -> list[Statement]:
        """Statements on an event and/or by a party, oldest first."""
        if event_id is not None:
            self.check_event(event_id)
        if party is not None:
            self.check_party(party)
        return [
            s
            for s in self.statements
            if (event_id is None or s.event_id == event_id) and (party is None or s.party == party)
        ]

    # ------------------------------------------------------------------ M4
