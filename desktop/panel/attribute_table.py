"""The attribute table of imported layers: every workspace event as a row, sortable, filterable.

What a QGIS user opens with "Open Attribute Table". A 100,000-event ACLED import must stay fast,
so the model is a view over the atlas's columnar event index (no item per cell): Qt asks
``data()`` only for the rows on screen, sorting is a numpy argsort of a column, and the filter
box uses the index's text search once per keystroke; the proxy only checks a boolean per row.
Selecting a row selects the event on the map (and in every panel) through ``AppState``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.panel.bidi_delegate import BidiItemDelegate
from desktop.panel.event_model import EVENT_ID_ROLE, kind_icon, reworded
from desktop.panel.format import fmt_date, kind_title
from desktop.retranslate import Retranslated
from geodata.event_index import EventIndex, IndexedEvents

DATE, KIND, TITLE, PLACE, LON, LAT, LAYER = range(7)


def column_titles() -> tuple[str, ...]:
    # Literal sources, one call each: lupdate reads only translate("Context", "literal").
    return (
        QCoreApplication.translate("AttributeTable", "Date"),
        QCoreApplication.translate("AttributeTable", "Kind"),
        QCoreApplication.translate("AttributeTable", "Title"),
        QCoreApplication.translate("AttributeTable", "Place"),
        QCoreApplication.translate("AttributeTable", "Lon"),
        QCoreApplication.translate("AttributeTable", "Lat"),
        QCoreApplication.translate("AttributeTable", "Layer"),
    )


class ImportedEventsModel(QAbstractTableModel):
    """The imported (workspace) events of an atlas, one row each, in a sort order of its own."""

    def __init__(self, atlas, parent=None):
        super().__init__(parent)
        events = atlas.events if atlas is not None else ()
        self.index_columns: EventIndex = (
            events if isinstance(events, IndexedEvents) else IndexedEvents(events)
        ).columns
        columns = self.index_columns
        self.rows = np.flatnonzero(~columns.bundled)  # atlas rows shown, in the sort order
        self.imported_count = len(self.rows)
        self.matching = np.ones(columns.size, dtype=bool)  # by the filter text, per atlas row
        self._sort: tuple[int, Qt.SortOrder] = (DATE, Qt.SortOrder.AscendingOrder)
        self._text_ranks: dict[int, np.ndarray] = {}
        self._icons = {kind: kind_icon(kind) for kind in columns.kind_names}

    def event_id(self, row: int) -> str:
        return self.index_columns.ids[int(self.rows[row])]

    def row_of(self, event_id: str) -> int:
        atlas_row = self.index_columns.row_of(event_id)
        found = np.flatnonzero(self.rows == atlas_row)
        return int(found[0]) if len(found) else -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = int(self.rows[index.row()]), index.column()
        columns = self.index_columns
        kind = columns.kind_names[columns.kind[row]]
        if role == EVENT_ID_ROLE:
            return columns.ids[row]
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return self._icons.get(kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LON, LAT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == LON:
            return "" if np.isnan(columns.lon[row]) else f"{columns.lon[row]:.4f}"
        if column == LAT:
            return "" if np.isnan(columns.lat[row]) else f"{columns.lat[row]:.4f}"
        if column == KIND:
            return kind_title(kind)
        if column == LAYER:
            return columns.origin_names[columns.origin[row]]
        event = columns.events_at([row])[0]  # made only for the rows on screen
        if column == DATE:
            return fmt_date(event.date)
        return event.title if column == TITLE else event.place_name

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column: numpy keys for dates, kinds, coordinates; text read once."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.rows = self._ordered(column, order)
        self.layoutChanged.emit()

    def _ordered(self, column: int, order) -> np.ndarray:
        """The imported rows the filter keeps, in the order of a column."""
        columns = self.index_columns
        rows = np.flatnonzero(~columns.bundled & self.matching)
        if column in (DATE, LON, LAT, KIND, LAYER):
            if column == KIND:
                names = np.array([kind_title(k) for k in columns.kind_names])
                key = np.argsort(np.argsort(names))[columns.kind[rows]]
            elif column == LAYER:
                key = np.argsort(np.argsort(np.array(columns.origin_names)))[columns.origin[rows]]
            else:
                key = {DATE: columns.day, LON: columns.lon, LAT: columns.lat}[column][rows]
            order_index = np.argsort(key, kind="stable")
        else:
            order_index = np.argsort(self._text_rank(column)[rows], kind="stable")
        if order == Qt.SortOrder.DescendingOrder:
            order_index = order_index[::-1]
        return rows[order_index]

    def _text_rank(self, column: int) -> np.ndarray:
        """Each atlas row's place in the alphabetical order of a text column (made once: the
        records of every imported event are read, ~0.7 s at 100k, so later sorts are numpy)."""
        rank = self._text_ranks.get(column)
        if rank is None:
            columns = self.index_columns
            imported = np.flatnonzero(~columns.bundled)
            events = columns.events_at(imported)
            texts = [(e.title if column == TITLE else e.place_name).casefold() for e in events]
            order = sorted(range(len(texts)), key=texts.__getitem__)
            rank = np.zeros(columns.size, dtype=np.int64)
            rank[imported[order]] = np.arange(len(order))
            self._text_ranks[column] = rank
        return rank

    def set_filter_text(self, text: str) -> None:
        """Keep the rows whose title, summary, place or people contain the words typed.

        The filter lives here, not in a Python ``filterAcceptsRow`` (one call per row, ~0.3 s
        at 100k rows): the index's text search gives the rows at once and the sort is kept.
        """
        text = text.strip()
        self.matching = np.zeros(self.index_columns.size, dtype=bool)
        if text:
            self.matching[self.index_columns.text_rows(text)] = True
        else:
            self.matching[:] = True
        self.beginResetModel()
        self.rows = self._ordered(*self._sort)
        self.endResetModel()


class ImportedEventsProxy(QSortFilterProxyModel):
    """The table's proxy: sorting is the model's own (a numpy argsort, not a Python lessThan
    per comparison), and so is filtering; the proxy's own C++ filter and mapping stay cheap."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class AttributeTable(Retranslated, QWidget):
    """A filter box over a table of the imported events; a row selected is the map's selection."""

    def __init__(self, state, atlas, parent=None):
        super().__init__(parent)
        self.state = state
        self.model = ImportedEventsModel(atlas, self)
        self.proxy = ImportedEventsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(BidiItemDelegate(self.table))  # Latin titles in Arabic
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(TITLE, 320)
        self.table.selectionModel().selectionChanged.connect(self._on_row_selected)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        state.dataset_changed.connect(self._on_dataset_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter imported events by words…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the attribute table"))
        reworded(self.model)  # headers, dates and kinds (the proxy passes it on)
        self._update_count()

    def _on_dataset_changed(self) -> None:
        """Another dataset: a model of its imported events, sorted and filtered as before."""
        old = self.model
        self.model = ImportedEventsModel(self.state.atlas, self)
        self.model.set_filter_text(self.filter_edit.text())
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.proxy.setSourceModel(self.model)
        old.deleteLater()
        self._update_count()

    def _on_filter(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.imported_count
        if total == 0:
            text = self.tr("No imported events: File ▸ Import brings a CSV, GeoJSON or KML in.")
        elif total == 1:
            text = self.tr("{shown} of 1 imported event").format(shown=shown)
        else:  # the noun agrees with the total (Arabic has six plural forms)
            text = self.tr("{shown} of %n imported events", None, total).format(shown=shown)
        self.count_label.setText(text)

    def _on_row_selected(self, selected: QItemSelection, _deselected=None) -> None:
        rows = selected.indexes()
        if rows:
            self.state.select_event(rows[0].data(EVENT_ID_ROLE))
