"""A workspace shared with other programs: QGIS-style edits kept, another writer's transaction
never overwritten, links, modes, older files and hostile files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import threading
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pyogrio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import Polygon

from geodata.event_columns import LazyEvents
from geodata.model import Event, Source, Zone
from geodata.workspace import (
    WorkspaceError,
    add_to_workspace,
    columns,
    list_imports,
    open_workspace,
    read_workspace,
    sqlite_io,
)
from geodata.workspace.gpkg import point_blob
from geodata.workspace.sqlite_io import register_geometry_functions

OLD_VERSION = Path(__file__).parent / "fixtures" / "workspace" / "v0_1.gpkg"
SOURCE = (Source(url="https://example.org/a", publisher="P"),)


def event(i: int, **changes) -> Event:
    values = dict(
        id=f"ws:w:e{i}",
        date=date(2023, 1, 1) + timedelta(days=i % 50),
        title=f"event {i}",
        kind="incident",
        lat=35.0 + (i % 100) / 100,
        lon=37.0 + (i % 90) / 100,
        participants=("sdf",) if i % 2 else (),
        sources=SOURCE,
        origin="w",
    )
    values.update(changes)
    return Event(**values)


def zone(**changes) -> Zone:
    values = dict(
        id="ws:w:z1",
        name="Zone",
        controller="sdf",
        geometry=Polygon([(38, 36), (39, 36), (39, 37)]),
        valid_from=date(2021, 1, 1),
        sources=SOURCE,
        origin="w",
    )
    values.update(changes)
    return Zone(**values)


def sqlite(path: Path) -> sqlite3.Connection:
    """A plain connection, as the sqlite3 shell or another program would open the file."""
    return sqlite3.connect(path, isolation_level=None)


def names(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


# --- what QGIS (or sqlite3) does to the file is kept ----------------------------------------


def test_a_qgis_style_edit_is_kept_and_shown_after_the_atlas_saves(tmp_path):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [event(1), event(2)], [zone()])
    connection = sqlite(path)
    # A style table, a column of one's own, a moved point, a retitled event.
    connection.execute("CREATE TABLE layer_styles (id INTEGER PRIMARY KEY, f_table_name TEXT)")
    connection.execute("INSERT INTO layer_styles (f_table_name) VALUES ('events')")
    connection.execute("ALTER TABLE events ADD COLUMN analyst_note TEXT")
    connection.execute("UPDATE events SET analyst_note = 'checked' WHERE id = 'ws:w:e1'")
    connection.execute(
        "UPDATE events SET geom = ?, title = 'moved in QGIS' WHERE id = 'ws:w:e2'",
        (point_blob(36.5, 36.25),),
    )
    connection.close()
    moved = read_workspace(path)[0][1]
    assert (moved.title, moved.lat, moved.lon) == ("moved in QGIS", 36.25, 36.5)

    add_to_workspace(path, [event(3)])  # the atlas saves: one row appended
    events, _ = open_workspace(path)
    assert isinstance(events, LazyEvents)  # the copy is made again by the save
    by_id = {e.id: e for e in events}
    assert (by_id["ws:w:e2"].lat, by_id["ws:w:e2"].lon) == (36.25, 36.5)
    assert by_id["ws:w:e2"].title == "moved in QGIS" and len(by_id) == 3
    connection = sqlite(path)
    assert connection.execute("SELECT f_table_name FROM layer_styles").fetchall() == [("events",)]
    assert connection.execute(
        "SELECT analyst_note FROM events WHERE id = 'ws:w:e1'"
    ).fetchone() == ("checked",)
    connection.close()


def test_importing_again_updates_rows_in_place_keeping_their_extra_columns(tmp_path):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [event(1), event(2)])
    connection = sqlite(path)
    connection.execute("ALTER TABLE events ADD COLUMN tag TEXT")
    connection.execute("UPDATE events SET tag = 'mine'")
    fids = connection.execute("SELECT fid, id FROM events ORDER BY fid").fetchall()
    connection.close()
    summary = add_to_workspace(path, [event(2, title="corrected")])
    assert (summary.added, summary.replaced) == (0, 1)
    connection = sqlite(path)
    assert connection.execute("SELECT fid, id FROM events ORDER BY fid").fetchall() == fids
    assert connection.execute("SELECT DISTINCT tag FROM events").fetchall() == [("mine",)]
    connection.close()
    assert [e.title for e in read_workspace(path)[0]] == ["event 1", "corrected"]


def test_another_programs_open_transaction_is_never_overwritten(tmp_path, monkeypatch):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [event(1)])
    monkeypatch.setattr(sqlite_io, "BUSY_SECONDS", 0.2)
    other = sqlite(path)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO events (id, date, title) VALUES ('qgis:1', '2023-05-01', 'Q')")
    with pytest.raises(WorkspaceError, match="another program .* is writing to it") as failed:
        add_to_workspace(path, [event(2)])
    assert "\n" not in str(failed.value)
    other.execute("COMMIT")  # its commit lands, and nothing of the failed save
    other.close()
    assert [e.id for e in read_workspace(path)[0]] == ["ws:w:e1", "qgis:1"]
    add_to_workspace(path, [event(2)])  # the same save, tried again, works
    assert [e.id for e in read_workspace(path)[0]] == ["ws:w:e1", "qgis:1", "ws:w:e2"]


def test_a_save_waits_for_another_writer_to_commit(tmp_path, monkeypatch):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [event(1)])
    monkeypatch.setattr(sqlite_io, "BUSY_SECONDS", 30.0)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO events (id, date, title) VALUES ('qgis:1', '2023-05-01', 'Q')")
    started = threading.Event()

    def commit_later():
        started.wait()
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=commit_later)
    thread.start()
    timer = threading.Timer(0.3, started.set)
    timer.start()
    add_to_workspace(path, [event(2)])  # waits on the lock, then saves
    thread.join()
    assert {e.id for e in read_workspace(path)[0]} == {"ws:w:e1", "qgis:1", "ws:w:e2"}


# --- the file itself: links, modes, litter --------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_symlinked_workspace_is_updated_through_the_link(tmp_path):
    real = tmp_path / "real" / "w.gpkg"
    add_to_workspace(real, [event(1)])
    link = tmp_path / "link.gpkg"
    link.symlink_to(real)
    add_to_workspace(link, [event(2)])
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert len(read_workspace(real)[0]) == 2
    assert names(real) == ["w.gpkg"] and names(link) == ["link.gpkg", "real"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_file_mode_and_owner_are_kept(tmp_path):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [event(1)])
    path.chmod(0o600)
    before = path.stat()
    add_to_workspace(path, [event(2)])
    after = path.stat()
    assert stat.S_IMODE(after.st_mode) == 0o600
    assert (after.st_uid, after.st_gid, after.st_ino) == (
        before.st_uid,
        before.st_gid,
        before.st_ino,
    )


def test_no_lock_or_temporary_file_is_left_beside_the_workspace(tmp_path):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [event(1)])
    add_to_workspace(path, [event(2)], [zone()])
    read_workspace(path)
    assert names(path) == ["w.gpkg"]


@pytest.mark.parametrize("where", ["/", "/dev/null", "folder"])
def test_a_path_that_cannot_be_a_workspace_is_one_line(tmp_path, where):
    path = tmp_path if where == "folder" else Path(where)
    with pytest.raises(WorkspaceError, match="folder|not a regular file") as failed:
        add_to_workspace(path, [event(1)])
    assert "\n" not in str(failed.value)
    with pytest.raises(WorkspaceError):
        read_workspace(path)


def test_a_very_long_path_is_one_line_and_leaves_nothing(tmp_path):
    path = tmp_path / ("d" * 300) / "w.gpkg"
    with pytest.raises(WorkspaceError) as failed:
        add_to_workspace(path, [event(1)])
    assert "\n" not in str(failed.value) and len(str(failed.value)) < 400
    assert names(tmp_path / "x") == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores modes")
def test_a_read_only_folder_is_one_line(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WorkspaceError, match="cannot"):
            add_to_workspace(folder / "w.gpkg", [event(1)])
    finally:
        folder.chmod(0o700)


# --- older and hostile files ---------------------------------------------------------------


def test_a_workspace_of_the_previous_version_opens_and_upgrades_in_place(tmp_path):
    path = tmp_path / "v0_1.gpkg"
    shutil.copy(OLD_VERSION, path)
    (tmp_path / ".v0_1.gpkg.lock").touch()  # what version 0.1 left beside it
    (tmp_path / ".v0_1.gpkg.saving-4242.gpkg").write_bytes(b"a killed save")
    before, zones = read_workspace(path)
    assert len(before) == 5 and len(zones) == 1 and len(list_imports(path)) == 1
    inode = path.stat().st_ino
    add_to_workspace(path, [replace(before[0], id="ws:v0_1:new", title="added")])
    events, _ = open_workspace(path)
    assert isinstance(events, LazyEvents) and len(events) == 6  # the copy, in its new format
    assert list(events)[:5] == before and path.stat().st_ino == inode
    assert names(path) == ["v0_1.gpkg"]  # its lock and temporary files swept
    # GDAL's own spatial-index triggers kept working (the atlas gives them their functions).
    connection = sqlite(path)
    assert connection.execute("SELECT count(*) FROM rtree_events_geom").fetchone() == (6,)
    connection.close()
    assert pyogrio.read_info(path, layer="events")["features"] == 6


def test_qgis_moving_a_point_in_a_gdal_made_workspace_is_what_the_atlas_shows(tmp_path):
    path = tmp_path / "v0_1.gpkg"
    shutil.copy(OLD_VERSION, path)
    connection = sqlite(path)
    register_geometry_functions(connection)  # QGIS has these; the R-tree triggers call them
    connection.execute("UPDATE events SET geom = ? WHERE fid = 1", (point_blob(36.0, 36.75),))
    connection.close()
    first = read_workspace(path)[0][0]
    assert (first.lat, first.lon) == (36.75, 36.0)


def test_a_workspace_file_called_bundled_never_passes_for_curated_data(tmp_path):
    path = tmp_path / "bundled.gpkg"
    add_to_workspace(path, [event(1, origin="bundled"), event(2, origin="")])
    events, _ = open_workspace(path)
    assert {e.origin for e in events} == {"bundled-workspace"}
    columns_drop(path)
    assert {e.origin for e in read_workspace(path)[0]} == {"bundled-workspace"}


def test_rows_or_a_doctored_copy_claiming_bundled_origin_stay_imported(tmp_path):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [event(1), event(2)])
    connection = sqlite(path)
    connection.execute(
        f"UPDATE {columns.TABLE} SET origin_names = CAST(? AS BLOB) WHERE first_rowid IS NOT NULL",
        (b'["bundled"]',),
    )
    connection.close()
    events, _ = open_workspace(path)
    assert isinstance(events, LazyEvents) and {e.origin for e in events} == {"w"}
    connection = sqlite(path)
    connection.execute("UPDATE events SET origin = 'bundled'")
    connection.close()
    assert {e.origin for e in read_workspace(path)[0]} == {"w"}


@pytest.mark.parametrize("via_copy", [True, False])
def test_stored_coordinates_outside_the_globe_are_refused_naming_the_row(tmp_path, via_copy):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [event(1), event(2), event(3)])
    connection = sqlite(path)
    connection.execute("UPDATE events SET geom = ? WHERE fid = 2", (point_blob(37.0, 95.0),))
    connection.close()
    if via_copy:
        add_to_workspace(path, [event(4)])  # the copy is made from the edited layer
    with pytest.raises(WorkspaceError, match=r"w.gpkg: layer events, feature 2: .*95\.0"):
        open_workspace(path)


def test_a_layer_that_is_an_endless_view_is_stopped_with_one_line(tmp_path, monkeypatch):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [event(1)])
    connection = sqlite(path)
    connection.execute("ALTER TABLE events RENAME TO events_table")
    connection.execute(
        "CREATE VIEW events AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
        "SELECT x AS fid, 'e' || x AS id, '2023-01-01' AS date FROM n"
    )
    connection.close()
    monkeypatch.setattr(sqlite_io, "VIEW_SECONDS", 0.5)
    with pytest.raises(WorkspaceError, match="did not finish") as failed:
        read_workspace(path)
    assert "\n" not in str(failed.value)


@pytest.mark.parametrize("damage", ["truncated", "garbled"])
def test_a_corrupt_geopackage_is_one_clear_line(tmp_path, damage):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [event(i) for i in range(300)], [zone()])
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 3]
    else:
        data[4096:12288] = os.urandom(8192)
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError) as failed:
        read_workspace(path)
        add_to_workspace(path, [event(1000)])
    message = str(failed.value)
    assert "\n" not in message and "w.gpkg" in message and len(message) < 400


# --- a save writes only what changed; the copy always matches ---------------------------------


def columns_drop(path: Path) -> None:
    connection = sqlite(path)
    connection.execute(f"DROP TABLE IF EXISTS {columns.TABLE}")
    connection.close()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    batches=st.lists(
        st.lists(st.integers(min_value=0, max_value=60), min_size=0, max_size=25),
        min_size=1,
        max_size=6,
    )
)
def test_any_run_of_appends_and_replacements_opens_as_the_layer_reads(
    tmp_path_factory, monkeypatch, batches
):
    """Small segments, so appends grow the tail, spill into new segments and replacements
    land in the middle ones: the copy opened must equal the layer read row by row."""
    monkeypatch.setattr(columns, "SEGMENT_ROWS", 7)
    path = tmp_path_factory.mktemp("fuzz") / "w.gpkg"
    expected: dict[str, Event] = {}
    for number, batch in enumerate(batches):
        records = [event(i, title=f"event {i} v{number}") for i in batch]
        add_to_workspace(path, records)
        for record in records:
            expected[record.id] = record
    opened, _ = open_workspace(path)
    assert isinstance(opened, LazyEvents)
    assert {e.id: e for e in opened} == expected
    columns_drop(path)
    assert list(read_workspace(path)[0]) == list(opened)


def test_a_first_save_that_fails_leaves_no_file(tmp_path, monkeypatch):
    from geodata.workspace import store

    def fail(connection, layer):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "_layer_written", fail)
    with pytest.raises(WorkspaceError, match="disk is full"):
        add_to_workspace(tmp_path / "new.gpkg", [event(1)])
    assert list(tmp_path.iterdir()) == []


def test_a_workspace_qgis_put_in_wal_mode_reads_and_saves_while_qgis_has_it_open(tmp_path):
    """QGIS opens GeoPackages in WAL mode: its commits sit in ``-wal`` until a checkpoint."""
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [event(1, summary="first")])
    qgis = sqlite(path)
    assert qgis.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    qgis.execute("UPDATE events SET title = 'from QGIS', summary = 'edited' WHERE id = 'ws:w:e1'")
    assert path.with_name("w.gpkg-wal").exists()
    (first,) = read_workspace(path)[0]
    assert (first.title, first.summary) == ("from QGIS", "edited")  # lazy fields too
    add_to_workspace(path, [event(2, summary="second")])
    events, _ = open_workspace(path)
    assert isinstance(events, LazyEvents)
    assert [(e.title, e.summary) for e in events] == [
        ("from QGIS", "edited"),
        ("event 2", "second"),
    ]
    qgis.close()
    assert names(path) == ["w.gpkg"]


def test_another_programs_sqlite_database_is_never_written_to(tmp_path):
    path = tmp_path / "places.sqlite"
    connection = sqlite(path)
    connection.execute("CREATE TABLE bookmarks (url TEXT)")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="not a GeoPackage"):
        add_to_workspace(path, [event(1)])
    assert path.read_bytes() == before and names(path) == ["places.sqlite"]


def test_a_file_that_is_not_sqlite_is_never_written_to(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my notes\n" * 100)
    with pytest.raises(WorkspaceError, match="not a readable workspace GeoPackage"):
        add_to_workspace(path, [event(1)])
    assert path.read_text() == "my notes\n" * 100 and names(path) == ["notes.txt"]
