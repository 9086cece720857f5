"""A PostGIS workspace in the window: File ▸ Connect to a Database…, a password asked for
and never remembered, an import through the window, and others' commits shown without a
restart (LISTEN/NOTIFY). Against a real server (conftest.pg_cluster)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from window_fixture import open_window  # noqa: E402

ACLED = Path(__file__).parent / "fixtures" / "import" / "acled_syria_sample.csv"
ZONES = Path(__file__).parent / "fixtures" / "import" / "zones.geojson"


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    qapp.setOrganizationName("NorthernSyriaAtlasTests")
    qapp.setApplicationName("gui-database-tests")
    QSettings().clear()
    monkeypatch.setenv("SYRIA_ATLAS_WORKSPACE", str(tmp_path / "ws.gpkg"))
    yield
    QSettings().clear()


@pytest.fixture
def window(qtbot):
    win = open_window(qtbot, size=(1200, 800))
    win.workspaces.remember = True
    win.workspaces.show_messages = False
    yield win
    win.workspaces.stop_watching()


def imported_ids(window) -> set[str]:
    return {i for i in window.atlas.events.columns.ids if i.startswith("ws:")}


def test_connect_asks_for_the_password_and_shows_others_changes(window, qtbot, pg_db):
    from desktop.app import main

    assert main(["import", str(ZONES), "--workspace", pg_db()]) == 0  # the owner's first use
    controller = window.workspaces
    without_password = pg_db().replace("atlas_admin@", "ana@")
    asked: list[bool] = []
    controller.ask_connection_string = lambda: without_password

    def ask_password(workspace, wrong):
        asked.append(wrong)
        return "a-wrong-one" if len(asked) == 1 else "ana-secret"

    controller.ask_password = ask_password
    with qtbot.waitSignal(controller.workspace_changed, timeout=30000):
        controller.connect_action.trigger()
    assert asked == [False, True]  # asked, told it was wrong, asked again
    assert window.windowTitle().startswith(pg_db.name)
    assert len([z for z in window.atlas.zones if z.imported]) == 3
    remembered = " ".join(map(str, QSettings().value("workspaces/recent") or []))
    assert pg_db.name in remembered and "secret" not in remembered and "a-wrong" not in remembered
    assert controller.watcher is not None
    assert controller.watcher.listener.listening.wait(30)

    # Another analyst imports from another process: the window reloads by itself.
    command = [sys.executable, "-m", "desktop.app", "import", str(ACLED),
               "--workspace", pg_db("bo")]  # fmt: skip
    with qtbot.waitSignal(controller.workspace_reloaded, timeout=60000):
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert len(imported_ids(window)) == 20
    assert window.windowTitle().startswith(pg_db.name)


def test_a_read_only_role_is_told_plainly_that_it_cannot_import(window, qtbot, pg_db):
    from desktop.app import main
    from desktop.importing.jobs import ImportRequest

    assert main(["import", str(ZONES), "--workspace", pg_db()]) == 0
    controller = window.workspaces
    with qtbot.waitSignal(controller.workspace_changed, timeout=30000):
        controller.open_workspace(pg_db("reader"))
    with qtbot.waitSignal(controller.import_failed, timeout=30000) as failed:
        controller.start_import(ImportRequest(path=ACLED, workspace=controller.workspace))
    message = failed.args[0]
    assert "role 'reader' may open and export this workspace but not import" in message
    assert "\n" not in message and "reader-secret" not in message


def test_screenshot_and_snapshot_export_read_a_database_workspace(pg_db, tmp_path):
    """``--workspace postgresql://...`` on the window (a screenshot) and on an export, in
    processes of their own as a user runs them; the manifest names it without a password."""
    import json

    from desktop.app import main

    assert main(["import", str(ACLED), "--workspace", pg_db()]) == 0
    shot, page = tmp_path / "shot.png", tmp_path / "map.svg"
    for argv in (
        ["--screenshot", str(shot), "--size", "800x600", "--workspace", pg_db("reader")],
        ["export", "snapshot", "--out", str(page), "--size", "800x600", "--select",
         f"ws:{pg_db.name}:SYRTEST0001", "--workspace", pg_db("reader")],
    ):  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-m", "desktop.app", *argv], capture_output=True, text=True,
            timeout=180,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "reader-secret" not in done.stdout + done.stderr
    assert shot.stat().st_size > 10_000 and page.stat().st_size > 10_000
    manifest = json.loads(page.with_name(page.name + ".manifest.json").read_text())
    assert pg_db.name in json.dumps(manifest) and "reader-secret" not in json.dumps(manifest)
