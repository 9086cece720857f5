"""An analyst exports the zones of a day to QGIS, R or a spreadsheet: the agreed zones in force
that day (the 2018 Sochi demilitarised zone, the 2020 M4 corridor) come with the control zones,
as rows of their own layer and kind, with the note that says the atlas computed them and their
sources, so that a user who wants only the control zones can drop them with one filter."""

from __future__ import annotations

import json

import pytest

from desktop.app import main


def _read(out):
    import geopandas as gpd
    import pandas as pd

    return pd.read_csv(out) if out.suffix == ".csv" else gpd.read_file(out)


@pytest.mark.parametrize("suffix", [".geojson", ".csv", ".gpkg"])
def test_the_sochi_zone_is_exported_apart_from_the_control_zones(tmp_path, capsys, suffix):
    out = tmp_path / f"zones{suffix}"
    assert main(["export", "zones", "--date", "2019-11-15", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    table = _read(out)
    agreed = table[table["layer"] == "agreed"]
    assert list(agreed["id"]) == ["sochi_dmz"] and list(agreed["kind"]) == ["dmz"]
    row = agreed.iloc[0]
    assert row["accuracy"].startswith("Computed, not surveyed")
    assert "peaceagreements.org" in row["sources"] and "Daily Sabah" in row["sources"]
    # (GeoJSON readers parse the ISO dates into timestamps)
    assert str(row["valid_from"])[:10] == "2018-09-17" and str(row["valid_to"])[:10] == "2020-03-04"
    # the filter a user applies to keep the control zones alone gives the day's zones
    assert main(["query", "zones", "--date", "2019-11-15"]) == 0
    zones = json.loads(capsys.readouterr().out)
    control = table[table["layer"] == "control"]
    assert sorted(control["id"]) == sorted(z["id"] for z in zones)
    assert set(control["kind"]) == {"control"}
    assert "1 agreed zone" in said and "sochi_dmz" in said


def test_the_2020_corridor_is_exported_on_a_frozen_lines_day(tmp_path, capsys):
    out = tmp_path / "zones.geojson"
    assert main(["export", "zones", "--date", "2023-04-25", "--out", str(out)]) == 0
    capsys.readouterr()
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    agreed = [f["properties"] for f in features if f["properties"]["layer"] == "agreed"]
    assert [(p["id"], p["kind"]) for p in agreed] == [("m4_corridor", "corridor")]
    assert agreed[0]["accuracy"].startswith("Computed, not surveyed")
    assert agreed[0]["controller"] in ("", None)  # an agreed zone is no one's territory


def test_a_day_outside_both_agreements_exports_control_zones_only(tmp_path, capsys):
    out = tmp_path / "zones.csv"
    assert main(["export", "zones", "--date", "2024-12-20", "--out", str(out)]) == 0
    assert "agreed" not in capsys.readouterr().out
    assert set(_read(out)["layer"]) == {"control"}
