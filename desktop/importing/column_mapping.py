"""ColumnMapping: which column of the file becomes which field (date, latitude, ...).

Guessed from the column names by the preview; the user's choices are overrides. Column names
are file text: shown as plain text only.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from desktop.importing.fields import field_label, fields_of, required_of
from geodata.importers import ImportPreview

NOT_MAPPED = ""  # combo data for "no column"
_ERROR = QColor("#a3261b")


def plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ColumnMapping(QGroupBox):
    field_chosen = Signal(str, str)  # field, column (NOT_MAPPED: none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Columns (* required)"), parent)
        self.setObjectName("importMapping")
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(10)
        self._combos: dict[str, QComboBox] = {}

    def combo_for(self, field: str) -> QComboBox | None:
        return self._combos.get(field)

    def fill(self, result: ImportPreview | None, overrides: Mapping[str, str]) -> None:
        """One row per field of the file's kind, the guessed or chosen column selected."""
        grid = self._grid
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._combos.clear()
        if result is None:
            self.setVisible(False)
            return
        self.setVisible(True)
        required = required_of(result.kind, result.format != "csv")
        fields = fields_of(result.kind)
        per_column = (len(fields) + 2) // 3
        for index, field in enumerate(fields):
            label_text = field_label(field) + (" *" if field in required else "")
            label = plain_label(label_text + ":", self)
            if field in required:
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
            if field in result.missing:
                label.setStyleSheet(f"color: {_ERROR.name()};")
            combo = QComboBox(self)
            combo.setObjectName(f"map_{field}")
            combo.setAccessibleName(
                self.tr("Column for {field_label}").format(field_label=field_label(field))
            )
            combo.addItem(
                self.tr("— not used —") if field not in required else self.tr("— choose —"),
                NOT_MAPPED,
            )
            for column_name in result.columns:
                combo.addItem(column_name, column_name)
            mapped = result.mapping.get(field, NOT_MAPPED)
            combo.setCurrentIndex(max(0, combo.findData(mapped)))
            if field in result.mapping and field not in overrides:
                combo.setToolTip(
                    self.tr("Guessed from the column name; choose another to override")
                )
            combo.activated.connect(
                lambda _i, f=field, c=combo: self.field_chosen.emit(f, c.currentData())
            )
            label.setBuddy(combo)
            row, col = index % per_column, (index // per_column) * 2
            grid.addWidget(label, row, col)
            grid.addWidget(combo, row, col + 1)
            self._combos[field] = combo
