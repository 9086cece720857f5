"""Database workspaces in the window: asking where and with which password, and a watcher
that reports others' committed changes so the window can reload.

The password typed here stays in memory on the workspace object (never in QSettings, the
title, the recent list or a message): libpq's own ~/.pgpass is the place to keep one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from geodata.errors import AtlasError
from geodata.workspace_pg.connection import PasswordNeeded
from geodata.workspace_pg.target import DatabaseWorkspace
from geodata.workspace_store import is_database, parse_workspace

if TYPE_CHECKING:
    from desktop.importing.jobs import WorkspaceOutcome

RELOAD_DELAY_MS = 400  # changes arriving together (one import: events, zones, imports) reload once


def ask_connection_string(parent: QWidget, previous: str = "") -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Database", "Connect to a Database"),
        QCoreApplication.translate(
            "Database",
            "PostgreSQL/PostGIS workspace — a URL such as postgresql://user@host/database,\n"
            "or a libpq service name (service=team). Passwords come from ~/.pgpass or are asked.",
        ),
        QLineEdit.EchoMode.Normal,
        previous,
    )
    return text.strip() if ok and text.strip() else None


def ask_password(parent: QWidget, workspace: DatabaseWorkspace, wrong: bool) -> str | None:
    label = (
        QCoreApplication.translate("Database", "Wrong password. ") if wrong else ""
    ) + QCoreApplication.translate("Database", "Password for {workspace}:").format(
        workspace=workspace
    )
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Database", "Database Password"),
        label,
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


class DatabaseWatcher(QObject):
    """Emits ``changed`` (in the GUI thread, at most once per RELOAD_DELAY_MS burst) after
    another connection commits a change to the workspace."""

    changed = Signal()
    _noticed = Signal(str)  # from the listener thread; queued into the GUI thread

    def __init__(self, workspace: DatabaseWorkspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from geodata.workspace_pg.changes import ChangeListener

        self.workspace = workspace
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self._noticed.connect(lambda _table: self._timer.start())
        self.listener = ChangeListener(workspace, self._noticed.emit).start()

    def stop(self) -> None:
        self._timer.stop()
        self.listener.stop()


class LiveReload(QObject):
    """Keeps the database workspace a window shows up to date: a watcher while one is shown,
    and after others' commits a reload through the controller's task runner (after whatever
    task runs: a change is never dropped). A failed reload leaves the window as it was and
    says so in the status bar."""

    reloaded = Signal(object)  # the workspace, read again
    RETRY_MS = 500

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self._controller = controller
        self.watcher: DatabaseWatcher | None = None

    def follow(self) -> None:
        """Watch the controller's workspace if it is a database shown; else watch nothing."""
        workspace = self._controller.workspace
        if self.watcher is not None and self.watcher.workspace is workspace:
            return
        self.stop()
        if self._controller.loaded and is_database(workspace):
            self.watcher = DatabaseWatcher(workspace, self)
            self.watcher.changed.connect(self.reload)

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None

    def reload(self) -> None:
        from desktop.importing.jobs import open_workspace

        workspace = self._controller.workspace
        if self.watcher is None or self.watcher.workspace is not workspace:
            return
        started = self._controller.run_task(
            QCoreApplication.translate("Database", "Updating {name}…").format(name=workspace.name),
            lambda _report, _cancel: open_workspace(workspace),
            self._on_reloaded,
            lambda message, _error: self._controller.status_message.emit(
                QCoreApplication.translate(
                    "Database", "Could not update the workspace: {message}"
                ).format(message=message),
                10000,
            ),
        )
        if not started:
            QTimer.singleShot(self.RETRY_MS, self.reload)

    def _on_reloaded(self, outcome: WorkspaceOutcome) -> None:
        if outcome.workspace is not self._controller.workspace:  # another one opened meanwhile
            return
        self._controller.atlas_loaded.emit(outcome.atlas)
        self._controller.status_message.emit(
            QCoreApplication.translate("Database", "Updated with changes to {name}").format(
                name=outcome.workspace.name
            ),
            10000,
        )
        self.reloaded.emit(outcome.workspace)


class DatabaseWorkspaces:
    """Mixin of WorkspaceController: opening a database workspace (asking for its connection
    string and password) and following others' changes to it."""

    def ask_database(self) -> None:
        """File ▸ Connect to a Database…: a connection string, then open it."""
        text = self.ask_connection_string()
        if not text:
            return
        try:
            workspace = parse_workspace(text)
        except AtlasError as exc:
            self._on_workspace_failed(str(exc), exc)
            return
        if not is_database(workspace):
            self._on_workspace_failed(f"not a database connection string: {text}", None)
            return
        self.open_workspace(workspace)

    def _on_open_failed(self, workspace, message: str, error: AtlasError | None) -> None:
        if isinstance(error, PasswordNeeded) and is_database(workspace):
            password = self.ask_password(workspace, error.wrong)
            if password is not None:
                self.open_workspace(workspace.with_password(password))
                return
        self._on_workspace_failed(message, error)

    @property
    def watcher(self) -> DatabaseWatcher | None:
        return self.live.watcher

    def reload(self) -> None:
        self.live.reload()

    def stop_watching(self) -> None:
        self.live.stop()

    def run_task(self, label: str, work, on_finished, on_failed) -> bool:
        """Run work on the window's task runner (LiveReload's reloads); False while busy."""
        if self._tasks.busy():
            return False
        self._start(label, work, on_finished, on_failed)
        return True
