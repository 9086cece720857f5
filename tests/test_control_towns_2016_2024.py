"""Well-known towns on dates the batch's own tests never asked about (issue #15): the answer a
reader of the cited reports expects, through the control model and through `query controller`
at the town's coordinates. Each case names the reports it rests on (sources/2016-2024.toml)."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_map_draws_holders

CASES = [
    # Euphrates Shield: a month in, Jarabulus and the border strip (Reuters/Anadolu, 4 Sep 2016)
    ("jarabulus", date(2016, 9, 20), "sna"),
    ("azaz", date(2016, 10, 1), "sna"),
    ("dabiq", date(2016, 10, 20), "sna"),  # RFE/RL citing SOHR, 16 Oct 2016
    ("al_bab", date(2017, 1, 15), "isis"),  # before 23 Feb 2017 (BBC, Syria Direct)
    ("al_bab", date(2017, 3, 15), "sna"),
    # Manbij: SDF from 12 Aug 2016 (ISW); SDF town with the army present from Oct 2019
    ("manbij", date(2017, 6, 1), "sdf"),
    # Tabqa town and dam 10 May 2017 (BBC, AFP; Xinhua: "captured ... on Wednesday")
    ("tabqa", date(2017, 4, 20), "isis"),
    ("tabqa", date(2017, 5, 12), "sdf"),
    # Raqqa: IS-held early 2017, SDF after 17 Oct 2017 (Channel 4)
    ("raqqa", date(2017, 1, 1), "isis"),
    ("raqqa", date(2017, 10, 25), "sdf"),
    # Deir ez-Zor city 3 Nov 2017 (AP, TASS); al-Mayadin 14 Oct 2017 (Reuters)
    ("deir_ez_zor", date(2017, 11, 10), "government"),
    ("al_mayadin", date(2017, 10, 1), "isis"),
    ("al_mayadin", date(2017, 10, 20), "government"),
    # Albu Kamal: IS counter-attack 11 Nov, government from 19 Nov 2017 (RFE/RL citing SANA)
    ("albu_kamal", date(2017, 11, 25), "government"),
    # Hajin 14 Dec 2018 (AFP/SOHR); Baghuz 23 Mar 2019 (AFP, Kurdistan 24)
    ("hajin", date(2018, 12, 1), "isis"),
    ("hajin", date(2018, 12, 20), "sdf"),
    ("baghuz_fawqani", date(2019, 3, 1), "isis"),
    ("baghuz_fawqani", date(2019, 3, 25), "sdf"),
    # Afrin: SDF before Olive Branch, SNA the day after it fell (18 Mar 2018: EFE, DW)
    ("afrin", date(2017, 12, 1), "sdf"),
    ("afrin", date(2018, 3, 19), "sna"),
    # Idlib city: HTS from 23 Jul 2017 (Al Jazeera)
    ("idlib", date(2018, 6, 1), "hts"),
    # Khan Shaykhun: HTS-led side before 19 Aug, the army after 21 Aug 2019 (Reuters, AFP)
    ("khan_shaykhun", date(2019, 8, 1), "hts"),
    ("khan_shaykhun", date(2019, 9, 1), "government"),
    ("murak", date(2019, 9, 1), "government"),  # AFP citing SANA and SOHR, 23 Aug 2019
    # Peace Spring: Tell Abyad SNA from 13 Oct 2019 (AFP/SOHR, AP); Ras al-Ain 20 Oct
    ("tell_abyad", date(2019, 10, 1), "sdf"),
    ("tell_abyad", date(2019, 10, 15), "sna"),
    ("ras_al_ain", date(2019, 11, 1), "sna"),
    # Maarat al-Numan: HTS-led side before 28 Jan 2020 (Reuters, The National)
    ("maarrat_an_numan", date(2020, 1, 10), "hts"),
    ("maarrat_an_numan", date(2020, 2, 1), "government"),
    # Saraqib between the army's entry and the rebels' return (Janes/SOHR 6 Feb; Reuters 27 Feb)
    ("saraqib", date(2020, 2, 15), "government"),
    ("kafr_nabl", date(2020, 3, 1), "government"),  # AFP/SOHR, by 26 Feb 2020
    # Hama city and Mhardeh: the Sep 2016 rebel offensive stopped north of them (The New Arab)
    ("hama", date(2016, 9, 10), "government"),
    ("mahardah", date(2018, 5, 25), "government"),
    # Aleppo city: the east rebel-held to 22 Dec 2016 (contested), the government's after
    ("aleppo", date(2017, 1, 10), "government"),
    # Enclaves: Sheikh Maqsoud (SDF), Qamishli airport (government) on dates in every period
    ("sheikh_maqsood", date(2016, 9, 1), "sdf"),
    ("sheikh_maqsood", date(2019, 11, 1), "sdf"),
    ("qamishli_airport", date(2018, 1, 1), "government"),
    ("qamishli_airport", date(2020, 6, 1), "government"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_well_known_town_on_a_date_has_the_reported_holder(atlas, locality, day, controller):
    history = atlas.control.history
    state = history.state_of(locality, day)
    assert state.controller == controller, history.record_on(locality, day)
    assert history.record_on(locality, day).sources


@pytest.mark.parametrize(
    ("locality", "day", "with_party"),
    [
        ("aleppo", date(2016, 10, 1), "opposition"),  # east Aleppo besieged (Reuters)
        ("raqqa", date(2017, 8, 1), "sdf"),  # the battle for the city (AP, 6 Jun - 17 Oct)
        ("tell_abyad", date(2019, 10, 10), "sna"),  # Peace Spring's first days
    ],
)
def test_a_town_under_battle_is_contested_naming_the_other_side(atlas, locality, day, with_party):
    state = atlas.control.history.state_of(locality, day)
    assert state.status == "contested" and with_party in state.with_parties


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        ("tell_rifaat", date(2019, 1, 1)),
        ("kobani", date(2020, 6, 1)),
        ("al_hasakah", date(2018, 6, 1)),
    ],
)
def test_sdf_towns_with_a_government_presence_are_shared(atlas, locality, day):
    state = atlas.control.history.state_of(locality, day)
    assert (state.controller, state.status) == ("sdf", "shared")
    assert "government" in state.with_parties


def test_the_map_answers_at_the_towns_coordinates(atlas):
    """The derived territory at (or, for a town on the border line, beside) the town's point
    is its holder's: the map says what the record says."""
    assert_map_draws_holders(atlas, CASES[::3])
