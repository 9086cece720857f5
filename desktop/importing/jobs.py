"""Background work for imports and workspaces: Qt-free functions and a Job to run them.

``run_import`` is all or nothing: it reads the whole file first (``read_file`` raises
``ImportFailed`` naming the file, row and problem), then saves the workspace atomically
(``save_import``), then loads the merged atlas for the window. A failure at any step before
the save leaves the workspace file byte for byte as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from geodata.errors import AtlasError
from geodata.importers import ImportCancelled

if TYPE_CHECKING:
    from geodata.atlas import Atlas
    from geodata.workspace_store import Workspace

#: ``report(stage, done, total)``; stage is "reading" (cancellable), "saving" or "loading".
Report = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ImportRequest:
    """What the dialog asks for: one file, how to read it, and the workspace to add it to."""

    path: Path
    workspace: Workspace  # a GeoPackage path or a database workspace
    kind: str = "auto"  # auto | events | zones
    mapping: dict[str, str] = field(default_factory=dict)  # only the user's overrides
    layer: str | None = None
    encoding: str | None = None


@dataclass(frozen=True)
class ImportOutcome:
    request: ImportRequest
    count: int
    kind: str  # events | zones
    added: int
    replaced: int
    repaired: int
    warnings: tuple[str, ...]
    atlas: Atlas  # with the workspace merged in

    def summary(self) -> str:
        noun = self.kind if self.count != 1 else self.kind[:-1]
        text = f"Imported {self.count:,} {noun} from {self.request.path.name}"
        text += f" into {self.request.workspace.name}"
        if self.replaced:
            text += f" ({self.replaced:,} replaced an earlier import with the same id)"
        return text


@dataclass(frozen=True)
class WorkspaceOutcome:
    workspace: Workspace
    atlas: Atlas
    created: bool = False
    reloaded: bool = False  # the same workspace read again (others' changes)


def run_import(request: ImportRequest, report: Report, cancel: threading.Event) -> ImportOutcome:
    from geodata.atlas import load_atlas
    from geodata.importers import read_file
    from geodata.workspace_store import save_import, workspace_name

    def progress(done: int, total: int) -> None:
        if cancel.is_set():
            raise ImportCancelled("import cancelled; nothing was written")
        report("reading", done, total)

    result = read_file(
        request.path,
        mapping=request.mapping or None,
        kind=request.kind,
        layer=request.layer,
        origin=workspace_name(request.workspace),
        encoding=request.encoding,
        progress=progress,
    )
    if cancel.is_set():  # pressed after the last progress call: still nothing written
        raise ImportCancelled("import cancelled; nothing was written")
    report("saving", 0, 0)
    saved = save_import(request.workspace, result)
    report("loading", 0, 0)
    atlas = load_atlas(workspace=request.workspace)
    return ImportOutcome(
        request=request,
        count=result.count,
        kind=result.kind,
        added=saved.added,
        replaced=saved.replaced,
        repaired=result.repaired,
        warnings=result.warnings,
        atlas=atlas,
    )


def open_workspace(path: Workspace, create: bool = False, reload: bool = False) -> WorkspaceOutcome:
    """The atlas with the workspace at ``path`` (a file or a database); ``create`` makes an
    empty file (never over one)."""
    from geodata.atlas import load_atlas
    from geodata.workspace_store import create_workspace

    if create:
        create_workspace(path)
    return WorkspaceOutcome(path, load_atlas(workspace=path), create, reload)


@cache
def _worker() -> ThreadPoolExecutor:
    """One long-lived Python thread for every preview, import and workspace load.

    Not QThreadPool: PySide gives each QRunnable.run a fresh Python thread state, and pyproj
    keeps its PROJ context in thread-local state, so the second GeoPackage read on a reused
    pool thread crashed inside pyproj (segmentation fault). One thread also keeps GDAL
    (pyogrio) from opening files from two threads at once.
    """
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="atlas-import")


class JobSignals(QObject):
    progress = Signal(str, int, int)  # stage, done, total
    finished = Signal(object)  # the work's outcome
    failed = Signal(str, object)  # one line for the user, the AtlasError (or None)
    cancelled = Signal(str)


class Job:
    """``work(report, cancel)`` on the import thread; results come back as queued signals
    (the signals object lives in the GUI thread)."""

    def __init__(self, work: Callable[[Report, threading.Event], object]) -> None:
        self.signals = JobSignals()
        self.cancel_flag = threading.Event()
        self._work = work

    def start(self) -> None:
        _worker().submit(self.run)

    def cancel(self) -> None:
        self.cancel_flag.set()

    def run(self) -> None:
        try:
            outcome = self._work(self.signals.progress.emit, self.cancel_flag)
        except ImportCancelled as exc:
            self.signals.cancelled.emit(str(exc))
        except AtlasError as exc:
            self.signals.failed.emit(str(exc), exc)
        except OSError as exc:
            self.signals.failed.emit(f"cannot read or write a file: {exc.strerror or exc}", None)
        except Exception as exc:  # a bug: still one line for the user, never a dead thread
            self.signals.failed.emit(f"internal error: {type(exc).__name__}: {exc}", None)
        else:
            self.signals.finished.emit(outcome)
