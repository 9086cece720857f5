"""Several writers on one database workspace, with real parallel processes and a real server:
imports are transactions that all land, edits never overwrite a newer row, a lost connection
leaves nothing behind, and listeners hear of every commit."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from desktop.app import main
from geodata.model import Event
from geodata.workspace_store import parse_workspace

ACLED = Path(__file__).parent / "fixtures" / "import" / "acled_syria_sample.csv"
PER_WRITER, SHARED = 3_000, 500  # events each writer brings; of them, ids both bring


def sql(url: str, query: str, *parameters):
    import psycopg

    with psycopg.connect(url) as connection:
        cursor = connection.execute(query, parameters or None)
        return cursor.fetchall() if cursor.description else None


def events_of(writer: str, name: str) -> list[Event]:
    """``SHARED`` ids both writers bring (shuffled differently), the rest their own."""
    own = [f"ws:{name}:{writer}-{i}" for i in range(PER_WRITER - SHARED)]
    shared = [f"ws:{name}:shared-{i}" for i in range(SHARED)]
    ids = own + (shared if writer == "ana" else shared[::-1])
    return [
        Event(id=ident, date=date(2023, 4, 1 + i % 28), title=f"{writer} {i}", kind="other",
              lat=35.0 + i * 1e-4, lon=37.0, participants=("sdf",), origin=name)
        for i, ident in enumerate(ids)
    ]  # fmt: skip


def _import_while_the_other_does(url: str, writer: str, name: str, barrier) -> str:
    """A child process: import, pausing mid-COPY until the other writer is mid-COPY too, so
    both transactions are open at once before either commits."""
    from geodata.workspace import ImportRecord
    from geodata.workspace_pg import writing

    writing._BATCH = 500
    met = []

    def rows_sent(connection, layer, count):
        if not met:
            met.append(barrier.wait(timeout=60))

    writing._rows_sent = rows_sent
    provenance = ImportRecord(file=f"{writer}.csv", path=f"/{writer}.csv", format="csv",
                              kind="events", rows=PER_WRITER, records=PER_WRITER)  # fmt: skip
    written = writing.add_to_workspace(
        parse_workspace(url), events_of(writer, name), (), provenance
    )
    return f"{written.added} {written.replaced}"


def test_two_analysts_importing_at_the_same_time_both_land(pg_db, capsys):
    main(["query", "m4", "--workspace", pg_db()])  # the owner makes the tables
    capsys.readouterr()
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(2)
    with context.Pool(2) as pool:
        results = [
            pool.apply_async(_import_while_the_other_does, (pg_db(w), w, pg_db.name, barrier))
            for w in ("ana", "bo")
        ]
        outcomes = [r.get(timeout=240) for r in results]
    added = sorted(int(o.split()[0]) for o in outcomes)
    assert added == [PER_WRITER - SHARED, PER_WRITER]  # the later commit replaced the shared
    total = 2 * PER_WRITER - SHARED
    assert sql(pg_db(), "SELECT count(*) FROM events") == [(total,)]
    by_role = dict(sql(pg_db(), "SELECT imported_by, count(*) FROM events GROUP BY 1"))
    assert by_role["ana"] >= PER_WRITER - SHARED and by_role["bo"] >= PER_WRITER - SHARED
    assert sum(by_role.values()) == total
    imports = sql(pg_db(), "SELECT imported_by, file FROM imports ORDER BY 1")
    assert imports == [("ana", "ana.csv"), ("bo", "bo.csv")]
    assert sql(pg_db(), "SELECT max(row_version) FROM events WHERE id LIKE '%shared%'") == [(2,)]


def test_an_edit_never_overwrites_a_newer_version(pg_db, capsys):
    from geodata.workspace_pg.writing import StaleEdit, row_versions, update_event

    main(["import", str(ACLED), "--workspace", pg_db()])
    capsys.readouterr()
    ana, bo = parse_workspace(pg_db("ana")), parse_workspace(pg_db("bo"))
    events, _ = __import__("geodata.workspace_store").workspace_store.read_workspace(ana)
    event = events[0]
    read = row_versions(ana, "events", [event.id])[event.id].version  # both read version 1
    assert update_event(ana, _retitled(event, "ana's title"), read) == read + 1
    with pytest.raises(StaleEdit, match=r"was changed by ana at .* \(version 2, you read 1\)"):
        update_event(bo, _retitled(event, "bo's title"), read)
    assert sql(pg_db(), "SELECT title, changed_by FROM events WHERE id = %s", event.id) == [
        ("ana's title", "ana")
    ]


def _retitled(event: Event, title: str) -> Event:
    from dataclasses import replace

    return replace(event, title=title)


def test_a_connection_lost_mid_import_rolls_back_with_one_line(
    pg_db, capsys, tmp_path, monkeypatch
):
    import psycopg

    from geodata.workspace_pg import writing

    main(["query", "m4", "--workspace", pg_db()])
    capsys.readouterr()
    lines = ["event_date,latitude,longitude,notes"]
    lines += [f"2023-04-{1 + i % 28:02d},36.{i:04d},37.1,row {i}" for i in range(1_000)]
    (tmp_path / "big.csv").write_text("\n".join(lines) + "\n")

    def server_goes_away(connection, layer, count):  # the server ends the session mid-COPY
        with psycopg.connect(pg_db(), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (connection.info.backend_pid,))

    monkeypatch.setattr(writing, "_BATCH", 200)
    monkeypatch.setattr(writing, "_rows_sent", server_goes_away)
    code = main(["import", str(tmp_path / "big.csv"), "--workspace", pg_db("ana")])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("syria-atlas: error: lost the connection")
    assert "nothing was written" in lines[0] and "ana-secret" not in err
    assert sql(pg_db(), "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM imports)") == [
        (0, 0)
    ]


def test_a_listener_hears_another_process_commit(pg_db, capsys):
    from geodata.workspace_pg.changes import ChangeListener

    main(["query", "m4", "--workspace", pg_db()])
    capsys.readouterr()
    heard: list[str] = []
    arrived = threading.Event()

    def on_change(table: str) -> None:
        heard.append(table)
        arrived.set()

    listener = ChangeListener(parse_workspace(pg_db("reader")), on_change).start()
    try:
        assert listener.listening.wait(30)
        command = [sys.executable, "-m", "desktop.app", "import", str(ACLED),
                   "--workspace", pg_db("bo")]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert arrived.wait(60)
        assert {"events", "imports"} <= set(heard) or arrived.wait(5)
    finally:
        listener.stop()


def test_a_listener_whose_connection_drops_reconnects_and_says_anything_may_have_changed(
    pg_db, capsys, monkeypatch
):
    from geodata.workspace_pg import changes
    from geodata.workspace_pg.changes import ChangeListener

    main(["query", "m4", "--workspace", pg_db()])
    capsys.readouterr()
    heard: list[str] = []
    again = threading.Event()

    def on_change(table: str) -> None:
        heard.append(table)
        if table == "":
            again.set()

    monkeypatch.setattr(changes, "RETRY_S", 0.2)
    listener = ChangeListener(parse_workspace(pg_db("reader")), on_change).start()
    try:
        assert listener.listening.wait(30)
        sql(pg_db(), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE usename = 'reader' AND query LIKE 'LISTEN%'")  # fmt: skip
        assert again.wait(60)  # reconnected: told to reload, since commits may have been missed
        assert listener.listening.wait(30)
        main(["import", str(ACLED), "--workspace", pg_db("bo")])
        capsys.readouterr()
        deadline = threading.Event()
        for _ in range(120):  # the commit's notice arrives on the new connection
            if "events" in heard:
                break
            deadline.wait(0.5)
        assert "events" in heard
    finally:
        listener.stop()
