"""East and central Hama answered from dated sources (issue #15, h-hama4:
tools/regions_2016_2018_rules_hama4.py, sources/2016-2019-hama4.toml): the holder a user sees on
days the cited reports bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

from tools.regions_2016_2018_rules_hama3 import road_side
from tools.regions_2016_2018_rules_hama4 import _in_enclave

RAHJAN_OCT = "sohr-2017-10-rahjan-is-attack"
CROSSING = "sohr-2017-10-10-is-crosses-to-hts-areas"
SARHA_OCT = "sohr-2017-10-29-sarha-is-attack"
ENCIRCLED = "reuters-2017-08-18-uqayribat-encircled"
STRIKES = "sohr-2017-10-north-east-hama-air-strikes"
CASES = [
    # Rahjan: IS crossed 'to Rahjan area' on 9 Oct 2017 (Qasioun), HTS regained the village on
    # 14 Oct (SOHR) and held it when IS attacked again four days later (SOHR)
    ("rahjan", date(2017, 10, 9), "isis", "contested", ("hts",), CROSSING),
    ("rahjan", date(2017, 10, 13), "isis", "contested", ("hts",), RAHJAN_OCT),
    ("rahjan", date(2017, 10, 14), "hts", "held", (), RAHJAN_OCT),
    ("rahjan", date(2017, 10, 18), "hts", "contested", ("isis",), RAHJAN_OCT),
    # Sarha and Abul Ghar, in 'the controlled areas of Hayyaat Tahrir al-Sham' IS entered on 9
    # Oct 2017 (SOHR), named by SOHR among the villages the army later took from the HTS-led side
    ("sarha", date(2016, 8, 1), "hts", "shared", ("opposition",), CROSSING),
    ("abu_al_ghar", date(2017, 10, 8), "hts", "shared", ("opposition",),
     "sohr-2017-rahjan-30-villages"),
    # IS's attack near Sarha repelled by HTS at dawn on Sunday 29 Oct 2017 (SOHR)
    ("sarha", date(2017, 10, 29), "hts", "contested", ("isis",), SARHA_OCT),
    # al-Saan, on the government's road to Aleppo (Syria Direct; Reuters; SOHR)
    ("al_saan", date(2016, 8, 1), "government", "held", (),
     "syria_direct-2016-02-24-aleppo-supply-route"),
    ("al_saan", date(2017, 10, 15), "government", "held", (),
     "sohr-2017-is-attack-ithriya-salamiyah-road"),
    ("al_saan", date(2018, 2, 8), "government", "held", (),
     "reuters-2017-05-18-salamiya-road-strip"),
    # inside the enclave the army closed round Uqayribat on Friday 18 Aug 2017 (Reuters)
    ("qambar", date(2017, 8, 18), "isis", "held", (), ENCIRCLED),
    ("hamada_al_omar", date(2017, 8, 1), "isis", "held", (), ENCIRCLED),
    ("jubb_ar_rumman", date(2017, 8, 10), "isis", "held", (),
     "syria_direct-2017-08-22-uqayrbat-pocket"),
    # Qasr Ibn Wardan and Rahjan among the villages 'controlled by Tahrir Al-Sham' the air
    # strikes of 22 - 28 Oct 2017 hit, the ground fighting round Rahjan from 24 Oct (SOHR)
    ("qasr_ibn_wardan", date(2017, 10, 22), "hts", "held", (), STRIKES),
    ("rahjan", date(2017, 10, 23), "hts", "held", (), STRIKES),
    ("rahjan", date(2017, 10, 28), "hts", "contested", ("government",), STRIKES),
    # Qamhana, 'last occupied by rebels in 2014' (EA WorldView): the regime's through the rebels'
    # offensive of Aug 2016, and 'controlled by the regime forces' while the factions attacked it
    # in March 2017 (SOHR)
    ("qomhane", date(2016, 9, 15), "government", "held", (), "ea_worldview-2017-03-24-qomhana"),
    ("qomhane", date(2017, 3, 25), "government", "contested", ("hts", "opposition"),
     "sohr-2017-03-qamhana-regime-held"),
]  # fmt: skip


@pytest.mark.parametrize(("locality", "day", "controller", "status", "among", "source"), CASES)
def test_a_place_the_hama4_rules_answer_has_the_reported_holder(
    atlas, locality, day, controller, status, among, source
):
    record = assert_region_answer(atlas, locality, day, controller)
    state = atlas.control.history.state_of(locality, day)
    assert (state.status, state.with_parties) == (status, among)
    assert source in record.sources
    assert "> hama4_" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # Rahjan after IS's attack of 18 Oct 2017 (h-hama8 answers 29 Oct 2017 - 8 Feb 2018 from
        # SMART and Enab Baladi, and h-rev18 3 Dec 2017 from Shaam and Eldorar)
        ("rahjan", date(2017, 10, 19)),
        ("rahjan", date(2017, 10, 20)),
        ("rahjan", date(2017, 10, 21)),
        # Sarha once IS crossed in (9 Oct 2017), except the day SOHR places it
        ("sarha", date(2017, 10, 9)),
        ("sarha", date(2017, 10, 30)),
        # the enclave after the day Reuters reports it closed: the day each village fell is not
        # stored
        ("qambar", date(2017, 8, 19)),
        # outside the 10.5 km ring round Uqayribat, at the pocket's edge
        ("masaada", date(2017, 8, 10)),
        # north-west of the road, not named by a source: government villages lay there too
        ("qasr_ibn_wardan", date(2017, 3, 1)),
        # Qasr Ibn Wardan outside the week SOHR places it in HTS's hands
        ("qasr_ibn_wardan", date(2017, 10, 21)),
        # (h-hama8 answers 29 Oct 2017 - 2 Feb 2018; the army's week of Feb 2018 stays open)
        ("qasr_ibn_wardan", date(2018, 2, 5)),
        # within the reach of the army's 'small strip' along the road (5 km from its lines)
        ("bughaydid", date(2017, 3, 1)),
        # Sabburah after IS's attack of 18 May 2017: left open, as the earlier batches did
        ("sabburah", date(2017, 6, 1)),
    ],
)
def test_where_the_sources_leave_it_open_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_the_enclave_holds_only_places_south_east_of_the_road_strip(atlas):
    """The ring round Uqayribat leaves out the road's 6 km margin (the army's 'small strip') and
    the town itself (its own block), and takes in the villages SOHR lists as IS's to Sep 2017."""
    places = atlas.control.history.localities
    matched = [place for place in places.values() if _in_enclave(place, None)]
    assert matched and "uqayribat" not in {place.id for place in matched}
    for place in matched:
        dist, south_east = road_side(place)
        assert south_east and dist > 6.0, place.id
    assert {"hamada_al_omar", "qambar"} <= {place.id for place in matched}


def test_the_hama4_sources_resolve_in_the_registry(atlas):
    cited = sources_cited_by(atlas, "> hama4_")
    assert {RAHJAN_OCT, CROSSING, SARHA_OCT, ENCIRCLED, STRIKES} <= cited
    assert_registered_with_publisher(cited)
    assert_source_file_registered("2016-2019-hama4.toml")
