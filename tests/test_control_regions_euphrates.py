"""The Euphrates valley's stored gaps of 2016-2018 answered from dated sources (issue #15, h-euph:
tools/regions_2016_2018_rules_euphrates.py, sources/2016-2018-euphrates.toml): days inside the
periods the reports give, the gaps they leave open, and which bank of the river a place is on."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_region_answer, assert_stored_gap
from tooling import ROOT, import_tool


@pytest.fixture(scope="module")
def atlas():
    from geodata.atlas import load_atlas

    return load_atlas()


CASES = [
    # Raqqa's western countryside: the SDF's second phase (from 10 Dec 2016) took it from IS
    # (Rudaw, 4 Feb 2017; the SDF's statement of 16 Jan 2017)
    ("al_jarniyah", date(2016, 10, 1), "isis"),
    ("safra", date(2016, 9, 15), "isis"),
    # ... "the historic Qalat Jabar" on the northern bank among its gains (Rudaw, 4 Feb 2017;
    # Suweydiya al-Kabirah, named with it, is the review h-rev10's: tests/test_control_rev10.py)
    ("jabar_sharqi", date(2017, 3, 1), "sdf"),
    # north of Lake Assad, west of the city the SDF had "surrounded" on 6 Jun 2017 (AP): the
    # places a meridian test put south of the river
    ("al_jarniyah", date(2017, 8, 1), "sdf"),
    ("halawa", date(2017, 9, 1), "sdf"),
    # the eastern countryside: IS-held when the third phase was announced on 4 Feb 2017 (SDF
    # statement; Rudaw) ...
    ("abu_dallah", date(2016, 12, 1), "isis"),
    # ... and behind the SDF's advance that cut the Raqqa - Deir ez-Zor road on 6 Mar 2017
    # (Syria Direct; Reuters)
    ("abu_dallah", date(2017, 4, 20), "sdf"),
    ("bir_hamdani", date(2017, 5, 1), "sdf"),
    # al-Hurriya, captured in the campaign's first week (ARA News, Friday 11 Nov 2016)
    ("al_hurriya", date(2017, 1, 15), "sdf"),
    # a-Safsafah, taken on Thursday 6 Apr 2017 (an SDF spokesman to Syria Direct)
    ("al_safsafah", date(2017, 4, 20), "sdf"),
    # Kobani's edge villages east of the river: SDF as the Kobani countryside
    ("keikane", date(2017, 6, 1), "sdf"),
    ("kawran", date(2016, 9, 1), "sdf"),
    # the Tishrin dam's east bank, "cleared of ISIS" on 26 Dec 2015 (SOHR via Rudaw; AFP)
    ("rumaylah_manbij", date(2017, 7, 1), "sdf"),
    ("khashkhash_saghir", date(2016, 8, 15), "sdf"),
    # the Suwar area: IS-held when Jazira Storm began (Rudaw, 9 Sep 2017), "fully liberated"
    # by 28 Sep (SDF General Command)
    ("al_suwar", date(2017, 9, 15), "isis"),
    ("al_hariyah", date(2017, 11, 1), "sdf"),
    # Deir ez-Zor's western countryside, its "last bastion" taken by Oct 2017 (SDF)
    ("al_kasrah", date(2017, 11, 20), "sdf"),
    # al-Kubar: the SDF's by 3 Oct 2017 (Deir Ezzor 24; Step News: 25 Sep) (rev14)
    ("al_kubar", date(2017, 10, 5), "sdf"),
    # Tal Turin, taken from the SDF by the Turkish-backed rebels on 1 Mar 2017 (AFP; SOHR);
    # retaken by the council that night (SOHR; review h-rev58: 2 Mar the SDF's, fought over)
    ("tall_turin", date(2017, 3, 1), "sna"),
    ("tall_turin", date(2017, 3, 2), "sdf"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_euphrates_rules_answer_has_the_reported_holder(
    atlas, locality, day, controller
):
    record = assert_region_answer(atlas, locality, day, controller)
    assert "> euph_" in record.note or "> raqqa_" in record.note, record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the western countryside while the second phase took it (10 Dec 2016 - 15 Jan 2017:
        # from 16 Jan the operations room's statement answers it, h-jaz3; al-Jarniyah is the
        # SDF's from 20 Dec, the PYD's site, h-raqqa3)
        ("al_jarniyah", date(2016, 12, 15)),
        # the eastern countryside between the phase's start (4 Feb) and the road cut (6 Mar;
        # Abu Dallah the SDF's from 11 Feb, SMART, h-raqqa3)
        ("abu_dallah", date(2017, 2, 8)),
        # the riverside villages on the Raqqa - Deir ez-Zor road east of the city
        ("khass_ujayl", date(2017, 4, 1)),
        # a-Safsafah between the crossing (22 Mar) and its capture (6 Apr 2017)
        ("al_safsafah", date(2017, 3, 30)),
        # the north countryside between Ain Issa and Raqqa after the campaign began
        ("abbara", date(2017, 2, 1)),
        # the western Deir ez-Zor countryside before the SDF's October claim (inland: the
        # riverside villages such as al-Kasra are dated since by Step News and SMART, h-jaz3)
        # (Jowayce, within 10 km of the SDF's villages of Feb 2017, is h-hasak's since 9 Sep 2017)
        ("bir_alandah", date(2017, 10, 1)),
        # the lower Khabur and the valley south of al-Suwar during Jazira Storm (al-Busayrah
        # itself IS's to the SDF's storming of 8 Nov since h-deir5)
        ("at_tallabah", date(2017, 11, 1)),
        # Bza'a after the rebels took it (Feb 2017): no dated report of the army taking it
        ("bizaah", date(2018, 6, 1)),
        # the Manbij pocket's villages west of the Euphrates near the Sajur's mouth, before the
        # Kurdish-led forces' villages there were reported (25 Aug 2016, VOA; the bab rules)
        ("dushan", date(2016, 8, 20)),
    ],
)
def test_where_the_sources_leave_it_open_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_haysha_is_contested_while_the_sdf_besieged_it(atlas):
    """Besieged on Monday 7 Nov 2016; "ISIS is only present in Haysha, which is besieged"
    on Friday 11 Nov (ARA News); the day it fell is not stored, but the SDF's statement on its
    first ten days (about 15 Nov, ANF) names Hayîs among the villages taken; Akhbar Al Aan
    reported its capture on 12 Nov (h-raqqa: tests/test_control_raqqa.py)."""
    history = atlas.control.history
    state = history.state_of("al_hishah", date(2016, 11, 9))
    assert (state.controller, state.status, state.with_parties) == ("isis", "contested", ("sdf",))
    assert history.state_of("al_hishah", date(2016, 11, 13)).controller == "sdf"
    assert history.state_of("al_hishah", date(2016, 11, 20)).controller == "sdf"


@pytest.mark.skipif(not (ROOT / "tools").is_dir(), reason="needs the source checkout")
@pytest.mark.parametrize(
    ("locality", "north"),
    [
        # the Jazira (left) bank: Raqqa, Kobani, and the east bank of the north-south stretch
        # between Jarabulus and Lake Assad, which a meridian test put south of the river
        ("raqqa", True),
        ("kobani", True),
        ("shuyukh_tahtani", True),
        ("al_jarniyah", True),
        ("rumaylah_manbij", True),
        # the right bank: Manbij, Jarabulus, Tabqa, and the villages west of the river near the
        # Sajur's mouth that the gazetteer files under Ayn al-Arab district
        ("manbij", False),
        ("jarabulus", False),
        ("tabqa", False),
        ("dushan", False),
    ],
)
def test_the_bank_of_the_euphrates_is_the_side_of_the_cut_outline(locality, north):
    from geodata.control.load import read_control_files
    from geodata.paths import data_dir

    tool = import_tool("tools.regions_2016_2018")
    place = read_control_files(data_dir()).localities[locality]
    assert tool.Geography(data_dir()).where(place.lat, place.lon).north is north
