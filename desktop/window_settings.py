"""The main window's settings kept between runs: geometry, the dock layout (one per writing
direction), the map extent and the graticule."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QApplication

SETTINGS_VERSION = 3  # bump when docks or toolbars change, so old layouts are not restored


class WindowSettings:
    """Mixin of MainWindow: what it restores at start and saves on close."""

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        window_state = settings.value(self._layout_key())
        if isinstance(window_state, QByteArray):
            self._layout_restored = self.restoreState(window_state, SETTINGS_VERSION)
        if settings.value("map/graticule", False, type=bool):
            self.state.set_layer_visible("graticule", True)
        extent = settings.value("map/extent")
        if self.state.view.extent is None and isinstance(extent, list) and len(extent) == 4:
            with contextlib.suppress(TypeError, ValueError):
                self.state.set_extent(tuple(float(v) for v in extent))

    def _layout_key(self) -> str:
        """Dock layouts are kept per direction: right to left mirrors them."""
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return "window/state-rtl" if rtl else "window/state"

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue(self._layout_key(), self.saveState(SETTINGS_VERSION))
        extent = self.canvas.transform.visible_lonlat_bounds()
        settings.setValue("map/extent", [float(v) for v in extent])
        settings.setValue("map/graticule", "graticule" not in self.state.view.hidden_layers)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._persist:
            self.save_settings()
        super().closeEvent(event)
