"""Review h-rev4 (issue #15): answers flagged as likely wrong by the review h-rev3.

- Cilbire and Baselhaya (Basile) were on the Turkish-held side of the Sherawa line after Afrin
  fell on 18 Mar 2018 (ANF: 'invaders positioned in the Cilbire, Basil and Kimare villages'; Afrin
  Post, Mar 2023: Jilbirê and Basilê seized and turned into military bases), not in the Tell
  Rifaat pocket with the SDF and the government.
- Kafr Nabo and Biye showed the rebels/HTS to Oct 2019 (the autumn-2019 snapshot's zone only) and
  the army from 17 Feb 2020 (a list that does not name them): no dated source supports either, and
  the reports found (ANF, SOHR) are undated and point to the Turkish-backed factions; the days are
  stored gaps.
"""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

ANF_CILBIRE = "anf-2019-people-of-sherawa-resist-attacks"
AFRIN_POST_2023 = "afrin_post-2023-03-turkish-bases-sherawa-villages"
ANF_KAFR_NABO = "anf-2019-four-villages-in-sherawa-surrounded"
SOHR_BAYA = "sohr-hamza-division-baya-shirawa"
AL_MASDAR_2019 = "al_masdar-2019-12-08-alf-hamza-base-kafr-nabo"
TURKISH_SIDE = ("cilbire", "baselhaya")
GAPS = ("kefernebo", "biye")


def test_the_review_sources_are_registered():
    assert_source_file_registered("2016-2024-rev4.toml")


def test_the_review_sources_have_publishers():
    assert_registered_with_publisher([ANF_CILBIRE, AFRIN_POST_2023, ANF_KAFR_NABO, SOHR_BAYA,
                                      AL_MASDAR_2019])  # fmt: skip


@pytest.mark.parametrize("locality", TURKISH_SIDE)
@pytest.mark.parametrize(
    "day",
    [
        date(2018, 3, 18),  # Afrin fell
        date(2019, 6, 1),
        date(2019, 11, 15),  # the autumn-2019 snapshot's pocket overruled
        date(2020, 2, 24),
        date(2023, 3, 15),  # Afrin Post: seized, turned into military bases
        date(2024, 11, 26),
    ],
)
def test_cilbire_and_baselhaya_are_the_turkish_backed_factions(atlas, locality, day):
    record = assert_checked_answer(atlas.control.history, locality, day, "sna", "held", (),
                                   AFRIN_POST_2023)  # fmt: skip
    assert ANF_CILBIRE in record.sources
    assert "continuity inferred" in record.note
    assert "rev4" in record.note


@pytest.mark.parametrize("locality", TURKISH_SIDE)
def test_they_are_not_drawn_in_the_tell_rifaat_pocket_after_afrin_fell(atlas, locality):
    history = atlas.control.history
    for day in (date(2018, 6, 1), date(2020, 1, 15), date(2021, 6, 1)):
        assert history.state_of(locality, day).controller not in ("sdf", "sdf_government")


@pytest.mark.parametrize("locality", TURKISH_SIDE)
def test_before_and_during_olive_branch_they_keep_the_enclave_answers(atlas, locality):
    history = atlas.control.history
    assert history.state_of(locality, date(2017, 6, 1)).controller == "sdf"  # YPG enclave
    assert_stored_gap(atlas, locality, date(2018, 2, 15))  # the Olive Branch weeks


@pytest.mark.parametrize("locality", GAPS)
@pytest.mark.parametrize(
    "day",
    [
        date(2016, 8, 1),
        date(2018, 1, 1),  # was rebel/HTS-held
        date(2019, 11, 15),  # the autumn-2019 snapshot's HTS zone
        date(2020, 2, 20),  # was the army's from 17 Feb 2020
        date(2022, 6, 1),  # the 2020-24 snapshot's government zone
        date(2024, 11, 26),
    ],
)
def test_kafr_nabo_and_biye_are_stored_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)
    record = atlas.control.history.record_on(locality, day)
    assert "rev4" in record.note and "no dated source" in record.note


def test_the_gaps_cite_the_undated_reports(atlas):
    history = atlas.control.history
    assert ANF_KAFR_NABO in history.record_on("kefernebo", date(2021, 1, 1)).sources
    assert AL_MASDAR_2019 in history.record_on("kefernebo", date(2019, 12, 8)).sources
    assert SOHR_BAYA in history.record_on("biye", date(2021, 1, 1)).sources
