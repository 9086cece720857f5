"""The villages round the northern Hama pocket (issue #15, h-gaphama:
tools/regions_2016_2018_rules_gaphama.py, sources/2016-2019-gaphama.toml): Ma'arkaba and
al-Buwaydah the factions' (with HTS) through the 2019 offensive to the eve of the army's entry on
23 Aug 2019, al-Buwaydah and al-Mahruqah in the factions' offensive of 29 Aug 2016, and the days
no dated report reaches, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

SANA = "sana-2019-08-23-latamina-maarkaba-lahaya"
SOHR_2019 = "sohr-2019-08-23-buwaydah-maarkaba-first-since-2012"
SOHR_2016 = "sohr-2016-08-31-hama-offensive-villages"
HURRIYA = "hurriya_press-2019-05-12-karim-checkpoint"
AL_HAL_2015 = "al_hal-2015-12-16-banah-clashes"
AL_HAL_2016 = "al_hal-2016-11-10-banah-attack-repelled"
AP_AL_BANI = "ap-2019-05-06-al-bani"
AL_HAL_AUG_2016 = "al_hal-2016-08-30-zor-al-heisa-zor-al-mahruqa"
NEW = (SANA, SOHR_2019, AL_HAL_2015, AL_HAL_2016, AL_HAL_AUG_2016)


@pytest.mark.parametrize("locality", ["maarkaba", "buwaydah_hama_2"])
@pytest.mark.parametrize(
    "day", [date(2019, 4, 30), date(2019, 5, 12), date(2019, 7, 1), date(2019, 8, 22)]
)
def test_the_pocket_villages_are_the_factions_through_the_offensive(atlas, locality, day):
    record = assert_region_answer(atlas, locality, day, "opposition")
    assert record.status == "shared" and "hts" in record.with_parties
    assert SOHR_2019 in record.sources and SANA in record.sources
    assert "continuity inferred" in record.note and "party claim" in record.note


def test_maarkaba_cites_the_may_strikes_and_buwaydah_is_region_level(atlas):
    maarkaba = atlas.control.history.record_on("maarkaba", date(2019, 6, 1))
    buwaydah = atlas.control.history.record_on("buwaydah_hama_2", date(2019, 6, 1))
    assert HURRIYA in maarkaba.sources
    assert buwaydah.note.startswith("[fill_hama_near_morek > gaphama_buwaydah] region-level")


@pytest.mark.parametrize("locality", ["maarkaba", "buwaydah_hama_2"])
def test_the_army_holds_them_from_23_august_2019(atlas, locality):
    history = atlas.control.history
    assert history.state_of(locality, date(2019, 8, 23)).controller == "government"
    assert "gaphama_" not in (history.record_on(locality, date(2019, 8, 23)).note or "")


@pytest.mark.parametrize(
    "day",
    [date(2016, 8, 1), date(2016, 11, 9), date(2018, 7, 7), date(2019, 4, 29), date(2019, 4, 30),
     date(2019, 5, 5)],
)  # fmt: skip
def test_al_banah_is_the_oppositions_until_the_army_took_it(atlas, day):
    record = assert_region_answer(atlas, "al_banah", day, "opposition")
    assert {AL_HAL_2015, AL_HAL_2016, AP_AL_BANI} <= set(record.sources)
    assert "continuity inferred" in record.note and record.status == "held"


def test_al_banah_is_the_armys_from_6_may_2019_then_a_gap(atlas):
    history = atlas.control.history
    assert history.state_of("al_banah", date(2019, 5, 6)).controller == "government"
    assert "gaphama_" not in (history.record_on("al_banah", date(2019, 5, 6)).note or "")
    assert_stored_gap(atlas, "al_banah", date(2019, 5, 22))


@pytest.mark.parametrize("locality", ["buwaydah_hama_2", "mahruqah"])
def test_the_factions_offensive_of_29_august_2016(atlas, locality):
    for day in (date(2016, 8, 1), date(2016, 8, 28)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert SOHR_2016 in record.sources and "continuity inferred" in record.note
    record = assert_region_answer(atlas, locality, date(2016, 8, 31), "opposition")
    assert SOHR_2016 in record.sources


@pytest.mark.parametrize("locality", ["mahruqah", "zor_al_heisa"])
def test_zor_al_heisa_and_zor_al_mahruqa_fell_on_the_evening_of_29_august_2016(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2016, 8, 29), "government")
    assert record.status == "contested" and record.with_parties == ("opposition",)
    assert AL_HAL_AUG_2016 in record.sources
    record = assert_region_answer(atlas, locality, date(2016, 8, 30), "opposition")
    assert record.status == "held" and AL_HAL_AUG_2016 in record.sources


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the day al-Buwaydah fell is not stored
        ("buwaydah_hama_2", date(2016, 8, 29)),
        ("buwaydah_hama_2", date(2016, 8, 30)),
        # no dated report after SOHR's list of 31 Aug 2016
        ("buwaydah_hama_2", date(2016, 9, 1)),
        ("mahruqah", date(2016, 9, 1)),
        ("buwaydah_hama_2", date(2019, 4, 29)),
        # Ma'arkaba before the offensive: no dated report read states its holder
        ("maarkaba", date(2016, 8, 1)),
        ("maarkaba", date(2019, 4, 29)),
        # al-Mahruqah in the offensive, and the blue factory, stay open
        ("mahruqah", date(2019, 6, 1)),
        ("blue_factory", date(2019, 6, 1)),
        # the Mhardeh road villages in the offensive: shelling reports only
        ("jalma", date(2019, 7, 28)),
        ("al_sheikh_hadeid", date(2019, 7, 28)),
    ],
)
def test_days_no_dated_report_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-gaphama.toml")
    assert_registered_with_publisher((*NEW, SOHR_2016, HURRIYA))
    assert set(NEW) <= sources_cited_by(atlas, "> gaphama_")
