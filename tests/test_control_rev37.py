"""Review h-rev37 (issue #15): the Euphrates valley of Raqqa and Deir ez-Zor, control_outliers
leads (hand row tagged [rev37] in records/2016-2024.csv, sources in sources/2016-2024-rev37.toml).

1. al-Ukayrishah (al-Akirshi), on the south bank south-east of Raqqa, was drawn the government's
   from 23 Sep 2017 to Nov 2024 on region-level grounds only; the reports that name it put the
   SDF - army line at the village (RBSS 2017: the SDF keeps it and the land north of the highway;
   Enab Baladi 2021: "the al-Akirshi crossing"): a stored gap from 23 Sep 2017, the snapshots'
   government answer an open disagreement. Its oil refinery, south of the village, stays the
   government's (RBSS: the army took the areas south of the village with its oil field).
2. Ghanim al-Ali, 7 km west of Ma'dan on the south bank: IS's on 29 Aug 2017 and fought over by
   the army on 30 Aug (Step News, 30 Aug 2017), gaps around (module regions_2016_2018_rules_rev37).
3. Kashkiyeh (al-Kishkiyah), a Shaitat village of the east bank whose gazetteer point lies west of
   the river: IS's to 28 Dec 2017 (SOHR), a gap to 13 Dec 2018 (as Abu Hammam), the SDF's from the
   fall of Hajin (region-level) to Nov 2024, instead of the west bank's government answer.
4. Confirmed, not changed: the other south-bank villages east of it (the government's, across the
   river from the SDF's north bank), the east-bank SDF answers of Deir ez-Zor north of Hajin
   (their government neighbours are across the river) and al-Shajalah's SDF answer of Feb 2019."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

from geodata.paths import data_dir

RBSS = "rbss-2017-who-will-control-euphrates-southeast-bank"
ENAB_2021 = "enab_baladi-2021-04-iran-backed-militias-raqqa-countryside"
SMART_24_JUL = "smart-2017-07-24-sdf-denies-handing-villages"
MASDAR_23_SEP = "al_masdar-2017-09-23-maadan-west-bank"
STEP_30_AUG = "step-2017-08-30-maadan-ghanim-ali-strikes"
SOHR_28_DEC = "sohr-2017-12-28-abu-hamam-fighting"
AL_MONITOR_2019 = "al_monitor-2019-06-shaitat-distrust-sdf"
NSO_DEC_2017 = "nso-2017-12-sdf-deir-east-bank-isis-villages"


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev37.toml")


def test_every_source_is_cited(atlas):
    # Kashkiyeh's reports are cited by the gap its point became at integration ("[integ]")
    cited = sources_cited_by(
        atlas, "[rev37]", "> rev37_", "[integ] gap (at integration, after h-rev37"
    )
    assert {RBSS, ENAB_2021, STEP_30_AUG, AL_MONITOR_2019, NSO_DEC_2017} <= cited


def test_ghanim_al_ali_is_held_29_and_fought_over_30_aug_2017(atlas):
    history = atlas.control.history
    assert_stored_gap(atlas, "ghanim_al_ali", date(2017, 8, 23))  # 24 - 28 Aug: h-rev59
    record = assert_region_answer(atlas, "ghanim_al_ali", date(2017, 8, 29), "isis")
    assert STEP_30_AUG in record.sources and "> rev37_ghanim_al_ali_" in record.note
    assert history.state_of("ghanim_al_ali", date(2017, 8, 29)).status == "held"
    assert_region_answer(atlas, "ghanim_al_ali", date(2017, 8, 30), "isis")
    state = history.state_of("ghanim_al_ali", date(2017, 8, 30))
    assert state.status == "contested" and state.with_parties == ("government",)
    assert_stored_gap(atlas, "ghanim_al_ali", date(2017, 8, 31))
    assert_stored_gap(atlas, "ghanim_al_ali", date(2017, 9, 22))
    assert history.state_of("ghanim_al_ali", date(2017, 9, 23)).controller == "government"


def test_ukayrishah_is_a_gap_from_23_sep_2017(atlas):
    history = atlas.control.history
    # before: the SDF's contested by the army on 23 - 24 Jul 2017 (h-rev34), then the block's gap
    state = history.state_of("ukayrishah", date(2017, 7, 24))
    assert state.controller == "sdf" and state.status == "contested"
    assert_stored_gap(atlas, "ukayrishah", date(2017, 9, 22))
    assert "[rev37]" not in history.record_on("ukayrishah", date(2017, 9, 22)).note
    # from 23 Sep 2017: the hand row, through the snapshot periods
    gap_days = ("2017-09-23", "2017-11-19", "2018-06-01", "2019-10-22", "2019-10-23",
                "2019-12-25", "2021-04-15", "2024-11-26")  # fmt: skip
    for day in map(date.fromisoformat, gap_days):
        assert_stored_gap(atlas, "ukayrishah", day)
        record = history.record_on("ukayrishah", day)
        assert "[rev37]" in record.note and "records/2016-2024.csv" in record.file
        for source in (RBSS, ENAB_2021, SMART_24_JUL, MASDAR_23_SEP):
            assert source in record.sources, (day, source)  # both sides named
    # the refinery south of the village keeps the army's answer
    for day in (date(2017, 9, 23), date(2018, 6, 1)):
        assert history.state_of("ukayrishah_oil_refinery", day).controller == "government"


def test_ukayrishah_snapshot_disagreement_is_recorded():
    path = data_dir() / "control" / "snapshot-disagreements.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["locality"] == "ukayrishah"]
    assert len(rows) == 1
    row = rows[0]
    assert (row["researched"], row["snapshot"], row["right"]) == ("unknown", "government", "open")
    assert RBSS in row["sources"] and ENAB_2021 in row["sources"]


@pytest.mark.parametrize(
    "locality", ["as_sabkhah", "dalhah_ar_raqqah", "abu_hammad", "muqla_kabir", "muqla_saghir"]
)
def test_the_other_south_bank_villages_stay_the_governments(atlas, locality):
    history = atlas.control.history
    for day in (date(2017, 11, 19), date(2018, 6, 1), date(2019, 10, 22), date(2021, 4, 15)):
        assert history.state_of(locality, day).controller == "government", (locality, day)


def test_the_sdf_strip_and_the_north_bank_stay_the_sdfs(atlas):
    history = atlas.control.history
    for place in ("ajil", "kasrat_muhammad_agha", "hamrat_balasim", "al_kulayb_grain_silos"):
        for day in (date(2018, 6, 1), date(2021, 4, 15)):
            assert history.state_of(place, day).controller == "sdf", (place, day)


def test_east_bank_north_of_hajin_and_shajalah_kept(atlas):
    history = atlas.control.history
    for place in ("abu_hammam", "abu_hardub", "al_jurdi_al_gharbi"):
        assert history.state_of(place, date(2018, 12, 13)).controller == "unknown"
        for day in (date(2018, 12, 14), date(2019, 2, 1), date(2019, 3, 23)):
            assert history.state_of(place, day).controller == "sdf", (place, day)
    assert history.state_of("ash_shajalah", date(2019, 2, 14)).controller == "sdf"
    assert history.state_of("ash_shajalah", date(2019, 2, 13)).controller == "unknown"


def test_kashkiyeh_a_gap_while_its_point_lies_on_the_other_bank(atlas):
    """The reports name the east-bank village (IS's to 28 Dec 2017, the SDF's from Dec 2018);
    the gazetteer point lies on the west bank the army took in Nov 2017. Drawn there, the
    village's SDF answer painted the west-bank desert: the point is a gap from 19 Nov 2017 until
    a sourced east-bank coordinate is found (at integration, after h-kashk)."""
    history = atlas.control.history

    def answer(day: str):
        return history.state_of("kashkiyeh", date.fromisoformat(day)).controller

    assert answer("2017-09-04") == "isis"  # the regions rule, unchanged
    for day in ("2017-09-05", "2017-11-18"):
        assert answer(day) == "isis", day
        assert "[rev37]" in history.record_on("kashkiyeh", date.fromisoformat(day)).note
    for day in (date(2017, 11, 19), date(2018, 12, 14), date(2021, 4, 15), date(2024, 11, 26)):
        assert_stored_gap(atlas, "kashkiyeh", day)
        record = history.record_on("kashkiyeh", day)
        assert "[integ]" in record.note and SOHR_28_DEC in record.sources
        assert AL_MONITOR_2019 in record.sources
    # as Abu Hammam, its east-bank neighbour, on the same days
    assert history.state_of("abu_hammam", date(2018, 12, 14)).controller == "sdf"
    assert_stored_gap(atlas, "abu_hammam", date(2018, 6, 1))
