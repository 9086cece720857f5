"""Review h-rev10 (issue #15): three Raqqa villages whose answers dated reports contradict.

1. al-Ruhayyat and Bir Jarbu, 10 km north of Raqqa: SMART's local sources have the SDF take
   al-Ruhayyat on Wednesday 19 Apr 2017 and IS regain both on Monday 24 Apr, the day the SDF's own
   statement listed both among its gains (party claim). Now: al-Ruhayyat the SDF's 19 - 23 Apr,
   both contested (the SDF with IS) on 24 Apr, a gap 25 Apr - 5 Jun (no dated report found).
2. al-Suwaydiya al-Kabira: SMART (Saturday 25 Feb 2017) has IS hold it for several hours on the
   night of 24 - 25 Feb, then withdraw: contested on 24 - 25 Feb, the SDF's before and after."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

SMART_19_APR = "smart-2017-04-19-ruhayyat-mushayrifa"
SMART_24_APR_RETAKE = "smart-2017-04-24-is-retakes-ruhayyat-bir-jarbu"
SMART_24_APR_SDF = "smart-2017-04-24-fourth-phase-13-sites"
SMART_25_FEB = "smart-2017-02-25-suwaydiya-kabira-hours"
NORTH_OF_RAQQA = ("ar_ruhayyat", "bir_jarbu")


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev10.toml")
    assert_registered_with_publisher((SMART_19_APR, SMART_25_FEB))


@pytest.mark.parametrize("day", [date(2017, 4, 19), date(2017, 4, 23)])
def test_ruhayyat_the_sdfs_from_19_apr(atlas, day):
    record = assert_region_answer(atlas, "ar_ruhayyat", day, "sdf")
    assert SMART_19_APR in record.sources and record.status == "held"
    assert "continuity inferred" in record.note


def test_ruhayyat_before_19_apr_stays_a_gap(atlas):
    assert_stored_gap(atlas, "ar_ruhayyat", date(2017, 4, 18))


@pytest.mark.parametrize("locality", NORTH_OF_RAQQA)
def test_fought_over_on_24_apr(atlas, locality):
    record = assert_checked_answer(atlas.control.history, locality, date(2017, 4, 24), "sdf",
                                   "contested", ("isis",), SMART_24_APR_RETAKE)  # fmt: skip
    assert SMART_24_APR_SDF in record.sources
    assert "party claim" in record.note and "review h-rev10" in record.note
    assert "raqqa2_royan" not in record.note and "jaz3_jarwa" not in record.note


@pytest.mark.parametrize("locality", NORTH_OF_RAQQA)
@pytest.mark.parametrize("day", [date(2017, 4, 25), date(2017, 5, 16), date(2017, 6, 5)])
def test_no_dated_report_after_is_return(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


@pytest.mark.parametrize("locality", NORTH_OF_RAQQA)
def test_the_assault_rule_from_6_jun_stays(atlas, locality):
    assert_region_answer(atlas, locality, date(2017, 6, 6), "sdf")


def test_bir_jarbu_19_to_23_apr_and_jarwa_unchanged(atlas):
    record = assert_region_answer(atlas, "bir_jarbu", date(2017, 4, 19), "sdf")
    assert "jaz3_jarwa" in record.note
    assert_region_answer(atlas, "bir_jarbu", date(2017, 4, 18), "isis")
    for locality in ("jarwah", "hitash"):
        assert_region_answer(atlas, locality, date(2017, 5, 1), "sdf")


@pytest.mark.parametrize("day", [date(2017, 2, 24), date(2017, 2, 25)])
def test_suwaydiya_kabira_fought_over_on_24_25_feb(atlas, day):
    record = assert_checked_answer(atlas.control.history, "suwaydiya_al_kabirah", day, "sdf",
                                   "contested", ("isis",), SMART_25_FEB)  # fmt: skip
    assert "several hours" in record.note


# review h-rev57: 8 Feb is fought over and 9 - 23 Feb a gap (tests/test_control_rev57.py)
@pytest.mark.parametrize("day", [date(2017, 2, 4), date(2017, 2, 7), date(2017, 2, 26),
                                 date(2017, 6, 5)])  # fmt: skip
def test_suwaydiya_kabira_the_sdfs_around_the_raid(atlas, day):
    record = assert_region_answer(atlas, "suwaydiya_al_kabirah", day, "sdf")
    assert record.status == "held"


def test_the_other_north_shore_villages_keep_the_rule(atlas):
    record = assert_region_answer(atlas, "jabar_sharqi", date(2017, 2, 24), "sdf")
    assert "euph_raqqa_north_shore_named" in record.note and record.status == "held"
