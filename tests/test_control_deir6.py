"""Deir ez-Zor, the sixth batch (issue #15, h-deir6: tools/regions_2016_2018_rules_deir6.py,
sources/2016-2019-deir6.toml): the holder a user sees on the days the reports bound - Juwayce,
Bir Shammari, Fatatish and Aziz on the Makman - Raqqa road the SDF's from 17 - 20 Feb 2017, the
Jafra oil field IS's until the SDF announced it taken on 30 Sep 2017 and the SDF's to 10 Oct, the
Tanak field IS's to 24 Oct, fought over on 25 Oct and 9 Nov, the SDF's from 13 Nov 2017 to Aug
2018 reports - and the days they leave open, which stay gaps."""

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

ENAB_30_SEP = "enab_baladi-2017-09-30-jafra"
SMART_25_OCT = "smart-2017-10-25-towards-tanak"
ENAB_9_NOV = "enab_baladi-2017-11-09-markada-busayrah"
ENAB_13_NOV = "enab_baladi-2017-11-13-tanak"
ZAMAN_AUG_2018 = "zaman_al_wasl-2018-08-tanak-pumping-again"
ENAB_AUG_2018 = "enab_baladi-2018-08-tanak-resumes"
MASDAR_ONLINE_13_OCT = "almasdaronline-2017-10-13-tabarayya"
SYRIAN_MIRROR_20_FEB = "syrian_mirror-2017-02-20-makman-road-villages"
NEW = (ENAB_30_SEP, SMART_25_OCT, ENAB_13_NOV, ZAMAN_AUG_2018, ENAB_AUG_2018, SYRIAN_MIRROR_20_FEB)


def test_juwayce_is_the_sdfs_from_friday_17_february_2017(atlas):
    for day in (date(2017, 2, 17), date(2017, 2, 20), date(2017, 2, 23)):
        record = assert_region_answer(atlas, "jowayce", day, "sdf")
        assert SYRIAN_MIRROR_20_FEB in record.sources
    history = atlas.control.history
    assert history.state_of("jowayce", date(2017, 2, 16)).controller == "isis"
    assert history.state_of("jowayce", date(2017, 2, 24)).controller == "sdf"


@pytest.mark.parametrize("locality", ["bir_shammari", "fetatish"])
def test_the_sdfs_statement_of_19_february_and_the_days_before_it_stay_gaps(atlas, locality):
    for day in (date(2017, 2, 17), date(2017, 2, 18)):
        assert_stored_gap(atlas, locality, day)
    for day in (date(2017, 2, 19), date(2017, 2, 23)):
        record = assert_region_answer(atlas, locality, day, "sdf")
        assert "party claim" in record.note and SYRIAN_MIRROR_20_FEB in record.sources


def test_aziz_is_fought_over_on_19_february_and_the_sdfs_after(atlas):
    history = atlas.control.history
    assert_stored_gap(atlas, "aziz", date(2017, 2, 18))
    assert_checked_answer(history, "aziz", date(2017, 2, 19), "isis", "contested", ("sdf",),
                          SYRIAN_MIRROR_20_FEB)  # fmt: skip
    for day in (date(2017, 2, 20), date(2017, 2, 23)):
        assert_region_answer(atlas, "aziz", day, "sdf")


def test_jafra_is_held_by_is_until_the_sdfs_statement_of_30_september(atlas):
    for day in (date(2017, 9, 9), date(2017, 9, 20), date(2017, 9, 29)):
        record = assert_region_answer(atlas, "jafra_oil_field", day, "isis")
        assert ENAB_30_SEP in record.sources and "continuity inferred" in record.note
    # the day before the SDF's campaign stays the earlier (pre-campaign) answer, not this rule's
    before = atlas.control.history.record_on("jafra_oil_field", date(2017, 9, 8))
    assert "deir6_" not in before.note


def test_jafra_is_the_sdfs_from_30_september_to_the_eve_of_is_counter_attack(atlas):
    for day in (date(2017, 9, 30), date(2017, 10, 5), date(2017, 10, 10)):
        record = assert_region_answer(atlas, "jafra_oil_field", day, "sdf")
        assert ENAB_30_SEP in record.sources and "party claim" in record.note
    # 11 - 13 Oct: the earlier rule's fought-over days (IS's counter-attack)
    history = atlas.control.history
    assert_checked_answer(history, "jafra_oil_field", date(2017, 10, 11), "sdf", "contested",
                          ("isis",), MASDAR_ONLINE_13_OCT)  # fmt: skip
    # 14 - 21 Oct: the outcome of IS's attack is not dated
    for day in (date(2017, 10, 14), date(2017, 10, 21)):
        assert_stored_gap(atlas, "jafra_oil_field", day)


def test_sawa_is_fought_over_on_3_october_and_4_october_stays_a_gap(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "as_sawa", date(2017, 10, 3), "isis", "contested", ("sdf",),
                          "deirezzor24-2017-10-03-kasra")  # fmt: skip
    assert history.state_of("as_sawa", date(2017, 10, 2)).controller == "isis"
    for day in (date(2017, 10, 4), date(2017, 10, 8)):
        assert_stored_gap(atlas, "as_sawa", day)


def test_tanak_is_held_by_is_until_the_sdfs_attack_of_25_october(atlas):
    for day in (date(2017, 9, 9), date(2017, 10, 1), date(2017, 10, 24)):
        record = assert_region_answer(atlas, "tanak_processing_plant", day, "isis")
        assert SMART_25_OCT in record.sources and "region-level" in record.note


def test_tanak_is_fought_over_on_the_reported_days_and_a_gap_between(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "tanak_processing_plant", date(2017, 10, 25), "isis",
                          "contested", ("sdf",), SMART_25_OCT)  # fmt: skip
    assert_checked_answer(history, "tanak_processing_plant", date(2017, 11, 9), "isis",
                          "contested", ("sdf",), ENAB_9_NOV)  # fmt: skip
    for day in (date(2017, 10, 26), date(2017, 11, 8), date(2017, 11, 10), date(2017, 11, 12)):
        assert_stored_gap(atlas, "tanak_processing_plant", day)


def test_tanak_is_the_sdfs_from_13_november_2017_to_august_2018(atlas):
    for day in (date(2017, 11, 13), date(2017, 12, 31), date(2018, 5, 21), date(2018, 8, 21)):
        record = assert_region_answer(atlas, "tanak_processing_plant", day, "sdf")
        assert ENAB_13_NOV in record.sources and ZAMAN_AUG_2018 in record.sources
        assert "party claim" in record.note and "continuity inferred" in record.note
    # from 22 Aug 2018 to the SDF's Hajin campaign a gap; the earlier rule answers from 14 Dec
    for day in (date(2018, 8, 22), date(2018, 12, 13)):
        assert_stored_gap(atlas, "tanak_processing_plant", day)
    assert_region_answer(atlas, "tanak_processing_plant", date(2018, 12, 14), "sdf")


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the villages north of al-Busayrah: no dated report names them before 12 Nov 2017
        ("al_dahla", date(2017, 10, 1)),
        ("busaytin", date(2017, 10, 15)),
        # Khasham after the army's crossing: no dated report of who held the town
        ("khasham", date(2017, 10, 1)),
        # the north-western villages of 19 - 20 Sep 2017: the pro-government reports disagree
        ("al_masrab", date(2017, 9, 19)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-deir6.toml")
    assert_registered_with_publisher(NEW)
    assert set(NEW) <= sources_cited_by(atlas, "> deir6_")
