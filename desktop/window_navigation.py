"""The main window's navigation: picks made outside the map (panel links, search results, a
tracked locality) become selections, and the map pans/zooms to them; keyboard focus moves."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.search import SearchResult
from desktop.state import PlacePick


class WindowNavigation:
    """Mixin of MainWindow: selection from outside the map, focus and keyboard shortcuts."""

    def select_locality(self, locality_id: str) -> None:
        """A tracked locality picked on the map: pinned, its zone selected, its control
        history in the details (one transition)."""
        control = self.atlas.control if self.atlas is not None else None
        locality = control.history.localities.get(locality_id) if control else None
        if locality is None:
            return
        detail = ", ".join(n for n in (locality.kind, locality.admin2, locality.admin1) if n)
        pick = PlacePick(locality.name, locality.lon, locality.lat, detail, locality.id)
        self.state.select_place(pick)

    def focus_selection(self) -> None:
        """Bring the selection into view (used on start-up, by the panel and the search)."""
        self.canvas.focus_selection()

    def select_event_and_focus(self, event_id: str) -> None:
        self.state.select_event(event_id)
        self.focus_selection()

    def select_zone_and_focus(self, zone_id: str) -> None:
        self.state.select_zone(zone_id)
        self.focus_selection()

    def choose_search_result(self, result: SearchResult) -> None:
        if result.kind == "event" and result.record_id:
            self.state.show_event(result.record_id)
            self.focus_selection()
        elif result.kind == "zone" and result.record_id:
            self.select_zone_and_focus(result.record_id)
        elif result.kind == "place" and result.lon is not None and result.lat is not None:
            pick = PlacePick(result.title, result.lon, result.lat, result.detail, result.record_id)
            self.state.select_place(pick)
            self.focus_selection()
        self.canvas.setFocus()

    def focus_search(self) -> None:
        self.search_toolbar.show()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_date_field(self) -> None:
        self.date_toolbar.show()
        self.date_control.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_event_list(self) -> None:
        self.talks_dock.show()
        self.talks.events.setFocus(Qt.FocusReason.ShortcutFocusReason)
