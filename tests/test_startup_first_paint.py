"""The first paint's cheaper steps draw what the plain steps drew (issue 18): a many-part
geometry's path read in one call is the path built a part at a time; town labels in English
read no gazetteer and come out as with every name looked up."""

from __future__ import annotations

import pytest
import shapely

pytest.importorskip("pytestqt")

from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from window_fixture import bundled_data  # noqa: E402

from desktop.render import paths  # noqa: E402
from desktop.render.context import RenderContext  # noqa: E402
from desktop.render.labels import PlaceLabelsLayer  # noqa: E402
from desktop.render.transform import MapTransform  # noqa: E402
from geodata.model import ViewState  # noqa: E402

WHOLE_REGION = (35.5, 32.2, 42.5, 37.6)


def elements(path) -> tuple[list[tuple], object]:
    items = [(e.type, e.x, e.y) for e in (path.elementAt(i) for i in range(path.elementCount()))]
    return items, path.fillRule()


def map_geometries():
    """Every base-map and bundled zone geometry, whole and simplified as the first paint does."""
    basemap, atlas, _ = bundled_data()
    geometries = [f.geometry for layer in basemap.values() for f in layer]
    geometries += [zone.geometry for zone in atlas.zones]
    for geometry in geometries:
        if geometry.geom_type == "Point":
            continue
        yield geometry
        for tolerance in (2000.0, 150.0):  # PathCache's tolerances, in degrees as it applies them
            yield shapely.simplify(geometry, tolerance / 100_000, preserve_topology=False)


def test_the_paths_of_the_map_are_the_paths_built_part_by_part(qapp, monkeypatch):
    monkeypatch.setattr(paths, "_STREAMED_FROM_PARTS", 1)  # every multi-part geometry streamed
    streamed = 0
    for geometry in map_geometries():
        streamed += paths._streamed_path(geometry) is not None
        assert elements(paths.geometry_path(geometry)) == elements(paths._path_by_parts(geometry))
    assert streamed  # the rivers, the multi-part countries and zones


@pytest.mark.parametrize(
    "wkt",
    [
        "MULTILINESTRING ((36 36, 36 36), (37 35, 37.5 35.5))",  # a line of one point, then one
        "MULTILINESTRING ((37 35, 37.5 35.5), (36 36, 36 36))",  # ... last: its moveTo stays
        "MULTILINESTRING ((36 36, 36 36), (36.1 36, 36.1 36), (37 35, 37 35, 37.5 35.5))",
        "MULTILINESTRING ((36 36, 37 37), EMPTY, (38 38, 39 39))",
        "MULTIPOLYGON (((36 36, 37 36, 37 37, 36 36), (36.2 36.1, 36.5 36.1, 36.5 36.4, "
        "36.2 36.1)), ((38 36, 39 36, 39 37, 38 36)))",
        "MULTIPOLYGON (((36 36, 37 36, 37 37, 36 36)), EMPTY)",
    ],
)
def test_odd_geometries_stream_to_the_same_path(qapp, monkeypatch, wkt):
    monkeypatch.setattr(paths, "_STREAMED_FROM_PARTS", 1)
    geometry = shapely.from_wkt(wkt)
    assert paths._streamed_path(geometry) is not None
    assert elements(paths.geometry_path(geometry)) == elements(paths._path_by_parts(geometry))


def test_empty_and_single_part_geometries_are_built_part_by_part(qapp):
    for wkt in ("LINESTRING EMPTY", "POLYGON EMPTY", "LINESTRING (36 36, 37 37)"):
        geometry = shapely.from_wkt(wkt)
        assert paths._streamed_path(geometry) is None
        assert elements(paths.geometry_path(geometry)) == elements(paths._path_by_parts(geometry))


def paint_labels(layer: PlaceLabelsLayer, lang: str, hidden=frozenset({"second_script"})):
    basemap, atlas, _ = bundled_data()
    transform = MapTransform.fit(WHOLE_REGION, 1400, 900)
    view = ViewState(extent=WHOLE_REGION, hidden_layers=hidden)
    ctx = RenderContext(view=view, basemap=basemap, atlas=atlas, label_language=lang)
    image = QImage(1400, 900, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    layer.paint(painter, transform, ctx)
    painter.end()
    return list(zip(layer.last_placed, layer.last_drawn, strict=True)), image


def test_english_town_labels_read_no_gazetteer_and_read_the_same(qapp):
    lazy = PlaceLabelsLayer()
    drawn, image = paint_labels(lazy, "en")
    assert drawn
    assert lazy._gazetteer is None  # no town's other names looked up
    eager = PlaceLabelsLayer()
    paint_labels(eager, "en")
    for i in range(len(eager._names)):  # every label's names resolved first
        eager._names_of(i)
    drawn_eager, image_eager = paint_labels(eager, "en")
    assert drawn_eager == drawn
    assert image_eager == image


@pytest.mark.parametrize(
    ("lang", "hidden"), [("en", frozenset()), ("ar", frozenset({"second_script"}))]
)
def test_a_second_line_or_another_language_still_reads_the_gazetteer(qapp, lang, hidden):
    layer = PlaceLabelsLayer()
    drawn, _ = paint_labels(layer, lang, hidden)
    assert layer._gazetteer is not None
    assert any(main != english or second for english, (main, second) in drawn)


@pytest.mark.parametrize("locale_name", ["en_GB", "ar_SY", "tr_TR", "ku_TR"])
def test_the_date_field_accepts_its_own_text_as_qt_does_and_still_reads_typed_dates(
    qapp, locale_name
):
    from datetime import date

    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtGui import QValidator

    from desktop.panel.date_field import TypedDateEdit, WesternDigitsDateEdit

    field = TypedDateEdit()
    field.setLocale(QLocale(locale_name))
    field.setDateRange(QDate(2011, 3, 15), QDate(2026, 12, 31))
    field.setDisplayFormat("d MMMM yyyy" if locale_name == "ku_TR" else "d MMM yyyy")
    for day in (date(2023, 4, 25), date(2011, 3, 15), date(2019, 11, 5)):
        field.setDate(QDate(day.year, day.month, day.day))
        own = field.lineEdit().text()
        assert field.validate(own, 0)[0] == QValidator.State.Acceptable
        assert WesternDigitsDateEdit.validate(field, own, 0)[0] == QValidator.State.Acceptable
    assert field.validate("2019-11-15", 0)[0] == QValidator.State.Acceptable
    assert field.validate("2030-01-01", 0)[0] == QValidator.State.Intermediate  # out of range
    assert field.validate("31 Feb 2019", 0)[0] != QValidator.State.Acceptable
