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


def test_screenshot_into_missing_folder_is_one_clear_line(tmp_path, capsys):
    code = main(["--screenshot", str(tmp_path / "nope" / "map.png")])
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "does not exist" in err[0]
