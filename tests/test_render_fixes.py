"""Base-map fixes: the occupied Golan drawn as Syria, plain town labels, towns without a
population figure, and labels that do not multiply in high-DPI exports."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.render import style
from desktop.render.base_layers import CountriesLayer
from desktop.render.context import RenderContext
from desktop.render.country_labels import CountryLabelsLayer
from desktop.render.labels import (
    UNKNOWN_POPULATION_RANK,
    PlaceLabelsLayer,
    min_label_rank,
    place_label,
    place_rank,
)
from desktop.render.transform import MapTransform
from geodata.basemap import load_basemap
from geodata.model import ViewState

SYRIA_NORTH = (35.55, 34.6, 42.45, 37.45)


@pytest.fixture(scope="module")
def basemap(qapp):
    return load_basemap()


def paint(layer, basemap, atlas, transform, unit=1.0) -> QImage:
    image = QImage(transform.width, transform.height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    ctx = RenderContext(view=ViewState(), basemap=basemap, atlas=atlas, unit=unit)
    try:
        layer.paint(painter, transform, ctx)
    finally:
        painter.end()
    return image


def golan(basemap):
    return next(f for f in basemap["countries"] if f.properties.get("kind") == "occupied")


def test_the_golan_is_drawn_as_syrian_land_not_as_a_neighbour(basemap, atlas):
    feature = golan(basemap)
    transform = MapTransform.fit(feature.geometry.bounds, 500, 700, 0.05)
    image = paint(CountriesLayer(), basemap, atlas, transform)
    inside = feature.geometry.representative_point()
    centre = transform.lonlat_to_screen(inside.x, inside.y)
    colours = {
        image.pixelColor(round(centre.x()) + dx, round(centre.y()) + dy).name()
        for dx in range(-12, 13, 3)
        for dy in range(-12, 13, 3)
    }
    assert style.LAND_SYRIA.name() in colours  # Syria's fill, under a light hatch
    assert style.LAND_NEIGHBOUR.name() not in colours


def test_the_golan_is_not_labelled_as_a_country(basemap, atlas):
    only_golan = {"countries": [golan(basemap)]}
    transform = MapTransform.fit(golan(basemap).geometry.bounds, 600, 600, 0.05)
    image = paint(CountryLabelsLayer(), only_golan, atlas, transform)
    white = QColor("white").rgb()
    assert all(image.pixel(x, y) == white for x in range(0, 600, 4) for y in range(0, 600, 4))


def test_places_use_their_plain_label_and_a_rank_without_population():
    assert place_label({"name": "Ḩamāh", "label": "Hamah"}) == "Hamah"
    assert place_label({"name": "Aleppo"}) == "Aleppo"
    assert place_rank({"population": 0}) == UNKNOWN_POPULATION_RANK
    assert place_rank({"population": 150_000}) == 150_000


def test_map_text_is_the_plain_label(basemap, atlas):
    layer = PlaceLabelsLayer()
    paint(layer, basemap, atlas, MapTransform.fit(SYRIA_NORTH, 1400, 900))
    assert "Hama" in layer.last_placed  # the atlas gazetteer's spelling
    assert "Ḩamāh" not in layer.last_placed


def test_towns_without_a_population_figure_are_labelled_when_zoomed_in(basemap, atlas):
    layer = PlaceLabelsLayer()
    # Ma'arrat al-Nu'man: a district seat GeoNames gives no population.
    paint(layer, basemap, atlas, MapTransform.fit((36.3, 35.45, 37.0, 35.85), 1280, 800))
    assert "Ma'arrat an Nu'man" in layer.last_placed
    paint(layer, basemap, atlas, MapTransform.fit(SYRIA_NORTH, 1280, 800))
    assert "Ma'arrat an Nu'man" not in layer.last_placed  # the whole north: cities only


def test_border_towns_of_the_story_are_labelled_over_their_turkish_twins(basemap, atlas):
    layer = PlaceLabelsLayer()
    paint(layer, basemap, atlas, MapTransform.fit((38.6, 36.4, 40.4, 37.0), 1280, 800))
    assert {"Tell Abyad", "Ras al-Ain"} <= set(layer.last_placed)


@pytest.mark.parametrize("unit", [2.0, 300 / 96])
def test_a_high_dpi_export_labels_the_same_towns_as_the_screen(basemap, atlas, unit):
    screen = MapTransform.fit(SYRIA_NORTH, 1100, 780)
    on_screen, exported = PlaceLabelsLayer(), PlaceLabelsLayer()
    paint(on_screen, basemap, atlas, screen)
    paint(exported, basemap, atlas, screen.scaled_device(unit), unit=unit)
    assert min_label_rank(screen) == pytest.approx(min_label_rank(screen.scaled_device(unit), unit))
    assert exported.last_placed == on_screen.last_placed


def test_a_frame_north_of_syria_labels_its_towns(basemap, atlas):
    """Panned north (or an A3 portrait page): south-east Turkey has its towns, not a blank
    land beyond lat 37.6 (the base map once stopped there)."""
    layer = PlaceLabelsLayer()
    paint(layer, basemap, atlas, MapTransform.fit((37.0, 37.7, 42.0, 39.5), 1280, 800))
    assert {"Diyarbakır", "Malatya"} <= set(layer.last_placed)
    paint(layer, basemap, atlas, MapTransform.fit((42.6, 35.0, 45.5, 37.5), 1280, 800))
    assert {"Mosul", "Erbil"} <= set(layer.last_placed)


@pytest.mark.parametrize("unit", [1.0, 2.0])
def test_the_credit_keeps_clear_of_the_scale_bar_on_a_narrow_map(unit):
    """A 1024 px window (the map ~430 px wide), also at 200 %: the base-map credit wraps
    rather than running over the scale bar."""
    from desktop.render.overlays import AttributionOverlay, ScaleBarOverlay
    from geodata.basemap import ATTRIBUTION

    for width in (430, 900):
        transform = MapTransform.fit(SYRIA_NORTH, round(width * unit), round(560 * unit))
        ctx = RenderContext(view=ViewState(), basemap={}, unit=unit)
        credit = AttributionOverlay(ATTRIBUTION).box(transform, ctx)
        assert not credit.intersects(ScaleBarOverlay().box(transform, ctx)), width
        assert credit.left() >= 0 and credit.bottom() <= transform.height


def test_m4_shields_keep_clear_of_town_labels(basemap, atlas):
    """An A3 portrait crop of Idlib and Aleppo: no route shield sits on a town's label (one
    covered "Jisr al-Shughur"); each slides along the road to a free spot."""
    from map_render import render_map

    transform = MapTransform.fit((36.0, 35.5, 39.0, 37.5), 1600, 2260)
    renderer, ctx = render_map(
        transform, view=ViewState(), basemap=basemap, atlas=atlas, unit=150 / 96
    )
    shields = renderer.layer("m4").last_shields
    assert shields
    before = ctx.label_boxes[: ctx.label_boxes.index(shields[0])]  # furniture and labels
    assert not any(s.intersects(box) for s in shields for box in before)
    assert "Jisr al-Shughur" in renderer.layer("places").last_placed


def test_exports_write_each_events_date_beside_its_marker_where_there_is_room(basemap, atlas):
    """A printed map has no event list: an export labels the events it shows with their dates,
    clear of town labels and shields; the window (which lists the events) does not."""
    from map_render import render_map

    from desktop.render.event_layer import EventLabelsLayer

    transform = MapTransform.fit(SYRIA_NORTH, 1400, 800)
    placed = {}
    for export in (True, False):
        renderer, _ctx = render_map(
            transform, view=ViewState(), basemap=basemap, atlas=atlas, event_labels=export
        )
        (labels,) = [layer for layer in renderer.top_layers if isinstance(layer, EventLabelsLayer)]
        placed[export] = list(labels.last_placed)
    assert "2019-10-09-operation-peace-spring" in placed[True]
    assert placed[False] == []
