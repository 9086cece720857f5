"""The Linux bundle's install.sh / uninstall.sh, run on a stand-in bundle in a temporary HOME."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NAME = "syria-atlas"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("sh") is None,
    reason="the install scripts are for Linux",
)


def make_bundle(where: Path) -> Path:
    """A folder laid out like the PyInstaller bundle, with a stand-in executable."""
    bundle = where / NAME
    resources = bundle / "_internal" / "resources"
    shutil.copytree(ROOT / "resources" / "icons", resources / "icons")
    shutil.copy(ROOT / "resources" / f"{NAME}.desktop", resources)
    exe = bundle / NAME
    exe.write_text('#!/bin/sh\necho "syria-atlas 0.0-test $*"\n')
    exe.chmod(0o755)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(ROOT / "installer" / "linux" / script, bundle / script)
        (bundle / script).chmod(0o755)
    return bundle


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    return home


def run(home: Path, *command, check=True):
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    return subprocess.run(
        [str(c) for c in command], env=env, capture_output=True, text=True, check=check
    )


def files_under(*folders: Path) -> list[Path]:
    return [p for f in folders for p in f.rglob("*") if p.is_file() or p.is_symlink()]


def desktop_entry(home: Path) -> dict[str, str]:
    text = (home / ".local/share/applications" / f"{NAME}.desktop").read_text("utf-8")
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def test_install_adds_menu_entry_icons_and_command_then_uninstall_removes_them(tmp_path, home):
    bundle = make_bundle(tmp_path / "download")
    run(home, bundle / "install.sh")

    app = home / ".local/lib" / NAME
    entry = desktop_entry(home)
    assert entry["Exec"].startswith(f'"{app / NAME}"')
    assert entry["TryExec"] == str(app / NAME)
    assert entry["Icon"] == NAME
    hicolor = home / ".local/share/icons/hicolor"
    assert (hicolor / "48x48/apps/syria-atlas.png").is_file()
    assert (hicolor / "256x256/apps/syria-atlas.png").is_file()
    assert (hicolor / "scalable/apps/syria-atlas.svg").is_file()
    assert (
        "syria-atlas 0.0-test --version"
        in run(home, home / ".local/bin" / NAME, "--version").stdout
    )

    run(home, app / "uninstall.sh")
    assert files_under(home) == []
    assert bundle.is_dir()  # the downloaded folder is the user's, and stays


def test_menu_entry_quotes_a_path_with_spaces_and_shell_characters(tmp_path, home):
    bundle = make_bundle(tmp_path / "download")
    prefix = tmp_path / 'my "apps" $HOME'
    run(home, bundle / "install.sh", "--prefix", prefix)
    exe = prefix.resolve() / "lib" / NAME / NAME
    # Desktop-entry rules: inside quotes, " and $ are escaped, and the escape itself doubled.
    expected = '"' + str(exe).replace('"', '\\\\"').replace("$", "\\\\$") + '"'
    assert desktop_entry(home)["Exec"].split(" %")[0] == expected
    if shutil.which("desktop-file-validate"):
        result = run(
            home,
            "desktop-file-validate",
            home / ".local/share/applications/syria-atlas.desktop",
            check=False,
        )
        assert "Exec" not in result.stdout


def test_installing_again_replaces_the_previous_install(tmp_path, home):
    bundle = make_bundle(tmp_path / "download")
    run(home, bundle / "install.sh")
    stale = home / ".local/lib" / NAME / "stale-file"
    stale.write_text("from the old version")
    run(home, bundle / "install.sh")
    assert not stale.exists()
    run(home, home / ".local/lib" / NAME / "uninstall.sh")
    assert files_under(home) == []


def test_in_place_install_leaves_the_folder_where_it_is(tmp_path, home):
    bundle = make_bundle(tmp_path / "Apps")
    run(home, bundle / "install.sh", "--in-place")
    assert desktop_entry(home)["Exec"].startswith(f'"{bundle.resolve() / NAME}"')
    assert not (home / ".local/lib" / NAME).exists()
    run(home, bundle / "uninstall.sh")
    assert files_under(home) == []
    assert (bundle / NAME).is_file()


def test_install_never_deletes_a_folder_that_is_not_a_bundle(tmp_path, home):
    bundle = make_bundle(tmp_path / "download")
    precious = home / ".local/lib" / NAME
    precious.mkdir(parents=True)
    (precious / "notes.txt").write_text("mine")
    result = run(home, bundle / "install.sh", check=False)
    assert result.returncode != 0 and "not a syria-atlas bundle" in result.stderr
    assert (precious / "notes.txt").read_text() == "mine"


def test_uninstall_keeps_a_command_link_that_now_points_elsewhere(tmp_path, home):
    bundle = make_bundle(tmp_path / "download")
    run(home, bundle / "install.sh")
    link = home / ".local/bin" / NAME
    link.unlink()
    link.symlink_to("/usr/bin/true")  # another install took the name since
    run(home, home / ".local/lib" / NAME / "uninstall.sh")
    assert link.is_symlink()
