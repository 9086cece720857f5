"""Review h-rev12 (issue #15): answers flagged as contradicted by dated reports.

1. Gharrah al-Kabirah and Gharrah as-Saghirah: ANF has the Manbij Military Council take them from
   IS after the city fell; the ring rule no longer draws them the SDF's from 12 Aug 2016: a gap
   to 20 Aug, the SDF's from 21 Aug (after the push south of 18 - 20 Aug).
2. Al-Sa'b, east of Maskanah: Zaman al-Wasl names it among the villages the army took on 3 Jun
   2017; the army's 3 - 5 Jun, IS's to 2 Jun, the desert campaign's gap from 6 Jun.
3. The Maskanah answers (town from 4 Jun, five villages on 3 Jun) and the water pumping plant
   near Maskanah (not the al-Khafsa plant Reuters says was retaken in March) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

ANF = "anf-2016-08-three-villages-south-west-of-manbij"
ZAMAN = "zaman_al_wasl-2017-06-05-maskanah-villages"


def test_sources_registered():
    assert_source_file_registered("2016-2024-rev12.toml")


@pytest.mark.parametrize("locality", ["gharrah_as_kabirah", "gharrah_as_saghirah"])
def test_gharrah_villages_taken_after_the_city(atlas, locality):
    for day in (date(2016, 8, 12), date(2016, 8, 16), date(2016, 8, 20)):
        assert_stored_gap(atlas, locality, day)
    for day in (date(2016, 8, 21), date(2016, 12, 1), date(2017, 3, 1)):
        record = assert_region_answer(atlas, locality, day, "sdf")
        assert ANF in record.sources and "[g2016_manbij_sdf > rev12_" in record.note
        assert "continuity inferred" in record.note
    # the hand rows from the Reuters report of 2 Mar 2017 go on
    assert atlas.control.history.state_of(locality, date(2017, 3, 2)).controller == "sdf"


def test_manbij_ring_still_answers_its_other_places(atlas):
    # Manbij's ring (east of the city) keeps the city's fall for a place it still covers
    record = assert_region_answer(atlas, "abu_qilqil", date(2016, 8, 12), "sdf")
    assert "manbij_east_and_ring" in record.note


def test_al_sab_the_armys_from_3_june_2017(atlas):
    history = atlas.control.history
    assert history.state_of("al_sab", date(2017, 6, 2)).controller == "isis"
    for day in (date(2017, 6, 3), date(2017, 6, 5)):
        record = assert_region_answer(atlas, "al_sab", day, "government")
        assert ZAMAN in record.sources and "rev12_al_sab_3_jun_2017" in record.note
    assert_stored_gap(atlas, "al_sab", date(2017, 6, 6))
    # its neighbours in the desert keep the region's IS answer to 5 Jun
    assert history.state_of("mashrafat_al_sab", date(2017, 6, 5)).controller == "isis"


def test_maskanah_answers_unchanged(atlas):
    history = atlas.control.history
    assert history.state_of("maskanah", date(2017, 6, 3)).controller == "isis"
    assert history.state_of("maskanah", date(2017, 6, 4)).controller == "government"
    assert history.state_of("al_muftahiyah", date(2017, 6, 3)).controller == "government"
    assert history.state_of("water_pumping_plant_manbij", date(2017, 5, 12)).controller == "isis"
    assert_stored_gap(atlas, "water_pumping_plant_manbij", date(2017, 6, 3))
    assert history.state_of("water_pumping_plant_manbij", date(2017, 6, 4)).controller == (
        "government"
    )
