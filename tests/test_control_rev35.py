"""Review rev35 (issue #15): the Sajur line between the Euphrates Shield area and the Manbij
Military Council, follow-up of h-rev18, h-rev20 and h-rev28 (hand rows tagged [rev35] in
records/2016-2024.csv, two more exclusions in the Sajur edge rules of
tools/regions_2016_2018_rules_aleppo.py; no new source). Al-Sayadah, al-Dandaniyah, Umm Julud and
Umm Adasat al-Farat lie south of the Sajur like the factions' al-Yashli and Karbajli, so the river
does not place them: gaps until the first dated report naming them (Feb 2020 for the first three);
Amarinah Tahtaniyah, next to Qirata, a gap; Qurt Wiran the council's from its statement of
27 Sep 2021, a gap before."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from control_answers import assert_checked_answer, assert_stored_gap

ANHA_16_FEB_2020 = "anha-2020-02-17-manbij-west-hundred-shells"
SOHR_FEB_2020 = "sohr-2020-02-manbij-west-villages-regime-wounded"
MMC_SEP_2021 = "sdf_command-2021-09-27-manbij-north-september-shelling"
NORTH_PRESS_NOV_2022 = "north_press-2022-11-24-manbij-contact-line-shelling"

WEST_OF_MANBIJ = ("ash_sayyadah", "dandaniyah", "umm_al_julud")


@pytest.mark.parametrize("locality", WEST_OF_MANBIJ)
def test_the_villages_west_of_manbij_from_the_first_dated_report(atlas, locality):
    history = atlas.control.history
    # before the Euphrates Shield's advance: the batch's gap, unchanged
    assert_stored_gap(atlas, locality, date(2017, 3, 2))
    for day in (date(2017, 3, 3), date(2017, 4, 1), date(2018, 12, 1), date(2019, 10, 15),
                date(2020, 2, 15)):  # fmt: skip
        assert_stored_gap(atlas, locality, day)
        assert "[rev35]" in history.record_on(locality, day).note
    for day in (date(2020, 2, 16), date(2021, 9, 27), date(2024, 11, 26)):
        record = assert_checked_answer(history, locality, day, "sdf", "shared", ("government",),
                                       ANHA_16_FEB_2020)  # fmt: skip
        assert SOHR_FEB_2020 in record.sources and MMC_SEP_2021 in record.sources
        assert "party claim" in record.note and "continuity inferred" in record.note
    # the factions' neighbours (the Turkish bases named as the source of the fire) are unchanged
    for neighbour in ("yalish", "tal_ali", "al_humran"):
        assert history.state_of(neighbour, date(2018, 6, 1)).controller == "sna"


def test_umm_adasat_al_farat_is_a_gap_before_the_snapshot(atlas):
    history = atlas.control.history
    for day in (date(2017, 3, 2), date(2017, 4, 1), date(2018, 12, 11), date(2018, 12, 12),
                date(2019, 10, 22)):  # fmt: skip
        assert_stored_gap(atlas, "umm_adasat_al_farat", day)
    assert "[rev35]" in history.record_on("umm_adasat_al_farat", date(2019, 1, 1)).note
    # the autumn-2019 snapshot and h-shield4's answer of Feb 2020 stay
    assert history.state_of("umm_adasat_al_farat", date(2019, 10, 23)).controller == "sdf"
    assert_checked_answer(history, "umm_adasat_al_farat", date(2020, 2, 16), "sdf", "shared",
                          ("government",), SOHR_FEB_2020)  # fmt: skip


def test_amarinah_tahtaniyah_is_a_gap_like_qirata(atlas):
    history = atlas.control.history
    days = (date(2016, 8, 29), date(2016, 8, 30), date(2017, 6, 1), date(2018, 12, 12),
            date(2019, 10, 23), date(2020, 1, 1), date(2020, 3, 6), date(2024, 11, 26))  # fmt: skip
    for day in days:
        assert_stored_gap(atlas, "amarinah_tahtaniyah", day)
    assert "[rev35]" in history.record_on("amarinah_tahtaniyah", date(2022, 1, 1)).note
    # the council's villages south of Qirata keep their answer
    assert history.state_of("jat", date(2021, 6, 1)).controller == "sdf"


def test_qurt_wiran_from_the_councils_statement_of_september_2021(atlas):
    history = atlas.control.history
    for day in (date(2019, 10, 22), date(2019, 10, 23), date(2020, 6, 1), date(2021, 9, 26)):
        assert_stored_gap(atlas, "qurt_wiran", day)
    assert "[rev35]" in history.record_on("qurt_wiran", date(2020, 6, 1)).note
    for day in (date(2021, 9, 27), date(2022, 11, 24), date(2024, 11, 26)):
        record = assert_checked_answer(history, "qurt_wiran", day, "sdf", "shared",
                                       ("government",), MMC_SEP_2021)  # fmt: skip
        assert NORTH_PRESS_NOV_2022 in record.sources and "[rev35]" in record.note
    # Yilanli (h-rev28) starts on the same day
    assert history.state_of("ilan", date(2021, 9, 27)).controller == "sdf"


def test_the_new_snapshot_disagreements_are_documented():
    from geodata.paths import data_dir

    path = data_dir() / "control" / "snapshot-disagreements.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    keys = {(r["locality"], r["researched"], r["snapshot"]) for r in rows if "h-rev35" in r["note"]}
    for locality in (*WEST_OF_MANBIJ, "qurt_wiran"):
        assert (locality, "unknown", "sna") in keys
    assert ("amarinah_tahtaniyah", "unknown", "sdf") in keys
