"""Inputs meant to break the atlas: one clear line each, nothing lost, nothing left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import main
from geodata.importers import ImportFailed, read_file
from geodata.importers.records import MAX_TITLE
from geodata.workspace import read_workspace

PLAIN = "date,lat,lon,title\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def one_line_error(capsys, argv: list[str], code: int = 1) -> str:
    assert main(argv) == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "internal error" not in err
    return err


# --- import ----------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["idna", "punycode", "rot13", "base64"])
def test_an_encoding_that_cannot_read_files_is_one_line(tmp_path, capsys, codec):
    path = write(tmp_path, "a.csv", PLAIN + "2023-04-25,35.9,36.6,a\n")
    ws = tmp_path / "w.gpkg"
    err = one_line_error(capsys, ["import", str(path), "--workspace", str(ws), "--encoding", codec])
    assert "encoding" in err and not ws.exists()


def test_a_number_with_thousands_of_digits_is_named_without_python_hints(tmp_path):
    feature = {
        "type": "Feature",
        "properties": {"date": "2023-04-25", "n": "N"},
        "geometry": {"type": "Point", "coordinates": [36.6, 35.9]},
    }
    text = json.dumps({"type": "FeatureCollection", "features": [feature]})
    path = write(tmp_path, "big.geojson", text.replace('"N"', "9" * 5000))
    with pytest.raises(ImportFailed, match="thousands of digits") as failed:
        read_file(path, origin="w")
    assert "sys." not in str(failed.value)


def test_an_oversized_coordinate_is_refused_naming_the_row(tmp_path):
    path = write(tmp_path, "a.csv", PLAIN + "2023-04-25,35.9,36.6,a\n2023-04-25,1e400,36.6,b\n")
    with pytest.raises(ImportFailed, match=r"row 3: .*latitude '1e400'"):
        read_file(path, origin="w")


def test_mapping_lat_to_the_longitude_column_says_what_happened(tmp_path, capsys):
    path = write(tmp_path, "a.csv", PLAIN + "2023-04-25,35.9,36.6,a\n")
    argv = ["import", str(path), "--workspace", str(tmp_path / "w.gpkg"), "--map", "lat=lon"]
    err = one_line_error(capsys, argv)
    assert "--map lat=lon takes column 'lon'" in err


def test_one_column_for_two_fields_is_refused(tmp_path, capsys):
    path = write(tmp_path, "a.csv", PLAIN + "2023-04-25,35.9,36.6,a\n")
    argv = ["import", str(path), "--workspace", str(tmp_path / "w.gpkg")]
    err = one_line_error(capsys, [*argv, "--map", "lat=lat", "--map", "lon=lat"])
    assert "to both 'lat' and 'lon'" in err


def test_a_title_over_the_limit_is_cut_with_a_warning_and_kept_whole_in_the_summary(tmp_path):
    title = "x" * (MAX_TITLE * 3)
    path = write(tmp_path, "a.csv", PLAIN + f"2023-04-25,35.9,36.6,{title}\n")
    result = read_file(path, origin="w")
    (event,) = result.events
    assert len(event.title) == MAX_TITLE and event.title.endswith("…")
    assert event.summary.startswith(title)
    assert any("cut" in w and "row 2" in w for w in result.warnings)


def test_a_value_larger_than_pythons_csv_limit_is_stored_whole(tmp_path):
    long_text = "word " * 100_000  # 500 KB: Python's csv stops at 128 KB by default
    text = "date,lat,lon,title,notes\n" + f'2023-04-25,35.9,36.6,short,"{long_text}"\n'
    path = write(tmp_path, "a.csv", text)
    result = read_file(path, origin="w", mapping={"summary": "notes"})
    from geodata.workspace import add_to_workspace

    ws = tmp_path / "w.gpkg"
    add_to_workspace(ws, result.events)
    assert read_workspace(ws)[0][0].summary == long_text.strip()


def test_long_text_is_shown_cut_in_the_panel_and_web_map():
    from desktop.panel.format import SHOWN_CHARACTERS, esc
    from geodata.web_export.texts import esc as web_esc

    text = "y" * 5_000_000
    assert len(esc(text)) < SHOWN_CHARACTERS + 100 and "more characters not shown" in esc(text)
    assert len(web_esc(text)) < 20_100


# --- export ---------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["snapshot", "html"])
def test_exporting_to_a_name_without_extension_says_so(tmp_path, capsys, command):
    err = one_line_error(capsys, ["export", command, "--out", str(tmp_path / "noext")], code=2)
    assert "has no extension" in err


@pytest.mark.parametrize(
    ("command", "example"),
    [("snapshot", "map.png"), ("html", "atlas.html"), ("zones", "zones.geojson")],
)
def test_exporting_to_a_folder_asks_for_a_file_in_it(tmp_path, capsys, command, example):
    err = one_line_error(capsys, ["export", command, "--out", str(tmp_path)], code=2)
    assert "is a folder" in err and str(tmp_path / example) in err
    assert list(tmp_path.iterdir()) == []  # nothing written beside it


def test_export_web_is_the_web_map_export(tmp_path, capsys):
    # "export web" (the README calls it the web map) reaches the html export's own checks
    err = one_line_error(capsys, ["export", "web", "--out", str(tmp_path / "map.png")], code=2)
    assert "a web map is an .html file" in err


def test_a_killed_exports_temporary_file_is_swept_by_the_next_export(tmp_path):
    from geodata.atomic_file import atomic_path

    out = tmp_path / "map.png"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    left = tmp_path / f".map.png.{dead.stdout.strip()}-0badf00d.part"
    left.write_bytes(b"half an image")
    live = tmp_path / f".map.png.{os.getppid()}-0000beef.part"  # a running export's: kept
    live.write_bytes(b"in progress")
    with atomic_path(out) as tmp:
        tmp.write_bytes(b"image")
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, "map.png"]


# --- validate ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["talks/events.toml", "zones.geojson"])
def test_deeply_nested_data_given_to_validate_is_reported_not_crashed(tmp_path, capsys, name):
    import shutil

    from geodata.paths import data_dir

    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    target = folder / name
    if name.endswith(".toml"):
        target.write_text("events = " + "[" * 100_000 + "]" * 100_000 + "\n")
    else:
        target.write_text("[" * 100_000 + "]" * 100_000)
    assert main(["validate", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert "internal error" not in err and "Traceback" not in err
    assert f"{target.name}: not usable" in out + err or f"{target.name}:" in out + err


# --- query: strict JSON ---------------------------------------------------------------------


def test_query_never_prints_nan_or_infinity(capsys):
    from geodata.cli.query import _print

    _print({"a": float("nan"), "b": [float("inf"), -float("inf")], "c": 1.5})
    out = capsys.readouterr().out

    def refuse(constant):
        raise AssertionError(f"non-standard JSON constant {constant}")

    assert json.loads(out, parse_constant=refuse) == {"a": None, "b": [None, None], "c": 1.5}


def test_query_over_a_workspace_with_an_impossible_coordinate_names_the_row(tmp_path, capsys):
    import sqlite3
    from datetime import date

    from geodata.model import Event
    from geodata.workspace import add_to_workspace
    from geodata.workspace.gpkg import point_blob

    ws = tmp_path / "w.gpkg"
    events = [
        Event(id=f"e{i}", date=date(2023, 4, 25), title="t", kind="other", lat=36.0, lon=37.0)
        for i in range(3)
    ]
    add_to_workspace(ws, events)
    connection = sqlite3.connect(ws)
    connection.execute("UPDATE events SET geom = ? WHERE fid = 3", (point_blob(37.0, 1e300),))
    connection.commit()
    connection.close()
    err = one_line_error(capsys, ["query", "events", "--workspace", str(ws)])
    assert "feature 3" in err and "outside" in err


@pytest.mark.parametrize("depth", [3, 60])
def test_geometry_collections_nested_in_collections_are_read_or_refused_in_one_line(
    tmp_path, depth
):
    geometry = {"type": "Point", "coordinates": [36.6, 35.9]}
    for _ in range(depth):
        geometry = {"type": "GeometryCollection", "geometries": [geometry]}
    feature = {"type": "Feature", "properties": {"date": "2023-04-25"}, "geometry": geometry}
    path = write(
        tmp_path, "gc.geojson", json.dumps({"type": "FeatureCollection", "features": [feature]})
    )
    try:
        result = read_file(path, origin="w")
    except ImportFailed as exc:
        assert "\n" not in str(exc) and "feature 1" in str(exc)
    else:
        assert len(result.events) == 1


def test_a_geopackage_source_whose_layer_is_an_endless_view_is_one_line(tmp_path, monkeypatch):
    import sqlite3

    import geopandas
    import pyogrio
    from shapely.geometry import Point

    from geodata.importers import gpkg_reader

    path = tmp_path / "source.gpkg"
    frame = geopandas.GeoDataFrame(
        {"date": ["2023-04-25"]}, geometry=[Point(36.6, 35.9)], crs="EPSG:4326"
    )
    pyogrio.write_dataframe(frame, path, layer="events", driver="GPKG")
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE VIEW endless AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
        "SELECT x AS fid, NULL AS geom, '2023-04-25' AS date FROM n"
    )
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
        "VALUES ('endless', 'features', 'endless', 4326)"
    )
    connection.execute(
        "INSERT INTO gpkg_geometry_columns VALUES ('endless', 'geom', 'POINT', 4326, 0, 0)"
    )
    connection.commit()
    connection.close()
    monkeypatch.setattr(gpkg_reader, "VIEW_SECONDS", 0.5)
    with pytest.raises(ImportFailed, match=r"layer 'endless': a view whose query did not finish"):
        read_file(path, origin="w", layer="endless")


def test_a_disk_filling_during_an_export_is_one_line_and_leaves_no_part_file(tmp_path):
    import errno

    from geodata.atomic_file import AtomicWrites
    from geodata.errors import AtlasError

    out = tmp_path / "map.html"
    full = pytest.raises(AtlasError, match=r"cannot write .*map\.html: the disk is full")
    with full, AtomicWrites() as files:
        files.target(out).write_bytes(b"<html>")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["/", "/dev/null", "/dev/zero"])
def test_an_odd_syria_atlas_workspace_is_one_line(tmp_path, capsys, monkeypatch, where):
    if not Path(where).exists():
        pytest.skip(f"no {where} here")
    monkeypatch.setenv("SYRIA_ATLAS_WORKSPACE", where)
    path = write(tmp_path, "a.csv", PLAIN + "2023-04-25,35.9,36.6,a\n")
    err = one_line_error(capsys, ["import", str(path)])
    assert "folder" in err or "not a regular file" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "{long}/a.csv", "--workspace", "{tmp}/w.gpkg"],
        ["import", "{tmp}/a.csv", "--workspace", "{long}/w.gpkg"],
        ["export", "html", "--out", "{long}/a.html"],
        ["export", "snapshot", "--out", "{long}/a.png"],
        ["query", "events", "--workspace", "{long}/w.gpkg"],
    ],
)
def test_a_very_long_path_anywhere_is_one_line(tmp_path, capsys, argv):
    write(tmp_path, "a.csv", PLAIN + "2023-04-25,35.9,36.6,a\n")
    long = tmp_path / ("d" * 300)
    args = [a.format(long=long, tmp=tmp_path) for a in argv]
    err = one_line_error(capsys, args, code=1)
    assert "too long" in err and len(err) < 600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]
