"""The Raqqa campaign's stored gaps, a third batch (issue #15, h-raqqa3:
tools/regions_2016_2018_rules_raqqa3.py, sources/2016-2019-raqqa3.toml): al-Jarniyah, Abu Dallah,
Wihdeh ("Mazraat al-Hukumia") and the eastern desert from Ma'dan's fall on the days dated reports
name them, the days before, which stay gaps, and the region rules taking over where they did."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

PYD = "pyd-2016-12-jarniyah-first-town-west-raqqa"
SMART_11_FEB = "smart-2017-02-11-north-of-raqqa-silos"
SMART_24_APR = "smart-2017-04-24-fourth-phase-13-sites"
MASDAR_21_APR = "al_masdar-2017-04-21-hazimah"
MASDAR_23_SEP = "al_masdar-2017-09-23-maadan-west-bank"
MURASELON_23_SEP = "muraselon-2017-09-23-maadan"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # al-Jarniyah 'freed on the 20th of this December' (the PYD's site, party media)
        ("al_jarniyah", date(2016, 12, 20), "sdf", PYD),
        ("al_jarniyah", date(2017, 1, 15), "sdf", PYD),
        # Abu Dalla 'under the SDF's control' (a local source to SMART, 11 Feb 2017)
        ("abu_dallah", date(2017, 2, 11), "sdf", SMART_11_FEB),
        ("abu_dallah", date(2017, 3, 5), "sdf", SMART_11_FEB),
        # Mazraat al-Hukumia taken on Friday 21 Apr 2017 (Al-Masdar), in the SDF's list of 24 Apr
        ("wihdeh", date(2017, 4, 21), "sdf", MASDAR_21_APR),
        ("wihdeh", date(2017, 5, 1), "sdf", SMART_24_APR),
        ("wihdeh", date(2017, 6, 5), "sdf", MASDAR_21_APR),
        # Ma'dan taken on Saturday 23 Sep 2017, 'all of southeast Raqqa' with it (military
        # sources via Al-Masdar and Muraselon: the government's side's claim)
        ("madan", date(2017, 9, 23), "government", MURASELON_23_SEP),
        ("madan", date(2017, 11, 18), "government", MASDAR_23_SEP),
        ("ghanim_al_ali", date(2017, 9, 23), "government", MASDAR_23_SEP),
        ("as_sabkhah", date(2017, 10, 15), "government", MASDAR_23_SEP),
        ("ukayrishah_oil_refinery", date(2017, 11, 1), "government", MASDAR_23_SEP),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "> raqqa3_" in record.note, record.note


def test_party_claims_and_inferred_continuity_are_said(atlas):
    history = atlas.control.history
    jarniyah = history.record_on("al_jarniyah", date(2016, 12, 25)).note
    assert "party media" in jarniyah and "party claim" in jarniyah
    assert "continuity inferred" in jarniyah
    assert "continuity inferred" in history.record_on("abu_dallah", date(2017, 2, 20)).note
    assert "party claim" in history.record_on("wihdeh", date(2017, 5, 1)).note
    for place in ("madan", "muqla_kabir"):
        note = history.record_on(place, date(2017, 10, 1)).note
        assert "the government's side's claim" in note and "continuity inferred" in note


@pytest.mark.parametrize(
    ("locality", "day", "rule"),
    [
        # the rules earlier in RULES answer the days after these spans
        ("al_jarniyah", date(2017, 1, 16), "jaz3_west_after_phase_two_statement"),
        ("abu_dallah", date(2017, 3, 6), "euph_raqqa_east_behind_the_road_cut"),
        ("wihdeh", date(2017, 6, 6), "raqqa_north_countryside"),
    ],
)
def test_the_earlier_rules_take_over_after(atlas, locality, day, rule):
    record = assert_region_answer(atlas, locality, day, "sdf")
    assert f"> {rule}]" in record.note, record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # between the phase's start and the reported capture no report places the place
        ("al_jarniyah", date(2016, 12, 10)),
        ("al_jarniyah", date(2016, 12, 19)),
        ("abu_dallah", date(2017, 2, 4)),
        ("abu_dallah", date(2017, 2, 10)),
        ("wihdeh", date(2017, 4, 12)),
        ("wihdeh", date(2017, 4, 20)),
        # the eastern desert from the army's advance (Jun) to Ma'dan's fall: taken and retaken
        # in Aug 2017, the days not fixed by a registered source
        ("madan", date(2017, 9, 22)),
        ("ghanim_al_ali", date(2017, 8, 23)),  # 24 - 28 Aug answered by h-rev59
        ("abu_hammad", date(2017, 7, 1)),
    ],
)
def test_days_before_the_reports_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-raqqa3.toml")
    cited = sources_cited_by(atlas, "> raqqa3_")
    assert {
        PYD,
        SMART_11_FEB,
        SMART_24_APR,
        MASDAR_21_APR,
        MASDAR_23_SEP,
        MURASELON_23_SEP,
    } <= cited
