"""The review h-rev17 (issue #15): Basufan, Fafertin and Kabashin (Sherawa, south of Afrin) on
and after HTS's entry of Monday 20 Jun 2022, which the hand rows of the 2016-2024 records had
drawn the Turkish-backed factions' throughout 2020-24."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_registered_with_publisher, assert_stored_gap

NEW_ARAB_20_JUN = "the_new_arab-2022-06-20-hts-villages-near-afrin"
SOHR_VIA_AAWSAT = "asharq_al_awsat-2022-06-hts-five-sites-afrin"
AFRIN_POST_DEC = "afrin_post-2022-12-faylaq-al-sham-sherawa-points"
PLACES = ("basufan", "fafertine", "kabashin")


@pytest.mark.parametrize("place", PLACES)
def test_hts_holds_the_village_on_20_june_2022(atlas, place):
    history = atlas.control.history
    record = history.record_on(place, date(2022, 6, 20))
    assert history.state_of(place, date(2022, 6, 20)).controller == "hts"
    assert NEW_ARAB_20_JUN in record.sources and SOHR_VIA_AAWSAT in record.sources
    assert "[rev17]" in record.note
    # the Sham Legion's the day before (the earlier answer, now ended on the eve)
    assert history.state_of(place, date(2022, 6, 19)).controller == "sna"


@pytest.mark.parametrize("place", PLACES)
def test_the_days_until_the_end_of_2022_stay_a_gap(atlas, place):
    """No dated report of HTS's withdrawal from these villages was found."""
    for day in (date(2022, 6, 21), date(2022, 10, 1), date(2022, 12, 31)):
        assert_stored_gap(atlas, place, day)


@pytest.mark.parametrize("place", PLACES)
def test_the_factions_again_from_2023(atlas, place):
    history = atlas.control.history
    for day in (date(2023, 1, 1), date(2024, 11, 26)):
        assert history.state_of(place, day).controller == "sna"
        assert AFRIN_POST_DEC in history.record_on(place, day).sources
    assert "continuity inferred" in history.record_on(place, date(2023, 1, 1)).note


def test_the_sources_are_registered():
    assert_registered_with_publisher((NEW_ARAB_20_JUN, SOHR_VIA_AAWSAT, AFRIN_POST_DEC))
