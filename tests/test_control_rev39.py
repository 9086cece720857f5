"""Review rev39 (issue #15): the Ghab east of the Orontes in Feb - Mar 2020 and after (hand rows
tagged [rev39] in records/2016-2024.csv; sources in sources/2016-2024-rev39.toml): the regime took
al-Ankawi, al-Amaqiyah and Qulaydin on 26 Feb 2020 (Step News) and the factions retook them, with
al-Qahira, on 29 Feb - 1 Mar (Radio Alkul, Shaam News, al-Araby al-Jadeed); al-Ankawi is the NLF's
to 11 Jan 2021 (North Press, Syrian Press Center, Enab Baladi), then a gap; al-Amaqiyah a gap
from 6 Mar 2020 (the 2020-24 snapshot draws both the government's)."""

from __future__ import annotations

import csv
from datetime import date

from control_answers import assert_checked_answer, assert_source_file_registered, assert_stored_gap

STEP = "step_news-2020-02-27-saraqib-ghab-villages"
ALKUL = "radio_alkul-2020-03-01-six-ghab-villages"
SHAAM = "shaam_news-2020-03-01-ghab-zawiya-battles"
ARABY = "alaraby-2020-02-29-nlf-five-villages"
NORTH_PRESS = "north_press-2021-01-11-ankawi-infiltration"
SPC = "syrian_press_center-2021-01-11-ankawi-infiltration"


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev39.toml")


def test_al_ankawi_taken_retaken_and_the_nlfs_to_11_jan_2021(atlas):
    history = atlas.control.history
    # no longer the government's on the autumn-2019 snapshot's or the daily batch's word
    for day in (date(2019, 10, 23), date(2019, 12, 19), date(2020, 2, 25)):
        assert_stored_gap(atlas, "ankawi", day)
        assert "[rev39]" in history.record_on("ankawi", day).note
    assert_checked_answer(
        history, "ankawi", date(2020, 2, 26), "government", "contested", ("hts",), STEP
    )
    assert_checked_answer(history, "ankawi", date(2020, 2, 28), "government", "held", (), ALKUL)
    for day in (date(2020, 2, 29), date(2020, 3, 1)):
        assert_checked_answer(history, "ankawi", day, "hts", "contested", ("government",), SHAAM)
    # the factions' (the NLF's Jaysh al-Nasr) against the 2020-24 snapshot's government
    for day in (date(2020, 3, 2), date(2020, 3, 6), date(2020, 12, 1), date(2021, 1, 11)):
        record = assert_checked_answer(
            history, "ankawi", day, "opposition", "shared", ("hts",), NORTH_PRESS
        )
        assert SPC in record.sources and "continuity inferred" in record.note
    for day in (date(2021, 1, 12), date(2023, 4, 25), date(2024, 11, 26)):
        assert_stored_gap(atlas, "ankawi", day)
        assert "[rev39]" in history.record_on("ankawi", day).note


def test_qulaydin_taken_on_26_feb_and_retaken_on_29_feb_2020(atlas):
    history = atlas.control.history
    assert history.state_of("qulaydin", date(2020, 2, 25)).controller == "hts"
    assert_checked_answer(
        history, "qulaydin", date(2020, 2, 26), "government", "contested", ("hts",), STEP
    )
    assert_checked_answer(history, "qulaydin", date(2020, 2, 28), "government", "held", (), STEP)
    # review h-rev58: the NLF (opposition) announced the recapture itself
    assert_checked_answer(
        history, "qulaydin", date(2020, 2, 29), "opposition", "contested", ("government",), ARABY
    )
    for day in (date(2020, 3, 1), date(2020, 3, 6), date(2024, 11, 26)):
        assert_checked_answer(history, "qulaydin", day, "hts", "held", (), ALKUL)


def test_al_qahira_fought_over_26_feb_to_1_mar_2020(atlas):
    history = atlas.control.history
    assert history.state_of("al_qahira", date(2020, 2, 25)).controller == "hts"
    for day in (date(2020, 2, 26), date(2020, 3, 1)):
        assert_checked_answer(history, "al_qahira", day, "hts", "contested", ("government",), ALKUL)
    assert_checked_answer(history, "al_qahira", date(2020, 3, 2), "hts", "held", (), SHAAM)


def test_al_amaqiyah_retaken_on_1_mar_2020_then_a_gap(atlas):
    history = atlas.control.history
    assert_checked_answer(
        history, "al_amaqiyah", date(2020, 2, 29), "government", "held", (), ALKUL
    )
    assert_checked_answer(
        history, "al_amaqiyah", date(2020, 3, 1), "hts", "contested", ("government",), ALKUL
    )
    assert_checked_answer(
        history, "al_amaqiyah", date(2020, 3, 5), "hts", "shared", ("opposition",), ALKUL
    )
    for day in (date(2020, 3, 6), date(2024, 11, 26)):
        assert_stored_gap(atlas, "al_amaqiyah", day)


def test_the_disagreements_are_documented():
    from geodata.paths import data_dir

    path = data_dir() / "control" / "snapshot-disagreements.csv"
    with path.open(encoding="utf-8") as handle:
        rows = {(r["locality"], r["researched"], r["snapshot"]): r for r in csv.DictReader(handle)}
    assert rows[("ankawi", "unknown", "government")]["right"] == "open"
    assert rows[("ankawi", "opposition", "government")]["right"] == "records"
    assert "h-rev39" in rows[("al_amaqiyah", "unknown", "government")]["note"]
    assert rows[("tukhar_kabir", "unknown", "sdf")]["right"] == "open"


def test_tukhar_kabir_out_of_the_sajur_edge_rule(atlas):
    history = atlas.control.history
    # the Sajur edge rule's "south of the river" does not hold for it: gaps throughout
    for day in (date(2016, 9, 15), date(2018, 12, 11), date(2018, 12, 12), date(2019, 11, 1),
                date(2022, 6, 1), date(2024, 11, 26)):  # fmt: skip
        assert_stored_gap(atlas, "tukhar_kabir", day)
    assert "[rev39]" in history.record_on("tukhar_kabir", date(2021, 1, 1)).note
    # Tukhar Shagir, under the council's protection in the same reports, keeps the rule's answer
    assert history.state_of("tukhar_shagir", date(2016, 9, 15)).controller == "sdf"
    assert history.state_of("tukhar_shagir", date(2018, 12, 11)).controller == "sdf"
