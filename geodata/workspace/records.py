"""What a workspace holds besides events and zones, and its one error type."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from geodata.errors import AtlasError

EVENTS_LAYER, ZONES_LAYER, IMPORTS_LAYER = "events", "zones", "imports"


class WorkspaceError(AtlasError):
    """A workspace that cannot be read or written."""


@dataclass(frozen=True)
class ImportRecord:
    """Provenance of one import, a row of the ``imports`` table."""

    file: str  # the imported file's name
    path: str  # where it was, as given
    format: str
    kind: str  # events | zones
    rows: int  # rows or features read
    records: int  # events or zones added (or replaced)
    repaired: int = 0
    warnings: tuple[str, ...] = ()
    imported_at: str = ""  # ISO 8601 UTC; filled in when saved if empty

    @classmethod
    def of(cls, result) -> ImportRecord:
        """The provenance of an importer's ``ImportResult`` (geodata.importers)."""
        return cls(
            file=result.path.name,
            path=str(result.path),
            format=result.format,
            kind=result.kind,
            rows=result.rows,
            records=result.count,
            repaired=result.repaired,
            warnings=result.warnings,
        )


@dataclass(frozen=True)
class SaveSummary:
    path: Path
    added: int  # new records
    replaced: int  # records whose id was already in the workspace (re-import of a file)
