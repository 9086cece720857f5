"""Review rev14 (issue #15): existing answers that dated sources contradict, corrected where the
sources settle them (hand rows of records/2016-2024.csv; the rules `euph_deir_kubar` and
`rev14_raqqa_districts_by_24_jul`; sources/2016-2019-rev14.toml): the holder a user sees on the
days the reports date, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

SMART_9_MAR = "smart-2017-03-09-manbij-council-five-villages"
STEP_26_SEP = "step-2017-09-26-kubar"
DEIREZZOR24_3_OCT = "deirezzor24-2017-10-03-kasra"
HORRYA_17_NOV = "hurriya_press-2017-11-17-tayyana-shinan"
SOHR_DHIBAN = "sohr-2017-11-dhiban-taken"
SOHR_49_DAYS = "sohr-2017-07-raqqa-49-days"

WEST_OF_MANBIJ = ("kurhyuk", "qurt_wiran", "bughaz")


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2019-rev14.toml")


@pytest.mark.parametrize("locality", WEST_OF_MANBIJ)
def test_the_villages_west_of_manbij_went_to_the_army_not_the_factions(atlas, locality):
    """The Manbij Military Council held them until its border guards' handover of 9 Mar 2017
    (SMART, the council's claim); the factions' hold is only the autumn-2019 snapshot's."""
    history = atlas.control.history
    before = assert_checked_answer(history, locality, date(2017, 3, 5), "sdf", "held", (),
                                   SMART_9_MAR)  # fmt: skip
    assert "party claim" in before.note
    assert_checked_answer(history, locality, date(2017, 3, 9), "government", "held", (),
                          SMART_9_MAR)  # fmt: skip
    assert_stored_gap(atlas, locality, date(2017, 3, 10))
    assert_stored_gap(atlas, locality, date(2019, 10, 22))
    # a gap to the council's statement of 27 Sep 2021: Qurt Wiran since h-rev35 (h-rev20 had
    # carried the council's answer back to 23 Oct 2019), Kurhyuk and al-Bughaz since h-rev40
    # (they were the snapshots' factions'; tests/test_control_rev35.py, test_control_rev40.py)
    assert history.state_of(locality, date(2019, 10, 23)).controller == "unknown"


def test_al_kubar_fell_in_the_jazira_storm_not_in_march(atlas):
    assert_region_answer(atlas, "al_kubar", date(2017, 9, 15), "isis")
    history = atlas.control.history
    fought = assert_checked_answer(history, "al_kubar", date(2017, 9, 28), "sdf", "contested",
                                   ("isis",), STEP_26_SEP)  # fmt: skip
    assert DEIREZZOR24_3_OCT in fought.sources and "ypg-2017-09-28-suwar" in fought.sources
    record = assert_region_answer(atlas, "al_kubar", date(2017, 10, 3), "sdf")
    assert DEIREZZOR24_3_OCT in record.sources


@pytest.mark.parametrize(
    ("locality", "is_until", "sdf_from", "source"),
    [
        ("muqman", date(2017, 2, 19), date(2017, 2, 22), "smart-2017-02-22-jarwan"),
        ("bir_adman", date(2017, 2, 14), date(2017, 2, 24),
         "enab_baladi-2017-02-24-sdf-north-deir-villages"),
        ("bir_hussein_al_amo", date(2017, 3, 4), date(2017, 3, 5), "smart-2017-03-06-road-cut"),
    ],
)  # fmt: skip
def test_the_north_western_desert_villages_were_the_sdfs_from_early_2017(
    atlas, locality, is_until, sdf_from, source
):
    history = atlas.control.history
    assert history.state_of(locality, is_until).controller == "isis"
    assert_checked_answer(history, locality, sdf_from, "sdf", "held", (), source)
    assert_checked_answer(history, locality, date(2017, 6, 1), "sdf", "held", (), source)


def test_the_gaps_before_the_first_sdf_report_stay(atlas):
    assert_stored_gap(atlas, "muqman", date(2017, 2, 20))
    assert_stored_gap(atlas, "bir_adman", date(2017, 2, 20))


def test_dhiban_army_is_and_the_sdf_on_the_days_reported(atlas):
    history = atlas.control.history
    assert history.state_of("diban", date(2017, 10, 1)).controller == "isis"
    assert_stored_gap(atlas, "diban", date(2017, 10, 18))
    assert_checked_answer(history, "diban", date(2017, 10, 22), "government", "contested",
                          ("isis",), SOHR_DHIBAN)  # fmt: skip
    assert_checked_answer(history, "diban", date(2017, 11, 1), "isis", "held", (), HORRYA_17_NOV)
    assert_checked_answer(history, "diban", date(2017, 11, 16), "sdf", "contested", ("isis",),
                          HORRYA_17_NOV)  # fmt: skip
    assert_checked_answer(history, "diban", date(2017, 12, 1), "sdf", "held", (), HORRYA_17_NOV)
    # the 2018 gap is answered (the SDF's, region-level) since the review h-rev40
    assert history.state_of("diban", date(2018, 6, 1)).controller == "sdf"


@pytest.mark.parametrize("locality", ["al_qadisiyyah_district", "yarmouk", "bitani_district"])
def test_raqqa_districts_sohr_lists_as_fully_held_by_the_49th_day(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2017, 8, 1), "sdf")
    assert SOHR_49_DAYS in record.sources and record.status == "held"
    fought = atlas.control.history.record_on(locality, date(2017, 7, 1))
    assert fought.status == "contested" and fought.controller == "isis"


def test_peace_spring_tal_abyad_crossing_and_ain_al_arous(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "tell_abiad_border_crossing", date(2019, 10, 12), "sdf",
                          "contested", ("sna",), None)  # fmt: skip
    assert_checked_answer(history, "tell_abiad_border_crossing", date(2019, 10, 13), "sna",
                          "held", (), "afp-2019-10-13-tal-abyad")  # fmt: skip
    assert_checked_answer(history, "ain_al_arous", date(2019, 10, 13), "sdf", "contested",
                          ("sna",), None)  # fmt: skip
    record = assert_checked_answer(history, "ain_al_arous", date(2019, 10, 14), "sna", "held",
                                   (), "watan_fm-2019-10-14-ain-al-arous")  # fmt: skip
    assert "party claim" in record.note
    assert_checked_answer(history, "abu_qabr", date(2019, 10, 15), "sdf", "contested",
                          ("sna",), None)  # fmt: skip
