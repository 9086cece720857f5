"""Map-label names in the interface languages come from both gazetteers (Qt-free)."""

from __future__ import annotations

from functools import cache

from geodata.control.model import Locality
from geodata.label_names import LabelNames, spelling_key
from geodata.model import Place


@cache
def atlas():
    from geodata.atlas import load_atlas

    return load_atlas()


def test_the_control_gazetteer_names_a_town_in_arabic_turkish_and_kurmanji():
    """localities.csv's name_ar, name_tr and name_ku reach the labels on their own."""
    qamishli = atlas().localities["qamishli"]
    names = LabelNames(localities=atlas().localities.values())
    found = names.names_at(qamishli.lon, qamishli.lat, ["Qamishli"])
    assert found == {"ar": qamishli.name_ar, "tr": qamishli.name_tr, "ku": qamishli.name_ku}
    assert found["tr"] and found["ku"] and found["ar"]


def test_a_different_place_nearby_lends_no_name():
    """Nusaybin lies across the border from Qamishli, within 3 km: it is not Qamishli."""
    qamishli = atlas().localities["qamishli"]
    names = LabelNames.of_atlas(atlas())
    assert names.names_at(qamishli.lon, qamishli.lat, ["Nusaybin"]) == {}
    far = names.names_at(qamishli.lon + 0.2, qamishli.lat, ["Qamishli"])
    assert far == {}  # the same spelling 18 km away is another place


def test_spellings_match_without_articles_accents_or_hyphens():
    assert spelling_key("al-Hasakah") == spelling_key("Hasakah") == spelling_key("AL HASAKAH")
    assert spelling_key("Qamişlo") == spelling_key("Qamishlo")


def test_the_talks_gazetteer_wins_and_the_localities_fill_its_gaps():
    place = Place("p", "Townia", 36.0, 38.0, "town", alt_names=("Taunya (Turkish)",))
    locality = Locality(
        "l", "Townia", 36.001, 38.001, name_ar="تاونيا", name_tr="Other", name_ku="Taunê"
    )
    names = LabelNames([place], [locality]).names_at(38.0, 36.0, ["Townia"])
    assert names == {"tr": "Taunya", "ar": "تاونيا", "ku": "Taunê"}


def test_a_name_nobody_recorded_stays_absent():
    """No guess: a language neither gazetteer records is absent (the label stays English)."""
    locality = Locality("l", "Townia", 36.0, 38.0, name_ar="تاونيا")
    assert LabelNames([], [locality]).names_at(38.0, 36.0, ["Townia"]) == {"ar": "تاونيا"}
