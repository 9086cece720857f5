"""The Raqqa campaign's stored gaps, a fifth batch (issue #15, h-raqqa5:
tools/regions_2016_2018_rules_raqqa5.py, sources/2016-2019-raqqa5.toml): Ja'bar al-Gharbi fought
over from 26 Dec 2016 and the SDF's from 6 Jan 2017, Tarfawi the SDF's from 20 Feb 2017, al-Kajla
from 9 Mar 2017, Sahl al-Khashab from 27 Mar 2017 and Abbad (Ibad) east of al-Tabqa from 9 Apr
2017, on the days dated reports name them; the days before, which stay gaps; and the region
rules taking over where they did."""

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

ROJNEWS_6_JAN = "rojnews-2017-01-06-jabar-castle"
SPC_30_DEC = "syrian_press_center-2016-12-30-jabar-gharbiya"
AL_HAL_21_FEB = "al_hal-2017-02-21-tarfawi"
SMART_19_FEB = "smart-2017-02-19-tarfawiya-besieged"
SMART_9_MAR = "smart-2017-03-09-kajla"
SMART_1_MAY = "smart-2017-05-01-kajla-shelled"
ENAB_9_APR = "enab_baladi-2017-04-09-abbad-east-of-tabqa"
AKHBAR_10_APR = "akhbar_alaan-2017-04-10-abbad"
NRT_27_MAR = "nrt-2017-03-27-sahl-al-khashab"
ALL = {
    ROJNEWS_6_JAN,
    SPC_30_DEC,
    AL_HAL_21_FEB,
    SMART_19_FEB,
    SMART_9_MAR,
    SMART_1_MAY,
    ENAB_9_APR,
    AKHBAR_10_APR,
    NRT_27_MAR,
}


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # Ja'bar al-Gharbi the SDF's from the Ja'bar castle's capture (Rojnews, 6 Jan 2017)
        ("jabar_gharbi", date(2017, 1, 6), "sdf", ROJNEWS_6_JAN),
        ("jabar_gharbi", date(2017, 1, 15), "sdf", ROJNEWS_6_JAN),
        # Tarfawi taken on 20 Feb 2017 (the campaign via Al-Hal), besieged on 19 Feb (SMART)
        ("trifawi", date(2017, 2, 20), "sdf", AL_HAL_21_FEB),
        ("trifawi", date(2017, 3, 5), "sdf", SMART_19_FEB),
        # al-Kajla taken on the morning of 9 Mar 2017, shelled by IS on 1 May (SMART)
        ("al_kajla", date(2017, 3, 9), "sdf", SMART_9_MAR),
        ("al_kajla", date(2017, 5, 1), "sdf", SMART_1_MAY),
        ("al_kajla", date(2017, 5, 23), "sdf", SMART_9_MAR),
        # Abbad east of al-Tabqa, taken on Sunday 9 Apr 2017 (the SDF via Enab Baladi)
        ("ibad", date(2017, 4, 9), "sdf", ENAB_9_APR),
        ("ibad", date(2017, 6, 28), "sdf", AKHBAR_10_APR),
        # Sahl al-Khashab, taken on Monday 27 Mar 2017 (Hawar News via NRT)
        ("sahl_al_khashab", date(2017, 3, 27), "sdf", NRT_27_MAR),
        ("sahl_al_khashab", date(2017, 6, 5), "sdf", NRT_27_MAR),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert record.status == "held"
    assert "> raqqa5_" in record.note, record.note


@pytest.mark.parametrize("day", [date(2016, 12, 26), date(2016, 12, 30), date(2017, 1, 5)])
def test_jabar_gharbi_is_fought_over_while_the_sources_disagree(atlas, day):
    record = assert_region_answer(atlas, "jabar_gharbi", day, "sdf")
    assert record.status == "contested" and "isis" in record.with_parties
    assert {ROJNEWS_6_JAN, SPC_30_DEC} <= set(record.sources)
    assert "the sources disagree" in record.note


def test_party_claims_and_inferred_continuity_are_said(atlas):
    history = atlas.control.history
    for place, day in (
        ("jabar_gharbi", date(2017, 1, 10)),
        ("trifawi", date(2017, 3, 1)),
        ("al_kajla", date(2017, 4, 15)),
        ("ibad", date(2017, 5, 15)),
        ("sahl_al_khashab", date(2017, 4, 15)),
    ):
        note = history.record_on(place, day).note
        assert "party claim" in note and "continuity inferred" in note, (place, note)


@pytest.mark.parametrize(
    ("locality", "day", "controller", "rule"),
    [
        # the rules earlier in RULES answer the days after these spans
        ("jabar_gharbi", date(2017, 1, 16), "sdf", "jaz3_west_after_phase_two_statement"),
        ("al_kajla", date(2017, 5, 24), "sdf", "raqqa4_east_countryside_24_may_2017"),
        ("ibad", date(2017, 6, 29), "sdf", "euph_raqqa_south_bank_closed"),
        ("sahl_al_khashab", date(2017, 6, 6), "sdf", "raqqa_north_countryside"),
    ],
)
def test_the_earlier_rules_take_over_after(atlas, locality, day, controller, rule):
    record = assert_region_answer(atlas, locality, day, controller)
    assert "> raqqa5_" not in record.note, record.note
    assert f"> {rule}]" in record.note, record.note


def test_trifawi_is_answered_by_the_road_cut_rule_after(atlas):
    record = atlas.control.history.record_on("trifawi", date(2017, 3, 6))
    assert "> raqqa5_" not in record.note, record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # between the phase's start and the reported capture no report places the place
        ("jabar_gharbi", date(2016, 12, 10)),
        ("jabar_gharbi", date(2016, 12, 25)),
        ("trifawi", date(2017, 2, 4)),
        ("trifawi", date(2017, 2, 19)),
        ("al_kajla", date(2017, 2, 4)),
        ("al_kajla", date(2017, 3, 8)),
        ("ibad", date(2017, 3, 22)),
        ("ibad", date(2017, 4, 8)),
        ("sahl_al_khashab", date(2017, 3, 26)),
        ("widyan", date(2017, 3, 27)),  # 'Aweyj Widyan' not matched with confidence
    ],
)
def test_days_before_the_reports_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-raqqa5.toml")
    assert_registered_with_publisher(ALL)
    assert sources_cited_by(atlas, "> raqqa5_") >= ALL
