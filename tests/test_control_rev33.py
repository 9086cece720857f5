"""Review rev33 (issue #15): answers in the Ghab and on the Latakia edge flagged as possibly wrong
(hand rows tagged [rev33] in records/2016-2024.csv, rules in
tools/regions_2016_2018_rules_rev33.py; sources in sources/2016-2024-rev33.toml): al-Amaqiyah,
al-Huwash and Huwayjah are no longer drawn the government's before Step News's capture report of
26 Feb 2020; Sahriyah's autumn-2019 snapshot answer is a gap; al-Huwash is the factions' to 12 May
2019 and Tardin on 29 Jul 2018."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_snapshot_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

STEP_27_FEB_2020 = "step_news-2020-02-27-saraqib-ghab-villages"
HURRIYA_12_MAY = "hurriya_press-2019-05-12-huwash-shelling"
STEP_30_JUL_2018 = "step_news-2018-07-30-latakia-front-shelling"
PROTOCOL = "pa_x-2020-03-05-idlib-additional-protocol"
GHAB_VILLAGES = ("al_amaqiyah", "al_huwash", "huwayjah")


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev33.toml")


@pytest.mark.parametrize("locality", GHAB_VILLAGES)
def test_the_ghab_villages_taken_on_26_feb_2020(atlas, locality):
    history = atlas.control.history
    # no longer the government's on the autumn-2019 snapshot's or the daily batch's word
    for day in (date(2019, 10, 23), date(2019, 12, 18), date(2019, 12, 19), date(2020, 1, 15),
                date(2020, 2, 25)):  # fmt: skip
        assert_stored_gap(atlas, locality, day)
        record = history.record_on(locality, day)
        assert STEP_27_FEB_2020 in record.sources and "[rev33]" in record.note
    record = assert_checked_answer(history, locality, date(2020, 2, 26), "government",
                                   "contested", ("hts",), STEP_27_FEB_2020)  # fmt: skip
    assert "evening of Wednesday 26 Feb 2020" in record.note
    record = assert_checked_answer(history, locality, date(2020, 2, 27), "government", "held", (),
                                   STEP_27_FEB_2020)  # fmt: skip
    if locality == "al_amaqiyah":
        # h-rev39: the factions retook it on 1 Mar 2020 (Radio Alkul); from 6 Mar a gap
        assert history.state_of(locality, date(2020, 3, 5)).controller == "hts"
        assert_stored_gap(atlas, locality, date(2020, 3, 6))
        return
    record = assert_checked_answer(history, locality, date(2020, 3, 5), "government", "held", (),
                                   STEP_27_FEB_2020)  # fmt: skip
    assert PROTOCOL in record.sources
    # the 2020-24 snapshot, which agrees, is unchanged
    assert_snapshot_answer(history, locality, date(2020, 3, 6))
    assert_snapshot_answer(history, locality, date(2024, 11, 26))


def test_al_huwash_is_the_factions_to_12_may_2019(atlas):
    history = atlas.control.history
    assert history.state_of("al_huwash", date(2019, 4, 29)).controller == "hts"
    for day in (date(2019, 4, 30), date(2019, 5, 12)):
        record = assert_region_answer(atlas, "al_huwash", day, "hts")
        assert HURRIYA_12_MAY in record.sources
    for day in (date(2019, 5, 13), date(2019, 10, 22)):
        assert_stored_gap(atlas, "al_huwash", day)
    # its neighbours named only before the block stay gaps there
    for locality in ("al_amaqiyah", "huwayjah"):
        assert_stored_gap(atlas, locality, date(2019, 5, 1))


def test_sahriyah_autumn_2019_is_a_gap(atlas):
    history = atlas.control.history
    for day in (date(2019, 10, 22), date(2019, 10, 23), date(2019, 12, 18)):
        assert_stored_gap(atlas, "sahriyah", day)
    assert "[rev33]" in history.record_on("sahriyah", date(2019, 11, 1)).note
    # the daily batch's answers around it are unchanged
    assert history.state_of("sahriyah", date(2019, 12, 19)).controller == "hts"
    assert_stored_gap(atlas, "sahriyah", date(2019, 12, 24))
    assert history.state_of("sahriyah", date(2020, 2, 26)).controller == "government"


def test_tardin_is_the_factions_on_29_jul_2018(atlas):
    history = atlas.control.history
    record = assert_checked_answer(history, "tardin", date(2018, 7, 29), "hts", "shared",
                                   ("opposition",), STEP_30_JUL_2018)  # fmt: skip
    assert "Kinsabba" in record.note
    for day in (date(2018, 7, 28), date(2018, 7, 30)):
        assert_stored_gap(atlas, "tardin", day)
    # the 2020-24 snapshot's answer is not changed (no dated report read)
    assert_snapshot_answer(history, "tardin", date(2021, 6, 1))
