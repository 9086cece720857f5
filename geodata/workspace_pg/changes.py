"""Others' changes, as they commit: LISTEN on the workspace's channel in a thread of its own.

The tables' statement triggers NOTIFY ``atlas_workspace`` with the table's name; PostgreSQL
delivers a notification only when the writing transaction commits, and never a rolled-back one.
A dropped connection is retried every few seconds, and a change is reported after each
reconnection (what happened meanwhile is unknown).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from geodata.workspace_pg.schema import CHANNEL
from geodata.workspace_pg.target import DatabaseWorkspace

RETRY_S = 3.0
_WAKE_S = 0.5  # how often the thread looks at its stop flag


class ChangeListener:
    """Calls ``on_change(table)`` from its own thread for each committed change of the
    workspace (``table`` is '' after a reconnection: anything may have changed)."""

    def __init__(self, workspace: DatabaseWorkspace, on_change: Callable[[str], None]) -> None:
        self._workspace = workspace
        self._on_change = on_change
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()  # set while LISTEN is in force (tests wait on it)

    def start(self) -> ChangeListener:
        self._thread = threading.Thread(target=self._run, name="atlas-listen", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        from geodata.errors import AtlasError
        from geodata.workspace_pg.connection import connect

        reconnected = False
        while not self._stop.is_set():
            try:
                connection = connect(self._workspace, autocommit=True)
            except AtlasError:
                self._stop.wait(RETRY_S)
                reconnected = True
                continue
            try:
                connection.execute(f"LISTEN {CHANNEL}")
                self.listening.set()
                if reconnected:
                    self._on_change("")
                while not self._stop.is_set():
                    for note in connection.notifies(timeout=_WAKE_S):
                        self._on_change(note.payload)
            except psycopg.Error:
                reconnected = True
                self._stop.wait(RETRY_S)
            finally:
                self.listening.clear()
                connection.close()
