"""Workspaces read without GDAL: files written by other tools, bad rows named, lazily read fields,
and the start-up cost of reading."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyogrio
import pytest
from shapely.geometry import MultiPolygon, Polygon
from workspace_records import full_event, full_zone

from geodata import workspace
from geodata.model import Event, Source
from geodata.workspace import (
    WorkspaceError,
    add_to_workspace,
    list_imports,
    read_workspace,
    save_workspace,
)

FIXTURES = Path(__file__).parent / "fixtures" / "import"
ACLED = FIXTURES / "acled_syria_sample.csv"
REPO = Path(__file__).resolve().parents[1]


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
