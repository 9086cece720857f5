"""TalksPanel: the right-hand panel — event filters, the event list and the selection's details."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.panel.detail_view import DetailView
from desktop.panel.event_list import EventList
from desktop.panel.filter_bar import EventFilterBar
from desktop.panel.format import fmt_date
from desktop.retranslate import Retranslated
from desktop.state import AppState


class TalksPanel(Retranslated, QWidget):
    """Emits ids upward; the main window selects and focuses the map."""

    event_chosen = Signal(str)
    zone_chosen = Signal(str)

    def __init__(self, state: AppState, atlas, first_day, last_day, parent=None):
        super().__init__(parent)
        self.setObjectName("talksPanel")
        self._state = state
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(4)
        self.filters = EventFilterBar(state, atlas, first_day, last_day, top)
        self.count = QLabel(top)
        self.count.setObjectName("eventCount")
        self.count.setStyleSheet("color: #6b665c;")
        self.events = EventList(state, atlas, top)
        self.count.setBuddy(self.events)
        top_layout.addWidget(self.filters)
        top_layout.addWidget(self.count)
        top_layout.addWidget(self.events, 1)

        self.details = DetailView(state, atlas, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("talksSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.events.event_chosen.connect(self.event_chosen)
        self.details.event_link_clicked.connect(self.event_chosen)
        self.details.zone_link_clicked.connect(self.zone_chosen)
        # After the event list's own update (connected before this): the count reads its rows.
        state.changed.connect(self._on_state_changed)
        self._update_count()

    def retranslate(self) -> None:
        self._update_count()

    def _on_state_changed(self, parts: frozenset[str]) -> None:
        if parts & {"filters", "date", "dataset"}:
            self._update_count()

    def _update_count(self, *_args) -> None:
        shown = self.events.proxy.rowCount()
        total = self.events.source_model.rowCount()
        day = fmt_date(self._state.view.as_of)
        text = self.tr("&Events: {shown} of {total} up to {day}").format(
            shown=shown, total=total, day=day
        )
        imported = self.events.source_model.imported_count
        if imported:
            text += self.tr(" ({imported} imported)").format(imported=imported)
        if self.filters.is_active():
            text += self.tr(" (filtered)")
        self.count.setText(text)
