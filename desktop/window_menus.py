"""The window's menus, actions and toolbar.

A mixin of :class:`desktop.main_window.MainWindow`: every action is a window attribute
(``zoom_in_action``, ``find_action``, ``next_event_action`` ...) and is added to the window
itself, so its shortcut works with the menu bar hidden. The File menu's import, workspace and
export entries are added by the window once it is on screen (``finish_startup``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy

from desktop import i18n
from desktop.map import tool_icons
from desktop.panel.format import fmt_date
from geodata.model import DEFAULT_AS_OF


class WindowMenus:
    """Builds the menu bar and the toolbar of the main window."""

    def _action(
        self, text: Callable[[], str], shortcut, slot, tip: Callable[[], str] | None = None
    ):
        """An action whose text and tip (closures of ``self.tr``) are set again on each
        language change."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))

        def set_texts() -> None:
            action.setText(text())
            if tip is not None:
                words = tip()
                action.setStatusTip(words)
                action.setToolTip(
                    f"{words} ({action.shortcut().toString()})" if shortcut else words
                )

        self._texts.add(set_texts)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _menu(self, title: Callable[[], str], parent=None) -> QMenu:
        """A menu of the bar (or of ``parent``) whose title is set again on a language change."""
        menu = (parent or self.menuBar()).addMenu("")
        self._texts.add(lambda: menu.setTitle(title()))
        return menu

    def _sync_graticule_action(self) -> None:
        """The menu's tick follows the layer list's (both switch the one layer)."""
        self.graticule_action.setChecked("graticule" not in self.state.view.hidden_layers)

    def _escape(self) -> None:
        """Esc ends measuring first (its line goes), else clears the selection."""
        if self.canvas.measure.active:
            self.canvas.set_measuring(False)
        else:
            self.state.clear_selection()

    def _build_menus(self) -> None:
        self.file_menu = self._menu(lambda: self.tr("&File"))
        self.file_menu.addAction(
            self._action(
                lambda: self.tr("&Quit"),
                QKeySequence.StandardKey.Quit,
                self.close,
                lambda: self.tr("Quit the atlas"),
            )
        )
        self._build_view_menu()
        self._build_go_menu()
        self.help_menu = self._menu(lambda: self.tr("&Help"))
        self.help_menu.addAction(
            self._action(lambda: self.tr("&Data Sources and Attribution…"), None, self.show_sources)
        )
        self.help_menu.addAction(
            self._action(lambda: self.tr("&Keyboard Shortcuts…"), "F1", self.show_shortcuts)
        )
        self.help_menu.addSeparator()
        self.help_menu.addAction(
            self._action(lambda: self.tr("&About Northern Syria Atlas"), None, self._show_about)
        )

    def _build_view_menu(self) -> None:
        self.view_menu = self._menu(lambda: self.tr("&View"))
        self.zoom_in_action = self._action(
            lambda: self.tr("Zoom &In"),
            QKeySequence.StandardKey.ZoomIn,
            lambda: self.canvas.zoom_by(1.5),
            lambda: self.tr("Zoom in"),
        )
        self.zoom_out_action = self._action(
            lambda: self.tr("Zoom &Out"),
            QKeySequence.StandardKey.ZoomOut,
            lambda: self.canvas.zoom_by(1 / 1.5),
            lambda: self.tr("Zoom out"),
        )
        self.zoom_fit_action = self._action(
            lambda: self.tr("Zoom to &Region"),
            "Ctrl+0",
            self.canvas.zoom_to_fit,
            lambda: self.tr("Show the whole region"),
        )
        self.zoom_selection_action = self._action(
            lambda: self.tr("Zoom to &Selection"),
            "Ctrl+J",
            self.focus_selection,
            lambda: self.tr("Zoom to what is selected"),
        )
        for action, icon in (
            (self.zoom_in_action, tool_icons.zoom_in_icon()),
            (self.zoom_out_action, tool_icons.zoom_out_icon()),
            (self.zoom_fit_action, tool_icons.zoom_region_icon()),
            (self.zoom_selection_action, tool_icons.zoom_selection_icon()),
        ):
            action.setIcon(icon)
            self.view_menu.addAction(action)
        self.measure_action = self._action(
            lambda: self.tr("&Measure Distance and Area"),
            "Ctrl+M",
            lambda: self.canvas.set_measuring(self.measure_action.isChecked()),
            lambda: self.tr(
                "Click points on the map: geodesic distance and enclosed area (Esc ends)"
            ),
        )
        self.measure_action.setCheckable(True)
        self.view_menu.addAction(self.measure_action)
        self.graticule_action = self._action(
            lambda: self.tr("&Graticule"),
            None,
            lambda: self.state.set_layer_visible("graticule", self.graticule_action.isChecked()),
            lambda: self.tr("Meridians and parallels with degree labels, spaced by the zoom"),
        )
        self.graticule_action.setCheckable(True)
        self.graticule_action.setChecked("graticule" not in self.state.view.hidden_layers)
        self.view_menu.addAction(self.graticule_action)
        self.state.layers_changed.connect(self._sync_graticule_action)
        self.view_menu.addSeparator()
        for dock in (self.map_dock, self.talks_dock, self.positions_dock, self.attribute_dock):
            self.view_menu.addAction(dock.toggleViewAction())  # its text: the dock's title
        self.attribute_dock.toggleViewAction().setShortcut("Ctrl+Shift+T")
        self.view_menu.addSeparator()
        self.both_scripts_action = QAction(self)
        self.both_scripts_action.setCheckable(True)
        self._texts.add(
            lambda: (
                self.both_scripts_action.setText(self.tr("Town Names in &Both Scripts")),
                self.both_scripts_action.setStatusTip(
                    self.tr(
                        "Show each town's name in the original script beside the translated one"
                    )
                ),
            )
        )
        self.both_scripts_action.setChecked("second_script" not in self.state.view.hidden_layers)
        self.both_scripts_action.toggled.connect(
            lambda on: self.state.set_layer_visible("second_script", on)
        )
        self.state.layers_changed.connect(self._on_both_scripts_changed)
        self.view_menu.addAction(self.both_scripts_action)
        self._build_language_menu()

    def _on_both_scripts_changed(self) -> None:
        self.both_scripts_action.setChecked("second_script" not in self.state.view.hidden_layers)

    def _build_language_menu(self) -> None:
        """View > Language: the interface languages, each named in itself; the choice is
        remembered and applied at once (every view retranslates in place)."""
        self.language_menu = self._menu(lambda: self.tr("&Language"), self.view_menu)
        group = QActionGroup(self.language_menu)
        self.language_actions = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self.language_menu, checkable=True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def _build_go_menu(self) -> None:
        self.go_menu = self._menu(lambda: self.tr("&Go"))
        self.find_action = self._action(
            lambda: self.tr("&Find Place, Area or Event…"),
            QKeySequence.StandardKey.Find,
            self.focus_search,
            lambda: self.tr("Search by any spelling"),
        )
        self.prev_event_action = self._action(
            lambda: self.tr("&Previous Event"),
            "Alt+Left",
            lambda: self.date_control.step(-1),
            lambda: self.tr("Move the date back to the previous event"),
        )
        self.next_event_action = self._action(
            lambda: self.tr("&Next Event"),
            "Alt+Right",
            lambda: self.date_control.step(+1),
            lambda: self.tr("Move the date on to the next event"),
        )
        self.reset_date_action = self._action(
            lambda: self.tr("&Reset Date to {date}").format(date=fmt_date(DEFAULT_AS_OF)),
            "Alt+Home",
            self.state.reset_date,
            lambda: self.tr("Back to the Moscow meeting of 25 Apr 2023"),
        )
        self.date_field_action = self._action(
            lambda: self.tr("Edit &Date"),
            "Ctrl+D",
            self._focus_date_field,
            lambda: self.tr("Type an as-of date"),
        )
        self.clear_action = self._action(
            lambda: self.tr("&Clear Selection"),
            "Escape",
            self._escape,
            lambda: self.tr("Clear the selection"),
        )
        self.focus_map_action = self._action(
            lambda: self.tr("Go to &Map"),
            "Ctrl+1",
            lambda: self.canvas.setFocus(),
            lambda: self.tr("Keyboard focus to the map"),
        )
        self.focus_list_action = self._action(
            lambda: self.tr("Go to &Event List"),
            "Ctrl+2",
            self._focus_event_list,
            lambda: self.tr("Keyboard focus to the events"),
        )
        self.focus_details_action = self._action(
            lambda: self.tr("Go to De&tails"),
            "Ctrl+3",
            lambda: self.talks.details.setFocus(),
            lambda: self.tr("Keyboard focus to the details"),
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

    def _build_toolbars(self) -> None:
        """One row: zoom tools, the as-of date (stretching) and the search box."""
        toolbar = self.addToolBar("")
        self._texts.add(lambda: toolbar.setWindowTitle(self.tr("Main")))
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
        toolbar.addWidget(self.playback)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        self.main_toolbar = self.map_toolbar = self.date_toolbar = self.search_toolbar = toolbar
        self.view_menu.addAction(toolbar.toggleViewAction())
