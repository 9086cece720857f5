"""East Aleppo villages answered from dated reports, third pass (issue #15, h-ealeppo3:
tools/regions_2016_2018_rules_ealeppo3.py, sources/2016-2019-ealeppo3.toml): the holder a user
sees on the days the reports bound, and the days they leave open, which stay gaps."""

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

ZAMAN = "zaman_al_wasl-2017-06-05-maskanah-villages"
AFP_JIRAH = "afp-2017-05-13-jarrah-airbase"
ALL = (ZAMAN,)

MASKANAH_VILLAGES = [
    "al_muftahiyah",
    "hiteen",
    "rasm_falah",
    "jub_al_hammam",
    "khirbat_huwaydat_umm_hijarah",
]


@pytest.mark.parametrize("locality", MASKANAH_VILLAGES)
def test_the_villages_round_maskanah_are_is_held_until_3_june_2017(atlas, locality):
    """IS's from the Jirah airbase's fall (13 May) to 2 Jun, continuity inferred; taken on
    Saturday 3 Jun 'within a few hours' before the army entered Maskanah (Zaman al-Wasl)."""
    for day in (date(2017, 5, 13), date(2017, 5, 27), date(2017, 6, 2)):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert ZAMAN in record.sources and AFP_JIRAH in record.sources
        assert "continuity inferred" in record.note
    record = assert_region_answer(atlas, locality, date(2017, 6, 3), "government")
    assert ZAMAN in record.sources
    # the earlier rules keep their days: IS to 12 May, the batch's Maskanah answer from 4 Jun
    assert "ealeppo3_" not in (atlas.control.history.record_on(locality, date(2017, 5, 12)).note)
    assert "ealeppo3_" not in (atlas.control.history.record_on(locality, date(2017, 6, 4)).note)
    assert atlas.control.history.state_of(locality, date(2017, 6, 4)).controller == "government"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # 'al-Radda' of the list: two gap places of that name, which one is not said
        ("rada_kabira", date(2017, 6, 3)),
        ("raddat_as_saghir", date(2017, 6, 3)),
        # 'the surroundings of the pumping station', not the station itself
        ("water_pumping_plant_manbij", date(2017, 6, 3)),
        # Enab Baladi has the army take them, dpa's opposition source has them bombed: not used
        ("sugar_factory", date(2017, 5, 30)),
        ("sakariyah", date(2017, 5, 30)),
        ("tal_jijan", date(2017, 1, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_the_zaman_report_is_marked_party_side_and_translated(atlas):
    record = atlas.control.history.record_on("hiteen", date(2017, 6, 3))
    assert "opposition site" in record.note and "translated" in record.note


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-ealeppo3.toml")
    assert_registered_with_publisher(ALL)
    assert set(ALL) <= sources_cited_by(atlas, "> ealeppo3_")
