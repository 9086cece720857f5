"""Named sites left as gaps answered from dated reports (issue #15, h-gapsite:
tools/regions_2016_2018_rules_gapsite.py, sources/2016-2019-gapsite.toml): the holder a user
sees on the days the reports bound, and the sites and days no dated report reaches, which stay
gaps."""

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

ENAB_6_JAN_2019 = "enab_baladi-2019-01-06-hts-closes-atmeh-crossing"
ARABY_28_JAN_2019 = "the_new_arab-2019-01-28-hts-closes-deir-ballut-ghazawiya"
GEIROON_28_JAN_2019 = "geiroon-2019-01-28-hts-closes-olive-branch-crossings"
JESR_12_APR_2019 = "jesr_press-2019-04-12-atmeh-crossing-opens"
SPC_13_APR_2019 = "syrian_press_center-2019-04-13-atmeh-crossing-closed-again"
ENAB_25_APR_2020 = "enab_baladi-2020-04-25-idlib-aleppo-crossings-reopened"
ROZANA_9_JUL_2016 = "rozana-2016-07-09-zara-thermal-plant-front"
ALL = (
    ENAB_6_JAN_2019,
    ARABY_28_JAN_2019,
    GEIROON_28_JAN_2019,
    JESR_12_APR_2019,
    SPC_13_APR_2019,
    ENAB_25_APR_2020,
    ROZANA_9_JUL_2016,
)
SANA_21_JUL_2017 = "sana-2017-07-21-zara-power-plant"
XINHUA_POCKET_END = "xinhua-2018-05-16-homs-rebels-evacuated"


def test_the_atmeh_crossing_is_htss_from_the_closure_of_6_january_2019(atlas):
    for day in (date(2019, 1, 6), date(2019, 4, 13), date(2019, 10, 22)):
        record = assert_region_answer(atlas, "atmeh_border_crossing", day, "hts")
        assert record.status == "shared" and record.with_parties == ("sna",)
        assert ENAB_6_JAN_2019 in record.sources and SPC_13_APR_2019 in record.sources
        assert "continuity inferred" in record.note and "Deir Ballut" in record.note
    # the day before: who ran the crossing (the NLF, per Geiroon, on no dated day) stays open
    assert_stored_gap(atlas, "atmeh_border_crossing", date(2019, 1, 5))
    # from 23 Oct the autumn-2019 snapshot's Afrin zone (the SNA alone) is overridden by h-rev63's
    # hand row, the same shared answer (tests/test_control_rev63.py)
    later = atlas.control.history.record_on("atmeh_border_crossing", date(2019, 10, 23))
    assert later.controller == "hts" and "[rev63]" in later.note


def test_the_atmeh_crossing_between_the_snapshots_is_htss(atlas):
    for day in (date(2019, 12, 19), date(2020, 2, 1), date(2020, 3, 5)):
        record = assert_region_answer(atlas, "atmeh_border_crossing", day, "hts")
        assert record.status == "shared" and record.with_parties == ("sna",)
        assert ENAB_25_APR_2020 in record.sources and JESR_12_APR_2019 in record.sources
        assert "continuity inferred" in record.note
    for day in (date(2019, 12, 18), date(2020, 3, 6)):
        record = atlas.control.history.record_on("atmeh_border_crossing", day)
        assert record.controller == "hts" and "[rev63]" in record.note  # h-rev63's hand rows


@pytest.mark.parametrize("day", [date(2016, 10, 7), date(2017, 7, 21), date(2018, 6, 1)])
def test_the_atmeh_crossing_before_2019_stays_a_gap(atlas, day):
    """HTS's media claimed Atmeh village on 21 Jul 2017 (SMART), but Geiroon has HTS seize the
    Deir Ballut crossings from the NLF only in January 2019: no report dates who ran it."""
    assert_stored_gap(atlas, "atmeh_border_crossing", day)


def test_the_zara_plant_is_the_governments_before_sanas_report(atlas):
    for day in (date(2016, 8, 1), date(2017, 1, 15), date(2017, 7, 20)):
        record = assert_region_answer(atlas, "al_zara_thermal_power_plant", day, "government")
        assert ROZANA_9_JUL_2016 in record.sources and SANA_21_JUL_2017 in record.sources
        assert "continuity inferred" in record.note and "party claim" in record.note
    # h-hamadesert's day is unchanged
    record = atlas.control.history.record_on("al_zara_thermal_power_plant", date(2017, 7, 21))
    assert "hamadesert_" in record.note and record.sources == (SANA_21_JUL_2017,)


def test_the_zara_plant_is_the_governments_to_the_end_of_the_pocket(atlas):
    for day in (date(2017, 7, 22), date(2017, 12, 1), date(2018, 5, 15)):
        record = assert_region_answer(atlas, "al_zara_thermal_power_plant", day, "government")
        assert XINHUA_POCKET_END in record.sources and "continuity inferred" in record.note
    # the fill's region-level answer from 16 May 2018 is unchanged
    record = atlas.control.history.record_on("al_zara_thermal_power_plant", date(2018, 5, 16))
    assert record.controller == "government" and "gapsite_" not in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the sites inside the SDF's area: no dated report of 2019 names them
        ("division_17", date(2019, 3, 1)),
        ("abu_hajar_airport", date(2019, 6, 1)),
        ("brigade_93", date(2019, 5, 1)),
        ("113_air_defense_brigade", date(2018, 6, 1)),
        ("154th_special_forces_regiment", date(2019, 9, 1)),  # h-gapmil answers it to 13 Aug 2019
        ("raqqa_prison_complex", date(2018, 6, 1)),
        ("septe_airbase", date(2018, 6, 1)),
        ("tell_dehlis_1250_airstrip", date(2018, 6, 1)),
        ("kahara_airstrip", date(2018, 6, 1)),
        # the 46th Regiment after Jabhat Tahrir Souriya's capture of 27 Feb 2018
        ("46th_regiment", date(2018, 6, 1)),
        # south-eastern Idlib and the Mount Simeon factories: no dated report names them
        ("qahira_airfield", date(2018, 6, 1)),
        ("tank_brigade_checkpoint", date(2018, 6, 1)),
        ("carton_factory", date(2018, 6, 1)),
        ("minyan_sawmills_1", date(2018, 6, 1)),
        # the Mhardeh dam and its neighbours on the north Hama front
        ("mahardah_dam", date(2017, 1, 1)),
        ("mahardah_dam", date(2019, 6, 1)),
        ("grain_silos_mhardeh", date(2018, 6, 1)),
        ("blue_factory", date(2018, 6, 1)),
        # east of Hama: no dated report names them before Feb 2018
        ("brigade_66", date(2017, 6, 1)),
        ("al_hamraa_hama", date(2017, 6, 1)),
        ("west_tuweinan_gas_field", date(2017, 6, 1)),
    ],
)
def test_sites_no_dated_report_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-gapsite.toml")
    assert_registered_with_publisher(ALL)
    assert set(ALL) <= sources_cited_by(atlas, "> gapsite_")
