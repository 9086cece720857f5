"""Review rev28 (issue #15): answers on the Sajur line and west of Tell Abyad flagged as possibly
wrong (hand rows tagged [rev28] in records/2016-2024.csv, one exclusion in the Sajur edge rule of
tools/regions_2016_2018_rules_aleppo.py; sources in sources/2016-2024-rev28.toml): Qirata, where
reports place a Turkish base, is no longer the SDF's; Yilanli, al-Muhsinli and Arab Hasan Kabir
are the Manbij Military Council's (shared with the army) from its statement of 27 Sep 2021, the
last two fought over on 1 - 7 Sep 2023; Aqbash's neighbours are gaps in Peace Spring's weeks."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

MMC_SEP_2021 = "sdf_command-2021-09-27-manbij-north-september-shelling"
MMC_SEP_2023 = "sdf_command-2023-09-07-sajur-line-attacks-foiled"
RDI_NOV_2022 = "r_d_i-2022-11-21-qirata-base-shelling"
NORTH_PRESS_NOV_2022 = "north_press-2022-11-24-manbij-contact-line-shelling"
SHAAM_1_SEP = "shaam_news-2023-09-01-tribes-muhsinli-arab-hasan"
ARABIC_POST_1_SEP = "arabic_post-2023-09-01-muhsinli-regime-post"
SYRIA_TV_2_SEP = "syria_tv-2023-09-02-tribes-sirtel-hill-muhsinli"
SYRIA_TV_4_SEP = "syria_tv-2023-09-04-tribes-parts-of-arab-hasan"
AL_SOURIA_15_OCT = "al_souria-2019-10-15-tell-abyad-west-axis"

#: Aqbash's neighbours west of Tell Abyad (within 10 km), and places next to the contested ones
WEST_OF_TELL_ABYAD = (
    "bandar_khan", "eidanye", "bexdik", "dinnayah", "thamin_al_adhar", "shawti",
    "ahmadiyah_tell_abyad", "qartal", "bir_habash", "bir_arab", "sharikh", "darb_hassan",
    "kandal", "abdi", "gire_sor", "qandariyah", "shubah",
)  # fmt: skip


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev28.toml")


def test_qirata_is_no_longer_drawn_the_sdfs(atlas):
    history = atlas.control.history
    for day in (date(2016, 8, 29), date(2016, 8, 30), date(2017, 6, 1), date(2018, 12, 11),
                date(2018, 12, 12), date(2019, 10, 23), date(2021, 6, 1), date(2022, 11, 20),
                date(2022, 11, 21), date(2022, 11, 22), date(2024, 11, 26)):  # fmt: skip
        assert_stored_gap(atlas, "qirata", day)
    # a page whose publisher is not identified is not enough alone to draw a holder
    record = history.record_on("qirata", date(2022, 11, 21))
    assert RDI_NOV_2022 in record.sources and "not enough alone" in record.note
    # its neighbours south of the Sajur keep the council's answer
    assert history.state_of("jat", date(2021, 6, 1)).controller == "sdf"


def test_yilanli_is_the_councils_from_its_statement_of_september_2021(atlas):
    history = atlas.control.history
    assert history.state_of("ilan", date(2017, 3, 2)).controller == "unknown"
    # h-rev64 answers 8 Feb - 26 Sep 2021 from the council's statement of 8 Feb 2021
    # (tests/test_control_rev64.py): the gap now ends on 7 Feb 2021
    for day in (date(2017, 3, 3), date(2019, 10, 23), date(2021, 2, 7)):
        assert_stored_gap(atlas, "ilan", day)
    for day in (date(2021, 9, 27), date(2022, 11, 24), date(2024, 11, 26)):
        record = assert_checked_answer(history, "ilan", day, "sdf", "shared", ("government",),
                                       MMC_SEP_2021)  # fmt: skip
        assert NORTH_PRESS_NOV_2022 in record.sources and "[rev28]" in record.note


@pytest.mark.parametrize("locality", ("muhsinli", "arab_hasan_kabir"))
def test_the_sajur_villages_north_west_of_manbij(atlas, locality):
    history = atlas.control.history
    # the Euphrates Shield push of Sep 2016 - Mar 2017 is unchanged
    assert history.state_of(locality, date(2017, 3, 2)).controller == "sna"
    # h-rev64 answers Arab Hasan Kabir from 8 Feb 2021 (tests/test_control_rev64.py)
    for day in (date(2017, 3, 3), date(2020, 6, 1), date(2021, 2, 7)):
        assert_stored_gap(atlas, locality, day)
    for day in (date(2021, 9, 27), date(2022, 11, 21), date(2023, 8, 31)):
        assert_checked_answer(history, locality, day, "sdf", "shared", ("government",),
                              MMC_SEP_2021)  # fmt: skip
    for day in (date(2023, 9, 1), date(2023, 9, 4), date(2023, 9, 7)):
        record = assert_checked_answer(history, locality, day, "sdf", "contested", ("sna",),
                                       MMC_SEP_2023)  # fmt: skip
        assert SHAAM_1_SEP in record.sources or ARABIC_POST_1_SEP in record.sources
    if locality == "muhsinli":
        assert_stored_gap(atlas, locality, date(2023, 9, 8))
        assert_stored_gap(atlas, locality, date(2024, 11, 26))
    else:  # h-rev64: fought over on 8 Sep 2023, then the council's (tests/test_control_rev64.py)
        for day in (date(2023, 9, 8), date(2024, 11, 26)):
            assert "[rev64]" in history.record_on(locality, day).note


def test_the_tribal_claims_are_cited_per_village(atlas):
    history = atlas.control.history
    muhsinli = history.record_on("muhsinli", date(2023, 9, 2))
    assert {ARABIC_POST_1_SEP, SYRIA_TV_2_SEP} <= set(muhsinli.sources)
    arab_hasan = history.record_on("arab_hasan_kabir", date(2023, 9, 4))
    assert SYRIA_TV_4_SEP in arab_hasan.sources
    assert "Sirtel" in arab_hasan.note


@pytest.mark.parametrize("locality", WEST_OF_TELL_ABYAD)
def test_aqbashs_neighbours_are_gaps_in_peace_springs_weeks(atlas, locality):
    history = atlas.control.history
    assert history.state_of(locality, date(2019, 10, 8)).controller == "sdf"
    for day in (date(2019, 10, 9), date(2019, 10, 15), date(2019, 10, 22)):
        assert_stored_gap(atlas, locality, day)
    assert AL_SOURIA_15_OCT in history.record_on(locality, date(2019, 10, 15)).sources
    assert history.state_of(locality, date(2019, 10, 23)).controller == "sdf"
    assert history.state_of(locality, date(2024, 11, 26)).controller == "sdf"
    # Aqbash itself was already a gap those days
    assert_stored_gap(atlas, "aqbash", date(2019, 10, 15))


def test_the_snapshot_disagreements_are_documented():
    from geodata.paths import data_dir

    path = data_dir() / "control" / "snapshot-disagreements.csv"
    rows = {
        (r["locality"], r["researched"], r["snapshot"]): r
        for r in csv.DictReader(path.open(encoding="utf-8"))
    }
    for locality in ("ilan", "muhsinli", "arab_hasan_kabir"):
        row = rows[(locality, "sdf", "sna")]
        assert row["right"] == "records" and MMC_SEP_2021 in row["sources"]
        assert rows[(locality, "unknown", "sna")]["right"] == "open"
    assert rows[("qirata", "unknown", "sdf")]["right"] == "open"
