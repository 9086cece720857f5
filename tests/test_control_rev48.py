"""Review rev48 (issue #15): leads earlier reviews left on the Tell Rifaat pocket's north-east
edge and the Euphrates Shield line. Tuways the factions' 24 Oct 2016 - 30 Jun 2017 (Syrian
Mirror; the YPJ's list of 30 Jun 2017, a party claim; continuity inferred: module
tools/regions_2016_2018_rules_rev48.py); Tall Malid contested on 30 Jun 2017 (the pocket's rows
against the YPJ's list naming 'Til Malid') and a gap naming both from 1 Jul 2017 to Oct 2019
(hand rows tagged [rev48]); Tel Tana, al-Barouza, Qaramil, Tal Jijan and Ahras unchanged."""

from __future__ import annotations

from datetime import date

from control_answers import assert_checked_answer, assert_stored_gap

YPJ_JUN_2017 = "ypj-2017-06-30-shahba-villages-vacate"
MIRROR_OCT_2016 = "syrian_mirror-2016-10-24-villages-north-aleppo"
ALEPPO24_OCT_2016 = "aleppo24-2016-10-19-is-leaves-infantry-school-villages"


def test_tuways_the_factions_between_the_two_reports(atlas):
    history = atlas.control.history
    assert_stored_gap(atlas, "tuways", date(2016, 10, 23))
    for day in (date(2016, 10, 24), date(2017, 1, 15), date(2017, 6, 30)):
        record = assert_checked_answer(history, "tuways", day, "sna", "held", (), YPJ_JUN_2017)
        assert MIRROR_OCT_2016 in record.sources
        assert "[rev48]" in record.note and "continuity inferred" in record.note
        assert "party claim" in record.note
    # after the list and before the autumn-2019 snapshot: still a gap
    for day in (date(2017, 7, 1), date(2018, 6, 1), date(2019, 10, 22)):
        assert_stored_gap(atlas, "tuways", day)
    # rev45's gap of the snapshot periods is untouched
    for day in (date(2019, 10, 23), date(2021, 1, 1)):
        assert_stored_gap(atlas, "tuways", day)
        assert "[rev45]" in history.record_on("tuways", day).note


def test_tall_malid_contested_on_the_ypj_list_then_a_gap(atlas):
    history = atlas.control.history
    assert_stored_gap(atlas, "tall_malid", date(2016, 10, 18))
    for day in (date(2016, 10, 19), date(2017, 6, 29)):
        assert_checked_answer(history, "tall_malid", day, "sdf", "shared", ("government",),
                              ALEPPO24_OCT_2016)  # fmt: skip
    record = assert_checked_answer(history, "tall_malid", date(2017, 6, 30), "sdf", "contested",
                                   ("sna",), YPJ_JUN_2017)  # fmt: skip
    assert "[rev48]" in record.note and "Til Malid" in record.note
    for day in (date(2017, 7, 1), date(2018, 6, 1), date(2019, 10, 22)):
        assert_stored_gap(atlas, "tall_malid", day)
        record = history.record_on("tall_malid", day)
        assert "[rev48]" in record.note and YPJ_JUN_2017 in record.sources
    # the snapshot periods: a gap naming both, then the factions' from 12 Apr 2024 (h-rev51)
    assert_stored_gap(atlas, "tall_malid", date(2019, 10, 23))
    assert "[rev51]" in history.record_on("tall_malid", date(2023, 1, 1)).note
    assert history.state_of("tall_malid", date(2024, 4, 12)).controller == "sna"


def test_the_other_leads_unchanged(atlas):
    history = atlas.control.history
    # Tel Tana and al-Barouza: the factions' from 3 Mar 2017 (the YPJ's list agrees);
    # Tel Tana's gap of 13 Nov 2016 - 2 Mar 2017 stays (no report of those weeks)
    for locality in ("tel_tana", "barouza"):
        for day in (date(2017, 3, 3), date(2017, 6, 30), date(2021, 1, 1)):
            assert history.state_of(locality, day).controller == "sna"
    assert_stored_gap(atlas, "tel_tana", date(2016, 12, 1))
    assert history.state_of("barouza", date(2016, 12, 1)).controller == "sna"
    # Qaramil, Tal Jijan and Ahras keep the snapshots' government answer
    for locality in ("ahras", "qaramil", "tal_jijan"):
        for day in (date(2019, 11, 1), date(2021, 6, 1), date(2023, 6, 1)):
            assert history.state_of(locality, day).controller == "government"
