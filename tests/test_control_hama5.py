"""The villages north of Hama in the rebel offensives of Aug - Oct 2016 and Mar - Apr 2017, and
Atshan and Umm Haratayn to Dec 2017, answered from Enab Baladi's dated Arabic reports (issue #15,
h-hama5: tools/regions_2016_2018_rules_hama5.py, sources/2016-2019-hama5.toml): the holder a user
sees on the days they bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

TAYBAT_30_AUG = "enab_baladi-2016-08-30-taybat-al-imam"
MAARDES_2_SEP = "enab_baladi-2016-09-02-maardes-counterattack"
KAWKAB_11_OCT = "enab_baladi-2016-10-11-kawkab-regained"
MAARDES_16_OCT = "enab_baladi-2016-10-16-maardes-front"
ARZAH_30_MAR = "enab_baladi-2017-03-30-arzah-regained"
KHATTAB_31_MAR = "enab_baladi-2017-03-31-khattab-regained"
MAARDES_3_APR = "enab_baladi-2017-04-03-maardes-retaken"
MAARDES_4_APR = "enab_baladi-2017-04-04-maardes-hts"
MAARDES_10_APR = "enab_baladi-2017-04-10-maardes-announced"
ATSHAN_2015 = "enab_baladi-2015-11-06-atshan-umm-haratayn"
UMM_HARATAYN_27_DEC = "enab_baladi-2017-12-27-umm-haratayn"
SANA_ATSHAN = "sana-2017-12-30-atshan"
SOHR_31_MAR = "sohr-2017-03-31-16-villages-regained"
BALIL_10_DEC = "enab_baladi-2017-12-10-balil"
SEP_2017 = "enab_baladi-2017-09-19-qasr-al-mukharam"


def test_taybat_al_imam_falls_on_the_evening_of_30_august_2016(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "taybat_al_imam", date(2016, 8, 29), "government", "held", (),
                          TAYBAT_30_AUG)  # fmt: skip
    assert_checked_answer(history, "taybat_al_imam", date(2016, 8, 30), "opposition",
                          "contested", ("government",), TAYBAT_30_AUG)  # fmt: skip
    record = assert_region_answer(atlas, "taybat_al_imam", date(2016, 11, 15), "opposition")
    assert TAYBAT_30_AUG in record.sources and "continuity inferred" in record.note
    # the earlier rule (rules_hama) still answers from 1 Jan 2017
    assert history.state_of("taybat_al_imam", date(2017, 2, 1)).controller == "opposition"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "status", "among", "source"),
    [
        ("maardis", date(2016, 8, 31), "government", "held", (), MAARDES_2_SEP),
        ("maardis", date(2016, 9, 1), "opposition", "held", (), MAARDES_2_SEP),
        ("maardis", date(2016, 10, 15), "opposition", "held", (), MAARDES_16_OCT),
        ("maardis", date(2016, 10, 16), "opposition", "contested", ("government",), MAARDES_16_OCT),
        ("kawkab", date(2016, 9, 10), "government", "held", (), KAWKAB_11_OCT),
        ("kawkab", date(2016, 9, 11), "opposition", "held", (), KAWKAB_11_OCT),
        ("kawkab", date(2016, 10, 11), "opposition", "contested", ("government",), KAWKAB_11_OCT),
        ("kawkab", date(2016, 10, 26), "opposition", "held", (), KAWKAB_11_OCT),
        ("iskandariyah", date(2016, 10, 16), "government", "contested", ("opposition",),
         MAARDES_16_OCT),
    ],
)  # fmt: skip
def test_the_2016_offensive_day_by_day(atlas, locality, day, controller, status, among, source):
    assert_checked_answer(atlas.control.history, locality, day, controller, status, among, source)


@pytest.mark.parametrize(
    ("locality", "day", "controller", "status", "among", "source"),
    [
        # taken 'in the period from 21 to 23 March' (the day not stored), lost 3 Apr, HTS back 4
        # Apr, the regime's claim of 10 Apr
        ("maardis", date(2017, 3, 24), "opposition", "shared", ("hts",), MAARDES_4_APR),
        ("maardis", date(2017, 4, 3), "government", "held", (), MAARDES_3_APR),
        ("maardis", date(2017, 4, 4), "opposition", "shared", ("hts",), MAARDES_4_APR),
        ("maardis", date(2017, 4, 10), "government", "contested", ("opposition", "hts"),
         MAARDES_10_APR),
        ("maardis", date(2017, 4, 12), "government", "held", (), MAARDES_10_APR),
        ("iskandariyah", date(2017, 4, 3), "government", "held", (), MAARDES_3_APR),
        ("kawkab", date(2017, 3, 30), "government", "held", (), ARZAH_30_MAR),
        ("arzah", date(2017, 3, 30), "government", "held", (), ARZAH_30_MAR),
        ("maarzaf", date(2017, 3, 29), "government", "held", (), ARZAH_30_MAR),
        ("kafr_amim", date(2017, 4, 22), "government", "held", (), ARZAH_30_MAR),
        ("shaizar", date(2017, 3, 30), "government", "held", (), ARZAH_30_MAR),
        ("zawr_bel_hsein", date(2017, 3, 30), "government", "held", (), SOHR_31_MAR),
        ("khirbet_al_hijama", date(2017, 3, 30), "government", "held", (), SOHR_31_MAR),
        ("iskandariyah", date(2017, 3, 31), "opposition", "held", (), SOHR_31_MAR),
        ("iskandariyah", date(2017, 4, 2), "opposition", "held", (), MAARDES_3_APR),
        ("balil", date(2017, 12, 10), "government", "held", (), BALIL_10_DEC),
        ("zuqhba", date(2017, 9, 18), "government", "held", (), SEP_2017),
        ("qasr_al_mukharam", date(2017, 9, 19), "opposition", "contested", ("government",),
         SEP_2017),
    ],
)  # fmt: skip
def test_the_2017_offensive_and_the_counter(atlas, locality, day, controller, status, among,
                                            source):  # fmt: skip
    assert_checked_answer(atlas.control.history, locality, day, controller, status, among, source)


def test_the_regimes_announcements_are_marked_party_claims(atlas):
    history = atlas.control.history
    assert "party claim" in history.record_on("maardis", date(2017, 4, 10)).note
    # 15 Jan 2018 became a stored gap in review h-rev53 (test_control_rev53): the day before the
    # factions' counter-attack of 11 Jan is checked instead
    assert "party claim" in history.record_on("atshan", date(2018, 1, 10)).note


def test_atshan_and_umm_haratayn_are_the_factions_until_december_2017(atlas):
    history = atlas.control.history
    for locality in ("atshan", "umm_haratayn"):
        record = assert_region_answer(atlas, locality, date(2016, 8, 1), "opposition")
        assert ATSHAN_2015 in record.sources and "continuity inferred" in record.note
    assert_checked_answer(history, "umm_haratayn", date(2017, 12, 27), "government", "contested",
                          ("opposition",), UMM_HARATAYN_27_DEC)  # fmt: skip
    assert_checked_answer(history, "atshan", date(2017, 12, 29), "opposition", "held", (),
                          UMM_HARATAYN_27_DEC)  # fmt: skip
    assert_checked_answer(history, "atshan", date(2017, 12, 30), "government", "held", (),
                          SANA_ATSHAN)  # fmt: skip


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the days between the reports' days the sources do not reach
        ("maardis", date(2016, 10, 20)),
        ("maardis", date(2017, 3, 22)),
        ("kawkab", date(2017, 3, 25)),
        ("iskandariyah", date(2016, 9, 15)),
        ("iskandariyah", date(2017, 4, 5)),
        ("iskandariyah", date(2017, 3, 30)),
        # (24 - 29 Mar 2017 are answered since by h-hama9: the offensive's first days stay open)
        ("khirbet_al_hijama", date(2017, 3, 23)),
        ("balil", date(2017, 12, 9)),
        ("balil", date(2017, 12, 11)),
        ("zuqhba", date(2017, 9, 20)),
        ("qasr_al_mukharam", date(2017, 9, 17)),
        ("arzah", date(2017, 1, 15)),
        # (21 - 28 Mar 2017 are answered since by h-hama9)
        ("maarzaf", date(2017, 3, 20)),
        # (5 Oct 2016 - 20 Mar 2017 are answered since by h-nhama2)
        ("shaizar", date(2016, 9, 15)),
        # (21 Mar - 15 Apr 2017 are answered since by h-hama9: the 2016 offensive stays open)
        ("maar_shahour", date(2016, 9, 25)),
        ("qubaybat_abu_al_huda", date(2017, 6, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-hama5.toml")
    cited = sources_cited_by(atlas, "> hama5_")
    assert {TAYBAT_30_AUG, MAARDES_2_SEP, KAWKAB_11_OCT, MAARDES_16_OCT, ARZAH_30_MAR,
            KHATTAB_31_MAR, MAARDES_3_APR, MAARDES_4_APR, MAARDES_10_APR, ATSHAN_2015,
            UMM_HARATAYN_27_DEC, SANA_ATSHAN, SOHR_31_MAR, BALIL_10_DEC,
            SEP_2017} <= cited  # fmt: skip
