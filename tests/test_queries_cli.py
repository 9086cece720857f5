"""`syria-atlas query ...`: JSON answers on stdout, one-line errors on stderr."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from desktop.app import main

MEETING = "2023-04-25-moscow-defence-ministers"


def run(capsys, *argv: str) -> tuple[int, object, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else out), err


def test_events_by_party_and_dates(capsys):
    code, events, _ = run(
        capsys, "query", "events", "--party", "iran", "--from", "2023-04-01", "--to", "2023-04-30"
    )
    assert code == 0
    assert [e["id"] for e in events] == ["2023-04-04-moscow-deputy-foreign-ministers", MEETING]
    meeting = events[-1]
    assert meeting["date"] == "2023-04-25"
    assert set(meeting["participants"]) == {"turkey", "russia", "iran", "government"}
    assert meeting["party"] == meeting["participants"]  # every party of the event, by id
    assert all("iran" in e["party"] for e in events)  # --party matches any of them
    assert {"m4", "m4_corridor"} <= set(meeting["feature_ids"])
    assert all(isinstance(s, dict) and "url" in s for s in meeting["sources"])


def test_events_for_an_area(capsys):
    code, events, _ = run(capsys, "query", "events", "--zone", "manbij")
    assert code == 0
    assert "2024-12-09-sna-takes-manbij" in [e["id"] for e in events]


def test_statements_for_the_moscow_meeting(capsys):
    code, statements, _ = run(capsys, "query", "statements", "--event", MEETING)
    assert code == 0
    # Moscow and Tehran gave "no immediate comment": an event note, not a statement
    assert {s["party"] for s in statements} == {"turkey", "government", "russia"}
    quote = next(s for s in statements if s["text"] == "constructive")
    assert quote["verbatim"] is True and quote["date"] == "2023-04-25"
    assert "constructive" in quote["excerpt"]
    source = quote["sources"][0]
    assert source["publisher"] == "The National (Abu Dhabi)" and source["kind"] == "newspaper"
    assert source["grade"] and source["url"].startswith("https://www.thenationalnews.com/")


@pytest.mark.parametrize(("named", "party"), [("Syria", "government"), ("HTS", "hts")])
def test_a_party_is_found_by_its_recorded_name_as_import_takes_it(capsys, named, party):
    # "--party Syria" was refused with "did you mean: russia, tunisia, sna?"
    code, by_name, _ = run(capsys, "query", "statements", "--party", named)
    assert code == 0 and by_name
    assert by_name == run(capsys, "query", "statements", "--party", party)[1]


def test_statements_by_party(capsys):
    code, statements, _ = run(capsys, "query", "statements", "--party", "sdf")
    assert code == 0 and statements
    assert all(s["party"] == "sdf" and s["id"] and "event_id" in s for s in statements)


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (("query", "events", "--party", "irn"), "'irn'"),
        (("query", "events", "--zone", "idlb"), "'idlb'"),
        (("query", "statements", "--event", "2023-04-25-moscow"), "'2023-04-25-moscow'"),
        (("query", "statements", "--party", "turky"), "'turky'"),
    ],
)
def test_unknown_ids_are_one_clear_line(capsys, argv, named):
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and named in err and "did you mean" in err


def test_from_later_than_to_is_a_usage_error(capsys):
    code, out, err = run(capsys, "query", "events", "--from", "2024-01-01", "--to", "2023-01-01")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--from 2024-01-01 is later than --to 2023-01-01" in err


NULL_ZONE = {
    "zone": None,
    "zone_name": None,
    "area": None,
    "controller": None,
    "controller_name": None,
    "backers": [],
    "contested": False,
    "accuracy": None,
    "distance_km": None,
    "sources": [],
    "line_sources": [],
}


def test_controller_outside_every_zone_is_null(capsys):
    code, answer, _ = run(capsys, "query", "controller", "--lat", "0", "--lon", "0")
    assert code == 0
    assert answer["as_of"] == "2023-04-25"
    assert answer["coverage"] is True and answer["nearest_dates"] == []  # data, but no zone
    assert {k: answer[k] for k in NULL_ZONE} == NULL_ZONE


def coverage():
    from geodata.control.load import read_control_files
    from geodata.paths import data_dir

    return read_control_files(data_dir()).coverage


@pytest.mark.parametrize(
    ("day", "nearest"),
    [
        # before the first covered day: "no data before", the nearest is the first day
        (lambda c: c.first_day - timedelta(days=1), lambda c: [c.first_day]),
        (lambda c: date(2010, 1, 1), lambda c: [c.first_day]),
        # after the last: "no data after", not the last state
        (lambda c: c.last_day + timedelta(days=1), lambda c: [c.last_day]),
    ],
    ids=["eve-of-coverage", "2010", "after-coverage"],
)
def test_controller_on_a_date_without_control_data_says_so(capsys, day, nearest):
    covered = coverage()
    code, answer, _ = run(
        capsys,
        "query",
        "controller",
        "--lat",
        "35.9306",
        "--lon",
        "36.6339",
        "--date",
        day(covered).isoformat(),
    )
    assert code == 0
    expected = [d.isoformat() for d in nearest(covered)]
    assert answer["coverage"] is False and answer["nearest_dates"] == expected
    assert {k: answer[k] for k in NULL_ZONE} == NULL_ZONE


@pytest.mark.parametrize("day", ["2017-09-01", "2020-01-20"])
def test_the_idlib_offensive_years_have_an_answer(capsys, day):
    """The map once skipped from 18 Dec 2019 to 6 Mar 2020: the records now cover those days."""
    code, answer, _ = run(
        capsys, "query", "controller", "--lat", "35.9306", "--lon", "36.6339", "--date", day
    )
    assert code == 0
    assert answer["coverage"] is True and answer["nearest_dates"] == []
    assert answer["controller"] == "hts" and answer["sources"]


def test_the_last_covered_day_still_has_an_answer_and_the_next_has_none(capsys):
    """Coverage ends on a sourced day: that day answers, the day after says "no data after"."""
    last = coverage().last_day
    after = (last + timedelta(days=1)).isoformat()
    qamishli = ("--lat", "37.05215", "--lon", "41.23142")
    code, answer, _ = run(capsys, "query", "controller", *qamishli, "--date", last.isoformat())
    assert code == 0 and answer["coverage"] is True and answer["controller"]
    assert answer["control_records"]["record"]["sources"]
    code, answer, _ = run(capsys, "query", "controller", *qamishli, "--date", after)
    assert code == 0 and answer["coverage"] is False and answer["controller"] is None
    assert answer["control_records"]["message"] == f"no data after {last.isoformat()}"


def test_controller_of_idlib_city(capsys):
    code, answer, _ = run(capsys, "query", "controller", "--lat", "35.9306", "--lon", "36.6339")
    assert code == 0
    assert answer["controller"] == "hts" and answer["zone"] and answer["controller_name"]
    assert answer["coverage"] is True and answer["nearest_dates"] == []
    assert answer["sources"] and all("url" in s for s in answer["sources"])
    # zone-level sources apart from the many sources of the front-line walk points
    assert not any(s["note"].startswith("front-line walk") for s in answer["sources"])
    assert answer["line_sources"]
    assert all(s["note"].startswith("front-line walk: side of ") for s in answer["line_sources"])


def test_controller_after_the_fall_of_damascus_is_not_credited_to_hts(capsys):
    code, answer, _ = run(
        capsys,
        "query",
        "controller",
        "--lat",
        "36.2012",
        "--lon",
        "37.1612",
        "--date",
        "2024-12-10",
    )  # Aleppo
    assert code == 0
    assert answer["controller"] == "transitional_government"
    assert "caretaker" in answer["controller_name"].casefold()  # its name on that day
    assert answer["sources"] and answer["control_records"]


def test_tishrin_dam_is_contested_from_december_2024(capsys):
    code, answer, _ = run(
        capsys,
        "query",
        "controller",
        "--lat",
        "36.3797",
        "--lon",
        "38.1828",
        "--date",
        "2024-12-10",
    )
    assert code == 0
    assert answer["area"] == "tishrin_dam" and answer["contested"] is True
    assert answer["controller"] == "sdf" and answer["sources"]


def test_m4_breakdown_json(capsys):
    code, answer, _ = run(capsys, "query", "m4", "--date", "2023-04-25")
    assert code == 0
    assert answer["total_km"] > 100
    assert answer["total_km"] == round(answer["total_km"], 3)
    controllers = {s["controller"] for s in answer["segments"]}
    assert {"government", "hts"} <= controllers
    assert all(isinstance(s["km"], float) for s in answer["segments"])
    assert all(s["km"] == round(s["km"], 3) for s in answer["segments"])
    assert sum(s["km"] for s in answer["segments"]) == pytest.approx(answer["total_km"], abs=0.01)


def test_m4_after_the_fall_of_damascus_is_held_by_the_caretaker_government_sdf_and_sna(capsys):
    code, answer, _ = run(capsys, "query", "m4", "--date", "2024-12-10")
    assert code == 0
    km = {}
    for segment in answer["segments"]:
        km[segment["controller"]] = km.get(segment["controller"], 0.0) + segment["km"]
    assert "government" not in km and "hts" not in km  # the Assad government and HTS are gone
    assert km["transitional_government"] > 100 and km["sdf"] > 100 and km["sna"] > 20
