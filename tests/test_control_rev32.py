"""Review h-rev32 (issue #15): the front south-west of Aleppo and Masasneh (north Hama), answers
`tools.control_outliers` flagged as at odds with all their named neighbours.

1. Al-Qarassi and al-Huwayz (the Khan Tuman front, west of 37.1 E): the fill's government answer
   of 9 Feb 2018 - 29 Apr 2019 (dated from the end of the pocket 30 - 50 km south-east) and the
   continuity of 30 Apr - 22 Oct 2019 are now stored gaps; the autumn-2019 snapshot is unchanged.
2. Al-Hader: kept the army's (Reuters, 12 Nov 2015), now also citing Syrian Mirror's 23 Oct 2016
   report of the army stationed in al-Hader shelling al-Eis; al-Eis kept the rebels'.
3. Confirmed and unchanged: the Army Missiles Brigade (23 Oct 2016), al-Waddihi (Jebel Azzan),
   Tal Mamou (3 Feb 2018), Masasneh (24 Apr 2017, SANA/Tasnim; 27 Dec 2018, SMART), which now
   also cites Syria TV's 8 Dec 2018 report of the army's positions in al-Masasneh."""

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

ENAB_QARASSI = "enab_baladi-2016-06-09-qarassi"
MIRROR_23_OCT = "syrian_mirror-2016-10-23-air-defence-battalion"
SYRIA_TV = "syria_tv-2018-12-08-masasneh-positions"


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev32.toml")
    assert_registered_with_publisher([SYRIA_TV, MIRROR_23_OCT, ENAB_QARASSI])


def test_masasneh_the_armys_with_syria_tv(atlas):
    history = atlas.control.history
    for day in (date(2017, 4, 24), date(2018, 12, 8), date(2018, 12, 26)):
        assert_checked_answer(history, "masasneh", day, "government", "held", (), SYRIA_TV)
    assert history.state_of("masasneh", date(2017, 4, 23)).controller == "opposition"
    assert history.state_of("masasneh", date(2018, 12, 27)).controller == "government"


@pytest.mark.parametrize("locality", ["al_qarassi", "al_huwayz"])
def test_qarassi_and_huwayz_gaps_until_the_autumn_2019_snapshot(atlas, locality):
    history = atlas.control.history
    for day in (date(2018, 2, 8), date(2018, 2, 9), date(2018, 6, 1), date(2019, 4, 29),
                date(2019, 4, 30), date(2019, 10, 22)):  # fmt: skip
        assert_stored_gap(atlas, locality, day)
        assert ENAB_QARASSI in history.record_on(locality, day).sources
    fill = history.record_on(locality, date(2018, 6, 1))
    assert "h-rev32" in fill.note
    # the autumn-2019 snapshot still draws them government
    assert history.state_of(locality, date(2019, 10, 23)).controller == "government"


def test_qarassi_before_the_push_unchanged(atlas):
    record = assert_region_answer(atlas, "al_qarassi", date(2016, 10, 22), "opposition")
    assert record.status == "shared" and "hts" in record.with_parties
    assert_stored_gap(atlas, "al_qarassi", date(2016, 10, 23))


def test_hader_the_armys_with_syrian_mirror(atlas):
    history = atlas.control.history
    for day in (date(2016, 8, 1), date(2016, 10, 23), date(2017, 6, 1), date(2018, 2, 8)):
        record = assert_checked_answer(history, "hader", day, "government", "held", (),
                                       MIRROR_23_OCT)  # fmt: skip
        assert "reuters-2015-11-12-al-hader" in record.sources
        assert "h-rev32" in record.note
    assert history.state_of("hader", date(2018, 2, 9)).controller == "government"
    # al-Eis, which the army in al-Hader shelled, stays the rebels'
    assert history.state_of("eis", date(2016, 10, 23)).controller == "opposition"


@pytest.mark.parametrize(
    ("locality", "day", "controller"),
    [
        ("army_missiles_brigade", date(2016, 10, 22), "opposition"),
        ("army_missiles_brigade", date(2016, 10, 23), "government"),
        ("army_missiles_brigade", date(2017, 6, 1), "government"),
        ("al_waddihi", date(2017, 6, 1), "government"),
        ("tal_mamou", date(2018, 2, 3), "government"),
        ("masasneh", date(2017, 4, 23), "opposition"),
        ("masasneh", date(2017, 4, 24), "government"),
        ("masasneh", date(2018, 12, 27), "government"),
        ("al_lataminah", date(2018, 6, 1), "hts"),
    ],
)
def test_confirmed_answers_kept(atlas, locality, day, controller):
    state = atlas.control.history.state_of(locality, day)
    assert state.controller == controller or controller in state.with_parties, (locality, day)
