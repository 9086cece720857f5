"""A 2016 map does not name parties formed later: the control records' `hts` before 28 Jan 2017
is Jabhat Fateh al-Sham, and `sna` before 30 Dec 2017 the Turkish-backed Free Syrian Army
(talks/parties.toml `names`, sources in sources/parties-lineage.toml)."""

from __future__ import annotations

from datetime import date

import pytest

from geodata.atlas import load_atlas
from geodata.legend.parties import party_name


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


@pytest.mark.parametrize(
    ("party", "day", "name"),
    [
        ("hts", date(2016, 10, 1), "Jabhat Fateh al-Sham (JFS)"),
        ("hts", date(2017, 1, 27), "Jabhat Fateh al-Sham (JFS)"),
        ("hts", date(2017, 1, 28), "Hay'at Tahrir al-Sham (HTS)"),
        ("sna", date(2016, 9, 1), "Turkish-backed Free Syrian Army (TFSA)"),
        ("sna", date(2017, 12, 29), "Turkish-backed Free Syrian Army (TFSA)"),
        ("sna", date(2017, 12, 30), "Syrian National Army (SNA)"),
        ("sna", date(2019, 10, 9), "Syrian National Army (SNA)"),
    ],
)
def test_a_party_is_named_as_it_was_on_the_day(atlas, party, day, name):
    assert party_name(atlas, party, day) == name


def test_the_names_rest_on_registered_sources(atlas):
    for party_id in ("hts", "sna"):
        (dated,) = atlas.parties[party_id].names
        assert dated.sources, party_id
        assert all(source.url or source.read_via for source in dated.sources)
        assert all(source.id in atlas.registry for source in dated.sources)


def test_a_2016_zone_of_the_turkish_backed_rebels_is_not_called_the_sna(atlas):
    zones = [z for z in atlas.zones_at(date(2016, 11, 1)) if z.controller == "sna"]
    assert zones, "the Euphrates Shield area is drawn in Nov 2016"
    assert all("Turkish-backed Free Syrian Army" in z.name for z in zones)
    assert not any("Syrian National Army" in z.name for z in zones)


def test_the_dated_names_have_their_translations(atlas):
    assert party_name(atlas, "sna", date(2017, 3, 1), "ar") == "الجيش السوري الحر المدعوم من تركيا"
    assert party_name(atlas, "hts", date(2016, 10, 1), "tr") == "Fetih el-Şam Cephesi (CFŞ)"
