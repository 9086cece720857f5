"""SQLite connections to a workspace file: read-only ones for opening, one write transaction
per save, SQLite's errors worded as one line, and every query bounded in time.

Why SQLite's own transactions: a GeoPackage is an SQLite database that other programs (QGIS,
GDAL, sqlite3) open and edit too. Its rollback journal makes each save all or nothing even
when the process is killed (the next connection rolls a hot journal back), its locks keep two
writers from overwriting each other's commits, and it edits the file in place, so the file's
mode, owner, symlinks and whatever else other programs stored in it stay as they were.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import time
from collections.abc import Iterator
from pathlib import Path

from geodata.workspace.locations import _short, check_workspace_path
from geodata.workspace.records import WorkspaceError

#: How long a save waits for another program's write transaction (QGIS editing the layer)
#: before giving up with one line. SQLite's busy handler retries until then.
BUSY_SECONDS = 5.0
#: How long a layer that is a view may take to count its rows: a view with an endless
#: recursive query would otherwise hang the atlas (tables are finite and read in full).
VIEW_SECONDS = 20.0
#: The bound on a whole connection: hostile triggers or views anywhere else in the file.
QUERY_SECONDS = 1800.0


def _deadline_handler(seconds: float):
    deadline = time.monotonic() + seconds
    return lambda: 1 if time.monotonic() > deadline else 0  # non-zero interrupts the query


@contextlib.contextmanager
def time_limit(connection: sqlite3.Connection, seconds: float) -> Iterator[float]:
    """Interrupt what runs inside within ``seconds``; then the connection's own bound again."""
    connection.set_progress_handler(_deadline_handler(seconds), 20_000)
    try:
        yield seconds
    finally:
        connection.set_progress_handler(_deadline_handler(QUERY_SECONDS), 20_000)


class QueryTimeout(sqlite3.OperationalError):
    """A view that did not finish within VIEW_SECONDS."""


@contextlib.contextmanager
def read_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection: reading never changes the file (not even its journal)."""
    check_workspace_path(path)
    if not path.exists():
        raise WorkspaceError(f"workspace not found: {_short(path)}")
    recover_hot_journal(path)
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_SECONDS
        )
    except sqlite3.Error as exc:
        raise failure(path, exc, "open") from None
    connection.set_progress_handler(_deadline_handler(QUERY_SECONDS), 20_000)
    try:
        # Pages mapped rather than copied in by read(): ~7 ms less for 100,000 events. The
        # shared lock each query holds keeps writers from shrinking the file under the mapping.
        with contextlib.suppress(sqlite3.Error):
            connection.execute("PRAGMA mmap_size = 1073741824")
        yield connection
    finally:
        connection.close()


def recover_hot_journal(path: Path) -> None:
    """Roll back what a killed save left in ``<file>-journal`` (a read-only connection cannot),
    so the file reads as its last commit and no journal lies beside it. Nothing to do, or no
    right to write: the read-only connection then reports what it finds."""
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or not os.access(path, os.W_OK):
        return
    with contextlib.suppress(sqlite3.Error, OSError):
        connection = sqlite3.connect(path, timeout=BUSY_SECONDS)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()


@contextlib.contextmanager
def write_transaction(path: Path, create: bool = False) -> Iterator[sqlite3.Connection]:
    """One write transaction on the workspace file itself, committed when the block ends
    without an error and rolled back otherwise (a kill rolls it back at the next open).

    ``BEGIN IMMEDIATE`` takes SQLite's write lock first: if another program holds an open
    write transaction, this waits up to :data:`BUSY_SECONDS`, then fails with one line."""
    check_workspace_path(path)
    if not create and not path.exists():
        raise WorkspaceError(f"workspace not found: {_short(path)}")
    try:
        connection = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
    except sqlite3.Error as exc:
        raise failure(path, exc, "open") from None
    try:
        register_geometry_functions(connection)
        connection.set_progress_handler(_deadline_handler(QUERY_SECONDS), 20_000)
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise failure(path, exc, "save") from None
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException as exc:  # includes SystemExit from SIGTERM: roll back, no journal
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise failure(path, exc, "save") from None
            raise
    finally:
        connection.close()


def failure(path: Path, exc: sqlite3.Error, action: str) -> WorkspaceError:
    """SQLite's error as one line a user can act on; never the SQL text or a library dump."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).splitlines()[0][:200] if str(exc) else name
    where = _short(path)
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        return WorkspaceError(
            f"cannot {action} the workspace {where}: another program (QGIS?) is writing to it; "
            "save or stop its edits and try again (nothing was changed)"
        )
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return WorkspaceError(
            f"cannot {action} the workspace {where}: the disk is full (nothing was changed)"
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return WorkspaceError(
            f"cannot {action} the workspace {where}: the file or its folder is read-only"
        )
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        return WorkspaceError(
            f"not a readable workspace GeoPackage: {where} (the file is damaged or not SQLite)"
        )
    if name.startswith("SQLITE_CANTOPEN"):
        return WorkspaceError(f"cannot open the workspace {where} (missing folder or no access)")
    if isinstance(exc, QueryTimeout) or name.startswith("SQLITE_INTERRUPT") or "interrupt" in text:
        return WorkspaceError(
            f"{where}: a query did not finish in time ({text}); "
            "is a layer a view with an endless query?"
        )
    if name.startswith("SQLITE_TOOBIG") or "too big" in text:
        return WorkspaceError(f"cannot {action} the workspace {where}: a value is too big")
    return WorkspaceError(f"cannot {action} the workspace {where}: {text}")


# --- the SQL functions GeoPackage spatial-index triggers call ---------------------------------
#
# GDAL (and QGIS) give each layer an R-tree index kept by triggers that call ST_IsEmpty,
# ST_MinX... Plain sqlite3 lacks them, so a write to such a layer would fail: they are
# registered on every write connection. A point without an envelope is read from its WKB
# directly; anything else through shapely.

_ENVELOPE_BYTES = (0, 32, 48, 48, 64)


def _envelope(blob: bytes | None) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) of a GeoPackage geometry blob; None when empty or unreadable."""
    if not blob or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    if flags & 0b10000:  # the empty-geometry flag
        return None
    order = "<" if flags & 1 else ">"
    indicator = (flags >> 1) & 0b111
    if 1 <= indicator < len(_ENVELOPE_BYTES):
        return struct.unpack_from(order + "4d", blob, 8)
    from geodata.workspace.gpkg import point_of, wkb_of

    point = point_of(blob)
    if point is not None:
        return (point[0], point[0], point[1], point[1])
    import shapely

    try:
        geometry = shapely.from_wkb(wkb_of(blob))
    except (ValueError, shapely.errors.GEOSException):
        return None
    if geometry is None or geometry.is_empty:
        return None
    minx, miny, maxx, maxy = geometry.bounds
    return (minx, maxx, miny, maxy)


def _bound(index: int):
    def get(blob):
        envelope = _envelope(blob)
        return None if envelope is None else envelope[index]

    return get


def register_geometry_functions(connection: sqlite3.Connection) -> None:
    deterministic = {"deterministic": True}
    connection.create_function(
        "ST_IsEmpty", 1, lambda blob: int(_envelope(blob) is None), **deterministic
    )
    for index, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        connection.create_function(name, 1, _bound(index), **deterministic)
