"""EventList: the filtered, newest-first list of events; arrow keys move through it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.i18n import month_name
from desktop.panel.bidi_delegate import BidiItemDelegate
from desktop.panel.event_model import (
    DATE_COLUMN,
    EVENT_ID_ROLE,
    TITLE_COLUMN,
    EventFilterProxy,
    EventTableModel,
)
from desktop.retranslate import Retranslated
from desktop.state import AppState


class EventList(Retranslated, QTableView):
    """Choosing a row (click, arrow keys) emits ``event_chosen``; the state drives the highlight.

    A table, not a tree: a QTreeView lays out every row when shown, asking the Python model for
    each (0.1 s with 100,000 imported events); a table asks only for the rows in sight.
    """

    event_chosen = Signal(str)

    def __init__(self, state: AppState, atlas, parent=None):
        super().__init__(parent)
        self.setObjectName("eventList")
        self.setToolTip("")
        self._state = state
        self.source_model = EventTableModel(atlas, self)
        self.proxy = EventFilterProxy(state.view, self)
        self.proxy.setSourceModel(self.source_model)
        self.setModel(self.proxy)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in the rest of the window
        self.setCornerButtonEnabled(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # English titles in the Arabic window: elided at their own end, "…" after the text.
        self.setItemDelegate(BidiItemDelegate(self))
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height: nothing to measure
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        # A fixed date column: ResizeToContents would ask the model for thousands of rows'
        # data whenever the list is shown (0.4 s with 100,000 imported events).
        header.setSectionResizeMode(DATE_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._set_texts()
        self._syncing = False
        self.selectionModel().currentRowChanged.connect(self._on_current_changed)
        state.changed.connect(self._on_state_changed)
        self._sync_selection()

    def _set_texts(self) -> None:
        self.setAccessibleName(self.tr("Events"))
        self.setAccessibleDescription(
            self.tr("Events up to the as-of date, newest first. Arrow keys select the next event.")
        )
        # Wide enough for the longest month name of the interface language ("berfanbar").
        widest = max(
            self.fontMetrics().horizontalAdvance(f"00 {month_name(m)} 0000") for m in range(1, 13)
        )
        self.horizontalHeader().resizeSection(DATE_COLUMN, widest + 22)

    def retranslate(self) -> None:
        """Texts, the date column's width, and the rows' dates, kinds and headers in the new
        language (the same rows, selection and scroll position)."""
        self._set_texts()
        self.source_model.retranslate()
        self.proxy.retranslate()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Entering the list does not choose an event: the first arrow key press does."""
        self._syncing = True
        try:
            super().focusInEvent(event)
            if not self.selectionModel().hasSelection():
                self.selectionModel().setCurrentIndex(
                    QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            self._syncing = False

    def visible_event_ids(self) -> list[str]:
        return [
            self.proxy.index(row, 0).data(EVENT_ID_ROLE) for row in range(self.proxy.rowCount())
        ]

    def _on_state_changed(self, parts: frozenset[str]) -> None:
        if "dataset" in parts:
            self._show_dataset()
        elif parts & {"filters", "date"}:
            self._on_view_changed()
        elif "selection" in parts:
            self._sync_selection()

    def _show_dataset(self) -> None:
        """Another dataset: a model of its events, filtered by the current view (one reset)."""
        old = self.source_model
        self.source_model = EventTableModel(self._state.atlas, self)
        self._syncing = True
        try:
            self.proxy.setSourceModel(self.source_model, self._state.view)
        finally:
            self._syncing = False
        old.deleteLater()
        self._sync_selection()

    def _on_view_changed(self, *_args) -> None:
        self._syncing = True
        try:
            self.proxy.set_view(self._state.view)
        finally:
            self._syncing = False
        self._sync_selection()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        event_id = current.data(EVENT_ID_ROLE)
        if event_id and event_id != self._state.view.selected_event:
            self.event_chosen.emit(event_id)

    def _sync_selection(self) -> None:
        """Highlight the selected event's row (or nothing) without re-emitting a choice."""
        event_id = self._state.view.selected_event
        row = self.source_model.row_of(event_id) if event_id else -1
        index = self.proxy.mapFromSource(self.source_model.index(row, 0)) if row >= 0 else None
        self._syncing = True
        try:
            selection = self.selectionModel()
            if index is not None and index.isValid():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._syncing = False
