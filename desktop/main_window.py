"""MainWindow: composes the canvas, the panels and the menus, and wires them to the state."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.layer_list import LayerList
from desktop.map.canvas import MapCanvas
from desktop.render.renderer import MapRenderer
from desktop.state import AppState
from geodata import __version__


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, basemap, atlas, attribution: str, persist: bool = True):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Northern Syria Atlas")
        self.state = state
        self.atlas = atlas
        self.attribution = attribution
        self._persist = persist
        self.renderer = MapRenderer(attribution)
        self.canvas = MapCanvas(state, self.renderer, basemap, atlas, self)
        self.setCentralWidget(self.canvas)
        self._build_layers_dock()
        self._build_status_bar()
        self._build_menus()
        self.canvas.zone_clicked.connect(state.select_zone)
        self.canvas.event_clicked.connect(state.select_event)
        self.canvas.empty_clicked.connect(state.clear_selection)
        self.canvas.view_moved.connect(state.set_extent)
        self.canvas.cursor_moved.connect(self._on_cursor_moved)
        self.canvas.cursor_left.connect(lambda: self._coords.setText(""))
        if persist:
            self._restore_settings()

    # --- composition ----------------------------------------------------------------------
    def _build_layers_dock(self) -> None:
        dock = QDockWidget("Layers", self)
        dock.setObjectName("layersDock")
        container = QWidget(dock)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(6, 6, 6, 6)
        self.layer_list = LayerList(self.state, container)
        layout.addWidget(self.layer_list)
        attribution = QLabel(f"Base map: {self.attribution}", container)
        attribution.setTextFormat(Qt.TextFormat.PlainText)
        attribution.setWordWrap(True)
        attribution.setStyleSheet("color: #666; font-size: 11px;")
        layout.addWidget(attribution)
        layout.addStretch(1)
        dock.setWidget(container)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.layers_dock = dock

    def _build_status_bar(self) -> None:
        self._coords = QLabel("", self)
        self._coords.setAccessibleName("Cursor position")
        self._coords.setMinimumWidth(220)
        self.statusBar().addPermanentWidget(self._coords)
        self.statusBar().showMessage(
            "Drag to pan · wheel or +/− to zoom · click a zone or event", 0
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        view_menu = self.menuBar().addMenu("&View")
        for text, keys, slot, tip in (
            (
                "Zoom &In",
                QKeySequence.StandardKey.ZoomIn,
                lambda: self.canvas.zoom_by(1.5),
                "Zoom in",
            ),
            (
                "Zoom &Out",
                QKeySequence.StandardKey.ZoomOut,
                lambda: self.canvas.zoom_by(1 / 1.5),
                "Zoom out",
            ),
            (
                "Zoom to &Fit",
                QKeySequence("Ctrl+0"),
                self.canvas.zoom_to_fit,
                "Show the whole region",
            ),
        ):
            action = QAction(text, self, shortcut=keys, statusTip=tip, toolTip=tip)
            action.triggered.connect(slot)
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.layers_dock.toggleViewAction())
        self.view_menu = view_menu

        toolbar = self.addToolBar("Map")
        toolbar.setObjectName("mapToolbar")
        for action in view_menu.actions()[:3]:
            toolbar.addAction(action)
        self.map_toolbar = toolbar

        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Northern Syria Atlas", self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)
        self.help_menu = help_menu

    def focus_selection(self) -> None:
        """Bring the selected zone or event into view (used on start-up and by the panel)."""
        self.canvas.focus_selection()

    # --- slots ----------------------------------------------------------------------------
    def _on_cursor_moved(self, lon: float, lat: float) -> None:
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "W"
        self._coords.setText(f"{abs(lat):.4f}° {ns}, {abs(lon):.4f}° {ew}")

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Northern Syria Atlas",
            f"<b>Northern Syria Atlas</b> {__version__}<br>Who holds what in northern Syria, where "
            "the M4 runs, and what each party said at the talks.<br><br>"
            f"Base map: {self.attribution}<br>Control zones are approximate reconstructions; "
            "every zone, event and statement lists its sources.",
        )

    # --- settings -------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        window_state = settings.value("window/state")
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)
        extent = settings.value("map/extent")
        if isinstance(extent, list) and len(extent) == 4:
            with contextlib.suppress(TypeError, ValueError):
                self.state.set_extent(tuple(float(v) for v in extent))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._persist:
            settings = QSettings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/state", self.saveState())
            extent = self.canvas.transform.visible_lonlat_bounds()
            settings.setValue("map/extent", [float(v) for v in extent])
        super().closeEvent(event)
