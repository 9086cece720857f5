"""Review h-rev44 (issue #15): leads other reviews reported but did not change.

1. Rasm al-Nafal, the two Shallalahs, al-Rahib and Mazra'at ar-Ruwayhib (north-east of Khanasir):
   the army's from 4 Jun 2017 is now a stored gap for 4 - 29 Jun (SOHR has IS east of Khanasir to
   29 Jun; Al-Araby puts the villages on the army's supply road); the army's from 30 Jun.
2. Karratin al-Kabirah: HTS's to 7 Jan 2018; a stored gap 8 Jan 2018 - 22 Oct 2019 (Al-Masdar via
   PanARMENIAN.Net: the army took it on 8 Jan 2018, party claim; the autumn-2019 snapshot draws
   it HTS-held from 23 Oct 2019).
3. ar-Rafiqah (Raqqa's old city): h-spot8's answer confirmed (contested to 3 Sep, the SDF's from
   4 Sep 2017); ANHA's map of about 25 Aug not followed."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

ALARABY = "alaraby-2016-02-23-is-takes-khanasir"
PANARMENIAN = "panarmenian-2018-01-08-ajaz-karratin"
REUTERS = "reuters-2017-06-30-is-leaves-aleppo-province"
ROAD_VILLAGES = [
    "rasm_al_nafal",
    "shallalah_kabirah",
    "shallalah_saghirah",
    "al_rahib",
    "mazraat_ar_ruwayhib",
]


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev44.toml")
    assert_registered_with_publisher([ALARABY, PANARMENIAN])


@pytest.mark.parametrize("locality", ROAD_VILLAGES)
def test_road_villages_gap_to_29_jun_2017(atlas, locality):
    for day in (date(2017, 6, 3), date(2017, 6, 4), date(2017, 6, 15), date(2017, 6, 29)):
        assert_stored_gap(atlas, locality, day)
    record = atlas.control.history.record_on(locality, date(2017, 6, 29))
    assert "[rev44]" in record.note and ALARABY in record.sources and REUTERS in record.sources
    history = atlas.control.history
    for day in (date(2017, 6, 30), date(2018, 6, 1)):
        record = assert_checked_answer(history, locality, day, "government", "held", (), REUTERS)
        assert "[rev44]" in record.note


def test_hawaz_now_a_gap_to_29_jun(atlas):
    """h-rev47 applied this review's road reasoning to al-Hawaz (tests/test_control_rev47.py)."""
    assert_stored_gap(atlas, "al_hawaz", date(2017, 6, 29))
    history = atlas.control.history
    assert_checked_answer(history, "al_hawaz", date(2017, 6, 30), "government", "held", (), REUTERS)


def test_karratin_al_kabirah(atlas):
    history = atlas.control.history
    record = history.record_on("karratin_al_kabirah", date(2018, 1, 7))
    assert (record.controller, record.status) == ("hts", "shared"), record
    for day in (date(2018, 1, 8), date(2018, 9, 17), date(2019, 10, 22)):
        assert_stored_gap(atlas, "karratin_al_kabirah", day)
        record = history.record_on("karratin_al_kabirah", day)
        assert PANARMENIAN in record.sources and "[rev44]" in record.note
    # the autumn-2019 snapshot's answer from 23 Oct 2019 is kept
    assert history.state_of("karratin_al_kabirah", date(2019, 10, 23)).controller == "hts"


@pytest.mark.parametrize(
    ("day", "controller", "status"),
    [
        (date(2017, 8, 25), "isis", "contested"),
        (date(2017, 9, 3), "isis", "contested"),
        (date(2017, 9, 4), "sdf", "held"),
    ],
)
def test_rafiqah_kept_from_4_sep_2017(atlas, day, controller, status):
    record = atlas.control.history.record_on("ar_rafiqah_district", day)
    assert (record.controller, record.status) == (controller, status), record
