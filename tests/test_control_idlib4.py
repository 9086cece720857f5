"""Military sites inside the SDF's area answered from dated reports (issue #15, h-idlib4:
tools/regions_2016_2018_rules_idlib4.py, sources/2016-2019-idlib4.toml): the holder a user sees
on the days the reports bound, and the days they leave open, which stay gaps."""

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

FRESH_SYRIA = "fresh_syria-2017-09-20-sdf-80-percent-raqqa"
REUTERS = "reuters-2017-09-20-raqqa-final-stages"
AKHBAR_ALAAN = "akhbar_alaan-2017-06-08-sdf-division-17"
LE_MONDE = "le_monde-2016-06-21-lafarge-jalabiya"
WAR_ZONE = "the_drive-2019-10-22-lafarge-strike"
ALL = (FRESH_SYRIA, REUTERS, AKHBAR_ALAAN, LE_MONDE, WAR_ZONE)


def test_division_17_is_the_sdfs_from_its_statement_of_20_september_2017(atlas):
    for day in (date(2017, 9, 20), date(2017, 10, 1), date(2017, 10, 16)):
        record = assert_region_answer(atlas, "division_17", day, "sdf")
        assert FRESH_SYRIA in record.sources and REUTERS in record.sources
        assert "party claim" in record.note and "continuity inferred" in record.note
    # the earlier rule keeps its answer from 17 Oct (the SDF's full control of Raqqa)
    later = atlas.control.history.record_on("division_17", date(2017, 10, 17))
    assert later.controller == "sdf" and "idlib4_" not in later.note


@pytest.mark.parametrize("day", [date(2017, 6, 6), date(2017, 6, 8), date(2017, 6, 26),
                                 date(2017, 9, 19)])  # fmt: skip
def test_division_17_stays_a_gap_while_the_reports_disagree(atlas, day):
    """The SDF claimed it on 8 Jun 2017 but held only part of it on 26 Jun (AFP)."""
    assert_stored_gap(atlas, "division_17", day)


def test_lafarge_airfield_is_the_sdfs_until_it_was_vacated(atlas):
    for day in (date(2016, 8, 1), date(2018, 3, 1), date(2019, 10, 14)):
        record = assert_region_answer(atlas, "lafarge_helicopter_airfield", day, "sdf")
        assert LE_MONDE in record.sources and WAR_ZONE in record.sources
        assert "continuity inferred" in record.note
    # the SDF set fire to and vacated the plant on 15 Oct 2019: a gap to the autumn snapshot
    for day in (date(2019, 10, 15), date(2019, 10, 22)):
        assert_stored_gap(atlas, "lafarge_helicopter_airfield", day)


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # no dated report names these sites
        ("raqqa_prison_complex", date(2017, 3, 1)),
        ("septe_airbase", date(2018, 6, 1)),
        ("kahara_airstrip", date(2018, 6, 1)),
        # the Lafarge plant between the two snapshots: no dated report read
        ("lafarge_helicopter_airfield", date(2020, 1, 15)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-idlib4.toml")
    assert_registered_with_publisher(ALL)
    assert set(ALL) - {AKHBAR_ALAAN} <= sources_cited_by(atlas, "> idlib4_")
    assert AKHBAR_ALAAN in sources_cited_by(atlas, "> idlib4_division_17")
