"""The Sochi memorandum's demilitarised zone (17 Sep 2018): drawn, labelled computed, sourced,
on the dates it was in force, in the window's legend and layers, on exports and the web map."""

from __future__ import annotations

from datetime import date

import pytest
import shapely

from geodata.analysis import to_metric
from geodata.legend import legend_entries
from geodata.legend.shown import what_is_shown
from geodata.model import ViewState
from tools.zonebuild import sochi_dmz

IN_FORCE = date(2018, 10, 20)


@pytest.fixture(scope="module")
def dmz(atlas):
    return atlas.features["sochi_dmz"]


def _at(atlas, locality: str) -> shapely.Point:
    place = atlas.control.history.localities[locality]
    return shapely.Point(place.lon, place.lat)


def test_in_force_from_the_memorandum_to_the_moscow_protocol(atlas, dmz):
    assert dmz.kind == "dmz"
    assert not dmz.valid_on(date(2018, 9, 16))
    assert dmz.valid_on(date(2018, 9, 17)) and dmz.valid_on(date(2020, 3, 4))
    assert not dmz.valid_on(date(2020, 3, 5))  # the protocol's corridor follows
    assert [f.id for f in atlas.features_at(date(2020, 3, 5)) if f.kind in ("dmz", "corridor")] == [
        "m4_corridor"
    ]


def test_it_says_it_is_computed_and_cites_the_memorandum(dmz):
    assert dmz.accuracy.startswith("Computed, not surveyed")
    assert "no map" in dmz.accuracy
    ids = [s.id for s in dmz.sources]
    assert "pa_x-2018-09-17-idlib-memorandum" in ids
    memorandum = next(s for s in dmz.sources if s.id == "pa_x-2018-09-17-idlib-memorandum")
    assert memorandum.url.startswith("https://www.peaceagreements.org/")
    assert "15-20 km" in memorandum.note


def test_it_lies_in_the_opposition_ground_within_20_km_of_the_government(atlas, dmz):
    zones = atlas.zones_at(sochi_dmz.AGREED)
    held = shapely.union_all([z.geometry for z in zones if z.controller in ("hts", "opposition")])
    government = shapely.union_all([z.geometry for z in zones if z.controller == "government"])
    # (to the precision of the stored coordinates and the round trip through UTM)
    assert dmz.geometry.difference(held).area < 1e-4 * dmz.geometry.area
    far = to_metric(dmz.geometry).difference(to_metric(government).buffer(20_050))
    assert far.area < 1.0  # square metres: nothing deeper than the memorandum's 20 km
    # the front towns lie in it, Idlib and the Turkish border's Sarmada beyond it
    for town in ("khan_shaykhun", "saraqib", "jisr_al_shughur"):
        assert dmz.geometry.contains(_at(atlas, town)), town
    for town in ("idlib", "sarmada"):
        assert not dmz.geometry.contains(_at(atlas, town)), town


def test_the_stored_zone_is_the_one_the_records_give(atlas, dmz):
    """Rebuilt from the control of its day: an edit of the 2018 records that moves the front
    must rebuild it (python -m tools.build_zones)."""
    fresh = sochi_dmz.band(atlas.zones_at(sochi_dmz.AGREED))
    assert fresh.symmetric_difference(dmz.geometry).area < 1e-4 * fresh.area


def test_the_legend_names_it_while_it_is_in_force_and_shown(atlas):
    def labels(view: ViewState) -> list[str]:
        return [
            e.label for e in legend_entries(atlas, what_is_shown(atlas, view)) if e.kind == "dmz"
        ]

    assert labels(ViewState(as_of=IN_FORCE)) == ["2018 demilitarised zone (Sochi), computed"]
    assert labels(ViewState(as_of=date(2018, 9, 1))) == []
    hidden = ViewState(as_of=IN_FORCE, hidden_layers=frozenset({"sochi_dmz"}))
    assert labels(hidden) == []


def test_the_window_lists_it_among_the_layers(qapp):
    from desktop.render.renderer import TOGGLEABLE_LAYERS, MapRenderer

    assert "sochi_dmz" in dict(TOGGLEABLE_LAYERS)
    assert MapRenderer("test").layer("sochi_dmz") is not None


def test_the_web_map_draws_it_with_its_sources(atlas):
    from geodata.web_export import build_web_map

    page = build_web_map(atlas, ViewState(as_of=IN_FORCE), None, "test")
    assert "2018 demilitarised zone (Sochi), computed" in page
    assert "peaceagreements.org/view/2169" in page
    hidden = ViewState(as_of=IN_FORCE, hidden_layers=frozenset({"sochi_dmz"}))
    assert "2018 demilitarised zone" not in build_web_map(atlas, hidden, None, "test")
