"""Deir ez-Zor in Sep - Oct 2017, answered from Arabic-language reports (issue #15, h-deir:
tools/regions_2016_2018_rules_deir2.py, sources/2016-2019-deir2.toml): the holder a user sees on
the days Al-Masdar Online (Hezbollah's War Media, party claim), Baladi News and Kulluna Shuraka
(SANA, party claim) bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

WAR_MEDIA = "almasdaronline-2017-09-21-northwest-villages"
CROSSING = "almasdaronline-2017-09-18-east-bank-crossing"
BALADI = "baladi_news-2017-10-21-is-retakes-khasham"
SANA_22_OCT = "all4syria-2017-10-22-khasham"
TABARAYYA = "almasdaronline-2017-10-13-tabarayya"
NORTHWEST = ("al_khuraytah", "al_shumaytiyah", "al_tarif", "al_buwaytiyah", "al_hamad",
             "al_masrab", "at_tibni")  # fmt: skip


@pytest.mark.parametrize("locality", NORTHWEST)
def test_the_northwest_villages_are_the_armys_from_21_september(atlas, locality):
    """IS's until the army's push up the west bank (continuity inferred from 5 Sep), the army's
    from the War Media's list of Thursday 21 Sep 2017 to the batch's answer of 19 Nov."""
    before = assert_region_answer(atlas, locality, date(2017, 9, 18), "isis")
    assert WAR_MEDIA in before.sources and "continuity inferred" in before.note
    after = assert_region_answer(atlas, locality, date(2017, 9, 21), "government")
    assert WAR_MEDIA in after.sources and "party claim" in after.note
    assert_region_answer(atlas, locality, date(2017, 11, 18), "government")
    # 19-20 Sep, when pro-government outlets first reported some of them taken, stay gaps
    assert_stored_gap(atlas, locality, date(2017, 9, 19))
    assert_stored_gap(atlas, locality, date(2017, 9, 20))


@pytest.mark.parametrize("locality", ["khasham", "khusham"])
def test_khasham_is_fought_over_on_the_crossing_and_on_21_october(atlas, locality):
    history = atlas.control.history
    record = assert_region_answer(atlas, locality, date(2017, 9, 10), "isis")
    assert "continuity inferred" in record.note
    assert_checked_answer(history, locality, date(2017, 9, 18), "isis", "contested",
                          ("government",), CROSSING)  # fmt: skip
    record = assert_checked_answer(history, locality, date(2017, 10, 21), "isis", "contested",
                                   ("government",), BALADI)  # fmt: skip
    assert SANA_22_OCT in record.sources and "party claim" in record.note
    # between the crossing and IS's return no dated independent report is stored (19 Sep, the
    # army's claim to half the town, is h-deir4's contested day)
    assert_stored_gap(atlas, locality, date(2017, 9, 20))
    assert_stored_gap(atlas, locality, date(2017, 10, 20))


def test_tabarayya_besieged_and_hilalah_taken(atlas):
    history = atlas.control.history
    for day in (date(2017, 10, 11), date(2017, 10, 12)):
        assert_checked_answer(history, "tabarayya", day, "isis", "contested", ("sdf",), TABARAYYA)
    record = assert_region_answer(atlas, "hilalah", date(2017, 10, 12), "sdf")
    assert "party claim" in record.note
    assert_stored_gap(atlas, "hilalah", date(2017, 10, 11))


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # (Qasabi and al-Bassah were gaps here; h-deir3 answers them from two pro-government
        # sites' dated claims, marked party claims: tests/test_control_deir3.py)
        # the north-eastern desert villages of Deir ez-Zor: no dated report names them (Abu
        # Khashab, SDF-held from 6 Mar 2017 per Syria Direct, is h-rev5's: test_control_rev5)
        # (Salhiya, 8 km from Makman, is the SDF's from 9 Sep 2017 since h-hasak)
        ("butayman", date(2017, 10, 15)),
        # the Khabur east bank south of al-Shaddadi
        ("ziyanat", date(2017, 3, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-deir2.toml")
    cited = sources_cited_by(atlas, "> deir2_")
    assert {WAR_MEDIA, CROSSING, BALADI, SANA_22_OCT, TABARAYYA} <= cited
    assert {"zaiton-2016-08-24-shaddadi-attack", "nso-2017-03-20-azzawi-attack-repelled"} <= cited


def test_sawa_is_the_sdfs_from_9_october(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "as_sawa", date(2017, 10, 9), "sdf", "contested", ("isis",),
                          "step-2017-10-09-muhaymidah")  # fmt: skip
    record = assert_region_answer(atlas, "as_sawa", date(2017, 10, 20), "sdf")
    assert "continuity inferred" in record.note
    assert_stored_gap(atlas, "as_sawa", date(2017, 10, 5))


def test_sfira_tahtani_is_fought_over_on_9_october_and_a_gap_after(atlas):
    history = atlas.control.history
    assert_region_answer(atlas, "safirah_tahtani", date(2017, 9, 20), "isis")
    assert_checked_answer(history, "safirah_tahtani", date(2017, 10, 9), "isis", "contested",
                          ("sdf",), "step-2017-10-09-muhaymidah")  # fmt: skip
    assert_stored_gap(atlas, "safirah_tahtani", date(2017, 10, 10))


def test_the_is_attacks_south_of_al_shaddadi(atlas):
    history = atlas.control.history
    zaiton = "zaiton-2016-08-24-shaddadi-attack"
    assert_checked_answer(history, "kashkash_jabbour", date(2016, 8, 23), "isis", "contested",
                          ("sdf",), zaiton)  # fmt: skip
    assert_checked_answer(history, "aazawi", date(2016, 8, 23), "sdf", "contested", ("isis",),
                          zaiton)  # fmt: skip
    record = assert_checked_answer(history, "aazawi", date(2017, 3, 20), "sdf", "contested",
                                   ("isis",), "nso-2017-03-20-azzawi-attack-repelled")  # fmt: skip
    assert "party claim" in record.note
    # kashkash_jabbour to 22 Aug 2016: the SDF's since h-ne3 (test_control_ne3)
    for locality, day in (("aazawi", date(2016, 8, 24)), ("kashkash_jabbour", date(2016, 8, 24)),
                          ("aazawi", date(2017, 3, 21))):  # fmt: skip
        assert_stored_gap(atlas, locality, day)


def test_al_quriyah_entered_by_the_army_on_22_october(atlas):
    history = atlas.control.history
    record = assert_region_answer(atlas, "al_quriyah", date(2017, 10, 1), "isis")
    assert "continuity inferred" in record.note
    assert_checked_answer(history, "al_quriyah", date(2017, 10, 22), "government", "contested",
                          ("isis",), SANA_22_OCT)  # fmt: skip
    assert_stored_gap(atlas, "al_quriyah", date(2017, 10, 23))


@pytest.mark.parametrize("locality", ["al_muhasan", "al_bo_amr", "al_bulel"])
def test_al_muhasan_and_its_villages_are_is_held_until_17_october(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2017, 10, 16), "isis")
    assert "baladi_news-2017-10-17-muhasan" in record.sources
    assert "continuity inferred" in record.note
    assert_region_answer(atlas, locality, date(2017, 9, 5), "isis")


def test_dashisha_is_is_held_until_the_sdf_takes_it_on_17_june_2018(atlas):
    record = assert_region_answer(atlas, "el_dishishiyah", date(2018, 6, 10), "isis")
    assert "continuity inferred" in record.note
    record = assert_region_answer(atlas, "el_dishishiyah", date(2018, 6, 17), "sdf")
    assert "ap-2018-06-17-dashishah" in record.sources
    assert_region_answer(atlas, "el_dishishiyah", date(2018, 12, 11), "sdf")
    assert_stored_gap(atlas, "el_dishishiyah", date(2018, 6, 4))
    # the other gazetteer point named like it, on the Khabur, stays a gap
    assert atlas.control.history.state_of("dashishah", date(2018, 6, 10)).controller != "sdf"


def test_tall_al_jayer_is_held_by_is_on_18_june_2017(atlas):
    record = assert_region_answer(atlas, "tall_al_jayer", date(2017, 6, 18), "isis")
    assert "almasdaronline-2017-06-19-tall-jayer" in record.sources
    assert_stored_gap(atlas, "tall_al_jayer", date(2017, 6, 19))


def test_tall_safuq_is_the_sdfs_from_23_june_2018(atlas):
    assert_region_answer(atlas, "tal_safouq", date(2018, 6, 20), "isis")
    record = assert_region_answer(atlas, "tal_safouq", date(2018, 6, 24), "sdf")
    assert "syria_tv-2018-06-23-tall-safuq" in record.sources
    # (21 - 22 Jun 2018 are fought over since h-hasak, 23 Jun since h-rev20: Step News has it
    # taken at dawn on 24 Jun; tests/test_control_hasak.py, tests/test_control_rev20.py)
    assert_stored_gap(atlas, "tal_safouq", date(2018, 6, 4))
