"""Euphrates Shield's first fortnight west and south of Jarablus and east of al-Rai, and the al-Rai
crossing in Aug 2016, answered from Arabic-language reports (issue #15, h-shield2:
tools/regions_2016_2018_rules_shield2.py, sources/2016-2019-shield2.toml): the holder a user sees
on the days Enab Baladi, Hurriya Press, Al Jazeera, Akhbar Al Aan, Radio Rozana and Watan FM bound,
and the days they leave open, which stay gaps."""

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

ENAB_28_AUG = "enab_baladi-2016-08-28-five-villages-sdf"
ENAB_29_AUG = "enab_baladi-2016-08-29-west-of-jarablus-sdf"
HURRIYA = "hurriya_press-2016-08-28-jarablus-countryside"
JAZEERA = "aljazeera-2016-09-01-west-of-jarablus"
ROZANA = "rozana-2016-09-01-west-of-jarablus-military-zone"
ALAAN_4_SEP = "akhbar_alaan-2016-09-04-jarablus-azaz-linked"
WATAN = "watan_fm-2016-08-17-al-rai-taken"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # west of Jarablus: IS until the day the reports name
        ("turaykham", date(2016, 8, 26), "isis", ENAB_28_AUG),
        ("turaykham", date(2016, 8, 27), "sna", ENAB_28_AUG),
        ("az_zahiriyah", date(2016, 8, 27), "isis", HURRIYA),
        ("mudalalah", date(2016, 8, 28), "sna", HURRIYA),
        ("haymar", date(2016, 8, 27), "sna", "enab_baladi-2016-08-27-west-of-jarablus"),
        ("shuaynah", date(2016, 8, 31), "isis", ROZANA),
        ("tall_al_aghar", date(2016, 9, 1), "sna", JAZEERA),
        ("as_sabuniyah_jarabulus", date(2016, 8, 10), "isis", ROZANA),
        ("as_sabuniyah_jarabulus", date(2016, 9, 2), "sna", JAZEERA),
        # south-west and south of Jarablus: taken from the SDF
        ("yusuf_bayk", date(2016, 8, 27), "sna", ENAB_28_AUG),
        ("al_halwanji", date(2016, 8, 29), "sna", ENAB_29_AUG),
        ("umm_al_sawsa", date(2016, 9, 3), "sna", ENAB_29_AUG),
        ("mazalah", date(2016, 8, 27), "sna", ENAB_29_AUG),
        ("umm_routha", date(2016, 8, 28), "sna", ENAB_29_AUG),
        ("zahr_al_magharah", date(2016, 8, 29), "sna", ENAB_29_AUG),
        # east of al-Rai: IS until 4 Sep; Zilf carried to 19 Sep
        ("bab_laymun", date(2016, 9, 3), "isis", ALAAN_4_SEP),
        ("al_wardah", date(2016, 8, 24), "isis", ALAAN_4_SEP),
        ("zilif", date(2016, 9, 19), "sna", ALAAN_4_SEP),
        # north of al-Bab: Shdar taken from IS on 10 Nov, Sheikh Alwan that day (Turkish claim)
        ("shedar", date(2016, 11, 9), "isis", "almasdaronline-2016-11-11-shweiha-shdar"),
        ("shedar", date(2016, 11, 10), "sna", "almasdaronline-2016-11-11-shweiha-shdar"),
        ("sheikh_alwan", date(2016, 11, 12), "sna", "almasdaronline-2016-11-11-shweiha-shdar"),
        # the al-Rai crossing: IS, then the rebels from 17 Aug
        ("al_rai_border_crossing", date(2016, 8, 1), "isis", WATAN),
        ("al_rai_border_crossing", date(2016, 8, 20), "opposition", WATAN),
        ("al_rai_border_crossing", date(2016, 9, 3), "sna", "reuters-2016-09-03-al-rai-villages"),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "shield2_" in record.note


def test_the_battle_for_al_rai_and_is_back_for_hours_are_fought_over_days(atlas):
    history, crossing = atlas.control.history, "al_rai_border_crossing"
    silos, retaken = (
        "enab_baladi-2016-08-15-al-rai-silos",
        "enab_baladi-2016-08-27-west-of-jarablus",
    )
    assert_checked_answer(history, crossing, date(2016, 8, 15), "isis", "contested",
                          ("opposition",), silos)  # fmt: skip
    assert_checked_answer(history, crossing, date(2016, 8, 27), "opposition", "contested",
                          ("isis",), retaken)  # fmt: skip


def test_faction_announcements_are_marked_party_side(atlas):
    record = atlas.control.history.record_on("al_hadirah", date(2016, 8, 30))
    assert "party-side" in record.note and "continuity inferred" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # before the SDF lost them the day they came to hold them is not reported
        ("yusuf_bayk", date(2016, 8, 26)),
        ("al_halwanji", date(2016, 8, 28)),
        ("mazalah", date(2016, 8, 26)),
        # before Euphrates Shield the reports do not reach this village
        ("yusuf_bayk", date(2016, 8, 10)),
        # Sheikh Alwan before the Turkish statement of 10 Nov
        ("sheikh_alwan", date(2016, 11, 9)),
        # Zilf after IS's counter-attacks round al-Rai began
        ("zilif", date(2016, 9, 20)),
        # villages west of Jarablus no report names
        ("kulliyah", date(2016, 8, 30)),
        ("zawghar", date(2016, 8, 30)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_later_days_are_the_earlier_rules(atlas):
    # from 4 Sep the border strip and from 30 Aug the Jarabulus-south rule answer, as before
    history = atlas.control.history
    assert "es_border" in history.record_on("al_rai_border_crossing", date(2016, 9, 4)).note
    assert "es_jarabulus_south" in history.record_on("mazalah", date(2016, 8, 30)).note


def test_sources_are_registered(atlas):
    assert_source_file_registered("2016-2019-shield2.toml")
    assert_registered_with_publisher(sources_cited_by(atlas, "> shield2_"))
