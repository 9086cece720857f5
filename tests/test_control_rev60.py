"""Review h-rev60 (issue #15): leads other reviews left.

- The Tell Rifaat pocket's places that only the snapshots answered (Aqiba, Soxaneke, Ibina and
  Menagh airbase) were the joint ``sdf_government`` from 6 Mar 2020 (and 23 Oct - 18 Dec 2019)
  while the pocket's own rows are the SDF shared with the government to 31 May 2022: now split as
  the pocket (and the Sherawa villages of h-rev3), with hand rows tagged ``[rev60]``.
- The Ain Issa silos, al-Tuwaihniyah, al-Aliya, Wasta and Rahifiyah after Oct 2019: no dated
  report found changes their answers (kept; see PERIOD-2016-2024.md, h-rev60).
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

SOHR_SHERAWA = "sohr-2020-sherawa-shera-kurdish-held"
AL_HAL_2020 = "al_hal-2020-05-17-aqiba-shelled"
SOHR_MENAGH_2019 = "sohr-2019-shawargha-malkiyyeh-kurdish-control"
SOHR_MENAGH_2020 = "sohr-2020-02-malikiya-menagh-kurdish-positions"
K24_2022 = "kurdistan24-2022-06-01-erdogan-tal-rifaat-manbij"
AKHBAR_2022 = "akhbar_alaan-2022-11-27-menagh-shawargha-strikes"
SYRIAC_SILOS = "syriac_press-2021-02-20-ain-issa-silos-bombed"
SOHR_SILOS = "sohr-2021-02-sdf-digger-near-ain-issa-silos"
SHERAWA = ("aqiba", "soxaneke", "ibina")
POCKET = (*SHERAWA, "minakh_airbase")


def test_the_review_sources_are_registered():
    assert_source_file_registered("2016-2024-rev60.toml")
    assert_registered_with_publisher([AL_HAL_2020, SYRIAC_SILOS, SOHR_SILOS,
                                      "sohr-2021-02-russians-return-to-ain-issa-base"])  # fmt: skip


@pytest.mark.parametrize("locality", POCKET)
@pytest.mark.parametrize(
    "day",
    [date(2019, 10, 23), date(2019, 12, 18), date(2020, 3, 6), date(2021, 1, 1),
     date(2022, 5, 31), date(2022, 6, 1), date(2023, 6, 1), date(2024, 11, 26)],
)  # fmt: skip
def test_the_pocket_has_one_colour(atlas, locality, day):
    """Each place answers as Tell Rifaat itself on the same day, from a researched row."""
    history = atlas.control.history
    record = history.record_on(locality, day)
    assert not record.baseline, record
    assert history.state_of(locality, day) == history.state_of("tell_rifaat", day)


@pytest.mark.parametrize("locality", SHERAWA)
@pytest.mark.parametrize("day", [date(2019, 11, 15), date(2020, 3, 6), date(2021, 1, 1),
                                 date(2022, 5, 31)])  # fmt: skip
def test_the_sherawa_villages_are_the_sdfs_beside_the_army_to_may_2022(atlas, locality, day):
    record = assert_checked_answer(atlas.control.history, locality, day, "sdf", "shared",
                                   ("government",), SOHR_SHERAWA)  # fmt: skip
    assert "[rev60]" in record.note and "continuity inferred" in record.note


@pytest.mark.parametrize("locality", ["aqiba", "soxaneke"])
def test_aqiba_and_soxaneke_cite_the_dated_report_of_may_2020(atlas, locality):
    assert_checked_answer(atlas.control.history, locality, date(2020, 5, 17), "sdf", "shared",
                          ("government",), AL_HAL_2020)  # fmt: skip


@pytest.mark.parametrize("locality", SHERAWA)
@pytest.mark.parametrize("day", [date(2022, 6, 1), date(2024, 11, 26)])
def test_from_june_2022_the_joint_party(atlas, locality, day):
    assert_checked_answer(atlas.control.history, locality, day, "sdf_government", "held", (),
                          K24_2022)  # fmt: skip


def test_menagh_airbase(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "minakh_airbase", date(2019, 11, 1), "sdf", "shared",
                          ("government",), SOHR_MENAGH_2019)  # fmt: skip
    assert_checked_answer(history, "minakh_airbase", date(2021, 1, 1), "sdf", "shared",
                          ("government",), SOHR_MENAGH_2020)  # fmt: skip
    assert_checked_answer(history, "minakh_airbase", date(2022, 11, 27), "sdf_government", "held",
                          (), AKHBAR_2022)  # fmt: skip


@pytest.mark.parametrize(
    ("locality", "day", "controller"),
    [
        # the days each side of the new rows are unchanged
        ("aqiba", date(2019, 10, 22), "sdf"),
        ("aqiba", date(2019, 12, 19), "sdf"),
        ("aqiba", date(2024, 11, 27), "sdf"),
        ("aqiba", date(2024, 12, 1), "sna"),
        ("minakh_airbase", date(2019, 10, 22), "sdf"),
        ("minakh_airbase", date(2020, 3, 5), "sdf"),
        ("minakh_airbase", date(2024, 12, 1), "sna"),
    ],
)
def test_the_neighbouring_days_are_unchanged(atlas, locality, day, controller):
    assert atlas.control.history.state_of(locality, day).controller == controller


@pytest.mark.parametrize("locality", ["baselhaya", "cilbire"])
def test_the_sherawa_villages_on_the_turkish_held_side_stay_the_factions(atlas, locality):
    """h-rev4: Baselhaya and Cilbire are not the pocket's, whatever the snapshot draws."""
    assert atlas.control.history.state_of(locality, date(2021, 1, 1)).controller == "sna"


def test_tall_malid_stays_a_gap(atlas):
    """h-rev51's gap naming both sides (a pocket place too) is not touched."""
    assert_stored_gap(atlas, "tall_malid", date(2021, 1, 1))


# --- Item 2: answers kept (no dated report found that changes them) -------------------------


@pytest.mark.parametrize("day", [date(2019, 10, 23), date(2021, 2, 22), date(2024, 11, 26)])
def test_the_ain_issa_silos_stay_the_sdfs_beside_the_shared_town(atlas, day):
    history = atlas.control.history
    record = assert_checked_answer(history, "ayn_issa_grain_silos", day, "sdf", "held", (),
                                   SYRIAC_SILOS)  # fmt: skip
    assert "[rev60]" in record.note and SOHR_SILOS in record.sources
    assert history.state_of("ain_issa", day).status == "shared"


def test_al_tuwaihniyah_keeps_the_pocket_answer(atlas):
    history = atlas.control.history
    assert_stored_gap(atlas, "al_tuwaihniyah", date(2019, 10, 22))
    assert_checked_answer(history, "al_tuwaihniyah", date(2021, 1, 1), "sdf", "shared",
                          ("government",), None)  # fmt: skip
    assert history.state_of("al_tuwaihniyah", date(2022, 6, 1)).controller == "sdf_government"


@pytest.mark.parametrize(
    ("day", "status"),
    [(date(2019, 12, 18), "shared"), (date(2019, 12, 19), "held"), (date(2020, 3, 5), "held")],
)
def test_al_aliya_is_the_sdfs_alone_after_18_december_2019(atlas, day, status):
    state = atlas.control.history.state_of("aliya", day)
    assert (state.controller, state.status) == ("sdf", status)


@pytest.mark.parametrize("locality", ["wasta_tell_abyad", "rahifiyah"])
@pytest.mark.parametrize("day", [date(2019, 10, 23), date(2021, 1, 1), date(2024, 11, 26)])
def test_wasta_and_rahifiyah_stay_the_sdfs(atlas, locality, day):
    assert atlas.control.history.state_of(locality, day).controller == "sdf"
