"""Help dialogs: data sources and attribution, keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.panel.format import esc


def _read_text(*parts: str) -> str:
    from geodata.paths import DataMissingError, data_path

    try:
        return data_path(*parts).read_text(encoding="utf-8")
    except (DataMissingError, OSError):
        return ""


class _TextDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(760, 620)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


class SourcesDialog(_TextDialog):
    """The map's attribution line, the base-map licences and how the story data is sourced."""

    def __init__(self, attribution: str, parent: QWidget | None = None):
        super().__init__(self.tr("Data sources and attribution"), parent)
        parts = [
            "# " + self.tr("Data sources and attribution") + "\n",
            self.tr("**Base map:** {attribution}").format(attribution=attribution) + "\n",
            self.tr(
                "Control zones are approximate reconstructions from written reports; every zone, "
                "event and statement in the panel lists its own sources (click them). A quote is "
                "verbatim from its source; everything else is marked as a paraphrase."
            )
            + "\n",
        ]
        for name in ("ATTRIBUTION.md", "ZONES.md", "SOURCES.md"):
            text = _read_text(name)
            if text:
                parts.append("\n---\n")
                parts.append(text)
        self.browser.setMarkdown("\n".join(parts))


# Marked for lupdate here, translated where shown (the dialog's tr: context ShortcutsDialog).
SHORTCUTS = (
    ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutsDialog", "Search towns, areas and events")),
    ("Escape", QT_TRANSLATE_NOOP("ShortcutsDialog", "Clear the selection")),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+Left / Alt+Right"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous / next event (moves the date)"),
    ),
    ("Alt+Home", QT_TRANSLATE_NOOP("ShortcutsDialog", "Reset the date to 25 Apr 2023")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the as-of date")),
    (
        "Ctrl+1 / Ctrl+2 / Ctrl+3",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the map / event list / details"),
    ),
    ("Ctrl+J", QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom to the selection")),
    (
        "Ctrl+M",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Measure distance and area: click points; Esc ends"),
    ),
    ("Ctrl+I", QT_TRANSLATE_NOOP("ShortcutsDialog", "Import events or zones from a file")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("ShortcutsDialog", "Open a workspace")),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrow keys (map)"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "+ / −, wheel"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom in / out"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+0 or Home (map)"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom to the whole region"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Up / Down (event list)"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Select the previous / next event in the list"),
    ),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Move between controls")),
)


class ShortcutsDialog(_TextDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Keyboard shortcuts"), parent)
        self.resize(520, 460)
        rows = "".join(
            f"<tr><td style='padding:3px 14px 3px 0'><b>{esc(self.tr(k))}</b></td>"
            f"<td>{esc(self.tr(v))}</td></tr>"
            for k, v in SHORTCUTS
        )
        title = self.tr("Keyboard shortcuts")
        self.browser.setHtml(f"<h3>{esc(title)}</h3><table>{rows}</table>")
