"""ImportDialog: choose a file, look at its first rows, map its columns, then import.

The preview is read on the import thread (GeoJSON, KML and GeoPackage are parsed whole), so a
big file never freezes the window; a newer request makes an older answer obsolete. Nothing is
written here: "Import" emits ``import_requested`` with an :class:`ImportRequest` and the
workspace controller runs it, keeping this dialog open if it fails so the mapping can be fixed.

Every piece of text from the file goes into item views or plain-text widgets: never rich text.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.importing.column_mapping import ColumnMapping, plain_label
from desktop.importing.fields import (
    ENCODINGS,
    FILE_FILTER,
    KIND_CHOICES,
)
from desktop.importing.file_info import describe, geopackage_layers
from desktop.importing.jobs import ImportRequest
from desktop.importing.preview_report import failure_lines, preview_lines
from desktop.importing.preview_table import PreviewTable
from desktop.tasks import Task
from geodata.importers import ImportPreview

if TYPE_CHECKING:
    from geodata.errors import AtlasError

_PREVIEW_ROWS = 20
_ERROR = QColor("#a3261b")
_OK = QColor("#1b6e3a")


class ImportDialog(QDialog):
    """File ▸ Import…; ``import_requested`` carries what to import once the preview is clean."""

    import_requested = Signal(object)  # ImportRequest
    preview_ready = Signal()  # a preview (or its failure) has been shown

    def __init__(
        self, workspace: Path, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import Events or Zones"))
        self.workspace = workspace  # a GeoPackage path or a database workspace
        self.preview: ImportPreview | None = None
        self.error: str = ""  # why the file cannot be previewed, when it cannot
        self._overrides: dict[str, str] = {}  # field -> column the user chose
        self._generation = 0
        self._jobs: dict[int, Task] = {}
        self._busy = False
        self._layers: list[tuple[str, str]] = []  # GeoPackage layers with geometry
        self._refresh_timer = QTimer(self, singleShot=True, interval=120)
        self._refresh_timer.timeout.connect(self._start_preview)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_choices())
        self.summary = plain_label(self.tr("Choose a CSV, GeoJSON, KML or GeoPackage file."), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.mapping_box = ColumnMapping(self)
        self.mapping_box.field_chosen.connect(self.map_field)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self._build_table(), 1)
        problems_title = QLabel(self.tr("&Problems"), self)
        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(96)
        problems_title.setBuddy(self.problems)
        layout.addWidget(problems_title)
        layout.addWidget(self.problems)
        where = plain_label(
            self.tr("Adds to workspace: {workspace}").format(workspace=self.workspace), self
        )
        where.setObjectName("importWorkspace")
        where.setStyleSheet("color: #6b665c;")
        where.setWordWrap(True)
        layout.addWidget(where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.request_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(980, 680)
        if path is not None:
            self.set_path(path)

    # --- composition ----------------------------------------------------------------------
    def _build_choices(self) -> QFormLayout:
        form = QFormLayout()
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(
            self.tr("A CSV (ACLED export or any sheet), GeoJSON, KML or GPKG")
        )
        self.path_edit.editingFinished.connect(self._on_path_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        options = QHBoxLayout()
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("importKind")
        for label, kind in KIND_CHOICES:
            self.kind_box.addItem(QCoreApplication.translate("ImportFields", label), kind)
        self.kind_box.activated.connect(self._on_kind_chosen)
        options.addWidget(self.kind_box)
        self.layer_label = QLabel(self.tr("&Layer:"), self)
        self.layer_box = QComboBox(self)
        self.layer_box.setObjectName("importLayer")
        self.layer_label.setBuddy(self.layer_box)
        self.layer_box.activated.connect(self._on_option_chosen)
        options.addWidget(self.layer_label)
        options.addWidget(self.layer_box)
        encoding_label = QLabel(self.tr("E&ncoding:"), self)
        self.encoding_box = QComboBox(self)
        self.encoding_box.setObjectName("importEncoding")
        for label, codec in ENCODINGS:
            self.encoding_box.addItem(QCoreApplication.translate("ImportFields", label), codec)
        self.encoding_box.setToolTip(
            self.tr(
                "Text files are read as UTF-8 unless they start with a UTF-16 byte-order mark. "
                "Name the encoding of an older file (e.g. Arabic Windows) instead of letting it be "
                "guessed: a wrong guess garbles names silently."
            )
        )
        encoding_label.setBuddy(self.encoding_box)
        self.encoding_box.activated.connect(self._on_option_chosen)
        options.addWidget(encoding_label)
        options.addWidget(self.encoding_box, 1)
        kind_label = QLabel(self.tr("Import &as:"), self)
        kind_label.setBuddy(self.kind_box)
        form.addRow(kind_label, options)
        self._set_layer_choices(None)
        return form

    def _build_table(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(
            self.tr("First &rows of the file (up to {rows})").format(rows=_PREVIEW_ROWS),
            box,
        )
        self.table = PreviewTable(box)
        title.setBuddy(self.table)
        column.addWidget(title)
        column.addWidget(self.table, 1)
        return box

    # --- choices ----------------------------------------------------------------------------
    def browse(self) -> None:
        settings = QSettings()
        folder = settings.value("import/folder", str(Path.home()))
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a File"),
            str(folder),
            QCoreApplication.translate("ImportFields", FILE_FILTER),
        )
        if name:
            settings.setValue("import/folder", str(Path(name).parent))
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        """A new file: forget the previous file's choices and preview it."""
        self.path_edit.setText(str(path))
        self._overrides.clear()
        self.kind_box.setCurrentIndex(0)
        self.encoding_box.setCurrentIndex(0)
        self._layers = geopackage_layers(Path(path).expanduser())
        self._set_layer_choices(self._default_layer())
        self.refresh()

    def _default_layer(self) -> str | None:
        """The layer the import would pick for the chosen kind (points for events...)."""
        kind = self.kind_box.currentData()
        wanted = [
            name
            for name, geometry in self._layers
            if (kind == "events" and "Point" in geometry)
            or (kind == "zones" and "Polygon" in geometry)
        ]
        names = wanted or [name for name, _ in self._layers]
        return names[0] if names else None

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self._on_kind_chosen()

    def set_encoding(self, codec: str | None) -> None:
        self.encoding_box.setCurrentIndex(max(0, self.encoding_box.findData(codec)))
        self.refresh()

    def set_layer(self, layer: str) -> None:
        self.layer_box.setCurrentIndex(max(0, self.layer_box.findData(layer)))
        self.refresh()

    def map_field(self, field: str, column: str) -> None:
        """Use ``column`` for ``field`` (what choosing it in the field's combo box does)."""
        self._overrides[field] = column  # NOT_MAPPED ("") un-maps a guessed column
        self.refresh()

    def _on_path_edited(self) -> None:
        text = self.path_edit.text().strip()
        if text and (self.preview is None or Path(text) != self.preview.path):
            self.set_path(Path(text).expanduser())

    def _on_kind_chosen(self, *_args: object) -> None:
        self._overrides.clear()  # events and zones have different fields
        self._set_layer_choices(self._default_layer())
        self.refresh()

    def _on_option_chosen(self, *_args: object) -> None:
        self.refresh()

    def request(self) -> ImportRequest:
        return ImportRequest(
            path=self.current_path(),
            workspace=self.workspace,
            kind=self.kind_box.currentData(),
            mapping=dict(self._overrides),
            layer=self.layer_box.currentData(),
            encoding=self.encoding_box.currentData(),
        )

    def current_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def request_import(self) -> None:
        if self.import_button.isEnabled():
            self.import_requested.emit(self.request())

    def set_busy(self, busy: bool) -> None:
        """While an import runs: nothing in the dialog can change what is being imported."""
        self._busy = busy
        for widget in (self.path_edit, self.browse_button, self.mapping_box, self.kind_box):
            widget.setEnabled(not busy)
        self._update_buttons()

    # --- preview ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Preview again soon (choices often change several at a time)."""
        self._generation += 1
        self.import_button.setEnabled(False)
        if self.current_path() == Path():
            return
        self.summary.setText(self.tr("Reading {name}…").format(name=self.current_path().name))
        self._refresh_timer.start()

    def _start_preview(self) -> None:
        from geodata.importers import preview
        from geodata.importers.parties import bundled_parties

        generation = self._generation
        request = self.request()

        def work(_report, _cancel: threading.Event):
            return preview(
                request.path,
                mapping=request.mapping or None,
                kind=request.kind,
                layer=request.layer,
                limit=_PREVIEW_ROWS,
                encoding=request.encoding,
                parties=bundled_parties(),  # a row the import would refuse is listed now
            )

        job = Task(work)
        job.signals.finished.connect(lambda result: self._on_preview(generation, result, ""))
        job.signals.failed.connect(
            lambda message, error: self._on_preview(generation, None, message, error)
        )
        self._jobs[generation] = job
        job.start()

    def _on_preview(
        self,
        generation: int,
        result: ImportPreview | None,
        message: str,
        error: AtlasError | None = None,
    ) -> None:
        self._jobs.pop(generation, None)
        if generation != self._generation:
            return  # the user changed something meanwhile; a newer preview is on its way
        self.preview, self.error = result, message
        if result is None:
            self._show_failure(message, error)
        else:
            self._show_preview(result)
        self._update_buttons()
        self.preview_ready.emit()

    def _show_failure(self, message: str, error: AtlasError | None) -> None:
        self.summary.setText(self.tr("This file cannot be imported as it is."))
        self.mapping_box.fill(None, self._overrides)
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self._set_problems(failure_lines(message, error), ok=False)

    def _show_preview(self, result: ImportPreview) -> None:
        self.encoding_box.setEnabled(result.format in ("csv", "geojson"))
        self.summary.setText(describe(result))
        self.mapping_box.fill(result, self._overrides)
        self.table.show_rows(result)
        self._set_problems(*preview_lines(result))

    def _set_problems(self, lines: list[str], ok: bool) -> None:
        self.problems.setPlainText("\n".join(lines))
        colour = _OK if ok else _ERROR
        self.problems.setStyleSheet(f"QPlainTextEdit {{ color: {colour.name()}; }}")

    def _set_layer_choices(self, current: str | None) -> None:
        """GeoPackage layers with geometry; always one chosen, so the import never has to
        ask for one."""
        self.layer_box.clear()
        for name, geometry in self._layers:
            self.layer_box.addItem(f"{name} ({geometry})", name)
        if current is not None:
            self.layer_box.setCurrentIndex(max(0, self.layer_box.findData(current)))
        has_layers = bool(self._layers)
        self.layer_box.setEnabled(len(self._layers) > 1)
        self.layer_box.setVisible(has_layers)
        self.layer_label.setVisible(has_layers)

    def is_previewing(self) -> bool:
        """A preview is due or being read (the one shown may be out of date)."""
        return self._refresh_timer.isActive() or self._generation in self._jobs

    def _update_buttons(self) -> None:
        ready = (
            not self._busy
            and self.preview is not None
            and self.preview.ready
            and not self.is_previewing()
        )
        self.import_button.setEnabled(ready)

    def combo_for(self, field: str) -> QComboBox | None:
        return self.mapping_box.combo_for(field)

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self._generation += 1  # answers still on their way are obsolete
        super().done(result)
