"""North Hama, Salamiyah and the Latakia front answered from dated sources (issue #15, h-hama2:
tools/regions_2016_2018_rules_ghab.py, sources/2016-2019-hama-ghab.toml): days inside a holding
period the cited reports bound, and the days the sources leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_region_answer, assert_stored_gap

from geodata.paths import data_dir
from geodata.sources import load_registry

CASES = [
    # north of Hama before the rebels' offensive of 29 Aug 2016 into 'a swathe of government-held
    # land' (Al Arabiya; Reuters)
    ("kafraa", date(2016, 8, 15), "government"),
    ("shaizar", date(2016, 8, 20), "government"),
    ("khattab", date(2016, 8, 10), "government"),
    # east of Soran once the army regained it on 27 Oct 2016 (SOHR) until 21 Mar 2017 ...
    ("al_mubattan", date(2017, 1, 15), "government"),
    ("qomhane", date(2016, 12, 1), "government"),
    # ... and from Soran's recapture on 16 Apr 2017 (SOHR; RFE/RL), before the h-hama rules' 23 Apr
    ("samrah", date(2017, 4, 18), "government"),
    # Aqareb al-Safi and al-Mab'oujeh: 'government-held villages' IS attacked on 18 May 2017 (AP)
    ("aqarib", date(2017, 5, 18), "government"),
    ("mabujah", date(2016, 9, 1), "government"),
    # Salhab and Safsafiya: 'regime positions' the rebels shelled in Sep 2018 (STJ)
    ("tell_salhab", date(2018, 12, 1), "government"),
    ("al_safsafiyah", date(2019, 6, 1), "government"),
    # IS's Uqayribat pocket, 'under Islamic State control since 2014' (Syria Direct, Aug 2017) ...
    ("uqayribat", date(2017, 3, 1), "isis"),
    ("jruh", date(2016, 11, 1), "isis"),
    # ... Suha and Um Mayl among the 8 villages still IS-held after Uqayribat fell (SOHR)
    ("soha", date(2017, 9, 1), "isis"),
    ("um_meil", date(2017, 8, 20), "isis"),
    # Rahjan: HTS-held since Nusra's capture of Jul 2014 (SOHR; AP)
    ("rahjan", date(2017, 3, 1), "hts"),
    # al-Hamamiyat: first taken by the opposition on 10 Jul 2019 (Enab Baladi)
    ("hamamiyat", date(2018, 5, 1), "government"),
    ("hamamiyat", date(2019, 6, 1), "government"),
    # Kafr Nabudah: 'captured by the Syrian opposition in 2011' until 8 May 2019 (The New Arab)
    ("kafr_nabudah", date(2017, 3, 1), "opposition"),
    # al-Tuwayni and al-Sharia: entered by the army on 9 May 2019 after HTS withdrew (SOHR)
    ("al_tuwayni", date(2018, 9, 1), "hts"),
    ("ash_shariah", date(2019, 6, 1), "government"),
    ("tall_hwash", date(2019, 7, 1), "government"),
    # south-east Idlib villages the army retook in late 2017 (SOHR), once the pocket ended
    ("rabdah", date(2018, 6, 1), "government"),
    # Abu Dali: the army's rocket launchers there on 12 Jan 2019 (SMART)
    ("abu_dali", date(2019, 3, 1), "government"),
    # Ithriya, the junction of the government's only road to Aleppo (Syria Direct, SOHR)
    ("ithriya", date(2017, 1, 1), "government"),
    # Jurin, the army's Ghab base the rebels 'were never able to capture' (Syria Direct, 2015)
    ("jurin", date(2017, 6, 1), "government"),
    # al-Mughayr and Buraydij, 'regime military bases' by al-Hamamiyat in Jul 2019 (Enab Baladi)
    ("buraydij", date(2019, 8, 1), "government"),
    # Kinsabba's outskirts, seized before Kinsabba in Feb 2016 (SOHR via NOW)
    ("wadi_basour", date(2017, 6, 1), "government"),
    ("shillif", date(2019, 1, 1), "government"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_ghab_rules_answer_has_the_reported_holder(atlas, locality, day, controller):
    assert_region_answer(atlas, locality, day, controller)


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the rebels' offensive of Aug - Oct 2016 took villages north of Hama one by one: which
        # ones east of Soran, and when, is not stored
        ("al_mubattan", date(2016, 9, 15)),
        # nor the days Kawkab changed hands in the March 2017 offensive (Samrah, never taken in
        # it, is answered since by h-hama9)
        ("kawkab", date(2017, 3, 25)),
        # Hasraya, north-west of Mhardeh, east of the road strip h-ghab answers (rules_ghab2)
        ("hasariyah", date(2017, 6, 1)),
        # villages next to the Kabani front that no source places
        ("ikko", date(2017, 6, 1)),
        # the Ghab plain's villages no dated source places before 2019 (al-Huwash and its
        # neighbours east of the river: h-ghab's rules_ghab2, on Al-Modon 2015 and STJ 2018)
        ("tanjarah", date(2018, 1, 1)),
        # east of Salamiyah between the IS pocket and the government's villages (Masaada,
        # further from the road, is answered since by h-hama3's Reuters report of May 2017)
        ("jinn_al_albawi", date(2017, 3, 1)),
        # the IS pocket's villages once the army's advance began (Aug - Oct 2017)
        ("jruh", date(2017, 9, 15)),
        # Rahjan between IS's crossing (9 Oct 2017) and the army's capture (h-hama8 answers the
        # other days and h-rev18 3 Dec 2017; 19 - 21 Oct 2017 stay open)
        ("rahjan", date(2017, 10, 20)),
        # Abu Dali between HTS's attack (Oct 2017) and Jan 2019
        ("abu_dali", date(2018, 6, 1)),
        # Arafah before the army's north-east Hama offensive
        ("arfah", date(2017, 3, 1)),
        # al-Hamamiyat after the opposition's assault: the army's return is not dated by an
        # accepted source
        ("hamamiyat", date(2019, 8, 1)),
    ],
)
def test_where_the_sources_leave_it_open_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_hamamiyat_on_the_day_of_the_assault_is_contested(atlas):
    """Enab Baladi: the factions took it; pro-regime Medina FM: the attack was repelled."""
    state = atlas.control.history.state_of("hamamiyat", date(2019, 7, 10))
    assert (state.controller, state.status) == ("opposition", "contested")
    assert "government" in state.with_parties


def test_rahjan_is_hts_led_with_other_factions(atlas):
    state = atlas.control.history.state_of("rahjan", date(2016, 9, 1))
    assert (state.controller, state.status, state.with_parties) == (
        "hts",
        "shared",
        ("opposition",),
    )


def test_the_ghab_sources_resolve_in_the_registry(atlas):
    """Every source the rows of these rules cite is a registry entry with a publisher."""
    registry = load_registry(data_dir())
    cited = {
        source
        for record in atlas.control.history.records
        if any(
            tag in (record.note or "")
            for tag in ("_before_aug_2016]", "> hama_east_of_soran]", "> hama_salamiyah_north",
                        "_shelled_sep_2018]", "> latakia_kinsabba_outskirts]", "> hama_is_",
                        "> hama_uqayribat_", "> hama_rahjan]", "_hamamiyat]", "_ghab_may_2019]",
                        "> idlib_", "_retaken_late_2017]", "> hama_kafr_nabudah_named]",
                        "> hama_ithriya_road]", "_jurin]",
                        "> hama_mhardeh_bases_jul_2019]")
        )
        for source in record.sources
    }  # fmt: skip
    assert "stj-2018-09-mahardah-attacks" in cited
    for source in cited:
        assert source in registry.sources, source
        assert registry.sources[source].publisher, source
