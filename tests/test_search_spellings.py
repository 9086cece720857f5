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
        ("Maarat al-Numan", "Maarrat al-Nu'man"),
        ("Maarat al Numan", "Maarrat al-Nu'man"),
        ("Ma'arrat an-Nu'man", "Maarrat al-Nu'man"),
        ("Deir Ezzor", "Deir ez-Zor"),
        ("Tel Rifaat", "Tell Rifaat"),
        ("Tal Rifat", "Tell Rifaat"),
        ("Kobane", "Kobani"),
        ("Serekaniye", "Ras al-Ain"),
        ("Qamishlo", "Qamishli"),
        ("Kamışlı", "Qamishli"),
        ("Serêkaniyê", "Ras al-Ain"),
        # one y for two, another article: the village west of Manbij, not the southern city
        # whose name has the same consonants (s-d-h)
        ("al-Sayadah", "Ash Sayyadah"),
        ("as-Sweida", "Suwayda"),  # no spelling of it has "as-": what follows finds it
    ],
)
def test_common_spellings_find_the_town(typed, found):
    results = index().search(typed)
    assert results and results[0].title == found


def test_spellings_share_a_skeleton():
    assert skeleton("Hmeimim") == skeleton("Khmeimim") == skeleton("Hmeymim")
    assert skeleton("Hmeimim") == skeleton("Humaymim")
    assert skeleton("Sheikh Maqsoud") == skeleton("Sheikh Maksood") == skeleton("Şêx Meqsûd")
    assert skeleton("Maarat al-Numan") == skeleton("Ma'arrat an-Nu'man")


def _gazetteer():
    from geodata.atlas import load_atlas

    return load_atlas().localities


def _first_place(typed: str, kinds: tuple[str, ...] = ()):
    """The first place result (of one of ``kinds``, if given) for ``typed``."""
    for result in index().search(typed):
        if result.kind == "place" and (not kinds or result.detail.startswith(kinds)):
            return result
    return None


@pytest.mark.parametrize(
    ("typed", "locality"),
    [
        ("Hmeimim", "latakia_international_airport"),
        ("Khmeimim", "latakia_international_airport"),
        ("Hmeymim", "latakia_international_airport"),
        ("Humaymim", "latakia_international_airport"),
        ("Kuweires", "kuweires_airbase"),
        ("Menagh", "minakh_airbase"),
        ("Minakh", "minakh_airbase"),
        ("Qamishli airport", "qamishli_airport"),
        ("Tabqa Dam", "tabqa_dam"),
        ("Sheikh Maqsoud", "sheikh_maqsood"),
        ("Sheikh Maqsood", "sheikh_maqsood"),
        ("Şêx Meqsûd", "sheikh_maqsood"),
        ("Ras al-Ain border crossing", "ras_al_ain_border_crossing"),
    ],
)
def test_installations_and_quarters_of_the_control_gazetteer_are_found(typed, locality):
    """Airbases, dams, crossings and city quarters are found by the spellings reporters use,
    at the gazetteer's own (sourced) coordinate, with the locality id the details panel
    shows the control history of."""
    found = _first_place(typed, ("airport", "airbase", "dam", "border crossing", "neighbourhood"))
    assert found is not None, typed
    assert found.record_id == locality
    expected = _gazetteer()[locality]
    assert (found.lon, found.lat) == (expected.lon, expected.lat)


def test_a_town_across_the_border_is_not_an_alias_of_the_syrian_town():
    """Ceylanpinar is the Turkish town across the border from Ras al-Ain: found as itself, and
    Ras al-Ain does not list it as one of its names."""
    ceylanpinar = _first_place("Ceylanpınar", ("town",))
    assert ceylanpinar is not None and "Turkey" in ceylanpinar.detail
    assert ceylanpinar.record_id is None
    ras_al_ain = _first_place("Ras al-Ain", ("town",))
    assert ras_al_ain.record_id == "ras_al_ain"
    assert "ceylanpinar" not in " ".join(ras_al_ain.keys)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Cilvegözü", "Bab al-Hawa border crossing"),  # "Turkish side: Cilvegözü" in the gazetteer
        ("Peshkhabur", "Semalka border crossing"),  # "Iraqi side: Faysh Khabur / Peshkhabur / ..."
        ("Mabog", "Manbij"),  # "Mabbug/Mabog (ancient)"
    ],
)
def test_names_inside_gazetteer_annotations_find_the_place(typed, found):
    result = _first_place(typed)
    assert result is not None and result.title == found


def test_shown_alternate_names_carry_no_gazetteer_annotations():
    """A result's "also ..." list shows names, not the gazetteer's notes about them."""
    notes = ("side:", "opposite ", "near ", "(", ")", "'gate", "syrian village")
    for typed in (
        "Bab al-Hawa",
        "Semalka",
        "Kobani",
        "Qamishli",
        "Ras al-Ain",
        "Yarubiyah",
        "Manbij",
    ):
        for result in index().search(typed)[:3]:
            if result.kind != "place" or " · also " not in result.detail:
                continue
            also = result.detail.split(" · also ", 1)[1].casefold()
            assert not any(note in also for note in notes), result.detail


def test_the_nearer_spelling_of_one_skeleton_comes_first_then_the_larger_place():
    """Suwayda (a city), Al-Suwaydah and Ash Sayyadah all reduce to s-d-h; typed "Sayyadah"
    is the village, typed "Suwaydah" the larger place of that spelling comes before it."""
    titles = [r.title for r in index().search("al-Sayadah")]
    assert titles[0] == "Ash Sayyadah" and "Suwayda" in titles
    titles = [r.title for r in index().search("Suwaydah")]
    assert titles.index("Ash Sayyadah") > 0
