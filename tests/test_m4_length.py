"""M4 lengths are shown to the precision the line supports, and the line agrees with the road
distances the sources give."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.app import main
from geodata.m4_distances import (
    DISTANCES_FILE,
    SourcedDistance,
    distance_problems,
    read_distances,
)
from geodata.m4_length import approx_km, rounded_km
from geodata.paths import data_dir
from geodata.sources import load_registry


@pytest.mark.parametrize(
    ("km", "text"),
    [
        (148.372, "≈ 150 km ± 10 %"),
        (652.1, "≈ 650 km ± 10 %"),
        (57.4, "≈ 55 km ± 10 %"),
        (7.3, "≈ 7 km ± 10 %"),
        (0.2, "< 1 km"),
    ],
)
def test_lengths_are_rounded_to_what_the_line_supports(km, text):
    assert approx_km(km) == text


def test_rounding_never_hides_more_than_the_uncertainty():
    for km in (3.0, 12.0, 48.0, 103.0, 440.0, 655.0):
        assert abs(rounded_km(km) - km) <= max(0.5, 0.1 * km)


def test_line_agrees_with_every_sourced_road_distance():
    data = data_dir()
    registry = load_registry(data)
    distances = read_distances(data / DISTANCES_FILE)
    assert distances and all(d.source in registry and d.checked for d in distances)
    assert distance_problems(data, registry) == []


def test_every_vertex_carries_its_source_and_uncertainty():
    document = json.loads((data_dir() / "features.geojson").read_text(encoding="utf-8"))
    m4 = next(f for f in document["features"] if f["properties"]["id"] == "m4")
    points = m4["properties"]["waypoints"]
    assert [(p["lon"], p["lat"]) for p in points] == [
        tuple(c) for c in m4["geometry"]["coordinates"]
    ]
    registry = load_registry(data_dir())
    for p in points:
        assert p["coord_source"] and p["lateral_km"] > 0, p["name"]
        assert all(s in registry for s in p["on_road_sources"]), p["name"]
        # a vertex no dated source puts on the road is marked as an estimate
        assert p["on_road_sources"] or p["estimated"], p["name"]
    assert "approximate" in m4["properties"]["name"].lower()


def _with_distance(tmp_path: Path, km: float, approx: str = "false", source: str = "") -> Path:
    data = Path(shutil.copytree(data_dir(), tmp_path / "data"))
    source = source or "syria_transport-2020-03-latakia-saraqib-98km"
    (data / DISTANCES_FILE).write_text(
        "[[distance]]\n"
        'from = "Ariha"\nto = "Saraqib"\n'
        f"km = {km}\napprox = {approx}\n"
        f'source = "{source}"\nchecked = 2026-12-03\n',
        encoding="utf-8",
    )
    return data


def test_a_line_that_disagrees_with_a_sourced_distance_fails_validate(tmp_path, capsys):
    data = _with_distance(tmp_path, 40)  # the line measures ~19 km there
    found = distance_problems(data, load_registry(data))
    assert len(found) == 1 and "the sources give 40 km" in found[0][1]
    assert main(["validate", str(data)]) == 1
    assert "m4_distances.toml: Ariha - Saraqib: the line measures" in capsys.readouterr().out


def test_a_distance_needs_a_registered_source(tmp_path):
    data = _with_distance(tmp_path, 20, "true", source="nobody-2020-01-01-x")
    found = distance_problems(data, load_registry(data))
    assert any("not in the registry" in message for _, message in found)


def test_an_about_figure_gets_half_its_rounding_step():
    low, high = SourcedDistance("a", "b", 25, True, "s", None).bounds()
    assert (low, high) == (25 - 1.25 - 2.5, 25 + 1.25 + 2.5)
    assert SourcedDistance("a", "b", 98, False, "s", None).bounds() == (98 * 0.95, 98 * 1.05)
