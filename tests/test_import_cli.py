"""``syria-atlas import``: a summary line and exit 0, or one error line, exit 1, nothing changed."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import main
from geodata.workspace import list_imports, read_workspace

FIXTURES = Path(__file__).parent / "fixtures" / "import"
ACLED = FIXTURES / "acled_syria_sample.csv"
REPO = Path(__file__).resolve().parents[1]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["import", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_prints_one_summary_line(tmp_path, capsys):
    ws = tmp_path / "ws.gpkg"
    code, out, err = run(capsys, str(ACLED), "--workspace", str(ws))
    assert (code, err) == (0, "")
    assert out == f"imported 20 events into {ws}\n"
    events, _ = read_workspace(ws)
    assert {e.origin for e in events} == {"ws"} and events[0].id.startswith("ws:ws:SYRTEST")
    assert list_imports(ws)[0].file == "acled_syria_sample.csv"


def test_reimport_says_how_many_records_it_replaced(tmp_path, capsys):
    ws = tmp_path / "ws.gpkg"
    run(capsys, str(ACLED), "--workspace", str(ws))
    code, out, _ = run(capsys, str(ACLED), "--workspace", str(ws))
    assert code == 0
    assert out == (f"imported 20 events into {ws} (20 replaced earlier imports with the same id)\n")
    assert len(read_workspace(ws)[0]) == 20


def test_zones_with_a_repaired_geometry_say_so(tmp_path, capsys):
    ws = tmp_path / "ws.gpkg"
    code, out, err = run(capsys, str(FIXTURES / "zones.geojson"), "--workspace", str(ws))
    assert code == 0
    assert out == f"imported 3 zones into {ws} (1 geometry repaired)\n"
    assert err.startswith("syria-atlas: warning: 1 invalid geometry repaired with make_valid")


def test_failed_import_is_one_stderr_line_exit_1_and_leaves_the_workspace_unchanged(
    tmp_path, capsys
):
    ws = tmp_path / "ws.gpkg"
    run(capsys, str(ACLED), "--workspace", str(ws))
    before = digest(ws)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        ACLED.read_text(encoding="utf-8").replace("25 April 2023", "2023-13-45"), encoding="utf-8"
    )
    code, out, err = run(capsys, str(bad), "--workspace", str(ws))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith(
        "syria-atlas: error: bad.csv: row 19: unparsable date '2023-13-45' in column 'event_date'"
    )
    assert digest(ws) == before


def test_failed_import_creates_no_workspace(tmp_path, capsys):
    ws = tmp_path / "new.gpkg"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, _, err = run(capsys, str(empty), "--workspace", str(ws))
    assert code == 1 and err == "syria-atlas: error: empty.csv: the file is empty\n"
    assert not ws.exists()


def test_column_mapping_from_the_command_line(tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Wann,Breite,Laenge\n2023-04-25,35.9,36.6\n", encoding="utf-8")
    ws = tmp_path / "ws.gpkg"
    code, out, _ = run(
        capsys,
        str(sheet),
        "--workspace",
        str(ws),
        "--map",
        "date=Wann",
        "--map",
        "lat=Breite",
        "--map",
        "lon=Laenge",
    )
    assert code == 0 and out.startswith("imported 1 event into")


def test_malformed_map_option_is_a_usage_error(tmp_path, capsys):
    code, _, err = run(capsys, str(ACLED), "--workspace", str(tmp_path / "w.gpkg"), "--map", "date")
    assert code == 2 and "--map wants FIELD=COLUMN" in err


def test_kind_option_picks_zones_or_events(tmp_path, capsys):
    code, _, err = run(
        capsys, str(ACLED), "--workspace", str(tmp_path / "w.gpkg"), "--kind", "zones"
    )
    assert code == 1 and "a CSV has no polygons" in err


def test_default_workspace_comes_from_the_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SYRIA_ATLAS_WORKSPACE", str(tmp_path / "default.gpkg"))
    code, out, _ = run(capsys, str(FIXTURES / "events.kml"))
    assert code == 0 and out.startswith(f"imported 3 events into {tmp_path / 'default.gpkg'}")


@pytest.mark.parametrize("fixture", ["billion_laughs.kml"])
def test_real_process_exit_code_and_no_traceback(tmp_path, fixture):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("SYRIA_ATLAS_DEBUG", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "import",
            str(FIXTURES / fixture),
            "--workspace",
            str(tmp_path / "w.gpkg"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("syria-atlas: error: billion_laughs.kml: the file declares")
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
