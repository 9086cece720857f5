"""Review rev45 (issue #15): the Tell Rifaat (Shahba) pocket's government edge, 2019 - 2024
(hand rows tagged [rev45] in records/2016-2024.csv; sources in sources/2016-2024-rev45.toml).
Fafin, Hasajak, al-Wahshiyah and Kafr Qaris stay the SDF's with the government through the
snapshot periods that drew them in the government zone (as rev36's Umm Hosh and Tell Qarah);
Tuways, a front-line village facing the Kurdish forces, is a gap there; the weeks between the
snapshots stay gaps; Ahras, Qaramil and Tal Jijan are unchanged."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

SDC_MAY_2020 = "sdc-2020-05-06-afrin-hospital-fafin"
YPJ_JUN_2017 = "ypj-2017-06-30-shahba-villages-vacate"
SMART_MAR_2018 = "smart-2018-03-27-umm-hosh-ypg-positions"
SOHR_2020_TWISS = "sohr-2020-shahba-dam-frontline"
MIRROR_OCT_2016 = "syrian_mirror-2016-10-24-villages-north-aleppo"
NORTH_PRESS_2022 = "north_press-2022-umm-hawsh-tel-qarah-shelled"
KURDISTAN24_JUN_2022 = "kurdistan24-2022-06-01-erdogan-tal-rifaat-manbij"
KURDISTAN24_OCT_2023 = "kurdistan24-2023-10-14-tal-rifaat-drone"

POCKET_EDGE = ("fafin", "hosniyeh_hsajek", "wahshiyah", "kafr_qaris")


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev45.toml")


@pytest.mark.parametrize("locality", POCKET_EDGE)
def test_the_edge_villages_stay_in_the_pocket(atlas, locality):
    history = atlas.control.history
    # the earlier rows (the SDF's since Oct 2016) end the day before the autumn snapshot
    assert_checked_answer(history, locality, date(2019, 10, 22), "sdf", "shared",
                          ("government",), None)  # fmt: skip
    for day in (date(2019, 10, 23), date(2019, 12, 18), date(2020, 3, 6), date(2020, 5, 6),
                date(2022, 5, 31)):  # fmt: skip
        record = assert_checked_answer(history, locality, day, "sdf", "shared",
                                       ("government",), SDC_MAY_2020)  # fmt: skip
        assert "[rev45]" in record.note and "continuity inferred" in record.note
        assert "region-level" in record.note and "party claim" in record.note
        assert NORTH_PRESS_2022 in record.sources
    for day in (date(2022, 6, 1), date(2023, 10, 14), date(2024, 11, 26)):
        record = assert_checked_answer(history, locality, day, "sdf_government", "held", (),
                                       KURDISTAN24_OCT_2023)  # fmt: skip
        assert KURDISTAN24_JUN_2022 in record.sources
    # the weeks between the snapshots: answered by h-gapaz (the same holder, region-level)
    for day in (date(2019, 12, 19), date(2020, 3, 5)):
        record = assert_checked_answer(history, locality, day, "sdf", "shared",
                                       ("government",), None)  # fmt: skip
        assert "gapaz_pocket_" in record.note
    # the Dec 2024 snapshot is not touched
    assert history.state_of(locality, date(2024, 12, 9)).controller != "sdf"


def test_wahshiyah_cites_smart(atlas):
    record = atlas.control.history.record_on("wahshiyah", date(2021, 1, 1))
    assert SMART_MAR_2018 in record.sources


def test_tuways_is_a_gap_not_the_governments(atlas):
    history = atlas.control.history
    for day in (date(2019, 10, 23), date(2019, 12, 18), date(2020, 3, 6), date(2022, 6, 1),
                date(2024, 11, 26)):  # fmt: skip
        assert_stored_gap(atlas, "tuways", day)
        record = history.record_on("tuways", day)
        assert "[rev45]" in record.note
        for source in (MIRROR_OCT_2016, YPJ_JUN_2017, SOHR_2020_TWISS):
            assert source in record.sources
    # before and between: the stored gaps they were
    for day in (date(2019, 10, 22), date(2020, 1, 15)):
        assert_stored_gap(atlas, "tuways", day)


def test_the_leads_not_changed(atlas):
    history = atlas.control.history
    # Ahras, Qaramil and Tal Jijan keep the snapshots' government answer (no dated report)
    for locality in ("ahras", "qaramil", "tal_jijan"):
        for day in (date(2019, 11, 1), date(2021, 6, 1), date(2023, 6, 1)):
            assert history.state_of(locality, day).controller == "government"
    # rev36's villages beside them are unchanged
    for locality in ("maarat_umm_hawsh", "tell_qarah", "herbel"):
        assert history.state_of(locality, date(2023, 1, 1)).controller == "sdf_government"


def test_the_snapshot_disagreements_are_documented():
    from geodata.paths import data_dir

    path = data_dir() / "control" / "snapshot-disagreements.csv"
    rows = {
        (r["locality"], r["researched"], r["snapshot"]): r
        for r in csv.DictReader(path.open(encoding="utf-8"))
    }
    for locality in POCKET_EDGE:
        # the SDF shared with the government agrees with the snapshot's government answer;
        # sdf_government (from 1 Jun 2022) is a documented disagreement
        assert (locality, "sdf", "government") not in rows
        row = rows[(locality, "sdf_government", "government")]
        assert row["right"] == "records" and "h-rev45" in row["note"]
    row = rows[("tuways", "unknown", "government")]
    assert row["right"] == "open" and YPJ_JUN_2017 in row["sources"]
