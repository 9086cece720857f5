"""The command line: --version, --help, and one clear line (exit 2) for anything malformed."""

import subprocess
import sys

import pytest

from desktop.app import main
from geodata import __version__


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=120
    )


def test_version_prints_the_package_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"syria-atlas {__version__}"


def test_help_describes_the_window_options():
    result = run_cli("--help")
    assert result.returncode == 0
    for option in ("--screenshot", "--date", "--select", "--size", "--workspace"):
        assert option in result.stdout


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--no-such-option"], "--no-such-option"),
        (["--date", "2023-02-30"], "2023-02-30"),
        (["--size", "big"], "big"),
        (["--extent", "1,2,3"], "extent"),
        (["--extent", "10,10,11,11"], "outside the atlas area"),
        (["export", "snapshot", "--out", "x.png", "--extent", "50,50,51,51"], "outside"),
        (["query", "controller", "--lat", "north"], "north"),
        (["query", "controller", "--lat", "999", "--lon", "36"], "latitude"),
        (["query", "controller", "--lat", "36", "--lon", "nan"], "longitude"),
        (["frobnicate"], "frobnicate"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(args, fragment):
    result = run_cli(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("syria-atlas: error:")
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_cli_bounds_match_the_bundled_data():
    from desktop.cli import ATLAS_BOUNDS
    from geodata.basemap import BOUNDS

    assert ATLAS_BOUNDS == BOUNDS


def test_select_takes_area_ids_and_moves_to_a_zone_s_own_period():
    from datetime import date

    from geodata.atlas import load_atlas
    from geodata.errors import AtlasError
    from geodata.view_request import view_for

    atlas = load_atlas()
    view = view_for(atlas, None, "idlib")
    assert atlas.zone(view.selected_zone).area == "idlib"
    assert atlas.zone(view.selected_zone).valid_on(view.as_of)
    old = next(z for z in atlas.zones if z.area == "idlib" and z.valid_from.year == 2019)
    moved = view_for(atlas, None, old.id)
    assert moved.selected_zone == old.id and old.valid_on(moved.as_of)
    with pytest.raises(AtlasError, match="not on 2023-04-25"):
        view_for(atlas, date(2023, 4, 25), old.id)


def test_readme_export_example_with_an_area_id_works(tmp_path):
    result = run_cli(
        "export",
        "snapshot",
        "--out",
        str(tmp_path / "idlib.pdf"),
        "--paper",
        "a4-landscape",
        "--select",
        "idlib",
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "idlib.pdf").stat().st_size > 10_000


def test_screenshot_into_missing_folder_is_one_clear_line(tmp_path, capsys):
    code = main(["--screenshot", str(tmp_path / "nope" / "map.png")])
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "does not exist" in err[0]
