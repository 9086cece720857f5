"""Review h-rev46 (issue #15, tools/regions_2016_2018_rules_rev46.py, sources/2016-2019-rev46.toml):
the Manbij ring's south-eastern places, a gap from the city's fall to the southern push and the
SDF's from 21 Aug 2016; Tukhar Kabir, Tukhar Shagir and Qirata the SDF's 17 - 23 Aug 2016 (Akhbar
Al Aan, 18 Aug), their other Aug 2016 days and the later gaps of h-rev39 and h-rev28 unchanged."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

AKHBAR = "akhbar_alaan-2016-08-18-sdf-four-jarablus-villages"
BALADI_20_AUG = "baladi_news-2016-08-20-tall-hudhan"
SOUTH_EAST = ("sakawiyah", "jubb_al_sheikh_ubaid", "saadiya", "tishrin", "sandaliyah_al_sagirah",
              "sandaliyah_al_kabirah", "khirbat_khalid", "shash")  # fmt: skip
TUKHAR = ("tukhar_kabir", "tukhar_shagir", "qirata")


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev46.toml")
    assert_registered_with_publisher([AKHBAR, BALADI_20_AUG])


@pytest.mark.parametrize("locality", SOUTH_EAST)
@pytest.mark.parametrize("day", [date(2016, 8, 12), date(2016, 8, 16), date(2016, 8, 20)])
def test_south_east_ring_days_before_the_push_are_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)
    record = atlas.control.history.record_on(locality, day)
    assert "IS or SDF" in record.note


@pytest.mark.parametrize("locality", SOUTH_EAST)
@pytest.mark.parametrize("day", [date(2016, 8, 21), date(2016, 11, 1), date(2017, 3, 1)])
def test_south_east_ring_the_sdfs_after_the_push(atlas, locality, day):
    record = assert_region_answer(atlas, locality, day, "sdf")
    assert "> rev46_manbij_south_east_after_push]" in record.note
    assert BALADI_20_AUG in record.sources
    assert "region-level" in record.note and "continuity inferred" in record.note
    assert "Sputnik" in record.note and "Qasioun" in record.note


@pytest.mark.parametrize("locality", ("abu_qilqil", "khirbat_bashar", "khirbat_al_bighal"))
def test_ring_kept_where_a_dated_answer_precedes_it(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2016, 8, 12), "sdf")
    assert "> manbij_east_and_ring]" in record.note


@pytest.mark.parametrize("locality", TUKHAR)
@pytest.mark.parametrize("day", [date(2016, 8, 17), date(2016, 8, 20), date(2016, 8, 23)])
def test_tukhar_and_qirata_the_sdfs_from_wednesday_17_aug(atlas, locality, day):
    record = assert_region_answer(atlas, locality, day, "sdf")
    assert AKHBAR in record.sources
    assert "> rev46_tukhar_qirata_17_aug_2016]" in record.note
    assert "continuity inferred" in record.note


@pytest.mark.parametrize("locality", TUKHAR)
@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2016, 8, 16), date(2016, 8, 24),
                                 date(2016, 8, 29)])  # fmt: skip
def test_tukhar_and_qirata_other_august_days_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


@pytest.mark.parametrize("locality", ("tukhar_kabir", "qirata"))
@pytest.mark.parametrize("day", [date(2016, 8, 30), date(2017, 6, 1), date(2020, 6, 1)])
def test_tukhar_kabir_and_qirata_later_gaps_unchanged(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_tukhar_shagir_from_the_sajur_line_unchanged(atlas):
    record = assert_region_answer(atlas, "tukhar_shagir", date(2016, 8, 30), "sdf")
    assert "> se_sajur_line]" in record.note
