"""A derived zone is named after the biggest place it holds: a journalist clicking the zone
that holds Aleppo reads "… – Aleppo", not the name of whichever city the records list first."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from geodata.atlas import load_atlas
from geodata.control.zones import place_ranks


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


@pytest.mark.parametrize(
    ("lon", "lat", "day", "name"),
    [
        (37.161, 36.201, date(2025, 6, 1), "Syrian transitional government – Aleppo"),
        (39.008, 35.953, date(2016, 12, 22), "Islamic State (ISIS) – Raqqa"),
        (37.95, 36.53, date(2016, 12, 22), "Syrian Democratic Forces (SDF) – Manbij"),
    ],
)
def test_a_zone_takes_the_name_of_its_biggest_city(atlas, lon, lat, day, name):
    zone = atlas.controller_at(lon=lon, lat=lat, day=day)
    assert zone is not None and zone.name == name


def test_population_ranks_places_of_a_kind_and_gazetteer_order_breaks_ties():
    town = SimpleNamespace(name="Smalltown", kind="city", coord_source="geonames:1")
    big = SimpleNamespace(name="Bigcity", kind="city", coord_source="geonames:2")
    village = SimpleNamespace(name="Hugevillage", kind="village", coord_source="geonames:3")
    unknown = SimpleNamespace(name="Unknown", kind="city", coord_source="")
    names, rank = place_ranks(
        [village, town, big, unknown], {"geonames:1": 10, "geonames:2": 500, "geonames:3": 9**9}
    )
    assert [names[i] for i in rank.argsort()] == ["Bigcity", "Smalltown", "Unknown", "Hugevillage"]
    _, tie = place_ranks([unknown, town])
    assert list(tie.argsort()) == [0, 1]
