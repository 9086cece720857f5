"""Review h-rev62 (issue #15; hand rows tagged [rev62] in records/2016-2024.csv, sources
sources/2016-2024-rev62.toml and h-gapmil's 2016-2019-gapmil.toml): the army's bases on Jabal
Kawkab (the government's 23 Oct 2019 - 15 Feb 2021 between dated reports, then a gap naming
both) and at Tartab (a gap naming both after Al-Modon's report of Aug 2019) where the snapshots
drew the SDF's zone; Dhiban and al-Tayyana fought over in the tribal attack of 7 Aug 2024 and the
SDF's again from 8 Aug; Mazra'at Ja'bar's castle day (5 or 6 Jan 2017) named in the note; Tell
Abyad's 2016 - 2019 row with a dated independent report of its capture."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

KAWKAB = "546th_artillery_brigade"
TARTAB = "154th_special_forces_regiment"
AL_MODON = "almodon-2019-08-13-deputy-minister-hasakah"
ANADOLU = "anadolu-2021-01-06-qamishli-security-square-siege"
EPC = "epc-2021-02-15-hasakah-dispute"
SD = "syria_direct-2024-08-12-deir-ezzor-civilians-under-fire"
STV = "syria_tv-2024-08-07-tribes-army-attacks-sdf-east-deir-ezzor"
SHAAM = "shaam_news-2024-08-08-msd-blames-regime-deir-ezzor"
DW = "dw-2015-06-16-tal-abyad-full-control"
REUTERS = "reuters-2017-01-06-jabar-citadel-seized"
AFP = "afp-2017-01-06-qalaat-jaabar-seized"


# --- the Jabal Kawkab base ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "cited"),
    [
        (date(2019, 10, 22), AL_MODON),  # h-gapmil's rule, the day before the snapshot
        (date(2019, 10, 23), ANADOLU),
        (date(2019, 12, 18), ANADOLU),
        (date(2020, 1, 15), AL_MODON),  # h-gapmil's rule between the snapshots
        (date(2020, 3, 6), EPC),
        (date(2021, 1, 6), ANADOLU),
        (date(2021, 2, 15), EPC),
    ],
)
def test_kawkab_is_the_governments_to_the_last_dated_report(atlas, day, cited):
    assert_checked_answer(atlas.control.history, KAWKAB, day, "government", "held", (), cited)


@pytest.mark.parametrize("day", [date(2019, 10, 23), date(2020, 3, 6), date(2021, 2, 15)])
def test_kawkab_snapshot_days_are_rev62_rows_with_continuity_said(atlas, day):
    record = atlas.control.history.record_on(KAWKAB, day)
    assert "[rev62]" in record.note and "continuity inferred" in record.note


@pytest.mark.parametrize("day", [date(2021, 2, 16), date(2022, 6, 1), date(2024, 11, 26)])
def test_kawkab_after_february_2021_is_a_gap_naming_both(atlas, day):
    assert_stored_gap(atlas, KAWKAB, day)
    record = atlas.control.history.record_on(KAWKAB, day)
    assert "[rev62]" in record.note and "naming both" in record.note
    assert EPC in record.sources


# --- the Tartab regiment ------------------------------------------------------------------------
def test_tartab_is_the_governments_to_al_modons_report(atlas):
    assert_checked_answer(atlas.control.history, TARTAB, date(2019, 8, 13), "government", "held",
                          (), AL_MODON)  # fmt: skip


@pytest.mark.parametrize(
    "day",
    [date(2019, 8, 14), date(2019, 10, 23), date(2019, 12, 18), date(2020, 1, 15),
     date(2020, 3, 6), date(2021, 1, 6), date(2024, 11, 26)],
)  # fmt: skip
def test_tartab_after_august_2019_is_a_gap(atlas, day):
    assert_stored_gap(atlas, TARTAB, day)


@pytest.mark.parametrize("day", [date(2019, 10, 23), date(2020, 3, 6), date(2024, 11, 26)])
def test_tartab_snapshot_days_name_both(atlas, day):
    record = atlas.control.history.record_on(TARTAB, day)
    assert "[rev62]" in record.note and "naming both" in record.note
    assert AL_MODON in record.sources


def test_the_bases_disagreements_are_documented():
    from geodata.control.consistency import read_documented
    from geodata.paths import data_dir

    documented = read_documented(data_dir())
    assert documented[(KAWKAB, "government", "sdf")].right == "records"
    assert documented[(KAWKAB, "unknown", "sdf")].right == "open"
    assert documented[(TARTAB, "unknown", "sdf")].right == "open"


def test_the_security_squares_are_unchanged(atlas):
    history = atlas.control.history
    assert history.record_on("hasakah_security_box", date(2021, 1, 6)).controller == "government"


# --- Dhiban and al-Tayyana, 7 Aug 2024 ----------------------------------------------------------
@pytest.mark.parametrize("place", ["diban", "tayyaneh"])
def test_fought_over_on_7_august_2024(atlas, place):
    record = assert_checked_answer(atlas.control.history, place, date(2024, 8, 7), "sdf",
                                   "contested", ("government",), STV)  # fmt: skip
    assert "[rev62]" in record.note and SD in record.sources


@pytest.mark.parametrize("place", ["diban", "tayyaneh"])
@pytest.mark.parametrize("day", [date(2024, 8, 6), date(2024, 8, 8), date(2024, 8, 12),
                                 date(2024, 11, 26)])  # fmt: skip
def test_the_sdfs_either_side_of_the_attack(atlas, place, day):
    assert_checked_answer(atlas.control.history, place, day, "sdf", "held", (), None)


@pytest.mark.parametrize("place", ["diban", "tayyaneh"])
def test_the_sdf_restored_from_8_august(atlas, place):
    record = assert_checked_answer(atlas.control.history, place, date(2024, 8, 8), "sdf", "held",
                                   (), SHAAM)  # fmt: skip
    assert "[rev62]" in record.note and "continuity inferred" in record.note


def test_dhiban_2023_rows_of_rev59_are_kept(atlas):
    history = atlas.control.history
    record = history.record_on("diban", date(2023, 10, 29))
    assert (record.controller, record.status) == ("sdf", "contested")
    assert "[rev59]" in history.record_on("diban", date(2024, 1, 1)).note


def test_kashkiyeh_keeps_its_gap(atlas):
    assert_stored_gap(atlas, "kashkiyeh", date(2024, 8, 7))


# --- Mazra'at Ja'bar, Tell Abyad ----------------------------------------------------------------
def test_mazraat_jabar_names_both_days(atlas):
    history = atlas.control.history
    assert_stored_gap(atlas, "mazraat_jabar", date(2017, 1, 5))
    record = assert_checked_answer(history, "mazraat_jabar", date(2017, 1, 6), "sdf", "held", (),
                                   REUTERS)  # fmt: skip
    assert AFP in record.sources and "'on Thursday' (5 Jan)" in record.note


@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2017, 5, 25), date(2019, 10, 8)])
def test_tell_abyad_cites_an_independent_report(atlas, day):
    record = assert_checked_answer(atlas.control.history, "tell_abyad", day, "sdf", "held", (),
                                   DW)  # fmt: skip
    assert "[rev62]" in record.note


def test_tell_abyad_peace_spring_rows_unchanged(atlas):
    history = atlas.control.history
    assert history.record_on("tell_abyad", date(2019, 10, 9)).status == "contested"
    assert history.record_on("tell_abyad", date(2019, 10, 13)).controller == "sna"


# --- left as they were --------------------------------------------------------------------------
def test_nubl_and_zahraa_between_the_snapshots_stay_gaps(atlas):
    for place in ("nubl", "al_zahraa"):
        assert_stored_gap(atlas, place, date(2020, 2, 17))


def test_aliya_december_2019_unchanged(atlas):
    record = atlas.control.history.record_on("aliya", date(2019, 12, 2))
    assert (record.controller, record.status, tuple(record.with_parties)) == (
        "sdf",
        "shared",
        ("government",),
    )


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2024-rev62.toml")
    cited = sources_cited_by(atlas, "[rev62]", "raqqa7_mazraat_jabar_6_jan_2017")
    assert {AL_MODON, ANADOLU, EPC, SD, STV, SHAAM, DW, REUTERS, AFP} <= cited
    assert_registered_with_publisher(cited)
