"""The event list's data: a table model over the atlas events and a proxy applying the view."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from desktop.panel.format import (
    KIND_TITLES,
    fmt_date,
    imported_from,
    is_imported,
    party_name,
    plain_tooltip,
)
from desktop.render.event_layer import KIND_COLOURS, marker_path
from geodata.model import Event, ViewState
from geodata.view_filter import event_matches

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


class EventTableModel(QAbstractTableModel):
    """All events, newest first: date and title (with the kind's map symbol)."""

    def __init__(self, atlas, parent=None):
        super().__init__(parent)
        self._atlas = atlas
        events = list(atlas.events) if atlas is not None else []
        self._events: list[Event] = sorted(events, key=lambda e: (e.date, e.id), reverse=True)
        self._icons = {kind: kind_icon(kind) for kind in {e.kind for e in self._events}}
        self.imported_count = sum(1 for e in self._events if is_imported(e))

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def row_of(self, event_id: str) -> int:
        return next((i for i, e in enumerate(self._events) if e.id == event_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("Date", "Event")[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event = self._events[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt_date(event.date) if column == DATE_COLUMN else event.title
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE_COLUMN:
            return self._icons.get(event.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            who = ", ".join(party_name(self._atlas, p) for p in event.participants)
            kind = KIND_TITLES.get(event.kind, event.kind)
            text = f"{event.title}\n{fmt_date(event.date)} · {kind} · {event.place_name}\n{who}"
            if is_imported(event):
                text += f"\nImported from {imported_from(event) or 'a file'} ({event.origin})"
            return plain_tooltip(text.rstrip())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = KIND_TITLES.get(event.kind, event.kind)
            imported = ", imported" if is_imported(event) else ""
            return f"{fmt_date(event.date)}, {kind}{imported}: {event.title}"
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


class EventFilterProxy(QSortFilterProxyModel):
    """Shows the events the current view lets through (as-of date, parties, kinds, text, range)."""

    def __init__(self, view: ViewState, parent=None):
        super().__init__(parent)
        self._view = view

    def set_view(self, view: ViewState) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter is deprecated
            self.beginFilterChange()
            self._view = view
            self.endFilterChange()
        else:
            self._view = view
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        return event_matches(model.event_at(source_row), self._view)
