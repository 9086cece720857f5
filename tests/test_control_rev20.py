"""Review rev20 (issue #15): answers other helpers flagged as possibly wrong, corrected where dated
sources settle them (hand rows tagged [rev20] in records/2016-2024.csv; sources in
sources/2016-2019-rev20.toml and earlier files): the north-western Deir ez-Zor desert villages IS's
only until the SDF's push of Feb - Mar 2017 reached them, Tall Safuq on 23 Jun 2018, Kabbar south
of Markada on ANHA's claim of Oct 2017, and Qurt Wiran on the Manbij Military Council's side of the
contact line from 23 Oct 2019."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

SMART_20_FEB = "smart-2017-02-20-sdf-enters-deir"
ENAB_24_FEB = "enab_baladi-2017-02-24-sdf-north-deir-villages"
SMART_6_MAR = "smart-2017-03-06-road-cut"
STEP_25_JUN = "step_news-2018-06-25-tall-safuq"
SYRIA_TV_23_JUN = "syria_tv-2018-06-23-tall-safuq"
ANHA_KUBRA = "anha-2017-10-11-kubra-mawalh-liberated"
NORTH_PRESS_NOV_2022 = "north_press-2022-11-24-manbij-contact-line-shelling"

#: near Kuwaytir, Jarwan, Adman, Fnijin and Makman (Enab Baladi's list of 24 Feb 2017)
NEAR_THE_FEBRUARY_VILLAGES = (
    "kassar_deir_ez_zor", "pipeline_facility", "bir_shammari", "as_shamiyah", "fetatish",
    "nufayl", "aziz", "bir_hawsa", "julayb_khalil", "abdul_mutanabi", "jowayce", "balash",
    "azman", "abu_qanadil", "qanadil_sharqi", "thius", "mihbash", "salhiya", "ayn_jirmah",
)  # fmt: skip
#: their days of capture found by h-deir6 (Syrian Mirror, 20 Feb 2017): tests/test_control_deir6.py
ANSWERED_BY_DEIR6 = ("jowayce", "bir_shammari", "fetatish", "aziz")
#: near Bir Hussein and Abu Khashab (the SDF's advance of Sunday 5 Mar 2017, SMART)
NEAR_ABU_KHASHAB = ("muhammad_al_ayyash", "bir_turki_safr", "rawdah_deir_ez_zor", "dhahibah",
                    "bardan_gharbi", "bir_sahbu", "fanan_gharbi")  # fmt: skip


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2019-rev20.toml")


@pytest.mark.parametrize("locality", NEAR_THE_FEBRUARY_VILLAGES)
def test_the_desert_villages_near_the_february_advance(atlas, locality):
    history = atlas.control.history
    record = assert_checked_answer(history, locality, date(2017, 2, 16), "isis", "held", (),
                                   SMART_20_FEB)  # fmt: skip
    assert "[rev20]" in record.note
    if locality not in ANSWERED_BY_DEIR6:
        assert_stored_gap(atlas, locality, date(2017, 2, 17))
        assert_stored_gap(atlas, locality, date(2017, 2, 23))
    for day in (date(2017, 2, 24), date(2017, 6, 1), date(2017, 9, 8)):
        record = assert_checked_answer(history, locality, day, "sdf", "held", (), ENAB_24_FEB)
        assert "continuity inferred" in record.note and "region-level" in record.note
    # h-hasak's answer from Jazira Storm is unchanged
    assert history.state_of(locality, date(2017, 9, 9)).controller == "sdf"


@pytest.mark.parametrize("locality", NEAR_ABU_KHASHAB)
def test_the_desert_villages_near_abu_khashab(atlas, locality):
    history = atlas.control.history
    assert_checked_answer(history, locality, date(2017, 2, 16), "isis", "held", (), SMART_20_FEB)
    assert_stored_gap(atlas, locality, date(2017, 2, 24))
    assert_stored_gap(atlas, locality, date(2017, 3, 4))
    for day in (date(2017, 3, 5), date(2017, 9, 8)):
        record = assert_checked_answer(history, locality, day, "sdf", "held", (), SMART_6_MAR)
        assert "continuity inferred" in record.note
    assert history.state_of(locality, date(2017, 9, 9)).controller == "sdf"


def test_tall_safuq_is_fought_over_on_23_june_and_the_sdfs_from_24_june_2018(atlas):
    history = atlas.control.history
    record = assert_checked_answer(history, "tal_safouq", date(2018, 6, 23), "sdf", "contested",
                                   ("isis",), STEP_25_JUN)  # fmt: skip
    assert SYRIA_TV_23_JUN in record.sources and "[rev20]" in record.note
    # h-hasak's contested days and h-deir2's answers either side
    assert_checked_answer(history, "tal_safouq", date(2018, 6, 22), "sdf", "contested", ("isis",),
                          STEP_25_JUN)  # fmt: skip
    assert history.state_of("tal_safouq", date(2018, 6, 20)).controller == "isis"
    assert_checked_answer(history, "tal_safouq", date(2018, 6, 24), "sdf", "held", (),
                          SYRIA_TV_23_JUN)  # fmt: skip


def test_kabbar_is_the_sdfs_on_anhas_claim_contested_until_markadas_fall(atlas):
    history = atlas.control.history
    assert history.state_of("kabbar", date(2017, 10, 10)).controller == "isis"
    for day in (date(2017, 10, 11), date(2017, 10, 14), date(2017, 11, 8)):
        record = assert_checked_answer(history, "kabbar", day, "sdf", "contested", ("isis",),
                                       ANHA_KUBRA)  # fmt: skip
        assert "party claim" in record.note
    assert_checked_answer(history, "kabbar", date(2017, 11, 9), "sdf", "held", (), None)


def test_muwaylih_is_left_as_it_was(atlas):
    """ANHA's 'al-Mawalh north of Sor' is not settled as the gazetteer's Muwaylih (several
    Muwaylih/Mulawah villages lie north of al-Suwar): deir5's rows stay."""
    history = atlas.control.history
    assert history.state_of("muwaylih", date(2017, 10, 11)).controller == "isis"
    assert_stored_gap(atlas, "muwaylih", date(2017, 10, 12))


def test_qurt_wiran_is_on_the_councils_side_of_the_contact_line(atlas):
    history = atlas.control.history
    for day in (date(2022, 11, 24), date(2024, 11, 26)):
        record = assert_checked_answer(history, "qurt_wiran", day, "sdf", "shared",
                                       ("government",), NORTH_PRESS_NOV_2022)  # fmt: skip
        assert "continuity inferred" in record.note and "snapshot-disagreements.csv" in record.note
    # rev14's gap between the border guards' entry (9 Mar 2017) and the snapshot stays; h-rev35
    # extends it to the council's statement of 27 Sep 2021 (the first dated report naming it)
    assert_stored_gap(atlas, "qurt_wiran", date(2019, 10, 22))
    assert_stored_gap(atlas, "qurt_wiran", date(2019, 10, 23))


def test_the_qurt_wiran_snapshot_disagreement_is_documented():
    import csv

    from geodata.paths import data_dir

    path = data_dir() / "control" / "snapshot-disagreements.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    row = next(r for r in rows if r["locality"] == "qurt_wiran" and r["snapshot"] == "sna")
    assert row["researched"] == "sdf" and row["right"] == "records"
    assert NORTH_PRESS_NOV_2022 in row["sources"]


@pytest.mark.parametrize("locality", ("arab_hasan_kabir", "muhsinli"))
def test_the_sajur_villages_left_unsettled_stay_as_they_were(atlas, locality):
    # settled later by h-rev28: a gap until the council's statement of 27 Sep 2021
    assert atlas.control.history.state_of(locality, date(2020, 6, 1)).controller == "unknown"
