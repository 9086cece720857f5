"""The places and months no record covered before the 2016-2019 fill (issue #15): towns and
dates no earlier test asked about, with the answer the cited reports give
(sources/2016-2019-fill.toml), explicit gaps where they say nothing, and the month-by-month
promise: every tracked place of the north has an answer or a stored gap in every month."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_map_draws_holders
from tooling import ROOT, import_tool

CASES = [
    # Nubl and al-Zahraa: the army broke the siege on 3 Feb 2016 (Reuters)
    ("nubl", date(2017, 1, 15), "government"),
    ("al_zahraa", date(2018, 6, 1), "government"),
    # Salamiya city in the "regime-held east Hama countryside" (Syria Direct, Jul 2016)
    ("salamiyah", date(2016, 10, 1), "government"),
    # Uqayribat, IS's central-Syria stronghold, taken on 1 Sep 2017 (Reuters via MEE)
    ("uqayribat", date(2017, 9, 20), "government"),  # 2 - 14 Sep a gap since h-rev19
    # Resafa: IS until the army's June 2017 push; government by 19 Jun (SOHR)
    ("resafa", date(2017, 5, 1), "isis"),
    ("resafa", date(2017, 7, 1), "government"),
    # the Raqqa desert: IS before June 2017, government after Albu Kamal (RFE/RL, 19 Nov 2017)
    ("dibsi_afnan", date(2017, 3, 1), "isis"),
    ("madan", date(2018, 6, 1), "government"),
    # Soran: taken by the rebels on 31 Aug 2016 (Al Arabiya, SOHR), government-held before;
    # retaken by the army on 16 Apr 2017 (RFE/RL citing Reuters)
    ("suran_hama", date(2016, 8, 15), "government"),
    ("suran_hama", date(2016, 9, 15), "opposition"),
    ("suran_hama", date(2017, 6, 1), "government"),
    # Halfaya: taken by Jund al-Aqsa and FSA brigades on 29 Aug 2016 (Reuters, 30 Aug)
    ("halfaya", date(2016, 8, 30), "opposition"),
    # Masyaf "under the complete control of the Syrian regime" (Syria Direct, Nov 2015);
    # Dimo "controlled by the regime forces" (SOHR, 2017)
    ("masyaf", date(2017, 3, 1), "government"),
    ("dimo", date(2017, 8, 1), "government"),
    # after the northern Homs / southern Hama pocket emptied (Xinhua, 16 May 2018)
    ("ithriya", date(2018, 8, 1), "government"),
    ("qomhane", date(2019, 1, 1), "government"),
    # "regime-held" al-Suqaylabiyah (ARA News, Dec 2015), before the 2019 offensive
    ("suqaylabiyah", date(2018, 1, 1), "government"),
    # Latakia "regime-held province" (The New Arab, Jan 2018): Hmeimim and the Kesab crossing
    ("latakia_international_airport", date(2017, 1, 1), "government"),
    ("bab_al_kasab_border_crossing", date(2023, 4, 25), "government"),
    # the army's Hama countryside between the two snapshots of Dec 2019 and Mar 2020
    ("salamiyah", date(2020, 1, 20), "government"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_fill_covers_has_the_reported_holder(atlas, locality, day, controller):
    history = atlas.control.history
    assert history.state_of(locality, day).controller == controller, history.record_on(
        locality, day
    )
    assert history.record_on(locality, day).sources


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # (Qomhana during the rebels' March 2017 offensive is now answered: contested, held by
        # the regime, SOHR; see tests/test_control_hama4.py) - Deir al-Fardis, by the Rastan
        # pocket: no accepted source names its holder before May 2018
        ("deir_al_fardis", date(2017, 3, 25)),
        # (Uqayribat before Sep 2017 is now answered: IS's since 2014, Syria Direct; see
        # tests/test_control_hama_ghab.py)
        # the Raqqa desert while the army took it village by village (Jun - Nov 2017)
        ("madan", date(2017, 8, 15)),
        # an SDF village between the two snapshots: no source dated in those weeks (ad-Darbasiyah
        # is answered from SOHR's patrol report of 6 Jan 2020, h-jaz3, and the Ras al-Ayn
        # district's SDF side from SOHR's Tal Tamr report of Feb 2020, h-jaz4, and the villages
        # west and north-west of Manbij from SOHR's and ANHA's of Feb 2020, h-shield4 and h-ne4;
        # the Sajur villages north of Manbij are not)
        ("tukhar_kabir", date(2020, 1, 20)),
    ],
)
def test_where_the_sources_are_silent_the_answer_is_an_explicit_gap(atlas, locality, day):
    history = atlas.control.history
    record = history.record_on(locality, day)
    assert record is not None and record.controller == "unknown"
    assert record.sources and record.note  # the gap says why


def test_every_month_has_an_answer_or_a_stored_gap_outside_the_offensive_batch(atlas):
    """Issue #15: for every month from Aug 2016 to Nov 2024 the atlas answers for every tracked
    place of the north, or says the sources do not. The only months left without any record
    are the offensive batch's (Idlib, north Hama and the Aleppo countryside from 30 Apr 2019 and
    between the Dec 2019 and Mar 2020 snapshots), which it dates day by day."""
    from geodata.control.gaps import NORTHERN_GOVERNORATES, month_coverage

    history = atlas.control.history
    table = month_coverage(history, date(2016, 8, 1), date(2024, 11, 26), NORTHERN_GOVERNORATES)
    offensive_months = {date(2019, m, 1) for m in range(5, 10)} | {
        date(2020, 1, 1),
        date(2020, 2, 1),
    }
    offensive_districts = {"Idlib", "Maarrat al-Nu'man", "Jisr al-Shughur", "Mhardeh",
                           "Al-Suqaylabiyah", "Mount Simeon", "Azaz"}  # fmt: skip
    outside = [
        (month, ident)
        for month, ids in table.missing.items()
        for ident in ids
        if month not in offensive_months
        or history.localities[ident].admin2 not in offensive_districts
    ]
    assert not outside, outside[:10]


@pytest.mark.skipif(not (ROOT / "tools").is_dir(), reason="needs the source checkout")
def test_the_fill_file_is_what_its_rules_write():
    """records/2016-2019-fill.csv is written by tools/fill_2016_2019.py: a hand edit (or a
    changed gazetteer or batch) that the rules would not write is caught."""
    from geodata.paths import data_dir

    fill = import_tool("tools.fill_2016_2019")
    rows, unmatched = fill.build_rows(data_dir())
    assert not unmatched
    written = (data_dir() / "control/records/2016-2019-fill.csv").read_text(encoding="utf-8")
    assert written == fill.render(rows)


def test_the_map_draws_the_filled_holder_at_the_place(atlas):
    assert_map_draws_holders(atlas, CASES[::4])
