"""Hama before May 2018 and the east Aleppo plain in 2017 answered from dated sources (issue #15,
h-hama: tools/regions_2016_2018_rules_hama.py, sources/2016-2018-hama.toml): days inside a holding
period the cited reports bound, and the days the sources leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_map_draws_holders, assert_region_answer, assert_stored_gap
from tooling import ROOT, import_tool

CASES = [
    # Halfaya: taken by Jund al-Aqsa and FSA brigades on 29 Aug 2016 (Reuters); the army took it
    # back on Sunday 23 Apr 2017, 'territory that rebels seized last year' (Al Jazeera)
    ("halfaya", date(2017, 1, 15), "opposition"),
    ("halfaya", date(2017, 9, 1), "government"),
    # Taybat al-Imam 'was seized by rebels last year'; the army entered on 20 Apr 2017 (Daily Star)
    ("taybat_al_imam", date(2017, 2, 1), "opposition"),
    ("taybat_al_imam", date(2017, 10, 1), "government"),
    # Latamneh, Kafr Zita, Morek: 'formerly rebel-held ... since 2012' when taken in Aug 2019 (AP)
    ("al_lataminah", date(2017, 6, 1), "opposition"),
    ("murak", date(2018, 1, 1), "opposition"),
    ("kafr_zita", date(2016, 11, 1), "opposition"),
    # Khattab and al-Majdal: retaken on 31 Mar 2017 (al-Masdar; SOHR via Reuters: 16 villages)
    ("khattab", date(2017, 7, 1), "government"),
    ("al_majdal", date(2018, 6, 1), "government"),
    # between Hama city and Soran once the March 2017 gains were reversed (RFE/RL; Al Jazeera)
    ("maardis", date(2017, 8, 1), "government"),
    # the core between the fronts round Hama city and Salamiyah
    ("tayzin", date(2017, 3, 1), "government"),
    ("tell_qartal", date(2016, 10, 1), "government"),
    # Maan and Kawkab: regained with Soran on Thursday 27 Oct 2016 (SOHR; Reuters) until the
    # rebels' offensive of 21 Mar 2017, and again once Soran was retaken on 16 Apr 2017
    ("maan", date(2017, 1, 10), "government"),
    ("kawkab", date(2016, 12, 1), "government"),
    ("maan", date(2017, 11, 1), "government"),
    # Soran itself: the factions' from 29 Aug 2016 until that Thursday (SOHR)
    ("suran_hama", date(2016, 10, 10), "opposition"),
    ("suran_hama", date(2017, 2, 1), "government"),
    # east of Salamiyah once IS's last central Syria pocket was cleared (Reuters, Oct 2017)
    ("sabburah", date(2017, 12, 1), "government"),
    # al-Safira, the army's since 31 Oct 2013 (Syria Direct)
    ("as_safira", date(2016, 12, 1), "government"),
    # eastern Hama after IS's last pocket ended (SOHR, Feb 2018)
    ("rahjan", date(2018, 3, 1), "government"),
    # the east Aleppo plain: the thermal plant ring, the army's since Feb 2016 (SANA, SOHR)
    ("jubb_al_safa_al_bab", date(2016, 10, 1), "government"),
    # al-Bab's southern countryside: IS before the army's campaign of 17 Jan 2017 (SOHR) ...
    ("arran", date(2016, 10, 1), "isis"),
    # ... and behind the army's front once Deir Hafer fell on 29 Mar 2017 (Reuters)
    ("arran", date(2017, 5, 1), "government"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_hama_rules_answer_has_the_reported_holder(atlas, locality, day, controller):
    assert_region_answer(atlas, locality, day, controller)


def test_taybat_al_imam_is_contested_while_the_army_entered_it(atlas):
    """The army 'advanced into the town' on 20 Apr 2017, rebels retreating from parts of it."""
    state = atlas.control.history.state_of("taybat_al_imam", date(2017, 4, 21))
    assert (state.controller, state.status) == ("government", "contested")
    assert "opposition" in state.with_parties


def test_the_rebel_towns_share_the_area_with_hts(atlas):
    """The March 2017 offensive from there was led by Tahrir al-Sham with FSA groups (Reuters)."""
    state = atlas.control.history.state_of("lahaya", date(2018, 2, 1))
    expected = ("opposition", "shared", ("hts",))
    assert (state.controller, state.status, state.with_parties) == expected


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # east of the M5 in the rebels' 2016 offensive: the days are not stored (Taybat al-Imam,
        # taken on 30 Aug 2016, is dated by Enab Baladi: rules_hama5)
        ("maar_shahour", date(2016, 10, 1)),
        # Khattab between the offensives: the days from Sep 2016 to 21 Mar 2017 are not stored
        # (HTS took it on 22 Mar 2017, SOHR: rules_hama6)
        ("khattab", date(2016, 12, 1)),
        # north-east Hama between the army's and HTS's and IS's lines, Oct 2017 - Feb 2018 (the
        # other days of Rahjan are answered since by h-hama8 and h-rev18: 19 - 21 Oct 2017 stay
        # open)
        ("rahjan", date(2017, 10, 20)),
        # the rebels' northern Homs / southern Hama pocket: no source names most of its Hama
        # villages (Harbnafsah and al-Zara are answered since by h-hama3, Talaf by h-ar2)
        ("toumine", date(2017, 6, 1)),
        # east of Salamiyah before IS's last pocket ended
        ("sabburah", date(2017, 6, 1)),
        # al-Iskandariyah between HTS's return to Maardes (4 Apr 2017) and Soran's recapture (Maan,
        # never taken in that offensive, is answered since by h-hama9)
        ("iskandariyah", date(2017, 4, 5)),
        # Soran in Sep 2016 - Oct 2016 is the factions'; in Mar - Apr 2017 the day is not stored
        ("suran_hama", date(2017, 4, 1)),
        # al-Bab's south while the army took it village by village (17 Jan - 28 Mar 2017)
        # (Arran's days are answered by h-ealeppo4 from dated reports, Ayishah's by h-rev23: the
        # army's from its capture of Jan 2016; Brije, north of it, instead)
        ("brije", date(2017, 2, 15)),
    ],
)
def test_where_the_sources_leave_it_open_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


@pytest.mark.skipif(not (ROOT / "tools").is_dir(), reason="needs the source checkout")
def test_the_fill_file_leaves_out_the_days_the_regions_answer():
    """The regions tool reads the fill batch's gaps; the fill tool then leaves those days out:
    both files are what their tools write, and no locality has two rows on one day."""
    from geodata.paths import data_dir

    regions = import_tool("tools.regions_2016_2018")
    fill = import_tool("tools.fill_2016_2019")
    rows, batch = regions.build(data_dir())
    assert (data_dir() / regions.OUT).read_text(encoding="utf-8") == regions.render(rows)
    fill_rows, _ = fill.build_rows(data_dir())
    assert (data_dir() / fill.OUT).read_text(encoding="utf-8") == fill.render(fill_rows)
    answered = {(r["locality"], r["from"]) for r in rows if "[fill_" in r["note"]}
    assert answered, "the Hama rules answer days of the fill batch's gaps"
    spans: dict[str, list[tuple[str, str]]] = {}
    for row in [*rows, *fill_rows]:
        spans.setdefault(row["locality"], []).append((row["from"], row["to"]))
    for locality in {place for place, _ in answered}:
        ordered = sorted(spans[locality])
        for (_, end), (start, _) in zip(ordered, ordered[1:], strict=False):
            assert end < start, locality


def test_the_map_draws_the_answered_holder_at_the_place(atlas):
    assert_map_draws_holders(atlas, CASES[::3])
