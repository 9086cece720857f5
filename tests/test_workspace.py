"""Workspaces: round trip of every field, re-imports, provenance, and saves that never lose data."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyogrio
import pytest
from shapely.geometry import Polygon
from workspace_records import full_event, full_zone

from geodata.importers import read_file
from geodata.model import Zone
from geodata.workspace import (
    ImportRecord,
    WorkspaceError,
    add_to_workspace,
    default_workspace_path,
    list_imports,
    read_workspace,
    save_workspace,
    store,
    workspace_name,
)

FIXTURES = Path(__file__).parent / "fixtures" / "import"
ACLED = FIXTURES / "acled_syria_sample.csv"
REPO = Path(__file__).resolve().parents[1]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_field_survives_a_round_trip(tmp_path):
    path = tmp_path / "w.gpkg"
    event, bare = full_event(), full_event(id="ws:w:e2", lat=None, lon=None, sources=())
    zone, open_zone = (
        full_zone(),
        full_zone(id="ws:w:z2", valid_to=None, geometry=Polygon([(36, 35), (37, 35), (37, 36)])),
    )
    add_to_workspace(path, [event, bare], [zone, open_zone])
    events, zones = read_workspace(path)
    assert events == [event, bare]
    for read, original in zip(zones, (zone, open_zone), strict=True):
        assert read.geometry.equals(original.geometry)
        assert read.geometry.geom_type == original.geometry.geom_type
        assert read.imported  # a workspace's zones carry its name as their origin
        assert read == Zone(
            **{**original.__dict__, "geometry": read.geometry, "origin": read.origin}
        )


def test_workspace_is_a_plain_geopackage_with_three_layers(tmp_path):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [full_event()], [full_zone()])
    layers = dict(pyogrio.list_layers(path))
    assert layers["events"] == "Point" and layers["imports"] is None
    assert set(layers) == {"events", "zones", "imports"}


def test_importing_again_replaces_records_with_the_same_id(tmp_path):
    path = tmp_path / "w.gpkg"
    first = add_to_workspace(path, [full_event(), full_event(id="ws:w:e2")])
    again = add_to_workspace(path, [full_event(title="corrected"), full_event(id="ws:w:e3")])
    assert (first.added, first.replaced) == (2, 0)
    assert (again.added, again.replaced) == (1, 1)
    events, _ = read_workspace(path)
    assert sorted(e.id for e in events) == ["ws:w:e1", "ws:w:e2", "ws:w:e3"]
    assert next(e for e in events if e.id == "ws:w:e1").title == "corrected"


def test_each_import_is_recorded_with_its_provenance(tmp_path):
    path = tmp_path / "w.gpkg"
    record = ImportRecord(
        file="a.csv",
        path="/data/a.csv",
        format="csv",
        kind="events",
        rows=3,
        records=2,
        warnings=("a warning",),
    )
    add_to_workspace(path, [full_event()], provenance=record)
    add_to_workspace(path, [full_event(id="ws:w:e9")], provenance=record)
    history = list_imports(path)
    assert [h.file for h in history] == ["a.csv", "a.csv"]
    assert history[0].warnings == ("a warning",) and history[0].rows == 3
    assert history[0].imported_at.endswith("+00:00")


def test_reading_leaves_the_file_byte_for_byte_unchanged(tmp_path):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [full_event()], [full_zone()])
    before = digest(path)
    read_workspace(path)
    list_imports(path)
    assert digest(path) == before


def test_a_disk_full_midway_leaves_the_old_workspace_and_one_line(tmp_path, monkeypatch):
    """SQLite's own "disk full" (a page limit reached midway): rolled back, byte for byte, and
    reported in one line without SQL text."""
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [full_event()])
    before = digest(path)

    def fill_the_disk(connection, layer):
        if layer == "events":
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(store, "_layer_written", fill_the_disk)
    with pytest.raises(WorkspaceError) as failed:
        add_to_workspace(path, [full_event(id="ws:w:e2")], [full_zone(notes="n" * 100_000)])
    message = str(failed.value)
    assert "disk is full" in message and "\n" not in message and "INSERT" not in message
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.gpkg"]  # no journal, no temp


def test_missing_and_non_geopackage_workspaces_are_clear_errors(tmp_path):
    with pytest.raises(WorkspaceError, match=r"workspace not found: .*nope.gpkg"):
        read_workspace(tmp_path / "nope.gpkg")
    junk = tmp_path / "junk.gpkg"
    junk.write_text("not a database")
    with pytest.raises(WorkspaceError, match=r"not a readable workspace GeoPackage"):
        read_workspace(junk)


def test_default_path_is_in_the_user_data_directory(monkeypatch, tmp_path):
    monkeypatch.delenv("SYRIA_ATLAS_WORKSPACE", raising=False)
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
        assert default_workspace_path() == tmp_path / "northern-syria-atlas" / "workspace.gpkg"
    else:
        assert default_workspace_path().name == "workspace.gpkg"
    monkeypatch.setenv("SYRIA_ATLAS_WORKSPACE", str(tmp_path / "mine.gpkg"))
    assert default_workspace_path() == tmp_path / "mine.gpkg"
    assert workspace_name(default_workspace_path()) == "mine"


def test_save_workspace_creates_missing_folders(tmp_path):
    path = tmp_path / "a" / "b" / "w.gpkg"
    save_workspace(path, [full_event()], [])
    assert read_workspace(path)[0] == [full_event()]


# --- a process killed while saving -----------------------------------------------------------

# The child imports the ACLED fixture into the workspace and stops dead inside the save's
# transaction, after a layer is written (its pages pushed out to the file itself: a tiny page
# cache makes SQLite spill them), and the parent kills it there: with SIGKILL, which no cleanup
# can intercept, or with SIGTERM, which the command line turns into a clean rollback.
CHILD = """
import sys, time
from pathlib import Path
from geodata.errors import terminate_cleanly
from geodata.workspace import add_to_workspace, store
from geodata.importers import read_file

target, marker, source, stop_after = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
terminate_cleanly()

def pause(connection, layer):
    if layer == "events":
        connection.execute("PRAGMA cache_size = 1")
        connection.execute("CREATE TABLE spill AS SELECT * FROM events")
    if layer == stop_after:
        marker.write_text("paused")
        time.sleep(600)

store._layer_written = pause
result = read_file(source, origin="w")
add_to_workspace(target, result.events, result.zones)
"""


def run_child_until_paused(path: Path, tmp_path: Path, stop_after: str) -> subprocess.Popen:
    marker = tmp_path / "paused"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(marker), str(ACLED), stop_after], env=env
    )
    for _ in range(1200):  # a guard against a hung child, not a timing assertion
        if marker.exists() or child.poll() is not None:
            break
        time.sleep(0.05)
    if not marker.exists():
        child.kill()
        child.wait()
        pytest.fail("the child never reached the save")
    return child


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("stop_after", ["events", "zones", "imports"])
def test_killing_a_save_midway_leaves_the_last_commit(tmp_path, stop_after):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [full_event()], [full_zone()])
    before = digest(path)
    child = run_child_until_paused(path, tmp_path, stop_after)
    try:
        journal = path.with_name(path.name + "-journal")
        assert journal.exists() and digest(path) != before  # mid-write: the file itself changed
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    assert journal.exists()  # hot: what SQLite rolls back at the next open
    assert read_workspace(path)[0] == [full_event()]
    assert digest(path) == before and not journal.exists()
    # The next save works as usual.
    add_to_workspace(path, read_file(ACLED, origin="w").events)
    assert len(read_workspace(path)[0]) == 21


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigterm_during_a_save_rolls_back_and_leaves_no_journal(tmp_path):
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [full_event()], [full_zone()])
    before = digest(path)
    child = run_child_until_paused(path, tmp_path, "zones")
    try:
        child.send_signal(signal.SIGTERM)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode != 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["paused", "w.gpkg"]
    assert digest(path) == before
