"""The Raqqa campaign's stored gaps, a sixth batch (issue #15, h-raqqa6:
tools/regions_2016_2018_rules_raqqa6.py, sources/2016-2019-raqqa6.toml): Suwaydiya al-Kabirah
the SDF's from 7 Jan 2017 (the Syrian Press Center; Baladi News, 9 Jan: party claims) to the
third phase; the days before, and the places the reports name but the gazetteer cannot place with
confidence, which stay gaps; and the rule taking over after."""

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

SPC_7_JAN = "syrian_press_center-2017-01-07-suwaydiya"
BALADI_9_JAN = "baladi_news-2017-01-09-suwaydiya"
ALL = {SPC_7_JAN, BALADI_9_JAN}


@pytest.mark.parametrize(
    ("day", "source"),
    [
        (date(2017, 1, 7), SPC_7_JAN),  # the SDF's announcement of Saturday 7 Jan
        (date(2017, 1, 9), BALADI_9_JAN),  # IS's counter-attack failed (the SDF's media)
        (date(2017, 1, 20), SPC_7_JAN),
        (date(2017, 2, 3), BALADI_9_JAN),  # the last day before the third phase's rule
    ],
)
def test_suwaydiya_al_kabirah_is_the_sdfs_from_7_jan(atlas, day, source):
    record = assert_region_answer(atlas, "suwaydiya_al_kabirah", day, "sdf")
    assert source in record.sources
    assert record.status == "held"
    assert "> raqqa6_suwaydiya_kabirah_7_jan_2017]" in record.note, record.note
    assert "party claim" in record.note and "continuity inferred" in record.note


def test_the_rev10_rule_takes_over_on_4_feb(atlas):
    record = assert_region_answer(atlas, "suwaydiya_al_kabirah", date(2017, 2, 4), "sdf")
    assert "> rev10_suwaydiya_kabira_feb_2017]" in record.note, record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # before the SDF's announcement no dated report places the town
        ("suwaydiya_al_kabirah", date(2016, 12, 10)),
        ("suwaydiya_al_kabirah", date(2017, 1, 6)),
        # the same reports' "al-Suwaydiya al-Saghira" fighting is undated; "Abu Jadi, 9 km east of
        # Karawan" fits two gazetteer points (Jedi, al-Jadah): both left gaps
        ("suwaydiyat_al_saghirah", date(2017, 1, 9)),
        ("jedi", date(2017, 1, 9)),
        ("al_jadah", date(2017, 1, 9)),
        # "Qarih" (SMART, Syrian Mirror, 22 Feb 2017) is not matched to the gazetteer's al-Qarah
        ("al_qarah", date(2017, 2, 22)),
    ],
)
def test_the_days_and_places_the_reports_do_not_fix_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-raqqa6.toml")
    assert_registered_with_publisher(ALL)
    assert sources_cited_by(atlas, "> raqqa6_") >= ALL
