"""LayerList: a checkable list that shows and hides map layers through the state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desktop.render.renderer import TOGGLEABLE_LAYERS
from desktop.retranslate import Retranslated
from desktop.state import AppState

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class LayerList(Retranslated, QListWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerList")
        self._state = state
        for layer_id, _title in TOGGLEABLE_LAYERS:
            item = QListWidgetItem(self)
            item.setData(Qt.ItemDataRole.UserRole, layer_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            hidden = layer_id in state.view.hidden_layers
            item.setCheckState(Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
        self.itemChanged.connect(self._on_item_changed)
        state.layers_changed.connect(self._on_layers_changed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.retranslate()
        rows_height = self.sizeHintForRow(0) * len(TOGGLEABLE_LAYERS) + 2 * self.frameWidth() + 4
        self.setFixedHeight(rows_height)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Map layers"))
        self.setToolTip(
            self.tr("Tick a layer to show it on the map (Space toggles the current layer)")
        )
        self.blockSignals(True)  # a title is no layer switched
        for row, (_layer_id, title) in enumerate(TOGGLEABLE_LAYERS):
            item = self.item(row)
            item.setText(self.tr(title))
            item.setToolTip(item.text())  # the panel is narrow: a long name is elided there
        self.blockSignals(False)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        visible = item.checkState() == Qt.CheckState.Checked
        self._state.set_layer_visible(item.data(Qt.ItemDataRole.UserRole), visible)

    def _on_layers_changed(self) -> None:
        self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            hidden = item.data(Qt.ItemDataRole.UserRole) in self._state.view.hidden_layers
            item.setCheckState(Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
        self.blockSignals(False)
