"""Day by day in the 2019 north Hama / south Idlib and the Dec 2019 - Mar 2020 Idlib offensives
(issue #15): the holder a reader of
the cited reports expects on the day before and the day of a reported capture, the days the
sources leave open, and a record for every tracked place of the offensive's area on every day.
Each case names the reports it rests on (sources/2019-2020-daily.toml, 2016-2024.toml)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

FIRST, LAST = date(2019, 12, 19), date(2020, 3, 5)  # between the two snapshots


@pytest.fixture(scope="module")
def history():
    from geodata.atlas import load_atlas

    return load_atlas().control.history


CAPTURES = [
    # 2019: al-Hobait on the morning of 11 Aug (al-Masdar); the north Hama pocket on Friday 23 Aug
    # (state TV via AP and The New Arab, SOHR); Tal Maleh overnight 28-29 Jul (SOHR via MEE), held
    # by HTS and its allies since 15 Jun (al-Masdar; Enab Baladi 20 Jun)
    ("al_hobait", date(2019, 8, 11), "hts", "government"),
    ("al_lataminah", date(2019, 8, 23), "opposition", "government"),
    ("kafr_zita", date(2019, 8, 23), "opposition", "government"),
    ("tall_mallah", date(2019, 7, 29), "hts", "government"),
    # Olive Branch: Bulbul town centre on Thursday 1 Feb 2018 (Anadolu), Sheikh al-Hadid on
    # Sunday 4 Mar 2018 (the Turkish military via Ahval); Euphrates Shield: Soran with Dabiq,
    # 16 Oct 2016 (SOHR via RFE/RL)
    ("bulbul", date(2018, 2, 1), "sdf", "sna"),
    ("sheikh_al_hadid", date(2018, 3, 4), "sdf", "sna"),
    # (IS-held 10 - 15 Oct by h-gaptowns: Enab Baladi, SOHR via Reuters)
    ("sawran", date(2016, 10, 16), "isis", "sna"),
    # (locality, day of the reported capture, holder before, holder from that day)
    ("kafr_rumah", date(2020, 1, 28), "hts", "government"),  # HTS withdrew overnight (al-Masdar)
    ("jubus", date(2020, 2, 3), "government", "government"),  # SANA 'on Monday'; blog: 30 Jan
    ("tall_mardikh", date(2020, 2, 4), "government", "government"),  # SANA 'on Tuesday'
    ("tall_sultan", date(2020, 2, 4), "hts", "government"),
    ("ash_shaykh_damis", date(2020, 2, 23), "hts", "government"),  # SANA, Sunday 23 Feb
    ("ash_shaykh_mustafa", date(2020, 2, 24), "hts", "government"),  # SANA, al-Masdar
    ("kafr_nabl", date(2020, 2, 25), "hts", "government"),  # SOHR 'on Tuesday' (The New Arab)
    ("anadan", date(2020, 2, 16), "hts", "government"),  # AFP/SOHR, SANA list of 16 Feb
]


@pytest.mark.parametrize(("locality", "day", "before", "after"), CAPTURES)
def test_a_reported_capture_changes_the_holder_on_its_day(history, locality, day, before, after):
    assert history.state_of(locality, day - timedelta(days=1)).controller == before
    assert history.state_of(locality, day).controller == after
    assert history.record_on(locality, day).sources


@pytest.mark.parametrize(
    ("locality", "day", "other"),
    [
        ("jubus", date(2020, 2, 1), "hts"),  # a blog's 30 Jan against SANA's 3 Feb
        ("kafr_sajnah", date(2020, 2, 23), "hts"),  # al-Masdar 23 Feb, SANA 24 Feb
        ("zaytan", date(2020, 2, 4), "hts"),  # taken 2 Feb, retaken by the TIP (al-Masdar)
        ("saraqib", date(2020, 2, 28), "government"),  # NLF 27 Feb; TASS: army out 28 Feb
        ("sfuhun", date(2020, 3, 1), "hts"),  # rebels re-entered on 29 Feb (al-Masdar)
        ("dadikh", date(2020, 2, 28), "government"),  # the NLF took it on 27 Feb (al-Masdar)
    ],
)
def test_days_the_sources_disagree_on_are_contested(history, locality, day, other):
    state = history.state_of(locality, day)
    assert state.status == "contested" and other in state.with_parties


@pytest.mark.parametrize(
    ("locality", "last_open_day", "known_day", "controller"),
    [
        # SOHR lists it on 23 Dec among the places taken since 19 Dec: the day is open
        ("abu_habbah", date(2019, 12, 22), date(2019, 12, 23), "government"),
        # the General Command's list of 29 Jan: 'during the past few days' (Deir Sharqi, on that
        # list too, is dated to 24 Jan by SOHR: tests/test_control_idlib20.py)
        # (h-dec2019 dates Sahyan to 28 Jan by Baladi News; the days before stay open)
        ("sahyan", date(2020, 1, 27), date(2020, 1, 29), "government"),
        # SOHR 27 Feb: full control of southern Idlib; the village is not named (Hish, the
        # earlier example, is dated to 31 Jan by h-dec2019)
        ("kafriya", date(2020, 2, 26), date(2020, 2, 27), "government"),
        # (Urum al-Kubra, in the General Command's list of 17 Feb: dated to 15 Feb by SANA's claim
        # since h-rev66, tests/test_control_rev66.py)
    ],
)
def test_a_by_date_leaves_the_days_before_it_open(
    history, locality, last_open_day, known_day, controller
):
    assert not history.state_of(locality, last_open_day).known
    assert history.state_of(locality, known_day).controller == controller


def test_tamanah_is_still_rebel_held_after_the_north_hama_pocket_fell(history):
    """al-Masdar, 26 Aug 2019: Ta'manah 'still remains under the control of' HTS; the army's
    capture is first confirmed on Friday 30 Aug (SANA via Syria Times; Reuters: Tamanah farms,
    h-hama19), so 27-29 Aug stay open."""
    assert history.state_of("at_tamaniah", date(2019, 8, 26)).controller == "hts"
    assert not history.state_of("at_tamaniah", date(2019, 8, 28)).known
    assert history.state_of("at_tamaniah", date(2019, 9, 15)).controller == "government"


def test_afis_is_open_after_the_saraqib_counter_attack(history):
    """Taken before Saraqib (Janes, 7 Feb); the rebels retook Saraqib on 27 Feb and the sources
    do not say who held Afis until the snapshot of 6 Mar."""
    assert history.state_of("afis", date(2020, 2, 15)).controller == "government"
    assert not history.state_of("afis", date(2020, 3, 1)).known


def test_every_place_of_the_offensive_area_has_a_record_on_every_day(history):
    """Idlib governorate, Aleppo's Mount Simeon district (the west and south countryside) and the
    north Hama front districts: a record (a holder or an explicit gap) on each of the 78 days."""
    area = {"Idlib": None, "Aleppo": {"Mount Simeon"}, "Hama": {"Mhardeh", "Al-Suqaylabiyah"}}
    places = [
        p
        for p in history.localities.values()
        if p.admin1 in area and (area[p.admin1] is None or p.admin2 in area[p.admin1])
    ]
    assert len(places) > 300
    days = [FIRST + timedelta(days=n) for n in range((LAST - FIRST).days + 1)]
    missing = [(p.id, d) for p in places for d in days if history.record_on(p.id, d) is None]
    assert not missing, missing[:10]
