"""Start-up work the window puts off until the map is first on screen.

The first paint needs the map and the panels' layout, not everything: an M4 breakdown that is
not stored with the data has to be measured (pyproj), the File menu's import and export entries
import their dialogs.
Each is queued here and run right after the first paint of the watched widget (the canvas), in
the order queued. ``finish()`` runs what is left at once: a screenshot calls it before grabbing
(``drawn_only``: just what shows), and anything that needs a deferred part asks for it first.

The control history (the first frame shows the default date's territory stored with the data,
``geodata.control.first_frame``) and the search index are loaded on a thread after the first
paint (``LoadAhead``); whatever needs them before that load is done waits for it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_FALLBACK_MS = 3000


class StartupWork(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._drawn: list[Callable[[], None]] = []  # changes what the window shows
        self._extras: list[Callable[[], None]] = []  # menus and the like: nothing on screen
        self._at_paint: list[Callable[[], None]] = []  # before the rest: see at_first_paint
        self._watched: QWidget | None = None
        self.done = False

    def defer(self, task: Callable[[], None], drawn: bool) -> None:
        """Queue ``task``; once start-up is over (``done``), run it at once."""
        if self.done:
            task()
        else:
            (self._drawn if drawn else self._extras).append(task)

    def after_first_paint(self, widget: QWidget) -> None:
        """Run the queued work once ``widget`` has been painted for the first time (or after
        ``_FALLBACK_MS`` at the latest: a window that starts minimised paints nothing)."""
        self._watched = widget
        widget.installEventFilter(self)
        QTimer.singleShot(_FALLBACK_MS, self, self.finish)

    def at_first_paint(self, task: Callable[[], None]) -> None:
        """Run ``task`` right after the first paint, before the work put off until then."""
        self._at_paint.append(task)

    def abandon(self) -> None:
        """Drop the queued work (the window is closing before it would run)."""
        self._drawn.clear()
        self._extras.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._watched = None
            # Queued: the paint (and the rest of the window's paint pass) completes first.
            for task in self._at_paint:
                QTimer.singleShot(0, self, task)
            self._at_paint.clear()
            QTimer.singleShot(0, self, self.finish)
        return False

    def finish(self, drawn_only: bool = False) -> None:
        """Run the queued work now (``drawn_only``: only what changes the picture)."""
        while self._drawn:
            self._drawn.pop(0)()
        if drawn_only:
            return
        while self._extras:
            self._extras.pop(0)()
        self.done = True
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None


class LoadAhead:
    """Loads an atlas's control history, then builds the search index, on a thread of its own
    after the first paint (not the task thread: an import or export started meanwhile does not
    queue behind it). The GUI thread asking for either meanwhile waits for it; a failure here is
    dropped, and met again (and reported) when the GUI thread does the work itself. A daemon
    thread: it only reads, so closing the window need not wait for it."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def start(self, atlas, search_index) -> None:
        """Load for ``atlas`` and ``search_index`` (what an earlier start did not begin yet
        is dropped: that dataset is no longer shown)."""
        self._cancel.set()
        cancel = self._cancel = threading.Event()

        def run() -> None:
            with contextlib.suppress(Exception):
                if atlas is not None and not cancel.is_set():
                    atlas.load_control()
                if not cancel.is_set():
                    search_index.prepare()

        threading.Thread(target=run, name="atlas-load-ahead", daemon=True).start()
