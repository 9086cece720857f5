"""Database workspaces in the window: asking where and with which password, and a watcher
that reports others' committed changes so the window can reload.

The password typed here stays in memory on the workspace object (never in QSettings, the
title, the recent list or a message): libpq's own ~/.pgpass is the place to keep one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from geodata.workspace_pg.target import DatabaseWorkspace

RELOAD_DELAY_MS = 400  # changes arriving together (one import: events, zones, imports) reload once


def ask_connection_string(parent: QWidget, previous: str = "") -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        "Connect to a Database",
        "PostgreSQL/PostGIS workspace — a URL such as postgresql://user@host/database,\n"
        "or a libpq service name (service=team). Passwords come from ~/.pgpass or are asked.",
        QLineEdit.EchoMode.Normal,
        previous,
    )
    return text.strip() if ok and text.strip() else None


def ask_password(parent: QWidget, workspace: DatabaseWorkspace, wrong: bool) -> str | None:
    label = ("Wrong password. " if wrong else "") + f"Password for {workspace}:"
    text, ok = QInputDialog.getText(parent, "Database Password", label, QLineEdit.EchoMode.Password)
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
