"""What the import dialog says about a file: its GeoPackage layers and a one-line description."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.importing.fields import FORMAT_NAMES
from geodata.importers import ImportFailed, ImportPreview


def geopackage_layers(path: Path) -> list[tuple[str, str]]:
    """(name, geometry type) of a GeoPackage's layers with geometry; [] for other files (and
    for unreadable ones: the preview then says what is wrong)."""
    from geodata.importers.gpkg_reader import list_layers

    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return []
        return [(name, geometry) for name, geometry in list_layers(path) if geometry]
    except (OSError, ImportFailed):
        return []


def describe(result: ImportPreview) -> str:
    """One line on what the file is and what it becomes."""
    parts = [FORMAT_NAMES.get(result.format, result.format.upper())]
    details = result.details
    if details.get("encoding"):
        parts.append(f"encoding {details['encoding']}")
    if details.get("delimiter"):
        delimiter = {"\t": "tab", ",": "comma", ";": "semicolon"}.get(
            details["delimiter"], repr(details["delimiter"])
        )
        parts.append(f"{delimiter}-separated")
    if details.get("layer"):
        parts.append(f"layer {details['layer']}")
    if result.format != "csv" and result.total:
        counts = ", ".join(f"{n:,} {kind}" for kind, n in sorted(result.geometry_counts.items()))
        parts.append(
            QCoreApplication.translate("FileInfo", "{total:,} features ({counts})").format(
                total=result.total, counts=counts
            )
            if counts
            else f"{result.total:,}"
        )
    parts.append(f"{len(result.columns)} columns")
    return (
        f"{result.path.name}: "
        + " · ".join(parts)
        + QCoreApplication.translate("FileInfo", " → imported as {kind}").format(kind=result.kind)
    )
