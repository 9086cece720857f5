"""Review h-rev63 (issue #15): leads this session's helpers left.

- The Shirkrak silos (``shar_karak_shuweyhan``) after 10 Dec 2019: the reports of Feb 2021
  (SOHR: the SDF, escorted by Russian forces, take wheat out of the silos on the contact line;
  Russia asks the SDF to hand over their wheat; the National Army and Turkey claim them or put
  them between the lines) name no holder on a day: h-rev55's gap naming both sides is kept.
- The Atmeh crossing (``atmeh_border_crossing``): the snapshot periods (23 Oct - 18 Dec 2019,
  6 Mar 2020 - 26 Nov 2024) drew it the SNA's alone between h-gapsite's HTS-shared rows; now
  HTS's shared with the SNA throughout (hand rows tagged ``[rev63]``), so the map no longer
  flips at each snapshot date.
- Rahifiyah in the 2024-26 layer: the factions' from 27 Nov 2024 by that layer's grouping only,
  against the SDF of 2016-24 and of the 9 Dec 2024 snapshot, with no report naming it: a gap
  naming both, 27 Nov 2024 - 28 Jan 2025.
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

SHIRKRAK = "shar_karak_shuweyhan"
ATMEH = "atmeh_border_crossing"
SOHR_WHEAT_2021 = "sohr-2021-02-shirkrak-sdf-russians-extract-wheat"
SOHR_DEMAND_2021 = "sohr-2021-02-russians-return-to-ain-issa-base"
SPC_2021 = "syrian_press_center-2021-02-19-shirkrak-silos-grain"
ENAB_25_APR_2020 = "enab_baladi-2020-04-25-idlib-aleppo-crossings-reopened"
ALKUL_25_APR_2020 = "radio_alkul-2020-04-25-atmeh-ghazawiya-reopened"
SOHR_JUL_2020 = "sohr-2020-07-deir-ballot-al-sham-corps-checkpoint"
SOHR_JUN_2022 = "sohr-2022-06-hts-withdraws-afrin-deir-balot-crossing"
SPC_13_APR_2019 = "syrian_press_center-2019-04-13-atmeh-crossing-closed-again"


def test_the_review_sources_are_registered():
    assert_source_file_registered("2016-2024-rev63.toml")
    assert_registered_with_publisher([SOHR_WHEAT_2021, SOHR_DEMAND_2021, SPC_2021,
                                      ENAB_25_APR_2020, SPC_13_APR_2019])  # fmt: skip


# --- Item 1: the Shirkrak silos, gap kept --------------------------------------------------


@pytest.mark.parametrize(
    "day", [date(2019, 12, 11), date(2020, 6, 1), date(2021, 2, 19), date(2021, 2, 25),
            date(2023, 1, 1), date(2024, 11, 26)],
)  # fmt: skip
def test_shirkrak_stays_a_gap_naming_both_sides(atlas, day):
    assert_stored_gap(atlas, SHIRKRAK, day)
    record = atlas.control.history.record_on(SHIRKRAK, day)
    assert "[rev55]" in record.note and "h-rev63" in record.note
    assert {SOHR_WHEAT_2021, SOHR_DEMAND_2021, SPC_2021} <= set(record.sources)


def test_shirkrak_around_the_gap_is_unchanged(atlas):
    history = atlas.control.history
    assert history.state_of(SHIRKRAK, date(2019, 12, 10)).controller == "sna"  # h-rev55
    assert history.state_of(SHIRKRAK, date(2019, 11, 16)).controller == "sdf"
    assert_stored_gap(atlas, SHIRKRAK, date(2019, 12, 9))


# --- Item 2: the Atmeh crossing, one answer across the snapshots ----------------------------


@pytest.mark.parametrize(
    "day",
    [date(2019, 10, 22), date(2019, 10, 23), date(2019, 12, 18), date(2019, 12, 19),
     date(2020, 3, 5), date(2020, 3, 6), date(2021, 6, 1), date(2023, 1, 1),
     date(2024, 11, 26)],
)  # fmt: skip
def test_the_atmeh_crossing_is_htss_shared_with_the_sna_from_jan_2019(atlas, day):
    assert_checked_answer(atlas.control.history, ATMEH, day, "hts", "shared", ("sna",), None)


@pytest.mark.parametrize("day", [date(2019, 10, 23), date(2019, 12, 18)])
def test_the_autumn_2019_row_is_the_reviews(atlas, day):
    record = assert_checked_answer(atlas.control.history, ATMEH, day, "hts", "shared", ("sna",),
                                   SPC_13_APR_2019)  # fmt: skip
    assert "[rev63]" in record.note and "continuity inferred" in record.note


@pytest.mark.parametrize("day", [date(2020, 3, 6), date(2020, 4, 25), date(2022, 6, 1),
                                 date(2024, 11, 26)])  # fmt: skip
def test_the_2020_24_row_cites_the_dated_reports(atlas, day):
    record = assert_checked_answer(atlas.control.history, ATMEH, day, "hts", "shared", ("sna",),
                                   ALKUL_25_APR_2020)  # fmt: skip
    assert {ENAB_25_APR_2020, SOHR_JUL_2020, SOHR_JUN_2022} <= set(record.sources)
    assert "[rev63]" in record.note and not record.baseline


def test_the_atmeh_crossing_agrees_with_the_snapshots(atlas):
    """The shared answer names the snapshot's SNA: no snapshot disagreement to document."""
    from geodata.control.consistency import differences

    history = atlas.control.history
    days = [date(2019, 11, 1), date(2020, 3, 6), date(2022, 1, 1), date(2024, 11, 26)]
    assert not [d for d in differences(history, days) if d.locality == ATMEH]


def test_atmeh_before_2019_and_after_the_offensive_are_unchanged(atlas):
    history = atlas.control.history
    assert_stored_gap(atlas, ATMEH, date(2019, 1, 5))
    assert history.state_of(ATMEH, date(2024, 11, 27)).controller == "sna"  # the 2024-26 layer


# --- Item 3: Rahifiyah in the 2024-26 layer -------------------------------------------------


@pytest.mark.parametrize("day", [date(2024, 11, 27), date(2024, 12, 9), date(2025, 1, 28)])
def test_rahifiyah_is_a_gap_naming_both_from_27_november_2024(atlas, day):
    assert_stored_gap(atlas, "rahifiyah", day)
    record = atlas.control.history.record_on("rahifiyah", day)
    assert "[rev63]" in record.note and "9 Dec 2024" in record.note


def test_rahifiyah_either_side_of_the_gap(atlas):
    history = atlas.control.history
    assert history.state_of("rahifiyah", date(2024, 11, 26)).controller == "sdf"
    # h-rev66: the gap runs to 18 Jan 2026, as Tarbikh's (h-rev65)
    assert_stored_gap(atlas, "rahifiyah", date(2025, 1, 29))
    assert history.state_of("rahifiyah", date(2026, 1, 19)).controller == "transitional_government"
