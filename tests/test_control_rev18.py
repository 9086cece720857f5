"""Review rev18 (issue #15): answers other helpers flagged as possibly wrong, corrected where dated
sources settle them (hand rows tagged [rev18] in records/2016-2024.csv; sources in
sources/2016-2019-rev18.toml): al-Sayadah, al-Dandaniyah and Umm Julud west of Manbij (the
Manbij Military Council's side, not the factions'), Rahjan on 3 Dec 2017, al-Zaydi and Jamus on
the National Army's claim of 12 Oct 2019, and Khafiyah's note."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

SOHR_FEB_2020 = "sohr-2020-02-manbij-west-villages-regime-wounded"
NORTH_PRESS_NOV_2022 = "north_press-2022-11-24-manbij-contact-line-shelling"
SHAAM_12_OCT = "shaam_news-2019-10-12-ras-al-ain-crossing-20-villages"
SHAAM_3_DEC = "shaam_news-2017-12-03-rahjan-stormed-retaken"
ELDORAR_3_DEC = "eldorar-2017-12-03-hts-retakes-rahjan"

WEST_OF_MANBIJ = ("ash_sayyadah", "dandaniyah", "umm_al_julud")


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2019-rev18.toml")


@pytest.mark.parametrize("locality", WEST_OF_MANBIJ)
def test_the_villages_west_of_manbij_are_the_councils_not_the_factions(atlas, locality):
    """SOHR (Feb 2020) names them among the villages 'under the influence of SDF'; the earlier
    answer drew them the Turkish-backed factions' from 3 Mar 2017."""
    history = atlas.control.history
    # h-rev35: no dated report names them before 16 Feb 2020: gaps from 3 Mar 2017 to 15 Feb 2020
    for day in (date(2017, 3, 3), date(2018, 6, 1), date(2019, 10, 14), date(2019, 10, 15)):
        assert_stored_gap(atlas, locality, day)
    for day in (date(2020, 2, 20), date(2022, 11, 24), date(2024, 11, 26)):
        record = assert_checked_answer(history, locality, day, "sdf", "shared", ("government",),
                                       SOHR_FEB_2020)  # fmt: skip
        assert "snapshot-disagreements.csv" in record.note
    # before the Arima arrangements of March 2017 the stored gap stays
    assert_stored_gap(atlas, locality, date(2017, 1, 1))


def test_al_sayadah_on_the_contact_line_in_november_2022(atlas):
    record = atlas.control.history.record_on("ash_sayyadah", date(2022, 11, 24))
    assert NORTH_PRESS_NOV_2022 in record.sources


@pytest.mark.parametrize("locality", WEST_OF_MANBIJ)
def test_the_snapshot_disagreement_is_documented(locality):
    import csv

    from geodata.paths import data_dir

    path = data_dir() / "control" / "snapshot-disagreements.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    row = next(r for r in rows if r["locality"] == locality and r["snapshot"] == "sna")
    assert row["researched"] == "sdf" and row["right"] == "records"
    assert SOHR_FEB_2020 in row["sources"]


def test_rahjan_on_3_december_2017_is_htss_contested_by_the_army(atlas):
    history = atlas.control.history
    record = assert_checked_answer(history, "rahjan", date(2017, 12, 3), "hts", "contested",
                                   ("government",), SHAAM_3_DEC)  # fmt: skip
    assert ELDORAR_3_DEC in record.sources and "party claim" in record.note
    # h-hama8's answers either side are unchanged
    assert history.state_of("rahjan", date(2017, 12, 2)).controller == "hts"
    assert history.state_of("rahjan", date(2017, 12, 4)).controller == "hts"
    assert history.state_of("rahjan", date(2018, 1, 9)).controller == "government"
    # after IS's attack of 18 Oct 2017 the days to 21 Oct stay a gap
    assert_stored_gap(atlas, "rahjan", date(2017, 10, 20))


def test_jamus_is_the_factions_from_their_claim_of_12_october_2019(atlas):
    history = atlas.control.history
    record = assert_checked_answer(history, "jamus", date(2019, 10, 12), "sna", "held", (),
                                   SHAAM_12_OCT)  # fmt: skip
    assert "party claim" in record.note
    assert_checked_answer(history, "jamus", date(2019, 10, 11), "sdf", "contested", ("sna",), None)
    assert history.state_of("jamus", date(2019, 10, 23)).controller == "sna"


def test_al_zaide_stays_contested_on_the_claim_alone(atlas):
    history = atlas.control.history
    record = assert_checked_answer(history, "al_zaide", date(2019, 10, 12), "sna", "contested",
                                   ("sdf",), SHAAM_12_OCT)  # fmt: skip
    assert "party claim" in record.note
    assert_checked_answer(history, "al_zaide", date(2019, 10, 22), "sna", "contested", ("sdf",),
                          SHAAM_12_OCT)  # fmt: skip
    assert_checked_answer(
        history, "al_zaide", date(2019, 10, 10), "sdf", "contested", ("sna",), None
    )
    assert history.state_of("al_zaide", date(2019, 10, 23)).controller == "sna"


def test_khafiyah_north_of_ain_issa_is_sdf_held_since_2015_not_from_raqqas_fall(atlas):
    history = atlas.control.history
    record = assert_checked_answer(history, "khafiyah_raqqa", date(2018, 1, 1), "sdf", "held", (),
                                   "rferl-2015-06-ain-issa")  # fmt: skip
    assert "June 2015" in record.note and "SDF-held from the fall of Raqqa" not in record.note
    assert history.state_of("khafiyah_raqqa", date(2017, 1, 1)).controller == "sdf"
