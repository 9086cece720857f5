"""Review h-rev55 (issue #15; hand rows tagged [rev55] in records/2016-2024.csv, sources
sources/2016-2019-rev55.toml): Shirkrak (the gazetteer's Shar Karak & Shuweyhan) on the M4 east
of Ain Issa, the SDF's to 16 Nov 2019 and the factions' from the capture of its village and silos
on 17 - 18 Nov (SOHR, Al Arabiya, North Press; Hawar and Al-Hal Net), a gap on 9 Dec and from
11 Dec 2019 naming both; al-Aliya on the M4 west of Tell Tamr the SDF's shared with the army
from the regime's deployment at its silos on 1 Dec 2019 (SOHR). The Ain Issa silos and Mebruka
are checked and kept."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

SHIRKRAK = "shar_karak_shuweyhan"
SOHR_7_NOV = "sohr-2019-11-07-shirkrak-village-sdf-full-control"
SOHR_ATTACK = "sohr-2019-11-sdf-attack-shrekrak-silos"
ARABIYA_20_NOV = "al_arabiya-2019-11-20-sdf-attack-shirkrak-silos"
NP_19_NOV = "north_press-2019-11-shirkrak-silos-russian-efforts"
NP_23_NOV = "north_press-2019-11-ain-issa-attack-silos-not-left"
HAWAR_DEC = "anha-2019-12-shirkrak-silos-turkish-withdrawal"
HAL_10_DEC = "al_hal-2019-12-10-turkish-army-back-at-shirkrak-silos"
SOHR_DEC = "sohr-2019-12-shirkirak-silos-grain-to-turkey"
SPC_FEB_2021 = "syrian_press_center-2021-02-19-shirkrak-silos-grain"


@pytest.mark.parametrize("day", [date(2019, 10, 23), date(2019, 11, 7), date(2019, 11, 16)])
def test_shirkrak_is_the_sdfs_before_the_capture(atlas, day):
    record = assert_checked_answer(atlas.control.history, SHIRKRAK, day, "sdf", "held", (),
                                   SOHR_7_NOV)  # fmt: skip
    assert "[rev55]" in record.note


def test_shirkrak_is_fought_over_on_the_day_of_the_capture(atlas):
    record = assert_checked_answer(atlas.control.history, SHIRKRAK, date(2019, 11, 17), "sna",
                                   "contested", ("sdf",), HAWAR_DEC)  # fmt: skip
    assert SOHR_ATTACK in record.sources and "17 November" in record.note


@pytest.mark.parametrize(
    ("day", "cited"),
    [
        (date(2019, 11, 18), SOHR_ATTACK),
        (date(2019, 11, 19), NP_19_NOV),
        (date(2019, 11, 21), NP_23_NOV),
        (date(2019, 11, 23), NP_23_NOV),
        (date(2019, 12, 8), HAL_10_DEC),
        (date(2019, 12, 10), HAL_10_DEC),
    ],
)
def test_shirkrak_is_the_factions_from_18_november_2019(atlas, day, cited):
    record = assert_checked_answer(atlas.control.history, SHIRKRAK, day, "sna", "held", (),
                                   cited)  # fmt: skip
    assert "[rev55]" in record.note


def test_shirkrak_is_fought_over_by_the_sdf_on_20_november(atlas):
    assert_checked_answer(atlas.control.history, SHIRKRAK, date(2019, 11, 20), "sna",
                          "contested", ("sdf",), ARABIYA_20_NOV)  # fmt: skip


def test_shirkrak_on_the_day_of_the_turkish_withdrawal_is_a_gap(atlas):
    assert_stored_gap(atlas, SHIRKRAK, date(2019, 12, 9))
    assert HAL_10_DEC in atlas.control.history.record_on(SHIRKRAK, date(2019, 12, 9)).sources


@pytest.mark.parametrize("day", [date(2019, 12, 11), date(2019, 12, 19), date(2020, 3, 6),
                                 date(2021, 2, 19), date(2024, 11, 26)])  # fmt: skip
def test_shirkrak_after_11_december_2019_is_a_gap_naming_both(atlas, day):
    assert_stored_gap(atlas, SHIRKRAK, day)
    record = atlas.control.history.record_on(SHIRKRAK, day)
    assert {SOHR_DEC, SPC_FEB_2021} <= set(record.sources)
    assert "naming both" in record.note and "snapshots" in record.note


def test_shirkrak_in_peace_springs_weeks_keeps_rev28s_gap(atlas):
    assert_stored_gap(atlas, SHIRKRAK, date(2019, 10, 22))
    assert "[rev28]" in atlas.control.history.record_on(SHIRKRAK, date(2019, 10, 22)).note


def test_shirkrak_disagreements_are_documented(atlas):
    from geodata.control.consistency import read_documented
    from geodata.paths import data_dir

    documented = read_documented(data_dir())
    assert documented[(SHIRKRAK, "sna", "sdf")].right == "records"
    assert documented[(SHIRKRAK, "unknown", "sdf")].right == "open"
    assert SOHR_DEC in documented[(SHIRKRAK, "unknown", "sdf")].sources


# --- al-Aliya (its silos) on the M4 west of Tell Tamr -------------------------------------------
ALIYA = "aliya"
SOHR_EARLY_DEC = "sohr-2019-12-mabrukah-station-factions-to-withdraw"


@pytest.mark.parametrize("day", [date(2019, 12, 1), date(2019, 12, 18)])
def test_aliya_is_the_sdfs_shared_with_the_army_from_1_december_2019(atlas, day):
    record = assert_checked_answer(atlas.control.history, ALIYA, day, "sdf", "shared",
                                   ("government",), SOHR_EARLY_DEC)  # fmt: skip
    assert "[rev55]" in record.note and "region-level" in record.note


def test_aliya_around_the_deployment_keeps_its_answers(atlas):
    history = atlas.control.history
    before = history.record_on(ALIYA, date(2019, 11, 30))
    assert (before.controller, before.status) == ("sdf", "held")
    assert "[rev55]" not in (before.note or "")
    after = history.record_on(ALIYA, date(2019, 12, 19))
    assert after.controller == "sdf" and "[rev55]" not in (after.note or "")


# --- checked and kept ---------------------------------------------------------------------------
def test_the_ain_issa_silos_and_mebruka_are_unchanged(atlas):
    history = atlas.control.history
    for day in (date(2019, 10, 23), date(2019, 12, 1), date(2020, 3, 6)):
        record = history.record_on("ayn_issa_grain_silos", day)
        assert history.state_of("ayn_issa_grain_silos", day).controller == "sdf", record
        assert "[rev55]" not in (record.note or "")
    assert history.state_of("mebruka", date(2019, 12, 1)).controller == "sdf"
    assert_stored_gap(atlas, "mebruka", date(2020, 1, 15))


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-rev55.toml")
    cited = sources_cited_by(atlas, "[rev55]")
    assert {SOHR_7_NOV, SOHR_ATTACK, ARABIYA_20_NOV, NP_19_NOV, NP_23_NOV, HAWAR_DEC, HAL_10_DEC,
            SOHR_DEC, SPC_FEB_2021, SOHR_EARLY_DEC} <= cited  # fmt: skip
    assert_registered_with_publisher(cited)
