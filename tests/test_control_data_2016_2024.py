"""The 2016-2024 control records (issue #15), read through the control model: facts a user
relies on, each from the sources the records cite (see geodata/data/control/PERIOD-2016-2024.md)."""

from __future__ import annotations

from datetime import date

import pytest

from geodata.control.load import read_control_files
from geodata.paths import data_dir

BATCH = "records/2016-2024.csv"


@pytest.fixture(scope="module")
def history():
    from geodata.atlas import load_atlas

    return load_atlas().control.history


def _state(history, locality, day):
    state = history.state_of(locality, day)
    return state.controller, state.status


@pytest.mark.parametrize(
    ("locality", "day", "controller"),
    [
        # Euphrates Shield: Jarabulus on its first day (Reuters/Anadolu), al-Bab (BBC, Syria Direct)
        ("jarabulus", date(2016, 8, 23), "isis"),
        ("jarabulus", date(2016, 8, 24), "sna"),
        ("al_bab", date(2017, 2, 22), "isis"),
        ("al_bab", date(2017, 2, 23), "sna"),
        # Olive Branch: Afrin town on 18 March 2018 (EFE, DW)
        ("afrin", date(2018, 3, 1), "sdf"),
        ("afrin", date(2018, 3, 20), "sna"),
        # Raqqa (Channel 4) and Deir ez-Zor city (AP, TASS)
        ("raqqa", date(2017, 10, 17), "sdf"),
        ("deir_ez_zor", date(2017, 11, 3), "government"),
        # 2019 offensive: Khan Shaykhun taken 21 Aug (AFP)
        ("khan_shaykhun", date(2019, 8, 21), "government"),
        # Peace Spring: Ras al-Ain on 20 Oct 2019 (Reuters, AFP)
        ("ras_al_ain", date(2019, 10, 20), "sna"),
        # 2020: Maarat al-Numan on 28 Jan (Reuters, The National)
        ("maarrat_an_numan", date(2020, 1, 28), "government"),
    ],
)
def test_a_town_changes_hands_on_the_day_the_sources_report(history, locality, day, controller):
    assert history.state_of(locality, day).controller == controller


def test_saraqib_taken_retaken_and_taken_again_in_february_2020(history):
    # AP/SOHR 5 Feb, Janes 6 Feb, Reuters 27 Feb (rebel claim, denied), TASS 2 Mar
    assert _state(history, "saraqib", date(2020, 2, 4)) == ("hts", "held")
    assert _state(history, "saraqib", date(2020, 2, 10)) == ("government", "held")
    assert _state(history, "saraqib", date(2020, 2, 28)) == ("opposition", "contested")
    assert _state(history, "saraqib", date(2020, 3, 2)) == ("government", "held")


@pytest.mark.parametrize("locality", ["manbij", "kobani", "tabqa", "ain_issa", "tell_tamer"])
def test_the_october_2019_army_deployments_are_shared_not_handovers(history, locality):
    state = history.state_of(locality, date(2021, 6, 1))
    assert (state.controller, state.status) == ("sdf", "shared")
    assert "government" in state.with_parties


def test_enclaves_keep_their_holders_through_the_frozen_years(history):
    day = date(2023, 4, 25)
    assert _state(history, "tell_rifaat", day) == ("sdf_government", "held")
    assert _state(history, "qamishli", day) == ("sdf", "shared")
    assert history.state_of("qamishli_airport", day).controller == "government"


@pytest.mark.parametrize(
    "day", [date(2019, 1, 1), date(2021, 1, 20), date(2023, 4, 25), date(2024, 11, 26)]
)
def test_al_hasakahs_security_square_is_the_governments_until_december_2024(history, day):
    """An enclave like Qamishli airport: besieged in January 2021 (Mercy Corps), entered by the
    SDF only on 7 Dec 2024 (Enab Baladi); the district's SDF answer had taken it from Dec 2018."""
    assert _state(history, "hasakah_security_box", day) == ("government", "held")
    record = history.record_on("hasakah_security_box", day)
    assert "enab-baladi-2024-12-07-sdf-enters-hasakah-square" in record.sources


def test_the_default_map_draws_al_hasakahs_square_as_a_government_enclave():
    from geodata.atlas import load_atlas

    zones = load_atlas().zones_at(date(2023, 4, 25))
    names = [z.name for z in zones if z.controller == "government"]
    assert any("Hasakah Security Box" in name for name in names)


def test_the_batch_ends_on_the_eve_of_the_november_2024_offensive():
    files = read_control_files(data_dir())
    mine = [r for r in files.records if r.file.startswith("control/" + BATCH)]
    assert mine
    assert max(r.end for r in mine) == date(2024, 11, 26)
    assert all(r.sources for r in mine)
