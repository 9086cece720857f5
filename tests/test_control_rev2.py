"""The review h-rev2 (issue #15): answers earlier rules and the batch gave that the sources
contradict, corrected. al-Quriyah, a west-bank town, is the army's from 28 Nov 2017, not the SDF's;
Ghaygan, Kafr Abbash, al-Zaraa and Burj al-Rumman stay in the rebel-held al-Hass pocket until the
army took them on 13 Jan 2018; Abbudiyah and Multafitah (north of Kweires) are gaps in 2016 (a
report has the army there in Jan 2016); the pocket east of Khanasir is IS's until 29 Jun 2017."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

PEOPLE_DAILY = "people_daily-2017-11-28-quriyah"
TASNIM = "tasnim-2018-01-13-25-villages-south-aleppo"
AFP_KHANASIR = "afp-2017-06-30-is-leaves-aleppo-province"
REUTERS_KHANASIR = "reuters-2017-06-30-is-leaves-aleppo-province"
HASS = ("ghaygan", "kafr_abbash", "al_zaraa", "burj_al_rumman")
EAST_OF_KHANASIR = ("zabad", "fajdan", "toubah", "al_hubara", "hayat")


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2019-rev2.toml")


# al-Quriyah: h-rev2 gave the west-bank town the army's answer from 28 Nov 2017 (SANA via People's
# Daily, party claim) instead of the SDF's east-bank rule; review h-rev54 made the point a gap from
# then (the gazetteer point lies on the east bank, where the town's answer painted the SDF's bank
# the army's). The answer's sources stay named in the gap: test_control_rev54.py.


@pytest.mark.parametrize("day", [date(2017, 12, 31), date(2018, 6, 1), date(2019, 3, 22)])
def test_al_quriyah_is_not_the_sdfs_and_now_a_gap(atlas, day):
    record = atlas.control.history.record_on("al_quriyah", day)
    assert record.controller == "unknown"
    assert PEOPLE_DAILY in record.sources
    assert "deir_north_of_pocket" not in record.note


def test_al_quriyah_between_the_entry_and_the_claim_is_a_gap(atlas):
    assert_stored_gap(atlas, "al_quriyah", date(2017, 11, 1))
    assert_stored_gap(atlas, "al_quriyah", date(2017, 11, 27))
    assert_stored_gap(atlas, "al_quriyah", date(2017, 11, 28))


@pytest.mark.parametrize("day", [date(2019, 3, 23), date(2019, 10, 23), date(2024, 11, 26)])
def test_al_quriyah_after_baghuz_names_the_regimes_sources_in_its_gap(atlas, day):
    history = atlas.control.history
    record = history.record_on("al_quriyah", day)
    assert history.state_of("al_quriyah", day).controller == "unknown"
    assert "enab_baladi-2024-12-06-regime-withdraws-deir-ez-zor" in record.sources


def test_al_quriyah_disagreement_with_the_snapshots_is_recorded():
    import csv

    from geodata.paths import data_dir

    path = data_dir() / "control" / "snapshot-disagreements.csv"
    rows = {row["locality"]: row for row in csv.DictReader(path.open(encoding="utf-8"))}
    row = rows["al_quriyah"]
    assert (row["researched"], row["snapshot"], row["right"]) == ("unknown", "sdf", "open")


@pytest.mark.parametrize("locality", HASS)
def test_the_hass_villages_are_rebel_held_in_2017(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2017, 9, 1), "opposition")
    assert record.status == "shared" and "hts" in record.with_parties
    assert TASNIM in record.sources and "continuity inferred" in record.note


@pytest.mark.parametrize("locality", HASS)
def test_the_hass_villages_are_the_armys_from_13_january_2018(atlas, locality):
    history = atlas.control.history
    assert_stored_gap(atlas, locality, date(2018, 1, 12))
    record = assert_checked_answer(history, locality, date(2018, 1, 13), "government", "held",
                                   (), TASNIM)  # fmt: skip
    assert "party claim" in record.note
    assert history.state_of(locality, date(2018, 1, 15)).controller == "government"
    assert history.state_of(locality, date(2017, 6, 4)).controller != "government"


@pytest.mark.parametrize("locality", ["abbudiyah", "multafitah"])
def test_abbudiyah_and_multafitah_are_gaps_before_the_2017_campaign(atlas, locality):
    """No longer IS-held region-level to 16 Jan 2017: al-Masdar (15 Jan 2016) had the army take
    them round Kweires; the February and March 2017 answers stand."""
    assert_stored_gap(atlas, locality, date(2016, 8, 1))
    assert_stored_gap(atlas, locality, date(2017, 1, 16))
    assert_region_answer(atlas, locality, date(2017, 2, 20), "government")
    assert_region_answer(atlas, locality, date(2017, 4, 1), "government")


@pytest.mark.parametrize("locality", EAST_OF_KHANASIR)
def test_east_of_khanasir_is_is_held_until_29_june_2017(atlas, locality):
    history = atlas.control.history
    for day in (date(2017, 6, 4), date(2017, 6, 29)):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert REUTERS_KHANASIR in record.sources
    after = history.record_on(locality, date(2017, 6, 30))
    assert history.state_of(locality, date(2017, 6, 30)).controller == "government"
    assert AFP_KHANASIR in after.sources and REUTERS_KHANASIR in after.sources
