"""PreviewTable: the file's first rows, each column headed with the field it is imported as.

File text goes into table items only (plain text, never markup).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from desktop.importing.fields import field_label
from geodata.importers import ImportPreview


class PreviewTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setAccessibleName(self.tr("Preview of the file's first rows"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.horizontalHeader().setDefaultSectionSize(120)
        self.verticalHeader().setDefaultSectionSize(22)

    def show_rows(self, result: ImportPreview) -> None:
        by_column = {column: field for field, column in result.mapping.items()}
        table = self
        table.clear()
        table.setColumnCount(len(result.columns))
        table.setRowCount(len(result.rows))
        headers = []
        for column_name in result.columns:
            field = by_column.get(column_name)
            headers.append(f"{column_name}\n→ {field_label(field)}" if field else column_name)
        table.setHorizontalHeaderLabels(headers)
        mapped_font = QFont(table.font())
        mapped_font.setBold(True)
        for col, column_name in enumerate(result.columns):
            header = table.horizontalHeaderItem(col)
            if column_name in by_column and header is not None:
                header.setFont(mapped_font)
        for row, values in enumerate(result.rows):
            for col, column_name in enumerate(result.columns):
                text = values.get(column_name, "")
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))
                item.setToolTip(text if len(text) > 30 else "")
                table.setItem(row, col, item)
