"""The government's bases inside the SDF area of al-Hasakah province (issue #15, h-gapmil:
tools/regions_2016_2018_rules_gapmil.py, sources/2016-2019-gapmil.toml): the holder a user sees
at the Jabal Kawkab base and the Tartab regiment on the days dated reports bound, and the days
they leave open, which stay gaps."""

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

KAWKAB_2015 = "aranews-2015-10-kawkab-largest-camp"
FRATERNITY = "fraternity-2016-08-18-hasakah-kawkab-artillery"
AL_MODON = "almodon-2019-08-13-deputy-minister-hasakah"
YEKITI = "yekiti-2015-04-tartab-regiment-154"
ANADOLU = "anadolu-2021-01-06-qamishli-security-square-siege"
EPC = "epc-2021-02-15-hasakah-dispute"
ALL = (KAWKAB_2015, FRATERNITY, AL_MODON, YEKITI, ANADOLU, EPC)

KAWKAB = "546th_artillery_brigade"
TARTAB = "154th_special_forces_regiment"


@pytest.mark.parametrize(
    "day",
    [
        date(2016, 8, 1),
        # the Hasakah battle (17 - 23 Aug 2016): the base's artillery fired for the regime
        date(2016, 8, 18),
        date(2016, 8, 24),
        date(2018, 6, 1),
        date(2019, 8, 13),
        date(2019, 10, 22),
    ],
)
def test_kawkab_base_is_the_armys_to_the_autumn_2019_snapshot(atlas, day):
    record = assert_region_answer(atlas, KAWKAB, day, "government")
    assert FRATERNITY in record.sources and AL_MODON in record.sources
    assert "continuity inferred" in record.note and "Regiment 123" in record.note


@pytest.mark.parametrize("day", [date(2019, 12, 19), date(2020, 1, 15), date(2020, 3, 5)])
def test_kawkab_base_is_the_armys_between_the_snapshots(atlas, day):
    record = assert_region_answer(atlas, KAWKAB, day, "government")
    assert ANADOLU in record.sources and EPC in record.sources
    assert "continuity inferred" in record.note


def test_the_snapshots_keep_their_own_answer_either_side(atlas):
    """The days the snapshots answer are not this task's: their drawing (the SDF's zone)."""
    history = atlas.control.history
    for day in (date(2019, 10, 23), date(2019, 12, 18), date(2020, 3, 6)):
        record = history.record_on(KAWKAB, day)
        assert "gapmil_" not in (record.note or "")


@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2017, 6, 1), date(2019, 8, 13)])
def test_tartab_regiment_is_the_armys_to_al_modons_report(atlas, day):
    record = assert_region_answer(atlas, TARTAB, day, "government")
    assert YEKITI in record.sources and AL_MODON in record.sources
    assert "party claim" in record.note and "continuity inferred" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # no dated report naming the Tartab regiment after Al-Modon's of 13 Aug 2019
        (TARTAB, date(2019, 8, 14)),
        (TARTAB, date(2019, 10, 22)),
        (TARTAB, date(2020, 1, 15)),
        # the Milbiyah (121st) regiment: the 2014 reports disagree (YPG / IS), none later found
        ("121st_artillery_regiment", date(2017, 1, 1)),
        # al-Ahdath prison: no report found names it
        ("al_ahdath_prison", date(2016, 8, 24)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-gapmil.toml")
    assert_registered_with_publisher(ALL)
    assert set(ALL) <= sources_cited_by(atlas, "> gapmil_")
