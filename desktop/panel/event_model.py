"""The event list's data: a table model over the atlas events and a filter applying the view.

Both are lazy over the atlas's columnar event index: no Python object per row is made up front,
and a filter change is one numpy filter (a few ms at a million events), not a Python call per
row. Qt asks ``data()`` only for the rows it shows.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from desktop.panel.format import (
    fmt_date,
    imported_from,
    is_imported,
    kind_title,
    party_name,
    plain_tooltip,
)
from desktop.render.event_layer import KIND_COLOURS, marker_path
from geodata.event_index import EventIndex, IndexedEvents
from geodata.model import Event, ViewState
from geodata.text_limits import SHOWN_TITLE, shown

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_COLUMN, TITLE_COLUMN = 0, 1
IMPORTED_COLOUR = QColor("#0b5e6b")  # imported events: teal italics, told apart from curated ones


def kind_icon(kind: str, size: int = 14) -> QIcon:
    """The map marker of an event kind, so the list and the map use the same symbols."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QColor("white"))
    painter.setBrush(KIND_COLOURS.get(kind, KIND_COLOURS["other"]))
    painter.drawPath(marker_path(kind, size - 3).translated(size / 2, size / 2))
    painter.end()
    return QIcon(pixmap)


def reworded(model: QAbstractTableModel) -> None:
    """After a language change: a table model words its headers and rows (dates, kinds,
    names) when asked, so tell its views to ask again (same rows, same selection)."""
    model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
    if model.rowCount():
        last = model.index(model.rowCount() - 1, model.columnCount() - 1)
        model.dataChanged.emit(model.index(0, 0), last)


class EventTableModel(QAbstractTableModel):
    """All events, newest first: date and title (with the kind's map symbol).

    Row ``r`` is the atlas's event ``n - 1 - r`` (the atlas keeps them oldest first).
    """

    def __init__(self, atlas, parent=None):
        super().__init__(parent)
        self._atlas = atlas
        events = atlas.events if atlas is not None else ()
        self.index_columns: EventIndex = (
            events if isinstance(events, IndexedEvents) else IndexedEvents(events)
        ).columns
        self._events = self.index_columns.events
        self._icons = {kind: kind_icon(kind) for kind in self.index_columns.kind_names}
        self.imported_count = int(np.count_nonzero(~self.index_columns.bundled))

    def event_at(self, row: int) -> Event:
        return self._events[len(self._events) - 1 - row]

    def retranslate(self) -> None:
        reworded(self)

    def row_of(self, event_id: str) -> int:
        atlas_row = self.index_columns.row_of(event_id)
        return -1 if atlas_row < 0 else len(self._events) - 1 - atlas_row

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Event"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.row_data(index.row(), index.column(), role)

    def row_data(self, row: int, column: int, role):
        event = self.event_at(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                fmt_date(event.date) if column == DATE_COLUMN else shown(event.title, SHOWN_TITLE)
            )
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE_COLUMN:
            return self._icons.get(event.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            who = ", ".join(party_name(self._atlas, p) for p in event.participants)
            kind = kind_title(event.kind)
            title = shown(event.title, SHOWN_TITLE)
            text = f"{title}\n{fmt_date(event.date)} · {kind} · {event.place_name}\n{who}"
            if is_imported(event):
                text += self.tr("\nImported from {file} ({origin})").format(
                    file=imported_from(event) or self.tr("a file"), origin=event.origin
                )
            return plain_tooltip(text.rstrip())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = kind_title(event.kind)
            imported = self.tr(", imported") if is_imported(event) else ""
            return f"{fmt_date(event.date)}, {kind}{imported}: {shown(event.title, SHOWN_TITLE)}"
        if is_imported(event):
            if role == Qt.ItemDataRole.ForegroundRole:
                return IMPORTED_COLOUR
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        if role == EVENT_ID_ROLE:
            return event.id
        return None


class EventFilterProxy(QAbstractTableModel):
    """The rows of an :class:`EventTableModel` the current view lets through (as-of date,
    parties, kinds, text, range), newest first.

    A table over an array of source rows, recomputed with the event index's numpy filter; it
    offers the proxy calls the list uses (``setSourceModel``, ``mapToSource``, ``mapFromSource``).
    """

    def __init__(self, view: ViewState, parent=None):
        super().__init__(parent)
        self._view = view
        self._source: EventTableModel | None = None
        self._source_rows = np.zeros(0, dtype=np.int64)  # ascending: newest first

    def setSourceModel(  # noqa: N802 - Qt naming
        self, model: EventTableModel, view: ViewState | None = None
    ) -> None:
        """``view``: the view to filter by from now on (another dataset's model comes with the
        view of that moment: one reset, not two)."""
        self.beginResetModel()
        self._source = model
        if view is not None:
            self._view = view
        self._source_rows = self._rows_for(self._view)
        self.endResetModel()

    def sourceModel(self) -> EventTableModel | None:  # noqa: N802 - Qt naming
        return self._source

    def retranslate(self) -> None:
        reworded(self)  # not a QSortFilterProxyModel: it passes on no signal of its source

    def set_view(self, view: ViewState) -> None:
        rows = self._rows_for(view)
        self._view = view
        if np.array_equal(rows, self._source_rows):
            return
        self.beginResetModel()
        self._source_rows = rows
        self.endResetModel()

    def _rows_for(self, view: ViewState) -> np.ndarray:
        if self._source is None:
            return np.zeros(0, dtype=np.int64)
        columns = self._source.index_columns
        atlas_rows = columns.rows(view)
        return (columns.size - 1 - atlas_rows)[::-1].copy()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._source_rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if self._source is None:
            return None
        return self._source.headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._source is None:
            return None
        return self._source.row_data(int(self._source_rows[index.row()]), index.column(), role)

    def mapToSource(self, index: QModelIndex) -> QModelIndex:  # noqa: N802 - Qt naming
        if not index.isValid() or self._source is None:
            return QModelIndex()
        return self._source.index(int(self._source_rows[index.row()]), index.column())

    def mapFromSource(self, index: QModelIndex) -> QModelIndex:  # noqa: N802 - Qt naming
        if not index.isValid():
            return QModelIndex()
        row = index.row()
        position = int(np.searchsorted(self._source_rows, row))
        if position >= len(self._source_rows) or self._source_rows[position] != row:
            return QModelIndex()
        return self.index(position, index.column())
