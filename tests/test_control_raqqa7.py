"""The Raqqa campaign's stored gaps, a seventh batch (issue #15, h-raqqa7:
tools/regions_2016_2018_rules_raqqa7.py, sources/2016-2019-raqqa7.toml with h-raqqa2's items in
2016-2019-raqqa2.toml): Karawan IS's to 18 Dec 2016 and the SDF's from its side's claim of 19 Dec
(Syria News) to the statement of 16 Jan 2017; al-Widyan and Hammarin fought over on 8 Feb 2017 (IS's
counter-attack, the SDF's channel via SMART) and the SDF's on 19 Feb 2017 (IS trying to advance
towards them, SMART); Mazraat al-Ansar fought over on 11 May 2017 (SMART) and
the SDF's from 13 May (Al-Watan of Bahrain relaying Al Jazeera); the
days around them, and the places no dated report names, stay gaps; Mazra'at Ja'bar the SDF's
with the castle from 6 Jan 2017 (region-level, party claim)."""

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

SYRIA_NEWS_19_DEC = "syria_news-2016-12-19-karawan"
ALGHAD_22_DEC = "alghad_alsouri-2016-12-22-west-raqqa-villages"
SMART_19_FEB = "smart-2017-02-19-three-villages-two-days"
SMART_11_MAY = "smart-2017-05-11-jalaa-royan"
ROJNEWS_6_JAN = "rojnews-2017-01-06-jabar-castle"
SPC_6_JAN = "syrian_press_center-2017-01-06-jabar-castle"
AL_WATAN_13_MAY = "al_watan_bh-2017-05-13-ansar-village"
SMART_8_FEB = "smart-2017-02-08-two-hills-counter-attack"
# h-rev62 added the two wires that disagree on the castle's day (5 or 6 Jan) to the farm's rule
AFP_6_JAN = "afp-2017-01-06-qalaat-jaabar-seized"
REUTERS_6_JAN = "reuters-2017-01-06-jabar-citadel-seized"
ALL = {
    SMART_8_FEB,
    SYRIA_NEWS_19_DEC,
    ALGHAD_22_DEC,
    SMART_19_FEB,
    SMART_11_MAY,
    ROJNEWS_6_JAN,
    SPC_6_JAN,
    AL_WATAN_13_MAY,
    AFP_6_JAN,
    REUTERS_6_JAN,
}


def test_karawan_is_ISs_until_the_claim_of_19_dec(atlas):
    # the rule before (IS to 9 Dec) and this batch's IS days up to the eve of the claim
    assert_region_answer(atlas, "karawan", date(2016, 12, 9), "isis")
    for day in (date(2016, 12, 10), date(2016, 12, 18)):
        record = assert_region_answer(atlas, "karawan", day, "isis")
        assert "> raqqa7_karawan_19_dec_2016]" in record.note, record.note
        assert "continuity inferred" in record.note and SYRIA_NEWS_19_DEC in record.sources


@pytest.mark.parametrize("day", [date(2016, 12, 19), date(2016, 12, 25), date(2017, 1, 15)])
def test_karawan_is_the_sdfs_from_the_claim_of_19_dec(atlas, day):
    record = assert_region_answer(atlas, "karawan", day, "sdf")
    assert record.status == "held"
    assert {SYRIA_NEWS_19_DEC, ALGHAD_22_DEC} <= set(record.sources)
    assert "party claim" in record.note and "continuity inferred" in record.note
    assert "Karawan" in record.note and "> raqqa7_karawan_19_dec_2016]" in record.note


def test_the_statement_of_16_jan_takes_over_karawan(atlas):
    record = assert_region_answer(atlas, "karawan", date(2017, 1, 16), "sdf")
    assert "> jaz3_west_after_phase_two_statement]" in record.note, record.note


@pytest.mark.parametrize("locality", ["widyan", "hammarin"])
def test_widyan_and_hammarin_are_fought_over_on_8_feb(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2017, 2, 8), "sdf")
    assert (record.status, record.with_parties) == ("contested", ("isis",)), record
    assert SMART_8_FEB in record.sources and "party claim" in record.note
    assert_stored_gap(atlas, locality, date(2017, 2, 7))
    assert_stored_gap(atlas, locality, date(2017, 2, 9))


@pytest.mark.parametrize("locality", ["widyan", "hammarin"])
def test_widyan_and_hammarin_are_the_sdfs_on_19_feb_only(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2017, 2, 19), "sdf")
    assert record.status == "held" and SMART_19_FEB in record.sources
    assert "Widyan and Hammarin" in record.note, record.note
    assert_stored_gap(atlas, locality, date(2017, 2, 18))
    assert_stored_gap(atlas, locality, date(2017, 2, 20))


def test_mazraat_al_ansar_is_fought_over_on_11_may(atlas):
    record = assert_region_answer(atlas, "mazrat_al_ansar", date(2017, 5, 11), "isis")
    assert (record.status, record.with_parties) == ("contested", ("sdf",)), record
    assert SMART_11_MAY in record.sources and "Royan" in record.note
    assert_stored_gap(atlas, "mazrat_al_ansar", date(2017, 5, 10))
    assert_stored_gap(atlas, "mazrat_al_ansar", date(2017, 5, 12))


@pytest.mark.parametrize("day", [date(2017, 5, 13), date(2017, 6, 5)])
def test_mazraat_al_ansar_is_the_sdfs_from_13_may(atlas, day):
    record = assert_region_answer(atlas, "mazrat_al_ansar", day, "sdf")
    assert record.status == "held" and AL_WATAN_13_MAY in record.sources
    assert "village of al-Ansar" in record.note and "continuity inferred" in record.note


def test_the_assault_rule_takes_over_al_ansar_on_6_jun(atlas):
    record = assert_region_answer(atlas, "mazrat_al_ansar", date(2017, 6, 6), "sdf")
    assert "raqqa7_" not in record.note, record.note


@pytest.mark.parametrize("day", [date(2017, 1, 6), date(2017, 1, 20), date(2017, 2, 3)])
def test_mazraat_jabar_is_the_sdfs_with_the_castle_from_6_jan(atlas, day):
    record = assert_region_answer(atlas, "mazraat_jabar", day, "sdf")
    assert record.status == "held" and {ROJNEWS_6_JAN, SPC_6_JAN} <= set(record.sources)
    assert "region-level" in record.note and "continuity inferred" in record.note
    assert "> raqqa7_mazraat_jabar_6_jan_2017]" in record.note, record.note


def test_mazraat_jabar_before_the_castle_fell_and_after_4_feb(atlas):
    assert_stored_gap(atlas, "mazraat_jabar", date(2017, 1, 5))
    assert_stored_gap(atlas, "mazraat_jabar", date(2016, 12, 26))
    record = assert_region_answer(atlas, "mazraat_jabar", date(2017, 2, 4), "sdf")
    assert "> euph_raqqa_north_shore_named]" in record.note, record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the western countryside's other villages of the second phase: no dated report names them
        ("tiyasa", date(2016, 12, 19)),
        ("khazum", date(2016, 12, 20)),
        ("hesen_hacii", date(2017, 1, 1)),
        ("jalib_al_hissan", date(2016, 12, 15)),
        # the villages south-west of Ain Issa (the pocket of 11 - 13 Jan: bounds not fixed)
        ("nasriyeh", date(2017, 1, 14)),
        ("tellac", date(2017, 1, 20)),
        # the band west of the city: Bir Sana in SMART's undated 'Monday' item only
        ("bir_sana", date(2017, 2, 19)),
        # SMART's 'Mushayrifat al-Fatih' (18 - 19 Apr 2017) is not matched to al-Miftah
        ("mushayrifat_al_miftah", date(2017, 4, 19)),
        # 'Sha'ib al-Awaj' taken on an undated Monday (al-Yaum TV): left open
        ("shaib_al_awaj", date(2017, 5, 22)),
    ],
)
def test_the_places_and_days_no_dated_report_fixes_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-raqqa7.toml")
    assert_registered_with_publisher(ALL)
    assert sources_cited_by(atlas, "> raqqa7_") == ALL
