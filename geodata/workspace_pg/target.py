"""Which database a workspace is: a libpq connection string, shown without its password.

Accepted: a URL (``postgresql://user@host/db``, ``postgres://...``; ``postgresql://`` alone
takes everything from the ``PG*`` environment), or libpq keywords (``service=team``,
``host=db dbname=atlas``). libpq itself reads ``~/.pg_service.conf``, ``~/.pgpass`` and the
``PG*`` variables, so they work as they do for psql.

A password is never part of what is shown or remembered: ``str()`` of a workspace (titles,
summaries, the recent list, export manifests) drops it, and a password typed at a prompt lives
only in memory, on the object.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_URL = re.compile(r"^postgres(ql)?://", re.IGNORECASE)
_KEYWORDS = re.compile(r"^\s*(service|dbname|host|hostaddr|user|port)\s*=", re.IGNORECASE)


def is_database_target(text: object) -> bool:
    """True for a database connection string, False for a file path."""
    return isinstance(text, DatabaseWorkspace) or (
        isinstance(text, str) and bool(_URL.match(text) or _KEYWORDS.match(text))
    )


def _without_password(conninfo: str) -> str:
    if _URL.match(conninfo):
        parts = urlsplit(conninfo)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, host = netloc.rsplit("@", 1)
            netloc = userinfo.split(":", 1)[0] + "@" + host
        query = parts.query
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(k == "password" for k, _ in pairs):
            query = urlencode([(k, v) for k, v in pairs if k != "password"])
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    values = conninfo_to_dict(conninfo)
    values.pop("password", None)
    return make_conninfo("", **values)


@dataclass(frozen=True)
class DatabaseWorkspace:
    """A workspace in a PostgreSQL database."""

    conninfo: str = field(repr=False)  # as given: may hold a password, never shown
    password: str | None = field(default=None, repr=False, compare=False)  # typed, not stored

    @classmethod
    def parse(cls, text: str) -> DatabaseWorkspace:
        from geodata.workspace_pg.connection import DatabaseError

        try:
            from psycopg.conninfo import conninfo_to_dict
        except ImportError as exc:  # e.g. a standalone bundle built without it
            raise DatabaseError(
                f"database workspaces need psycopg (pip install 'psycopg[binary]'): {exc}"
            ) from None

        try:
            conninfo_to_dict(text)
        except Exception as exc:  # psycopg.ProgrammingError: libpq's own one-line message
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise DatabaseError(f"not a database connection string: {message}") from None
        return cls(text.strip())

    def with_password(self, password: str) -> DatabaseWorkspace:
        return replace(self, password=password)

    def parameters(self) -> dict[str, str]:
        """libpq's reading of the connection string (environment not applied)."""
        from psycopg.conninfo import conninfo_to_dict

        return {k: str(v) for k, v in conninfo_to_dict(self.conninfo).items()}

    @property
    def name(self) -> str:
        """A short name for titles: the database's (or service's) name."""
        values = self.parameters()
        return (
            values.get("dbname")
            or values.get("service")
            or os.environ.get("PGDATABASE")
            or os.environ.get("PGSERVICE")
            or values.get("user")
            or os.environ.get("PGUSER")
            or "database"
        )

    def __str__(self) -> str:
        return _without_password(self.conninfo)

    def __repr__(self) -> str:
        return f"DatabaseWorkspace({str(self)!r})"
