"""North Hama and the Ghab's western plain, third pass (issue #15, h-nhama3:
tools/regions_2016_2018_rules_nhama3.py, sources/2016-2019-nhama3.toml): the holder a user sees
at al-Karim on the days the reports bound, and the places and days no dated report reaches, which
stay gaps."""

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

ALGHAD = "alghad-2018-07-07-halfaya-and-karim"
STEP_AUG_2018 = "step-2018-08-03-karim-shells-janabira"
STEP_MAY_2019 = "step-2019-05-10-karim-grad"
SYRIA_TV = "syria_tv-2019-04-21-karim-rasif-qabr-fidda"
HURRIYA = "hurriya_press-2019-05-12-karim-checkpoint"
ALL = (ALGHAD, STEP_AUG_2018, STEP_MAY_2019, SYRIA_TV, HURRIYA)


@pytest.mark.parametrize(
    "day",
    [
        date(2018, 7, 7),
        date(2018, 8, 3),
        date(2019, 1, 15),
        date(2019, 4, 29),
        date(2019, 4, 30),
        date(2019, 5, 10),
    ],
)
def test_karim_is_the_governments_between_the_reports(atlas, day):
    record = assert_region_answer(atlas, "karim", day, "government")
    assert STEP_AUG_2018 in record.sources and STEP_MAY_2019 in record.sources
    assert "continuity inferred" in record.note and "party claim" in record.note


@pytest.mark.parametrize("day", [date(2019, 5, 11), date(2019, 8, 23), date(2019, 10, 22)])
def test_karim_stays_the_governments_to_the_autumn_2019_snapshot(atlas, day):
    record = assert_region_answer(atlas, "karim", day, "government")
    assert list(record.sources) == [STEP_MAY_2019, HURRIYA]
    assert "autumn-2019 snapshot" in record.note


@pytest.mark.parametrize("locality", ["rasif", "qabr_fidda"])
@pytest.mark.parametrize(
    "day", [date(2019, 4, 21), date(2019, 4, 29), date(2019, 4, 30), date(2019, 10, 22)]
)
def test_rasif_and_qabr_fidda_are_the_governments_from_21_april_2019(atlas, locality, day):
    record = assert_region_answer(atlas, locality, day, "government")
    assert list(record.sources) == [SYRIA_TV]
    assert "continuity inferred" in record.note and "translated" in record.note


def test_the_snapshot_takes_over_at_karim(atlas):
    history = atlas.control.history
    assert history.state_of("karim", date(2019, 10, 23)).controller == "government"
    assert "nhama3_" not in (history.record_on("karim", date(2019, 10, 23)).note or "")


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # before the first dated report that names al-Karim
        ("karim", date(2016, 8, 1)),
        ("karim", date(2018, 7, 6)),
        # the Ghab's western plain: the reports naming these villages carry no date
        ("qabr_fidda", date(2018, 8, 3)),
        ("qabr_fidda", date(2019, 4, 20)),
        ("rasif", date(2019, 4, 20)),
        ("al_hurra", date(2019, 5, 10)),
        ("tamana_al_ghab", date(2018, 1, 1)),
        ("tamana_al_ghab", date(2019, 6, 1)),
        # Ma'arkaba: shelled by the regime (Syria's Tomorrow, 7 Jul 2018), holder not stated
        ("maarkaba", date(2018, 7, 7)),
        # al-Huwash and al-Amqiyah: Step News dates their capture to Feb 2020 only
        ("al_huwash", date(2019, 6, 1)),
        ("al_amaqiyah", date(2019, 6, 1)),
    ],
)
def test_days_no_dated_report_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-nhama3.toml")
    assert_registered_with_publisher(ALL)
    assert set(ALL) <= sources_cited_by(atlas, "> nhama3_")
