"""The villages round Manbij in the city's last eleven days before it fell, 1 - 11 Aug 2016
(issue #15, h-manbij16; PERIOD-2016-2024.md, "The villages round Manbij, 1 - 11 Aug 2016"): no
dated allowed report found names them or their area on those days, so they stay stored gaps in
every direction from the city, and the ring rule's SDF answer begins on 12 Aug as before."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_region_answer, assert_stored_gap

BLOCK_TAG = "[g2016_manbij_sdf]"
FIRST, LAST, FALL = date(2016, 8, 1), date(2016, 8, 11), date(2016, 8, 12)

#: One or more villages of the block in each direction from the city (bearing, km from it).
BY_DIRECTION = {
    # north, towards the Sajur and Jarabulus: IS's counter-attack of 10 - 11 Aug is reported
    # only by a refused outlet (SouthFront) and a low-grade site (nasaem.news)
    "north": ("khirbat_mas", "majri_tahtani", "mankubah", "bayniyah"),
    # east, towards the band h-manbij answered: al-Khataf changed hands in June and July
    # (SMART via Akhbar Al Aan, 25 Jun; Al-Hal, 3 Jul); a village on the city's eastern edge
    # was still taken on 5 Aug (Atlantic Council, village not named)
    "east": ("al_khataf", "tell_yasti", "mishrefeh_saghirah", "hayya_kabirat", "kharfan"),
    # south and south-east: IS's claims of July (Qur'a Saghira, Amaq via Al-Araby al-Jadeed),
    # Jubb Nashama's capture of 2 - 4 Aug only on Iranian state outlets (refused)
    "south": ("najawa", "jubb_nashama", "qura_saghira", "khirbat_al_rus", "sandaliyah_al_kabirah"),
    # west: fought over to mid-July (Kharija taken on an undated 'Monday', Syrian Press Center)
    "west": ("kharija", "sheikh_yahya", "qanat_ash_shaykh", "tahiya"),
}
ALL_VILLAGES = tuple(v for group in BY_DIRECTION.values() for v in group)


@pytest.mark.parametrize("locality", ALL_VILLAGES)
@pytest.mark.parametrize("day", [FIRST, date(2016, 8, 6), LAST])
def test_the_last_days_before_the_fall_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)
    record = atlas.control.history.record_on(locality, day)
    assert record.note.startswith(BLOCK_TAG), record.note


@pytest.mark.parametrize("locality", ["al_khataf", "khirbat_mas", "kharija", "jubb_nashama"])
def test_the_ring_rule_still_answers_from_the_day_the_city_fell(atlas, locality):
    record = assert_region_answer(atlas, locality, FALL, "sdf")
    assert "manbij_east_and_ring" in record.note


def test_the_villages_are_still_in_the_block(atlas):
    """No rule answers these villages on the block's days (h-manbij16 added none)."""
    history = atlas.control.history
    gaps = {
        locality
        for locality in history.localities
        if (record := history.record_on(locality, date(2016, 8, 5))) is not None
        and record.controller == "unknown"
        and (record.note or "").startswith(BLOCK_TAG)
    }
    assert set(ALL_VILLAGES) <= gaps
