"""Euphrates Shield's third phase north and north-east of al-Bab (Nov 2016) and Qulsuruj by the
Shahba dam (Oct 2016 - Oct 2019), answered from Arabic-language reports (issue #15, h-shield3:
tools/regions_2016_2018_rules_shield3.py, sources/2016-2019-shield3.toml): the holder a user sees
on the days SOHR, DW (dpa), the Syrian Press Center, Shaam, Baladi News, Enab Baladi, Step and
Aleppo 24 bound, and the days they leave open, which stay gaps."""

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

SOHR = "sohr-2016-11-10-al-bab-11-villages-ar"
DW = "dw-2016-11-10-euphrates-shield-third-phase"
SHAAM_12 = "shaam_news-2016-11-12-halisa-hajj-kusa"
SPC_12 = "syrian_press_center-2016-11-12-iqdash-halisa"
SPC_SDF = "syrian_press_center-2016-11-13-sdf-three-villages"
SPC_13 = "syrian_press_center-2016-11-13-five-villages-al-bab"
BALADI = "baladi_news-2016-11-21-sheikh-nasir"
ENAB_23 = "enab_baladi-2016-11-23-five-villages"
ALEPPO24 = "aleppo24-2016-10-19-is-leaves-infantry-school-villages"
ENAB_POCKET = "enab_baladi-2016-11-six-villages-closed-ring"
TASNIM = "tasnim-2016-10-30-infantry-school"
MASDAR_6_NOV = "almasdaronline-2016-11-06-infantry-school"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # SOHR's 11 villages of 8 - 10 Nov: IS to 7 Nov, the factions from 10 Nov
        ("tarhin", date(2016, 11, 1), "isis", SOHR),
        ("tarhin", date(2016, 11, 10), "sna", SOHR),
        ("musaybin", date(2016, 11, 12), "sna", SOHR),
        ("naman", date(2016, 10, 26), "isis", SOHR),
        ("zamikiyah", date(2016, 11, 11), "sna", SOHR),
        ("susanbat", date(2016, 11, 10), "sna", SOHR),
        ("batajiq", date(2016, 9, 15), "isis", SOHR),
        ("batajiq", date(2016, 11, 10), "sna", DW),
        ("bazaji", date(2016, 11, 12), "sna", DW),
        ("arab_wiran", date(2016, 11, 17), "sna", DW),
        ("sheikh_alwan", date(2016, 11, 7), "isis", SOHR),
        # 12 Nov: Halisa and Hajj Kusa taken; the IS pocket north of al-Bab held to 16 Nov
        ("khalisa", date(2016, 11, 11), "isis", SHAAM_12),
        ("khalisa", date(2016, 11, 12), "sna", SHAAM_12),
        ("hajji_kusa", date(2016, 11, 21), "sna", SHAAM_12),
        ("al_qawuqli", date(2016, 10, 1), "isis", SPC_12),
        ("sab_wiran", date(2016, 11, 16), "isis", ENAB_POCKET),
        ("kurhyuk", date(2016, 10, 1), "isis", ENAB_POCKET),
        ("bersaya", date(2016, 11, 16), "isis", ENAB_POCKET),
        ("jubb_ad_dam_al_bab", date(2016, 9, 1), "isis", ENAB_POCKET),
        # al-Sheikh Nasir: IS, the SDF from 12 Nov, the factions on 21 Nov
        ("sheikh_nasir", date(2016, 11, 11), "isis", SPC_SDF),
        ("sheikh_nasir", date(2016, 11, 15), "sdf", SPC_SDF),
        ("sheikh_nasir", date(2016, 11, 21), "sna", BALADI),
        # 13 Nov: Qudayran and Qubbat al-Shih, to the eve of al-Bab's fall
        ("qudayran", date(2016, 11, 12), "isis", SPC_13),
        ("qudayran", date(2017, 1, 15), "sna", SPC_13),
        ("qubbat_al_shih", date(2017, 2, 22), "sna", SPC_13),
        # 23 Nov: north of Qabasin
        ("bersaya", date(2016, 11, 23), "sna", ENAB_23),
        ("jubb_ad_dam_al_bab", date(2016, 11, 23), "sna", ENAB_23),
        ("jubb_al_barazi", date(2016, 11, 23), "sna", ENAB_23),
        # Qulsuruj and the Shahba dam: IS to 18 Oct 2016
        ("sad_shahba", date(2016, 8, 1), "isis", ALEPPO24),
        ("shahba_dam", date(2016, 10, 18), "isis", ALEPPO24),
        # the Infantry School: IS to 29 Oct 2016, then the army's (the government side's claim)
        ("aleppo_infantry_academy", date(2016, 10, 29), "isis", TASNIM),
        ("aleppo_infantry_academy", date(2016, 10, 30), "government", TASNIM),
        ("aleppo_infantry_academy", date(2019, 10, 22), "government", MASDAR_6_NOV),
        ("muslimiyah_cement_plant", date(2017, 6, 1), "government", TASNIM),
        ("fafin", date(2016, 10, 20), "isis", TASNIM),
        # the Atmeh crossing, rebel-held between the attacks of 14 Aug and 6 Oct 2016
        (
            "atmeh_border_crossing",
            date(2016, 8, 14),
            "opposition",
            "bbc-2016-08-15-atmeh-bus-blast",
        ),
        (
            "atmeh_border_crossing",
            date(2016, 10, 6),
            "opposition",
            "newarab-2016-10-06-atmeh-crossing-bomb",
        ),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "shield3_" in record.note


@pytest.mark.parametrize(
    ("locality", "day", "cited"),
    [
        ("sad_shahba", date(2016, 10, 19), ALEPPO24),
        ("shahba_dam", date(2019, 10, 22), ALEPPO24),
        # the villages round the Infantry School: SOHR the SDF, the military source the army
        ("fafin", date(2016, 10, 30), TASNIM),
        ("tell_qarah", date(2017, 6, 1), "sohr-2016-is-leaves-infantry-school"),
        ("wahshiyah", date(2019, 10, 22), TASNIM),
    ],
)
def test_the_shahba_villages_are_the_sdf_with_the_government_after_is(atlas, locality, day, cited):
    assert_checked_answer(atlas.control.history, locality, day, "sdf", "shared", ("government",),
                          cited)  # fmt: skip


def test_faction_announcements_are_marked_party_side(atlas):
    history = atlas.control.history
    assert "party-side" in history.record_on("sheikh_nasir", date(2016, 11, 21)).note
    assert "continuity inferred" in history.record_on("qudayran", date(2017, 1, 15)).note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the day within SOHR's 48 hours is not stored
        ("tarhin", date(2016, 11, 9)),
        ("batajiq", date(2016, 11, 8)),
        ("sheikh_alwan", date(2016, 11, 9)),
        # after the SDF's advance north-east of Qabasin of 18 Nov
        ("arab_wiran", date(2016, 11, 18)),
        ("khalisa", date(2016, 11, 22)),
        # the IS pocket after Enab Baladi's report (written 17 - 22 Nov): who took them is not dated
        ("al_qawuqli", date(2016, 11, 17)),
        ("kurhyuk", date(2016, 12, 1)),
        # al-Sheikh Nasir after 21 Nov and Barshaya before 23 Nov (the SDF's days not dated)
        ("sheikh_nasir", date(2016, 12, 1)),
        ("bersaya", date(2016, 11, 20)),
        ("bersaya", date(2016, 12, 1)),
        # "Salwa" of the 12 Nov list is not matched with the gazetteer's Balwa (alt. Salwa)
        ("balwa", date(2016, 11, 15)),
        # the Shahba villages no report names, and the Juvenile Prison
        ("tuways", date(2017, 7, 1)),  # 24 Oct 2016 - 30 Jun 2017: h-rev48 (the factions')
        ("halisah", date(2017, 6, 1)),
        ("aleppo_juvenile_prison", date(2017, 6, 1)),
        # Baselhaya and Cilbire, which ended on the Turkish-held side, in the Olive Branch weeks
        ("baselhaya", date(2018, 2, 1)),
        ("cilbire", date(2018, 3, 1)),
        # the Atmeh crossing before the attack of 14 Aug and after that of 6 Oct 2016
        ("atmeh_border_crossing", date(2016, 8, 13)),
        ("atmeh_border_crossing", date(2016, 10, 7)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_later_days_are_the_earlier_rules(atlas):
    # from 13 Nov the h-bab rules answer the villages west of Shdar, from 23 Feb 2017 al-Bab's
    history = atlas.control.history
    assert "shield3_" not in history.record_on("tarhin", date(2016, 11, 13)).note
    assert "es_al_bab_outskirts" in history.record_on("qudayran", date(2017, 2, 23)).note


def test_sources_are_registered(atlas):
    assert_source_file_registered("2016-2019-shield3.toml")
    assert_registered_with_publisher(sources_cited_by(atlas, "> shield3_"))
