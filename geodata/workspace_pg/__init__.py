"""The team workspace: the same layers as the GeoPackage workspace, in PostgreSQL/PostGIS.

- :mod:`.target`     ``DatabaseWorkspace``: a libpq URL, service name or ``PG*`` environment,
                     shown and remembered without its password
- :mod:`.connection` connecting, with each failure as one clear line
- :mod:`.schema`     the versioned schema, created or migrated on first use
- :mod:`.reading`    opening the workspace (columns in one query, records on first use)
- :mod:`.writing`    imports as transactions, bulk copies, edits checked by row version
- :mod:`.changes`    LISTEN/NOTIFY: others' changes, as they commit
- :mod:`.store`      ``PostgisStore``: the workspace store interface (read, imports, add,
                     replace_all) that ``geodata.workspace_store.store_for`` hands out
- :mod:`.codec`      sources as JSON, timestamps as the GeoPackage writes them

psycopg (3) is imported only when a database workspace is used.
"""

from geodata.workspace_pg.target import DatabaseWorkspace, is_database_target

__all__ = ["DatabaseWorkspace", "is_database_target"]
