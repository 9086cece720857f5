"""What the import dialog's Problems box says about a preview: the file's problems, the
columns still to choose, or that the first rows are clean (and what they become).

Texts are translated in the dialog's context ("ImportDialog"), where the catalogues keep them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.importing.fields import field_label
from geodata.importers import ImportFailed

if TYPE_CHECKING:
    from geodata.errors import AtlasError
    from geodata.importers import ImportPreview


def failure_lines(message: str, error: AtlasError | None) -> list[str]:
    """Why the file cannot be previewed: the message, then each problem when there are several."""
    lines = [message]
    if isinstance(error, ImportFailed) and len(error.problems) > 1:
        lines += [f"• {p}" for p in error.problems]
    return lines


def preview_lines(result: ImportPreview) -> tuple[list[str], bool]:
    """The lines to show for a preview, and whether they say it is ready to import."""
    lines = list(result.problems)
    for field in result.missing:
        lines.append(
            QCoreApplication.translate(
                "ImportDialog", "Required: choose the column that holds “{field}”."
            ).format(field=field_label(field))
        )
    if lines:
        return lines, False
    template = (
        QCoreApplication.translate(
            "ImportDialog",
            "No problems in the first {rows} rows: they become {count} zones. The whole "
            "file is checked when you import; if any row is bad nothing is written.",
        )
        if result.kind == "zones"
        else QCoreApplication.translate(
            "ImportDialog",
            "No problems in the first {rows} rows: they become {count} events. The whole "
            "file is checked when you import; if any row is bad nothing is written.",
        )
    )
    return [template.format(rows=len(result.rows), count=len(result.records))], True
