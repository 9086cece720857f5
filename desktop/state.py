"""AppState: the window's owner of the current view model; one transition per user action.

The view model (``geodata.view_model.ViewModel``: the ViewState exports reproduce, the place a
search picked, and the dataset) is Qt-free and its transitions are pure. AppState applies one
transition per user action and then emits a signal for each part that really changed, once —
so a date change that moves the selection reaches every view as one consistent state.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from geodata.model import ViewState
from geodata.view_model import PlacePick, ViewModel, counterpart_zone

if TYPE_CHECKING:
    from geodata.atlas import Atlas

__all__ = ["AppState", "PlacePick", "counterpart_zone"]


class AppState(QObject):
    dataset_changed = Signal()  # the atlas was swapped (a workspace opened, an import)
    date_changed = Signal(object)  # datetime.date
    selection_changed = Signal()  # selected zone, event or picked place changed
    filters_changed = Signal()  # parties, kinds, text, date range
    extent_changed = Signal(object)  # (min_lon, min_lat, max_lon, max_lat) or None
    layers_changed = Signal()  # hidden layers
    compare_changed = Signal()  # compare mode's earlier day set or cleared
    # After the signals above, once per transition: the names of the parts that changed
    # ("dataset", "date", "selection", "filters", "extent", "layers"). A view that shows
    # several parts subscribes to this one, so one user action renders it once.
    changed = Signal(object)  # frozenset[str]

    def __init__(
        self,
        view: ViewState | None = None,
        parent: QObject | None = None,
        atlas: Atlas | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = ViewModel(view or ViewState(), None, atlas)

    @property
    def model(self) -> ViewModel:
        return self._model

    @property
    def view(self) -> ViewState:
        return self._model.view

    @property
    def place(self) -> PlacePick | None:
        return self._model.place

    @property
    def atlas(self) -> Atlas | None:
        return self._model.atlas

    def apply(self, transition: Callable[[ViewModel], ViewModel]) -> None:
        """Apply one transition; emit once for each part that changed (dataset first, so views
        read the new data when the date or selection signal reaches them)."""
        old, new = self._model, transition(self._model)
        self._model = new
        ov, nv = old.view, new.view
        parts = {
            "dataset": old.atlas is not new.atlas,
            "date": ov.as_of != nv.as_of,
            "selection": (ov.selected_zone, ov.selected_event, old.place)
            != (nv.selected_zone, nv.selected_event, new.place),
            "filters": (ov.parties, ov.kinds, ov.text, ov.date_from, ov.date_to)
            != (nv.parties, nv.kinds, nv.text, nv.date_from, nv.date_to),
            "extent": ov.extent != nv.extent,
            "layers": ov.hidden_layers != nv.hidden_layers,
            "compare": ov.compare_from != nv.compare_from,
        }
        changed = frozenset(name for name, differs in parts.items() if differs)
        if not changed:
            return
        if "dataset" in changed:
            self.dataset_changed.emit()
        if "date" in changed:
            self.date_changed.emit(nv.as_of)
        if "selection" in changed:
            self.selection_changed.emit()
        if "filters" in changed:
            self.filters_changed.emit()
        if "extent" in changed:
            self.extent_changed.emit(nv.extent)
        if "layers" in changed:
            self.layers_changed.emit()
        if "compare" in changed:
            self.compare_changed.emit()
        self.changed.emit(changed)

    # --- the transitions the views request ---------------------------------------------------
    def set_atlas(self, atlas: Atlas) -> None:
        self.apply(lambda m: m.with_atlas(atlas))

    def set_date(self, day: date) -> None:
        self.apply(lambda m: m.with_date(day))

    def reset_date(self) -> None:
        self.apply(ViewModel.with_default_date)

    def step_event(self, direction: int, clamp: tuple[date, date] | None = None) -> bool:
        """Select the previous/next event and move the date to it; False if there is none."""
        before = self.view.selected_event
        self.apply(lambda m: m.step_event(direction, clamp))
        return self.view.selected_event not in (None, before)

    def select_zone(self, zone_id: str | None) -> None:
        self.apply(lambda m: m.select_zone(zone_id))

    def select_event(self, event_id: str | None) -> None:
        self.apply(lambda m: m.select_event(event_id))

    def show_event(self, event_id: str) -> None:
        self.apply(lambda m: m.show_event(event_id))

    def select_place(self, place: PlacePick) -> None:
        self.apply(lambda m: m.select_place(place))

    def clear_selection(self) -> None:
        self.apply(ViewModel.clear_selection)

    def set_filters(self, **filters: object) -> None:
        self.apply(lambda m: m.with_filters(**filters))

    def set_extent(self, extent: tuple[float, float, float, float] | None) -> None:
        self.apply(lambda m: m.with_extent(extent))

    def set_compare(self, day: date | None) -> None:
        self.apply(lambda m: m.with_compare(day))

    def set_layer_visible(self, layer_id: str, visible: bool) -> None:
        self.apply(lambda m: m.with_layer_visible(layer_id, visible))
