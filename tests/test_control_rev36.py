"""Review rev36 (issue #15): Afrin, the Tell Rifaat (Shahba) pocket and Mount Simeon, answers
flagged by tools.control_outliers and the pocket's edges (hand rows tagged [rev36] in
records/2016-2024.csv; sources in sources/2016-2024-rev36.toml). Umm Hosh (Maarat Umm Hawsh),
Tell Qarah, al-Hassiyah, Qulsuruj (Sad Shahba) and the Shahba dam, the pocket's south-eastern
villages, stay the SDF's with the government through the snapshot periods that drew them in the
government zone (its edge there an estimate); the weeks between the snapshots stay gaps; the
neighbouring answers checked are unchanged."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

SMART_MAR_2018 = "smart-2018-03-27-umm-hosh-ypg-positions"
SOHR_MAR_2020 = "sohr-2020-03-umm-hawsh-kurdish-held"
SOHR_2020_DAM = "sohr-2020-shahba-dam-frontline"
NORTH_PRESS_2022 = "north_press-2022-umm-hawsh-tel-qarah-shelled"
KURDISTAN24_JUN_2022 = "kurdistan24-2022-06-01-erdogan-tal-rifaat-manbij"
KURDISTAN24_OCT_2023 = "kurdistan24-2023-10-14-tal-rifaat-drone"
ALEPPO24_OCT_2016 = "aleppo24-2016-10-19-is-leaves-infantry-school-villages"

POCKET_SOUTH_EAST = ("maarat_umm_hawsh", "tell_qarah", "hasiyah", "sad_shahba", "shahba_dam")


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev36.toml")


@pytest.mark.parametrize("locality", POCKET_SOUTH_EAST)
def test_the_south_eastern_villages_stay_in_the_pocket(atlas, locality):
    history = atlas.control.history
    # the earlier rows (the SDF's since Aug - Oct 2016) end the day before the autumn snapshot
    assert_checked_answer(history, locality, date(2019, 10, 22), "sdf", "shared",
                          ("government",), None)  # fmt: skip
    for day in (date(2019, 10, 23), date(2019, 12, 18), date(2020, 3, 6), date(2021, 6, 1),
                date(2022, 5, 31)):  # fmt: skip
        record = assert_checked_answer(history, locality, day, "sdf", "shared",
                                       ("government",), NORTH_PRESS_2022)  # fmt: skip
        assert "[rev36]" in record.note and "continuity inferred" in record.note
        assert "region-level" in record.note
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


def test_umm_hosh_cites_the_dated_reports(atlas):
    history = atlas.control.history
    record = history.record_on("maarat_umm_hawsh", date(2019, 11, 1))
    assert SMART_MAR_2018 in record.sources
    record = history.record_on("maarat_umm_hawsh", date(2020, 3, 23))
    assert SMART_MAR_2018 in record.sources and SOHR_MAR_2020 in record.sources
    for locality in ("hasiyah", "sad_shahba", "shahba_dam"):
        assert SOHR_2020_DAM in history.record_on(locality, date(2020, 6, 1)).sources


def test_harbal_and_the_villages_east_of_it_were_not_the_sdfs_before_is_left(atlas):
    history = atlas.control.history
    # Harbal (Herbel): IS's until the SDF took it on 30 Aug 2016 (ARA News)
    record = assert_checked_answer(history, "herbel", date(2016, 8, 29), "isis", "held", (),
                                   "aranews-2016-08-30-sdf-umm-hosh-harbal")  # fmt: skip
    assert "[rev36]" in record.note and "continuity inferred" in record.note
    assert history.state_of("herbel", date(2016, 8, 1)).controller == "isis"
    assert_checked_answer(history, "herbel", date(2016, 8, 30), "sdf", "shared", ("government",),
                          "aranews-2016-08-30-sdf-umm-hosh-harbal")  # fmt: skip
    # east of it, beside IS's al-Hassiyah and Qulsuruj (IS left them on 19 Oct 2016): gaps
    for locality in ("tall_malid", "al_tuwaihniyah", "hasiyah_farms"):
        for day in (date(2016, 8, 1), date(2016, 9, 15), date(2016, 10, 18)):
            assert_stored_gap(atlas, locality, day)
        assert_checked_answer(history, locality, date(2016, 10, 19), "sdf", "shared",
                              ("government",), ALEPPO24_OCT_2016)  # fmt: skip
        # (Tall Malid: contested on 30 Jun 2017 and a gap to Oct 2019 from h-rev48;
        # al-Tuwaihniyah: the factions' 30 Jun - 16 Aug 2017, then a gap, from h-spot14)
        last = date(2019, 10, 22) if locality == "hasiyah_farms" else date(2017, 6, 29)
        assert history.state_of(locality, last).controller == "sdf"
    # IS's own villages beside them keep their answers
    for locality in ("hasiyah", "sad_shahba", "shahba_dam"):
        assert history.state_of(locality, date(2016, 10, 18)).controller == "isis"
        assert history.state_of(locality, date(2016, 10, 19)).controller == "sdf"


def test_the_neighbouring_answers_are_unchanged(atlas):
    history = atlas.control.history
    # the pocket's villages beside them, drawn in the Tell Rifaat zone
    # (Tall Malid: a gap naming both in the snapshot years to 11 Apr 2024, from h-rev51)
    for locality in ("hasiyah_farms", "al_tuwaihniyah", "herbel"):
        assert history.state_of(locality, date(2023, 1, 1)).controller == "sdf_government"
    # Nubl and the villages south of the pocket's edge keep the government's answer
    # (Tuways, a front-line village facing the Kurdish forces, is a gap from h-rev45)
    for locality in ("nubl", "misqan", "ahras"):
        assert history.state_of(locality, date(2023, 1, 1)).controller == "government"
    # Mare' and Kaljibrin, across the front, stay the factions'
    for locality in ("mare", "kaljibrin"):
        assert history.state_of(locality, date(2023, 1, 1)).controller == "sna"
    # the Sherawa front south of Afrin (reviewed by rev3, rev13, rev17, rev31): unchanged
    assert history.state_of("fafertine", date(2021, 1, 1)).controller == "sna"
    assert history.state_of("kabashin", date(2021, 1, 1)).controller == "sna"
    # (the SDF shared with the government to 31 May 2022, as the pocket: integration of s16)
    assert history.state_of("bashmara", date(2021, 1, 1)).controller == "sdf"
    # Mount Simeon: the HTS-held villages west of al-Hader until the army's push of Feb 2020
    assert history.state_of("birnah", date(2020, 2, 6)).controller == "hts"
    assert history.state_of("birnah", date(2020, 2, 7)).controller == "government"
    assert history.state_of("zammar_mount_simeon", date(2020, 2, 4)).controller == "hts"
    assert history.state_of("zammar_mount_simeon", date(2020, 2, 5)).controller == "government"


def test_the_snapshot_disagreements_are_documented():
    from geodata.paths import data_dir

    path = data_dir() / "control" / "snapshot-disagreements.csv"
    rows = {
        (r["locality"], r["researched"], r["snapshot"]): r
        for r in csv.DictReader(path.open(encoding="utf-8"))
    }
    for locality in POCKET_SOUTH_EAST:
        # the SDF shared with the government agrees with the snapshot's government answer;
        # sdf_government (from 1 Jun 2022) is a documented disagreement
        assert (locality, "sdf", "government") not in rows
        assert rows[(locality, "sdf_government", "government")]["right"] == "records"
