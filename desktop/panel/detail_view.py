"""DetailView: what is selected — an overview, a zone or an event — with links to go further."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser

from desktop.panel.detail_event import event_html
from desktop.panel.detail_html import overview_html, place_html
from desktop.panel.detail_zone import zone_html
from desktop.panel.links import route_link
from desktop.retranslate import Retranslated
from desktop.state import AppState


class DetailView(Retranslated, QTextBrowser):
    """Rebuilt when the selection or the date changes. Internal links emit ids upwards."""

    event_link_clicked = Signal(str)
    zone_link_clicked = Signal(str)

    def __init__(self, state: AppState, atlas, parent=None):
        super().__init__(parent)
        self.setObjectName("detailView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._state = state
        self._atlas = atlas
        self.anchorClicked.connect(
            lambda url: route_link(
                url, self.event_link_clicked.emit, self.zone_link_clicked.emit, state.set_date
            )
        )
        state.changed.connect(self._on_state_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """The page of the selection written again in the new language (scroll kept)."""
        self.setAccessibleName(self.tr("Details of the selection"))
        self.refresh()

    def _on_state_changed(self, parts: frozenset[str]) -> None:
        if "dataset" in parts:
            self._atlas = self._state.atlas
        if parts & {"selection", "date", "dataset"}:
            self.refresh()

    def refresh(self, *_args) -> None:
        view, atlas = self._state.view, self._atlas
        if atlas is None:
            self.setHtml(self.tr("<p>No atlas data loaded.</p>"))
            return
        zone = atlas.zone(view.selected_zone) if view.selected_zone else None
        event = atlas.event(view.selected_event) if view.selected_event else None
        place = self._state.place
        if place is not None:
            html = place_html(atlas, place, zone, view)
            html += zone_html(atlas, zone, view) if zone is not None else ""
        elif zone is not None:
            html = zone_html(atlas, zone, view)
        elif event is not None:
            html = event_html(atlas, event, view)
        else:
            html = overview_html(atlas, view)
        scroll = self.verticalScrollBar().value() if self.toHtml() and self._same_page() else 0
        self.setHtml(html)
        self.verticalScrollBar().setValue(scroll)
        self._page = (view.selected_zone, view.selected_event, self._state.place)

    def _same_page(self) -> bool:
        view = self._state.view
        page = (view.selected_zone, view.selected_event, self._state.place)
        return getattr(self, "_page", None) == page
