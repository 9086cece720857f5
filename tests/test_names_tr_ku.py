"""Town names for Turkish and Kurdish readers: every Turkish or Kurdish name a locality carries
was read in a named publication (``control/names-tr-ku.csv``) or tagged so by a gazetteer; the
map and the search use them, and a town across the border never borrows the Syrian town's."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from geodata.search import SearchIndex

DATA = Path(__file__).resolve().parents[1] / "geodata" / "data"
TAGS = {"tr": "(Turkish)", "ku": "(Kurdish)"}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def _localities() -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in _rows(DATA / "control" / "localities.csv")}


def _sourced() -> list[dict[str, str]]:
    return _rows(DATA / "control" / "names-tr-ku.csv")


def test_each_sourced_name_names_a_locality_and_says_where_it_was_read():
    localities = _localities()
    seen = set()
    for row in _sourced():
        key = (row["id"], row["lang"])
        assert key not in seen, key  # one name per town and language
        seen.add(key)
        assert row["lang"] in TAGS and row["name"].strip() == row["name"] != ""
        assert row["id"] in localities, row["id"]
        assert row["publisher"], row
        assert row["url"].startswith("http") or "tag" in row["publisher"], row
        assert row["note"], "the words the name was read in"
        assert localities[row["id"]][f"name_{row['lang']}"] == row["name"]


def test_every_turkish_or_kurdish_name_has_a_source():
    """No spelling is made up: a name is in the sourced file, tagged among the locality's
    own alternates ("Efrîn (Kurdish)"), or from a Wikipedia article the build records."""
    sourced = {(r["id"], r["lang"]) for r in _sourced()}
    articles = {
        r["name"] for r in _rows(DATA.parents[1] / "tools/gazetteer/wikipedia_articles.csv")
    }
    for loc_id, row in _localities().items():
        for lang, tag in TAGS.items():
            name = row[f"name_{lang}"]
            if not name or (loc_id, lang) in sourced or row["name"] in articles:
                continue
            tagged = [a for a in row["alt_names"].split(";") if a.strip().endswith(tag)]
            assert any(name in alt for alt in tagged), (loc_id, lang, name)


def test_the_build_keeps_them():
    """tools.build_localities writes the sourced names and reads "A / B (Kurdish)" tags, so a
    rebuild of the gazetteer keeps what this file adds."""
    from tools.build_localities import sourced_names, tagged_names

    names = sourced_names()
    assert names[("ras_al_ain", "tr")] == "Resulayn"

    class Loc:
        alt_names = ("Serê Kaniyê / Serêkaniyê (Kurdish)", "Halep (Turkish)")

    assert tagged_names(Loc()) == ("Halep", "Serê Kaniyê")


@cache
def _index() -> SearchIndex:
    from geodata.atlas import load_atlas
    from geodata.basemap import load_basemap

    return SearchIndex(load_atlas(), load_basemap())


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("Resulayn", "Ras al-Ain"),
        ("Tel Rıfat", "Tell Rifaat"),
        ("Til Rifet", "Tell Rifaat"),
        ("Rakka", "Raqqa"),
        ("Deyrizor", "Deir ez-Zor"),
        ("Cinderes", "Jindires"),
        ("Serakîb", "Saraqib"),
    ],
)
def test_the_names_find_their_town(typed, town):
    found = [r for r in _index().search(typed) if r.kind == "place"]
    assert found and found[0].title == town, [r.title for r in found]


def test_the_turkish_town_opposite_keeps_its_own_name():
    """GeoNames gives Ceylanpınar the old name Resulayn too: it stays a town of its own in the
    search, and its map label takes none of Ras al-Ain's names."""
    found = [r.title for r in _index().search("Resulayn") if r.kind == "place"]
    assert found[:2] == ["Ras al-Ain", "Ceylanpınar"]
    ceylanpinar = next(r for r in _index().search("Ceylanpınar") if r.kind == "place")
    assert "resulayn" in ceylanpinar.keys and ceylanpinar.record_id is None


def test_the_web_maps_town_labels_are_in_the_pages_language():
    """The web map names towns as the desktop map does: Arabic from the base map or the
    gazetteers, Turkish and Kurdish from the sourced names, Latin where none is recorded."""
    from geodata.atlas import load_atlas
    from geodata.basemap import load_basemap
    from geodata.web_export.town_names import TownNames

    names = TownNames(load_atlas())
    towns = {f.properties["name"]: f for f in load_basemap()["places"]}
    raqqa = next(f for name, f in towns.items() if "Raqqah" in name)
    assert names.label(raqqa, "tr") == "Rakka"
    assert names.label(raqqa, "ku") == "Reqa"
    assert names.label(raqqa, "ar") == raqqa.properties["name_ar"] != ""
    assert names.label(raqqa, "en") == "Raqqa"
    for lang in ("tr", "ku", "ar"):
        assert names.label(towns["Ceylanpınar"], lang) == "Ceylanpınar"
