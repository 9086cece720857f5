"""Review h-rev6 (issue #15): existing answers flagged as doubtful.

- Sfira Tahtani and Sfira Fawqani lie on the north (Jazira) bank west of Deir ez-Zor, where the
  SDF came down the river in Oct 2017 (Step News, 9 Oct) and claimed 'the villages of Sfira and
  Shakra' that month (its site; party claim); the army's foothold east of the river was seven
  other villages (Baladi News 2022; North Press). The batch had the government from 19 Nov 2017.
- Basufan was the Autonomous Administration's (YPG) village on the seam line until Olive Branch
  and Faylaq al-Sham's from 18 Mar 2018 (Afrin Post); Kabashin and Fafertin showed the rebels/HTS
  from the autumn-2019 snapshot's Idlib zone only: no dated source, stored gaps.
- Yeni Yaban and Qarah Kubri were drawn the Turkish-backed factions' from the 4 Sep 2016
  statement on the border strip, which Jakkah (IS-held on 18 Sep, 3 - 4 km away) contradicts: a
  gap until the Dabiq front answers them from 17 Oct 2016.
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

SDF_OCTOBER = "sdf_command-2017-10-deir-western-countryside"
BALADI_2022 = "baladi_news-2022-01-15-azba-right-of-return"
NORTH_PRESS_SEVEN = "north_press-seven-villages-azba-protest"
AFRIN_POST_BASUFAN = "afrin_post-2020-07-basoufan-yazidi-village"
YPJ_2017 = "ypj-2017-07-27-bombings-afrin-shehba"
YEKITI = "yekiti-afrin-under-occupation-187-basoufan"
SFIRA = ("safirah_tahtani", "safirah_fawqani")
NORTH_ALEPPO = ("yeni_yaban", "qarah_kubri")


def test_the_review_sources_are_registered():
    assert_source_file_registered("2016-2024-rev6.toml")


def test_the_review_sources_have_publishers():
    assert_registered_with_publisher([SDF_OCTOBER, BALADI_2022, NORTH_PRESS_SEVEN,
                                      AFRIN_POST_BASUFAN, YPJ_2017, YEKITI])  # fmt: skip


# --- 1. Sfira ------------------------------------------------------------------------------
@pytest.mark.parametrize("locality", SFIRA)
@pytest.mark.parametrize(
    "day",
    [
        date(2017, 11, 1),  # the SDF's October claim, at the latest
        date(2017, 11, 19),  # was the government's from Albu Kamal's retaking
        date(2019, 11, 15),  # the autumn-2019 snapshot's government zone overruled
        date(2022, 1, 15),  # Baladi News: a few villages east of the river the army's
        date(2024, 11, 26),
    ],
)
def test_sfira_is_the_sdfs_after_october_2017(atlas, locality, day):
    record = assert_checked_answer(atlas.control.history, locality, day, "sdf", "held", (),
                                   SDF_OCTOBER)  # fmt: skip
    assert BALADI_2022 in record.sources and NORTH_PRESS_SEVEN in record.sources
    assert "party claim" in record.note and "continuity inferred" in record.note
    assert "rev6" in record.note


@pytest.mark.parametrize("locality", SFIRA)
def test_october_2017_is_a_gap_after_the_fighting(atlas, locality):
    assert_stored_gap(atlas, locality, date(2017, 10, 20))
    assert_stored_gap(atlas, locality, date(2017, 10, 31))


def test_sfira_tahtani_keeps_the_fighting_of_9_october(atlas):
    state = atlas.control.history.state_of("safirah_tahtani", date(2017, 10, 9))
    assert state.controller == "isis" and state.status == "contested"


# --- 2. Basufan, Kabashin, Fafertin ----------------------------------------------------------
@pytest.mark.parametrize(
    "day", [date(2016, 8, 1), date(2017, 7, 26), date(2017, 12, 1), date(2018, 3, 17)]
)
def test_basufan_was_the_afrin_cantons_before_olive_branch_took_it(atlas, day):
    history = atlas.control.history
    record = history.record_on("basufan", day)
    assert history.state_of("basufan", day).controller == "sdf", record
    assert YPJ_2017 in record.sources and AFRIN_POST_BASUFAN in record.sources
    assert "party media" in record.note and "rev6" in record.note


@pytest.mark.parametrize(
    "day",
    [date(2018, 3, 18), date(2019, 1, 10), date(2019, 11, 15), date(2020, 1, 10)],
)
def test_basufan_is_the_sham_legions_from_18_march_2018(atlas, day):
    history = atlas.control.history
    record = history.record_on("basufan", day)
    assert history.state_of("basufan", day).controller == "sna", record
    assert AFRIN_POST_BASUFAN in record.sources and "rev6" in record.note


@pytest.mark.parametrize("locality", ("kabashin", "fafertine"))
# 17 Mar 2018, not 1 Jun 2018: Anadolu dates their capture to 23 Mar 2018 (review h-rev13)
@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2017, 9, 1), date(2018, 3, 17)])
def test_kabashin_and_fafertin_are_stored_gaps_before_a_dated_report(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)
    record = atlas.control.history.record_on(locality, day)
    assert "rev6" in record.note and "no dated source" in record.note


def test_kabashins_autumn_2019_snapshot_answer_is_withdrawn_too(atlas):
    assert_stored_gap(atlas, "kabashin", date(2019, 11, 15))


def test_their_later_sourced_answers_stay(atlas):
    history = atlas.control.history
    assert history.state_of("fafertine", date(2019, 7, 23)).controller == "sna"
    assert history.state_of("kabashin", date(2020, 3, 6)).controller == "sna"
    # h-rev17: 21 Jun - 31 Dec 2022 is a gap after HTS's entry of 20 Jun 2022
    assert history.state_of("basufan", date(2023, 1, 15)).controller == "sna"


# --- 4. Yeni Yaban, Qarah Kubri --------------------------------------------------------------
@pytest.mark.parametrize("locality", NORTH_ALEPPO)
@pytest.mark.parametrize("day", [date(2016, 9, 4), date(2016, 9, 18), date(2016, 10, 16)])
def test_yeni_yaban_and_qarah_kubri_are_a_gap_until_the_dabiq_front(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)
    assert "h-rev6" in atlas.control.history.record_on(locality, day).note


@pytest.mark.parametrize("locality", NORTH_ALEPPO)
def test_from_the_dabiq_front_they_are_the_turkish_backed_factions(atlas, locality):
    history = atlas.control.history
    record = history.record_on(locality, date(2016, 10, 17))
    assert history.state_of(locality, date(2016, 10, 17)).controller == "sna"
    assert "bab_azaz_dabiq" in record.note
    assert history.state_of(locality, date(2017, 3, 3)).controller == "sna"
