"""Review h-rev47 (issue #15): leads other reviews reported but did not change.

1. al-Hawaz (4.5 km east of Khanasir): h-rev16 drew it IS's 4 - 29 Jun 2017 (region-level, the
   pocket east of Khanasir); Al-Araby (23 Feb 2016) lists it with al-Shallalah, al-Ruwayhib and
   al-Rahib on the army's only supply road, which h-rev44 made a gap for those days. Now a stored
   gap 1 Aug 2016 - 29 Jun 2017 naming both sides; the army's from 30 Jun. Aqil, Sirdah and
   al-Qulay'ah keep h-rev16's IS answer.
2. The Manbij ring's places east and north-east of the city (Kharfan, Anzawiyah, Umm Jalal, the
   Jurns, Mughayrat): the SDF's from 12 Aug 2016 kept (no report has IS there after the city fell;
   the SDF came from the Euphrates on this side in June 2016)."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_checked_answer, assert_region_answer, assert_stored_gap

ALARABY = "alaraby-2016-02-23-is-takes-khanasir"
REUTERS = "reuters-2017-06-30-is-leaves-aleppo-province"
#: North of h-manbij's east band (36.555 N): a stored gap to 11 Aug, the ring's SDF from 12 Aug.
RING_NORTH_EAST = ["kharfan", "anzawiyah", "mughayrat_manbij"]
#: Inside the east band: the SDF's on 1 - 11 Aug (h-manbij, dated band reports); 12 Aug continues.
RING_BAND = ["umm_jalal", "jurn_kabir", "jurn_saghir"]


def test_hawaz_gap_4_to_29_jun_2017(atlas):
    for day in (date(2017, 6, 3), date(2017, 6, 4), date(2017, 6, 15), date(2017, 6, 29)):
        assert_stored_gap(atlas, "al_hawaz", day)
    record = atlas.control.history.record_on("al_hawaz", date(2017, 6, 15))
    assert "[rev47]" in record.note
    assert ALARABY in record.sources and REUTERS in record.sources
    assert "government or IS" in record.note
    history = atlas.control.history
    for day in (date(2017, 6, 30), date(2018, 6, 1)):
        record = assert_checked_answer(history, "al_hawaz", day, "government", "held", (), REUTERS)
        assert "[rev47]" in record.note


@pytest.mark.parametrize("locality", ["aqil", "sirdah", "al_qulayah_al_safira"])
def test_pocket_neighbours_keep_is_to_29_jun(atlas, locality):
    for day in (date(2017, 6, 4), date(2017, 6, 29)):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert "> rev16_" in record.note
    history = atlas.control.history
    assert history.state_of(locality, date(2017, 6, 30)).controller == "government"


@pytest.mark.parametrize("locality", RING_NORTH_EAST + RING_BAND)
def test_manbij_ring_east_kept_from_12_aug_2016(atlas, locality):
    if locality in RING_BAND:
        record = assert_region_answer(atlas, locality, date(2016, 8, 11), "sdf")
        assert "manbij_east_band_aug_2016" in record.note
    else:
        assert_stored_gap(atlas, locality, date(2016, 8, 11))
    for day in (date(2016, 8, 12), date(2016, 8, 20), date(2017, 1, 1)):
        record = assert_region_answer(atlas, locality, day, "sdf")
        assert "manbij_east_and_ring" in record.note
