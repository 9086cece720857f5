"""The al-Hass plateau villages south of al-Safira that no dated list names, Aug 2016 - Jan 2018
(issue #15, h-safira2: tools/regions_2016_2018_rules_safira2.py, sources/2016-2019-safira2.toml):
the rebels' and HTS's, region-level, from the plateau's reports (Akhbar al-Aan, Mar 2016; SOHR, Nov
2017; Shaam News, 14 Jan 2018) to 9 Jan 2018; 10 - 14 Jan, when HTS withdrew and the army took
the plateau village by village, stay gaps; the batch's government answer follows from 15 Jan."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

SHAAM = "shaam_news-2018-01-14-jabal-al-hass-150-villages"
AKHBAR = "akhbar_alaan-2016-03-16-jabal-al-hass"
SOHR = "sohr-2017-11-02-khanasir-south-west-ar"
SMART_11 = "smart-2018-01-11-hts-returns-to-jabal-al-hass"

PLATEAU = ["al_hajib", "qanatrat", "kafr_hawt", "bishah", "jubb_al_amaq", "al_manatir", "bluzah"]
#: outside the ring of named rebel-held villages: no region-level answer
ROAD_EDGE = ["tat"]


@pytest.mark.parametrize("locality", PLATEAU)
@pytest.mark.parametrize(
    "day", [date(2016, 8, 1), date(2017, 6, 4), date(2017, 11, 2), date(2018, 1, 9)]
)
def test_plateau_villages_are_the_rebels_and_htss_until_9_january_2018(atlas, locality, day):
    record = assert_checked_answer(
        atlas.control.history, locality, day, "opposition", "shared", ("hts",), SHAAM
    )
    assert {AKHBAR, SOHR, SMART_11} <= set(record.sources)
    assert "2016-2018-regions.csv:" in record.file
    assert "region-level" in record.note and "continuity inferred" in record.note
    assert "party claim" in record.note  # Shaam News, an opposition network
    assert "[g2016_east_aleppo_government > safira2_" in record.note


@pytest.mark.parametrize("locality", PLATEAU)
@pytest.mark.parametrize("day", [date(2018, 1, 10), date(2018, 1, 12), date(2018, 1, 14)])
def test_the_days_of_the_withdrawal_and_the_armys_push_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


@pytest.mark.parametrize("locality", ROAD_EDGE)
@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2017, 1, 15), date(2017, 6, 3)])
def test_a_village_outside_the_ring_of_named_ones_stays_a_gap(atlas, locality, day):
    """Tat lies outside the named rebel-held villages' ring: the plateau's reports do not
    clearly contain it."""
    assert_stored_gap(atlas, locality, day)


@pytest.mark.parametrize("locality", ["al_hajib", "qanatrat", "bluzah"])
def test_the_batchs_government_answer_from_15_january_is_kept(atlas, locality):
    record = atlas.control.history.record_on(locality, date(2018, 1, 15))
    assert record.controller == "government"
    assert "safira2_" not in (record.note or "")


def test_the_named_neighbours_keep_h_ar1s_answer(atlas):
    """Banan, named in the lists of 13 Jan 2018, is h-ar1's, not this module's."""
    record = atlas.control.history.record_on("banan", date(2017, 6, 1))
    assert record.controller == "opposition" and "ar1_" in record.note


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-safira2.toml")
    cited = sources_cited_by(atlas, "> safira2_")
    assert {SHAAM, AKHBAR, SOHR, SMART_11} <= cited
    assert_registered_with_publisher(cited)
