"""``PostgisStore``: the workspace storage interface (read, imports, add, replace_all: see
``geodata.workspace``'s ``WorkspaceStore``) over a PostGIS database."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from geodata.model import Event, Zone
from geodata.workspace_pg import reading, writing
from geodata.workspace_pg.target import DatabaseWorkspace


class PostgisStore:
    """A team workspace in PostgreSQL/PostGIS, as the GeoPackage store's interface."""

    def __init__(self, workspace: DatabaseWorkspace) -> None:
        self.workspace = workspace

    def read(self) -> tuple[Sequence[Event], list[Zone]]:
        """Every event (made on first access) and zone, from one consistent snapshot."""
        return reading.open_workspace(self.workspace)

    def imports(self):
        """The import history, oldest first (``ImportRecord``s)."""
        return reading.list_imports(self.workspace)

    def add(self, events: Iterable[Event] = (), zones: Iterable[Zone] = (), provenance=None):
        """New records inserted, known ids updated, with the import's provenance: one
        transaction. Returns a ``SaveSummary``."""
        from geodata.workspace import SaveSummary

        written = writing.add_to_workspace(self.workspace, events, zones, provenance)
        return SaveSummary(path=self.workspace, added=written.added, replaced=written.replaced)

    def replace_all(self, events: Iterable[Event], zones: Iterable[Zone], imports) -> None:
        """The three layers hold exactly these records (other tables kept): one transaction."""
        writing.write_workspace(self.workspace, events, zones, imports, require_empty=False)

    def fill_empty(self, events: Iterable[Event], zones: Iterable[Zone], imports) -> None:
        """As :meth:`replace_all`, refused (one line) where the workspace holds any record."""
        writing.write_workspace(self.workspace, events, zones, imports, require_empty=True)

    def name(self) -> str:
        """The name imported records carry, stored with the workspace."""
        return reading.workspace_name(self.workspace)
