"""The Jazira and the Euphrates in 2016-2018 answered from dated sources (issue #15, h-jazira:
tools/regions_2016_2018_rules_jazira.py and _deir.py, sources/2016-2018-jazira.toml): days inside
a holding period the cited reports bound, and the days the sources leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_map_draws_holders,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

CASES = [
    # Markada: the IS stronghold the SDF besieged in spring 2016 (Kurdistan 24), still IS's
    # 'last biggest stronghold' in the province in Oct 2017 (SOHR), taken on 9 Nov 2017
    ("markada", date(2016, 9, 1), "isis"),
    ("markada", date(2017, 5, 1), "isis"),
    ("markada", date(2017, 12, 1), "sdf"),
    # Inad, a start line of the SDF's axis towards Markada on 28 Sep 2017 (SDF General Command)
    ("anad", date(2018, 2, 1), "sdf"),
    # Suwaydan, which the SDF took as fighting resumed in Dec 2017 (SOHR)
    ("suwaydan_jazirah", date(2018, 6, 1), "sdf"),
    # north of al-Shaddadi, taken with its surrounding villages on 18-19 Feb 2016 (KurdWatch)
    ("bajdala", date(2016, 10, 1), "sdf"),
    ("sabaa_al_hasakah", date(2017, 6, 1), "sdf"),
    ("hanna", date(2018, 3, 1), "sdf"),
    # the villages round Markada, which the SDF said it took with the town on 9 Nov 2017
    ("quwaylah", date(2017, 12, 1), "sdf"),
    # south of Markada, away from the SDF's 2016 siege lines, until the Deir ez-Zor campaign
    ("quwaylah", date(2017, 6, 1), "isis"),
    ("aolouw", date(2018, 2, 1), "sdf"),
    # the Tabqa airbase: IS's since Aug 2014, the SDF's from Sunday 26 Mar 2017 (UPI)
    ("tabqa_airbase", date(2016, 12, 1), "isis"),
    ("tabqa_airbase", date(2017, 3, 26), "sdf"),
    ("tabqa_airbase", date(2019, 5, 1), "sdf"),
    # Brigade 93 by Ain Issa: the YPG's since 22 Jun 2015 (AP)
    ("brigade_93", date(2017, 1, 1), "sdf"),
    # Division 17 on Raqqa's northern edge: IS's until the assault on the city (AP)
    ("division_17", date(2017, 3, 1), "isis"),
    ("division_17", date(2018, 4, 1), "sdf"),
    # the strip the SDF's first ten days took between Ain Issa and Suluk (its statement, ANF)
    ("sheikh_daham", date(2016, 12, 15), "sdf"),
    ("al_araj", date(2017, 3, 1), "sdf"),
    # the west north of Lake Assad after the second phase (Rudaw, 4 Feb 2017)
    ("tiyasa", date(2017, 3, 1), "sdf"),
    ("al_jarniyah", date(2017, 4, 1), "sdf"),
    # east of Raqqa by the river before the third phase (SDF statement, 4 Feb 2017)
    ("al_karamah_ar_raqqah", date(2016, 10, 1), "isis"),
    # al-Ajil by the Tabqa airbase, freed with it on 26 Mar 2017 (UPI)
    ("al_ajil_nus_qirbi", date(2017, 4, 15), "sdf"),
    # the Baath Dam, the SDF's from Sunday 4 Jun 2017 (Reuters)
    ("baath_dam", date(2017, 5, 1), "isis"),
    ("baath_dam", date(2017, 6, 10), "sdf"),
    # the south bank once Raqqa was encircled on 29 Jun 2017 (Rudaw; SOHR via AFP, Reuters)
    ("al_mansurah", date(2017, 8, 1), "sdf"),
    # Ain Issa, the YPG's since 23 Jun 2015 (RFE/RL), where the Raqqa campaign began (Reuters)
    ("ain_issa", date(2016, 9, 1), "sdf"),
    # south-west of Ain Issa once the second phase's fronts met (Rudaw, 4 Feb 2017)
    ("al_horan", date(2017, 4, 1), "sdf"),
    # the Rmeilan (Abu Hajar) airfield: YPG-held, used by the US under a deal (Al Jazeera)
    ("abu_hajar_airport", date(2017, 7, 1), "sdf"),
    # the army's south-western Raqqa desert (SOHR, late July 2017)
    ("dibsi_afnan", date(2017, 9, 1), "government"),
    ("sfaiyeh_oil_field", date(2017, 8, 1), "government"),
    # outside Deir ez-Zor's besieged enclave, 14-25 km from the city (Reuters; LWJ)
    ("al_muhasan", date(2017, 2, 1), "isis"),
    # the west-bank valley below al-Mayadin until the army cleared it (Reuters; AFP)
    ("al_asharah", date(2017, 10, 20), "isis"),
    # Deir ez-Zor's airport and Brigade 137: the government's besieged posts (LWJ; Daily Star)
    ("deir_ez_zor_airport", date(2017, 2, 1), "government"),
    ("137th_mechanized_brigade_army_base", date(2016, 9, 1), "government"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_jazira_rules_answer_has_the_reported_holder(atlas, locality, day, controller):
    assert_region_answer(atlas, locality, day, controller)


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the villages between al-Shaddadi and Markada before the town fell (the SDF took four
        # round Markada in spring 2016), and south of it from 9 Sep 2017: the days are not stored
        ("aadleh", date(2017, 3, 1)),
        # (9 Sep - 13 Oct 2017 is IS's since h-deir5: tests/test_control_deir5.py)
        ("quwaylah", date(2017, 10, 20)),
        ("al_wardiyah", date(2017, 6, 1)),
        # east of the Khabur after Markada fell: the SDF's fronts still ran at Jalifa in 2018
        ("jalifah", date(2018, 2, 1)),
        # the Dashisha pocket by the Iraqi border before the June 2018 operation
        ("showeykhan", date(2017, 6, 1)),
        # Division 17 between the assault's start and the city's fall (part held on 26 Jun)
        ("division_17", date(2017, 8, 1)),
        # the first ten days' strip before the SDF's statement, and the west near the Tabqa dam,
        # which IS still held 'a few kilometres' off on 4 Feb 2017 (Rudaw)
        ("sheikh_daham", date(2016, 11, 12)),
        ("hanahud", date(2017, 3, 1)),
        # the south bank between the SDF's crossing (22 Mar 2017) and the encirclement (29 Jun)
        # (Mansurah has its own dated answer since h-raqqa: tests/test_control_raqqa.py)
        ("hunaydah", date(2017, 5, 1)),
        # the Raqqa desert east of 38.90 E, round Maadan, where IS counter-attacked in Aug 2017
        ("ghanim_al_ali", date(2017, 9, 1)),
        # the Deir ez-Zor valley between the city and al-Mayadin while the army advanced (Oct 2017)
        # (al-Zur and Buqrus IS's to 16 Oct since h-deir5: tests/test_control_deir5.py)
        ("al_mariiyah_farms", date(2017, 10, 1)),
        # a government post inside the SDF area: who garrisoned it is not stored (the Tartab
        # regiment is the army's to 13 Aug 2019 since h-gapmil: tests/test_control_gapmil.py)
        ("121st_artillery_regiment", date(2017, 6, 1)),
    ],
)
def test_where_the_sources_leave_it_open_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_the_rmeilan_airfield_is_shared_with_the_coalition(atlas):
    """An SDF activist: 'Under a deal with the YPG, the US was given control of the airport'."""
    state = atlas.control.history.state_of("abu_hajar_airport", date(2017, 7, 1))
    assert (state.status, state.with_parties) == ("shared", ("us_coalition",))


def test_the_new_sources_resolve_in_the_registry():
    """Every source of the Jazira file is in the loaded registry with its publisher."""
    assert_source_file_registered("2016-2018-jazira.toml")


def test_the_map_draws_the_answered_holder_at_the_place(atlas):
    assert_map_draws_holders(atlas, CASES[::3])
