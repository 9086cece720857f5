"""Search results in the interface languages: a place is titled by its name in the language
where a curated gazetteer records one, and the kind, governorate, holder and dates of the
detail are translated; English stays the text the CLI prints."""

from __future__ import annotations

import re
from functools import cache

import pytest

from geodata.legend.language import Language, catalogue
from geodata.search import SearchIndex
from geodata.search_text import GOVERNORATES, PLACE_KINDS, result_texts

ISOLATED = re.compile("\u2068[^\u2069]*\u2069")  # a name kept in its own script (FSI ... PDI)
LANGUAGES = ("ar", "tr", "ku")


@cache
def index() -> SearchIndex:
    from geodata.basemap import load_basemap

    return SearchIndex(_atlas(), load_basemap())


@cache
def _atlas():
    from geodata.atlas import load_atlas

    return load_atlas()


def _first_place(text: str):
    return next(r for r in index().search(text) if r.kind == "place")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_place_kind_and_governorate_has_a_translation(lang):
    table = catalogue(lang)
    assert all(("SearchKind", word) in table for word in PLACE_KINDS)
    assert all(("Governorate", name) in table for name in GOVERNORATES)
    if lang == "ar":  # Arabic shares no spelling with the English
        assert all(table[("Governorate", name)] != name for name in GOVERNORATES)


def test_a_town_with_an_arabic_name_is_titled_in_arabic_with_its_english_name_among_the_others():
    found = (
        (loc, r)
        for loc in _atlas().localities.values()
        if loc.name_ar and loc.kind == "town" and loc.admin1 == "Raqqa"
        for r in index().search(loc.name)
        if r.record_id == loc.id and r.region == "Raqqa"  # not a story place (no governorate)
    )
    locality, result = next(found)
    title, detail = result_texts(result, Language("ar"), _atlas())
    assert title == locality.name_ar
    assert f"\u2068{locality.name}\u2069" in detail  # the English spelling, isolated
    arabic = Language("ar")
    assert arabic.translate("SearchKind", "town") in detail
    assert arabic.translate("Governorate", "Raqqa") in detail


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("text", ["Suluk", "Manbij", "Tell Abyad", "Jarabulus", "Qamishli"])
def test_place_details_carry_no_english_words_outside_the_names(lang, text):
    result = _first_place(text)
    english_title, english_detail = result.title, result.detail
    title, detail = result_texts(result, Language(lang), _atlas())
    words = english_detail.split(" · ")[0]  # "town, Raqqa": kind and governorate
    assert words not in detail
    if lang == "ar":  # Latin letters are left only inside the isolated names
        assert not re.search("[A-Za-z]", ISOLATED.sub("", detail)), detail
    local = dict(result.local_names).get(lang)
    assert title == (local or english_title)


def test_a_town_no_curated_gazetteer_names_in_arabic_keeps_its_latin_title():
    """GeoNames' Arabic alternates are not trusted for titles (they mix scripts and places)."""
    result = _first_place("Ceylanpinar")
    title, detail = result_texts(result, Language("ar"), _atlas())
    assert title == result.title
    assert Language("ar").translate("CountryName", "Turkey") in detail


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_zone_result_names_its_holder_and_months_in_the_language(lang):
    from geodata.legend.parties import party_name

    zone = next(r for r in index().search("Manbij") if r.kind == "zone")
    _title, detail = result_texts(zone, Language(lang), _atlas())
    assert party_name(_atlas(), zone.party, zone.valid_from, lang) in detail
    assert Language(lang).day(zone.valid_from).split(" ", 1)[1] in detail
    assert "area held by" not in detail


def test_english_is_the_result_s_own_text():
    for text in ("Manbij", "Suluk", "Moscow", "35.9 36.6"):
        for result in index().search(text):
            assert result_texts(result, Language("en"), _atlas()) == (result.title, result.detail)


def test_the_search_box_shows_and_chooses_the_arabic_title(qtbot, language):
    pytest.importorskip("pytestqt")
    from desktop.search import TITLE_ROLE, SearchBox

    language("ar")
    box = SearchBox(index())
    qtbot.addWidget(box)
    box.setText("Manbij")
    results = box.update_results()
    town = next(r for r in results if r.kind == "place")
    arabic_title = dict(town.local_names)["ar"]
    row = results.index(town)
    item = box._completer.model().index(row, 0)
    assert item.data(TITLE_ROLE) == arabic_title
    assert item.data().startswith(arabic_title)
    chosen = []
    box.result_chosen.connect(chosen.append)
    box.choose(town)
    assert box.text() == arabic_title and chosen == [town]
