"""Review rev43 (issue #15): leads the earlier reviews reported but did not change. Khirbat
al-Naqus and Tanjarah in the Ghab (hand rows tagged [rev43] in records/2016-2024.csv), Sabiqiyah
south-west of Aleppo (`fill_aleppo_south`), Suwaydiyat al-Saghirah by the Tabqa dam road
(`rules_rev43`) and Raqqa city's districts in 2017 (`rev43_raqqa_districts_by_25_aug` in
`rules_jazira`); sources in sources/2016-2024-rev43.toml."""

from __future__ import annotations

import csv
from datetime import date

from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

ENAB = "enab_baladi-2021-02-05-khirbat-al-naqus"
SHAAM = "shaam_news-2020-03-01-ghab-zawiya-battles"
ALKUL = "radio_alkul-2020-03-01-six-ghab-villages"
MODON = "almodon-2020-05-10-hurras-ghab"
SMART = "smart-2020-05-11-hurras-leaves-manarah"
ANHA = "anha-2017-08-raqqa-control-map"
SPC = "syrian_press_center-2017-01-07-suwaydiya"
BALADI = "baladi_news-2017-01-09-suwaydiya"


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev43.toml")
    assert_registered_with_publisher([ENAB, MODON, SMART, ANHA])


def test_khirbat_al_naqus_the_factions_front_village_on_5_feb_2021(atlas):
    history = atlas.control.history
    # HTS's (the rule of 2019) to the offensive; the fill's gap after it, as before
    assert history.state_of("khirbat_al_naqus", date(2019, 4, 29)).controller == "hts"
    assert_stored_gap(atlas, "khirbat_al_naqus", date(2019, 10, 22))
    # no longer the government's on the snapshots' and the daily batch's word
    for day in (date(2019, 10, 23), date(2019, 12, 19), date(2020, 3, 6), date(2021, 2, 4)):
        assert_stored_gap(atlas, "khirbat_al_naqus", day)
        assert "[rev43]" in history.record_on("khirbat_al_naqus", day).note
    record = assert_checked_answer(
        history, "khirbat_al_naqus", date(2021, 2, 5), "hts", "held", (), ENAB
    )
    assert "al-Hakurah" in record.note
    for day in (date(2021, 2, 6), date(2023, 4, 25), date(2024, 11, 26)):
        assert_stored_gap(atlas, "khirbat_al_naqus", day)
        assert "214292" in history.record_on("khirbat_al_naqus", day).note


def test_tanjarah_fought_over_on_1_mar_and_10_11_may_2020(atlas):
    history = atlas.control.history
    assert history.state_of("tanjarah", date(2020, 2, 29)).controller == "government"
    record = assert_checked_answer(
        history, "tanjarah", date(2020, 3, 1), "hts", "contested", ("government",), SHAAM
    )
    assert ALKUL in record.sources and "al-Manarah" in record.note
    for day in (date(2020, 3, 2), date(2020, 3, 5)):
        assert_stored_gap(atlas, "tanjarah", day)
    for day in (date(2020, 3, 6), date(2020, 5, 9)):
        record = assert_checked_answer(history, "tanjarah", day, "government", "held", (), SMART)
        assert "continuity inferred" in record.note
    for day in (date(2020, 5, 10), date(2020, 5, 11)):
        assert_checked_answer(history, "tanjarah", day, "government", "contested", (), MODON)
    for day in (date(2020, 5, 12), date(2023, 4, 25), date(2024, 11, 26)):
        assert_checked_answer(history, "tanjarah", day, "government", "held", (), SMART)


def test_sabiqiyah_a_gap_to_the_autumn_2019_snapshot(atlas):
    history = atlas.control.history
    for day in (date(2018, 2, 8), date(2018, 2, 9), date(2018, 2, 13), date(2019, 4, 29),
                date(2019, 4, 30), date(2019, 10, 22)):  # fmt: skip
        assert_stored_gap(atlas, "sabiqiyah", day)
    assert "h-rev43" in history.record_on("sabiqiyah", date(2018, 6, 1)).note
    # the autumn-2019 snapshot's answer stays
    assert history.state_of("sabiqiyah", date(2019, 10, 23)).controller == "government"
    # Abtin, the army's since 16 Oct 2015, keeps its answer
    assert history.state_of("abtin", date(2018, 6, 1)).controller == "government"


def test_suwaydiyat_al_saghirah_taken_on_7_jan_2017(atlas):
    history = atlas.control.history
    for day in (date(2016, 12, 10), date(2017, 1, 6)):
        assert_checked_answer(history, "suwaydiyat_al_saghirah", day, "isis", "held", (), SPC)
    for day in (date(2017, 1, 7), date(2017, 1, 9)):
        record = assert_checked_answer(
            history, "suwaydiyat_al_saghirah", day, "sdf", "contested", ("isis",), SPC
        )
        assert BALADI in record.sources
    for day in (date(2017, 1, 10), date(2017, 2, 25), date(2017, 6, 5)):
        assert_stored_gap(atlas, "suwaydiyat_al_saghirah", day)
    assert history.state_of("suwaydiyat_al_saghirah", date(2017, 6, 6)).controller == "sdf"


def test_raqqa_south_eastern_districts_from_25_aug_2017(atlas):
    history = atlas.control.history
    for place in ("hisham_abdulmalik_district", "al_mahdi_district"):
        assert_checked_answer(
            history, place, date(2017, 8, 24), "isis", "contested", ("sdf",), None
        )
        for day in (date(2017, 8, 25), date(2017, 10, 16)):
            record = assert_checked_answer(history, place, day, "sdf", "held", (), ANHA)
            assert "party claim" in record.note
        assert history.state_of(place, date(2017, 10, 17)).controller == "sdf"
    # al-Rawda, fought over in the same report, and the city's own row keep the contested answer
    for place in ("rawdah_district", "raqqa"):
        assert_checked_answer(history, place, date(2017, 9, 1), "isis", "contested", ("sdf",), None)


def test_the_disagreements_are_documented():
    from geodata.paths import data_dir

    path = data_dir() / "control" / "snapshot-disagreements.csv"
    with path.open(encoding="utf-8") as handle:
        rows = {(r["locality"], r["researched"], r["snapshot"]): r for r in csv.DictReader(handle)}
    row = rows[("khirbat_al_naqus", "unknown", "government")]
    assert row["right"] == "open" and "5 Feb 2021" in row["note"]
