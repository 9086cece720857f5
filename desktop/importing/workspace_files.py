"""File ▸ New Workspace… and Open Workspace…: choosing a GeoPackage and opening it (or a
database workspace) on the window's task runner, then switching the window to it.

A mixin of WorkspaceController, like ``database.DatabaseWorkspaces``. Its texts are translated
in the controller's context ("WorkspaceController"), where the catalogues keep them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.importing.jobs import WorkspaceOutcome, open_workspace
from desktop.importing.recent import remember_workspace
from geodata.workspace_store import is_database, parse_workspace

if TYPE_CHECKING:
    from geodata.atlas import Atlas
    from geodata.errors import AtlasError


class WorkspaceFiles:
    """Mixin of WorkspaceController: open or create the workspace the window shows."""

    def _folder(self) -> str:
        """Where file choosers start: the current workspace file's folder, else home."""
        workspace = self.workspace
        if not is_database(workspace) and workspace.parent.exists():
            return str(workspace.parent)
        return str(Path.home())

    def ask_open_workspace(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            QCoreApplication.translate("WorkspaceController", "Open Workspace"),
            self._folder(),
            QCoreApplication.translate("WorkspaceController", "Workspaces (*.gpkg);;All files (*)"),
        )
        if name:
            self.open_workspace(Path(name))

    def ask_new_workspace(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("WorkspaceController", "New Workspace"),
            str(Path(self._folder()) / "workspace.gpkg"),
            QCoreApplication.translate("WorkspaceController", "Workspaces (*.gpkg)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != ".gpkg":
                path = path.with_name(path.name + ".gpkg")
            self.new_workspace(path)

    def open_workspace(self, path) -> None:
        """Open a GeoPackage path or a database workspace (asking for a password if needed)."""
        path = parse_workspace(path)
        self._start(
            QCoreApplication.translate("WorkspaceController", "Opening {name}…").format(
                name=path.name
            ),
            lambda _report, _cancel: open_workspace(path),
            self._on_workspace_opened,
            lambda message, error: self._on_open_failed(path, message, error),
        )

    def new_workspace(self, path: Path) -> None:
        path = Path(path).expanduser()
        self._start(
            QCoreApplication.translate("WorkspaceController", "Creating {name}…").format(
                name=path.name
            ),
            lambda _report, _cancel: open_workspace(path, create=True),
            self._on_workspace_opened,
            self._on_workspace_failed,
        )

    def _on_workspace_opened(self, outcome: WorkspaceOutcome) -> None:
        self._switch(outcome.workspace, outcome.atlas)
        template = (
            QCoreApplication.translate("WorkspaceController", "Created workspace {path}")
            if outcome.created
            else QCoreApplication.translate("WorkspaceController", "Opened workspace {path}")
        )
        self._status(template.format(path=outcome.workspace))

    def _on_workspace_failed(self, message: str, _error: AtlasError | None) -> None:
        self._message(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("WorkspaceController", "Workspace not opened"),
            message,
        )
        self.workspace_failed.emit(message)

    def _switch(self, workspace: Path, atlas: Atlas) -> None:
        """Show ``workspace`` (its ``atlas`` loaded): the state, the title, the recent list."""
        # Exports run on the same task runner, so none reads the old atlas while it is swapped.
        self.workspace = workspace
        self.loaded = True
        if self.remember:
            remember_workspace(self.workspace)
        self.live.follow()
        self.atlas_loaded.emit(atlas)
        self.show_workspace_in_title()
        self.fill_recent_menu()
        self.workspace_changed.emit(self.workspace)
