"""Pass h-gapaz (issue #15): the Azaz-district gaps between the snapshots, 19 Dec 2019 - 5 Mar 2020
(rules in tools/regions_2016_2018_rules_gapaz.py, sources in sources/2016-2019-gapaz.toml): the
Shahba villages on the Tell Rifaat pocket's edge are the SDF's with the government present, as
the pocket's rows on both sides of the window (AFP, 2 Dec 2019; SOHR, 16 Jan, Feb and 23 Mar
2020); Nubl, al-Zahraa, the Nubl ring and the villages east of the pocket stay gaps (no report of
the window read names them)."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

AFP_3_DEC = "afp-2019-12-03-tal-rifaat-school-shelling"
SOHR_MARANAZ = "sohr-2020-01-maranaz-kurdish-forces"
SOHR_UMM_HAWSH = "sohr-2020-03-umm-hawsh-kurdish-held"
POCKET_EDGE = ("maarat_umm_hawsh", "hasiyah", "hosniyeh_hsajek", "sad_shahba", "shahba_dam",
               "tell_qarah", "wahshiyah", "kafr_qaris", "fafin")  # fmt: skip
FIRST, LAST = date(2019, 12, 19), date(2020, 3, 5)


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2019-gapaz.toml")
    assert_registered_with_publisher((AFP_3_DEC, SOHR_MARANAZ, SOHR_UMM_HAWSH))


@pytest.mark.parametrize("locality", POCKET_EDGE)
def test_pocket_edge_villages_are_the_sdfs_with_the_government_between_the_snapshots(
    atlas, locality
):
    history = atlas.control.history
    # the reviewed rows before and after the window answer the same
    for day in (date(2019, 12, 18), date(2020, 3, 6)):
        assert_checked_answer(history, locality, day, "sdf", "shared", ("government",), None)
    for day in (FIRST, date(2020, 1, 16), date(2020, 2, 17), LAST):
        record = assert_region_answer(atlas, locality, day, "sdf")
        assert record.status == "shared" and "government" in record.with_parties
        assert {AFP_3_DEC, SOHR_MARANAZ, SOHR_UMM_HAWSH} <= set(record.sources)
        assert "continuity inferred" in record.note and "region-level" in record.note
        assert "gapaz_pocket_" in record.note


def test_umm_hosh_is_the_village_sohr_names_in_march_2020():
    import tomllib

    from geodata.paths import data_dir

    text = (data_dir() / "sources" / "2016-2024-rev36.toml").read_text(encoding="utf-8")
    notes = {entry["id"]: entry["note"] for entry in tomllib.loads(text)["source"]}
    assert "Um al-Hawaash in areas held by Kurdish forces" in notes[SOHR_UMM_HAWSH]


@pytest.mark.parametrize(
    "locality",
    [
        # the two towns and the Nubl ring: no report of the window read names their holder
        "nubl",
        "al_zahraa",
        "mayer",
        "misqan",
        "ahras",
        "muarrasat_al_khan",
        "tell_al_zahra",
        # east of the pocket: Tuways and Qaramil are gaps on both sides too (h-rev45)
        "tuways",
        "qaramil",
        "halisah",
        "wasitiyah",
        "hecine",
        "abu_miri",
        "mashrafah",
        "mazre_gharnata",
        "muslimiyah_cement_plant",
        # the Infantry School: the army's by the government side's claim of 2016 only
        "aleppo_infantry_academy",
    ],
)
def test_places_no_report_of_the_window_names_stay_gaps(atlas, locality):
    for day in (FIRST, date(2020, 1, 15), LAST):
        assert_stored_gap(atlas, locality, day)


def test_the_rules_cite_their_sources(atlas):
    assert {AFP_3_DEC, SOHR_MARANAZ, SOHR_UMM_HAWSH} <= sources_cited_by(atlas, "> gapaz_")
