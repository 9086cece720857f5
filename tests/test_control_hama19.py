"""The 2019 north Hama / south Idlib offensive answered day by day from dated reports (issue #15,
h-hama19: tools/regions_2016_2018_rules_hama19.py, sources/2019-hama19.toml): the holder a user
sees on the days the cited reports bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_registered_with_publisher,
    assert_stored_gap,
    sources_cited_by,
)

JIBEEN = "ap-2019-07-29-tal-malah-jibeen"
TAMANAH = "syria_times-2019-08-30-tamanaa-ceasefire"
KHWAIN = "reuters-2019-08-30-khwain-tamanah-farms"
AUG_14 = "ap-2019-08-14-five-villages-west-of-khan-sheikhoun"
MAY_13 = "ap-2019-05-13-five-villages-idlib-edge"
NORTH_HAMA = "ap-2019-08-23-northern-hama"
CASES = [
    # Jibeen, retaken with Tal Maleh on Monday 29 Jul 2019 (state media and SOHR via AP)
    ("jubbayn_mhardeh", date(2019, 7, 29), "government", JIBEEN),
    ("jubbayn_mhardeh", date(2019, 10, 1), "government", "newarab-2019-07-29-jibeen-tal-maleh"),
    # al-Tamanah, taken by Friday 30 Aug (a SANA military source: party claim) ...
    ("at_tamaniah", date(2019, 8, 30), "government", TAMANAH),
    # ... and Khwain (al-Khuwayn al-Kabir), 'took the town of Khwain' (Reuters, 30 Aug)
    ("khuwayn_al_kabir", date(2019, 8, 30), "government", KHWAIN),
    ("khuwayn_al_kabir", date(2019, 10, 22), "government", KHWAIN),
    # Kafr Ayn and Khirbat Murshid, captured early on Wednesday 14 Aug (AP) ...
    ("kafr_ayn", date(2019, 8, 14), "government", AUG_14),
    ("khirbat_murshid", date(2019, 9, 1), "government", AUG_14),
    # ... on the insurgents' side until then
    ("kafr_ayn", date(2019, 8, 13), "hts", AUG_14),
    ("khirbat_murshid", date(2019, 6, 1), "hts", "newarab-2019-01-10-hts-takes-idlib"),
    # Jabriya ('Jabrieh'), captured on Monday 13 May (Syrian Central Military Media via AP)
    ("jabriya", date(2019, 5, 12), "hts", MAY_13),
    ("jabriya", date(2019, 5, 13), "government", MAY_13),
    # Sukayk on the rebels' side: al-Habeet (11 Aug) the first Idlib town the regime took (SOHR)
    ("sukayk", date(2019, 6, 1), "hts", "afp-2019-08-11-al-habeet"),
    # the Mhardeh district from 23 Aug: 'the entire northern Hama countryside' (SOHR via AP)
    ("hamamiyat", date(2019, 8, 23), "government", NORTH_HAMA),
    ("tremseh", date(2019, 9, 1), "government", NORTH_HAMA),
    ("halfaya", date(2019, 10, 22), "government", NORTH_HAMA),
]


@pytest.mark.parametrize(("locality", "day", "controller", "source"), CASES)
def test_a_place_the_hama19_rules_answer_has_the_reported_holder(
    atlas, locality, day, controller, source
):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "> hama19_" in record.note


def test_jibeen_changes_hands_on_the_day_sohr_and_state_media_give(atlas):
    """HTS-held to Sunday 28 Jul (the batch), the army's from Monday 29 Jul, as Tal Maleh."""
    history = atlas.control.history
    assert history.state_of("jubbayn_mhardeh", date(2019, 7, 28)).controller == "hts"
    for place in ("jubbayn_mhardeh", "tall_mallah"):
        assert history.state_of(place, date(2019, 7, 29)).controller == "government"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # al-Tamanah between al-Masdar's 26 Aug and the first confirmed day of capture (30 Aug)
        ("at_tamaniah", date(2019, 8, 28)),
        # Khwain before Reuters' report: the day it fell is not given
        ("khuwayn_al_kabir", date(2019, 8, 29)),
        # Sukayk on the weekend al-Masdar alone dates (10-11 Aug)
        ("sukayk", date(2019, 8, 10)),
        # Jabriya after the rebels re-entered Kafr Nabudah (22 May)
        ("jabriya", date(2019, 6, 1)),
        # al-Hamamiyat after its recapture (12 Jul 2019, Syria TV: answered since by h-hama9, with
        # 11 Jul): the days to the pocket's fall are not stored
        ("hamamiyat", date(2019, 7, 20)),
        # the Mhardeh district before the pocket fell: the region statement starts on 23 Aug
        ("tremseh", date(2019, 8, 22)),
        # the Ghab (al-Suqaylabiyah district) is not 'northern Hama countryside'
        ("tanjarah", date(2019, 9, 1)),
        # Madaya, west of Khan Shaykhun: only al-Masdar dates its capture
        ("madayah", date(2019, 8, 20)),
    ],
)
def test_where_the_sources_leave_it_open_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_the_hama19_sources_resolve_in_the_registry(atlas):
    cited = sources_cited_by(atlas, "> hama19_")
    assert {JIBEEN, TAMANAH, KHWAIN, AUG_14, MAY_13, NORTH_HAMA} <= cited
    assert_registered_with_publisher(cited)


def test_qasabiyah_is_answered_only_on_the_day_the_army_reached_it(atlas):
    """SOHR and state media via AP: reached on Monday 3 Jun 2019; the factions counter-attacked
    (SOHR) and no accepted source places it later, so the next day is a gap."""
    record = assert_region_answer(atlas, "qasabiyah", date(2019, 6, 3), "government")
    assert "ap-2019-06-03-qassabiyeh" in record.sources
    assert atlas.control.history.state_of("qasabiyah", date(2019, 6, 2)).controller == "hts"
    assert_stored_gap(atlas, "qasabiyah", date(2019, 6, 4))


def test_al_sayyad_is_on_the_rebels_side_until_the_pocket_falls(atlas):
    """STJ (Sep 2018): bombarded with Kafr Zita and Latmeen; the pocket fell on 23 Aug 2019."""
    history = atlas.control.history
    state = history.state_of("tall_al_sayyad", date(2019, 6, 1))
    assert (state.controller, state.with_parties) == ("opposition", ("hts",))
    record = assert_region_answer(atlas, "tall_al_sayyad", date(2019, 8, 23), "government")
    assert "> hama19_fill_north_hama_undated_sayyad_rebel_side]" in record.note
