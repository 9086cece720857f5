"""Imported events on the map: clustered or one by one, in their own layer and style, clickable."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.map.hit_test import HitTester
from desktop.panel.event_model import EVENT_ID_ROLE, EventFilterProxy, EventTableModel
from desktop.render.context import RenderContext
from desktop.render.event_clusters import DIRECT_LIMIT
from desktop.render.event_layer import bundled_visible_events
from desktop.render.imported_events import ImportedEventsLayer, format_count
from desktop.render.legend import legend_sections
from desktop.render.renderer import TOGGLEABLE_LAYERS, MapRenderer
from desktop.render.transform import MapTransform
from geodata.atlas import Atlas
from geodata.basemap import load_basemap
from geodata.extent import ATLAS_BOUNDS
from geodata.io import load_records
from geodata.model import Event, Source, ViewState

REGION = ATLAS_BOUNDS
ALEPPO, RAQQA = (37.16, 36.20), (39.01, 35.95)
SOURCE = (Source(url="https://example.invalid/test", note="test data"),)


def cloud(n: int, centre, spread: float, seed: int, prefix: str) -> list[Event]:
    rng = random.Random(seed)
    return [
        Event(
            id=f"{prefix}-{i:05d}",
            date=date(2020, 1, 1) + timedelta(days=rng.randrange(1000)),
            title=f"Imported {prefix} {i}",
            kind="incident",
            lon=centre[0] + rng.uniform(-spread, spread),
            lat=centre[1] + rng.uniform(-spread, spread),
            participants=("sdf",),
            sources=SOURCE,
            origin="ws",
        )
        for i in range(n)
    ]


def atlas_with(events) -> Atlas:
    records = load_records()
    return Atlas(replace(records, events=records.events + tuple(events)))


@pytest.fixture(scope="module")
def many(qapp) -> Atlas:
    return atlas_with(cloud(6000, ALEPPO, 0.05, 1, "a") + cloud(4000, RAQQA, 0.05, 2, "r"))


@pytest.fixture(scope="module")
def basemap():
    return load_basemap()


def transform_for(bounds, size=(1000, 700)) -> MapTransform:
    return MapTransform.fit(bounds, *size, 0.02)


def paint_layer(layer, atlas, transform, view=None, basemap=None, hidden=frozenset()):
    image = QImage(transform.width, transform.height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    ctx = RenderContext(
        view=view or ViewState(), basemap=basemap or {}, atlas=atlas, hidden_layers=hidden
    )
    try:
        if isinstance(layer, MapRenderer):
            layer.render(painter, transform, ctx, overlays=False)
        else:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            layer.paint(painter, transform, ctx)
    finally:
        painter.end()
    return image


def is_imported_colour(colour: QColor) -> bool:
    """A kind symbol's fill or rim, or a cluster's slate: clearly darker than the white ground."""
    return colour.lightness() < 170


def marked_near(image: QImage, x: float, y: float, reach: int) -> bool:
    """Some pixel within ``reach`` of (x, y) has the imported events' colour."""
    return any(
        is_imported_colour(image.pixelColor(round(x) + dx, round(y) + dy))
        for dx in range(-reach, reach + 1)
        for dy in range(-reach, reach + 1)
    )


def test_zoomed_out_events_are_aggregated_and_still_drawn(many):
    layer = ImportedEventsLayer()
    transform = transform_for(REGION)
    image = paint_layer(layer, many, transform)
    frame = layer.frame(many, ViewState(), transform)
    assert frame.clustered
    assert frame.event_count == 10_000  # every imported event is in some cluster
    assert len(frame.px) < 50  # two towns' worth of clusters, not 10,000 markers
    for x, y in zip(frame.px.tolist(), frame.py.tolist(), strict=True):
        assert marked_near(image, x, y, 4)
    assert not marked_near(image, 30, 30, 4)  # and nothing where there are no events
    # Clusters sit on their towns.
    for lon, lat in (ALEPPO, RAQQA):
        point = transform.lonlat_to_screen(lon, lat)
        distance = np.hypot(frame.px - point.x(), frame.py - point.y()).min()
        assert distance < 30


def test_zoomed_in_events_are_drawn_one_by_one(qapp):
    events = cloud(40, ALEPPO, 0.02, 3, "z")
    atlas = atlas_with(events)
    layer = ImportedEventsLayer()
    transform = transform_for(
        (ALEPPO[0] - 0.1, ALEPPO[1] - 0.07, ALEPPO[0] + 0.1, ALEPPO[1] + 0.07)
    )
    image = paint_layer(layer, atlas, transform)
    frame = layer.frame(atlas, ViewState(), transform)
    assert not frame.clustered and len(frame.px) == 40
    for event in events:
        point = transform.lonlat_to_screen(event.lon, event.lat)
        assert marked_near(image, point.x(), point.y(), 1)


def test_many_events_in_a_zoomed_view_are_binned(many):
    layer = ImportedEventsLayer()
    transform = transform_for(
        (ALEPPO[0] - 0.2, ALEPPO[1] - 0.14, ALEPPO[0] + 0.2, ALEPPO[1] + 0.14)
    )
    frame = layer.frame(many, ViewState(), transform)
    assert frame.event_count > DIRECT_LIMIT and frame.clustered
    assert frame.event_count == 6000


def test_filters_apply_to_the_imported_layer(many):
    layer = ImportedEventsLayer()
    transform = transform_for(REGION)
    view = ViewState(date_from=date(2021, 1, 1))
    expected = sum(
        1 for e in many.events if e.origin == "ws" and date(2021, 1, 1) <= e.date <= view.as_of
    )
    assert layer.frame(many, view, transform).event_count == expected
    nobody = ViewState(parties=frozenset({"turkey"}))
    frame = layer.frame(many, nobody, transform)
    assert frame.event_count == 0


def test_imported_events_have_their_own_toggleable_layer(many, basemap):
    assert ("imported_events", "Imported events") in TOGGLEABLE_LAYERS
    renderer = MapRenderer("test")
    transform = transform_for(REGION)
    shown = paint_layer(renderer, many, transform, basemap=basemap)
    hidden = paint_layer(
        renderer, many, transform, basemap=basemap, hidden=frozenset({"imported_events"})
    )
    without = paint_layer(MapRenderer("test"), atlas_with(()), transform, basemap=basemap)
    assert hidden == without  # hiding the layer removes exactly the imported events
    assert shown != without


def test_talks_events_keep_their_own_style_and_layer(many):
    talks = bundled_visible_events(many, ViewState())
    assert talks and all(e.origin == "bundled" for e in talks)
    frame = ImportedEventsLayer().frame(many, ViewState(), transform_for(REGION))
    assert all(many.events[row].origin == "ws" for row in frame.member.tolist())
    ctx = RenderContext(view=ViewState(), basemap={}, atlas=many)
    entries = [e for s in legend_sections(ctx) for e in s.entries]
    assert any(e.kind == "imported" for e in entries)
    assert any(e.kind == "event" for e in entries)
    ctx.hidden_layers = frozenset({"imported_events"})
    entries = [e for s in legend_sections(ctx) for e in s.entries]
    assert not any(e.kind in ("imported", "cluster") for e in entries)


def test_imported_events_are_styled_by_kind_as_the_legend_says(qapp):
    """A battle (incident) and an agreement look different on the map and in the key."""
    kinds = ("incident", "agreement", "other")
    events = [
        replace(event, kind=kind, lon=ALEPPO[0] + 0.03 * (i - 1), lat=ALEPPO[1])
        for i, (event, kind) in enumerate(zip(cloud(3, ALEPPO, 0.0, 4, "k"), kinds, strict=True))
    ]
    atlas = atlas_with(events)
    transform = transform_for(
        (ALEPPO[0] - 0.1, ALEPPO[1] - 0.07, ALEPPO[0] + 0.1, ALEPPO[1] + 0.07)
    )
    image = paint_layer(ImportedEventsLayer(), atlas, transform)

    def patch(event) -> list[tuple[int, int, int]]:
        centre = transform.lonlat_to_screen(event.lon, event.lat)
        return [
            image.pixelColor(round(centre.x()) + dx, round(centre.y()) + dy).getRgb()[:3]
            for dy in range(-6, 7)
            for dx in range(-6, 7)
        ]

    patches = [patch(event) for event in events]
    assert all(len(set(p)) > 2 for p in patches)  # something is drawn at each event
    assert len({tuple(p) for p in patches}) == len(kinds)  # and each kind differently
    # The key lists each kind shown, with the same distinct symbols.
    ctx = RenderContext(view=ViewState(), basemap={}, atlas=atlas)
    section = next(s for s in legend_sections(ctx) if s.title.startswith("Imported events"))
    assert {e.key for e in section.entries if e.kind == "imported"} == set(kinds)


def test_every_legend_symbol_is_distinct(many):
    """No two legend rows draw the same picture (a reader could not tell them apart)."""
    from desktop.render.legend import _draw_entry

    kinds = ("incident", "agreement", "operation", "other", "statement", "meeting", "visit")
    events = [
        replace(e, kind=kinds[i % len(kinds)]) for i, e in enumerate(cloud(70, RAQQA, 0.1, 5, "d"))
    ]
    ctx = RenderContext(view=ViewState(), basemap={}, atlas=atlas_with(events))
    entries = [e for s in legend_sections(ctx) for e in s.entries if e.kind != "note"]
    assert len(entries) > 10
    pictures = []
    for entry in entries:
        image = QImage(24, 16, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        blank = replace(entry, label="")
        _draw_entry(painter, blank, QRectF(2, 2, 20, 14), 1.0, painter.font())
        painter.end()
        pictures.append(image)
    for i, a in enumerate(pictures):
        for j in range(i + 1, len(pictures)):
            assert a != pictures[j], (entries[i].label, entries[j].label)


def test_cluster_counts_read_short():
    assert [format_count(n) for n in (7, 999, 1000, 1234, 15_600, 2_400_000)] == [
        "7",
        "999",
        "1.0k",
        "1.2k",
        "16k",
        "2.4M",
    ]


# --------------------------------------------------------------------------- hit test


def test_click_finds_the_imported_event_under_the_pointer(qapp):
    events = cloud(30, RAQQA, 0.03, 4, "h")
    atlas = atlas_with(events)
    tester = HitTester(atlas)
    transform = transform_for((RAQQA[0] - 0.1, RAQQA[1] - 0.07, RAQQA[0] + 0.1, RAQQA[1] + 0.07))
    by_id = {e.id: e for e in events}
    for event in events[:10]:
        point = transform.lonlat_to_screen(event.lon, event.lat)
        hit = tester.hit(transform, ViewState(), point.x(), point.y())
        assert event.id in hit.stacked and hit.event_id == hit.stacked[0]
        for other in hit.stacked:  # every listed event is under the pointer's reach
            there = transform.lonlat_to_screen(by_id[other].lon, by_id[other].lat)
            assert np.hypot(there.x() - point.x(), there.y() - point.y()) <= 9.5
        # The newest of them wins the click (it is drawn on top).
        assert by_id[hit.event_id].date == max(by_id[i].date for i in hit.stacked)
    far = transform.lonlat_to_screen(RAQQA[0] + 0.09, RAQQA[1] + 0.065)
    assert tester.hit(transform, ViewState(), far.x(), far.y()).event_id is None


def test_click_on_a_cluster_gives_its_count_and_extent(many):
    transform = transform_for(REGION)
    layer = ImportedEventsLayer()
    tester = HitTester(many, layer)
    frame = layer.frame(many, ViewState(), transform)
    biggest = int(np.argmax(frame.count))
    hit = tester.hit(transform, ViewState(), float(frame.px[biggest]), float(frame.py[biggest]))
    assert hit.cluster_count == int(frame.count[biggest])
    min_lon, min_lat, max_lon, max_lat = hit.cluster_bounds
    min_lon, min_lat, max_lon, max_lat = (
        min_lon - 1e-9,
        min_lat - 1e-9,
        max_lon + 1e-9,
        max_lat + 1e-9,
    )
    inside = [
        e
        for e in many.events
        if e.origin == "ws" and min_lon <= e.lon <= max_lon and min_lat <= e.lat <= max_lat
    ]
    assert len(inside) >= hit.cluster_count


def test_click_away_from_events_finds_the_zone(many):
    tester = HitTester(many)
    transform = transform_for(REGION)
    # No synthetic event near here, and off the M4 (a click on the road is the road's).
    idlib = transform.lonlat_to_screen(36.4, 35.98)
    hit = tester.hit(transform, ViewState(), idlib.x(), idlib.y())
    zone = many.controller_at(36.4, 35.98, ViewState().as_of)
    assert hit.zone_id == zone.id and hit.event_id is None
    # With the imported layer hidden, a click on a cluster falls through to the zone.
    aleppo = transform.lonlat_to_screen(*ALEPPO)
    view = ViewState(hidden_layers=frozenset({"imported_events"}))
    hit = tester.hit(transform, view, aleppo.x(), aleppo.y())
    # (to the zone, or to the M4 where the road passes the town)
    assert hit.cluster_count == 0 and (hit.zone_id is not None or hit.m4_stretch)


# --------------------------------------------------------------------------- the event list


def test_event_list_model_shows_the_filtered_events_newest_first(many):
    model = EventTableModel(many)
    proxy = EventFilterProxy(ViewState())
    proxy.setSourceModel(model)
    for view in (
        ViewState(),
        ViewState(date_from=date(2021, 6, 1), date_to=date(2022, 1, 31)),
        ViewState(parties=frozenset({"turkey"})),
    ):
        proxy.set_view(view)
        expected = [e.id for e in reversed(many.events) if _matches(e, view)]
        shown = [proxy.index(r, 0).data(EVENT_ID_ROLE) for r in range(proxy.rowCount())]
        assert shown == expected
        if expected:
            row = model.row_of(expected[-1])
            mapped = proxy.mapFromSource(model.index(row, 0))
            assert mapped.row() == len(expected) - 1
            assert proxy.mapToSource(mapped).row() == row
    assert model.imported_count == 10_000
    assert not proxy.mapFromSource(QModelIndex()).isValid()


def _matches(event, view) -> bool:
    from geodata.view_filter import event_matches

    return event_matches(event, view)
