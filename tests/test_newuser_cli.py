"""What a newcomer runs into at the command line: dates the atlas has no zones for, a folder or an
unwritable place given as the output, sizes and DPIs off the beaten track, and files that are
not what their name says. Each answer is one line naming the problem, a non-zero exit, nothing
written (or the file, with the permissions any saved file gets)."""

from __future__ import annotations

import json
import os
import stat

import pytest

from desktop.app import main


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("day", ["2010-01-01", "2099-01-01"])
@pytest.mark.parametrize("suffix", [".geojson", ".csv", ".gpkg"])
def test_export_zones_on_a_day_without_zones_says_so_and_writes_nothing(
    tmp_path, capsys, day, suffix
):
    out = tmp_path / f"zones{suffix}"
    assert main(["export", "zones", "--date", day, "--out", str(out)]) == 1
    err = one_line_error(capsys)
    assert "internal error" not in err and "No control-zone data" in err
    assert not list(tmp_path.iterdir())


def test_query_zones_on_a_day_without_zones_says_why_the_list_is_empty(capsys):
    assert main(["query", "zones", "--date", "2010-01-01"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert "No control-zone data" in captured.err and "2016" in captured.err


def test_export_zones_to_a_folder_names_the_folder_not_a_temporary(tmp_path, capsys):
    out = tmp_path / "zones.gpkg"
    out.mkdir()
    assert main(["export", "zones", "--out", str(out)]) == 2
    err = one_line_error(capsys)
    assert "folder" in err and "zones.gpkg" in err and ".zones.gpkg." not in err
    assert [p.name for p in tmp_path.iterdir()] == ["zones.gpkg"]


def test_an_exported_zones_csv_is_readable_like_any_saved_file(tmp_path, capsys):
    out = tmp_path / "zones.csv"
    old = os.umask(0o022)
    try:
        assert main(["export", "zones", "--date", "2019-11-15", "--out", str(out)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644  # not mkstemp's 0o600


@pytest.mark.parametrize("size", ["1x1", "8x600", "100000x100000", "800x20001"])
def test_a_size_out_of_range_is_told_as_out_of_range(tmp_path, capsys, size):
    out = tmp_path / "map.png"
    assert main(["export", "snapshot", "--out", str(out), "--size", size]) == 2
    err = one_line_error(capsys)
    assert "out of range" in err and "16-20000" in err
    assert not list(tmp_path.iterdir())


def test_a_decimal_dpi_is_rounded_and_said(tmp_path, capsys):
    out = tmp_path / "map.png"
    argv = ["export", "snapshot", "--out", str(out), "--size", "400x300", "--dpi", "150.5"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "rounded to 151" in captured.err and "151 DPI" in captured.out
    manifest = json.loads((tmp_path / "map.png.manifest.json").read_text())
    assert "151" in json.dumps(manifest)


@pytest.mark.parametrize("dpi", ["nan", "inf", "abc"])
def test_a_dpi_that_is_not_a_number_is_one_line(tmp_path, capsys, dpi):
    out = tmp_path / "map.png"
    assert main(["export", "snapshot", "--out", str(out), "--dpi", dpi]) == 2
    assert "dots per inch" in one_line_error(capsys)
    assert not list(tmp_path.iterdir())


def test_validate_given_a_file_says_it_wants_a_folder(tmp_path, capsys):
    path = tmp_path / "zones.geojson"
    path.write_text("{}")
    assert main(["validate", str(path)]) == 1
    err = one_line_error(capsys)
    assert "is a file" in err and "not found" not in err


def test_a_geojson_without_properties_is_told_plainly(tmp_path, capsys):
    path = tmp_path / "points.geojson"
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [37.1, 36.2]}}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    workspace = tmp_path / "ws.gpkg"
    assert main(["import", str(path), "--workspace", str(workspace)]) == 1
    err = one_line_error(capsys)
    assert "has no columns or properties" in err and "has )" not in err
    assert not workspace.exists()


def test_random_bytes_named_gpkg_are_not_a_gdal_riddle(tmp_path, capsys):
    path = tmp_path / "junk.gpkg"
    path.write_bytes(bytes(range(256)) * 8)
    workspace = tmp_path / "ws.gpkg"
    assert main(["import", str(path), "--workspace", str(workspace)]) == 1
    err = one_line_error(capsys)
    assert "not a readable GeoPackage: not an SQLite database" in err
    assert "<DRIVER>" not in err
    assert not workspace.exists()


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_a_page_too_small_for_its_legend_is_one_line_not_an_assertion(tmp_path, capsys, fmt):
    out = tmp_path / f"thumb.{fmt}"
    assert main(["export", "snapshot", "--out", str(out), "--size", "40x40"]) == 1
    err = one_line_error(capsys)
    assert "too small" in err and "internal error" not in err
    assert not list(tmp_path.iterdir())


def test_a_pasted_page_that_matches_no_place_is_not_echoed_whole(capsys):
    assert main(["query", "place", "x" * 100_000]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert captured.err.count("\n") == 1 and len(captured.err) < 200


def test_workspace_copy_of_a_geopackage_that_is_no_workspace_is_refused(tmp_path, capsys):
    import geopandas as gpd
    from shapely.geometry import Point

    source = tmp_path / "project.gpkg"
    frame = gpd.GeoDataFrame({"name": ["x"]}, geometry=[Point(37.1, 36.2)], crs="EPSG:4326")
    frame.to_file(source, layer="roads", driver="GPKG")
    target = tmp_path / "copy.gpkg"
    assert main(["workspace", "copy", str(source), str(target)]) == 1
    err = one_line_error(capsys)
    assert "not an atlas workspace" in err and "roads" in err
    assert not target.exists()
