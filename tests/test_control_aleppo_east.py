"""The Aleppo countryside east of the city in 2016-2017 answered from dated sources (issue #15,
h-east: tools/regions_2016_2018_rules_aleppo.py, sources/2016-2018-aleppo-east.toml): the days
inside a holding period the cited reports bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest
from control_answers import assert_map_draws_holders, assert_region_answer, assert_stored_gap

from geodata.paths import data_dir
from geodata.sources import load_registry

CASES = [
    # the border east of al-Rai: 'ISIL's last stretch of territory along the frontier' (The
    # National) until Euphrates Shield began at Jarabulus on 24 Aug 2016 ...
    ("qarakuz", date(2016, 8, 10), "isis"),
    ("al_hilwaniyah", date(2016, 8, 20), "isis"),
    # ... and the Turkish-backed rebels' once the strip was secured on 4 Sep (Anadolu via Reuters)
    ("qarakuz", date(2016, 12, 1), "sna"),
    ("al_hilwaniyah", date(2016, 9, 4), "sna"),
    # west of al-Rai along the border: the same 'Azaz to Jarablus' strip
    ("sajo", date(2016, 10, 1), "sna"),
    ("hawar_killis", date(2017, 1, 1), "sna"),
    # Mare': rebels broke IS's siege in June 2016 (Syria Deeply), counted as Azaz is
    ("mare", date(2016, 8, 15), "opposition"),
    ("mare", date(2016, 11, 1), "sna"),
    # within 4.5 km of Dabiq once it fell on 16 Oct 2016 (SOHR via RFE/RL and AFP)
    ("duwaybiq", date(2016, 10, 20), "sna"),
    # al-Bab's northern countryside: SOHR's 11 villages (early Nov 2016) and Anadolu's (13 Nov)
    ("tarhin", date(2016, 12, 15), "sna"),
    ("susiyan", date(2017, 1, 15), "sna"),
    # next to al-Bab once it fell on 23 Feb 2017 (Reuters; SOHR)
    ("qudayran", date(2017, 2, 25), "sna"),
    # north-west of al-Bab, behind the front SOHR put 2 km from the town on 13 Nov 2016
    ("shidud", date(2016, 12, 20), "sna"),
    # north of al-Bab, between the border strip and SOHR's early-Nov villages
    ("tall_jurji", date(2016, 12, 1), "sna"),
    # south of the Sajur, north of Manbij: the SDF's Jarablus council withdrew there on 29 Aug
    # 2016 (AP) and the line held to the US-Turkish patrols of 2018 (The Defense Post)
    # (Tukhar Kabir, on the factions' side in the reports read, is out of the rule: h-rev39)
    ("tukhar_shagir", date(2016, 9, 15), "sdf"),
    ("zunqul_sharqi", date(2018, 6, 1), "sdf"),
    # north-west of Manbij, away from Arima: the Manbij council's from 2 Mar 2017 (Reuters)
    ("begrewan", date(2017, 9, 1), "sdf"),
    # Khanasir, on the army's road into Aleppo: retaken from IS on 25 Feb 2016 (SOHR via Reuters)
    ("khanasir", date(2016, 10, 1), "government"),
    # al-Hader: taken from the rebels on 12 Nov 2015 (Reuters), still the army's in Jan 2018
    ("hader", date(2017, 4, 1), "government"),
    # within 8 km of Aleppo's citadel once the whole city was the government's (22 Dec 2016)
    ("aleppo_international_airport_nayrab_airbase", date(2017, 5, 1), "government"),
    ("ramouseh_military_complex", date(2017, 1, 10), "government"),
    # south Aleppo in 2019: government before (Feb 2018 - Apr 2019) and in the Oct 2019 snapshot,
    # the 2019 offensive's fronts lying in north Hama and south Idlib (AP)
    ("tall_al_daman", date(2019, 7, 1), "government"),
    # south of Jarabulus, north of the Sajur, once the SDF's council withdrew (29 Aug 2016, AP)
    ("jubb_al_kusa", date(2016, 11, 1), "sna"),
    # south-east of al-Bab on the road to IS-held Deir Hafer (SOHR via The Arab Weekly, Nov 2016)
    ("amiyah", date(2016, 11, 20), "isis"),
    # beyond the Jirah airbase, IS's until 13 May 2017 (SOHR via AFP), towards Maskanah
    ("sakariyah", date(2017, 4, 1), "isis"),
    # Menagh airbase: the YPG's from 10 Feb 2016 (MEE) to the Tell Rifaat reports of Mar 2018
    ("minakh_airbase", date(2017, 6, 1), "sdf"),
    # the Jirah airbase: IS's until the army took it on 13 May 2017 (SOHR via AFP)
    ("jirah_airbase", date(2017, 4, 1), "isis"),
    ("jirah_airbase", date(2017, 5, 20), "government"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_aleppo_east_rules_answer_has_the_reported_holder(
    atlas, locality, day, controller
):
    assert_region_answer(atlas, locality, day, controller)


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the border villages between 24 Aug and 3 Sep 2016: the day each fell is not stored
        ("qarakuz", date(2016, 8, 30)),
        # between Azaz and al-Rai before 4 Sep 2016: rebel and IS villages changed hands
        ("dudiyan", date(2016, 8, 15)),
        # near Dabiq before it fell: the day each village fell is not stored
        ("duwaybiq", date(2016, 10, 1)),
        # al-Bab's northern villages before mid-Nov 2016 (to 25 Oct h-bab2 has SOHR's IS, to 7 Nov
        # h-shield3; the day within SOHR's 48 hours of 8 - 10 Nov is not stored)
        ("tarhin", date(2016, 11, 9)),
        # east of al-Bab towards Arima (Euphrates Shield against IS, and the SDF from Nov 2016)
        ("bersaya", date(2016, 12, 1)),
        # the Sajur villages before the Jarablus council withdrew south of the river (17 - 23 Aug
        # the SDF's, Akhbar Al Aan: tests/test_control_rev46.py)
        ("tukhar_kabir", date(2016, 8, 26)),
        # the Manbij pocket's western front in the winter of 2016-17 (Euphrates Shield attacks)
        ("begrewan", date(2016, 12, 1)),
        # within 8 km of Arima (the strip handed to the government in Mar 2017)
        ("battushiyah", date(2017, 9, 1)),
        # the al-Hass plateau and south-west of Khanasir: HTS's and the rebels' area in Oct 2017
        # (SOHR), not the government's from the fall of Maskanah (Jun 2017); Qanatrat is named in
        # no dated list (Banan is: tests/test_control_ar1.py): the day it fell, 10 - 14 Jan 2018,
        # is not stored (h-safira2 answers it the rebels' to 9 Jan)
        ("qanatrat", date(2018, 1, 11)),
        ("al_hajib", date(2018, 1, 12)),
        ("jubb_awwad", date(2017, 8, 1)),
        # the military sites round the city while it was divided (Ramouseh itself is dated by
        # h-south's rules: tests/test_control_south_aleppo.py)
        ("al_assad_military_academy", date(2016, 10, 1)),
        # Masih, south of the plateau, until the army's offensive of Jan 2018 (Tall al-Daman, in
        # the lists of 13 Jan 2018, is answered: tests/test_control_ar1.py)
        ("masih", date(2017, 6, 1)),
        # south-east of al-Bab once the army's campaign began (17 Jan 2017): day per village
        ("amiyah", date(2017, 2, 10)),
        # round Maskanah between the fall of the Jirah airbase and of Maskanah (May - Jun 2017)
        ("sakariyah", date(2017, 5, 25)),
    ],
)
def test_where_the_sources_leave_it_open_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the government's claim of every village north-east of the Khanasir - Tal al-Daman road
        # (SANA, 14 Jan 2018), which the opposition's Qasioun confirms (31 Jan 2018)
        ("qanatrat", date(2018, 1, 20)),
        ("al_hajib", date(2018, 6, 1)),
        # south-west of Khanasir once the pocket south of Aleppo was cleared (SOHR, 9 Feb 2018)
        ("jubb_awwad", date(2018, 2, 20)),
    ],
)
def test_the_al_hass_plateau_is_the_governments_only_from_january_2018(atlas, locality, day):
    history = atlas.control.history
    assert history.state_of(locality, day).controller == "government"
    before = history.record_on(locality, date(2017, 7, 1))
    # a gap, or the rebels' and HTS's where h-safira2 answers the plateau (region-level)
    assert before.controller in ("unknown", "opposition")
    assert "al-Hass" in before.note or "south-west of Khanasir" in before.note


def test_every_source_of_the_aleppo_east_file_resolves_in_the_registry():
    path = data_dir() / "sources" / "2016-2018-aleppo-east.toml"
    ids = [item["id"] for item in tomllib.loads(path.read_text(encoding="utf-8"))["source"]]
    registry = load_registry(data_dir())
    assert ids and all(i in registry for i in ids)


def test_the_answered_rows_cite_the_new_sources(atlas):
    """The rows the rules wrote name the reports they rest on (not only the batch's)."""
    for locality, day, source in [
        ("qarakuz", date(2016, 12, 1), "newarab-2016-09-04-is-ousted-from-border"),
        ("tarhin", date(2016, 12, 15), "sohr-2016-11-al-bab-11-villages"),
        ("mare", date(2016, 8, 15), "syriadeeply-2016-06-14-marea"),
    ]:
        record = atlas.control.history.record_on(locality, day)
        cited = [getattr(s, "id", s) for s in record.sources]
        assert source in cited, (locality, cited)


def test_the_map_draws_the_answered_holder_at_the_place(atlas):
    assert_map_draws_holders(atlas, CASES[::3])
