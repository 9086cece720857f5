"""File ▸ Import in the window: preview and mapping, the import itself, what the window shows
afterwards, bad input that changes nothing, recent workspaces, and --workspace end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
pytestmark = pytest.mark.usefixtures("scratch_workspace")

from PySide6.QtCore import Qt  # noqa: E402
from window_fixture import bundled_data, open_window  # noqa: E402

from geodata.model import ViewState  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "import"
ACLED = FIXTURES / "acled_syria_sample.csv"
IDLIB_POCKET = (36.45, 35.95)  # inside the HTS-held pocket, ~18 km from any event marker
HOSTILE = "<b>bold</b><script>alert(1)</script>"
# ACLED fixture rows in Idlib governorate (all inside the HTS-held pocket) and one in Aleppo.
IDLIB_ROWS = ("SYRTEST0001", "SYRTEST0002", "SYRTEST0003", "SYRTEST0004")
ALEPPO_ROW = "SYRTEST0008"


@pytest.fixture
def window(qtbot):
    win = open_window(qtbot)
    win.workspaces.remember = True  # persist=False keeps the layout; the recent list is tested
    return win


def open_dialog(window, qtbot, path: Path):
    dialog = window.workspaces.open_import_dialog(path)
    qtbot.waitUntil(lambda: not dialog.is_previewing(), timeout=10000)
    return dialog


def import_through_dialog(window, qtbot, path: Path):
    dialog = open_dialog(window, qtbot, path)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10000)
    with qtbot.waitSignal(window.workspaces.import_finished, timeout=20000) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def write_csv(path: Path, rows: list[str], header: str = "date,latitude,longitude,title") -> Path:
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def click_map(window, qtbot, lon: float, lat: float) -> None:
    point = window.canvas.transform.lonlat_to_screen(lon, lat).toPoint()
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=point)


# --- the dialog -----------------------------------------------------------------------------


def test_acled_preview_guesses_the_mapping_and_marks_required_fields(window, qtbot):
    dialog = open_dialog(window, qtbot, ACLED)
    assert dialog.preview.ready, dialog.problems.toPlainText()
    assert dialog.combo_for("date").currentData() == "event_date"
    assert dialog.combo_for("lat").currentData() == "latitude"
    assert dialog.combo_for("kind").currentData() == "event_type"
    from PySide6.QtWidgets import QLabel

    labels = {label.text() for label in dialog.mapping_box.findChildren(QLabel)}
    assert {"Date *:", "Latitude *:", "Longitude *:"} <= labels
    assert dialog.table.rowCount() == 20
    assert dialog.table.item(0, 0).text() == "SYRTEST0001"
    assert "No problems" in dialog.problems.toPlainText()
    assert (
        str(window.workspaces.workspace)
        in dialog.findChild(type(dialog.summary), "importWorkspace").text()
    )


def test_any_csv_needs_its_columns_mapped_before_import(window, qtbot, tmp_path):
    sheet = write_csv(
        tmp_path / "sheet.csv",
        ["2023-02-01,35.93,36.63,Own report A", "2023-02-02,36.20,37.15,Own report B"],
        header="Reported on,North,East,Headline",
    )
    dialog = open_dialog(window, qtbot, sheet)
    assert set(dialog.preview.missing) == {"date", "lat", "lon"}
    assert not dialog.import_button.isEnabled()
    assert "Date" in dialog.problems.toPlainText()
    for field, column in (("date", "Reported on"), ("lat", "North"), ("lon", "East")):
        combo = dialog.combo_for(field)
        combo.setCurrentIndex(combo.findData(column))
        combo.activated.emit(combo.currentIndex())  # what choosing it with the mouse does
        qtbot.waitUntil(lambda: not dialog.is_previewing(), timeout=10000)
        assert dialog.preview.mapping.get(field) == column
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10000)
    with qtbot.waitSignal(window.workspaces.import_finished, timeout=20000):
        dialog.request_import()
    titles = {e.title for e in window.atlas.events if e.origin == "ws"}
    assert titles == {"Own report A", "Own report B"}


def test_bad_rows_in_the_preview_are_named_and_block_the_import(window, qtbot, tmp_path):
    bad = write_csv(tmp_path / "bad.csv", ["2023-02-01,35.93,36.63,Fine", "yesterday,35.9,36.6,X"])
    dialog = open_dialog(window, qtbot, bad)
    problems = dialog.problems.toPlainText()
    assert "row 3" in problems and "yesterday" in problems
    assert not dialog.import_button.isEnabled()


def test_unreadable_file_is_one_plain_message(window, qtbot, tmp_path):
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    dialog = open_dialog(window, qtbot, binary)
    assert dialog.preview is None
    assert "photo.csv" in dialog.problems.toPlainText()
    assert "binary" in dialog.problems.toPlainText()
    assert not dialog.import_button.isEnabled()


def test_legacy_arabic_encoding_is_named_not_guessed(window, qtbot, tmp_path):
    arabic = tmp_path / "arabic.csv"
    arabic.write_bytes(
        "date,latitude,longitude,title\n2023-02-01,35.93,36.63,إدلب\n".encode("cp1256")
    )
    dialog = open_dialog(window, qtbot, arabic)
    assert dialog.preview is None and "encoding" in dialog.problems.toPlainText()
    dialog.set_encoding("cp1256")
    qtbot.waitUntil(lambda: not dialog.is_previewing(), timeout=10000)
    assert dialog.table.item(0, 3).text() == "إدلب"
    with qtbot.waitSignal(window.workspaces.import_finished, timeout=20000):
        dialog.request_import()
    assert [e.title for e in window.atlas.events if e.origin == "ws"] == ["إدلب"]


def test_geopackage_layers_can_be_chosen(window, qtbot, tmp_path):
    from geodata.importers import read_file
    from geodata.workspace import add_to_workspace

    source = tmp_path / "other.gpkg"
    add_to_workspace(source, read_file(ACLED, origin="other").events)
    dialog = open_dialog(window, qtbot, source)
    layers = [dialog.layer_box.itemData(i) for i in range(dialog.layer_box.count())]
    assert "events" in layers and "zones" in layers
    dialog.set_layer("events")
    qtbot.waitUntil(lambda: not dialog.is_previewing(), timeout=10000)
    assert dialog.import_button.isEnabled(), dialog.problems.toPlainText()
    assert dialog.preview.kind == "events"


# --- importing and what the window shows ------------------------------------------------------


def test_acled_import_shows_in_the_list_and_idlib_lists_its_imported_events(
    window, qtbot, tmp_path
):
    from desktop.importing.recent import recent_workspaces

    outcome = import_through_dialog(window, qtbot, ACLED)
    workspace = tmp_path / "ws.gpkg"
    assert outcome.count == 20 and workspace.is_file()
    assert window.workspaces.dialog is None  # closed on success
    assert "ws.gpkg" in window.windowTitle()
    assert recent_workspaces()[0] == workspace.resolve()

    listed = window.talks.events.visible_event_ids()
    for row in IDLIB_ROWS:
        assert f"ws:ws:{row}" in listed
    assert "20 imported" in window.talks.count.text()

    click_map(window, qtbot, *IDLIB_POCKET)
    zone = window.atlas.zone(window.state.view.selected_zone)
    assert zone is not None and zone.controller == "hts"
    details = window.talks.details.toPlainText()
    for row in IDLIB_ROWS:
        event = window.atlas.event(f"ws:ws:{row}")
        assert event.title in details
    assert window.atlas.event(f"ws:ws:{ALEPPO_ROW}").title not in details
    assert "imported" in details

    window.state.select_event(f"ws:ws:{IDLIB_ROWS[0]}")
    details = window.talks.details.toPlainText()
    assert "Imported from acled_syria_sample.csv" in details
    assert "SYNTHETIC TEST DATA" in details


def test_imported_text_is_shown_literally(window, qtbot, tmp_path):
    hostile = tmp_path / "hostile.csv"
    hostile.write_text(
        'date,latitude,longitude,title,notes\n2023-01-05,35.93,36.63,"'
        + HOSTILE
        + '","<i>notes</i> &amp; more"\n',
        encoding="utf-8",
    )
    dialog = open_dialog(window, qtbot, hostile)
    assert dialog.table.item(0, 3).text() == HOSTILE  # item views never read markup
    qtbot.waitUntil(dialog.import_button.isEnabled)
    with qtbot.waitSignal(window.workspaces.import_finished, timeout=20000):
        dialog.request_import()
    event_id = next(e.id for e in window.atlas.events if e.origin == "ws")
    window.select_event_and_focus(event_id)
    details = window.talks.details.toPlainText()
    assert HOSTILE in details
    assert "<i>notes</i> &amp; more" in details
    assert HOSTILE in window._selection_label.text()
    assert window._selection_label.textFormat() == Qt.TextFormat.PlainText
    events = window.talks.events
    row = events.visible_event_ids().index(event_id)
    index = events.proxy.index(row, 1)
    assert index.data() == HOSTILE
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;script&gt;" in tooltip and "<script>" not in tooltip


def test_a_failing_import_changes_nothing_and_says_which_row(window, qtbot, tmp_path):
    import_through_dialog(window, qtbot, ACLED)
    workspace = tmp_path / "ws.gpkg"
    before = workspace.read_bytes()
    events_before = len(window.atlas.events)
    rows = [f"2023-03-{day:02d},36.2,37.1,Report {day}" for day in range(1, 29)]
    rows[26] = "31 Febtember 2023,36.2,37.1,Report with a bad date"  # spreadsheet row 28
    bad = write_csv(tmp_path / "late_error.csv", rows)

    dialog = open_dialog(window, qtbot, bad)
    qtbot.waitUntil(dialog.import_button.isEnabled)  # the first 20 rows are fine
    with qtbot.waitSignal(window.workspaces.import_failed, timeout=20000) as failed:
        dialog.request_import()
    message = failed.args[0]
    assert "late_error.csv" in message and "row 28" in message and "Febtember" in message
    box = window.workspaces.message_box
    assert box is not None and box.isVisible()
    assert "row 28" in box.text() and "workspace is unchanged" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert workspace.read_bytes() == before
    assert len(window.atlas.events) == events_before
    assert window.workspaces.dialog is dialog and dialog.isVisible()  # fix and try again
    assert dialog.import_button.isEnabled()


def test_cancelled_import_writes_nothing(tmp_path):
    import threading

    from desktop.importing.jobs import ImportRequest, run_import
    from geodata.importers import ImportCancelled

    workspace = tmp_path / "ws.gpkg"
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportCancelled):
        run_import(ImportRequest(ACLED, workspace), lambda *_a: None, cancel)
    assert not workspace.exists()


def test_imported_zones_are_their_own_layer(window, qtbot):
    from desktop.render.renderer import TOGGLEABLE_LAYERS

    assert ("imported_zones", "Imported zones") in TOGGLEABLE_LAYERS
    import_through_dialog(window, qtbot, FIXTURES / "zones.geojson")
    imported = [z for z in window.atlas.zones if z.id.startswith("ws:")]
    assert len(imported) == 3
    titles = [window.layer_list.item(i).text() for i in range(window.layer_list.count())]
    assert "Imported zones" in titles
    window.state.set_layer_visible("imported_zones", False)
    assert "imported_zones" in window.state.view.hidden_layers


def test_imported_zones_layer_draws_and_hides(tmp_path):
    from PySide6.QtGui import QImage, QPainter

    from desktop.render.context import RenderContext
    from desktop.render.renderer import MapRenderer
    from desktop.render.transform import MapTransform
    from geodata.atlas import load_atlas
    from geodata.importers import read_file
    from geodata.workspace import add_to_workspace

    workspace = tmp_path / "zones.gpkg"
    add_to_workspace(workspace, zones=read_file(FIXTURES / "zones.geojson", origin="z").zones)
    atlas = load_atlas(workspace=workspace)
    basemap = bundled_data()[0]
    box = next(z for z in atlas.zones if z.id == "ws:z:test-box-west").geometry.bounds

    def render(hidden: frozenset[str]) -> QImage:
        transform = MapTransform.fit(box, 400, 400, 0.1)
        image = QImage(400, 400, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        view = ViewState(hidden_layers=hidden)
        ctx = RenderContext(view=view, basemap=basemap, atlas=atlas)
        MapRenderer("test").render(painter, transform, ctx, overlays=False)
        painter.end()
        return image

    shown, hidden = render(frozenset()), render(frozenset({"imported_zones"}))
    changed = sum(
        shown.pixel(x, y) != hidden.pixel(x, y) for x in range(0, 400, 4) for y in range(0, 400, 4)
    )
    assert changed > 200  # outline and hatch across the box, gone when the layer is hidden
    # Hidden, nothing of them is left: the control-zone layer draws the atlas's own zones only.
    atlas = load_atlas()
    assert hidden == render(frozenset({"imported_zones"}))


# --- workspaces -------------------------------------------------------------------------------


def test_open_and_recent_workspaces(window, qtbot, tmp_path):
    from desktop.importing.recent import recent_workspaces
    from geodata.importers import read_file
    from geodata.workspace import add_to_workspace

    other = tmp_path / "other.gpkg"
    add_to_workspace(other, read_file(ACLED, origin="other").events)
    with qtbot.waitSignal(window.workspaces.workspace_changed, timeout=20000):
        window.workspaces.open_workspace(other)
    assert any(e.origin == "other" for e in window.atlas.events)
    assert "other.gpkg" in window.windowTitle()
    empty = tmp_path / "empty.gpkg"
    with qtbot.waitSignal(window.workspaces.workspace_changed, timeout=20000):
        window.workspaces.new_workspace(empty)
    assert not any(e.origin == "other" for e in window.atlas.events)
    assert recent_workspaces()[:2] == [empty.resolve(), other.resolve()]

    menu = window.workspaces.recent_menu
    window.workspaces.fill_recent_menu()
    entries = [a for a in menu.actions() if a.data()]
    assert [Path(a.data()) for a in entries[:2]] == [empty.resolve(), other.resolve()]
    with qtbot.waitSignal(window.workspaces.workspace_changed, timeout=20000):
        entries[1].trigger()
    assert window.workspaces.workspace == other.resolve()
    assert any(e.origin == "other" for e in window.atlas.events)
    assert "Open &Recent Workspace" in [a.text() for a in window.file_menu.actions()]


def test_new_workspace_never_overwrites_one(window, qtbot, tmp_path):
    existing = tmp_path / "keep.gpkg"
    existing.write_bytes(b"precious")
    with qtbot.waitSignal(window.workspaces.workspace_failed, timeout=20000) as failed:
        window.workspaces.new_workspace(existing)
    assert "already exists" in failed.args[0]
    assert existing.read_bytes() == b"precious"


def test_unreadable_workspace_is_a_message_not_a_crash(window, qtbot, tmp_path):
    junk = tmp_path / "junk.gpkg"
    junk.write_text("not a geopackage")
    atlas_before = window.atlas
    with qtbot.waitSignal(window.workspaces.workspace_failed, timeout=20000) as failed:
        window.workspaces.open_workspace(junk)
    assert "junk.gpkg" in failed.args[0]
    assert window.atlas is atlas_before
    assert window.workspaces.message_box.isVisible()


def test_views_keep_working_after_the_atlas_is_swapped(window, qtbot):
    from datetime import date

    window.state.set_date(date(2023, 3, 1))
    import_through_dialog(window, qtbot, ACLED)
    assert window.state.view.as_of == date(2023, 3, 1)
    qtbot.wait(50)  # the old views are deleted by the event loop
    window.state.set_date(date(2023, 4, 25))  # old views must be gone, not half-alive
    # the imported clash at Ariha, found by the new dataset's views; the bundled events that
    # name Ariha (e.g. the M4 patrol bombed there in Jul 2020) are the only others shown
    window.state.set_filters(text="Ariha")
    shown = window.talks.events.visible_event_ids()
    assert "ws:ws:SYRTEST0002" in shown
    bundled = {
        e.id
        for e in window.atlas.events
        if "ariha" in f"{e.title} {e.place_name} {e.summary}".lower()
    }
    assert set(shown) - {"ws:ws:SYRTEST0002"} <= bundled
    assert len(window.findChildren(type(window.talks))) == 1


# --- every command reads --workspace ----------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=180
    )


@pytest.fixture
def acled_workspace(tmp_path) -> Path:
    from geodata.importers import read_file
    from geodata.workspace import add_to_workspace

    workspace = tmp_path / "cli.gpkg"
    add_to_workspace(workspace, read_file(ACLED, origin="cli").events)
    return workspace


def test_screenshot_query_and_export_read_the_workspace(acled_workspace, tmp_path):
    shot = tmp_path / "window.png"
    result = run_cli("--workspace", str(acled_workspace), "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000

    result = run_cli("query", "events", "--zone", "idlib", "--workspace", str(acled_workspace))
    assert result.returncode == 0, result.stderr
    ids = {e["id"] for e in json.loads(result.stdout)}
    assert {f"ws:cli:{row}" for row in IDLIB_ROWS} <= ids

    page = tmp_path / "map.html"
    result = run_cli("export", "html", "--out", str(page), "--workspace", str(acled_workspace))
    assert result.returncode == 0, result.stderr
    assert "SYRTEST" in page.read_text(encoding="utf-8") or "Ariha" in page.read_text(
        encoding="utf-8"
    )

    missing = run_cli("--workspace", str(tmp_path / "nope.gpkg"), "--screenshot", str(shot))
    assert missing.returncode == 1
    assert "nope.gpkg" in missing.stderr and "Traceback" not in missing.stderr


def test_the_window_reopens_the_last_workspace_or_the_default_one(tmp_path):
    from desktop.importing.recent import remember_workspace, startup_workspace
    from geodata.workspace import save_workspace

    assert startup_workspace() is None  # nothing imported yet: bundled data only
    default = save_workspace(tmp_path / "ws.gpkg", [], [])  # where `syria-atlas import` writes
    assert startup_workspace() == default
    other = save_workspace(tmp_path / "other.gpkg", [], [])
    remember_workspace(other)
    assert startup_workspace() == other.resolve()
    other.unlink()
    assert startup_workspace() == default
