"""Hasraya and Abu Raidh in Aug 2019 and Talaf to May 2018, answered from Arabic-language reports
(issue #15, h-ar2: tools/regions_2016_2018_rules_ar2.py, sources/2016-2019-ar2.toml): the holder a
user sees on the days SMART, Syria TV, Radio Rozana, Enab Baladi and SANA (via Enab Baladi) bound,
and the days they leave open, which stay gaps."""

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

SMART = "smart-2019-08-01-hasraya-withdrawal"
SYRIA_TV = "syria_tv-2019-08-02-hasraya-car-bomb"
SANA_VIA_ENAB = "enab_baladi-2019-08-07-zakah-arbaeen"


def test_the_push_of_1_august_2019_is_a_fought_over_day(atlas):
    """SMART: the regime took Hasraya and Abu Raidh on Thursday 1 Aug from the al-Fath al-Mubin
    factions and left Hasraya hours later; Syria TV: the factions retook its main points."""
    history = atlas.control.history
    hasraya = assert_checked_answer(history, "hasariyah", date(2019, 8, 1), "opposition",
                                    "contested", ("government",), SMART)  # fmt: skip
    assert SYRIA_TV in hasraya.sources
    assert_checked_answer(history, "abu_raidh", date(2019, 8, 1), "government", "contested",
                          ("opposition",), SMART)  # fmt: skip


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # the factions back in Hasraya from the evening of 1 Aug (Syria TV) to SANA's claim of
        # 'losses for the terrorists in Hasraya' on 7 Aug
        ("hasariyah", date(2019, 8, 2), "opposition", SYRIA_TV),
        ("hasariyah", date(2019, 8, 7), "opposition", SANA_VIA_ENAB),
        # Abu Raidh kept by the army from 1 Aug (SMART) to the 23 Aug takeover
        ("abu_raidh", date(2019, 8, 2), "government", SMART),
        ("abu_raidh", date(2019, 8, 22), "government", SANA_VIA_ENAB),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "continuity inferred" in record.note


def test_hts_shares_hasraya_and_sana_is_marked_a_party_claim(atlas):
    record = atlas.control.history.record_on("hasariyah", date(2019, 8, 5))
    assert record.status == "shared" and "hts" in record.with_parties
    assert "party claim" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # before 1 Aug 2019 no dated report found places either village
        ("hasariyah", date(2019, 7, 31)),
        ("abu_raidh", date(2019, 6, 1)),
        ("hasariyah", date(2017, 3, 25)),
        # the day the army took Hasraya after 7 Aug is not reported
        ("hasariyah", date(2019, 8, 8)),
        ("hasariyah", date(2019, 8, 22)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


@pytest.mark.parametrize(
    ("day", "source"),
    [
        (date(2016, 8, 1), "enab_baladi-2015-12-27-talaf-school"),
        (date(2017, 6, 4), "smart-2017-06-04-talaf-shelled"),
        (date(2017, 10, 4), "rozana-2017-10-05-talaf-aqrab-aid"),
        (date(2018, 5, 15), "xinhua-2018-05-16-homs-rebels-evacuated"),
    ],
)
def test_talaf_is_rebel_held_until_the_pocket_is_evacuated(atlas, day, source):
    """Talaf 'subject to the opposition's control' (Enab Baladi, 2015), shelled by the regime
    (SMART, Jun 2017), aid to 'towns subject to the control of opposition factions' (Radio
    Rozana, Oct 2017), to the pocket's evacuation of 16 May 2018 (Xinhua)."""
    record = assert_region_answer(atlas, "talaf", day, "opposition")
    assert source in record.sources and "continuity inferred" in record.note


def test_jidrin_is_the_regimes_loyalist_village_on_the_pockets_edge(atlas):
    """'Subject to the control of regime forces' when the factions hit its checkpoint on 13 Jul
    2016 (Al-Hal), to the pocket's evacuation (continuity inferred)."""
    for day in (date(2016, 8, 1), date(2017, 6, 1), date(2018, 5, 15)):
        record = assert_region_answer(atlas, "jidrin", day, "government")
        assert "al_hal-2016-07-13-jidrin-checkpoint" in record.sources
        assert "continuity inferred" in record.note


def test_talaf_is_government_once_the_pocket_is_gone(atlas):
    assert atlas.control.history.state_of("talaf", date(2018, 5, 16)).controller == "government"


def test_aqrab_is_in_the_rebel_pocket_not_the_government_masyaf_district(atlas):
    """The same two reports name Aqrab with Talaf: opposition to the pocket's evacuation (the fill
    batch's Masyaf-district answer had drawn it government), government after it."""
    history = atlas.control.history
    record = assert_checked_answer(history, "aqrab", date(2017, 10, 4), "opposition", "held", (),
                                   "rozana-2017-10-05-talaf-aqrab-aid")  # fmt: skip
    assert "enab_baladi-2015-12-27-talaf-school" in record.sources
    assert "continuity inferred" in record.note
    assert_checked_answer(history, "aqrab", date(2016, 8, 1), "opposition", "held", (), None)
    assert_checked_answer(history, "aqrab", date(2018, 5, 16), "government", "held", (),
                          "xinhua-2018-05-16-homs-rebels-evacuated")  # fmt: skip


def test_every_arabic_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-ar2.toml")
    cited = sources_cited_by(atlas, "> ar2_")
    assert {SMART, SYRIA_TV, SANA_VIA_ENAB, "rozana-2017-10-05-talaf-aqrab-aid"} <= cited
