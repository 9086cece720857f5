"""The gaps Euphrates Shield's strip still left, answered from dated reports (issue #15,
h-shield4: tools/regions_2016_2018_rules_shield4.py, sources/2016-2019-shield4.toml): al-Rai's
grain silos in the rebels' battle for the town of 15 - 17 Aug 2016 (Enab Baladi, Watan FM, Radio
Rozana); the holder a user sees on the days the reports bound, and the days they leave open, which
stay gaps."""

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

SILOS = "al_rai_grain_silo"
ENAB_15_AUG = "enab_baladi-2016-08-15-al-rai-silos"
ROZANA_17_AUG = "rozana-2016-08-17-al-rai-retaken"
WATAN_17_AUG = "watan_fm-2016-08-17-al-rai-taken"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # al-Rai's silos: IS until the factions' attack of 15 Aug, the rebels' from 17 Aug
        (SILOS, date(2016, 8, 1), "isis", WATAN_17_AUG),
        (SILOS, date(2016, 8, 14), "isis", ENAB_15_AUG),
        (SILOS, date(2016, 8, 17), "opposition", ROZANA_17_AUG),
        (SILOS, date(2016, 9, 2), "opposition", WATAN_17_AUG),
        (SILOS, date(2016, 9, 3), "sna", "reuters-2016-09-03-al-rai-villages"),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "shield4_" in record.note


def test_the_battle_for_the_silos_is_fought_over(atlas):
    """Enab Baladi: the factions took the silos on Monday 15 Aug; Radio Rozana: taken again on
    Tuesday 16 Aug, IS counter-attacking that evening; IS back in part of al-Rai on 27 Aug."""
    history = atlas.control.history
    for day in (date(2016, 8, 15), date(2016, 8, 16)):
        assert_checked_answer(history, SILOS, day, "opposition", "contested", ("isis",),
                              ENAB_15_AUG)  # fmt: skip
    assert_checked_answer(history, SILOS, date(2016, 8, 27), "opposition", "contested",
                          ("isis",), "enab_baladi-2016-08-27-west-of-jarablus")  # fmt: skip


def test_party_side_reports_and_inferred_days_are_marked(atlas):
    history = atlas.control.history
    assert "party-side" in history.record_on(SILOS, date(2016, 8, 15)).note
    assert "continuity inferred" in history.record_on(SILOS, date(2016, 8, 20)).note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the border villages between Azaz and al-Rai before 4 Sep: no dated report read
        ("dudiyan", date(2016, 8, 20)),
        ("harjalah", date(2016, 8, 10)),
        # west of Jarablus before Euphrates Shield reached them
        ("yaqubiyah", date(2016, 8, 30)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_later_days_are_the_earlier_rules(atlas):
    # from 4 Sep the border-strip rule answers the silos, as before
    record = atlas.control.history.record_on(SILOS, date(2016, 9, 4))
    assert record.sources and "shield4_" not in record.note


def test_sources_are_registered(atlas):
    assert_source_file_registered("2016-2019-shield4.toml")
    assert_registered_with_publisher(sources_cited_by(atlas, "> shield4_"))
