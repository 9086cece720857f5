"""Run an export off the GUI thread and report back through queued signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from geodata.errors import AtlasError


class ExportSignals(QObject):
    progress = Signal(int, str)  # percent, what is happening
    finished = Signal(object)  # the export's result
    failed = Signal(str)  # one line for the user


class ExportJob(QRunnable):
    """``work(progress)`` on a pool thread. QPainter on QImage/QPdfWriter/QSvgGenerator is safe
    there; fonts only need the QGuiApplication the window already has."""

    def __init__(self, work: Callable[[Callable[[int, str], None]], object]) -> None:
        super().__init__()
        self.signals = ExportSignals()
        self._work = work
        self.setAutoDelete(False)  # the controller keeps it until its signals have arrived

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except AtlasError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(f"cannot write the file: {exc.strerror or exc}")
        except Exception as exc:  # a bug: still one line for the user, never a dead thread
            self.signals.failed.emit(f"internal error: {type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)
