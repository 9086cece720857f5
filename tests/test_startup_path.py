"""What start-up now does more cheaply gives the same result: base-map shapes read as arrays,
map paths built in one call, town names looked up only for the labels a frame draws."""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely
from shapely.geometry import shape

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPolygonF  # noqa: E402
from window_fixture import bundled_data  # noqa: E402

from desktop.render.context import RenderContext  # noqa: E402
from desktop.render.labels import PlaceLabelsLayer  # noqa: E402
from desktop.render.paths import geometry_path, polygon_from_arrays  # noqa: E402
from desktop.render.transform import MapTransform  # noqa: E402
from geodata.basemap import LAYER_NAMES, _layer_file, load_layer  # noqa: E402
from geodata.model import ViewState  # noqa: E402
from geodata.projection import to_mercator  # noqa: E402

WHOLE_REGION = (35.5, 32.2, 42.5, 37.6)


@pytest.mark.parametrize("name", LAYER_NAMES)
def test_base_map_shapes_are_the_geojson_shapes(name):
    features = json.loads(_layer_file(name).read_text(encoding="utf-8"))["features"]
    loaded = load_layer(name)
    assert len(loaded) == len(features)
    for feature, base in zip(features, loaded, strict=True):
        expected = shape(feature["geometry"])
        assert base.geometry.geom_type == expected.geom_type
        assert shapely.to_wkb(base.geometry) == shapely.to_wkb(expected)  # every coordinate


def test_a_polygon_from_arrays_is_the_polygon_of_its_points():
    xs = np.array([3_900_000.5, 4_100_000.25, -1.0, 0.0, 1e-300])
    ys = np.array([4_300_000.0, 4_250_000.125, 2.5, 0.0, -7.0])
    expected = QPolygonF([QPointF(x, y) for x, y in zip(xs, ys, strict=True)])
    polygon = polygon_from_arrays(xs, ys)
    assert polygon.size() == len(xs)
    assert [(p.x(), p.y()) for p in polygon] == [(p.x(), p.y()) for p in expected]
    assert polygon_from_arrays(np.array([]), np.array([])).isEmpty()


def point_by_point(line: shapely.LineString) -> QPainterPath:
    """A line's path as Qt builds it from a moveTo and a lineTo per point."""
    xs, ys = to_mercator(*np.asarray(line.coords).T)
    path = QPainterPath()
    path.moveTo(xs[0], ys[0])
    for x, y in zip(xs[1:], ys[1:], strict=True):
        path.lineTo(x, y)
    return path


def elements(path: QPainterPath) -> list[tuple]:
    return [(e.type, e.x, e.y) for e in (path.elementAt(i) for i in range(path.elementCount()))]


def test_a_line_path_is_the_path_qt_builds_point_by_point():
    # repeated points (which lineTo leaves out), a closed line, and a multi-part river
    line = shapely.LineString([(36.0, 36.0), (36.0, 36.0), (36.5, 36.2), (36.5, 36.2), (37, 35)])
    ring = shapely.LineString([(38, 35), (38.5, 35), (38.5, 35.5), (38, 35)])
    assert elements(geometry_path(line)) == elements(point_by_point(line))
    assert elements(geometry_path(ring)) == elements(point_by_point(ring))
    river = max(load_layer("rivers"), key=lambda f: len(shapely.get_coordinates(f.geometry)))
    parts = getattr(river.geometry, "geoms", [river.geometry])
    expected = QPainterPath()
    for part in parts:
        expected.addPath(point_by_point(part))
    assert elements(geometry_path(river.geometry)) == elements(expected)


def paint_labels(layer: PlaceLabelsLayer, lang: str, extent) -> list[tuple[str, str]]:
    basemap, atlas, _ = bundled_data()
    transform = MapTransform.fit(extent, 1400, 900)
    ctx = RenderContext(
        view=ViewState(extent=extent), basemap=basemap, atlas=atlas, label_language=lang
    )
    image = QImage(1400, 900, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    layer.paint(painter, transform, ctx)
    painter.end()
    return list(zip(layer.last_placed, layer.last_drawn, strict=True))


@pytest.mark.parametrize("lang", ["tr", "ar"])
def test_town_names_are_looked_up_for_the_labels_drawn_only_and_read_the_same(qapp, lang):
    lazy = PlaceLabelsLayer()
    drawn = paint_labels(lazy, lang, WHOLE_REGION)
    assert drawn
    looked_up = sum(names is not None for names in lazy._names)
    assert looked_up < len(lazy._names) / 5  # not every town of the base map
    eager = PlaceLabelsLayer()
    paint_labels(eager, lang, WHOLE_REGION)
    for i in range(len(eager._names)):  # every label's names resolved before a paint
        eager._names_of(i)
    assert paint_labels(eager, lang, WHOLE_REGION) == drawn
    assert any(main != english for english, (main, _) in drawn)  # names of the language
