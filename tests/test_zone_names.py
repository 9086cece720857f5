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


def test_a_zone_holding_a_namesake_village_says_which_one(atlas):
    """On 15 Jun 2017 the Turkish-backed factions held the city of al-Bab and IS a desert
    village of the same name near al-Safira: the IS zone must not read as if it held the city."""
    from geodata.legend.parties import zone_title

    day = date(2017, 6, 15)
    village = atlas.localities["al_bab_al_safira"]
    desert = atlas.controller_at(lon=village.lon, lat=village.lat, day=day)
    assert desert is not None and desert.controller == "isis"
    assert desert.name == "Islamic State (ISIS) – al-Bab (Al-Safira)"
    # no Arabic name is recorded for the village: its title keeps the district in Arabic too
    assert zone_title(atlas, desert, "ar").endswith("– al-Bab (Al-Safira)")
    city = atlas.localities["al_bab"]
    held = atlas.controller_at(lon=city.lon, lat=city.lat, day=day)
    assert held is not None and held.name.endswith("– al-Bab")
    assert zone_title(atlas, held, "ar").endswith("– الباب")


def test_namesakes_the_best_ranked_keeps_the_bare_name():
    city = SimpleNamespace(name="al-Bab", kind="city", coord_source="", admin2="Al-Bab")
    village = SimpleNamespace(name="al-Bab", kind="village", coord_source="", admin2="Al-Safira")
    names, _ = place_ranks([village, city])
    assert names == ["al-Bab (Al-Safira)", "al-Bab"]


def test_a_zone_takes_no_area_another_party_holds_on_its_day(atlas):
    """The factions' Baselhaya in 2021 lies inside the Tell Rifaat area they took in Dec 2024;
    in 2021 that area is the SDF's pocket, so the factions' zone is not "tell_rifaat" (it was,
    and --select tell_rifaat then showed Baselhaya instead of the pocket)."""
    from geodata.view_request import view_for

    day = date(2021, 1, 1)
    for zone in atlas.zones_at(day):
        if zone.area == "tell_rifaat":
            assert zone.controller != "sna", zone.id
    village = atlas.localities["baselhaya"]
    factions = atlas.controller_at(lon=village.lon, lat=village.lat, day=day)
    assert factions is not None and factions.controller == "sna" and factions.area != "tell_rifaat"
    # the area has no zone that day: its id still finds the pocket, as the place id it also is
    view = view_for(atlas, day, "tell_rifaat")
    pocket = atlas.zone(view.selected_zone)
    town = atlas.localities["tell_rifaat"]
    assert pocket is atlas.controller_at(lon=town.lon, lat=town.lat, day=day)
    assert pocket.controller == "sdf"
