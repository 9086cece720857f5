"""The Ghab's western edge and al-Ankawi answered from dated sources (issue #15, h-ghab:
tools/regions_2016_2018_rules_ghab2.py, sources/2016-2019-ghab2.toml): the holder a user sees on
days the cited reports bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

from tools.regions_2016_2018_rules_ghab2 import _behind_jurin

REUTERS = "reuters-2015-08-18-ghab-counterattack"
ENAB = "enab_baladi-2015-08-26-ghab-toward-jurin"
CASES = [
    # the Ghab's mountain side south of Jurin: the rebels stopped 'at the eastern edge of
    # mountains' in 2015 (Reuters), Jurin never captured (Syria Direct), its camp shelling the
    # villages 'out of its control' to the east in 2018 (STJ)
    ("shathah", date(2016, 8, 1), "government", REUTERS),
    ("shathah", date(2019, 6, 1), "government", ENAB),
    ("ayn_al_kurum", date(2017, 9, 1), "government", "syria_direct-2015-10-08-jourin"),
    ("anab_al_suqaylabiyah", date(2018, 5, 16), "government", "stj-2018-05-16-goreen-camp"),
    ("ayn_sulaymu", date(2019, 10, 22), "government", "afp-2015-07-ghab-alawite-villages"),
    ("farikah", date(2018, 12, 1), "government", REUTERS),
    # between Jurin and the Jubb al-Ahmar hills, the army's since Nov 2015 (Asharq Al-Awsat)
    ("jubb_al_ahmar", date(2016, 8, 1), "government", "asharq_al_awsat-2015-11-28-jubb-al-ahmar"),
    ("sukayr", date(2018, 2, 1), "government", "ap-2016-07-kinsabba-regained"),
    ("ayn_an_nur", date(2019, 9, 1), "government", "syria_direct-2015-10-08-jourin"),
    # between the government's towns on the al-Suqaylabiyah - Mhardeh road, which the factions
    # first cut on 6 Jun 2019 (SOHR)
    ("tremseh", date(2016, 10, 1), "government", "newarab-2016-09-01-rebels-close-hama"),
    ("al_jedideh", date(2017, 3, 25), "government", "aranews-2015-12-sqelbiya-maharda"),
    ("tell_salhab", date(2017, 1, 1), "government", "aranews-2015-06-suqaylabiyah-salhab-trenches"),
    ("jalma", date(2018, 3, 1), "government", "sohr-2019-06-tal-meleh-jabin"),
    ("al_sheikh_hadeid", date(2019, 4, 29), "government", "enab_baladi-2019-07-10-hamamiyat"),
    ("tall_mallah", date(2019, 6, 5), "government", "sohr-2019-06-tal-meleh-jabin"),
    ("jubbayn_mhardeh", date(2019, 5, 15), "government", "sohr-2019-06-tal-meleh-jabin"),
    # west of 36.45 E through the 2019 offensive: the factions' gains lay east (SOHR)
    ("salba_mhardeh", date(2019, 6, 15), "government", "sohr-2019-06-tal-meleh-jabin"),
    ("nahr_al_barid", date(2019, 9, 1), "government", "stj-2018-09-mahardah-attacks"),
    # the regime's bases of Buraydij and al-Mughayr (Al-Hal, Feb 2016; Enab Baladi, Apr 2016 and
    # Jul 2019) and Kurnaz between them
    ("buraydij", date(2016, 8, 1), "government", "al_hal-2016-02-24-qalaat-al-madiq"),
    ("al_mughayr", date(2018, 1, 1), "government", "enab_baladi-2016-04-24-qalaat-al-madiq"),
    ("kurnaz", date(2019, 6, 1), "government", "enab_baladi-2019-07-10-hamamiyat"),
    # the rebel side of the Ghab east of the river: barrel-bombed in Aug 2015 (Al-Modon), 'out of
    # its control' for the Jurin camp in May 2018 (STJ)
    ("al_amaqiyah", date(2016, 8, 1), "opposition", "almodon-2015-08-19-ghab"),
    ("huwayjah", date(2018, 1, 1), "hts", "stj-2018-05-16-goreen-camp"),
    ("al_huwash", date(2017, 3, 1), "opposition", "almodon-2015-08-19-ghab"),
    ("al_amaqiyah", date(2019, 2, 1), "hts", "newarab-2019-01-10-hts-takes-idlib"),
    # Khirbat al-Naqus, retaken by the factions on 18 Apr 2016 (Enab Baladi)
    ("khirbat_al_naqus", date(2016, 8, 1), "opposition", "enab_baladi-2016-04-18-khirbat-al-naqus"),
    ("khirbat_al_naqus", date(2019, 4, 29), "hts", "stj-2018-05-16-goreen-camp"),
    # in the rebels' triangle of al-Arbaeen, Kafr Zita and al-Lataminah (STJ, Sep 2018) until
    # the army took al-Zakah and al-Arbaeen on 7 Aug 2019 (AFP)
    ("az_zakah", date(2019, 8, 6), "opposition", "afp-2019-08-08-zakah-arbaeen"),
    ("al_mantar", date(2018, 9, 7), "opposition", "stj-2018-09-mahardah-attacks"),
    # south of Mhardeh through the 2019 offensive, fought north of the town (SOHR; AP)
    ("maarzaf", date(2019, 6, 1), "government", "sohr-2019-06-tal-meleh-jabin"),
    ("khattab", date(2019, 8, 22), "government", "ap-2019-08-23-northern-hama"),
    # al-Ankawi: the rebel side until the Russian raid of 9 May 2019 (SOHR via ANHA)
    ("ankawi", date(2019, 4, 30), "hts", "smart-2018-12-27-ankawi-masasinah"),
    ("ankawi", date(2019, 5, 9), "hts", "anha-2019-05-09-ghab-villages"),
]


@pytest.mark.parametrize(("locality", "day", "controller", "source"), CASES)
def test_the_sources_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    if controller == "government" and day < date(2019, 4, 30) or locality == "tall_mallah":
        assert "continuity" in record.note
    if controller != "government" and day < date(2018, 5, 16):
        assert "region-level" in record.note


def test_the_hts_days_are_led_by_hts_under_the_2019_deal(atlas):
    record = atlas.control.history.record_on("ankawi", date(2019, 5, 5))
    assert record.controller == "hts" and "newarab-2019-01-10-hts-takes-idlib" in record.sources


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the plain between Jurin's edge and the rebel line: no dated report places them
        ("rasif", date(2017, 6, 1)),
        ("tamana_al_ghab", date(2018, 1, 1)),
        ("qabr_fidda", date(2016, 9, 1)),
        # al-Amaqiyah and al-Huwayjah through the 2019 offensive: no dated report places them
        ("al_amaqiyah", date(2019, 6, 1)),
        ("huwayjah", date(2019, 5, 20)),
        # al-Ankawi after 9 May 2019: the snapshot and SOHR disagree, nothing dated in between
        ("ankawi", date(2019, 5, 10)),
        # south of Mhardeh during the rebels' offensives of 2016 - 2017 (the day each fell is
        # not stored; from 29 Mar 2017 Enab Baladi dates its return: rules_hama5)
        # (22 - 28 Mar 2017 are answered since by h-hama9: the months before stay open)
        ("maarzaf", date(2016, 12, 1)),
        # al-Mantar before the dated report of Sep 2018 (al-Zakah's days are answered since by
        # h-nhama2: Al-Hal, Feb 2018; Arabi21)
        ("al_mantar", date(2018, 9, 6)),
        # the road strip through the 2019 offensive (other than the two villages lost on 6 Jun)
        ("jalma", date(2019, 6, 1)),
        # east of the strip, by the rebels' Latamneh pocket
        ("hasariyah", date(2017, 3, 25)),
        ("abu_raidh", date(2018, 3, 1)),
        # north of Jubb al-Ahmar's latitude, towards Kabani and the Fawru farm
        ("jubb_az_zurur", date(2017, 1, 1)),
        ("arafit", date(2018, 1, 1)),
        # Jebel Akrad villages by Kabani: only al-Masdar dates them
        ("ikko", date(2017, 1, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_the_rule_keeps_to_the_mountain_side(atlas):
    """Only places south of Jurin and no further east than its meridian: the plain's villages
    the rebels held (al-Huwash, al-Ankawi) or no source places (al-Rasif) are not answered."""
    places = atlas.control.history.localities
    inside = {p for p, loc in places.items() if _behind_jurin(loc, None)}
    assert {"shathah", "ayn_al_kurum", "anab_al_suqaylabiyah", "farikah"} <= inside
    assert not inside & {"al_huwash", "ankawi", "rasif", "tamana_al_ghab", "khirbat_al_naqus"}


def test_the_snapshot_disagreement_on_the_ghab_line_is_written_down():
    """From Oct 2019 the snapshots draw al-Ankawi and Khirbat al-Naqus government while SOHR
    has the army shelling them inside the de-escalation zone: PERIOD keeps both."""
    from geodata.paths import data_dir

    text = (data_dir() / "control" / "PERIOD-2016-2024.md").read_text(encoding="utf-8")
    kept = text[text.index("## Disagreements kept, not resolved") :]
    kept = " ".join(kept[: kept.index("\n## ", 5)].split())
    assert "al-Ankawi" in kept and "Khirbat al-Naqus" in kept


def test_sources_are_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-ghab2.toml")
    cited = sources_cited_by(atlas, "> ghab2_")
    assert {REUTERS, ENAB, "afp-2015-07-ghab-alawite-villages"} <= cited
    assert "aranews-2015-06-suqaylabiyah-salhab-trenches" in cited
    assert "asharq_al_awsat-2015-11-28-jubb-al-ahmar" in cited


def test_tal_meleh_passes_to_the_factions_on_6_june_2019(atlas):
    """The strip's answer ends the day before SOHR's loss: the hama3 row (HTS-led) follows."""
    state = atlas.control.history.state_of("tall_mallah", date(2019, 6, 6))
    assert state.controller == "hts"
