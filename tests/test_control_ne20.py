"""The Peace Spring weeks round Ain Issa (issue #15, h-ne20: tools/regions_2016_2018_rules_ne20.py,
sources/2016-2019-ne20.toml): the Ain Issa grain silos fought over on 15 Oct 2019 and the army's
on 16 Oct (the National Army's spokesman via Enab Baladi; Al-Masdar; party claims), the days
either side still h-rev28's gap, and the places of the two north-east blocks no dated report
reaches, which stay gaps."""

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

SILOS = "ayn_issa_grain_silos"
ENAB_16_OCT_2019 = "enab_baladi-2019-10-16-sna-ain-issa-silos-axis"
MASDAR_15_OCT_2019 = "al_masdar-2019-10-15-clashes-north-of-ain-issa"


def test_the_silos_are_fought_over_on_15_october_2019(atlas):
    history = atlas.control.history
    day = date(2019, 10, 15)
    record = assert_region_answer(atlas, SILOS, day, "government")
    assert_checked_answer(history, SILOS, day, "government", "contested", ("sna",),
                          ENAB_16_OCT_2019)  # fmt: skip
    assert MASDAR_15_OCT_2019 in record.sources
    assert "party claim" in record.note and "ne20_ain_issa_silos" in record.note


def test_the_silos_are_the_armys_on_16_october_2019(atlas):
    history = atlas.control.history
    day = date(2019, 10, 16)
    record = assert_region_answer(atlas, SILOS, day, "government")
    assert_checked_answer(history, SILOS, day, "government", "held", (), ENAB_16_OCT_2019)
    assert "withdrew" in record.note and "party claim" in record.note


@pytest.mark.parametrize("day", [date(2019, 10, 9), date(2019, 10, 14), date(2019, 10, 17),
                                 date(2019, 10, 22)])  # fmt: skip
def test_the_silos_other_peace_spring_days_stay_gaps(atlas, day):
    assert_stored_gap(atlas, SILOS, day)
    assert "[rev28]" in atlas.control.history.record_on(SILOS, day).note


def test_the_silos_before_and_after_the_block_keep_their_answers(atlas):
    history = atlas.control.history
    for day in (date(2019, 10, 8), date(2019, 10, 23)):
        record = history.record_on(SILOS, day)
        assert history.state_of(SILOS, day).controller == "sdf", record
        assert "ne20_" not in (record.note or "")


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # [rev28], 9 - 22 Oct 2019: no dated report of those weeks names them
        ("aqbash", date(2019, 10, 15)),
        ("bandar_khan", date(2019, 10, 15)),
        ("shar_karak_shuweyhan", date(2019, 10, 15)),
        ("wasta_tell_abyad", date(2019, 10, 15)),
        ("juran", date(2019, 10, 20)),
        # [fill_northeast_between_snapshots], 19 Dec 2019 - 5 Mar 2020
        ("tukhar_kabir", date(2020, 1, 15)),
        ("qirata", date(2020, 2, 1)),
        ("mebruka", date(2020, 2, 16)),
        ("abu_mandil", date(2020, 1, 15)),
        ("halindijah", date(2020, 1, 15)),
        ("rumaylah_manbij", date(2020, 2, 16)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-ne20.toml")
    cited = sources_cited_by(atlas, "> ne20_")
    assert {ENAB_16_OCT_2019, MASDAR_15_OCT_2019} <= cited
    assert_registered_with_publisher(cited)
    hand = sources_cited_by(atlas, "[ne20]")
    assert {"sohr-2019-12-mabrukah-station-factions-to-withdraw",
            "sohr-2019-12-mabrouka-station-factions-withdrew"} <= hand  # fmt: skip
    assert_registered_with_publisher(hand)


# --- the Mabrouka substation on the M4, autumn 2019 (a snapshot disagreement) -------------------
STATION = "mabroukah_electrical_substation"
SOHR_DEC_2019 = "sohr-2019-12-mabrukah-station-factions-to-withdraw"
SOHR_DEC_2019_WITHDREW = "sohr-2019-12-mabrouka-station-factions-withdrew"


@pytest.mark.parametrize("day", [date(2019, 10, 23), date(2019, 11, 15), date(2019, 12, 4)])
def test_the_mabrouka_station_is_the_factions_into_december_2019(atlas, day):
    history = atlas.control.history
    record = assert_checked_answer(history, STATION, day, "sna", "held", (), SOHR_DEC_2019)
    assert "continuity inferred" in record.note and "[ne20]" in record.note


@pytest.mark.parametrize("day", [date(2019, 12, 5), date(2019, 12, 18), date(2019, 12, 19),
                                 date(2020, 3, 5)])  # fmt: skip
def test_the_mabrouka_station_after_the_factions_withdrawal_is_a_gap(atlas, day):
    assert_stored_gap(atlas, STATION, day)


def test_the_mabrouka_station_around_the_answer(atlas):
    history = atlas.control.history
    assert history.state_of(STATION, date(2019, 10, 22)).controller == "sna"  # rev13, contested
    assert history.state_of(STATION, date(2020, 3, 6)).controller == "sdf"  # the 2020 snapshot


def test_the_mabrouka_station_disagreement_is_documented(atlas):
    from geodata.control.consistency import read_documented
    from geodata.paths import data_dir

    documented = read_documented(data_dir())
    assert documented[(STATION, "sna", "sdf")].right == "records"
    assert documented[(STATION, "unknown", "sdf")].right == "open"
    assert SOHR_DEC_2019_WITHDREW in documented[(STATION, "unknown", "sdf")].sources
