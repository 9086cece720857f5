"""South Idlib and the Maarat al-Numan district, 2018-2020 (issue #15, h-idlib3:
tools/regions_2016_2018_rules_idlib3.py, sources/2016-2019-idlib3.toml): the holder of named
villages on the days dated reports reach, both accounts where they disagree, and the days no
report reaches, which stay gaps."""

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

CASES = [
    # the push on Maarat al-Numan: SANA's reporter dates the captures to the day (party claims)
    ("maar_shamshah", date(2020, 1, 24), "hts"),
    ("maar_shamshah", date(2020, 1, 25), "government"),  # 'on Saturday evening' (SANA)
    ("maar_shurin", date(2020, 1, 10), "hts"),
    ("maar_shurin", date(2020, 1, 26), "government"),  # 'on Sunday' (SANA)
    ("ad_dana_maarrat_al_numan", date(2020, 1, 25), "hts"),
    ("ad_dana_maarrat_al_numan", date(2020, 1, 27), "government"),
    ("masaran_maarrat_al_numan", date(2020, 1, 26), "hts"),
    ("masaran_maarrat_al_numan", date(2020, 1, 27), "government"),  # 'on Monday' (Syria Times)
    # Tell Manis: captured 'over the past two days' on 26 Jan (SOHR and SANA via AP)
    ("tall_manis", date(2020, 1, 24), "hts"),
    # Jibala: in Qasioun's list of the evening of Monday 24 Feb 2020
    ("jibala", date(2020, 2, 24), "government"),
    ("jibala", date(2020, 2, 26), "government"),
    # the contact line east of Khan Shaykhun, rebel-held from the ceasefire of 31 Aug 2019
    ("mashrafah_maarrat_al_numan", date(2019, 9, 15), "hts"),
    ("umm_al_khalakhil", date(2019, 10, 22), "hts"),
    # Abu al-Duhur: the factions' until the army came within 14 km (7 Jan 2018, SOHR via AFP)
    ("abu_az_zuhur", date(2017, 12, 1), "hts"),
    ("buraghayti", date(2018, 1, 7), "hts"),
    # ... and on the government's side of its crossing from 4 Mar 2018 (TASS: party claim)
    ("abu_az_zuhur", date(2018, 3, 4), "government"),
    ("abu_az_zuhur", date(2019, 6, 1), "government"),
    # Tall Halawah: IS from Tuesday 9 Jan 2018 as HTS withdrew (SMART) to the pocket's end
    ("tall_halawah", date(2018, 1, 20), "isis"),
    # 19 - 23 Dec 2019: not among SOHR's 31 areas the army took by the morning of 23 Dec
    ("hish", date(2019, 12, 23), "hts"),
    ("afis", date(2019, 12, 20), "hts"),
    ("al_ghadfa", date(2019, 12, 21), "hts"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_idlib3_rules_answer_has_the_reported_holder(atlas, locality, day, controller):
    assert_region_answer(atlas, locality, day, controller)


def test_the_day_after_is_the_batchs_answer(atlas):
    """The rules stop where the daily batch's sourced rows begin."""
    history = atlas.control.history
    assert history.state_of("maar_shurin", date(2020, 1, 29)).controller == "government"
    assert history.state_of("jibala", date(2020, 2, 27)).controller == "government"
    assert history.state_of("tall_manis", date(2020, 1, 26)).controller == "government"


def test_al_ghadfa_keeps_both_dates_of_its_capture(atlas):
    """Al-Masdar's 22 Dec 2019 against state TV's and SANA's 26 Jan 2020: contested between."""
    history = atlas.control.history
    record = assert_checked_answer(
        history, "al_ghadfa", date(2020, 1, 1), "government", "contested", ("hts",),
        "almasdar-2019-12-23-ghadfah",
    )  # fmt: skip
    assert "sana-2020-01-26-maar-shurin-ghadfeh-dana" in record.sources
    assert_checked_answer(history, "al_ghadfa", date(2020, 1, 26), "government", "held", (),
                          "ap-2020-01-26-maaret-outskirts-ghadfa")  # fmt: skip
    assert_stored_gap(atlas, "al_ghadfa", date(2019, 12, 22))


def test_the_counter_attack_of_11_jan_2018_is_contested_that_day_only(atlas):
    history = atlas.control.history
    for place in ("khuwayn_al_kabir", "umm_al_khalakhil"):
        assert_checked_answer(
            history, place, date(2018, 1, 11), "government", "contested", ("hts", "opposition"),
            "cgtn-2018-01-rebel-counter-offensive",
        )  # fmt: skip
    # the days round it: h-hama8 answers Umm al-Khalakhil from SMART (the army's 4 - 10 Jan, the
    # factions' 12 Jan - 8 Feb 2018) and al-Khuwayn on 12 Jan; these days stay open
    assert_stored_gap(atlas, "khuwayn_al_kabir", date(2018, 1, 10))
    assert_stored_gap(atlas, "khuwayn_al_kabir", date(2018, 1, 13))
    assert_stored_gap(atlas, "umm_al_khalakhil", date(2018, 2, 9))


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        ("tall_manis", date(2020, 1, 25)),  # fell on 25 or 26 Jan: not dated
        ("jibala", date(2020, 2, 23)),  # the push's first day: the village's day is not dated
        ("mashrafah_maarrat_al_numan", date(2019, 8, 30)),  # before the ceasefire: no report
        ("umm_al_khalakhil", date(2018, 10, 15)),  # 2018: no accepted dated report
        ("abu_umar", date(2018, 6, 1)),  # the villages round Abu Dali: no reputable dated report
        ("abu_az_zuhur", date(2018, 2, 1)),  # the town's fall is dated only by al-Masdar
        ("buraghayti", date(2018, 6, 1)),  # north of the town: no report after the airbase fell
        ("tall_halawah", date(2017, 12, 1)),  # IS or HTS before 9 Jan 2018: not reported
        # after SOHR's list of 23 Dec: no dated report to 27 Feb (Hish, the earlier example, is
        # answered by h-dec2019: taken on 31 Jan 2020)
        ("maar_hitat", date(2019, 12, 24)),
        ("al_ghadfa", date(2019, 12, 22)),  # al-Masdar's day: a single low-grade claim
        ("jabriya", date(2019, 12, 20)),  # the 2019 front west of Khan Shaykhun: left open
    ],
)
def test_where_no_report_reaches_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_the_idlib3_sources_resolve_in_the_registry(atlas):
    cited = sources_cited_by(atlas, "> idlib3_", "> h-idlib3]")
    assert "sana-2020-01-26-maar-shurin-ghadfeh-dana" in cited
    assert "sohr-2019-11-20-mshirfah-contact-line" in cited
    assert_registered_with_publisher(cited)
    assert_source_file_registered("2016-2019-idlib3.toml")
