"""A name typed in Arabic, Turkish or Kurdish finds its town first, and what follows sounds
like the whole typed name, never only like its start: "Serêkaniyê" is Ras al-Ain, and
Saraykent (a Turkish town whose consonants begin alike) is not offered as another answer."""

from __future__ import annotations

from functools import cache

import pytest

from geodata.search import SearchIndex
from geodata.search_match import normalize, skeleton, skeleton_match


@cache
def index() -> SearchIndex:
    from geodata.atlas import load_atlas
    from geodata.basemap import load_basemap

    return SearchIndex(load_atlas(), load_basemap())


def _places(typed: str) -> list:
    return [r for r in index().search(typed) if r.kind == "place"]


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("Serêkaniyê", "Ras al-Ain"),  # Kurdish
        ("Serê Kaniyê", "Ras al-Ain"),
        ("رأس العين", "Ras al-Ain"),  # Arabic
        ("Kobanê", "Kobani"),
        ("Kobanî", "Kobani"),
        ("عين العرب", "Kobani"),
        ("Girê Spî", "Tell Abyad"),
        ("Tall Abyad", "Tell Abyad"),
        ("تل أبيض", "Tell Abyad"),
        ("Til Temir", "Tell Tamer"),
        ("Efrîn", "Afrin"),
        ("عفرين", "Afrin"),
        ("Münbiç", "Manbij"),  # Turkish
        ("Minbic", "Manbij"),
        ("Cerablus", "Jarabulus"),
        ("Kamışlı", "Qamishli"),
        ("Qamişlo", "Qamishli"),
        ("Akçakale", "Akçakale"),  # the Turkish town across from Tell Abyad is itself
    ],
)
def test_a_name_in_any_language_finds_its_town_first(typed, town):
    found = _places(typed)
    assert found and found[0].title == town, [r.title for r in found]


@pytest.mark.parametrize(
    "typed", ["Serêkaniyê", "Serekaniye", "Tall Abyad", "Tel Abyad", "Efrîn", "Kobanê", "Münbiç"]
)
def test_after_the_town_only_places_of_that_whole_name_follow(typed):
    """Every place offered has the typed name as a name, or as the whole consonant skeleton of
    one (Kabani for "Kobanê"): none only because a longer word starts alike (Saraykent for
    "Serêkaniyê", Tall Abdelaziz for "Tall Abyad")."""
    query, typed_key = skeleton(typed), normalize(typed)
    for result in _places(typed):
        names = set(result.keys)
        whole = any(skeleton_match(query, skeleton(k), prefix=False) for k in names)
        assert typed_key in names or whole, (typed, result.title)
    assert "Saraykent" not in [r.title for r in _places("Serêkaniyê")]


def test_a_syrian_place_of_the_same_sound_comes_before_a_foreign_town():
    """For "Efrîn": Afrin town, then the Syrian village called Afrin, then any town abroad that
    only sounds alike (Al Farwaniyah, Kuwait)."""
    found = _places("Efrîn")
    syrian = [not r.foreign for r in found]
    assert syrian == sorted(syrian, reverse=True), [(r.title, r.region) for r in found]
    assert [r.title for r in found[:2]] == ["Afrin", "Afrin"]


def test_a_half_typed_name_still_offers_towns_that_start_alike():
    """Prefix skeletons still help while typing: "Serek" offers Ras al-Ain (Serêkaniyê)."""
    assert _places("Serek")[0].title == "Ras al-Ain"
    assert len(_places("Serek")) > 1
