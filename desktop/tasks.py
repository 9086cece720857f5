"""Background tasks: one way to run slow work (imports, workspace loads, previews, exports).

A ``Task`` runs ``work(progress, cancel)`` on the atlas's one worker thread and reports back
through queued signals; a ``TaskRunner`` runs one task at a time for the window, with a
progress dialog that appears only for work that takes more than a moment, a Cancel button while
the work may still stop, and one plain line for a failure. Controllers give it work and get
results back as callbacks; they never reach into each other or into the window for it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from geodata.errors import AtlasError, Cancelled

#: ``progress(done, total, message)``: total 0 means "no measure"; the message says what runs.
Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, threading.Event], object]

#: How long work runs before its progress dialog shows (no flash for quick work).
_SHOW_AFTER_MS = 400


@cache
def _worker() -> ThreadPoolExecutor:
    """One long-lived Python thread for every task.

    Not QThreadPool: PySide gives each QRunnable.run a fresh Python thread state, and pyproj
    keeps its PROJ context in thread-local state, so the second GeoPackage read on a reused
    pool thread crashed inside pyproj (segmentation fault). One thread also keeps GDAL
    (pyogrio) from opening files from two threads at once.
    """
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="atlas-task")


class BackgroundWork:
    """Quiet work ahead of need on the task thread: no dialog, no result, nothing reported
    (e.g. deriving the days play will show next, into the geodata caches). Newer work
    replaces older: submitting cancels what was submitted before, and work stops at its next
    check of ``cancel``. A failure is dropped: the GUI thread redoes the work when it needs
    the result, and reports the problem then."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def submit(self, work: Callable[[threading.Event], object]) -> None:
        self.cancel()
        cancel = self._cancel = threading.Event()

        def run() -> None:
            if cancel.is_set():
                return
            # a head start only (see the class docstring): a failure is the GUI thread's
            with contextlib.suppress(Exception):
                work(cancel)

        _worker().submit(run)

    def cancel(self) -> None:
        self._cancel.set()


class TaskSignals(QObject):
    progress = Signal(int, int, str)  # done, total, message
    finished = Signal(object)  # the work's result
    failed = Signal(str, object)  # one line for the user, the AtlasError (or None)
    cancelled = Signal(str)


class Task:
    """``work(progress, cancel)`` on the worker thread; the signals object lives in the GUI
    thread, so its signals arrive there queued."""

    def __init__(self, work: Work) -> None:
        self.signals = TaskSignals()
        self.cancel_flag = threading.Event()
        self._work = work

    def start(self) -> None:
        _worker().submit(self.run)

    def cancel(self) -> None:
        self.cancel_flag.set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self.cancel_flag)
        except Cancelled as exc:
            self.signals.cancelled.emit(str(exc))
        except AtlasError as exc:
            self.signals.failed.emit(str(exc), exc)
        except OSError as exc:
            self.signals.failed.emit(
                QCoreApplication.translate("Tasks", "cannot read or write a file: {reason}").format(
                    reason=exc.strerror or exc
                ),
                None,
            )
        except Exception as exc:  # a bug: still one line for the user, never a dead thread
            self.signals.failed.emit(
                QCoreApplication.translate("Tasks", "internal error: {kind}: {error}").format(
                    kind=type(exc).__name__, error=exc
                ),
                None,
            )
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs the window's long work one task at a time, with progress and cancel."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._task: Task | None = None
        self._dialog: QProgressDialog | None = None

    def busy(self) -> bool:
        return self._task is not None

    def cancel(self) -> None:
        """Ask the running task to stop (the progress dialog's Cancel button)."""
        if self._task is not None:
            self._task.cancel()

    def run(
        self,
        title: str,
        label: str,
        work: Work,
        on_finished: Callable[[Any], None],
        on_failed: Callable[[str, AtlasError | None], None],
        *,
        on_cancelled: Callable[[str], None] | None = None,
        describe: Callable[[str], str] = str,
        cancellable: Callable[[str], bool] | None = None,
        dialog_parent: QWidget | None = None,
    ) -> bool:
        """Start ``work``; False (and nothing started) while another task runs.

        ``describe`` turns a progress message into the dialog's label; ``cancellable`` says
        for a message whether the work may still stop there (None: never cancellable). The
        callbacks run in the GUI thread after the dialog has closed.
        """
        if self._task is not None:
            return False
        dialog = QProgressDialog(
            label,
            # Qt's standard "Cancel" (its catalogues; the atlas's for Kurmanji)
            QCoreApplication.translate("QPlatformTheme", "Cancel") if cancellable else "",
            0,
            0,
            dialog_parent or self._parent,
        )
        dialog.setWindowTitle(title)
        if cancellable is None:
            dialog.setCancelButton(None)
        dialog.setMinimumDuration(_SHOW_AFTER_MS)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        task = Task(work)
        dialog.canceled.connect(self.cancel)
        task.signals.progress.connect(
            lambda done, total, message: self._on_progress(
                done, total, message, describe, cancellable
            )
        )
        task.signals.finished.connect(lambda result: self._end(on_finished, result))
        task.signals.failed.connect(lambda message, error: self._end(on_failed, message, error))
        if on_cancelled is not None:
            task.signals.cancelled.connect(lambda message: self._end(on_cancelled, message))
        self._task, self._dialog = task, dialog
        self.busy_changed.emit(True)
        QTimer.singleShot(_SHOW_AFTER_MS, lambda: dialog.show() if self._dialog is dialog else None)
        task.start()
        return True

    def _on_progress(
        self,
        done: int,
        total: int,
        message: str,
        describe: Callable[[str], str],
        cancellable: Callable[[str], bool] | None,
    ) -> None:
        dialog = self._dialog
        if dialog is None:
            return
        # setValue may process events (a modal dialog), delivering "finished" meanwhile.
        dialog.setLabelText(describe(message))
        if cancellable is not None and not cancellable(message):
            dialog.setCancelButton(None)  # past the point where the work can stop cleanly
        if total > 0:
            dialog.setMaximum(1000)
            dialog.setValue(min(1000, int(1000 * done / total)))
        else:
            dialog.setRange(0, 0)

    def _end(self, callback: Callable[..., None], *args: object) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self._task = None
        self.busy_changed.emit(False)
        callback(*args)
