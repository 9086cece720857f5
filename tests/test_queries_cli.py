"""`syria-atlas query ...`: JSON answers on stdout, one-line errors on stderr."""

from __future__ import annotations

import json

import pytest

from desktop.app import main
from geodata.io import FEATURES_FILE, ZONES_FILE, default_data_dir

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
    assert {"m4", "m4_corridor"} <= set(meeting["feature_ids"])
    assert all(isinstance(s, dict) and "url" in s for s in meeting["sources"])


def test_events_for_an_area(capsys):
    code, events, _ = run(capsys, "query", "events", "--zone", "manbij")
    assert code == 0
    assert "2024-12-09-sna-takes-manbij" in [e["id"] for e in events]


def test_statements_for_the_moscow_meeting(capsys):
    code, statements, _ = run(capsys, "query", "statements", "--event", MEETING)
    assert code == 0
    assert {s["party"] for s in statements} == {"turkey", "government", "russia", "iran"}
    quote = next(s for s in statements if s["text"] == "constructive")
    assert quote["verbatim"] is True and quote["date"] == "2023-04-25"
    assert quote["sources"][0]["publisher"]
    syria = [s for s in statements if s["party"] == "government"]
    assert syria and all(s["verbatim"] is False for s in syria)


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


def test_controller_outside_every_zone_is_null(capsys):
    code, answer, _ = run(capsys, "query", "controller", "--lat", "0", "--lon", "0")
    assert code == 0
    assert answer["controller"] is None and answer["zone"] is None
    assert answer["as_of"] == "2023-04-25"


@pytest.mark.skipif(not (default_data_dir() / ZONES_FILE).is_file(), reason="zones not built yet")
def test_controller_of_idlib_city(capsys):
    code, answer, _ = run(capsys, "query", "controller", "--lat", "35.9306", "--lon", "36.6339")
    assert code == 0
    assert answer["controller"] == "hts" and answer["zone"] and answer["controller_name"]
    assert answer["sources"] and all("url" in s for s in answer["sources"])


@pytest.mark.skipif(
    not (default_data_dir() / ZONES_FILE).is_file()
    or not (default_data_dir() / FEATURES_FILE).is_file(),
    reason="zones or M4 not built yet",
)
def test_m4_breakdown_json(capsys):
    code, answer, _ = run(capsys, "query", "m4", "--date", "2023-04-25")
    assert code == 0
    assert answer["total_km"] > 100
    controllers = {s["controller"] for s in answer["segments"]}
    assert {"government", "hts"} <= controllers
    assert all(isinstance(s["km"], float) for s in answer["segments"])
