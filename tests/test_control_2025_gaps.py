"""The 2025 answers that closed the stored gaps of records/2024-2026.csv (PERIOD-2024-2026.md,
"Gaps closed in December 2026"): who held the SDF's pocket west of the Euphrates, the former
government pocket of Raqqa province and the Hasakah security square - and where no source
speaks, that the atlas still says it does not know instead of guessing a side."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from geodata.control.model import UNKNOWN
from geodata.io import default_data_dir


@pytest.fixture(scope="module")
def history():
    from geodata.control.history import ControlHistory
    from geodata.control.load import load_control

    files = load_control(default_data_dir())
    return ControlHistory(files.localities, files.records, files.coverage)


def holder(history, locality: str, day: str) -> str:
    record = history.record_on(locality, date.fromisoformat(day))
    assert record is not None, f"{locality} has no record on {day}"
    return record.controller


# The SDF held Deir Hafer, Maskanah, the Jirah airbase and the plain to the lake from the fall of
# the Assad government until it withdrew east of the Euphrates on 17 Jan 2026: both adversaries
# say so (Takvim, the Syrian defence ministry; the SDF's "Deir Hafer front" from 20 Jan 2025).
@pytest.mark.parametrize(
    "locality, day",
    [
        ("deir_hafer", "2024-12-08"),
        ("deir_hafer", "2025-03-01"),
        ("maskanah", "2025-06-01"),
        ("jirah_airbase", "2025-06-01"),
        ("al_babira", "2025-06-01"),  # Babiri: in the army's 13 Jan 2026 closed zone with Qawas
        ("qawas", "2025-10-01"),
        ("rasm_al_kroum", "2025-10-01"),  # shelled as an SDF-side village, Jan 2026
        ("zubayda", "2025-09-23"),  # shelled by the army's side, Sep 2025
        ("deir_hafer", "2026-01-16"),
    ],
)
def test_the_pocket_west_of_the_euphrates_is_sdf_held_through_2025(history, locality, day):
    assert holder(history, locality, day) == "sdf"


def test_the_pocket_passes_to_the_government_when_the_sdf_withdraws(history):
    for locality in ("deir_hafer", "maskanah", "jirah_airbase", "al_babira"):
        assert holder(history, locality, "2026-01-17") == "transitional_government"


def test_the_week_before_the_fall_stays_a_gap_around_deir_hafer(history):
    # 30 Nov - 7 Dec 2024: army, SNA, HTS-led forces and SDF all moved through; no village days.
    assert holder(history, "deir_hafer", "2024-12-03") == UNKNOWN
    assert holder(history, "qawas", "2024-12-03") == UNKNOWN


@pytest.mark.parametrize("locality", ["hayat", "jubb_jiryan", "shajarah"])
def test_east_aleppo_outside_the_pocket_is_not_given_to_the_sdf(history, locality):
    # The desert south of Sabkhat al-Jabbul and the Tishrin Dam side are named by no source: a
    # stored gap, not the SDF's by inference from the Deir Hafer front.
    for day in ("2025-03-01", "2025-10-01"):
        assert holder(history, locality, day) == UNKNOWN


@pytest.mark.parametrize("locality", ["al_khafsah", "al_kitah"])
def test_the_al_khafsah_side_is_the_armys_after_the_sna_dissolves(history, locality):
    # Claimed by the SNA in December 2024 but fought over into January 2025: a gap; from the
    # SNA's dissolution the transitional government's (the SDF shelled al-Kitah as army-held).
    assert holder(history, locality, "2025-01-10") == UNKNOWN
    assert holder(history, locality, "2025-10-01") == "transitional_government"


@pytest.mark.parametrize(
    "locality", ["dibsi_afnan", "resafa", "tabqa_airbase", "thawrah_oil_field", "al_mityaha"]
)
def test_raqqa_west_of_the_city_south_of_the_euphrates_is_sdf_held(history, locality):
    assert holder(history, locality, "2025-06-01") == "sdf"
    record = history.record_on(locality, date(2026, 1, 17))
    assert (record.controller, record.status) == ("transitional_government", "contested")
    assert "sdf" in record.with_parties
    assert holder(history, locality, "2026-01-18") == "transitional_government"


def test_raqqa_desert_wells_without_a_dated_source_stay_a_gap(history):
    for locality in ("waheb_oil_field", "bir_al_zamlah"):
        assert holder(history, locality, "2025-06-01") == UNKNOWN


def test_the_south_bank_east_of_raqqa_from_the_november_2025_clashes(history):
    assert holder(history, "madan", "2025-06-01") == UNKNOWN  # no dated source before Nov 2025
    assert holder(history, "madan", "2025-12-01") == "transitional_government"
    assert holder(history, "al_matha", "2025-12-01") == "transitional_government"
    assert holder(history, "as_sabkhah", "2025-12-01") == "sdf"
    assert holder(history, "ghanim_al_ali", "2025-12-01") == "sdf"
    # between the two lines: which side held al-Bu Hammad is not said
    assert holder(history, "abu_hammad", "2025-12-01") == UNKNOWN


def test_the_hasakah_security_square_passes_to_the_sdf_on_7_december_2024(history):
    assert holder(history, "hasakah_security_box", "2024-12-06") == "government"
    assert holder(history, "hasakah_security_box", "2024-12-07") == "sdf"
    assert holder(history, "hasakah_security_box", "2025-06-01") == "sdf"


def test_every_source_the_new_rows_cite_resolves_in_the_registry(history):
    from geodata.sources.registry import load_registry

    registry = load_registry(default_data_dir())
    own = tomllib.loads((default_data_dir() / "sources" / "2024-2026-gaps.toml").read_text())
    own_ids = {s["id"] for s in own["source"]}
    cited = {
        source
        for record in history.records
        if "records/2024-2026.csv:" in record.file
        for source in record.sources
    }
    assert own_ids <= cited, sorted(own_ids - cited)  # every new source is used
    assert {s for s in cited if not s.startswith("zone:")} <= set(registry.sources)
