"""AppState: the one owner of the current ViewState; emits a signal only when a value changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, Signal

from geodata.model import DEFAULT_AS_OF, ViewState


class AppState(QObject):
    date_changed = Signal(object)  # datetime.date
    selection_changed = Signal()  # selected zone and/or event changed
    filters_changed = Signal()  # parties, kinds, text, date range
    extent_changed = Signal(object)  # (min_lon, min_lat, max_lon, max_lat) or None
    layers_changed = Signal()  # hidden layers

    def __init__(self, view: ViewState | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._view = view or ViewState()

    @property
    def view(self) -> ViewState:
        return self._view

    def _update(self, **changes) -> None:
        new = replace(self._view, **changes)
        if new == self._view:
            return
        old, self._view = self._view, new
        if old.as_of != new.as_of:
            self.date_changed.emit(new.as_of)
        if (old.selected_zone, old.selected_event) != (new.selected_zone, new.selected_event):
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
        self._update(selected_zone=zone_id, selected_event=None)

    def select_event(self, event_id: str | None) -> None:
        self._update(selected_event=event_id, selected_zone=None)

    def clear_selection(self) -> None:
        self._update(selected_zone=None, selected_event=None)

    def set_filters(self, **filters) -> None:
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
