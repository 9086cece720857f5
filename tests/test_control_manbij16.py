"""Manbij's edge and the villages round it in the city's last eleven days before it fell, 1 - 11
Aug 2016 (issue #15, h-manbij16: tools/regions_2016_2018_rules_manbij16.py,
sources/2016-2019-manbij16.toml): the southern silos and al-Mankubah, which Enab Baladi's dated
reports reach, and the villages no dated allowed report names on those days, which stay stored
gaps in every direction from the city; the ring rule's SDF answer begins on 12 Aug as before."""

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

BLOCK_TAG = "[g2016_manbij_sdf]"
ENAB_17_JUL = "enab_baladi-2016-07-17-manbij-silos"
ENAB_6_AUG = "enab_baladi-2016-08-06-manbij-80-percent"
REUTERS_6_AUG = "reuters-2016-08-06-manbij-almost-complete-control"
FIRST, LAST, FALL = date(2016, 8, 1), date(2016, 8, 11), date(2016, 8, 12)

#: One or more villages of the block in each direction from the city (bearing, km from it).
BY_DIRECTION = {
    # north, towards the Sajur and Jarabulus: IS's counter-attack of 10 - 11 Aug is reported
    # only by a refused outlet (SouthFront) and a low-grade site (nasaem.news)
    "north": ("khirbat_mas", "majri_tahtani", "bayniyah", "kurdala_fawqani"),
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


@pytest.mark.parametrize("day", [FIRST, date(2016, 8, 3), date(2016, 8, 5)])
def test_the_southern_silos_are_the_sdfs_from_enab_baladis_visit(atlas, day):
    record = assert_region_answer(atlas, "manbij_southern_grain_silo_complex", day, "sdf")
    assert ENAB_17_JUL in record.sources and REUTERS_6_AUG in record.sources
    assert "continuity inferred" in record.note
    # the manbij2 rule answers from 6 Aug, as before
    later = assert_region_answer(
        atlas, "manbij_southern_grain_silo_complex", date(2016, 8, 6), "sdf"
    )
    assert "manbij2_" in later.note


def test_the_eastern_silos_enab_baladi_does_not_name_stay_a_gap_to_5_august(atlas):
    for day in (FIRST, date(2016, 8, 5)):
        assert_stored_gap(atlas, "manbij_eastern_grain_silo_complex", day)


def test_mankubah_is_the_sdfs_from_6_august_with_the_counter_attack_days_left_open(atlas):
    for day in (FIRST, date(2016, 8, 5), date(2016, 8, 10), LAST):
        assert_stored_gap(atlas, "mankubah", day)
    for day in (date(2016, 8, 6), date(2016, 8, 8), date(2016, 8, 9)):
        record = assert_region_answer(atlas, "mankubah", day, "sdf")
        assert ENAB_6_AUG in record.sources
        assert "al-Mankuba north-east of the city" in record.note


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-manbij16.toml")
    assert_registered_with_publisher((ENAB_17_JUL, ENAB_6_AUG))
    assert {ENAB_17_JUL, ENAB_6_AUG, REUTERS_6_AUG} <= sources_cited_by(atlas, "> manbij16_")


@pytest.mark.parametrize(
    "locality", ["al_khataf", "khirbat_mas", "kharija", "jubb_nashama", "mankubah"]
)
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
