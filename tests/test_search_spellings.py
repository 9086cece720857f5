"""Search finds a town by the spellings reporters use, not only the gazetteer's."""

from functools import cache

import pytest

from geodata.search import SearchIndex
from geodata.search_match import skeleton


@cache
def index():
    from geodata.atlas import load_atlas
    from geodata.basemap import load_basemap

    return SearchIndex(load_atlas(), load_basemap())


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Maarat al-Numan", "Ma‘arrat an Nu‘mān"),
        ("Maarat al Numan", "Ma‘arrat an Nu‘mān"),
        ("Deir Ezzor", "Deir ez-Zor"),
        ("Tel Rifaat", "Tell Rifaat"),
        ("Tal Rifat", "Tell Rifaat"),
        ("Kobane", "Kobani"),
        ("Serekaniye", "Ras al-Ain"),
        ("Qamishlo", "Qamishli"),
    ],
)
def test_common_spellings_find_the_town(typed, found):
    results = index().search(typed)
    assert results and results[0].title == found


def test_spellings_share_a_skeleton():
    assert skeleton("Hmeimim") == skeleton("Khmeimim") == skeleton("Hmeymim")
    assert skeleton("Sheikh Maqsoud") == skeleton("Sheikh Maksood")
    assert skeleton("Maarat al-Numan") == skeleton("Ma'arrat an-Nu'man")


def test_nonsense_finds_nothing():
    assert index().search("Xyzzyville") == []


@pytest.mark.parametrize("typed", ["36.2, 37.1", "36.2N 37.1E", "37.1E, 36.2N", "36.2° N 37.1° E"])
def test_typed_coordinates_are_a_place_to_go_to(typed):
    (result,) = index().search(typed)
    assert result.kind == "place" and (result.lat, result.lon) == (36.2, 37.1)
