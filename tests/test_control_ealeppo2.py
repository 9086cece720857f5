"""East Aleppo villages answered from dated reports, second pass (issue #15, h-ealeppo2:
tools/regions_2016_2018_rules_ealeppo2.py, sources/2016-2019-ealeppo2.toml): the holder a user
sees on the days the reports bound, and the days they leave open, which stay gaps."""

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

ARABY = "the_new_arab-2015-10-24-jabbul"
JAZEERA = "al_jazeera-2015-11-10-kweires-rasm-abboud"
ALAAN = "akhbar_alaan-2015-12-02-aqula-silos"
SANA_FR = "sana-2016-02-safira-villages-fr"
SOHR_NINE = "sohr-2017-02-nine-villages-north-west-of-deir-hafer"
SABAH = "daily_sabah-2017-02-06-owaisheh"
WATAN = "watan_fm-2017-05-28-maskanah-countryside"
PEOPLE = "people_daily-2017-05-24-jirah-villages"
ALL = (ARABY, JAZEERA, ALAAN, SANA_FR, SOHR_NINE, SABAH, WATAN, PEOPLE)


@pytest.mark.parametrize(
    ("locality", "source"),
    [
        ("jabbul", ARABY),
        ("rasmabbud", JAZEERA),
        ("aqulah_al_bab", ALAAN),
        ("rasm_al_abid_grain_silos", ALAAN),
        ("huwayjinah", SANA_FR),
        ("dakwanah", SANA_FR),
    ],
)
def test_the_kweires_ring_is_the_armys_until_deir_hafer_falls(atlas, locality, source):
    """Taken in the Oct 2015 - Feb 2016 relief of the Kweires air base; held (continuity
    inferred) to the eve of Deir Hafer's fall, from which the earlier rules answer."""
    for day in (date(2016, 8, 1), date(2016, 12, 1), date(2017, 3, 28)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert source in record.sources and "continuity inferred" in record.note
    assert "ealeppo2_" not in (
        atlas.control.history.record_on(locality, date(2017, 3, 29)).note or ""
    )


def test_sanas_french_list_is_marked_a_party_claim(atlas):
    record = assert_region_answer(atlas, "dakwanah", date(2016, 8, 1), "government")
    assert "party claim" in record.note


@pytest.mark.parametrize("locality", ["rasm_al_kama", "rasm_al_kabir", "shuwaylekh"])
def test_sohrs_nine_villages_are_counted_from_the_month_after_the_report(atlas, locality):
    """SOHR's report is dated only to Feb 2017: the army's from 1 Mar; before SANA's list of
    18 Feb (h-rev22 answers 18 - 28 Feb on it) February stays a gap."""
    record = assert_region_answer(atlas, locality, date(2017, 3, 1), "government")
    assert SOHR_NINE in record.sources
    assert_region_answer(atlas, locality, date(2017, 3, 28), "government")
    assert_stored_gap(atlas, locality, date(2017, 2, 17))


def test_owaisheh_falls_on_5_february_2017(atlas):
    record = assert_region_answer(atlas, "uwayshiyah", date(2017, 2, 5), "government")
    assert SABAH in record.sources
    assert_region_answer(atlas, "uwayshiyah", date(2017, 2, 26), "government")
    assert_stored_gap(atlas, "uwayshiyah", date(2017, 2, 4))


@pytest.mark.parametrize(
    "locality",
    ["mawalih_shamaliyah", "mustarihah", "batushiyah", "ramadaniya", "khirbat_hussun", "shiha"],
)
def test_the_villages_east_of_the_jabbul_lake_fall_on_27_may_2017(atlas, locality):
    """Watan FM (28 May 2017): taken 'yesterday, Saturday' on the way to Maskanah."""
    record = assert_region_answer(atlas, locality, date(2017, 5, 27), "government")
    assert WATAN in record.sources and "continuity inferred" in record.note
    assert_region_answer(atlas, locality, date(2017, 6, 3), "government")
    assert_stored_gap(atlas, locality, date(2017, 5, 26))


@pytest.mark.parametrize("locality", ["al_jamiliyah_manbij", "qanawi"])
def test_jamiliyah_and_qanawi_fall_on_24_may_2017(atlas, locality):
    """Opposition sites via People's Daily Arabic (24 May 2017): 'al-Jumayliya' and
    'al-Kanawiya' among five villages the army took after IS withdrew."""
    record = assert_region_answer(atlas, locality, date(2017, 5, 24), "government")
    assert PEOPLE in record.sources
    assert_region_answer(atlas, locality, date(2017, 6, 3), "government")
    assert_stored_gap(atlas, locality, date(2017, 5, 23))


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        ("tel_naam", date(2016, 10, 1)),  # named only by an undated report
        ("jubah", date(2016, 12, 15)),  # SANA's 'Jobah' of Nov 2016: place and day uncertain
        ("tall_al_ahmar", date(2016, 10, 1)),
        ("khan_al_humr", date(2017, 3, 9)),  # claimed on 8 Mar by pro-government pages only
        ("tal_jijan", date(2017, 1, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-ealeppo2.toml")
    assert_registered_with_publisher(ALL)
    assert set(ALL) <= sources_cited_by(atlas, "> ealeppo2_")
