"""Review rev31 (issue #15): north Aleppo, the Tell Rifaat pocket's edges and the Sherawa front
south of Afrin, answers flagged by tools.control_outliers (hand rows tagged [rev31] in
records/2016-2024.csv; sources in sources/2016-2024-rev31.toml). Shawarigha (Sewarxa) stays the
SDF's with the government through the snapshot periods that drew it in the Afrin zone; Kafr Lab
(Keferlebe), between the factions' Basufan and Kabashin, is a gap where the 2020-24 snapshot drew
it the government's; al-Sheikh Aqil was fought over on 4 - 5 Mar 2020; Basufan, Kabashin and
Mare' are confirmed; Bashmara, Gunde Mezin and Burj al-Qas are unchanged (front-line places)."""

from __future__ import annotations

import csv
from datetime import date

from control_answers import (
    assert_checked_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

SOHR_2019 = "sohr-2019-shawargha-malkiyyeh-kurdish-control"
NORTH_PRESS_FEB_2020 = "north_press-2020-02-sharran-shawarga-shelled"
AKHBAR_ALAAN_NOV_2022 = "akhbar_alaan-2022-11-27-menagh-shawargha-strikes"
SYRIA_TV_AUG_2023 = "syria_tv-2023-08-basufan-kabashin-axis"
SOHR_4_MAR_2020 = "sohr-2020-03-04-factions-take-sheikh-aqil"
SYRIA_TV_5_MAR_2020 = "syria_tv-2020-03-05-factions-leave-sheikh-aqil"
AFRIN_POST_MAR_2019 = "afrin_post-2019-03-04-sherawa-eleven-villages"


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev31.toml")


def test_shawarigha_stays_in_the_tell_rifaat_pocket(atlas):
    history = atlas.control.history
    for day in (date(2019, 10, 22), date(2019, 10, 23), date(2019, 12, 18), date(2019, 12, 19),
                date(2020, 3, 5), date(2020, 3, 6), date(2022, 5, 31)):  # fmt: skip
        assert_checked_answer(history, "sewarxa", day, "sdf", "shared", ("government",), None)
    record = history.record_on("sewarxa", date(2019, 11, 15))
    assert SOHR_2019 in record.sources and NORTH_PRESS_FEB_2020 in record.sources
    assert "[rev31]" in record.note and "continuity inferred" in record.note
    for day in (date(2022, 6, 1), date(2022, 11, 27), date(2024, 11, 26)):
        record = assert_checked_answer(history, "sewarxa", day, "sdf_government", "held", (),
                                       AKHBAR_ALAAN_NOV_2022)  # fmt: skip
    # Afrin's villages west of it stay the factions'
    assert history.state_of("qitme_nu", date(2021, 6, 1)).controller == "sna"


def test_kafr_lab_is_a_gap_between_the_factions_villages(atlas):
    history = atlas.control.history
    for day in (date(2019, 10, 23), date(2019, 12, 18), date(2020, 3, 6), date(2022, 6, 20),
                date(2024, 11, 26)):  # fmt: skip
        assert_stored_gap(atlas, "keferlebe", day)
    assert SYRIA_TV_AUG_2023 in history.record_on("keferlebe", date(2023, 8, 1)).sources
    # its neighbours on the Basufan - Kabashin axis are the Sham Legion's, confirmed in Aug 2023
    for locality in ("basufan", "kabashin"):
        for day in (date(2023, 1, 1), date(2023, 8, 3), date(2024, 11, 26)):
            assert_checked_answer(history, locality, day, "sna", "held", (), SYRIA_TV_AUG_2023)
        assert_stored_gap(atlas, locality, date(2022, 12, 31))


def test_sheikh_aqil_was_fought_over_on_4_and_5_march_2020(atlas):
    history = atlas.control.history
    assert history.state_of("shaykh_aqil", date(2020, 3, 3)).controller == "government"
    for day in (date(2020, 3, 4), date(2020, 3, 5)):
        record = assert_checked_answer(history, "shaykh_aqil", day, "government", "contested",
                                       ("opposition",), SOHR_4_MAR_2020)  # fmt: skip
        assert SYRIA_TV_5_MAR_2020 in record.sources
    assert history.state_of("shaykh_aqil", date(2020, 3, 6)).controller == "government"


def test_the_front_line_places_are_unchanged(atlas):
    history = atlas.control.history
    for locality in ("bashmara", "gunde_mezin", "bourj_el_qas"):
        assert_checked_answer(history, locality, date(2019, 3, 4), "sdf", "shared",
                              ("government",), AFRIN_POST_MAR_2019)  # fmt: skip
        assert history.state_of(locality, date(2024, 11, 26)).controller == "sdf_government"
    mare = history.record_on("mare", date(2017, 8, 6))
    assert "enab_baladi-2017-08-06-marea-shelled" in mare.sources
    assert history.state_of("mare", date(2022, 5, 28)).controller == "sna"
    assert history.state_of("kaljibrin", date(2017, 1, 1)).controller == "sna"


def test_the_snapshot_disagreements_are_documented():
    from geodata.paths import data_dir

    path = data_dir() / "control" / "snapshot-disagreements.csv"
    rows = {
        (r["locality"], r["researched"], r["snapshot"]): r
        for r in csv.DictReader(path.open(encoding="utf-8"))
    }
    assert rows[("sewarxa", "sdf", "sna")]["right"] == "records"
    assert rows[("sewarxa", "sdf_government", "sna")]["right"] == "records"
    assert rows[("keferlebe", "unknown", "government")]["right"] == "open"
    assert rows[("keferlebe", "unknown", "hts")]["right"] == "open"
