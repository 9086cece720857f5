"""Town labels keep clear of the event markers: a marker on a town's dot (al-Hasakah, Raqqa,
Deir ez-Zor on 20 Oct 2019) covered the first letters of its name on exports and on screen.
The label moves a little further out, or to the dot's other side; the town stays labelled."""

from __future__ import annotations

from datetime import date

import pytest
from map_render import render_map

from desktop.render.event_layer import EventLabelsLayer, bundled_visible_events, marker_box
from desktop.render.transform import MapTransform
from geodata.basemap import load_basemap
from geodata.model import ViewState

NORTH = (35.55, 34.6, 42.45, 37.45)


@pytest.fixture(scope="module")
def basemap(qapp):
    return load_basemap()


def _render(basemap, atlas, day: date, unit: float, export: bool):
    transform = MapTransform.fit(NORTH, round(1100 * unit), round(560 * unit))
    view = ViewState(as_of=day)
    renderer, _ctx = render_map(
        transform, view=view, basemap=basemap, atlas=atlas, unit=unit, event_labels=export
    )
    markers = [
        marker_box(transform.lonlat_to_screen(e.lon, e.lat), unit)
        for e in bundled_visible_events(atlas, view)
        if e.lat is not None and e.lon is not None
    ]
    return renderer, markers


@pytest.mark.parametrize(("unit", "export"), [(1.0, False), (100 / 96, True), (300 / 96, True)])
def test_no_town_label_lies_under_an_event_marker(basemap, atlas, unit, export):
    renderer, markers = _render(basemap, atlas, date(2019, 10, 20), unit, export)
    places = renderer.layer("places")
    assert markers and places.last_boxes
    covered = [
        name
        for name, box in zip(places.last_placed, places.last_boxes, strict=True)
        if any(box.intersects(marker) for marker in markers)
    ]
    assert covered == []
    # the towns with a marker on their dot are still named, beside it
    for town in ("al-Hasakah", "Raqqa", "Deir ez-Zor"):
        assert any(town in name for name in places.last_placed), town


def test_event_dates_keep_clear_of_other_markers(basemap, atlas):
    renderer, markers = _render(basemap, atlas, date(2019, 10, 20), 100 / 96, True)
    (labels,) = [layer for layer in renderer.top_layers if isinstance(layer, EventLabelsLayer)]
    assert labels.last_placed  # dates are written where there is room
    assert labels.last_boxes
    for box in labels.last_boxes:
        assert not any(box.intersects(marker) for marker in markers)
