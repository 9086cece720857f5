"""South and east of Aleppo city answered from dated sources (issue #15, h-south:
tools/regions_2016_2018_rules_south_aleppo.py, sources/2016-2019-south_aleppo.toml): the days the
cited reports bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_registered_with_publisher,
    assert_stored_gap,
    sources_cited_by,
)

CASES = [
    # the Ramouseh complex: the army's artillery base until the rebels stormed it on 5 Aug 2016
    # (Reuters), theirs from 7 Aug, the army's again from Sunday 4 Sep (Reuters; SOHR)
    ("ramouseh_military_complex", date(2016, 8, 3), "government"),
    ("ramouseh_military_complex", date(2016, 8, 20), "opposition"),
    ("ramouseh_military_complex", date(2016, 9, 4), "government"),
    ("ramouseh_military_complex", date(2016, 11, 15), "government"),
    # the Suleiman al-Halabi water station: the rebels' until the army took it on 28 Nov 2016
    ("water_pumping_plant_mount_simeon", date(2016, 10, 1), "opposition"),
    ("water_pumping_plant_mount_simeon", date(2016, 11, 28), "government"),
    # the airports, 'under government control' when the rebels shelled them on 28 Oct 2016 (AFP)
    ("aleppo_international_airport_nayrab_airbase", date(2016, 10, 1), "government"),
    # Brigade 80 beside them (regained on 10 Nov 2013) and the central prison (siege broken on 22
    # May 2014; Handarat, 2 km west, taken on 24 Sep 2016)
    ("brigade_80", date(2016, 9, 1), "government"),
    ("aleppo_prison", date(2016, 8, 15), "government"),
    ("aleppo_prison", date(2017, 7, 1), "government"),
    # Tell Aran, taken on 11 Nov 2013 on the army's road from al-Safira (Syria Direct)
    ("tell_aran", date(2016, 12, 1), "government"),
    # Turaykiyah, on the Aleppo - Deir Hafer road the army took by 21 Feb 2016 (SOHR)
    ("turaykiyah", date(2017, 2, 1), "government"),
    # Jib Awad, 're-held' by the army in Oct 2017 (SOHR), until IS's advance of 25 Jan 2018
    ("jubb_awwad", date(2017, 12, 1), "government"),
    # Jebel Azzan behind al-Hader: Abtin retaken on 16 Oct 2015 (SOHR), al-Hader on 12 Nov 2015
    ("abtin", date(2016, 9, 1), "government"),
    ("azzan", date(2017, 6, 1), "government"),
    # inside the army's ring north of the al-Hader - al-Safira line
    ("ain_assan", date(2017, 1, 1), "government"),
    # the Nubl corridor: Tell Jibbin and Hardatin taken on 1-2 Feb 2016 (SOHR)
    ("hardatin", date(2017, 5, 1), "government"),
    ("tell_jibbin", date(2016, 8, 10), "government"),
    # IS's pocket east of Khanasir: 'the last territory' IS held in the province until 30 Jun
    # 2017 (SOHR via Reuters; AFP)
    ("zabad", date(2016, 10, 1), "isis"),
    ("jubbayn_al_safira", date(2017, 3, 1), "isis"),
    ("hamidiyah_kabira", date(2017, 6, 3), "isis"),
    ("al_hubara", date(2017, 4, 1), "isis"),
    # Abu al-Duhur airbase: Jaish al-Fatah's from 2015 (The New Arab), HTS among its defenders in
    # Jan 2018
    ("abu_al_duhur_military_airbase", date(2017, 1, 1), "opposition"),
    ("abu_al_duhur_military_airbase", date(2017, 10, 1), "hts"),
    # Kafr Hamra: the rebel side north-west of Aleppo, as Anadan and Hayyan
    ("kafr_hamrah", date(2017, 6, 1), "opposition"),
    # the west Aleppo countryside before the army's push (SOHR via Xinhua, 11 Jan 2020)
    ("kafr_naha", date(2020, 1, 10), "hts"),
    ("urum_al_kubra", date(2019, 12, 25), "hts"),
    ("zaytan", date(2020, 1, 24), "hts"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_south_aleppo_rules_answer_has_the_reported_holder(
    atlas, locality, day, controller
):
    assert_region_answer(atlas, locality, day, controller)


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # Rasm al-Nafal, where IS and the army fought in Feb 2016 (Amaq via Reuters), and the
        # villages near the Khanasir road: the front there is not dated
        ("rasm_al_nafal", date(2016, 10, 1)),
        ("jafrat_al_hass", date(2016, 10, 1)),
        # Jib Awad once IS advanced towards the road again (SOHR, 25 Jan 2018)
        ("jubb_awwad", date(2018, 2, 1)),
        # the plateau south of Aleppo (HTS and rebels until Jan 2018) where no dated list names
        # the village (those named are answered: tests/test_control_ar1.py)
        ("masih", date(2017, 6, 1)),
        # al-Qarassi, next to the rebel front west of the Jebel Azzan
        ("al_qarassi", date(2017, 6, 1)),
        # south of the al-Hader - al-Safira line, the plateau's northern edge
        ("qashutah", date(2017, 1, 1)),
        # (Qanatrat: the rebels' to 9 Jan 2018 by h-safira2; the day it fell is not stored)
        ("qanatrat", date(2018, 1, 10)),
        # (the west Aleppo villages once the army's push began: Kafr Naha the rebels' to 14 Feb,
        # h-gapidl; fought over on 15 Feb, h-rev66; the army's from 16 Feb)
        # the other military sites round the city during the siege (Aug - Dec 2016) and the sites
        # north of it no dated source places
        ("al_assad_military_academy", date(2016, 10, 1)),
        ("free_zone", date(2017, 3, 1)),
    ],
)
def test_where_the_sources_leave_it_open_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_ramouseh_is_contested_while_the_rebels_stormed_it(atlas):
    """5-6 Aug 2016: the rebels said they took part of it; the army said it repelled them."""
    state = atlas.control.history.state_of("ramouseh_military_complex", date(2016, 8, 6))
    assert (state.controller, state.status) == ("government", "contested")
    assert set(state.with_parties) == {"opposition", "hts"}


def test_the_rebels_held_ramouseh_with_jabhat_fateh_al_sham(atlas):
    state = atlas.control.history.state_of("ramouseh_military_complex", date(2016, 8, 20))
    assert (state.status, state.with_parties) == ("shared", ("hts",))


def test_abu_duhur_keeps_the_disputed_day_of_its_capture(atlas):
    """20 Jan 2018 stays the batch's contested day (Hezbollah's media unit vs the rebels)."""
    state = atlas.control.history.state_of("abu_al_duhur_military_airbase", date(2018, 1, 20))
    assert state.status == "contested"


def test_the_south_aleppo_sources_resolve_in_the_registry(atlas):
    """Every source the rows of these rules cite is a registry entry with a publisher."""
    cited = sources_cited_by(atlas, "> sa_")
    assert "reuters-2017-06-30-is-leaves-aleppo-province" in cited
    assert "reuters-2016-09-04-ramousah-retaken" in cited
    assert_registered_with_publisher(cited)
