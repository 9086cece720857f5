"""`syria-atlas query changes|localities|controller` and `validate` on a data directory with a
control history (the bundled data, the curated places as gazetteer, the migrated snapshots and
real changes of 2018 and 2020: see control_fixture.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from control_fixture import make_control_dir

from desktop.app import main
from geodata import io
from geodata.validate import validate_dir


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return make_control_dir(tmp_path_factory.mktemp("control-cli"))


@pytest.fixture
def with_data(data_dir, monkeypatch):
    monkeypatch.setattr(io, "default_data_dir", lambda: data_dir)
    return data_dir


def run(capsys, *argv: str):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else out), err


def test_changes_list_gains_and_losses_with_sources_and_km2(capsys, with_data):
    code, answer, _ = run(capsys, "query", "changes", "--from", "2020-02-01", "--to", "2020-03-10")
    assert code == 0
    saraqib = next(c for c in answer["changes"] if c["locality"] == "saraqib")
    assert (saraqib["from_controller"], saraqib["to_controller"]) == ("opposition", "government")
    assert saraqib["date"] == "2020-03-02"
    assert [s["id"] for s in saraqib["sources"]] == ["test-saraqib-4"]
    assert saraqib["sources"][0]["url"] == "https://example.org/test-saraqib-4"
    km2 = answer["km2"]
    assert km2["government"]["gained"] > 0
    assert km2["opposition"]["lost"] > 0
    # what one side gained from the other, the other lost
    assert km2["opposition"]["lost"] >= km2["opposition"]["gained"]


def test_changes_within_an_area(capsys, with_data):
    code, answer, _ = run(
        capsys, "query", "changes", "--from", "2018-01-01", "--to", "2018-06-01", "--area", "afrin"
    )
    assert code == 0
    moved = {c["locality"]: c for c in answer["changes"]}
    assert set(moved) == {"afrin", "jindires"}
    assert moved["jindires"]["date"] == "2018-03-08"
    assert moved["afrin"]["to_controller"] == "sna"


def test_changes_refuses_dates_in_the_wrong_order(capsys, with_data):
    code, _, err = run(capsys, "query", "changes", "--from", "2020-03-10", "--to", "2020-02-01")
    assert code == 2 and "later than" in err


def test_localities_by_any_spelling_with_their_history(capsys, with_data):
    code, answer, _ = run(capsys, "query", "localities", "--name", "SARAQ")
    assert code == 0
    [saraqib] = answer
    history = saraqib["history"]
    assert [h["controller"] for h in history] == [
        "opposition",
        "government",
        "opposition",
        "government",
    ]
    assert history[2]["status"] == "contested" and history[2]["with"] == ["government"]


def test_controller_names_the_deciding_record_and_says_no_data_after(capsys, with_data):
    code, answer, _ = run(
        capsys, "query", "controller", "--lat", "35.864", "--lon", "36.806", "--date", "2020-02-10"
    )
    assert code == 0
    assert answer["controller"] == "government"
    assert answer["controller_name"] == "Syrian government (Assad)"
    record = answer["control_records"]["record"]
    assert record["locality"] == "saraqib" and record["from"] == "2020-02-08"
    code, answer, _ = run(
        capsys, "query", "controller", "--lat", "35.864", "--lon", "36.806", "--date", "2026-06-01"
    )
    assert code == 0 and answer["control_records"]["message"].startswith("no data after ")


def test_validate_reports_overlaps_and_unknown_parties(tmp_path):
    bad = (
        "locality,controller,from,to,status,with,sources,note\n"
        "afrin,sdf,2018-01-01,2018-03-20,held,,test-1,\n"
        "afrin,sna,2018-03-18,,held,,test-2,\n"
        "jindires,fsa,2018-03-08,,held,,test-2,\n"
        "saraqib,government,2025-01-01,,held,,test-3,\n"
    )
    data = make_control_dir(tmp_path, researched=bad)
    problems = [str(p) for p in validate_dir(data)]
    assert any("test-research.csv:2: afrin: period 2018-01-01–2018-03-20 overlaps" in p
               for p in problems)  # fmt: skip
    assert any("test-research.csv:4: jindires: party 'fsa'" in p for p in problems)
    assert any("test-research.csv:5: saraqib: 'government' did not exist" in p for p in problems)


def test_validate_accepts_the_fixture(data_dir):
    assert [str(p) for p in validate_dir(data_dir)] == []


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("afrin,sna,2018-03-18,2018-03-01,held,,test-afrin-2,", "to 2018-03-01 is before from"),
        ("afrin,sna,2018-03-18,,held,,,", "sources: none"),
        ("afrin,sna,2018-03-18,,held,,no-such-source,", "source 'no-such-source' is not in"),
        ("afrin,sna,2018-03-18,,contested,hayat,test-afrin-2,", "party 'hayat'"),
    ],
    ids=["dates-out-of-order", "no-sources", "unknown-source", "unknown-party-in-with"],
)
def test_validate_names_each_bad_record(tmp_path, row, expected):
    header = "locality,controller,from,to,status,with,sources,note\n"
    data = make_control_dir(tmp_path, researched=header + row + "\n")
    problems = [str(p) for p in validate_dir(data)]
    assert any("test-research.csv:2" in p and expected in p for p in problems), problems


def test_validate_checks_the_tiling_of_every_covered_day(tmp_path, monkeypatch):
    """A defect on any one period of derived territory is found, whichever day it is: here
    the longest period, broken only for its own locality states."""
    from geodata.atlas import load_atlas
    from geodata.control.territory import Territory, TerritoryDeriver

    data = make_control_dir(tmp_path)
    control = load_atlas(data).control
    day = date(2022, 6, 15)  # inside 2020-2024: one long period with no change
    broken_states = control.history.states_on(day)
    first_day = control.period(day)[0]
    derive = TerritoryDeriver.derive

    def drop_a_piece(self, states, constraints):
        territory = derive(self, states, constraints)
        if states == broken_states:
            return Territory(territory.pieces[1:])
        return territory

    monkeypatch.setattr(TerritoryDeriver, "derive", drop_a_piece)
    problems = [str(p) for p in validate_dir(data)]
    tiling = [p for p in problems if "does not tile" in p or "uncovered" in p]
    assert tiling and all(f"derived {first_day}" in p for p in tiling), problems


def test_controller_lists_a_towns_names_without_the_gazetteers_notes(capsys):
    """The bundled Qamishli: its Kurdish and Turkish spellings are names; "(Kurdish)" and
    "opposite Nusaybin (Turkey)" are the gazetteer's notes, not names of the town."""
    code, answer, _ = run(
        capsys,
        "query",
        "controller",
        "--lon",
        "41.2314",
        "--lat",
        "37.0521",
        "--date",
        "2023-04-25",
    )
    assert code == 0
    names = answer["control_records"]["locality"]["names"]
    assert "Qamişlo" in names and "Kamışlı" in names
    assert len(names) == len(set(names))
    assert not [n for n in names if "(" in n or n.casefold().startswith("opposite")]
