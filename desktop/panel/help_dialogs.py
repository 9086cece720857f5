"""Help dialogs: data sources and attribution, keyboard shortcuts."""

from __future__ import annotations

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
        super().__init__("Data sources and attribution", parent)
        parts = [
            "# Data sources and attribution\n",
            f"**Base map:** {attribution}\n",
            "Control zones are approximate reconstructions from written reports; every zone, "
            "event and statement in the panel lists its own sources (click them). A quote is "
            "verbatim from its source; everything else is marked as a paraphrase.\n",
        ]
        for name in ("ATTRIBUTION.md", "ZONES.md", "SOURCES.md"):
            text = _read_text(name)
            if text:
                parts.append("\n---\n")
                parts.append(text)
        self.browser.setMarkdown("\n".join(parts))


SHORTCUTS = (
    ("Ctrl+F", "Search towns, areas and events"),
    ("Escape", "Clear the selection"),
    ("Alt+Left / Alt+Right", "Previous / next event (moves the date)"),
    ("Alt+Home", "Reset the date to 25 Apr 2023"),
    ("Ctrl+D", "Edit the as-of date"),
    ("Ctrl+1 / Ctrl+2 / Ctrl+3", "Go to the map / event list / details"),
    ("Ctrl+J", "Zoom to the selection"),
    ("Ctrl+M", "Measure distance and area: click points; Esc ends"),
    ("Ctrl+I", "Import events or zones from a file"),
    ("Ctrl+O", "Open a workspace"),
    ("Arrow keys (map)", "Pan"),
    ("+ / −, wheel", "Zoom in / out"),
    ("Ctrl+0 or Home (map)", "Zoom to the whole region"),
    ("Up / Down (event list)", "Select the previous / next event in the list"),
    ("Tab / Shift+Tab", "Move between controls"),
)


class ShortcutsDialog(_TextDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Keyboard shortcuts", parent)
        self.resize(520, 460)
        rows = "".join(
            f"<tr><td style='padding:3px 14px 3px 0'><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>"
            for k, v in SHORTCUTS
        )
        self.browser.setHtml(f"<h3>Keyboard shortcuts</h3><table>{rows}</table>")
