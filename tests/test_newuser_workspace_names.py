"""A workspace is written as a GeoPackage: a target named as something else (``x.csv``) is
refused in one line, before anything is read or written, so no spreadsheet-named database is
left behind. A target named .gpkg in any letter case is still written."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.app import main

SAMPLE = Path(__file__).parent / "fixtures" / "import" / "acled_syria_sample.csv"


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.fixture
def workspace(tmp_path, capsys) -> Path:
    path = tmp_path / "ws.gpkg"
    assert main(["import", str(SAMPLE), "--workspace", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize("name", ["x.csv", "x.geojson", "x", "x.gpkg.bak", "x.sqlite"])
def test_workspace_copy_to_a_name_it_does_not_write_is_refused(workspace, tmp_path, capsys, name):
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["workspace", "copy", str(workspace), str(tmp_path / name)]) == 2
    err = one_line_error(capsys)
    assert "workspace copy writes a GeoPackage" in err and ".gpkg" in err and repr(name) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("name", ["copy.gpkg", "COPY.GPKG"])
def test_workspace_copy_to_a_geopackage_name_still_copies(workspace, tmp_path, capsys, name):
    assert main(["workspace", "copy", str(workspace), str(tmp_path / name)]) == 0
    assert "copied 20 events" in capsys.readouterr().out
    assert (tmp_path / name).read_bytes()[:16] == b"SQLite format 3\x00"


def test_an_import_into_a_new_workspace_named_csv_is_refused(tmp_path, capsys):
    target = tmp_path / "ws.csv"
    assert main(["import", str(SAMPLE), "--workspace", str(target)]) == 2
    assert "a new workspace is a GeoPackage" in one_line_error(capsys)
    assert list(tmp_path.iterdir()) == []
