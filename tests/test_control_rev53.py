"""Review h-rev53 (issue #15): answers ``tools.control_outliers`` flags on the south Aleppo and
east / north Hama fronts.

1. The al-Hass plateau villages west of the Khanasir road (Abu Mousa, Burj al-Rumman, Huwair,
   Jubb al-A'maq, Rasm Amaysh: the rebels' and HTS's to 9 - 12 Jan 2018; al-Rashadiyah to 1 Nov
   2017) flagged against the army's road villages 2.6 - 4.4 km east: confirmed, not changed. No
   dated report has the army in any of them before Jan 2018; Huwair and Rasm Amaysh are named
   among the villages taken on 13 Jan 2018 (Step News, SMART), Burj al-Rumman by Tasnim (party
   claim); SMART's HTS commander (3 and 5 Nov 2017) puts the Nov 2017 fighting at al-Rashadiyah,
   Hajara, al-Huwaywi and Khirbat Huwaish, west of the road.
2. Taybat al-Imam (the factions' Nov - Dec 2016) next to the army's Maardes and Soran: confirmed
   (Kulluna Shuraka, 4 Nov 2016: a regime group mined trying to advance on the town, the
   factions shelling the regime's positions in Soran and Maardes).
3. Atshan and Umm Haratayn (the factions' Aug 2016 - Mar 2017) next to the army's Ma'an, Khafsin
   and al-Sha'tah: confirmed (Al-Masdar via PanARMENIAN.Net, 27 Dec 2017: every army attempt to
   retake Atshan failed); corrected: Umm Haratayn contested on 23 Sep 2017 (Ebaa via Step News),
   Atshan's Jan 2018 (the factions' counter-attack: contested 11, 12 and 14 Jan, the army's 13
   Jan, a stored gap 15 - 16 Jan, the army's from 17 Jan, continuity inferred)."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

ALL4SYRIA_4_NOV = "all4syria-2016-11-04-taybat-al-imam-mine"
STEP_23_SEP = "step_news-2017-09-23-umm-haratayn"
SHAAM_11_JAN = "shaam_news-2018-01-11-radd-al-tughyan-atshan"
SMART_12_JAN = "smart-2018-01-12-atshan-khuwayn"
SMART_12_JAN_ROOMS = "smart-2018-01-12-factions-retake-villages"
SMART_14_JAN = "smart-2018-01-14-atshan-retaken"
ENAB_16_JAN = "enab_baladi-2018-01-16-atshan-front-line"
PANARMENIAN_27_DEC = "panarmenian-2017-12-27-um-haryateen"
SANA_30_DEC = "sana-2017-12-30-atshan"
ENAB_27_DEC = "enab_baladi-2017-12-27-umm-haratayn"
ENAB_2015 = "enab_baladi-2015-11-06-atshan-umm-haratayn"
SOHR_2_NOV = "sohr-2017-11-02-khanasir-south-west-ar"
STEP_13_JAN = "step-2018-01-13-tal-al-daman"
TASNIM_13_JAN = "tasnim-2018-01-13-25-villages-south-aleppo"

NEW_SOURCES = (
    ALL4SYRIA_4_NOV, STEP_23_SEP, SHAAM_11_JAN, SMART_14_JAN, ENAB_16_JAN, PANARMENIAN_27_DEC,
)  # fmt: skip


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev53.toml")
    assert_registered_with_publisher((*NEW_SOURCES, SMART_12_JAN, SMART_12_JAN_ROOMS))


# --- 1. the al-Hass plateau villages, kept ------------------------------------------------------
@pytest.mark.parametrize(
    ("locality", "last_day", "next_day"),
    [
        ("abu_mousa", date(2018, 1, 9), date(2018, 1, 15)),
        ("jubb_al_amaq", date(2018, 1, 9), date(2018, 1, 15)),
        ("burj_al_rumman", date(2018, 1, 11), date(2018, 1, 13)),
        ("huwair", date(2018, 1, 12), date(2018, 1, 13)),
        ("rasm_amaysh", date(2018, 1, 12), date(2018, 1, 13)),
    ],
)
def test_plateau_villages_are_the_rebels_and_htss_through_the_army_advance(
    atlas, locality, last_day, next_day
):
    history = atlas.control.history
    for day in (date(2017, 7, 1), date(2017, 11, 2), date(2017, 12, 15), last_day):
        state = history.state_of(locality, day)
        assert (state.controller, state.with_parties) == ("opposition", ("hts",)), (locality, day)
        assert SOHR_2_NOV in history.record_on(locality, day).sources
    assert history.state_of(locality, next_day).controller == "government", locality


def test_plateau_villages_named_on_13_january_2018(atlas):
    history = atlas.control.history
    for locality in ("huwair", "rasm_amaysh"):
        assert STEP_13_JAN in history.record_on(locality, date(2018, 1, 13)).sources
    assert TASNIM_13_JAN in history.record_on("burj_al_rumman", date(2018, 1, 13)).sources
    for locality in ("abu_mousa", "jubb_al_amaq"):
        assert_stored_gap(atlas, locality, date(2018, 1, 10))


def test_rashadiyah_kept(atlas):
    history = atlas.control.history
    state = history.state_of("rashadiyah", date(2017, 11, 1))
    assert (state.controller, state.with_parties) == ("opposition", ("hts",))
    assert history.state_of("rashadiyah", date(2017, 11, 2)).controller == "government"
    assert history.state_of("rashadiyah", date(2017, 11, 4)).controller == "hts"
    assert_stored_gap(atlas, "rashadiyah", date(2017, 12, 15))
    assert history.state_of("rashadiyah", date(2018, 2, 9)).controller == "government"


def test_road_neighbours_unchanged(atlas):
    history = atlas.control.history
    for locality in ("khanasir", "habs", "rasm_al_aysh", "jukha", "al_kara", "al_qurbatiya"):
        assert history.state_of(locality, date(2017, 9, 1)).controller == "government", locality


# --- 2. Taybat al-Imam, Nov 2016 --------------------------------------------------------------
def test_taybat_al_imam_is_the_factions_in_november_2016(atlas):
    history = atlas.control.history
    for day in (date(2016, 11, 3), date(2016, 12, 1)):
        record = assert_checked_answer(history, "taybat_al_imam", day, "opposition", "held", (),
                                       ALL4SYRIA_4_NOV)  # fmt: skip
        assert "Kulluna Shuraka" in record.note
    for locality in ("suran_hama", "maardis"):
        assert history.state_of(locality, date(2016, 11, 3)).controller == "government"
    assert history.state_of("taybat_al_imam", date(2017, 1, 1)).controller == "opposition"
    assert history.state_of("taybat_al_imam", date(2017, 4, 23)).controller == "government"


# --- 3. Atshan and Umm Haratayn -------------------------------------------------------------
@pytest.mark.parametrize("locality", ["atshan", "umm_haratayn"])
def test_the_factions_hold_2016_to_2017_with_the_government_sides_account(atlas, locality):
    history = atlas.control.history
    for day in (date(2016, 8, 1), date(2016, 11, 1), date(2017, 3, 1)):
        record = assert_region_answer(atlas, locality, day, "opposition")
        assert {ENAB_2015, PANARMENIAN_27_DEC} <= set(record.sources)
        assert "continuity inferred" in record.note and "party claim" in record.note
        assert history.state_of(locality, day).status == "held"


def test_umm_haratayn_fought_over_on_23_september_2017(atlas):
    history = atlas.control.history
    assert history.state_of("umm_haratayn", date(2017, 9, 22)).status == "held"
    assert_checked_answer(history, "umm_haratayn", date(2017, 9, 23), "opposition", "contested",
                          ("government", "hts"), STEP_23_SEP)  # fmt: skip
    record = assert_checked_answer(history, "umm_haratayn", date(2017, 9, 24), "opposition",
                                   "held", (), STEP_23_SEP)  # fmt: skip
    assert "continuity inferred" in record.note
    assert history.state_of("umm_haratayn", date(2017, 12, 26)).controller == "opposition"
    assert_checked_answer(history, "umm_haratayn", date(2017, 12, 27), "government", "contested",
                          ("opposition",), ENAB_27_DEC)  # fmt: skip


def test_atshan_in_the_factions_counter_attack_of_january_2018(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "atshan", date(2017, 12, 29), "opposition", "held", (), None)
    for day in (date(2017, 12, 30), date(2018, 1, 10)):
        record = assert_checked_answer(history, "atshan", day, "government", "held", (),
                                       SANA_30_DEC)  # fmt: skip
        assert "party claim" in record.note
    assert_checked_answer(history, "atshan", date(2018, 1, 11), "opposition", "contested",
                          ("government",), SHAAM_11_JAN)  # fmt: skip
    assert_checked_answer(history, "atshan", date(2018, 1, 12), "government", "contested",
                          ("opposition",), SMART_12_JAN)  # fmt: skip
    record = assert_checked_answer(history, "atshan", date(2018, 1, 13), "government", "held", (),
                                   SMART_14_JAN)  # fmt: skip
    assert "continuity inferred" in record.note
    assert_checked_answer(history, "atshan", date(2018, 1, 14), "opposition", "contested",
                          ("government",), SMART_14_JAN)  # fmt: skip
    for day in (date(2018, 1, 15), date(2018, 1, 16)):
        assert_stored_gap(atlas, "atshan", day)
    for day in (date(2018, 1, 17), date(2018, 5, 15)):
        record = assert_checked_answer(history, "atshan", day, "government", "held", (),
                                       ENAB_16_JAN)  # fmt: skip
        assert "continuity inferred" in record.note
