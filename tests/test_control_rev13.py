"""Review h-rev13 (issue #15): answers earlier helpers flagged.

- Afrin: Anadolu (Turkish state media: party claim) dates the clearing of Ayn Dara, Basouta and
  Burj Abdullah south of Afrin city to 20 Mar 2018 and of Fafertin and Kabashin to 23 Mar, after
  the city fell on 18 Mar; Ghazawiyah was cleared earlier, on Wednesday 14 Mar.
- The Mabrouka power station on the M4 and al-Salihiyah on the Ras al-Ain axis: the Syrian
  National Army claimed them on 13 - 14 Oct 2019 (Baladi News); SOHR had the factions and the
  SDF clash in al-Salihiyah on the night of 21 Oct; the snapshot of 23 Oct draws both SDF-side:
  contested, not a gap.
- Keferlebe (Kafr Lab), between the Turkish-backed factions' Basufan, Fafertin and Kabashin: the
  snapshot-inferred HTS answer of 19 Dec 2019 - 24 Jan 2020 and the army's of 17 Feb - 5 Mar 2020
  (a list that does not name it) are withdrawn: gaps.
- Al-Radda (3 Jun 2017): which of Rada Kabira and Raddat as-Saghir is meant stays unsettled.
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

AA_14 = "anadolu-2018-03-14-ghazawiyah-deir-mishmish"
AA_20 = "anadolu-2018-03-20-ayn-dara-basuta-burj-abdallah"
AA_23 = "anadolu-2018-03-23-fafertin-kabashin"
BALADI_13 = "baladi_news-2019-10-13-mabrouka-power-station"
BALADI_14 = "baladi_news-2019-10-14-salihiyah-mabrouka-station"
SOHR_22 = "sohr-2019-10-22-salihiyah-night-clashes"
SOUTH_OF_AFRIN = ("ayn_dara", "basouta", "burj_abdullah")
FAFERTIN_KABASHIN = ("fafertine", "kabashin")


def test_the_review_sources_are_registered():
    assert_source_file_registered("2016-2019-rev13.toml")


def test_the_review_sources_have_publishers():
    assert_registered_with_publisher([AA_14, AA_20, AA_23, BALADI_13, BALADI_14, SOHR_22])


# --- Afrin: the villages south of the city, taken after 18 Mar 2018 ----------------------------
@pytest.mark.parametrize("locality", SOUTH_OF_AFRIN)
@pytest.mark.parametrize("day", [date(2018, 3, 18), date(2018, 3, 19)])
def test_the_villages_south_of_afrin_are_fought_over_until_20_march(atlas, locality, day):
    record = assert_checked_answer(atlas.control.history, locality, day, "sdf", "contested",
                                   ("sna", "turkey"), AA_20)  # fmt: skip
    assert "rev13" in record.note and "party claim" in record.note


@pytest.mark.parametrize("locality", SOUTH_OF_AFRIN)
@pytest.mark.parametrize("day", [date(2018, 3, 20), date(2021, 1, 1), date(2024, 11, 26)])
def test_the_villages_south_of_afrin_are_the_factions_from_20_march(atlas, locality, day):
    assert_checked_answer(atlas.control.history, locality, day, "sna", "held", (), AA_20)


@pytest.mark.parametrize("locality", SOUTH_OF_AFRIN)
def test_the_canton_held_them_before_olive_branch(atlas, locality):
    assert atlas.control.history.state_of(locality, date(2017, 6, 1)).controller == "sdf"


@pytest.mark.parametrize("locality", FAFERTIN_KABASHIN)
@pytest.mark.parametrize("day", [date(2018, 3, 18), date(2018, 3, 22)])
def test_fafertin_and_kabashin_are_fought_over_until_23_march(atlas, locality, day):
    assert_checked_answer(atlas.control.history, locality, day, "sdf", "contested",
                          ("sna", "turkey"), AA_23)  # fmt: skip


@pytest.mark.parametrize("locality", FAFERTIN_KABASHIN)
@pytest.mark.parametrize("day", [date(2018, 3, 23), date(2019, 1, 10), date(2019, 7, 22)])
def test_fafertin_and_kabashin_are_the_factions_from_23_march(atlas, locality, day):
    record = assert_checked_answer(atlas.control.history, locality, day, "sna", "held", (),
                                   AA_23)  # fmt: skip
    assert "continuity inferred" in record.note


@pytest.mark.parametrize("locality", FAFERTIN_KABASHIN)
def test_before_olive_branch_reached_them_they_stay_gaps(atlas, locality):
    assert_stored_gap(atlas, locality, date(2018, 3, 17))


def test_kabashins_autumn_2019_snapshot_weeks_stay_a_gap(atlas):
    assert_stored_gap(atlas, "kabashin", date(2019, 10, 23))
    assert_stored_gap(atlas, "kabashin", date(2019, 12, 18))


def test_ghazawiyah_is_the_factions_from_14_march(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "ghazawiyah", date(2018, 3, 13), "sdf", "contested",
                          ("sna", "turkey"), AA_14)  # fmt: skip
    assert_checked_answer(history, "ghazawiyah", date(2018, 3, 14), "sna", "held", (), AA_14)


def test_kimar_and_barad_keep_the_21_march_answer(atlas):
    history = atlas.control.history
    assert history.state_of("kimare", date(2018, 3, 20)).status == "contested"
    assert history.state_of("barad", date(2018, 3, 21)).controller == "sna"


# --- Peace Spring: the Mabrouka power station and al-Salihiyah, Oct 2019 ------------------------
@pytest.mark.parametrize("day", [date(2019, 10, 13), date(2019, 10, 22)])
def test_the_mabrouka_power_station_is_contested_after_the_sna_claim(atlas, day):
    record = assert_checked_answer(atlas.control.history, "mabroukah_electrical_substation", day,
                                   "sna", "contested", ("sdf",), BALADI_13)  # fmt: skip
    assert BALADI_14 in record.sources and "rev13" in record.note


@pytest.mark.parametrize("day", [date(2019, 10, 14), date(2019, 10, 21)])
def test_al_salihiyah_is_contested_from_the_claim_to_the_night_clashes(atlas, day):
    record = assert_checked_answer(atlas.control.history, "al_salihiyah_ras_al_ayn", day, "sna",
                                   "contested", ("sdf",), BALADI_14)  # fmt: skip
    assert SOHR_22 in record.sources and "not certain" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [("mabroukah_electrical_substation", date(2019, 10, 12)),
     ("al_salihiyah_ras_al_ayn", date(2019, 10, 13))],
)  # fmt: skip
def test_the_days_before_the_claims_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


@pytest.mark.parametrize(
    ("locality", "controller"),
    # h-ne20: SOHR has the factions at the Mabrouka station into December 2019 (records' answer)
    [("mabroukah_electrical_substation", "sna"), ("al_salihiyah_ras_al_ayn", "sdf")],
)
def test_the_snapshot_keeps_them_sdf_side_from_23_october(atlas, locality, controller):
    assert atlas.control.history.state_of(locality, date(2019, 10, 23)).controller == controller


# --- Keferlebe and Baziher after Oct 2019 ------------------------------------------------------
@pytest.mark.parametrize("day", [date(2019, 12, 19), date(2020, 1, 24), date(2020, 2, 17),
                                 date(2020, 3, 5)])  # fmt: skip
def test_keferlebes_inferred_hts_and_army_answers_are_withdrawn(atlas, day):
    assert_stored_gap(atlas, "keferlebe", day)


def test_keferlebes_withdrawal_names_its_neighbours(atlas):
    record = atlas.control.history.record_on("keferlebe", date(2020, 2, 20))
    assert "rev13" in record.note and "north_press-2020-03-sherawa-villages-shelled" in (
        record.sources
    )


def test_baziher_keeps_the_daily_batchs_answers(atlas):
    history = atlas.control.history
    assert history.state_of("baziher", date(2020, 1, 10)).controller == "hts"
    assert history.state_of("baziher", date(2020, 2, 20)).controller == "government"
