"""AppState: the one owner of the current ViewState; emits a signal only when a value changes.

Besides the ViewState (what exports reproduce) it holds one UI-only value: the place a search
picked (a pin on the map, and the "who holds this town" line in the panel).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from geodata.model import DEFAULT_AS_OF, ViewState

if TYPE_CHECKING:
    from geodata.atlas import Atlas


@dataclass(frozen=True)
class PlacePick:
    """A place chosen in the search: a gazetteer or base-map town."""

    name: str
    lon: float
    lat: float
    detail: str = ""  # alternative names, kind ...
    place_id: str | None = None  # atlas place id, when it is one


class AppState(QObject):
    date_changed = Signal(object)  # datetime.date
    selection_changed = Signal()  # selected zone, event or picked place changed
    filters_changed = Signal()  # parties, kinds, text, date range
    extent_changed = Signal(object)  # (min_lon, min_lat, max_lon, max_lat) or None
    layers_changed = Signal()  # hidden layers

    def __init__(self, view: ViewState | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view or ViewState()
        self._place: PlacePick | None = None

    @property
    def view(self) -> ViewState:
        return self._view

    @property
    def place(self) -> PlacePick | None:
        return self._place

    def _update(self, place: PlacePick | None | bool = False, **changes: object) -> None:
        """Apply changes; ``place=False`` keeps the picked place, anything else replaces it."""
        new = replace(self._view, **changes)
        new_place = self._place if place is False else place
        if new == self._view and new_place == self._place:
            return
        old, self._view = self._view, new
        old_place, self._place = self._place, new_place
        if old.as_of != new.as_of:
            self.date_changed.emit(new.as_of)
        if (old.selected_zone, old.selected_event, old_place) != (
            new.selected_zone,
            new.selected_event,
            new_place,
        ):
            self.selection_changed.emit()
        if (old.parties, old.kinds, old.text, old.date_from, old.date_to) != (
            new.parties,
            new.kinds,
            new.text,
            new.date_from,
            new.date_to,
        ):
            self.filters_changed.emit()
        if old.extent != new.extent:
            self.extent_changed.emit(new.extent)
        if old.hidden_layers != new.hidden_layers:
            self.layers_changed.emit()

    def set_date(self, day: date) -> None:
        self._update(as_of=day)

    def reset_date(self) -> None:
        self._update(as_of=DEFAULT_AS_OF)

    def select_zone(self, zone_id: str | None) -> None:
        self._update(selected_zone=zone_id, selected_event=None, place=None)

    def select_event(self, event_id: str | None) -> None:
        self._update(selected_event=event_id, selected_zone=None, place=None)

    def select_place(self, place: PlacePick, zone_id: str | None) -> None:
        """Pick a place; the zone holding it (if any) is selected with it."""
        self._update(selected_zone=zone_id, selected_event=None, place=place)

    def follow_zone(self, zone_id: str | None) -> None:
        """Swap the selected zone for its counterpart on a new date, keeping the picked place."""
        self._update(selected_zone=zone_id)

    def clear_selection(self) -> None:
        self._update(selected_zone=None, selected_event=None, place=None)

    def set_filters(self, **filters: object) -> None:
        allowed = {"parties", "kinds", "text", "date_from", "date_to"}
        unknown = set(filters) - allowed
        if unknown:
            raise TypeError(f"unknown filters: {sorted(unknown)}")
        self._update(**filters)

    def set_extent(self, extent: tuple[float, float, float, float] | None) -> None:
        self._update(extent=extent)

    def set_layer_visible(self, layer_id: str, visible: bool) -> None:
        hidden = set(self._view.hidden_layers)
        (hidden.discard if visible else hidden.add)(layer_id)
        self._update(hidden_layers=frozenset(hidden))


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
