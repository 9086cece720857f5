"""Start-up work the window puts off until the map is first on screen.

The first paint needs the map and the panels' layout, not everything: an M4 breakdown that is
not stored with the data has to be measured (pyproj), the File menu's import and export entries
import their dialogs.
Each is queued here and run right after the first paint of the watched widget (the canvas), in
the order queued. ``finish()`` runs what is left at once: a screenshot calls it before grabbing
(``drawn_only``: just what shows), and anything that needs a deferred part asks for it first.

The control history (the first frame shows the default date's territory stored with the data,
``geodata.control.first_frame``) and the search index are loaded on the task thread after the
first paint (``load_ahead``); whatever needs them before that load is done waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the task thread's module (concurrent.futures) waits for the first paint
    from desktop.tasks import BackgroundWork

_FALLBACK_MS = 3000


class StartupWork(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._drawn: list[Callable[[], None]] = []  # changes what the window shows
        self._extras: list[Callable[[], None]] = []  # menus and the like: nothing on screen
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._watched = None
            # Queued: the paint (and the rest of the window's paint pass) completes first.
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


def load_ahead(work: BackgroundWork, atlas, search_index) -> None:
    """Load ``atlas``'s control history, then build ``search_index``, on the task thread (the
    GUI thread asking for either meanwhile waits for it; a failure there is reported when the
    GUI thread needs the result and does the work itself)."""

    def run(cancel) -> None:
        if atlas is not None:
            atlas.load_control()
        if not cancel.is_set():
            search_index.prepare()

    work.submit(run)
