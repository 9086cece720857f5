"""Background work for imports and workspaces: Qt-free functions that ``desktop.tasks`` runs.

``run_import`` is all or nothing: it reads the whole file first (``read_file`` raises
``ImportFailed`` naming the file, row and problem), then saves the workspace in one SQLite
transaction (``save_import``), then loads the merged atlas for the window. A failure at any
step up to the save's commit leaves the workspace file byte for byte as it was.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from geodata.importers import ImportCancelled

if TYPE_CHECKING:
    from desktop.tasks import Progress
    from geodata.atlas import Atlas
    from geodata.workspace_store import Workspace

#: The stages an import reports as its progress message; only reading may be cancelled.
STAGES = ("reading", "saving", "loading")


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
        translate = QCoreApplication.translate
        templates = {  # (kind, one): whole sentences, so each language words its own plural
            ("zones", True): translate(
                "ImportJobs", "Imported 1 zone from {file} into {workspace}"
            ),
            ("zones", False): translate(
                "ImportJobs", "Imported {count:,} zones from {file} into {workspace}"
            ),
            ("events", True): translate(
                "ImportJobs", "Imported 1 event from {file} into {workspace}"
            ),
            ("events", False): translate(
                "ImportJobs", "Imported {count:,} events from {file} into {workspace}"
            ),
        }
        template = templates[("zones" if self.kind == "zones" else "events", self.count == 1)]
        text = template.format(
            count=self.count, file=self.request.path.name, workspace=self.request.workspace.name
        )
        if self.replaced:
            text += translate(
                "ImportJobs", " ({count:,} replaced an earlier import with the same id)"
            ).format(count=self.replaced)
        return text


@dataclass(frozen=True)
class WorkspaceOutcome:
    workspace: Workspace
    atlas: Atlas
    created: bool = False


def run_import(request: ImportRequest, report: Progress, cancel: threading.Event) -> ImportOutcome:
    from geodata.atlas import load_atlas
    from geodata.importers import read_file
    from geodata.importers.parties import bundled_parties
    from geodata.workspace_store import save_import, workspace_name

    def progress(done: int, total: int) -> None:
        if cancel.is_set():
            raise ImportCancelled(
                QCoreApplication.translate("ImportJobs", "import cancelled; nothing was written")
            )
        report(done, total, "reading")

    result = read_file(
        request.path,
        mapping=request.mapping or None,
        kind=request.kind,
        layer=request.layer,
        origin=workspace_name(request.workspace),
        encoding=request.encoding,
        progress=progress,
        parties=bundled_parties(),  # a zone's controller must be one the atlas can draw
    )
    if cancel.is_set():  # pressed after the last progress call: still nothing written
        raise ImportCancelled(
            QCoreApplication.translate("ImportJobs", "import cancelled; nothing was written")
        )
    report(0, 0, "saving")
    saved = save_import(request.workspace, result)
    report(0, 0, "loading")
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


def open_workspace(path: Workspace, create: bool = False) -> WorkspaceOutcome:
    """The atlas with the workspace at ``path`` (a file or a database); ``create`` makes an
    empty file (never over one)."""
    from geodata.atlas import load_atlas
    from geodata.workspace_store import create_workspace

    if create:
        create_workspace(path)
    return WorkspaceOutcome(path, load_atlas(workspace=path), create)
