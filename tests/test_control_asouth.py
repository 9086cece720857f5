"""South and south-west Aleppo answered from dated reports, a further pass (issue #15, h-asouth:
tools/regions_2016_2018_rules_asouth.py, sources/2016-2019-asouth.toml): the holder a user sees on
the days the reports bound, and the days they leave open, which stay gaps."""

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

SOHR_12_NOV = "sohr-2016-11-12-dahiyat-al-assad-retaken"
REUTERS_11_NOV = "reuters-2016-11-11-minian-1070-retaken"
MIRROR = "syrian_mirror-2016-10-23-air-defence-battalion"
WATAN = "watan_fm-2016-10-23-air-defence-battalion"
SPC = "syrian_press_center-2016-10-23-missiles-battalion"
ALL = (SOHR_12_NOV, REUTERS_11_NOV, MIRROR, WATAN, SPC)
ENAB_QARASSI = "enab_baladi-2016-06-09-qarassi"
MIRROR_11_JUN = "syrian_mirror-2016-06-11-qarassi-attack-repelled"
MIRROR_16_JUN = "syrian_mirror-2016-06-16-maarata-qarassi-fronts"
ALL = (*ALL, ENAB_QARASSI, MIRROR_11_JUN, MIRROR_16_JUN)
BATTALION = "army_missiles_brigade"


def test_the_assad_academy_is_the_armys_from_sohrs_12_november_to_the_citys_fall(atlas):
    for day in (date(2016, 11, 12), date(2016, 12, 1), date(2016, 12, 21)):
        record = assert_region_answer(atlas, "al_assad_military_academy", day, "government")
        assert SOHR_12_NOV in record.sources and REUTERS_11_NOV in record.sources
        assert "region-level" in record.note and "continuity inferred" in record.note
    # from the city's fall the earlier city-ring rule answers, unchanged
    later = assert_region_answer(
        atlas, "al_assad_military_academy", date(2016, 12, 22), "government"
    )
    assert "as_city_ring" in later.note


@pytest.mark.parametrize(
    "day",
    [date(2016, 8, 1), date(2016, 9, 15), date(2016, 10, 28), date(2016, 11, 11)],
)
def test_the_assad_academy_before_12_november_stays_a_gap(atlas, day):
    assert_stored_gap(atlas, "al_assad_military_academy", day)


def test_the_air_defence_battalion_is_jaish_al_faths_until_the_army_took_it_on_23_october(atlas):
    for day in (date(2016, 8, 1), date(2016, 9, 20), date(2016, 10, 22)):
        record = assert_region_answer(atlas, BATTALION, day, "opposition")
        assert record.status == "shared" and "hts" in record.with_parties
        assert WATAN in record.sources and "continuity inferred" in record.note
    for day in (date(2016, 10, 23), date(2016, 10, 27)):
        record = assert_region_answer(atlas, BATTALION, day, "government")
        assert MIRROR in record.sources and WATAN in record.sources
        assert not any(source.startswith("alalam-") for source in record.sources)


def test_the_battalion_during_the_rebels_offensive_is_a_gap_then_the_armys(atlas):
    for day in (date(2016, 10, 28), date(2016, 11, 5), date(2016, 11, 11)):
        assert_stored_gap(atlas, BATTALION, day)
    for day in (date(2016, 11, 12), date(2017, 6, 1), date(2018, 2, 8)):
        record = assert_region_answer(atlas, BATTALION, day, "government")
        assert SOHR_12_NOV in record.sources and "region-level" in record.note
    # from 9 Feb 2018 the fill's answer, unchanged
    later = atlas.control.history.record_on(BATTALION, date(2018, 2, 9))
    assert later.controller == "government" and "asouth_" not in later.note


def test_al_qarassi_is_jaish_al_faths_from_june_2016_to_the_armys_push_then_a_gap(atlas):
    for day in (date(2016, 8, 1), date(2016, 10, 1), date(2016, 10, 22)):
        record = assert_region_answer(atlas, "al_qarassi", day, "opposition")
        assert record.status == "shared" and "hts" in record.with_parties
        assert ENAB_QARASSI in record.sources and MIRROR_16_JUN in record.sources
        assert "continuity inferred" in record.note
    for day in (date(2016, 10, 23), date(2017, 6, 1), date(2018, 2, 8)):
        assert_stored_gap(atlas, "al_qarassi", day)


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # between the army's Ramouseh and the rebels' Sheikh Saeed: no report names it
        ("gas_storage_facility", date(2016, 11, 20)),
        # beside al-Qarassi: no report names it
        ("al_huwayz", date(2016, 9, 1)),
        # the Handarat sites: no report ties the gazetteer points to a holder
        ("free_zone", date(2017, 6, 1)),
        ("soap_factory", date(2017, 6, 1)),
        # Mount Simeon south of al-Hader: no dated report names these villages
        ("tall_dadin", date(2017, 6, 1)),
        ("majas", date(2017, 6, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-asouth.toml")
    assert_registered_with_publisher(ALL)
    assert set(ALL) <= sources_cited_by(atlas, "> asouth_")
