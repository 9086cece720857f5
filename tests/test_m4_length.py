"""M4 lengths are shown to the precision the line supports, and the line agrees with the road
distances the sources give."""

from __future__ import annotations

import pytest
from pyproj import Geod
from shapely.geometry import Point
from shapely.ops import substring

from geodata.io import load_records
from geodata.m4_length import SOURCED_DISTANCES, approx_km, rounded_km
from geodata.paths import data_dir
from geodata.sources import load_registry

GEOD = Geod(ellps="WGS84")
TOWNS = {"Latakia": (35.79011, 35.53168), "Saraqib": (36.80591, 35.86447)}


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


def test_line_length_between_towns_is_within_the_sourced_road_distances():
    m4 = next(f for f in load_records().features if f.id == "m4").geometry
    registry = load_registry(data_dir())
    by_pair: dict[tuple[str, str], list[float]] = {}
    for a, b, km, source_id in SOURCED_DISTANCES:
        assert source_id in registry, source_id  # every distance is cited
        by_pair.setdefault((a, b), []).append(km)
    for (a, b), distances in by_pair.items():
        start, end = sorted(m4.project(Point(*TOWNS[t])) for t in (a, b))
        piece = substring(m4, start, end)
        km = GEOD.geometry_length(piece) / 1000
        # within a few % of the range the sources give (they disagree with each other)
        assert min(distances) * 0.95 <= km <= max(distances) * 1.05, (a, b, km, distances)
