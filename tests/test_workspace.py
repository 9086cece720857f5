"""Workspaces: round trip of every field, re-imports, provenance, and saves that never lose data."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pyogrio
import pytest
from shapely.geometry import MultiPolygon, Polygon

from geodata import workspace
from geodata.importers import read_file
from geodata.model import Event, Source, Zone
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


def full_event(**changes) -> Event:
    values = dict(
        id="ws:w:e1",
        date=date(2023, 4, 25),
        title='<b>Test</b> & "quotes" — إدلب',
        kind="meeting",
        lat=35.93062,
        lon=36.63393,
        place_name="Idlib",
        participants=("tr", "ru"),
        people=("Person A (test)",),
        summary="line one\nline two",
        zone_ids=("idlib",),
        feature_ids=("m4",),
        sources=(
            Source(url="https://example.org/a", publisher="P", date=date(2023, 4, 26), note="n"),
        ),
        origin="w",
    )
    values.update(changes)
    return Event(**values)


def full_zone(**changes) -> Zone:
    values = dict(
        id="ws:w:z1",
        name="Test zone",
        controller="hts",
        geometry=MultiPolygon(
            [Polygon([(36, 35), (37, 35), (37, 36)]), Polygon([(38, 35), (39, 35), (39, 36)])]
        ),
        valid_from=date(2020, 3, 6),
        valid_to=date(2024, 11, 27),
        area="idlib",
        backers=("tr",),
        accuracy="approximate (±5 km)",
        contested=True,
        notes="notes",
        sources=(Source(url="https://example.org/z"),),
    )
    values.update(changes)
    return Zone(**values)


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


# --- reading without GDAL: files written by other tools, and start-up cost -------------------


def test_events_are_saved_by_date_then_id_and_read_back_in_that_order(tmp_path):
    path = tmp_path / "w.gpkg"
    late = full_event(id="ws:w:a", date=date(2024, 1, 2))
    early_b = full_event(id="ws:w:b", date=date(2020, 5, 1))
    early_a = full_event(id="ws:w:c", date=date(2020, 5, 1), lat=None, lon=None)
    save_workspace(path, [late, early_b, early_a], [])
    assert read_workspace(path)[0] == [early_b, early_a, late]


def test_a_geopackage_written_by_another_tool_reads_with_the_model_defaults(tmp_path):
    """A layer edited in QGIS may lack columns, hold NULLs or name its geometry otherwise."""
    import geopandas
    from shapely.geometry import Point

    path = tmp_path / "qgis.gpkg"
    events = geopandas.GeoDataFrame(
        {
            "id": ["q1", "q2"],
            "date": ["2021-03-04", "2022-07-08"],
            "title": ["Shelling reported", None],
            "kind": ["incident", None],
            "lat": [36.2, None],
            "lon": [37.1, None],
            "participants": ['["turkey", "sdf"]', None],
        },
        geometry=[Point(37.1, 36.2), None],
        crs="EPSG:4326",
    )
    pyogrio.write_dataframe(events, path, layer="events", driver="GPKG", GEOMETRY_NAME="shape")
    zones = geopandas.GeoDataFrame(
        {
            "id": ["qz"],
            "name": ["Drawn in QGIS"],
            "controller": ["sdf"],
            "valid_from": ["2021-01-01"],
            "sources": ['[{"url": "https://example.org/q"}]'],
        },
        geometry=[MultiPolygon([Polygon([(38, 36), (39, 36), (39, 37)])])],
        crs="EPSG:4326",
    )
    pyogrio.write_dataframe(zones, path, layer="zones", driver="GPKG", GEOMETRY_NAME="outline")
    events_read, zones_read = read_workspace(path)
    assert events_read == [
        Event(
            id="q1",
            date=date(2021, 3, 4),
            title="Shelling reported",
            kind="incident",
            lat=36.2,
            lon=37.1,
            participants=("turkey", "sdf"),
            origin="qgis",
        ),
        Event(id="q2", date=date(2022, 7, 8), title="", kind="other", origin="qgis"),
    ]
    (zone,) = zones_read
    assert zone.geometry.equals(zones.geometry[0]) and zone.origin == "qgis"
    assert zone.sources == (Source(url="https://example.org/q"),) and zone.valid_to is None
    assert list_imports(path) == []  # no imports table: no history


def test_a_bad_row_is_named_by_its_feature_number(tmp_path):
    import pandas

    path = tmp_path / "w.gpkg"
    table = pandas.DataFrame({"id": ["a", "b"], "date": ["2023-04-25", "25/04/2023"]})
    pyogrio.write_dataframe(table, path, layer="events", driver="GPKG")
    with pytest.raises(WorkspaceError, match=r"w.gpkg: layer events, feature 2: .*25/04/2023"):
        read_workspace(path)


def test_an_sqlite_file_that_is_not_a_geopackage_is_a_clear_error(tmp_path):
    import sqlite3

    path = tmp_path / "plain.gpkg"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE events (id TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(WorkspaceError, match=r"not a readable workspace GeoPackage"):
        read_workspace(path)


def test_reading_does_not_import_gdal_or_geopandas(tmp_path):
    """Opening a workspace at start-up stays clear of pyogrio, geopandas and pandas (~0.3 s)."""
    path = tmp_path / "w.gpkg"
    add_to_workspace(path, [full_event()], [full_zone()])
    code = (
        "import sys; from geodata.workspace import read_workspace, list_imports; "
        f"read_workspace({str(path)!r}); list_imports({str(path)!r}); "
        "print(sorted(m for m in ('pyogrio', 'geopandas', 'pandas') if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "[]"


def test_a_workspace_path_with_spaces_and_url_characters_reads(tmp_path):
    folder = tmp_path / "dossier été #1?"
    path = folder / "my work%20 space?#.gpkg"
    add_to_workspace(path, [full_event()], [full_zone()])
    events, zones = read_workspace(path)
    assert events == [full_event()] and [z.id for z in zones] == ["ws:w:z1"]


def test_read_events_behave_as_plain_events_with_the_same_values(tmp_path):
    import copy
    import dataclasses
    import pickle

    path = tmp_path / "w.gpkg"
    original = full_event()
    save_workspace(path, [original], [])
    (event,), _ = read_workspace(path)
    assert isinstance(event, Event)
    assert event == original and original == event
    assert (event != original) is False and (original != event) is False
    assert event != full_event(summary="another summary")
    assert hash(event) == hash(original)
    assert repr(event) == repr(original)
    assert dataclasses.asdict(event) == dataclasses.asdict(original)
    assert dataclasses.astuple(event) == dataclasses.astuple(original)
    changed = dataclasses.replace(event, title="New title")
    assert type(changed) is Event
    assert changed == dataclasses.replace(original, title="New title")
    for duplicate in (copy.copy(event), copy.deepcopy(event), pickle.loads(pickle.dumps(event))):
        assert type(duplicate) is Event and duplicate == original
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.summary = "changed"
    assert {event, original} == {original}


def test_a_read_event_keeps_its_values_after_the_file_is_replaced(tmp_path):
    """Fields read on first use come from the file as it was opened, not as it is now."""
    path = tmp_path / "w.gpkg"
    first = full_event()
    second = full_event(id="ws:w:e2", summary="second", people=("B",), sources=())
    save_workspace(path, [first, second], [])
    events, _ = read_workspace(path)
    save_workspace(path, [full_event(summary="replaced", people=("Other",), sources=())], [])
    assert events == [first, second]
    assert events[1].summary == "second" and events[0].sources == first.sources
    (now,), _ = read_workspace(path)
    assert now.summary == "replaced"


def test_lazy_fields_load_once_for_all_records_even_from_many_threads(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    path = tmp_path / "w.gpkg"
    originals = [full_event(id=f"ws:w:e{i}", summary=f"summary {i}") for i in range(200)]
    save_workspace(path, originals, [])
    events, _ = read_workspace(path)
    with ThreadPoolExecutor(4) as pool:
        summaries = list(pool.map(lambda e: e.summary, events))
    assert summaries == [f"summary {e.id.removeprefix('ws:w:e')}" for e in events]
    assert events == sorted(originals, key=lambda e: e.id)  # saved by date, then id


def test_events_read_whole_when_the_model_has_fields_the_lazy_reader_does_not_know(
    tmp_path, monkeypatch
):
    path = tmp_path / "w.gpkg"
    events = [full_event(), full_event(id="ws:w:e2", origin="elsewhere", people=())]
    save_workspace(path, events, [])
    monkeypatch.setattr(workspace.event_reader, "LAZY_EVENTS", False)
    read, _ = read_workspace(path)
    assert [type(e) for e in read] == [Event, Event]
    assert read == events


def test_deferred_fields_can_be_read_ahead_of_first_use(tmp_path, monkeypatch):
    """The window reads them right after its first paint, so no click waits for a read."""
    path = tmp_path / "w.gpkg"
    save_workspace(path, [full_event(summary="ahead", people=("P",))], [])
    (event,), _ = read_workspace(path)
    assert "summary" not in event.__dict__  # not read at open: the start stays fast
    workspace.load_deferred_fields([event])

    def no_read(*args, **kwargs):
        raise AssertionError("the workspace was read again on first use")

    monkeypatch.setattr(workspace.stored_events.sqlite3, "connect", no_read)
    assert event.summary == "ahead" and event.people == ("P",)
