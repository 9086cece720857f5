"""MainWindow: composes the canvas, the panels and the menus, and wires them to the state.

Views report user input as ids; this window turns them into state changes (and, for choices
made outside the map, a pan/zoom to what was chosen). It holds no data logic of its own.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.export.dialogs import install_export_actions
from desktop.importing.workspaces import WorkspaceController
from desktop.layer_list import LayerList
from desktop.map import tool_icons
from desktop.map.canvas import MapCanvas
from desktop.panel.date_control import DateControl
from desktop.panel.format import esc, fmt_date, party_name
from desktop.panel.help_dialogs import ShortcutsDialog, SourcesDialog
from desktop.panel.legend_view import LegendView
from desktop.panel.m4_breakdown import M4Breakdown
from desktop.panel.positions import PositionsView
from desktop.panel.talks_panel import TalksPanel
from desktop.render.renderer import MapRenderer
from desktop.search import SearchBox, SearchIndex, SearchResult
from desktop.state import AppState, PlacePick, counterpart_zone
from geodata import __version__
from geodata.model import DEFAULT_AS_OF

_SETTINGS_VERSION = 3  # bump when docks or toolbars change, so old layouts are not restored


def _rule(parent: QWidget) -> QFrame:
    rule = QFrame(parent)
    rule.setFrameShape(QFrame.Shape.HLine)
    rule.setStyleSheet("color: #d8d2c4;")
    return rule


class MainWindow(QMainWindow):
    def __init__(
        self,
        state: AppState,
        basemap,
        atlas,
        attribution: str,
        persist: bool = True,
        workspace: Path | None = None,
    ):
        """``workspace``: the workspace merged into ``atlas`` (None: bundled data only; imports
        then go to the user's default workspace)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Northern Syria Atlas")
        self.state = state
        self.basemap = basemap
        self.atlas = atlas
        self.attribution = attribution
        self._persist = persist
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self._build_status_bar()
        # File > Import and the workspace menus; it outlives set_atlas, which rebuilds the views.
        self.workspaces = WorkspaceController(
            self, workspace, loaded=workspace is not None, remember=persist
        )
        self._compose()
        state.date_changed.connect(self._on_date_changed)
        state.selection_changed.connect(self._on_selection_changed)

        self._focus_on_show = bool(state.view.selected_zone or state.view.selected_event) and (
            state.view.extent is None
        )
        self._layout_restored = False
        self._first_show = True
        self.resize(1400, 900)
        if persist:
            self._restore_settings()
        self._on_selection_changed()

    # --- the views that read the atlas ------------------------------------------------------
    def _compose(self) -> None:
        """Build the canvas, panels, menus and toolbar for ``self.atlas`` (again on set_atlas)."""
        state, basemap, atlas, attribution = self.state, self.basemap, self.atlas, self.attribution
        existing_actions = set(self.actions())
        self.renderer = MapRenderer(attribution)
        self.canvas = MapCanvas(state, self.renderer, basemap, atlas, self)
        self.setCentralWidget(self.canvas)  # a previous canvas is deleted by Qt
        self.date_control = DateControl(state, atlas, self)
        self.search_index = SearchIndex(atlas, basemap)
        self.search = SearchBox(self.search_index, lambda: self.state.view.as_of, self)
        self._build_map_dock()
        self._build_talks_dock()
        self._build_positions_dock()
        self._build_menus()
        self.exports = install_export_actions(
            self, self.file_menu, state, basemap, atlas, attribution, self._loaded_workspace
        )
        self.workspaces.install(self.file_menu)
        self._build_toolbars()
        self._set_tab_order()

        self.canvas.zone_clicked.connect(state.select_zone)
        self.canvas.event_clicked.connect(state.select_event)
        self.canvas.empty_clicked.connect(state.clear_selection)
        self.canvas.view_moved.connect(state.set_extent)
        self.canvas.cursor_moved.connect(self._on_cursor_moved)
        self.canvas.cursor_left.connect(lambda: self._coords.setText(""))
        self.talks.event_chosen.connect(self.select_event_and_focus)
        self.talks.zone_chosen.connect(self.select_zone_and_focus)
        self.positions.event_link_clicked.connect(self.select_event_and_focus)
        self.positions.zone_link_clicked.connect(self.select_zone_and_focus)
        self.date_control.event_stepped.connect(lambda _id: self.focus_selection())
        self.search.result_chosen.connect(self.choose_search_result)
        self._composed_actions = [a for a in self.actions() if a not in existing_actions]

    def _loaded_workspace(self) -> str | None:
        """The workspace shown beside the bundled data, for export manifests."""
        return str(self.workspaces.workspace) if self.workspaces.loaded else None

    def set_atlas(self, atlas) -> None:
        """Show another dataset: after an import, or when another workspace is opened.

        Every view takes the atlas in its constructor and caches what it derives from it (event
        models, the search index, the hit tester, painter paths), so rather than teach each one
        to reset, the window builds them again exactly as at start-up. The dock layout, the map
        extent, the date, the filters and hidden layers are kept; a selection the new data
        lacks is cleared.
        """
        if self.exports.busy():
            raise RuntimeError("cannot swap the atlas while an export runs")
        layout = self.saveState(_SETTINGS_VERSION)
        self.state.set_extent(self.canvas.transform.visible_lonlat_bounds())
        view = self.state.view
        if (view.selected_zone and atlas.zone(view.selected_zone) is None) or (
            view.selected_event and atlas.event(view.selected_event) is None
        ):
            self.state.clear_selection()
        self._decompose()
        self.atlas = atlas
        self._compose()
        # Widgets added to a visible window are shown by queued calls; until those have run,
        # restoreState sizes the docks from hidden contents and the bottom dock comes out huge.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        self.restoreState(layout, _SETTINGS_VERSION)
        self._on_selection_changed()
        self.canvas.setFocus()

    def _decompose(self) -> None:
        """Remove what _compose built; Qt deletes it once control returns to the event loop."""
        for action in self._composed_actions:
            self.removeAction(action)
            action.deleteLater()
        for old in (self.map_dock, self.talks_dock, self.positions_dock, self.main_toolbar):
            old.setObjectName("")  # restoreState must find the new docks, not these
            old.hide()
            if old is self.main_toolbar:
                self.removeToolBar(old)
            else:
                self.removeDockWidget(old)
            old.deleteLater()
        self.exports.deleteLater()
        self.setMenuBar(QMenuBar(self))  # the old bar (and its menus) is deleted by Qt

    # --- composition ----------------------------------------------------------------------
    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_map_dock(self) -> None:
        container = QWidget(self)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        legend_title = QLabel("<b>Legend</b>", container)
        self.legend = LegendView(self.state, self.atlas, container)
        layout.addWidget(legend_title)
        layout.addWidget(self.legend)
        layout.addWidget(_rule(container))
        layers_title = QLabel("<b>Layers</b>", container)
        self.layer_list = LayerList(self.state, container)
        layers_title.setBuddy(self.layer_list)
        layout.addWidget(layers_title)
        layout.addWidget(self.layer_list)
        layout.addWidget(_rule(container))
        self.m4_breakdown = M4Breakdown(self.state, self.atlas, container)
        layout.addWidget(self.m4_breakdown)
        layout.addStretch(1)
        attribution = QLabel(f"Base map: {self.attribution}", container)
        attribution.setTextFormat(Qt.TextFormat.PlainText)
        attribution.setWordWrap(True)
        attribution.setStyleSheet("color: #6b665c; font-size: 11px;")
        attribution.setAccessibleName("Base map attribution")
        layout.addWidget(attribution)
        scroll = QScrollArea(self)
        scroll.setObjectName("mapPanelScroll")
        scroll.setWidget(container)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.map_dock = self._dock(
            "Map", "layersDock", scroll, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.layers_dock = self.map_dock  # the name the foundation used

    def _build_talks_dock(self) -> None:
        self.talks = TalksPanel(
            self.state,
            self.atlas,
            self.date_control.first_day,
            self.date_control.last_day,
            self,
        )
        self.talks_dock = self._dock(
            "Talks and events", "talksDock", self.talks, Qt.DockWidgetArea.RightDockWidgetArea
        )

    def _build_positions_dock(self) -> None:
        self.positions = PositionsView(self.state, self.atlas, self)
        self.positions_dock = self._dock(
            "Positions stated, side by side",
            "positionsDock",
            self.positions,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )

    def _build_status_bar(self) -> None:
        self._selection_label = QLabel("", self)
        self._selection_label.setTextFormat(Qt.TextFormat.PlainText)  # titles may be imported
        self._selection_label.setAccessibleName("Selection")
        self._coords = QLabel("", self)
        self._coords.setAccessibleName("Cursor position")
        self._coords.setMinimumWidth(200)
        self.statusBar().addWidget(self._selection_label, 1)
        self.statusBar().addPermanentWidget(self._coords)

    def _action(self, text: str, shortcut, slot, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString()})" if shortcut else tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.file_menu.addAction(
            self._action("&Quit", QKeySequence.StandardKey.Quit, self.close, "Quit the atlas")
        )

        self.view_menu = bar.addMenu("&View")
        self.zoom_in_action = self._action(
            "Zoom &In", QKeySequence.StandardKey.ZoomIn, lambda: self.canvas.zoom_by(1.5), "Zoom in"
        )
        self.zoom_out_action = self._action(
            "Zoom &Out",
            QKeySequence.StandardKey.ZoomOut,
            lambda: self.canvas.zoom_by(1 / 1.5),
            "Zoom out",
        )
        self.zoom_fit_action = self._action(
            "Zoom to &Region", "Ctrl+0", self.canvas.zoom_to_fit, "Show the whole region"
        )
        self.zoom_selection_action = self._action(
            "Zoom to &Selection", "Ctrl+J", self.focus_selection, "Zoom to what is selected"
        )
        for action, icon in (
            (self.zoom_in_action, tool_icons.zoom_in_icon()),
            (self.zoom_out_action, tool_icons.zoom_out_icon()),
            (self.zoom_fit_action, tool_icons.zoom_region_icon()),
            (self.zoom_selection_action, tool_icons.zoom_selection_icon()),
        ):
            action.setIcon(icon)
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        for dock in (self.map_dock, self.talks_dock, self.positions_dock):
            self.view_menu.addAction(dock.toggleViewAction())

        self.go_menu = bar.addMenu("&Go")
        self.find_action = self._action(
            "&Find Place, Area or Event…",
            QKeySequence.StandardKey.Find,
            self.focus_search,
            "Search by any spelling",
        )
        self.prev_event_action = self._action(
            "&Previous Event",
            "Alt+Left",
            lambda: self.date_control.step(-1),
            "Move the date back to the previous event",
        )
        self.next_event_action = self._action(
            "&Next Event",
            "Alt+Right",
            lambda: self.date_control.step(+1),
            "Move the date on to the next event",
        )
        self.reset_date_action = self._action(
            f"&Reset Date to {fmt_date(DEFAULT_AS_OF)}",
            "Alt+Home",
            self.state.reset_date,
            "Back to the Moscow meeting of 25 Apr 2023",
        )
        self.date_field_action = self._action(
            "Edit &Date", "Ctrl+D", self._focus_date_field, "Type an as-of date"
        )
        self.clear_action = self._action(
            "&Clear Selection", "Escape", self.state.clear_selection, "Clear the selection"
        )
        self.focus_map_action = self._action(
            "Go to &Map", "Ctrl+1", lambda: self.canvas.setFocus(), "Keyboard focus to the map"
        )
        self.focus_list_action = self._action(
            "Go to &Event List", "Ctrl+2", self._focus_event_list, "Keyboard focus to the events"
        )
        self.focus_details_action = self._action(
            "Go to De&tails",
            "Ctrl+3",
            lambda: self.talks.details.setFocus(),
            "Keyboard focus to the details",
        )
        for action in (
            self.find_action,
            None,
            self.prev_event_action,
            self.next_event_action,
            self.reset_date_action,
            self.date_field_action,
            None,
            self.clear_action,
            None,
            self.focus_map_action,
            self.focus_list_action,
            self.focus_details_action,
        ):
            if action is None:
                self.go_menu.addSeparator()
            else:
                self.go_menu.addAction(action)

        self.help_menu = bar.addMenu("&Help")
        self.help_menu.addAction(
            self._action("&Data Sources and Attribution…", None, self.show_sources)
        )
        self.help_menu.addAction(self._action("&Keyboard Shortcuts…", "F1", self.show_shortcuts))
        self.help_menu.addSeparator()
        self.help_menu.addAction(
            self._action("&About Northern Syria Atlas", None, self._show_about)
        )

    def _build_toolbars(self) -> None:
        """One row: zoom tools, the as-of date (stretching) and the search box."""
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(22, 22))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_fit_action,
            self.zoom_selection_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        self.date_control.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(self.date_control)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        self.main_toolbar = self.map_toolbar = self.date_toolbar = self.search_toolbar = toolbar
        self.view_menu.addAction(toolbar.toggleViewAction())

    def _set_tab_order(self) -> None:
        dc, filters = self.date_control, self.talks.filters
        chain = [
            self.search,
            dc.date_edit,
            dc.prev_button,
            dc.slider,
            dc.next_button,
            dc.reset_button,
            self.canvas,
            filters.text,
            filters.clear_button,
            filters.party,
            filters.kind,
            filters.date_from,
            filters.date_to,
            self.talks.events,
            self.talks.details,
            self.positions,
            self.layer_list,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            if not self._layout_restored:
                self._apply_default_dock_sizes()
        if self._focus_on_show:  # --select without --extent: show what was asked for
            self._focus_on_show = False
            QTimer.singleShot(0, self.focus_selection)

    def _apply_default_dock_sizes(self) -> None:
        """Dock sizes in proportion to the window, so the map keeps most of a small screen."""
        width, height = self.width(), self.height()
        left = min(max(round(width * 0.16), 200), 260)
        right = min(max(round(width * 0.29), 360), 520)
        bottom = min(max(round(height * 0.26), 170), 280)
        self.resizeDocks([self.map_dock, self.talks_dock], [left, right], Qt.Orientation.Horizontal)
        self.resizeDocks([self.positions_dock], [bottom], Qt.Orientation.Vertical)

    # --- selection and focus --------------------------------------------------------------
    def focus_selection(self) -> None:
        """Bring the selection into view (used on start-up, by the panel and the search)."""
        self.canvas.focus_selection()

    def select_event_and_focus(self, event_id: str) -> None:
        self.state.select_event(event_id)
        self.focus_selection()

    def select_zone_and_focus(self, zone_id: str) -> None:
        self.state.select_zone(zone_id)
        self.focus_selection()

    def choose_search_result(self, result: SearchResult) -> None:
        if result.kind == "event" and result.record_id:
            event = self.atlas.event(result.record_id)
            if event is not None and event.date > self.state.view.as_of:
                self.state.set_date(event.date)  # an event is shown from its date on
            self.select_event_and_focus(result.record_id)
        elif result.kind == "zone" and result.record_id:
            self.select_zone_and_focus(result.record_id)
        elif result.kind == "place" and result.lon is not None and result.lat is not None:
            pick = PlacePick(result.title, result.lon, result.lat, result.detail, result.record_id)
            zone = counterpart_zone(self.atlas, None, pick, self.state.view.as_of)
            self.state.select_place(pick, zone)
            self.focus_selection()
        self.canvas.setFocus()

    def focus_search(self) -> None:
        self.search_toolbar.show()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_date_field(self) -> None:
        self.date_toolbar.show()
        self.date_control.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_event_list(self) -> None:
        self.talks_dock.show()
        self.talks.events.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- slots ----------------------------------------------------------------------------
    def _on_date_changed(self, day) -> None:
        """Keep a zone selection meaningful on the new date (same area, or the picked place's)."""
        view = self.state.view
        if view.selected_zone or self.state.place is not None:
            zone_id = counterpart_zone(self.atlas, view.selected_zone, self.state.place, day)
            self.state.follow_zone(zone_id)

    def _on_selection_changed(self) -> None:
        view, atlas = self.state.view, self.atlas
        text = "Click an area or an event marker · drag to pan · wheel to zoom · Ctrl+F to search"
        place = self.state.place
        zone = atlas.zone(view.selected_zone) if atlas and view.selected_zone else None
        event = atlas.event(view.selected_event) if atlas and view.selected_event else None
        if place is not None:
            held = party_name(atlas, zone.controller) if zone else "no mapped controller"
            text = f"{place.name}: held by {held} on {fmt_date(view.as_of)}"
        elif zone is not None:
            text = f"{zone.name} — held by {party_name(atlas, zone.controller)} · Esc clears"
        elif event is not None:
            text = f"{fmt_date(event.date)} — {event.title} · Esc clears"
        self._selection_label.setText(text)

    def _on_cursor_moved(self, lon: float, lat: float) -> None:
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "W"
        self._coords.setText(f"{abs(lat):.4f}° {ns}, {abs(lon):.4f}° {ew}")

    def show_sources(self) -> None:
        SourcesDialog(self.attribution, self).exec()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Northern Syria Atlas",
            f"<b>Northern Syria Atlas</b> {esc(__version__)}<br>Who holds what in northern "
            "Syria, where the M4 runs, and what each party said at the talks.<br><br>"
            f"Base map: {esc(self.attribution)}<br>Control zones are approximate "
            "reconstructions; every zone, event and statement lists its sources.",
        )

    # --- settings -------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        window_state = settings.value("window/state")
        if isinstance(window_state, QByteArray):
            self._layout_restored = self.restoreState(window_state, _SETTINGS_VERSION)
        extent = settings.value("map/extent")
        if self.state.view.extent is None and isinstance(extent, list) and len(extent) == 4:
            with contextlib.suppress(TypeError, ValueError):
                self.state.set_extent(tuple(float(v) for v in extent))

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState(_SETTINGS_VERSION))
        extent = self.canvas.transform.visible_lonlat_bounds()
        settings.setValue("map/extent", [float(v) for v in extent])

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._persist:
            self.save_settings()
        super().closeEvent(event)
