"""The PostGIS team workspace against a real server (see conftest.pg_cluster): the command
line works with a database wherever it takes a workspace file, failures are one clear line,
and copies between the two backends lose nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from desktop.app import main
from geodata.workspace_pg.target import DatabaseWorkspace
from geodata.workspace_store import list_imports, parse_workspace, read_workspace

FIXTURES = Path(__file__).parent / "fixtures" / "import"
ACLED = FIXTURES / "acled_syria_sample.csv"
ZONES = FIXTURES / "zones.geojson"


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def sql(url: str, query: str, *parameters):
    import psycopg

    with psycopg.connect(url) as connection:
        cursor = connection.execute(query, parameters or None)
        return cursor.fetchall() if cursor.description else None


def one_error_line(err: str, *words: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("syria-atlas: error: "), err
    for word in words:
        assert word in lines[0], lines[0]
    assert "Traceback" not in err
    return lines[0]


# --- connection strings ----------------------------------------------------------------------


def test_a_database_workspace_is_shown_and_remembered_without_its_password():
    workspace = parse_workspace("postgresql://ana:s3cret@db.example:5433/atlas?sslmode=require")
    assert isinstance(workspace, DatabaseWorkspace)
    assert str(workspace) == "postgresql://ana@db.example:5433/atlas?sslmode=require"
    assert workspace.name == "atlas"
    keywords = parse_workspace("service=team password=s3cret")
    assert "s3cret" not in str(keywords) and "s3cret" not in repr(keywords)
    assert keywords.name == "team"
    typed = workspace.with_password("typed")
    assert "typed" not in str(typed) + repr(typed)
    assert isinstance(parse_workspace("~/maps/team=a.gpkg"), Path)  # a file stays a file


# --- first use, versions, indexes ------------------------------------------------------------


def test_first_use_makes_the_versioned_schema_with_spatial_indexes(pg_db, capsys):
    code, out, err = cli(capsys, "query", "events", "--workspace", pg_db(), "--from", "2030-01-01")
    assert (code, err) == (0, "")
    assert json.loads(out) == []
    from geodata.workspace_pg.schema import VERSION

    assert sql(pg_db(), "SELECT version, name FROM atlas_schema") == [(VERSION, pg_db.name)]
    gist = {
        row[0] for row in sql(pg_db(), "SELECT indexname FROM pg_indexes WHERE indexdef ~ 'gist'")
    }
    assert {"events_geom_idx", "zones_geom_idx"} <= gist
    tables = {row[0] for row in sql(pg_db(), "SELECT tablename FROM pg_tables")}
    assert {"events", "zones", "imports", "control_records"} <= tables


def test_a_role_that_may_not_create_tables_is_told_to_ask_the_owner(pg_db, capsys):
    code, _, err = cli(capsys, "query", "events", "--workspace", pg_db("ana"))
    assert code == 1
    one_error_line(err, "no atlas workspace yet", "ask the database owner")


def test_old_schema_version_is_one_line_for_a_reader_and_upgraded_by_the_owner(pg_db, capsys):
    import psycopg

    from geodata.workspace_pg.schema import VERSION, ensure_schema, stored_version

    owner = DatabaseWorkspace(pg_db())
    with psycopg.connect(owner.conninfo) as connection:
        ensure_schema(owner, connection, upto=1)  # a workspace made by an older atlas
    code, _, err = cli(capsys, "query", "events", "--workspace", pg_db("reader"))
    assert code == 1
    one_error_line(err, "old schema version 1", f"needs {VERSION}", "owner")
    code, _, err = cli(capsys, "query", "events", "--workspace", pg_db())
    assert (code, err) == (0, "")
    with psycopg.connect(owner.conninfo) as connection:
        assert stored_version(connection)[0] == VERSION


def test_a_newer_schema_version_is_one_line(pg_db, capsys):
    cli(capsys, "query", "events", "--workspace", pg_db())
    sql(pg_db(), "UPDATE atlas_schema SET version = 99")
    code, _, err = cli(capsys, "query", "m4", "--workspace", pg_db())
    assert code == 1
    one_error_line(err, "schema version 99", "update the atlas")


def test_a_database_without_postgis_is_one_line(pg_cluster, capsys):
    url = pg_cluster.create_database("no_postgis_here", postgis=False)
    try:
        code, _, err = cli(capsys, "query", "events", "--workspace", url)
        assert code == 1
        one_error_line(err, "PostGIS extension is not installed", "CREATE EXTENSION postgis")
    finally:
        pg_cluster.admin_sql("DROP DATABASE no_postgis_here")


# --- passwords -------------------------------------------------------------------------------


def test_a_wrong_password_is_one_line_that_never_shows_the_password(pg_db, capsys):
    cli(capsys, "query", "events", "--workspace", pg_db())
    code, out, err = cli(
        capsys, "query", "events", "--workspace", pg_db("ana", password="not-the-one")
    )
    assert (code, out) == (1, "")
    one_error_line(err, "wrong password for role 'ana'")
    assert "not-the-one" not in err


def test_the_password_comes_from_pgpass(pg_db, capsys, tmp_path, monkeypatch):
    cli(capsys, "query", "events", "--workspace", pg_db())
    without = pg_db().replace("atlas_admin@", "ana@")
    code, _, err = cli(capsys, "query", "events", "--workspace", without)
    assert code == 1  # no terminal to ask on: says where the password goes
    one_error_line(err, "asks for a password", "~/.pgpass")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:{pg_db.name}:ana:ana-secret\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    code, out, err = cli(capsys, "query", "events", "--workspace", without, "--from", "2030-01-01")
    assert (code, err, json.loads(out)) == (0, "", [])


# --- imports, provenance, roles --------------------------------------------------------------


def test_import_records_who_imported_what_and_when(pg_db, capsys):
    cli(capsys, "query", "events", "--workspace", pg_db())  # the owner makes the tables
    code, out, err = cli(capsys, "import", str(ACLED), "--workspace", pg_db("ana"))
    assert (code, err) == (0, "")
    shown = str(parse_workspace(pg_db("ana")))
    assert out == f"imported 20 events into {shown}\n" and "ana-secret" not in out
    rows = sql(
        pg_db(),
        "SELECT DISTINCT imported_by, import_id IS NOT NULL, imported_at <= now(), row_version "
        "FROM events",
    )
    assert rows == [("ana", True, True, 1)]
    code, out, _ = cli(capsys, "import", str(ACLED), "--workspace", pg_db("bo"))
    assert out.endswith("(20 replaced earlier imports with the same id)\n")
    assert sql(pg_db(), "SELECT DISTINCT imported_by, row_version FROM events") == [("bo", 2)]
    assert [r.file for r in list_imports(parse_workspace(pg_db()))] == [ACLED.name] * 2
    code, out, _ = cli(capsys, "query", "events", "--workspace", pg_db("reader"))
    ids = {e["id"] for e in json.loads(out) if e["id"].startswith("ws:")}
    assert code == 0 and len(ids) == 20
    assert all(i.startswith(f"ws:{pg_db.name}:SYRTEST") for i in ids)


def test_a_read_only_role_opens_and_exports_but_cannot_import(pg_db, capsys, tmp_path):
    cli(capsys, "import", str(ZONES), "--workspace", pg_db())
    code, out, _ = cli(capsys, "query", "controller", "--lat", "36.5", "--lon", "37.2",
                       "--workspace", pg_db("reader"))  # fmt: skip
    assert code == 0 and json.loads(out)
    page = tmp_path / "map.html"
    code, out, err = cli(capsys, "export", "html", "--out", str(page), "--workspace",
                         pg_db("reader"))  # fmt: skip
    assert (code, err) == (0, "") and page.is_file()
    manifest = json.loads(page.with_name(page.name + ".manifest.json").read_text())
    assert "reader-secret" not in json.dumps(manifest)
    before = sql(pg_db(), "SELECT count(*) FROM zones")
    code, out, err = cli(capsys, "import", str(ACLED), "--workspace", pg_db("reader"))
    assert (code, out) == (1, "")
    one_error_line(err, "role 'reader' may open and export this workspace but not import")
    assert sql(pg_db(), "SELECT count(*) FROM zones") == before
    assert sql(pg_db(), "SELECT count(*) FROM events") == [(0,)]


# --- copies between the two backends ---------------------------------------------------------


def _comparable(workspace):
    events, zones = read_workspace(workspace)
    return (
        sorted(events, key=lambda e: e.id),
        sorted((replace(z, origin="") for z in zones), key=lambda z: z.id),
        list_imports(workspace),
    )


def test_workspace_copy_gpkg_to_postgis_and_back_loses_nothing(pg_db, capsys, tmp_path):
    source = tmp_path / "team.gpkg"
    for fixture in (ACLED, ZONES, FIXTURES / "events.kml"):
        assert cli(capsys, "import", str(fixture), "--workspace", str(source))[0] == 0
    code, out, err = cli(capsys, "workspace", "copy", str(source), pg_db())
    assert (code, err) == (0, "")
    assert out.startswith("copied 2") and "3 import records" in out
    back = tmp_path / "back.gpkg"
    code, _, err = cli(capsys, "workspace", "copy", pg_db("reader"), str(back))
    assert (code, err) == (0, "")
    original = _comparable(source)
    assert original[0] and original[1] and len(original[2]) == 3
    assert _comparable(parse_workspace(pg_db())) == original
    assert _comparable(back) == original
    # Geometry went across byte for byte, not just "equal".
    assert [z.geometry.wkb for z in original[1]] == [z.geometry.wkb for z in _comparable(back)[1]]


def test_workspace_copy_refuses_a_target_that_holds_records(pg_db, capsys, tmp_path):
    cli(capsys, "import", str(ACLED), "--workspace", pg_db())
    source = tmp_path / "a.gpkg"
    cli(capsys, "import", str(ZONES), "--workspace", str(source))
    code, _, err = cli(capsys, "workspace", "copy", str(source), pg_db())
    assert code == 1
    one_error_line(err, "is not empty (20 events", "copy into an empty workspace")
    assert sql(pg_db(), "SELECT count(*) FROM zones") == [(0,)]
    code, _, err = cli(capsys, "workspace", "copy", pg_db(), str(source))
    assert code == 1
    one_error_line(err, "already exists")


def test_opening_reads_the_packed_columns_and_sees_changes_made_elsewhere(pg_db, capsys):
    assert cli(capsys, "import", str(ACLED), "--workspace", pg_db())[0] == 0
    assert sql(pg_db(), "SELECT rows FROM atlas_event_columns") == [(20,)]
    reader = parse_workspace(pg_db("reader"))
    events, _ = read_workspace(reader)
    assert [(e.date, e.id) for e in events] == sorted((e.date, e.id) for e in events)
    # Another program (QGIS, psql) edits the layer: the packed copy is dropped, not trusted.
    sql(pg_db(), "UPDATE events SET title = 'Edited elsewhere' WHERE id = %s", events[3].id)
    assert sql(pg_db(), "SELECT count(*) FROM atlas_event_columns") == [(0,)]
    again, _ = read_workspace(reader)
    assert again[3].title == "Edited elsewhere" and again[3].id == events[3].id
    assert again[:3] == events[:3] and again[4:] == events[4:]


def test_both_backends_keep_the_same_records_through_the_same_store_operations(pg_db, tmp_path):
    from datetime import date

    import shapely

    from geodata.model import Event, Source, Zone
    from geodata.workspace import ImportRecord
    from geodata.workspace_store import store_for

    cited = (Source(url="https://example.org/report", publisher="Example", date=date(2023, 4, 25)),)
    events = [
        Event(id=f"ws:t:{i}", date=date(2023, 4, 1 + i), title=f"Report «{i}» — حلب",
              kind="incident", lat=36.2 + i / 1e7, lon=37.15, participants=("sdf", "sna"),
              people=("A. Person",), summary="line one\nline two", zone_ids=("afrin",),
              sources=cited, origin="t")
        for i in range(5)
    ] + [Event(id="ws:t:nowhere", date=date(2020, 1, 1), title="No point", kind="other",
               origin="t")]  # fmt: skip
    zones = [
        Zone(id="ws:t:z", name="Zone", controller="sdf", valid_from=date(2019, 10, 23),
             geometry=shapely.Polygon([(37, 36), (38, 36), (38, 37.000000001), (37, 36)]),
             backers=("us_coalition",), contested=True, sources=cited, origin="t")
    ]  # fmt: skip
    history = [
        ImportRecord(file="a.csv", path="/a.csv", format="csv", kind="events", rows=6,
                     records=6, warnings=("w1",), imported_at="2023-05-01T10:00:00+00:00")
    ]  # fmt: skip
    results = []
    for where in (tmp_path / "t.gpkg", parse_workspace(pg_db())):
        store = store_for(where)
        store.replace_all(events, zones, history)
        summary = store.add(events[:2], (), history[0])
        assert (summary.added, summary.replaced) == (0, 2)
        read_events, read_zones = store.read()
        results.append(
            (
                sorted(read_events, key=lambda e: e.id),
                [replace(z, origin="") for z in read_zones],
                [r.file for r in store.imports()],
                store.imports()[0],
            )
        )
    assert results[0] == results[1]
    assert results[0][0] == sorted(events, key=lambda e: e.id)


def test_the_postgis_store_gives_the_workspace_store_interface():
    import inspect

    from geodata.workspace import WorkspaceStore
    from geodata.workspace_pg.store import PostgisStore

    wanted = [name for name in vars(WorkspaceStore) if not name.startswith("_")]
    assert wanted, "the interface lists its operations"
    for name in wanted:
        ours = inspect.signature(getattr(PostgisStore, name)).parameters
        theirs = inspect.signature(getattr(WorkspaceStore, name)).parameters
        assert list(ours) == list(theirs), name


def test_without_a_stored_password_the_terminal_asks_for_it(pg_db, capsys):
    """On a terminal, a password libpq did not find is asked for (not echoed), a wrong one
    asked again; the password never shows in the output."""
    import os
    import pty
    import select
    import subprocess
    import sys
    import time

    cli(capsys, "query", "events", "--workspace", pg_db())  # the owner makes the tables
    without = pg_db().replace("atlas_admin@", "ana@")
    leader, follower = pty.openpty()
    command = [sys.executable, "-m", "desktop.app", "query", "events", "--from", "2030-01-01",
               "--workspace", without]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("PGPASS")}
    process = subprocess.Popen(
        command, stdin=follower, stdout=follower, stderr=follower, env=env, close_fds=True,
        start_new_session=True,  # no controlling terminal: getpass reads this one, never yours
    )  # fmt: skip
    os.close(follower)
    seen, answers = b"", [b"not-it\n", b"ana-secret\n"]
    deadline = time.monotonic() + 120  # a bound on a hung child, not a speed check
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 1)
        if ready:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
            if seen.count(b"Password for") > 2 - len(answers):
                os.write(leader, answers.pop(0))
        elif process.poll() is not None:
            break
    assert process.wait(timeout=60) == 0, seen.decode(errors="replace")
    os.close(leader)
    text = seen.decode(errors="replace")
    assert text.count("Password for postgresql://ana@") == 2 and "wrong password" in text
    assert "ana-secret" not in text and "not-it" not in text
    assert text.rstrip().endswith("[]")
