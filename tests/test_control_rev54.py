"""Review h-rev54 (issue #15): leads other reviews left.

1. Jubb al-Hamra (SMART, 9 Mar 2017: one of the five villages near Arima the Manbij Military
   Council handed to the army): the gazetteer has no such village; its nearest name, Jubb al
   Hamir (4.7 km SSW of al-Arimah, 1.7 km from Tall Turin), is not shown to be the same place,
   so h-rev50's reading is not applied and its answers are kept.
2. al-Quriyah's point (east bank) and Sabhah's point (the army's Khasham pocket, while the reports
   put al-Sabha near al-Busayrah on the SDF's side): gaps, both sides named.
3. Party identity: the Elite Forces at Abu Hamam on 4 May 2018 are ``us_coalition`` (the
   coalition's allied Syrian forces outside the SDF); Hurras al-Din at Tanjarah on 10 - 11 May 2020
   has no party id (``with`` = unknown).
4. Kaljibrin, Harbal and Ikko: confirmed (front-line villages)."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

from geodata.paths import data_dir

SOHR_4_MAY_2018 = "sohr-2018-05-04-abu-hamam-sdf-nukhba"
DEIREZZOR24_SABHA = "deirezzor24-2020-10-26-sabha-airdrop"
PEOPLE_DAILY = "people_daily-2017-11-28-quriyah"
ROZANA = "rozana-2017-08-17-kaljibrin-shelled"
SMART_17_JUL = "smart-2017-07-17-ayn-daqnah-kaljibrin"


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev54.toml")


# --- 1. Jubb al-Hamra: not the gazetteer's Jubb al Hamir; its answers kept ----------------------


def test_no_gazetteer_place_is_named_jubb_al_hamra():
    with (data_dir() / "control" / "localities.csv").open(encoding="utf-8") as handle:
        names = [f"{row['name']};{row['alt_names']}".lower() for row in csv.DictReader(handle)]
    assert not any("jubb al hamra" in n or "jubb al-hamra" in n for n in names)


def test_jubb_al_hamir_keeps_the_arima_strip_answer(atlas):
    # review h-rev57: 3 - 8 Mar are now a gap; from 9 Mar the strip's answer, as before
    history = atlas.control.history
    for day in (date(2017, 3, 2), date(2017, 3, 3), date(2017, 3, 8)):
        assert_stored_gap(atlas, "jubb_al_hamir", day)
    for day in (date(2017, 3, 9), date(2017, 6, 3)):
        record = assert_checked_answer(
            history, "jubb_al_hamir", day, "government", "held", (), None
        )
        assert "region-level, as Arima" in record.note and "rev50" not in record.note


# --- 2. al-Quriyah and Sabhah: points on the wrong bank / at the wrong village ------------------


def test_al_quriyah_before_the_banks_differ_is_unchanged(atlas):
    assert_region_answer(atlas, "al_quriyah", date(2017, 10, 21), "isis")
    record = assert_region_answer(atlas, "al_quriyah", date(2017, 10, 22), "government")
    assert record.status == "contested" and "isis" in record.with_parties


@pytest.mark.parametrize(
    "day", [date(2017, 11, 27), date(2017, 11, 28), date(2018, 6, 1), date(2019, 3, 22)]
)
def test_al_quriyah_is_a_gap_to_baghuz(atlas, day):
    assert_stored_gap(atlas, "al_quriyah", day)
    record = atlas.control.history.record_on("al_quriyah", day)
    assert PEOPLE_DAILY in record.sources and "[rev54]" in record.note
    assert "east bank" in record.note and "deir2_quriyah" in record.note


@pytest.mark.parametrize("day", [date(2019, 3, 23), date(2023, 4, 25), date(2024, 11, 26)])
def test_al_quriyah_is_a_gap_after_baghuz_both_sides_named(atlas, day):
    assert_stored_gap(atlas, "al_quriyah", day)
    record = atlas.control.history.record_on("al_quriyah", day)
    assert "syria_tv-2019-04-16-quriyah-ain-ali" in record.sources
    assert "kurdistan24-2019-03-23-baghouz" in record.sources
    assert record.note.startswith("[rev54]")


def test_the_withdrawn_span_leaves_no_government_row_for_al_quriyah(atlas):
    history = atlas.control.history
    for day in (date(2017, 11, 28), date(2018, 12, 1)):
        assert history.state_of("al_quriyah", day).controller == "unknown"


def test_sabhah_keeps_is_and_its_gap_before_albu_kamal(atlas):
    assert_region_answer(atlas, "sabhah", date(2017, 9, 17), "isis")
    assert_stored_gap(atlas, "sabhah", date(2017, 9, 18))
    assert_stored_gap(atlas, "sabhah", date(2017, 11, 18))


@pytest.mark.parametrize("day", [date(2017, 11, 19), date(2020, 10, 26), date(2024, 11, 26)])
def test_sabhah_is_a_gap_from_19_nov_2017(atlas, day):
    assert_stored_gap(atlas, "sabhah", day)
    record = atlas.control.history.record_on("sabhah", day)
    assert DEIREZZOR24_SABHA in record.sources and "rferl-2017-11-19-albu-kamal" in record.sources
    assert "al-Busayrah" in record.note or "al-Bussairah" in record.note


def test_the_snapshot_disagreements_are_open():
    path = data_dir() / "control" / "snapshot-disagreements.csv"
    rows = {row["locality"]: row for row in csv.DictReader(path.open(encoding="utf-8"))}
    assert (rows["al_quriyah"]["researched"], rows["al_quriyah"]["right"]) == ("unknown", "open")
    sabhah = rows["sabhah"]
    assert (sabhah["researched"], sabhah["snapshot"], sabhah["right"]) == (
        "unknown",
        "government",
        "open",
    )
    assert DEIREZZOR24_SABHA in sabhah["sources"]


# --- 3. Party identity -------------------------------------------------------------------------


def test_abu_hammam_4_may_2018_sdf_fought_over_by_the_elite_forces(atlas):
    history = atlas.control.history
    record = assert_checked_answer(
        history, "abu_hammam", date(2018, 5, 4), "sdf", "contested", ("us_coalition",),
        SOHR_4_MAY_2018,
    )  # fmt: skip
    assert "rev54_abu_hammam_4_may_2018" in record.note and "Nukhba" in record.note
    assert "opposition" not in record.with_parties and "isis" not in record.with_parties


def test_abu_hammam_days_around_stay_gaps(atlas):
    for day in (date(2017, 12, 29), date(2018, 5, 3), date(2018, 5, 5), date(2018, 12, 13)):
        assert_stored_gap(atlas, "abu_hammam", day)
    assert_checked_answer(
        atlas.control.history, "abu_hammam", date(2018, 12, 14), "sdf", "held", (), None
    )


def test_us_coalition_stands_for_the_coalitions_allied_syrian_forces():
    import tomllib

    text = (data_dir() / "talks" / "parties.toml").read_text(encoding="utf-8")
    parties = {party["id"]: party for party in tomllib.loads(text)["party"]}
    assert parties["us_coalition"]["name"] == "US-led coalition and allied Syrian forces"
    assert not any("hurras" in " ".join(p.get("aliases", [])).lower() for p in parties.values())


def test_tanjarah_hurras_al_din_has_no_party_id(atlas):
    history = atlas.control.history
    for day in (date(2020, 5, 10), date(2020, 5, 11)):
        record = assert_checked_answer(
            history, "tanjarah", day, "government", "contested", ("unknown",),
            "smart-2020-05-11-hurras-leaves-manarah",
        )  # fmt: skip
        assert "Hurras al-Din" in record.note and "[rev54]" in record.note
        assert not {"hts", "opposition"} & set(record.with_parties)
    assert_checked_answer(history, "tanjarah", date(2020, 5, 9), "government", "held", (), None)
    assert_checked_answer(history, "tanjarah", date(2020, 5, 12), "government", "held", (), None)
    record = assert_checked_answer(
        history, "tanjarah", date(2020, 3, 1), "hts", "contested", ("government",), None
    )
    assert "[rev54]" not in record.note


# --- 4. Confirmed: Kaljibrin, Harbal, Ikko ----------------------------------------------------


def test_kaljibrin_the_factions_facing_the_sdf(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "kaljibrin", date(2016, 9, 3), "opposition", "held", (), None)
    assert_checked_answer(history, "kaljibrin", date(2016, 10, 15), "sna", "held", (), None)
    assert_checked_answer(history, "kaljibrin", date(2017, 3, 2), "sna", "held", (), None)
    for day in (date(2017, 3, 3), date(2017, 7, 17), date(2017, 8, 16)):
        record = assert_checked_answer(history, "kaljibrin", day, "sna", "held", (), ROZANA)
        assert SMART_17_JUL in record.sources and "[rev54] confirmed" in record.note


def test_herbel_is_until_29_aug_2016_then_the_sdfs(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "herbel", date(2016, 8, 1), "isis", "held", (), None)
    assert_checked_answer(history, "herbel", date(2016, 8, 29), "isis", "held", (), None)
    assert_checked_answer(
        history, "herbel", date(2016, 8, 30), "sdf", "shared", ("government",),
        "aranews-2016-08-30-sdf-umm-hosh-harbal",
    )  # fmt: skip


def test_ikko_the_armys_from_5_oct_2018(atlas):
    history = atlas.control.history
    assert_stored_gap(atlas, "ikko", date(2018, 10, 4))
    for day in (date(2018, 10, 5), date(2018, 11, 15), date(2019, 10, 22)):
        record = assert_checked_answer(
            history, "ikko", day, "government", "held", (), "tass-2018-10-05-ikko-shelled"
        )
        assert "party claim" in record.note
    assert_stored_gap(atlas, "ikko", date(2019, 12, 19))
