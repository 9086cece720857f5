"""A workspace's columnar copy: it opens a large workspace fast, and never shows stale events."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import geopandas
import pyogrio
import pytest
from shapely.geometry import Point, box

from geodata.atlas import Atlas, load_atlas
from geodata.event_columns import EventColumns, LazyEvents, merged_in_order
from geodata.io import load_records
from geodata.model import Event, Source, Zone
from geodata.workspace import add_to_workspace, open_workspace, read_workspace, save_workspace
from geodata.workspace.columns import TABLE

SOURCE = (Source(url="https://example.org/a", publisher="P"),)
PARTY_SETS = [(), ("turkey",), ("turkey", "russia"), ("sdf", "us_coalition")]


def varied_events(n: int = 60) -> list[Event]:
    """Events with what a file can hold: no point, no parties, several origins, texts in
    Arabic, kinds the atlas does not know, areas named, many on the same day."""
    rng = random.Random(7)
    events = []
    for i in range(n):
        located = i % 7 != 0
        events.append(
            Event(
                id=f"ws:w:e{rng.randrange(10_000):05d}-{i}",
                date=date(2019, 1, 1) + timedelta(days=rng.randrange(40)),
                title=("إدلب " if i % 3 == 0 else "") + f"event {i} <b>&amp;</b>",
                kind=rng.choice(["meeting", "operation", "protest", "clash"]),
                lat=35.0 + rng.random() if located else None,
                lon=36.0 + rng.random() if located else None,
                place_name=rng.choice(["", "Idlib", "Saraqib"]),
                participants=rng.choice(PARTY_SETS),
                people=("Someone",) if i % 5 == 0 else (),
                summary=f"summary {i}",
                zone_ids=rng.choice([(), ("idlib",), ("afrin", "idlib")]),
                feature_ids=("m4",) if i % 4 == 0 else (),
                sources=SOURCE,
                origin=rng.choice(["w", "w", "other-workspace"]),
            )
        )
    return events


def by_date_id(events):
    return sorted(events, key=lambda e: (e.date, e.id))


def saved(tmp_path: Path, events) -> Path:
    path = tmp_path / "w.gpkg"
    save_workspace(path, events, [])
    return path


def editing(path: Path) -> sqlite3.Connection:
    """A connection as a GIS program's: GeoPackage's spatial-index triggers call these."""
    connection = sqlite3.connect(path)
    connection.create_function("ST_IsEmpty", 1, lambda blob: 1 if blob is None else 0)
    for name in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        connection.create_function(name, 1, lambda blob: 0.0)
    return connection


def drop_copy(path: Path) -> None:
    with editing(path) as connection:
        connection.execute(f"DROP TABLE {TABLE}")


def test_a_saved_workspace_opens_lazily_with_exactly_the_saved_events(tmp_path):
    events = varied_events()
    path = saved(tmp_path, events)
    lazy, _ = open_workspace(path)
    assert isinstance(lazy, LazyEvents)
    assert list(lazy) == by_date_id(events)
    # The same as reading the layer row by row (a workspace saved before the copy existed).
    drop_copy(path)
    rows, _ = open_workspace(path)
    assert not isinstance(rows, LazyEvents)
    assert list(rows) == list(lazy)
    assert [e.origin for e in rows] == [e.origin for e in lazy]


def test_the_copy_stays_out_of_the_layers_gis_programs_list(tmp_path):
    path = saved(tmp_path, varied_events(5))
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert layers == {"events", "zones", "imports"}
    assert len(pyogrio.read_dataframe(path, layer="events")) == 5


@pytest.mark.parametrize(
    "edit, expect",
    [
        ("UPDATE events SET title = 'edited in QGIS' WHERE rowid = 2", "edited in QGIS"),
        ("DELETE FROM events WHERE rowid = 2", None),
        (
            "INSERT INTO events (id, date, title, kind) VALUES ('ws:w:new', '2019-01-02', "
            "'added elsewhere', 'meeting')",
            "added elsewhere",
        ),
    ],
)
def test_edits_by_another_program_are_seen_not_the_stale_copy(tmp_path, edit, expect):
    events = varied_events(10)
    path = saved(tmp_path, events)
    with editing(path) as connection:
        second = connection.execute("SELECT id FROM events WHERE rowid = 2").fetchone()[0]
        connection.execute(edit)
    opened, _ = read_workspace(path)
    titles = {e.title for e in opened}
    if expect is None:
        assert second not in {e.id for e in opened} and len(opened) == 9
    else:
        assert expect in titles


@pytest.mark.parametrize(
    "change",
    [
        "ALTER TABLE events RENAME COLUMN title TO headline",
        "ALTER TABLE events RENAME COLUMN kind TO k",
        "ALTER TABLE events DROP COLUMN participants",
    ],
)
def test_a_column_renamed_or_dropped_elsewhere_is_seen(tmp_path, change):
    """No trigger fires for these (QGIS's "rename field" is the first): the copy records the
    layer's definition instead."""
    path = saved(tmp_path, varied_events(30))
    with editing(path) as connection:
        connection.execute(change)
    opened, _ = open_workspace(path)
    assert not isinstance(opened, LazyEvents)
    drop_copy(path)
    assert list(opened) == list(open_workspace(path)[0])


def test_an_append_through_gdal_is_seen(tmp_path):
    path = saved(tmp_path, varied_events(10))
    frame = geopandas.GeoDataFrame(
        {"id": ["ws:w:gdal"], "date": ["2019-02-01"], "title": ["from GDAL"], "kind": ["other"]},
        geometry=[Point(36.5, 35.5)],
        crs="EPSG:4326",
    )
    pyogrio.write_dataframe(frame, path, layer="events", driver="GPKG", append=True)
    opened, _ = read_workspace(path)
    assert "from GDAL" in {e.title for e in opened} and len(opened) == 11


def test_a_layer_written_again_by_another_program_is_read_row_by_row(tmp_path):
    """Dropping the layer drops the copy's triggers: a layer made again, even with the same
    row ids, is not read from the copy."""
    path = saved(tmp_path, varied_events(10))
    with editing(path) as connection:
        connection.execute("CREATE TABLE fresh AS SELECT * FROM events")
        connection.execute("UPDATE fresh SET title = 'rewritten'")
        connection.execute("DROP TABLE events")
        connection.execute("ALTER TABLE fresh RENAME TO events")
    opened, _ = open_workspace(path)
    assert not isinstance(opened, LazyEvents)
    assert {e.title for e in opened} == {"rewritten"}


def test_texts_the_copy_cannot_hold_are_read_from_the_layer(tmp_path):
    """A NUL character (GDAL and the importers never write one; another program might)."""
    events = varied_events(5)
    path = saved(tmp_path, events)
    with editing(path) as connection:
        connection.execute("UPDATE events SET title = 'a' || char(0) || 'b' WHERE rowid = 1")
    add_to_workspace(path, [replace(events[0], id="ws:w:later")])  # the next save: no copy
    with editing(path) as connection:
        assert connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = ?", (TABLE,)
        ).fetchone() == (0,)
    opened, _ = open_workspace(path)
    assert not isinstance(opened, LazyEvents)
    assert "a\x00b" in {e.title for e in opened}


@pytest.mark.parametrize(
    "damage",
    ["lat = x'00'", "ids = CAST(ids AS TEXT)"],  # a blob cut short; a blob rewritten as text
)
def test_a_damaged_copy_is_ignored(tmp_path, damage):
    events = varied_events(20)
    path = saved(tmp_path, events)
    with editing(path) as connection:
        connection.execute(f"UPDATE {TABLE} SET {damage}")
    opened, _ = open_workspace(path)
    assert not isinstance(opened, LazyEvents)
    assert list(opened) == by_date_id(events)


def test_an_atlas_over_a_lazy_workspace_matches_one_over_plain_records(tmp_path):
    events = varied_events(300)
    path = saved(tmp_path, events)
    lazy_atlas = load_atlas(workspace=path)
    records = load_records()
    plain_atlas = Atlas(replace(records, events=records.events + tuple(events)))
    assert list(lazy_atlas.events) == list(plain_atlas.events)
    lazy, plain = lazy_atlas.events.columns, plain_atlas.events.columns
    for row in (0, 7, 150, len(events) - 1):
        event = plain_atlas.events[row]
        assert lazy.kind_names[lazy.kind[row]] == event.kind
        assert lazy.origin_names[lazy.origin[row]] == event.origin
        assert lazy.bundled[row] == (event.origin == "bundled")
        assert lazy.ids[row] == event.id
    assert (lazy.day == plain.day).all()
    view_event = events[3]
    assert lazy_atlas.event(view_event.id) == view_event
    assert lazy_atlas.area_ids == plain_atlas.area_ids


def test_opening_and_filtering_makes_no_records(tmp_path):
    from geodata.model import ViewState

    path = saved(tmp_path, varied_events(500))
    atlas = load_atlas(workspace=path)
    rows = atlas.events.columns.rows(ViewState(parties=frozenset({"turkey"})))
    assert len(rows) > 0
    lazy = atlas.events._events
    assert sum(made is not None for made in lazy._made) == 0
    atlas.events[int(rows[0])]
    assert sum(made is not None for made in lazy._made) == 1


def test_lazy_rows_in_any_order_merge_as_a_sort_would():
    events = varied_events(80)
    random.Random(3).shuffle(events)
    lazy = LazyEvents(EventColumns.of_events(events), lambda rows: [events[r] for r in rows])
    bundled = [replace(e, id=f"b{i}", origin="bundled") for i, e in enumerate(events[:9])]
    merged = merged_in_order(bundled, lazy)
    assert list(merged) == by_date_id([*events, *bundled])
    assert merged.columns.ids == [e.id for e in merged]


def naive_events_for(atlas: Atlas, zone_id=None, party=None, date_from=None, kinds=None):
    """The rule, one event at a time: named area, or a point inside the zone (or any zone of
    the area)."""
    zone = atlas.zone(zone_id) if zone_id else None
    areas = {zone.area} if zone else {zone_id}
    shapes = [zone] if zone else [z for z in atlas.zones if z.area == zone_id]
    found = []
    for e in atlas.events:
        if date_from and e.date < date_from:
            continue
        if kinds and e.kind not in kinds:
            continue
        if party and party not in e.participants:
            continue
        if zone_id:
            named = bool(areas & set(e.zone_ids))
            inside = e.lon is not None and any(
                z.geometry.intersects(Point(e.lon, e.lat)) for z in shapes
            )
            if not (named or inside):
                continue
        found.append(e)
    return found


@pytest.mark.parametrize(
    "filters",
    [
        {"zone_id": "ws:w:pocket"},
        {"zone_id": "idlib"},
        {"zone_id": "afrin", "party": "turkey"},
        {"zone_id": "ws:w:pocket", "kinds": {"clash", "meeting"}, "date_from": date(2019, 1, 20)},
        {"party": "sdf"},
    ],
)
def test_a_zones_related_events_follow_the_rule_for_every_event(tmp_path, filters):
    pocket = Zone(
        id="ws:w:pocket",
        name="Pocket",
        controller="hts",
        geometry=box(36.2, 35.2, 36.6, 35.6),
        valid_from=date(2019, 1, 1),
        sources=SOURCE,
    )
    path = tmp_path / "w.gpkg"
    save_workspace(path, varied_events(400), [pocket])
    atlas = load_atlas(workspace=path)
    expected = naive_events_for(atlas, **filters)
    assert atlas.events_for(**filters) == expected
    if "zone_id" in filters:
        assert expected  # the case tests something


@pytest.mark.parametrize("word", ["strasse", "someone", "event 1", "إدلب", "saraqib"])
def test_the_word_filter_over_a_lazy_workspace_finds_what_the_rule_finds(tmp_path, word):
    """Titles, summaries, places and people; casefolding that lengthens a text (ß -> ss)
    must not shift which event a later match belongs to."""
    from geodata.event_columns import event_text
    from geodata.model import ViewState

    events = varied_events(200)
    events[5] = replace(events[5], summary="Große Straße " * 3)
    path = saved(tmp_path, events)
    atlas = load_atlas(workspace=path)
    view = ViewState(as_of=date(2030, 1, 1), text=word)
    expected = [e.id for e in atlas.events if word.casefold() in event_text(e).casefold()]
    assert [atlas.events[i].id for i in atlas.events.columns.rows(view)] == expected
    assert expected
