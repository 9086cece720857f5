"""MainWindow: composes the canvas, the panels and the menus, and wires them to the state.

Views report user input as ids; this window turns them into state changes (and, for choices
made outside the map, a pan/zoom to what was chosen). It holds no data logic of its own. Its
mixins build the docks and the menus (``window_docks``, ``window_menus``), turn picks into
selections and focus (``window_navigation``), keep the settings (``window_settings``) and
switch the language in place (``window_language``); what the first paint does not need waits
for it (``window_startup``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop.map.canvas import MapCanvas
from desktop.panel.date_control import DateControl
from desktop.panel.format import esc, fmt_date, isolate, party_name, zone_title
from desktop.panel.playback import PlaybackControl
from desktop.render.renderer import MapRenderer
from desktop.retranslate import TextSetters
from desktop.search import SearchBox, SearchIndex
from desktop.state import AppState
from desktop.window_docks import WindowDocks
from desktop.window_language import WindowLanguage
from desktop.window_menus import WindowMenus
from desktop.window_navigation import WindowNavigation
from desktop.window_settings import WindowSettings
from desktop.window_startup import LoadAhead, StartupWork
from geodata import __version__
from geodata.text_limits import SHOWN_TITLE, shown


class MainWindow(
    WindowDocks,
    WindowMenus,
    WindowNavigation,
    WindowSettings,
    WindowLanguage,
    QMainWindow,
):
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
        self.setWindowTitle(self.tr("Northern Syria Atlas"))
        # Menus, actions, dock titles: set again when the language changes (retranslate).
        self._texts = TextSetters()
        self.state = state
        state.set_atlas(atlas)  # the dataset lives in the state: the views read it there
        self.basemap = basemap
        self.attribution = attribution
        self._persist = persist
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self._build_status_bar()
        # File > Import and the workspace menus (made after the first paint, or when asked for).
        self._workspace_args = (workspace, workspace is not None, persist)
        self._workspaces = None
        self._exports = None
        self._startup = StartupWork(self)
        self._ahead = LoadAhead()  # the control history and search index, after the paint
        self._compose()
        self._startup.after_first_paint(self.canvas)
        state.selection_changed.connect(self._on_selection_changed)
        state.dataset_changed.connect(self._on_dataset_changed)

        self._focus_on_show = bool(state.view.selected_zone or state.view.selected_event) and (
            state.view.extent is None
        )
        self._layout_restored = False
        self._first_show = True
        self.resize(1400, 900)
        if persist:
            self._restore_settings()
        self._fit_to_screen()
        self._on_selection_changed()

    @property
    def atlas(self):
        """The dataset shown: the state's."""
        return self.state.atlas

    # --- the views --------------------------------------------------------------------------
    def _compose(self) -> None:
        """Build the canvas, panels, menus and toolbar (once: a language change or another
        dataset refreshes them in place)."""
        state, basemap, atlas, attribution = self.state, self.basemap, self.atlas, self.attribution
        self.renderer = MapRenderer(attribution)
        self.canvas = MapCanvas(state, self.renderer, basemap, atlas, self)
        self.setCentralWidget(self.canvas)  # a previous canvas is deleted by Qt
        self.canvas.hold_fit(True)  # until the docks' panels are in (_panels_filled)
        self.date_control = DateControl(state, atlas, self)
        self.playback = PlaybackControl(state, self.date_control.last_day, self)
        self.search_index = SearchIndex(atlas, basemap)
        self.search = SearchBox(self.search_index, lambda: self.state.view.as_of, self)
        self._build_docks()
        self._build_menus()
        self._build_toolbars()
        # The panels in the docks, their modules and their wiring: after the first paint.
        self._startup.defer(self._fill_docks, drawn=True)
        self._startup.defer(self._install_file_actions, drawn=False)
        self._startup.defer(lambda: _read_deferred_event_fields(atlas), drawn=False)
        self._startup.defer(self._load_ahead, drawn=False)

        self.canvas.zone_clicked.connect(state.select_zone)
        self.canvas.locality_clicked.connect(self.select_locality)
        self.canvas.event_clicked.connect(state.select_event)
        self.canvas.empty_clicked.connect(state.clear_selection)
        self.canvas.view_moved.connect(state.set_extent)
        self.canvas.cursor_moved.connect(self._on_cursor_moved)
        self.canvas.cursor_left.connect(lambda: self._coords.setText(""))
        self.date_control.event_stepped.connect(lambda _id: self.focus_selection())
        self.search.result_chosen.connect(self.choose_search_result)
        self.search.no_match.connect(self._on_search_no_match)
        self.canvas.m4_clicked.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.canvas.measured.connect(self._on_measured)
        self.positions.event_link_clicked.connect(self.select_event_and_focus)
        self.positions.zone_link_clicked.connect(self.select_zone_and_focus)

    def _panels_filled(self) -> None:
        """The docks' panels are made (``_fill_docks``): wire them, measure what waits."""
        self._set_tab_order()
        if self.m4_breakdown.pending:  # not stored with the data: measured after the paint
            self._startup.defer(self.m4_breakdown.refresh, drawn=True)
        self.talks.event_chosen.connect(self.select_event_and_focus)
        self.talks.zone_chosen.connect(self.select_zone_and_focus)
        # The panels' sizes reach the dock layout when the posted layout request is handled:
        # the canvas fixes its view at the next paint after that.
        QTimer.singleShot(0, self, lambda: self.canvas.hold_fit(False))

    # --- work put off until the first paint -------------------------------------------------
    def finish_startup(self, drawn_only: bool = False) -> None:
        """Do now what waits for the first paint (``drawn_only``: only what shows on screen)."""
        self._startup.finish(drawn_only)

    def at_first_paint(self, task) -> None:
        """Run ``task`` right after the map's first paint, before the work put off until then
        (the start-up benchmark's probe: ``SYRIA_ATLAS_FIRST_PAINT``)."""
        self._startup.at_first_paint(task)

    def abandon_startup(self) -> None:
        """Drop the work put off until the first paint (the probe quits before it)."""
        self._startup.abandon()

    def after_startup(self, task) -> None:
        """Run ``task`` after the work put off until the first paint (at once if that is over)."""
        self._startup.defer(task, drawn=False)

    def _install_file_actions(self) -> None:
        """File menu: Export Snapshot/Web Map, then Import and the workspace entries above."""
        from desktop.export.dialogs import install_export_actions
        from desktop.importing.workspaces import WorkspaceController
        from desktop.tasks import TaskRunner

        if self._workspaces is None:
            # One runner for imports, workspace changes and exports: one long job at a time,
            # so no export reads an atlas that an import is swapping out.
            self.tasks = TaskRunner(self)
            workspace, loaded, remember = self._workspace_args
            self._workspaces = WorkspaceController(self, workspace, loaded, remember, self.tasks)
            self._workspaces.atlas_loaded.connect(self.set_atlas)
            self._workspaces.status_message.connect(self.statusBar().showMessage)
        self._exports = install_export_actions(
            self,
            self.file_menu,
            self.state,
            self.basemap,
            self.atlas,
            self.attribution,
            self._loaded_workspace,
            self.tasks,
        )
        self._exports.status_message.connect(self.statusBar().showMessage)
        self._workspaces.install(self.file_menu)

    @property
    def workspaces(self):
        """The WorkspaceController (File > Import, New/Open Workspace)."""
        if self._workspaces is None:
            self.finish_startup()
        return self._workspaces

    @property
    def exports(self):
        """The ExportController of the current atlas (File > Export …)."""
        if self._exports is None:
            self.finish_startup()
        return self._exports

    def _loaded_workspace(self) -> str | None:
        """The workspace shown beside the bundled data, for export manifests."""
        return str(self.workspaces.workspace) if self.workspaces.loaded else None

    def set_atlas(self, atlas) -> None:
        """Show another dataset: after an import, or when another workspace is opened.

        One state transition: each view refreshes itself from the state's dataset_changed
        (the same widgets, so the dock layout and the map extent stay as they are); the date,
        the filters and hidden layers are kept, a selection the new data lacks is cleared.
        """
        self.finish_startup()
        if self.exports.busy():
            raise RuntimeError("cannot swap the atlas while an export runs")
        self.state.set_atlas(atlas)

    def _on_dataset_changed(self) -> None:
        """What the window itself derives from the dataset: the search index (Qt-free, so
        not a view's) and the deferred event fields, read ahead of the first click."""
        atlas = self.state.atlas
        self.search_index = SearchIndex(atlas, self.basemap)
        self.search.index = self.search_index
        self.after_startup(lambda: _read_deferred_event_fields(atlas))
        self.after_startup(self._load_ahead)
        self._on_selection_changed()

    def _load_ahead(self) -> None:
        self._ahead.start(self.atlas, self.search_index)

    # --- composition ----------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self._selection_label = QLabel("", self)
        self._selection_label.setTextFormat(Qt.TextFormat.PlainText)  # titles may be imported
        self._coords = QLabel("", self)
        self._coords.setMinimumWidth(200)
        self._build_status_bar_texts()
        self.statusBar().addWidget(self._selection_label, 1)
        self.statusBar().addPermanentWidget(self._coords)

    def _build_status_bar_texts(self) -> None:
        self._selection_label.setAccessibleName(self.tr("Selection"))
        self._coords.setAccessibleName(self.tr("Cursor position"))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            if not self._layout_restored:
                self._apply_default_dock_sizes()
            else:
                self.keep_map_panel_readable()
        if self._focus_on_show:  # --select without --extent: show what was asked for
            self._focus_on_show = False
            QTimer.singleShot(0, self.focus_selection)

    def _on_measured(self, text: str) -> None:
        self.measure_action.setChecked(self.canvas.measure.active)
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def _on_search_no_match(self, text: str) -> None:
        self.statusBar().showMessage(
            self.tr(
                "No town, area or event matches “{text}”: try another spelling or fewer letters."
            ).format(text=text),
            8000,
        )

    # --- selection and focus --------------------------------------------------------------
    # --- slots ----------------------------------------------------------------------------
    def _on_selection_changed(self) -> None:
        view, atlas = self.state.view, self.atlas
        text = self.tr(
            "Click an area or an event marker · drag to pan · wheel to zoom · Ctrl+F to search"
        )
        place = self.state.place
        zone = atlas.zone(view.selected_zone) if atlas and view.selected_zone else None
        event = atlas.event(view.selected_event) if atlas and view.selected_event else None
        if place is not None:
            held = (
                party_name(atlas, zone.controller, view.as_of)
                if zone
                else self.tr("no mapped controller")
            )
            text = self.tr("{place}: held by {party} on {date}").format(
                place=isolate(place.name), party=isolate(held), date=fmt_date(view.as_of)
            )
        elif zone is not None:
            text = self.tr("{zone} — held by {party} · Esc clears").format(
                zone=isolate(zone_title(atlas, zone)),
                party=isolate(party_name(atlas, zone.controller, view.as_of)),
            )
        elif event is not None:
            text = self.tr("{date} — {title} · Esc clears").format(
                date=fmt_date(event.date), title=isolate(shown(event.title, SHOWN_TITLE))
            )
        self._selection_label.setText(text)

    def _on_cursor_moved(self, lon: float, lat: float) -> None:
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "W"
        self._coords.setText(f"{abs(lat):.4f}° {ns}, {abs(lon):.4f}° {ew}")

    def show_sources(self) -> None:
        from desktop.panel.help_dialogs import SourcesDialog

        SourcesDialog(self.attribution, self).exec()

    def show_shortcuts(self) -> None:
        from desktop.panel.help_dialogs import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Northern Syria Atlas"),
            self.tr(
                "<b>Northern Syria Atlas</b> {version}<br>Who holds what in northern Syria, "
                "where the M4 runs, and what each party said at the talks.<br><br>"
                "Base map: {attribution}<br>Control zones are approximate reconstructions; "
                "every zone, event and statement lists its sources."
            ).format(version=esc(__version__), attribution=esc(self.attribution)),
        )


def _read_deferred_event_fields(atlas) -> None:
    """Imported events read some fields on first use; read them now, not on the first click."""
    from geodata.workspace import load_deferred_fields

    load_deferred_fields(atlas.events)
