"""GeoJSON import: zones (polygons with controller and validity) and events (points)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from geodata.importers import ImportFailed, preview, read_file

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def feature(geometry, **properties) -> dict:
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def square(lon: float, lat: float, size: float = 0.2) -> dict:
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    return {"type": "Polygon", "coordinates": [ring]}


def point(lon: float, lat: float) -> dict:
    return {"type": "Point", "coordinates": [lon, lat]}


def write(tmp_path: Path, *features: dict, name: str = "layer.geojson", **top) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features), **top}))
    return path


ZONE = {"controller": "hts", "valid_from": "2020-03-06", "valid_to": None}


def test_zones_fixture_reads_alias_properties_and_repairs_the_bow_tie():
    result = read_file(FIXTURES / "zones.geojson", origin="ws")
    assert result.kind == "zones" and len(result.zones) == 3
    west, east, bow_tie = result.zones
    assert west.id == "ws:ws:test-box-west"  # the Feature's own id
    assert west.controller == "hts"  # from "controlled_by"
    assert (west.valid_from, west.valid_to) == (date(2020, 3, 6), None)  # null: still valid
    assert west.backers == ("sna", "turkey")
    assert west.sources[0].publisher == "Synthetic test source"
    assert east.valid_to == date(2024, 12, 8) and east.contested
    assert bow_tie.geometry.is_valid and bow_tie.geometry.geom_type == "MultiPolygon"
    assert result.repaired == 1
    assert result.warnings[0].startswith("1 invalid geometry repaired with make_valid: feature 3")


def test_zone_without_controller_or_dates_names_the_missing_property(tmp_path):
    path = write(tmp_path, feature(square(36, 35), controller="hts", valid_from="2020-01-01"))
    with pytest.raises(ImportFailed, match=r"no column or property for 'valid_to'"):
        read_file(path)
    path = write(
        tmp_path,
        feature(square(36, 35), **{**ZONE, "controller": ""}),
        feature(square(37, 35), **{**ZONE, "valid_from": "someday"}),
    )
    with pytest.raises(ImportFailed) as caught:
        read_file(path)
    assert [str(p) for p in caught.value.problems] == [
        "feature 1: missing controller in 'controller'",
        "feature 2: unparsable date 'someday' in column 'valid_from'",
    ]


def test_zone_ending_before_it_starts_is_an_error(tmp_path):
    path = write(tmp_path, feature(square(36, 35), **{**ZONE, "valid_to": "2019-01-01"}))
    with pytest.raises(ImportFailed, match=r"feature 1: valid_to 2019-01-01 is before valid_from"):
        read_file(path)


def test_polygon_that_cannot_be_repaired_is_an_error(tmp_path):
    flat = {"type": "Polygon", "coordinates": [[[36, 35], [37, 35], [38, 35], [36, 35]]]}
    with pytest.raises(ImportFailed, match=r"feature 1: invalid polygon that cannot be repaired"):
        read_file(write(tmp_path, feature(flat, **ZONE)))


def test_events_from_points_with_properties(tmp_path):
    path = write(
        tmp_path, feature(point(36.63, 35.93), date="2023-04-25", name="Test", kind="visit")
    )
    event = read_file(path, origin="w").events[0]
    assert (event.lat, event.lon, event.kind, event.title) == (35.93, 36.63, "visit", "Test")
    assert event.id == "ws:w:layer-1"


def test_features_without_geometry_can_use_lat_lon_properties(tmp_path):
    path = write(tmp_path, feature(None, date="2023-04-25", latitude=35.9, longitude=36.6))
    assert read_file(path).events[0].lat == 35.9


def test_mixed_points_and_polygons_ask_for_a_kind(tmp_path):
    path = write(
        tmp_path, feature(point(36.6, 35.9), date="2023-04-25"), feature(square(36, 35), **ZONE)
    )
    with pytest.raises(ImportFailed, match=r"both points \(1\) and polygons \(1\); choose --kind"):
        read_file(path)
    events = read_file(path, kind="events")
    assert len(events.events) == 1 and "skipped 1 feature with polygons" in events.warnings[0]
    assert len(read_file(path, kind="zones").zones) == 1


def test_coordinates_out_of_range_are_errors(tmp_path):
    path = write(
        tmp_path,
        feature(point(200, 35.9), date="2023-04-25"),
        feature(point(36, -91), date="2023-04-25"),
    )
    with pytest.raises(ImportFailed) as caught:
        read_file(path)
    assert [str(p) for p in caught.value.problems] == [
        "feature 1: bad geometry: longitude 200 out of range -180..180",
        "feature 2: bad geometry: latitude -91 out of range -90..90",
    ]


def test_malformed_geometry_is_named(tmp_path):
    path = write(
        tmp_path, feature({"type": "Polygon", "coordinates": [[[36, 35], [37, 35]]]}, **ZONE)
    )
    with pytest.raises(
        ImportFailed,
        match=r"feature 1: bad geometry: polygon ring needs at "
        r"least 4 positions, has 2",
    ):
        read_file(path)


def test_projected_crs_is_refused(tmp_path):
    crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}
    path = write(tmp_path, feature(point(36.6, 35.9), date="2023-04-25"), crs=crs)
    with pytest.raises(ImportFailed, match=r"not WGS84.*EPSG:4326"):
        read_file(path)


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", r"line 1: not valid JSON"),
        ("[1, 2", r"not valid JSON"),
        ('"just a string"', r"not GeoJSON: the top level is not an object"),
        ('{"type": "Topology"}', r"not GeoJSON: unknown type 'Topology'"),
        ('{"type": "FeatureCollection", "features": []}', r"the file has no features"),
        ("[" * 100000 + "]" * 100000, r"nested too deeply|not valid JSON"),
    ],
)
def test_files_that_are_not_geojson(tmp_path, content, message):
    path = tmp_path / "x.geojson"
    path.write_text(content)
    with pytest.raises(ImportFailed, match=message):
        read_file(path)


def test_preview_of_a_zone_file(tmp_path):
    shown = preview(FIXTURES / "zones.geojson", limit=2)
    assert shown.kind == "zones" and shown.format == "geojson"
    assert shown.mapping["controller"] == "controlled_by"
    assert [z.name for z in shown.records] == [
        "Test box west (synthetic)",
        "Test box east (synthetic)",
    ]


def test_preview_of_a_mixed_file_asks_for_a_choice_instead_of_failing(tmp_path):
    path = write(
        tmp_path, feature(point(36.6, 35.9), date="2023-04-25"), feature(square(36, 35), **ZONE)
    )
    shown = preview(path)
    assert shown.geometry_counts == {"point": 1, "polygon": 1}
    assert (
        shown.problems[0] == "the file has both points (1) and polygons (1); choose events or zones"
    )
    assert preview(path, kind="zones").kind == "zones"
