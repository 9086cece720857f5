"""What a script asks from the command line: places by any spelling, ids, zones as files, the
M4's stretches with their ends, and the workspace the user imported into."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.app import main

README = Path(__file__).resolve().parents[1] / "README.md"


def run_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_query_place_finds_a_town_by_a_reporters_spelling(capsys):
    found = run_json(capsys, "query", "place", "Maarat al-Numan")
    assert found and found[0]["kind"] == "place"
    assert 35.5 < found[0]["lat"] < 35.8 and 36.5 < found[0]["lon"] < 36.8


def test_query_place_finds_an_airbase_of_the_control_gazetteer(capsys):
    found = run_json(capsys, "query", "place", "Hmeimim")
    assert found and found[0]["kind"] == "place"
    assert found[0]["id"] == "latakia_international_airport"
    assert 35.3 < found[0]["lat"] < 35.5 and 35.8 < found[0]["lon"] < 36.1


def test_query_place_says_when_nothing_matches(capsys):
    assert main(["query", "place", "Xyzzyville"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert "Xyzzyville" in captured.err


def test_party_and_zone_ids_are_listed(capsys):
    parties = run_json(capsys, "query", "parties")
    assert {"hts", "sdf", "government"} <= {p["id"] for p in parties}
    zones = run_json(capsys, "query", "zones", "--date", "2023-04-25")
    ids = {z["id"] for z in zones}
    assert all(z["valid_from"] <= "2023-04-25" for z in zones)
    assert any(z["area"] == "idlib" for z in zones) and len(ids) == len(zones)


def test_a_zone_id_matches_that_zone_alone(capsys):
    zones = run_json(capsys, "query", "zones", "--date", "2023-04-25")
    idlib = next(z for z in zones if z["area"] == "idlib")
    area_events = run_json(capsys, "query", "events", "--zone", "idlib")
    zone_events = run_json(capsys, "query", "events", "--zone", idlib["id"])
    assert {e["id"] for e in zone_events} <= {e["id"] for e in area_events}
    end = idlib["valid_to"] or "9999-12-31"
    assert all(idlib["valid_from"] <= e["date"] <= end for e in zone_events)
    assert len(zone_events) < len(area_events)  # earlier snapshots' events are not this zone's


def test_query_m4_gives_each_stretchs_ends_and_says_when_a_date_has_no_data(capsys):
    answer = run_json(capsys, "query", "m4", "--date", "2023-04-25")
    assert answer["coverage"] is True
    for segment in answer["segments"]:
        for end in ("from", "to"):
            point = segment[end]
            assert 35.5 < point["lon"] < 42.5 and 35 < point["lat"] < 37.5
            assert point["near"] and point["near_km"] < 25
    first, last = answer["segments"][0], answer["segments"][-1]
    assert first["from"]["near"] == "Latakia" and first["from"]["lon"] < last["to"]["lon"]
    empty = run_json(capsys, "query", "m4", "--date", "2005-01-01")
    assert empty["coverage"] is False and "no control data" in empty["note"]
    assert all(s["controller"] is None for s in empty["segments"])


@pytest.mark.parametrize("suffix", [".geojson", ".csv", ".gpkg"])
def test_export_zones_writes_the_days_zones(tmp_path, capsys, suffix):
    import geopandas as gpd
    import pandas as pd

    out = tmp_path / f"zones{suffix}"
    assert main(["export", "zones", "--date", "2019-11-15", "--out", str(out)]) == 0
    capsys.readouterr()
    zones = run_json(capsys, "query", "zones", "--date", "2019-11-15")
    table = pd.read_csv(out) if suffix == ".csv" else gpd.read_file(out)
    control = table[table["layer"] == "control"]  # the agreed zones are rows of their own
    assert sorted(control["id"]) == sorted(z["id"] for z in zones)
    if suffix != ".csv":
        assert table.crs.to_epsg() == 4326 and table.geometry.is_valid.all()
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_export_zones_refuses_an_unknown_format(tmp_path, capsys):
    assert main(["export", "zones", "--out", str(tmp_path / "z.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".txt" in err
    assert not list(tmp_path.iterdir())


def test_query_reads_the_workspace_import_writes_to(tmp_path, capsys, monkeypatch):
    workspace = tmp_path / "ws.gpkg"
    csv = tmp_path / "events.csv"
    csv.write_text(
        "event_id_cnty,event_date,event_type,latitude,longitude,notes\n"
        "SYR1,2023-03-01,Battles,36.2,37.1,Test clash near Aleppo\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("SYRIA_ATLAS_WORKSPACE", str(workspace))
    assert main(["import", str(csv)]) == 0
    capsys.readouterr()
    events = run_json(capsys, "query", "events", "--from", "2023-03-01", "--to", "2023-03-01")
    assert any("Test clash" in (e["summary"] or e["title"]) for e in events)


def test_the_readme_python_example_works_outside_every_zone():
    code = re.search(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S).group(1)
    inside: dict = {}
    exec(code, inside)  # noqa: S102 - the README's own example
    outside = code.replace("lon=36.63, lat=35.93", "lon=37.38, lat=37.07")  # Gaziantep
    result: dict = {}
    exec(outside, result)  # noqa: S102
    zone = result["zone"]
    assert zone is None and inside["zone"].controller == "hts"
