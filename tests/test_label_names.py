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


def test_party_names_in_a_language_follow_the_day_as_the_english_do():
    """The caretaker government (until 28 Mar 2025) is not called transitional in Arabic,
    Turkish or Kurmanji either; without a day, the current name."""
    from datetime import date

    from geodata.legend.parties import party_name

    data = atlas()
    party = data.parties["transitional_government"]
    caretaker, sworn_in = date(2025, 1, 15), date(2025, 6, 1)
    assert "caretaker" in party.name_on(caretaker) and "transitional" in party.name_on(sworn_in)
    for lang in ("ar", "tr", "ku"):
        then = party_name(data, party.id, caretaker, lang)
        now = party_name(data, party.id, sworn_in, lang)
        assert then != now, lang
        assert party.name_on(caretaker) != then and party.name_on(sworn_in) != now  # translated
        assert party_name(data, party.id, None, lang) == now
    assert party_name(data, party.id, caretaker, "en") == party.name_on(caretaker)
