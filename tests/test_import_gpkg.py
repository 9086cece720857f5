"""GeoPackage import: point layers as events, polygon layers as zones, any CRS."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import geopandas
import pytest
from shapely.geometry import Point, Polygon

from geodata.importers import ImportFailed, preview, read_file


def write_layer(path: Path, layer: str, rows: list[dict], crs: str = "EPSG:4326") -> Path:
    frame = geopandas.GeoDataFrame(rows, geometry="geometry", crs=crs)
    frame.to_file(path, layer=layer, driver="GPKG", engine="pyogrio")
    return path


def test_point_layer_imports_as_events(tmp_path):
    path = write_layer(
        tmp_path / "pts.gpkg",
        "sightings",
        [
            {"day": "2023-04-25", "name": "Test A", "geometry": Point(36.63, 35.93)},
            {"day": "2023-04-26", "name": "Test B", "geometry": Point(37.16, 36.2)},
        ],
    )
    result = read_file(path, origin="w")
    assert result.format == "gpkg" and result.kind == "events"
    assert [(e.title, e.date, e.lat) for e in result.events] == [
        ("Test A", date(2023, 4, 25), 35.93),
        ("Test B", date(2023, 4, 26), 36.2),
    ]


def test_polygon_layer_in_a_projected_crs_is_reprojected_to_zones(tmp_path):
    # A 10 km square in UTM 37N, around Idlib.
    x, y = 285_000, 3_978_000
    square = Polygon([(x, y), (x + 10_000, y), (x + 10_000, y + 10_000), (x, y + 10_000)])
    path = write_layer(
        tmp_path / "zones.gpkg",
        "control",
        [
            {"holder": "hts", "since": "2020-03-06", "until": None, "geometry": square},
        ],
        crs="EPSG:32637",
    )
    zone = read_file(path).zones[0]
    assert zone.controller == "hts" and zone.valid_to is None
    min_lon, min_lat, max_lon, max_lat = zone.geometry.bounds
    assert 36.5 < min_lon < max_lon < 36.9 and 35.8 < min_lat < max_lat < 36.1


def test_invalid_polygon_is_repaired_and_reported(tmp_path):
    bow_tie = Polygon([(36, 35), (37, 36), (37, 35), (36, 36), (36, 35)])
    path = write_layer(
        tmp_path / "z.gpkg",
        "zones",
        [
            {
                "controller": "x",
                "valid_from": date(2020, 1, 1),
                "valid_to": None,
                "geometry": bow_tie,
            },
        ],
    )
    result = read_file(path)
    assert result.zones[0].geometry.is_valid and result.repaired == 1


def test_several_layers_need_a_layer_name(tmp_path):
    path = tmp_path / "many.gpkg"
    write_layer(path, "a", [{"date": "2023-04-25", "geometry": Point(36, 35)}])
    write_layer(path, "b", [{"date": "2023-04-25", "geometry": Point(37, 35)}])
    with pytest.raises(ImportFailed, match=r"has 2 layers \(a, b\); choose one with --layer"):
        read_file(path)
    assert read_file(path, layer="b").events[0].lon == 37
    with pytest.raises(ImportFailed, match=r"no layer 'c' \(layers: a, b\)"):
        read_file(path, layer="c")
    assert preview(path, layer="a").layers == ("a", "b")


def test_a_corrupt_geopackage_is_refused(tmp_path):
    path = tmp_path / "broken.gpkg"
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 2000)
    with pytest.raises(ImportFailed, match=r"broken.gpkg: not a readable GeoPackage"):
        read_file(path)
