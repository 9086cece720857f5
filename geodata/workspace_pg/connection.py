"""Connecting to a workspace database: each way it can fail is one clear line.

The password comes from the connection string, ``~/.pgpass`` or ``PGPASSWORD`` (libpq reads
them), or from a prompt: a caller that can ask catches :class:`PasswordNeeded`, asks, and
tries again with ``workspace.with_password(...)``. Messages name the database as shown
(``str(workspace)``, no password) and never repeat the connection string.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from geodata.errors import AtlasError

if TYPE_CHECKING:
    import psycopg

    from geodata.workspace_pg.target import DatabaseWorkspace

CONNECT_TIMEOUT_S = 10


class DatabaseError(AtlasError):
    """A database workspace that cannot be reached, read or written."""


class PasswordNeeded(DatabaseError):
    """The server wants a password that was not given (or the one given is wrong)."""

    def __init__(self, message: str, wrong: bool) -> None:
        super().__init__(message)
        self.wrong = wrong  # a password was given and refused


class ReadOnlyWorkspace(DatabaseError):
    """The role may read the workspace but not change it."""


class ConnectionLost(DatabaseError):
    """The connection broke while working; the database rolled back what was under way."""


def _first_line(exc: BaseException) -> str:
    """libpq's message without its 'connection to server ... failed:' preamble."""
    text = str(exc).strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    line = lines[0] if lines else type(exc).__name__
    line = re.sub(r"^connection failed:\s*", "", line)
    line = re.sub(r"^connection to server (on socket|at) .*? failed:\s*", "", line)
    return re.sub(r"^FATAL:\s*", "", line)


def connect(workspace: DatabaseWorkspace, autocommit: bool = False) -> psycopg.Connection:
    """An open connection to the workspace's database, or a one-line DatabaseError."""
    try:
        import psycopg
    except ImportError as exc:
        raise DatabaseError(
            f"database workspaces need psycopg (pip install 'psycopg[binary]'): {exc}"
        ) from None
    options: dict[str, object] = {"autocommit": autocommit, "application_name": "syria-atlas"}
    if workspace.password is not None:
        options["password"] = workspace.password
    if "connect_timeout" not in workspace.conninfo:
        options["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        return psycopg.connect(workspace.conninfo, **options)
    except psycopg.OperationalError as exc:
        raise connect_error(workspace, exc) from None
    except psycopg.Error as exc:  # a malformed connection string
        raise DatabaseError(f"cannot connect to {workspace}: {_first_line(exc)}") from None


def connect_error(workspace: DatabaseWorkspace, exc: BaseException) -> DatabaseError:
    line = _first_line(exc)
    where = str(workspace)
    if "password authentication failed" in line:
        user = re.search(r'for user "([^"]*)"', line)
        who = f"role {user.group(1)!r}" if user else "this role"
        return PasswordNeeded(f"wrong password for {who} on {where}", wrong=True)
    if "no password supplied" in line:
        return PasswordNeeded(
            f"{where} asks for a password: put it in ~/.pgpass, or enter it when asked",
            wrong=False,
        )
    return DatabaseError(f"cannot connect to {where}: {line}")


@contextlib.contextmanager
def session(workspace: DatabaseWorkspace, autocommit: bool = False) -> Iterator[psycopg.Connection]:
    """A connection closed afterwards (not committed: callers use ``connection.transaction()``)."""
    connection = connect(workspace, autocommit=autocommit)
    try:
        yield connection
    finally:
        connection.close()


def failure(workspace: DatabaseWorkspace, exc: BaseException, doing: str) -> DatabaseError:
    """A psycopg error met while ``doing`` something, as one line."""
    import psycopg
    from psycopg import errors

    where = str(workspace)
    if isinstance(exc, errors.InsufficientPrivilege):
        return ReadOnlyWorkspace(
            f"{where}: your role may open and export this workspace but not change it "
            f"({_first_line(exc)}); ask the database owner for write access"
        )
    if isinstance(exc, errors.AdminShutdown | errors.QueryCanceled | psycopg.OperationalError):
        return ConnectionLost(
            f"lost the connection to {where} while {doing}: {_first_line(exc)}; "
            "nothing was written (the database rolled it back)"
        )
    return DatabaseError(f"{where}: {doing} failed: {_first_line(exc)}")
