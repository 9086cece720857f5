"""A throw-away PostgreSQL + PostGIS server for tests and benchmarks (not shipped).

``TempCluster`` runs ``initdb`` in a fresh temporary folder and starts ``postgres`` listening
only on a Unix socket in that folder (no TCP port, so it never clashes with another server),
then stops it and removes the folder. PostgreSQL refuses to run as root: as root the server
runs as the ``postgres`` system user (Debian's packages create it) through ``runuser``.

Authentication is as a team server has it: the cluster's superuser connects without a password
(``trust``, for the set-up only), every other role with its password (``scram-sha-256``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "atlas_admin"
TEMPLATE = "atlas_template"  # a database with PostGIS already created: new ones copy it fast


def server_bindir() -> Path | None:
    """The folder of the newest installed ``initdb``/``pg_ctl``/``postgres``, or None."""

    def version(path: str) -> int:
        name = Path(path).parent.parent.name
        return int(name) if name.isdigit() else 0

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def postgis_available(bindir: Path) -> bool:
    """Whether the PostGIS extension is installed for this server version."""
    version = bindir.parent.name
    return bool(glob.glob(f"/usr/share/postgresql/{version}/extension/postgis.control"))


def missing_reason() -> str | None:
    """Why no test server can be started here (None when it can)."""
    bindir = server_bindir()
    if bindir is None:
        return "PostgreSQL server binaries (initdb) not installed: apt-get install postgresql"
    if not postgis_available(bindir):
        return f"PostGIS not installed for PostgreSQL {bindir.parent.name}: apt-get install postgis"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as"
    return None


class TempCluster:
    """A running PostgreSQL server in a temporary folder; use as a context manager."""

    def __init__(self, port: int = 5432) -> None:
        self.bindir = server_bindir()
        if self.bindir is None:
            raise RuntimeError(missing_reason() or "no PostgreSQL server binaries")
        self.port = port
        self.root = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
        self.data = self.root / "data"
        self.socket_dir = str(self.root)
        self._as_user: list[str] = []
        if os.geteuid() == 0:  # postgres will not run as root: hand the folder to 'postgres'
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]

    # --- lifecycle ------------------------------------------------------------------------
    def start(self) -> TempCluster:
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",  # replaced below: only the superuser goes without a password
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        )
        hba = self.data / "pg_hba.conf"
        # The superuser sets things up without a password; everyone else needs theirs.
        self._write_as_owner(hba, f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n")
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
            f"-p {self.port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60 -c shared_buffers=128MB"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )
        self.admin_sql(f"CREATE DATABASE {TEMPLATE}")
        self.admin_sql("CREATE EXTENSION postgis", dbname=TEMPLATE)
        return self

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError, OSError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> TempCluster:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- using it -------------------------------------------------------------------------
    def url(self, dbname: str, user: str = SUPERUSER, password: str | None = None) -> str:
        """A libpq URL for ``dbname`` through the cluster's socket."""
        auth = user if password is None else f"{user}:{password}"
        return f"postgresql://{auth}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def admin_sql(self, sql: str, dbname: str = "postgres") -> None:
        """Run SQL as the superuser (autocommit: CREATE DATABASE needs it)."""
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as connection:
            connection.execute(sql)

    def create_database(self, name: str, postgis: bool = True) -> str:
        """A new database (with PostGIS unless told otherwise); returns its superuser URL."""
        template = TEMPLATE if postgis else "template0"
        self.admin_sql(f'CREATE DATABASE "{name}" TEMPLATE {template}')
        return self.url(name)

    def create_role(self, name: str, password: str) -> None:
        self.admin_sql(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'")

    # --- helpers --------------------------------------------------------------------------
    def _run(self, program: str, *args: str) -> None:
        assert self.bindir is not None
        command = [*self._as_user, str(self.bindir / program), *args]
        started = time.monotonic()
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.root)
        if done.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(
                f"{program} failed ({done.returncode}, {time.monotonic() - started:.1f}s): "
                f"{done.stderr.strip()} {tail}"
            )

    def _write_as_owner(self, path: Path, text: str) -> None:
        stat = path.stat()
        path.write_text(text)
        if os.geteuid() == 0:
            os.chown(path, stat.st_uid, stat.st_gid)
