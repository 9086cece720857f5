"""File ▸ Export: the snapshot and web-map actions, their dialog, progress and error reports.

A main window adds both actions to its File menu with one call::

    install_export_actions(self, file_menu, state, basemap, atlas, attribution)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from desktop.export.inputs import Basemap
from desktop.export.page import (
    MAX_DPI,
    MIN_DPI,
    PAPER_NAMES,
    PageSpec,
    page_spec,
    paper_label,
)
from desktop.i18n import export_text
from desktop.state import AppState
from desktop.tasks import TaskRunner
from geodata.errors import AtlasError
from geodata.web_export.coverage import CONTROL_TITLE, control_gap, default_title

if TYPE_CHECKING:
    from desktop.export.snapshot import SnapshotResult
    from desktop.export.web import WebMapResult
    from geodata.atlas import Atlas

FORMATS = (  # labels translated where shown (context SnapshotDialog)
    ("png", QT_TRANSLATE_NOOP("SnapshotDialog", "PNG image")),
    ("pdf", QT_TRANSLATE_NOOP("SnapshotDialog", "PDF document (vector)")),
    ("svg", QT_TRANSLATE_NOOP("SnapshotDialog", "SVG drawing (vector)")),
)
WINDOW, PIXELS = "window", "pixels"
_PAPER_LABELS = {name: paper_label(name) for name in PAPER_NAMES}


@dataclass(frozen=True)
class SnapshotOptions:
    fmt: str
    page: PageSpec
    title: str
    inset: bool


class SnapshotDialog(QDialog):
    """Format, page size, DPI, title and inset: everything but the file name."""

    def __init__(
        self,
        window_size: tuple[int, int],
        title: str = "",
        parent: QWidget | None = None,
        default_title: str | None = None,
    ) -> None:
        """``default_title``: the title the page gets when the field is left empty (the
        control map's, in the interface language, unless given)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Snapshot"))
        self.setObjectName("snapshotDialog")
        self._window_size = window_size
        form = QFormLayout(self)
        self.format_box = QComboBox(self)
        for key, label in FORMATS:
            self.format_box.addItem(self.tr(label), key)
        form.addRow(self.tr("&Format:"), self.format_box)
        self.size_box = QComboBox(self)
        self.size_box.addItem(
            self.tr("Current window ({width}×{height})").format(
                width=window_size[0], height=window_size[1]
            ),
            WINDOW,
        )
        for name in PAPER_NAMES:
            self.size_box.addItem(_PAPER_LABELS[name], name)
        self.size_box.addItem(self.tr("Pixels…"), PIXELS)
        self.size_box.setCurrentIndex(self.size_box.findData("a4-landscape"))
        form.addRow(self.tr("&Size:"), self.size_box)
        pixels = QWidget(self)
        row = QHBoxLayout(pixels)
        row.setContentsMargins(0, 0, 0, 0)
        self.width_box, self.height_box = QSpinBox(pixels), QSpinBox(pixels)
        for box, value in ((self.width_box, 1600), (self.height_box, 1000)):
            box.setRange(16, 20000)
            box.setValue(value)
            box.setSuffix(self.tr(" px"))
            row.addWidget(box)
        self._pixels_row = pixels
        form.addRow(self.tr("&Pixels:"), pixels)
        self.dpi_box = QSpinBox(self)
        self.dpi_box.setRange(MIN_DPI, MAX_DPI)
        self.dpi_box.setValue(300)
        self.dpi_box.setSuffix(self.tr(" DPI"))
        self.dpi_box.setToolTip(self.tr("Dots per inch: 300 for print, 96 for the screen"))
        form.addRow(self.tr("&Resolution:"), self.dpi_box)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setPlaceholderText(default_title or export_text(CONTROL_TITLE))
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.inset_box = QCheckBox(self.tr("Locator inset map"), self)
        self.inset_box.setChecked(True)
        form.addRow("", self.inset_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.size_box.currentIndexChanged.connect(self._update_pixels)
        self._update_pixels()

    def _update_pixels(self) -> None:
        self._pixels_row.setEnabled(self.size_box.currentData() == PIXELS)

    def options(self) -> SnapshotOptions:
        fmt = self.format_box.currentData()
        choice = self.size_box.currentData()
        dpi = self.dpi_box.value()
        if choice == WINDOW:
            page = page_spec(fmt, dpi=dpi, window=self._window_size)
        elif choice == PIXELS:
            page = page_spec(fmt, dpi=dpi, size=(self.width_box.value(), self.height_box.value()))
        else:
            page = page_spec(fmt, dpi=dpi, paper=choice)
        return SnapshotOptions(
            fmt, page, self.title_edit.text().strip(), self.inset_box.isChecked()
        )


class ExportController(QObject):
    """Owns the export actions and runs exports on the thread pool, one at a time."""

    export_finished = Signal(object)  # the result (path, manifest, ...)
    export_failed = Signal(str)
    status_message = Signal(str, int)  # text, milliseconds: for the window's status bar

    def __init__(
        self,
        window: QWidget,
        state: AppState,
        basemap: Basemap,
        atlas: Atlas,
        attribution: str,
        workspace: Callable[[], str | None] = lambda: None,
        tasks: TaskRunner | None = None,
    ) -> None:
        """``tasks``: the window's one runner for long work (None: a runner of its own)."""
        super().__init__(window)
        self._window = window
        self._workspace = workspace  # the loaded workspace, recorded in each manifest
        self._state = state
        self._basemap = basemap
        self._atlas = atlas
        self._attribution = attribution
        self._tasks = tasks if tasks is not None else TaskRunner(window)
        # A method, not a lambda: Qt drops the connection when this controller is deleted.
        self._tasks.busy_changed.connect(self._on_busy_changed)
        state.dataset_changed.connect(self._on_dataset_changed)
        self.show_errors = True  # tests switch the message box off
        self.snapshot_action = QAction(window)
        self.snapshot_action.setShortcut(QKeySequence("Ctrl+E"))
        self.snapshot_action.triggered.connect(self.ask_snapshot)
        self.web_action = QAction(window)
        self.web_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.web_action.triggered.connect(self.ask_web_map)
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' texts in the interface language (again after a language change)."""
        self.snapshot_action.setText(self.tr("Export &Snapshot…"))
        self.snapshot_action.setStatusTip(self.tr("Save the map as a PNG, PDF or SVG page"))
        self.web_action.setText(self.tr("Export &Web Map…"))
        self.web_action.setStatusTip(
            self.tr("Save an interactive map as one HTML file that works offline")
        )

    def _on_dataset_changed(self) -> None:
        # The window swaps datasets only between exports (the one task runner), so no
        # export reads an atlas while it changes.
        self._atlas = self._state.atlas

    # --- the window's size and a default file name ------------------------------------------
    def window_size(self) -> tuple[int, int]:
        """The size of the map on screen ("Current window" in the dialog): the window's
        central widget where it is a QMainWindow, else the window."""
        central = self._window.centralWidget() if isinstance(self._window, QMainWindow) else None
        widget = central if central is not None else self._window
        return max(16, widget.width()), max(16, widget.height())

    def _default_path(self, suffix: str) -> str:
        folder = QSettings().value("export/folder", str(Path.home()))
        return str(Path(folder) / f"northern-syria-{self._state.view.as_of.isoformat()}.{suffix}")

    # --- user interaction --------------------------------------------------------------------
    def ask_snapshot(self) -> None:
        gap = control_gap(self._atlas, self._state.view.as_of)
        dialog = SnapshotDialog(
            self.window_size(), parent=self._window, default_title=export_text(default_title(gap))
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            options = dialog.options()
        except AtlasError as exc:
            self._report_error(str(exc))
            return
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export Snapshot"),
            self._default_path(options.fmt),
            self.tr("{kind} files (*.{suffix})").format(
                kind=options.fmt.upper(), suffix=options.fmt
            ),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != f".{options.fmt}":
                path = path.with_name(path.name + f".{options.fmt}")
            self.start_snapshot(path, options)

    def ask_web_map(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export Web Map"),
            self._default_path("html"),
            self.tr("Web pages (*.html)"),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".html", ".htm"):
                path = path.with_name(path.name + ".html")
            self.start_web_map(path)

    # --- the work ----------------------------------------------------------------------------
    def start_snapshot(self, path: Path, options: SnapshotOptions) -> None:
        from desktop.export.snapshot import SnapshotRequest, export_snapshot

        request = SnapshotRequest(
            Path(path),
            self._state.view,
            options.page,
            options.title or None,
            options.inset,
            self._workspace(),
        )
        basemap, atlas, attribution = self._basemap, self._atlas, self._attribution
        self._start(
            self.tr("Exporting {name}…").format(name=Path(path).name),
            lambda progress: export_snapshot(request, basemap, atlas, attribution, progress),
        )

    def start_web_map(self, path: Path, title: str | None = None) -> None:
        from desktop.export.web import export_web_map

        view, workspace = self._state.view, self._workspace()
        basemap, atlas, attribution = self._basemap, self._atlas, self._attribution
        self._start(
            self.tr("Exporting {name}…").format(name=Path(path).name),
            lambda progress: export_web_map(
                Path(path), view, atlas, basemap, attribution, title, workspace, progress
            ),
        )

    def busy(self) -> bool:
        return self._tasks.busy()

    def _start(self, label: str, work: Callable[[Callable[[int, str], None]], object]) -> None:
        started = self._tasks.run(
            self.tr("Export"),
            label,
            # The write is atomic and short: no half-way stop, so no Cancel button.
            lambda progress, _cancel: work(lambda percent, text: progress(percent, 100, text)),
            self._on_finished,
            lambda message, _error: self._on_failed(message),
        )
        if not started:
            self._report_error(self.tr("another export, import or workspace change is running"))

    def _on_finished(self, result: SnapshotResult | WebMapResult) -> None:
        QSettings().setValue("export/folder", str(Path(result.path).parent))
        self.status_message.emit(
            self.tr("Exported {path} (manifest {name})").format(
                path=result.path, name=result.manifest.name
            ),
            8000,
        )
        self.export_finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self._report_error(message)
        self.export_failed.emit(message)

    def _report_error(self, message: str) -> None:
        if self.show_errors:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Export failed"),
                message,
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)  # paths and data text are not markup
            box.exec()

    def _on_busy_changed(self, busy: bool) -> None:
        self._set_enabled(not busy)

    def _set_enabled(self, enabled: bool) -> None:
        self.snapshot_action.setEnabled(enabled)
        self.web_action.setEnabled(enabled)


def install_export_actions(
    window: QWidget,
    file_menu: QMenu,
    state: AppState,
    basemap: Basemap,
    atlas: Atlas,
    attribution: str,
    workspace: Callable[[], str | None] = lambda: None,
    tasks: TaskRunner | None = None,
) -> ExportController:
    """Add "Export Snapshot…" (Ctrl+E) and "Export Web Map…" (Ctrl+Shift+E) to the top of
    ``file_menu``; returns the controller (keep it: it owns the actions)."""
    controller = ExportController(window, state, basemap, atlas, attribution, workspace, tasks)
    first = file_menu.actions()[0] if file_menu.actions() else None
    file_menu.insertAction(first, controller.snapshot_action)
    file_menu.insertAction(first, controller.web_action)
    if first is not None:
        file_menu.insertSeparator(first)
    window.addAction(controller.snapshot_action)  # shortcuts work with the menu closed
    window.addAction(controller.web_action)
    return controller
