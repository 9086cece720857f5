"""The south-east Idlib villages round Abu Dali, Oct 2017 - Jan 2018 and Apr - Oct 2019 (issue #15,
h-long: tools/regions_2016_2018_rules_long.py, sources/2016-2019-long.toml): al-Mushayrifa HTS's
from its attack of 6 Oct 2017 (Hurriya Press) to the army's claim of 28 Dec (al-Khabar TV);
al-Hamdaniyah HTS's from SOHR's list of late Oct; al-Hamdaniyah and Abu Omar the army's from
SANA's claim of 30 Dec to the factions' counter-attack of 11 Jan 2018; Abu Omar the army's again
from 15 Apr 2019 (Shaam News) to the autumn-2019 snapshot. The days the reports leave open stay
gaps."""

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

HURRIYA = "hurriya_press-2017-10-06-abu-dali-attack"
SPC = "syrian_press_center-2017-12-17-mushayrifa-axis"
KHABAR = "al_khabar_tv-2017-12-28-mushayrifa"
SANA = "sana-2017-12-30-atshan"
CGTN = "cgtn-2018-01-rebel-counter-offensive"
SHAAM = "shaam_news-2019-04-15-tamanah-shelled"


def test_hts_takes_al_mushayrifa_on_6_october_2017(atlas):
    """Hurriya Press: HTS took al-Tulaysiyah and al-Mushayrifa on Friday 6 Oct; loyalist sources:
    the army withdrew. A fought-over day."""
    assert_checked_answer(atlas.control.history, "el_mshayrfa", date(2017, 10, 6), "hts",
                          "contested", ("government",), HURRIYA)  # fmt: skip


@pytest.mark.parametrize(
    ("day", "source"),
    [
        (date(2017, 10, 7), HURRIYA),
        (date(2017, 12, 16), SPC),
        (date(2017, 12, 27), KHABAR),
    ],
)
def test_al_mushayrifa_is_hts_held_until_the_armys_push(atlas, day, source):
    record = assert_region_answer(atlas, "el_mshayrfa", day, "hts")
    assert source in record.sources and "continuity inferred" in record.note


def test_the_armys_claim_of_28_december_is_a_fought_over_day(atlas):
    record = assert_checked_answer(atlas.control.history, "el_mshayrfa", date(2017, 12, 28),
                                   "government", "contested", ("hts",), KHABAR)  # fmt: skip
    assert "party claim" in record.note


def test_al_hamdaniyah_is_hts_held_from_sohrs_list_to_the_armys_push(atlas):
    record = assert_region_answer(atlas, "hamdaniyah", date(2017, 11, 15), "hts")
    assert "sohr-2017-10-north-east-hama-air-strikes" in record.sources
    assert SANA in record.sources and "continuity inferred" in record.note


@pytest.mark.parametrize("locality", ["hamdaniyah", "abu_umar"])
@pytest.mark.parametrize("day", [date(2017, 12, 30), date(2018, 1, 10)])
def test_sana_names_the_villages_the_army_retook_on_30_december(atlas, locality, day):
    record = assert_region_answer(atlas, locality, day, "government")
    assert SANA in record.sources and "party claim" in record.note


def test_abu_omar_is_fought_over_in_the_counter_attack_of_11_january_2018(atlas):
    assert_checked_answer(atlas.control.history, "abu_umar", date(2018, 1, 11), "government",
                          "contested", ("hts", "opposition"), CGTN)  # fmt: skip


@pytest.mark.parametrize(
    "day", [date(2019, 4, 15), date(2019, 4, 29), date(2019, 4, 30), date(2019, 10, 22)]
)
def test_abu_omar_is_the_armys_from_shaam_news_to_the_snapshot(atlas, day):
    record = assert_region_answer(atlas, "abu_umar", day, "government")
    assert SHAAM in record.sources and "continuity inferred" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # before HTS's attack of Oct 2017 no report read places these villages
        ("el_mshayrfa", date(2017, 10, 5)),
        ("abu_umar", date(2017, 12, 29)),
        ("abu_umar", date(2016, 8, 1)),
        # the days after the army's push and the counter-attack
        ("el_mshayrfa", date(2017, 12, 29)),
        ("el_mshayrfa", date(2018, 6, 1)),
        ("hamdaniyah", date(2017, 12, 29)),
        ("hamdaniyah", date(2018, 1, 11)),
        ("hamdaniyah", date(2018, 6, 1)),
        ("abu_umar", date(2018, 1, 12)),
        ("abu_umar", date(2019, 4, 14)),
        # the Latakia front and the villages round Nubl are left gaps by this batch
        ("ain_al_hawr_al_haffah", date(2017, 6, 1)),
        ("abu_miri", date(2017, 6, 1)),
    ],
)
def test_days_no_report_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-long.toml")
    cited = sources_cited_by(atlas, "> long_")
    assert {HURRIYA, SPC, KHABAR, SANA, CGTN, SHAAM} <= cited
