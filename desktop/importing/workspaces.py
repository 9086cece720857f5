"""WorkspaceController: File ▸ Import…, New/Open Workspace…, Open Recent Workspace.

It owns the current workspace path, the recent list and the background jobs. When data
changes (an import succeeded, another workspace was opened) it emits the freshly loaded atlas
(``atlas_loaded``); the window puts it in the state and every view refreshes from there. The
window creates the controller once and re-adds its actions to each new File menu.

Messages (a failed import, a workspace that cannot be read) are one plain-text box naming the
file, the row and the problem; they open without blocking (``QMessageBox.open``), and the last
one is kept in ``message_box`` so tests can read it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.importing.database import (
    DatabaseWorkspaces,
    LiveReload,
    ask_connection_string,
    ask_password,
)
from desktop.importing.dialog import ImportDialog
from desktop.importing.jobs import ImportOutcome, ImportRequest, run_import
from desktop.importing.recent import (
    clear_recent_workspaces,
    recent_workspaces,
    remember_workspace,
)
from desktop.importing.workspace_files import WorkspaceFiles
from desktop.tasks import TaskRunner
from geodata.errors import AtlasError
from geodata.importers import ImportFailed
from geodata.workspace_store import is_database, parse_workspace

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.tasks import Work

_STAGES = {  # translated where shown (context WorkspaceController)
    "reading": QT_TRANSLATE_NOOP("WorkspaceController", "Reading {name}…"),
    "saving": QT_TRANSLATE_NOOP("WorkspaceController", "Saving the workspace…"),
    "loading": QT_TRANSLATE_NOOP("WorkspaceController", "Loading the atlas…"),
}


class WorkspaceController(WorkspaceFiles, DatabaseWorkspaces, QObject):
    """The window's workspace: which one is open, importing into it, switching it."""

    import_finished = Signal(object)  # ImportOutcome
    import_failed = Signal(str)
    import_cancelled = Signal(str)
    workspace_changed = Signal(object)  # Path or DatabaseWorkspace
    workspace_failed = Signal(str)
    workspace_reloaded = Signal(object)  # others' changes to a database workspace shown
    # A workspace was opened or an import landed: the window shows this dataset.
    atlas_loaded = Signal(object)  # Atlas
    status_message = Signal(str, int)  # text, milliseconds: for the window's status bar

    def __init__(
        self,
        window: QWidget,
        workspace: Path | None,
        loaded: bool = False,
        remember: bool = True,
        tasks: TaskRunner | None = None,
    ) -> None:
        """``workspace``: the one the window shows (``loaded``) or imports go to (None: the
        user's default workspace). ``remember``: keep the recent list in QSettings.
        ``tasks``: the window's one runner for long work (None: a runner of its own)."""
        super().__init__(window)
        from geodata.workspace import default_workspace_path

        self._window = window
        self.workspace = parse_workspace(workspace) if workspace else default_workspace_path()
        self.loaded = loaded
        self.remember = remember
        self._tasks = tasks if tasks is not None else TaskRunner(window)
        # A method, not a lambda: Qt drops the connection when this controller is deleted.
        self._tasks.busy_changed.connect(self._on_busy_changed)
        self.dialog: ImportDialog | None = None
        self.message_box: QMessageBox | None = None
        self.show_messages = True  # tests may switch the boxes off and read the signals
        self.live = LiveReload(self)  # a database workspace shown follows others' commits
        self.live.reloaded.connect(self.workspace_reloaded)
        # Dialogs asking for a connection string and a password (tests may replace them).
        self.ask_connection_string = lambda: ask_connection_string(self._window)
        self.ask_password = lambda workspace, wrong: ask_password(self._window, workspace, wrong)

        self._retranslations: list[Callable[[], None]] = []  # run again on a language change
        self.import_action = self._make_action(
            lambda: self.tr("&Import…"),
            "Ctrl+I",
            self.open_import_dialog,
            lambda: self.tr("Import events or zones from a file"),
        )
        self.new_action = self._make_action(
            lambda: self.tr("&New Workspace…"),
            None,
            self.ask_new_workspace,
            lambda: self.tr("Start an empty workspace file"),
        )
        self.open_action = self._make_action(
            lambda: self.tr("&Open Workspace…"),
            QKeySequence.StandardKey.Open,
            self.ask_open_workspace,
            lambda: self.tr("Open a workspace GeoPackage"),
        )
        self.connect_action = self._make_action(
            lambda: self.tr("&Connect to a Database…"),
            None,
            self.ask_database,
            lambda: self.tr("Open a shared workspace in PostgreSQL/PostGIS"),
        )
        self.recent_menu = QMenu(window)
        self._retranslations.append(
            lambda: self.recent_menu.setTitle(self.tr("Open &Recent Workspace"))
        )
        for setter in self._retranslations:
            setter()
        self.recent_menu.setObjectName("recentWorkspacesMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        if loaded and remember:
            remember_workspace(self.workspace)
        if loaded:
            self.live.follow()
        self.show_workspace_in_title()

    def _make_action(
        self,
        text: Callable[[], str],
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[[], None],
        tip: Callable[[], str],
    ) -> QAction:
        """An action whose text and tip (closures of ``self.tr``) follow the language."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self._retranslations.append(lambda: (action.setText(text()), action.setStatusTip(tip())))
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)  # shortcuts work with the menu bar hidden
        return action

    def retranslate(self) -> None:
        """The actions, the recent list and the window title in the interface language now
        installed (the window calls this on a language change)."""
        for setter in self._retranslations:
            setter()
        self.fill_recent_menu()
        self.show_workspace_in_title()

    def install(self, file_menu: QMenu) -> None:
        """Put the workspace actions at the top of a (new) File menu."""
        first = file_menu.actions()[0] if file_menu.actions() else None
        actions = (self.import_action, None, self.new_action, self.open_action, self.connect_action)
        for action in actions:
            if action is None:
                file_menu.insertSeparator(first)
            else:
                file_menu.insertAction(first, action)
        file_menu.insertMenu(first, self.recent_menu)
        if first is not None:
            file_menu.insertSeparator(first)
        self.fill_recent_menu()

    # --- recent workspaces ------------------------------------------------------------------
    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = recent_workspaces()
        for number, path in enumerate(paths, start=1):
            name = path.name + (self.tr(" (database)") if is_database(path) else "")
            name = name.replace("&", "&&")  # a "&" in a file name is not a shortcut
            action = menu.addAction(f"&{number} {name}" if number < 10 else name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.setEnabled(is_database(path) or path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.open_workspace(p))
        if paths:
            menu.addSeparator()
            menu.addAction(self.tr("&Clear List"), self._clear_recent)
        else:
            menu.addAction(self.tr("No recent workspaces")).setEnabled(False)

    def _clear_recent(self) -> None:
        clear_recent_workspaces()
        self.fill_recent_menu()

    def show_workspace_in_title(self) -> None:
        if self.loaded:
            self._window.setWindowTitle(
                self.tr("{workspace} — Northern Syria Atlas").format(workspace=self.workspace.name)
            )
            file_path = "" if is_database(self.workspace) else str(self.workspace)
            self._window.setWindowFilePath(file_path)
        else:
            self._window.setWindowTitle(self.tr("Northern Syria Atlas"))

    # --- import -----------------------------------------------------------------------------
    def open_import_dialog(self, path: Path | None = None) -> ImportDialog:
        """Show File ▸ Import (asking for a file first when none is given)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = ImportDialog(self.workspace, path, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.import_requested.connect(self.start_import)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        if path is None:
            dialog.browse()
            if dialog.current_path() == Path():  # the file chooser was cancelled
                dialog.reject()
        return dialog

    def _forget_dialog(self, dialog: ImportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def busy(self) -> bool:
        return self._tasks.busy()

    def start_import(self, request: ImportRequest) -> None:
        self._start(
            self.tr("Reading {name}…").format(name=request.path.name),
            lambda report, cancel: run_import(request, report, cancel),
            self._on_import_finished,
            self._on_import_failed,
            cancellable=True,
            name=request.path.name,
            title=self.tr("Import"),
        )

    def _on_import_finished(self, outcome: ImportOutcome) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self._switch(outcome.request.workspace, outcome.atlas)
        message = outcome.summary()
        self._status(message)
        if outcome.warnings:
            self._message(
                QMessageBox.Icon.Information,
                self.tr("Import finished with warnings"),
                message + ".",
                "\n".join(outcome.warnings),
            )
        self.import_finished.emit(outcome)

    def _on_import_failed(self, message: str, error: AtlasError | None) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(False)
        details = ""
        if isinstance(error, ImportFailed) and len(error.problems) > 1:
            details = "\n".join(str(p) for p in error.problems)
        self._message(
            QMessageBox.Icon.Warning,
            self.tr("Import failed"),
            self.tr("{message}\n\nNothing was imported; the workspace is unchanged.").format(
                message=message
            ),
            details,
        )
        self.import_failed.emit(message)

    def _on_cancelled(self, message: str) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(False)
        self._status(self.tr("Import cancelled; nothing was written"))
        self.import_cancelled.emit(message)

    def _start(
        self,
        label: str,
        work: Work,
        on_finished: Callable[[Any], None],
        on_failed: Callable[[str, AtlasError | None], None],
        cancellable: bool = False,
        name: str = "",
        title: str = "",
    ) -> None:
        started = self._tasks.run(
            title or self.tr("Workspace"),
            label,
            work,
            on_finished,
            on_failed,
            on_cancelled=self._on_cancelled,
            describe=lambda stage: self.tr(_STAGES.get(stage, "{name}")).format(name=name),
            # Reading may stop; the save is one short transaction: no half-way stop.
            cancellable=(lambda stage: stage == "reading") if cancellable else None,
            dialog_parent=self.dialog,
        )
        if not started:
            self._message(
                QMessageBox.Icon.Information,
                self.tr("Busy"),
                self.tr("An import, export or workspace change is running."),
            )
        elif self.dialog is not None and cancellable:
            self.dialog.set_busy(True)

    def _on_busy_changed(self, busy: bool) -> None:
        self._set_enabled(not busy)

    def _set_enabled(self, enabled: bool) -> None:
        for action in (self.import_action, self.new_action, self.open_action, self.connect_action):
            action.setEnabled(enabled)
        self.recent_menu.setEnabled(enabled)

    def _status(self, text: str) -> None:
        self.status_message.emit(text, 10000)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> None:
        if not self.show_messages:
            return
        parent = self.dialog if self.dialog is not None and self.dialog.isVisible() else None
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent or self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and cell text are not markup
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.destroyed.connect(lambda *_a: self._forget_box(box))
        self.message_box = box
        box.open()

    def _forget_box(self, box: QMessageBox) -> None:
        if self.message_box is box:
            self.message_box = None
