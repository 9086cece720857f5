"""Review rev51 (issue #15): the Tell Rifaat / Sherawa pocket's edges in the snapshot years
(Oct 2019 - Nov 2024). Tall Malid, 4 km south-east of Marea, is a gap naming both sides from the
autumn-2019 snapshot to 11 Apr 2024 and the factions' (SNA) from 12 Apr 2024 (Al-Araby al-Jadeed:
SNA points "in the village of Tal Malid ... within the Euphrates Shield area"; hand rows tagged
[rev51] in records/2016-2024.csv, source in sources/2016-2024-rev51.toml). The other places of the
outlier list were settled by h-rev31, h-rev36 and h-rev45 and keep their answers."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

ARABY_APR_2024 = "the_new_arab-2024-04-12-tal-malid-sdf-infiltration"
YPJ_JUN_2017 = "ypj-2017-06-30-shahba-villages-vacate"


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev51.toml")


def test_tall_malid_a_gap_naming_both_in_the_snapshot_years(atlas):
    history = atlas.control.history
    # h-rev48's gap before the autumn-2019 snapshot is untouched
    assert "[rev48]" in history.record_on("tall_malid", date(2019, 10, 22)).note
    for day in (date(2019, 10, 23), date(2019, 12, 19), date(2020, 3, 6), date(2022, 6, 1),
                date(2023, 4, 25), date(2024, 4, 11)):  # fmt: skip
        assert_stored_gap(atlas, "tall_malid", day)
        record = history.record_on("tall_malid", day)
        assert "[rev51]" in record.note and "naming both" in record.note
        assert ARABY_APR_2024 in record.sources and YPJ_JUN_2017 in record.sources
        assert "Til Malid" in record.note and "Euphrates Shield" in record.note


def test_tall_malid_the_factions_from_the_dated_report(atlas):
    history = atlas.control.history
    for day in (date(2024, 4, 12), date(2024, 8, 1), date(2024, 11, 26)):
        record = assert_checked_answer(history, "tall_malid", day, "sna", "held", (),
                                       ARABY_APR_2024)  # fmt: skip
        assert "[rev51]" in record.note and "continuity inferred" in record.note
    # the Dec 2024 answers are not touched
    assert history.state_of("tall_malid", date(2024, 12, 9)).controller == "sna"


def test_tall_malid_disagreements_documented():
    from geodata.paths import data_dir

    path = data_dir() / "control" / "snapshot-disagreements.csv"
    with path.open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["locality"] == "tall_malid"]
    assert {(row["researched"], row["right"]) for row in rows} == {
        ("unknown", "open"),
        ("sna", "records"),
    }
    for row in rows:
        assert row["snapshot"] == "sdf_government" and ARABY_APR_2024 in row["sources"]


@pytest.mark.parametrize(
    ("locality", "day", "controller"),
    [
        # al-Tuwaihniyah, 1.7 km east of Tall Malid: no report names it; the pocket's answer kept
        ("al_tuwaihniyah", date(2021, 1, 1), "sdf"),
        ("al_tuwaihniyah", date(2023, 4, 25), "sdf_government"),
        # h-rev31: Shawarigha in the pocket; Fafertin and Kabashin the factions'
        ("sewarxa", date(2021, 1, 1), "sdf"),
        ("sewarxa", date(2023, 4, 25), "sdf_government"),
        ("fafertine", date(2021, 1, 1), "sna"),
        ("fafertine", date(2023, 4, 25), "sna"),
        ("kabashin", date(2021, 1, 1), "sna"),
        ("kabashin", date(2023, 4, 25), "sna"),
        # h-rev31 / h-rev36: the Sherawa villages the SDF's with the government
        ("bashmara", date(2019, 11, 15), "sdf"),
        ("bashmara", date(2023, 4, 25), "sdf_government"),
        ("gunde_mezin", date(2023, 4, 25), "sdf_government"),
        ("bourj_el_qas", date(2021, 1, 1), "sdf"),  # shared with the army, as the pocket
        ("bourj_el_qas", date(2023, 4, 25), "sdf_government"),
        # h-rev36 / h-rev45: the pocket's south-eastern edge
        ("tell_qarah", date(2023, 4, 25), "sdf_government"),
        ("fafin", date(2023, 4, 25), "sdf_government"),
        ("kafr_qaris", date(2023, 4, 25), "sdf_government"),
        ("wahshiyah", date(2023, 4, 25), "sdf_government"),
        ("hosniyeh_hsajek", date(2023, 4, 25), "sdf_government"),
    ],
)
def test_the_settled_edges_keep_their_answers(atlas, locality, day, controller):
    assert atlas.control.history.state_of(locality, day).controller == controller


def test_the_neighbours_across_the_line_unchanged(atlas):
    history = atlas.control.history
    # al-Uyun and Mare' north and west of Tall Malid stay the factions'
    for locality in ("al_uyun", "mare", "sunbul"):
        assert history.state_of(locality, date(2024, 4, 12)).controller == "sna"
    # the Hasiyah farms south of it stay in the pocket
    assert history.state_of("hasiyah_farms", date(2024, 4, 12)).controller == "sdf_government"
