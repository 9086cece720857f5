"""Deir ez-Zor in Sep - Nov 2017, the third batch (issue #15, h-deir3:
tools/regions_2016_2018_rules_deir3.py, sources/2016-2019-deir3.toml): the holder a user sees on
the days the reports bound - the army's west bank up to Ma'dan, the Thayyem field and the T2
station, the SDF's north-western villages of Feb 2017, the Conoco plant, the Jafra field fought
over and al-Shahil - and the days they leave open, which stay gaps."""

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

ENAB = "enab_baladi-2017-02-24-sdf-north-deir-villages"
MASDAR_22_SEP = "al_masdar-2017-09-23-kusubi-bassah"
MASDAR_23_SEP = "al_masdar-2017-09-23-maadan-west-bank"
MURASELON = "muraselon-2017-09-23-maadan"
XINHUA = "xinhua-2017-09-09-teym-oil-field"
REUTERS_T2 = "reuters-2017-10-26-t2-pumping-station"
EUPHRATES_POST = "euphrates_post-2017-11-13-shahil"
OILPRICE = "oilprice-2017-09-25-conoco-plant"
TABARAYYA = "almasdaronline-2017-10-13-tabarayya"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # the SDF's since Feb 2017 (Enab Baladi), to the batch's SDF answer of 31 Oct 2017
        ("jarwan", date(2017, 9, 9), "sdf", ENAB),
        ("kuwaytar", date(2017, 10, 30), "sdf", ENAB),
        ("fanajin_al_sharqi", date(2017, 10, 1), "sdf", ENAB),
        # the army's from 22 Sep (Kusubi, al-Bassah: Al-Masdar; Ma'dan Atiq: Muraselon)
        ("qasabi", date(2017, 9, 22), "government", MASDAR_22_SEP),
        ("madan_atiq", date(2017, 11, 18), "government", MURASELON),
        # the whole west bank north of the city from 23 Sep (Al-Masdar)
        ("al_matha", date(2017, 9, 23), "government", MASDAR_23_SEP),
        ("rusafah", date(2017, 10, 15), "government", MASDAR_23_SEP),
        # the Thayyem field from 9 Sep (SANA via Xinhua), T2 from 26 Oct (Reuters)
        ("thayyem_oil_field", date(2017, 9, 9), "government", XINHUA),
        ("t2_pumping_station", date(2017, 10, 26), "government", REUTERS_T2),
        ("abandoned_t2_airport", date(2017, 11, 1), "government", REUTERS_T2),
        # al-Shahil the SDF's from 13 Nov (Euphrates Post); the Conoco plant from 25 Sep
        ("al_shahil", date(2017, 11, 13), "sdf", EUPHRATES_POST),
        ("conoco_tabieh_gas_plant", date(2017, 11, 1), "sdf", OILPRICE),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "continuity inferred" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        ("qasabi", date(2017, 9, 21)),
        ("al_matha", date(2017, 9, 21)),
        ("rusafah", date(2017, 9, 18)),
        ("thayyem_processing_facility", date(2017, 9, 8)),
        ("t2_pumping_station", date(2017, 10, 22)),
        ("al_shahil", date(2017, 11, 12)),
        ("hawaij", date(2017, 11, 13)),
        # Ayyash: SOHR (Jan 2016), Al-Hal (Dec 2016), to the siege's end (Reuters)
        ("ayyash", date(2016, 8, 1)),
        ("ayyash", date(2017, 9, 4)),
    ],
)
def test_is_holds_until_the_day_the_reports_give(atlas, locality, day):
    record = assert_region_answer(atlas, locality, day, "isis")
    assert "continuity inferred" in record.note


def test_the_army_claims_are_marked_as_the_partys(atlas):
    for locality, day in (("qasabi", date(2017, 9, 30)), ("shayma", date(2017, 9, 30)),
                          ("thayyem_oil_field", date(2017, 10, 1)),
                          ("t2_pumping_station", date(2017, 11, 1))):  # fmt: skip
        note = atlas.control.history.record_on(locality, day).note
        assert "party claim" in note or "party-side claim" in note, locality


def test_the_jafra_field_is_fought_over_on_11_13_october(atlas):
    """Al-Masdar Online (13 Oct 2017): a third day of clashes round the field IS tried to retake."""
    history = atlas.control.history
    for day in (date(2017, 10, 11), date(2017, 10, 13)):
        assert_checked_answer(history, "jafra_oil_field", day, "sdf", "contested", ("isis",),
                              TABARAYYA)  # fmt: skip


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the day the army reached these west-bank villages is not reported
        ("rusafah", date(2017, 9, 20)),
        ("shayma", date(2017, 9, 22)),
        ("al_matha", date(2017, 9, 22)),
        # pro-government claims round T2 before Hezbollah's media named it taken
        ("t2_pumping_station", date(2017, 10, 24)),
        # the SDF's day at al-Hawaij and the Jafra field's days after the fight (the days before
        # it are the SDF's since h-deir6: tests/test_control_deir6.py)
        ("hawaij", date(2017, 11, 14)),
        ("jafra_oil_field", date(2017, 10, 14)),
        # north-western villages no report names
        # (Balash is the SDF's from 9 Sep 2017 since h-hasak: tests/test_control_hasak.py)
        ("hilo", date(2017, 9, 20)),
        # Ayyash after the siege was broken
        ("ayyash", date(2017, 9, 5)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-deir3.toml")
    cited = sources_cited_by(atlas, "> deir3_")
    assert {ENAB, MASDAR_22_SEP, MASDAR_23_SEP, MURASELON, XINHUA, REUTERS_T2, EUPHRATES_POST,
            OILPRICE, "al_hal-2016-12-25-ayyash-fawqani-return"} <= cited  # fmt: skip
