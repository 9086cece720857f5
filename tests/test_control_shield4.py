"""The gaps Euphrates Shield's strip still left, answered from dated reports (issue #15,
h-shield4: tools/regions_2016_2018_rules_shield4.py, sources/2016-2019-shield4.toml): al-Rai's
grain silos in the rebels' battle for the town of 15 - 17 Aug 2016 (Enab Baladi, Watan FM, Radio
Rozana), the Bab al-Salameh crossing and the villages on the Azaz - Kilis road in Aug 2016 (OCHA,
AFP, Enab Baladi, Reuters) and al-Farat and Umm Adasa west of Manbij between the Dec 2019 and Mar
2020 snapshots (SOHR, ANHA); the holder a user sees on the days the reports bound, and the days
they leave open, which stay gaps."""

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

SILOS = "al_rai_grain_silo"
ENAB_15_AUG = "enab_baladi-2016-08-15-al-rai-silos"
ROZANA_17_AUG = "rozana-2016-08-17-al-rai-retaken"
WATAN_17_AUG = "watan_fm-2016-08-17-al-rai-taken"
OCHA_1_JUN = "un-2016-06-01-ocha-azaz-flash-update-2"
REUTERS_4_SEP = "reuters-2016-09-04-azaz-jarablus-secured"
SOHR_FEB_2020 = "sohr-2020-02-manbij-west-villages-regime-wounded"
ANHA_17_FEB_2020 = "anha-2020-02-17-manbij-west-hundred-shells"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # al-Rai's silos: IS until the factions' attack of 15 Aug, the rebels' from 17 Aug
        (SILOS, date(2016, 8, 1), "isis", WATAN_17_AUG),
        (SILOS, date(2016, 8, 14), "isis", ENAB_15_AUG),
        (SILOS, date(2016, 8, 17), "opposition", ROZANA_17_AUG),
        (SILOS, date(2016, 9, 2), "opposition", WATAN_17_AUG),
        (SILOS, date(2016, 9, 3), "sna", "reuters-2016-09-03-al-rai-villages"),
        # the Azaz - Kilis road behind the rebels' Azaz front, to the strip's 4 Sep
        ("bab_al_salameh_crossing", date(2016, 8, 1), "opposition", OCHA_1_JUN),
        ("salameh", date(2016, 8, 15), "opposition", ENAB_15_AUG),
        ("salameh_idp_camp", date(2016, 8, 24), "opposition", OCHA_1_JUN),
        ("sajo", date(2016, 9, 3), "opposition", REUTERS_4_SEP),
        # west of Manbij between the snapshots: SDF-held with the army's posts
        ("al_farat", date(2019, 12, 19), "sdf", SOHR_FEB_2020),
        ("umm_adasat_al_farat", date(2020, 2, 16), "sdf", SOHR_FEB_2020),
        ("umm_adasat_al_farat", date(2020, 3, 5), "sdf", ANHA_17_FEB_2020),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "shield4_" in record.note


def test_the_battle_for_the_silos_is_fought_over(atlas):
    """Enab Baladi: the factions took the silos on Monday 15 Aug; Radio Rozana: taken again on
    Tuesday 16 Aug, IS counter-attacking that evening; IS back in part of al-Rai on 27 Aug."""
    history = atlas.control.history
    for day in (date(2016, 8, 15), date(2016, 8, 16)):
        assert_checked_answer(history, SILOS, day, "opposition", "contested", ("isis",),
                              ENAB_15_AUG)  # fmt: skip
    assert_checked_answer(history, SILOS, date(2016, 8, 27), "opposition", "contested",
                          ("isis",), "enab_baladi-2016-08-27-west-of-jarablus")  # fmt: skip


def test_party_side_reports_and_inferred_days_are_marked(atlas):
    history = atlas.control.history
    assert "party-side" in history.record_on(SILOS, date(2016, 8, 15)).note
    assert "continuity inferred" in history.record_on(SILOS, date(2016, 8, 20)).note
    assert "continuity inferred" in history.record_on("sajo", date(2016, 8, 20)).note
    manbij_west = history.record_on("al_farat", date(2020, 1, 15))
    assert "party claim" in manbij_west.note and "continuity inferred" in manbij_west.note


def test_the_army_shares_the_villages_west_of_manbij(atlas):
    """SOHR: regime soldiers wounded at their positions in the villages shelled in mid-Feb 2020."""
    history = atlas.control.history
    for locality in ("al_farat", "umm_adasat_al_farat"):
        assert_checked_answer(history, locality, date(2020, 2, 16), "sdf", "shared",
                              ("government",), SOHR_FEB_2020)  # fmt: skip


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the border villages between Azaz and al-Rai before 4 Sep: no dated report read
        ("dudiyan", date(2016, 8, 20)),
        ("harjalah", date(2016, 8, 10)),
        # west of Jarablus before Euphrates Shield reached them
        ("yaqubiyah", date(2016, 8, 30)),
        # the front villages east of Azaz (Kafr Shush, Tatiyah) are not named in August
        ("kafr_shush", date(2016, 8, 20)),
        ("tatiyah", date(2016, 8, 20)),
        # the rest of the Manbij line between the snapshots: no dated report read names them
        ("jat", date(2020, 1, 15)),
        ("abu_mandil", date(2020, 2, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_later_days_are_the_earlier_rules(atlas):
    # from 4 Sep the border-strip rule answers the silos, as before
    record = atlas.control.history.record_on(SILOS, date(2016, 9, 4))
    assert record.sources and "shield4_" not in record.note


def test_sources_are_registered(atlas):
    assert_source_file_registered("2016-2019-shield4.toml")
    assert_registered_with_publisher(sources_cited_by(atlas, "> shield4_"))
