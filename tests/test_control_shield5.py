"""The gaps the Euphrates Shield passes still left north of al-Bab and on the Manbij line, answered
from dated reports (issue #15, h-shield5: tools/regions_2016_2018_rules_shield5.py,
sources/2016-2019-shield5.toml): Dana, Susiyan and Hazwan IS-held until the factions took them on
13 Nov 2016 (Enab Baladi via Al-Watan; IHA; Anadolu via Yeni Safak), the villages south of
Akhtarin and Tal Ali the factions' from 24 - 27 Oct (Syrian Mirror; al-Masdar; Eldorar), Tal'ar
Gharbi taken on 18 Sep and fought over on 20 - 21 Sep (al-Masdar; Akhbar al-Aan; Syrian Mirror),
Yilanli and Qurt
Wiran the Manbij Military Council's when Turkey struck them on 21 Nov 2016 (Kurdish Question:
party claim); the holder a user sees on the days the reports bound, and the days they leave open,
which stay gaps."""

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

ALWATAN_13_NOV = "al_watan_bh-2016-11-13-five-villages-north-of-al-bab"
IHA_15_NOV = "iha-2016-11-15-al-bab-villages"
YENISAFAK_DAY_75 = "yenisafak-2016-11-ablah-duwayr"
MASDAR_18_SEP = "almasdaronline-2016-09-18-five-villages-north-of-aleppo"
MIRROR_21_SEP = "syrian_mirror-2016-09-21-is-retakes-villages-near-al-rai"
MIRROR_24_OCT = "syrian_mirror-2016-10-24-villages-north-aleppo"
MASDAR_27_OCT = "almasdaronline-2016-10-27-three-villages-towards-al-bab"
ELDORAR_27_OCT = "eldorar-2016-10-27-towards-al-bab"
KQ_21_NOV = "kurdish_question-2016-11-21-turkey-strikes-manbij"
SMART_9_MAR = "smart-2017-03-09-manbij-council-five-villages"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # al-Bab's northern edge: IS until the morning of Sunday 13 Nov 2016
        ("dana", date(2016, 8, 1), "isis", "afp-2016-08-14-al-bab-military-council"),
        ("dana", date(2016, 11, 12), "isis", ALWATAN_13_NOV),
        ("susiyan", date(2016, 9, 20), "isis", IHA_15_NOV),
        ("hazwan", date(2016, 11, 12), "isis", "yenisafak-2016-11-13-al-bab-outskirts"),
        # south of Akhtarin: the factions' from 24 and 27 Oct 2016
        ("ablah", date(2016, 10, 27), "sna", MASDAR_27_OCT),
        ("duwayr_hawa", date(2016, 11, 12), "sna", YENISAFAK_DAY_75),
        ("homad", date(2016, 10, 27), "sna", ELDORAR_27_OCT),
        ("al_wash", date(2016, 10, 27), "sna", ELDORAR_27_OCT),
        ("barouza", date(2016, 10, 24), "sna", MIRROR_24_OCT),
        ("tel_tana", date(2016, 11, 12), "sna", MIRROR_24_OCT),
        ("jubb_al_asi", date(2016, 10, 24), "sna", MIRROR_24_OCT),
        # Tal Ali (Kirbijali) on the Sajur: the factions' from 27 Oct to the batch's 3 Mar 2017
        ("tal_ali", date(2016, 10, 27), "sna", MASDAR_27_OCT),
        ("tal_ali", date(2017, 3, 2), "sna", ELDORAR_27_OCT),
        # Tal'ar Gharbi: taken on Sunday 18 Sep 2016
        ("talar_gharbi", date(2016, 9, 18), "sna", MASDAR_18_SEP),
        ("talar_gharbi", date(2016, 9, 19), "sna", MASDAR_18_SEP),
        # north of Arima: the Manbij Military Council's villages Turkey struck on 21 Nov 2016
        ("qurt_wiran", date(2016, 11, 21), "sdf", KQ_21_NOV),
        ("qurt_wiran", date(2017, 3, 2), "sdf", SMART_9_MAR),
        ("ilan", date(2016, 11, 21), "sdf", KQ_21_NOV),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "shield5_" in record.note


def test_tal_ar_is_fought_over_on_20_21_sep(atlas):
    """Akhbar al-Aan: IS advanced into Tal Ar Gharbi on 20 - 21 Sep and the factions regained it;
    Syrian Mirror: IS retook it on 21 Sep. Fought over both days, a gap after."""
    history = atlas.control.history
    for day in (date(2016, 9, 20), date(2016, 9, 21)):
        assert_checked_answer(history, "talar_gharbi", day, "sna", "contested", ("isis",),
                              MIRROR_21_SEP)  # fmt: skip
    assert_stored_gap(atlas, "talar_gharbi", date(2016, 9, 22))


def test_party_side_reports_and_inferred_days_are_marked(atlas):
    history = atlas.control.history
    assert "continuity inferred" in history.record_on("dana", date(2016, 10, 1)).note
    assert "party-side" in history.record_on("ablah", date(2016, 11, 8)).note
    assert "party media" in history.record_on("homad", date(2016, 11, 1)).note
    assert "continuity inferred" in history.record_on("tal_ali", date(2017, 1, 15)).note
    qurt = history.record_on("qurt_wiran", date(2017, 1, 15)).note
    assert "party claim" in qurt and "continuity inferred" in qurt


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # before the reports' days: when they fell is not stored
        ("ablah", date(2016, 10, 26)),
        ("duwayr_hawa", date(2016, 10, 1)),
        ("barouza", date(2016, 10, 23)),
        ("tal_ali", date(2016, 10, 26)),
        ("talar_gharbi", date(2016, 9, 17)),
        # al-Wash: Syrian Mirror has it taken on 24 Oct, Eldorar on 27 Oct: the days between
        ("al_wash", date(2016, 10, 25)),
        # Tel Tana and Jubb al-Asi after the factions reached al-Bab: no report read
        ("jubb_al_asi", date(2016, 12, 1)),
        # the Manbij line before the strikes, and Yilanli after them (the batch draws it the
        # factions' from 3 Mar 2017; no report read dates a change)
        ("qurt_wiran", date(2016, 11, 20)),
        ("ilan", date(2016, 11, 20)),
        ("ilan", date(2016, 11, 22)),
        # the Sajur villages and the other villages between al-Rai and al-Bab: no dated report
        ("umm_al_julud", date(2016, 12, 1)),
        ("tal_hajar", date(2016, 10, 1)),
        ("qar_kalbin", date(2016, 10, 1)),
        # the border strip between Azaz and al-Rai before 4 Sep 2016
        ("dudiyan", date(2016, 8, 20)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_later_days_are_the_earlier_rules(atlas):
    # from 13 Nov the aleppo_shield rules answer the villages north of al-Bab, as before
    for locality in ("dana", "ablah"):
        record = atlas.control.history.record_on(locality, date(2016, 11, 13))
        assert record.controller == "sna" and "shield5_" not in record.note


def test_sources_are_registered(atlas):
    assert_source_file_registered("2016-2019-shield5.toml")
    assert_registered_with_publisher(sources_cited_by(atlas, "> shield5_"))
