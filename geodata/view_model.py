"""The view-state model: what the user is looking at, and the transitions user actions make.

Qt-free, so scripts and tests drive it as the window does. A ``ViewModel`` is an immutable
value: the ``ViewState`` that exports reproduce, plus the place a search picked and the dataset
it is read against. Each user action is one transition that returns a new value, complete and
consistent — moving the date carries the selection to the new date in the same step, so no view
ever sees a selection that is not valid on the date it shows. ``desktop.state.AppState`` owns
the current value, applies one transition per action and emits each changed part once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from geodata.model import DEFAULT_AS_OF, Event, ViewState
from geodata.view_filter import visible_events

if TYPE_CHECKING:
    from geodata.atlas import Atlas

#: The filters a user can set: the event list's party, kind, word and date-range filters.
FILTER_FIELDS = frozenset({"parties", "kinds", "text", "date_from", "date_to", "min_grade"})


@dataclass(frozen=True)
class PlacePick:
    """A place chosen in the search: a gazetteer or base-map town."""

    name: str
    lon: float
    lat: float
    detail: str = ""  # alternative names, kind ...
    place_id: str | None = None  # atlas place id, when it is one


@dataclass(frozen=True, eq=False)
class ViewModel:
    """The whole view: ViewState, picked place and dataset. Transitions return new values."""

    view: ViewState = ViewState()
    place: PlacePick | None = None
    atlas: Atlas | None = None

    # --- date --------------------------------------------------------------------------------
    def with_date(self, day: date) -> ViewModel:
        """Move the as-of date; a selected zone follows to its counterpart on ``day``."""
        view = replace(self.view, as_of=day)
        if view.selected_zone or self.place is not None:
            zone_id = counterpart_zone(self.atlas, view.selected_zone, self.place, day)
            view = replace(view, selected_zone=zone_id)
        return replace(self, view=view)

    def with_default_date(self) -> ViewModel:
        return self.with_date(DEFAULT_AS_OF)

    def step_event(self, direction: int, clamp: tuple[date, date] | None = None) -> ViewModel:
        """Select the previous (-1) or next (+1) event and move the date to it; unchanged if
        there is none. ``clamp``: the first and last day the date may take."""
        if self.atlas is None:
            return self
        event = neighbour_event(self.atlas.events, self.view, direction)
        if event is None:
            return self
        day = event.date if clamp is None else min(max(event.date, clamp[0]), clamp[1])
        return self._select(selected_event=event.id, as_of=day)

    # --- selection ---------------------------------------------------------------------------
    def select_zone(self, zone_id: str | None) -> ViewModel:
        return self._select(selected_zone=zone_id)

    def select_event(self, event_id: str | None) -> ViewModel:
        return self._select(selected_event=event_id)

    def show_event(self, event_id: str) -> ViewModel:
        """Select an event found elsewhere (search, a link): an event is shown from its date
        on, so a later event moves the date to it in the same step."""
        event = self.atlas.event(event_id) if self.atlas is not None else None
        if event is not None and event.date > self.view.as_of:
            return self._select(selected_event=event_id, as_of=event.date)
        return self.select_event(event_id)

    def select_place(self, place: PlacePick) -> ViewModel:
        """Pick a place; the zone that holds it on the as-of date is selected with it."""
        zone_id = counterpart_zone(self.atlas, None, place, self.view.as_of)
        return self._select(selected_zone=zone_id, place=place)

    def clear_selection(self) -> ViewModel:
        return self._select()

    def _select(
        self,
        selected_zone: str | None = None,
        selected_event: str | None = None,
        place: PlacePick | None = None,
        as_of: date | None = None,
    ) -> ViewModel:
        view = replace(self.view, selected_zone=selected_zone, selected_event=selected_event)
        if as_of is not None:
            view = replace(view, as_of=as_of)
        return replace(self, view=view, place=place)

    # --- filters, extent, layers -------------------------------------------------------------
    def with_filters(self, **filters: object) -> ViewModel:
        unknown = set(filters) - FILTER_FIELDS
        if unknown:
            raise TypeError(f"unknown filters: {sorted(unknown)}")
        return replace(self, view=replace(self.view, **filters))

    def with_extent(self, extent: tuple[float, float, float, float] | None) -> ViewModel:
        return replace(self, view=replace(self.view, extent=extent))

    def with_layer_visible(self, layer_id: str, visible: bool) -> ViewModel:
        hidden = set(self.view.hidden_layers)
        (hidden.discard if visible else hidden.add)(layer_id)
        return replace(self, view=replace(self.view, hidden_layers=frozenset(hidden)))

    def with_compare(self, day: date | None) -> ViewModel:
        """Compare mode on (gains and losses since ``day``) or off (None)."""
        return replace(self, view=replace(self.view, compare_from=day))

    # --- dataset -----------------------------------------------------------------------------
    def with_atlas(self, atlas: Atlas) -> ViewModel:
        """Swap the dataset (a workspace opened, an import): date, filters, extent and layers
        stay; a selected zone or event the new data lacks is cleared."""
        view = self.view
        if (view.selected_zone and atlas.zone(view.selected_zone) is None) or (
            view.selected_event and atlas.event(view.selected_event) is None
        ):
            view = replace(view, selected_zone=None, selected_event=None)
            return replace(self, view=view, place=None, atlas=atlas)
        return replace(self, atlas=atlas)


def counterpart_zone(
    atlas: Atlas | None, zone_id: str | None, place: PlacePick | None, day: date
) -> str | None:
    """The zone to keep selected when the date moves to ``day``.

    A picked place keeps the zone that holds it on that day (so the panel answers "who held
    Saraqib then?"); otherwise the zone of the same lasting area (the Idlib pocket of 2019 for
    the Idlib pocket of 2023). None when nothing matches on that day.
    """
    if atlas is None:
        return None
    if place is not None:
        zone = atlas.controller_at(place.lon, place.lat, day)
        return zone.id if zone is not None else None
    current = atlas.zone(zone_id) if zone_id else None
    if current is None:
        return None
    if current.valid_on(day):
        return current.id
    same_area = [z for z in atlas.zones_at(day) if current.area and z.area == current.area]
    return same_area[0].id if same_area else None


def neighbour_event(events, view: ViewState, step: int) -> Event | None:
    """The event before (step=-1) or after (step=+1) the current point in time.

    The current point is the selected event if there is one (so events on the same day are
    visited one by one), else the as-of date. Party, kind, text and date-range filters apply;
    the as-of date itself does not (stepping forward is how one moves past it).
    """
    unbounded = ViewState(
        as_of=date.max,
        parties=view.parties,
        kinds=view.kinds,
        text=view.text,
        date_from=view.date_from,
        date_to=view.date_to,
        min_grade=view.min_grade,
    )
    # visible_events filters the atlas's events with its numpy index (100,000s of events).
    ordered = sorted(visible_events(events, unbounded), key=lambda e: (e.date, e.id))
    current = next((e for e in ordered if e.id == view.selected_event), None)
    if current is not None:
        index = ordered.index(current) + step
        return ordered[index] if 0 <= index < len(ordered) else None
    if step < 0:
        earlier = [e for e in ordered if e.date < view.as_of]
        return earlier[-1] if earlier else None
    later = [e for e in ordered if e.date > view.as_of]
    return later[0] if later else None
