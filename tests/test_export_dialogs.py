"""File ▸ Export in the window: actions with shortcuts, exports off the GUI thread, errors shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMainWindow, QWidget
from test_export_fixtures import fixture_atlas, fixture_basemap

from desktop.export import dialogs
from desktop.export.dialogs import SnapshotDialog, SnapshotOptions, install_export_actions
from desktop.export.manifest import manifest_path
from desktop.export.page import page_spec
from desktop.state import AppState
from geodata.model import ViewState


@pytest.fixture
def window(qtbot):
    win = QMainWindow()
    central = QWidget(win)
    win.setCentralWidget(central)
    win.resize(900, 600)
    menu = win.menuBar().addMenu("&File")
    menu.addAction("&Quit")
    qtbot.addWidget(win)
    state = AppState(ViewState(selected_zone="idlib-2023"))
    controller = install_export_actions(
        win, menu, state, fixture_basemap(), fixture_atlas(), "Natural Earth"
    )
    controller.show_errors = False
    return win, menu, controller


def test_actions_sit_at_the_top_of_the_file_menu_with_shortcuts(window):
    _, menu, controller = window
    texts = [a.text() for a in menu.actions()]
    assert texts[:2] == ["Export &Snapshot…", "Export &Web Map…"]
    assert texts[-1] == "&Quit"
    assert controller.snapshot_action.shortcut().toString() == "Ctrl+E"
    assert controller.web_action.shortcut().toString() == "Ctrl+Shift+E"


def test_snapshot_runs_off_the_gui_thread_and_writes_file_and_manifest(qtbot, window, tmp_path):
    _, _, controller = window
    out = tmp_path / "map.png"
    options = SnapshotOptions("png", page_spec("png", dpi=150, paper="a4-portrait"), "T", True)
    with qtbot.waitSignal(controller.export_finished, timeout=30000) as blocker:
        controller.start_snapshot(out, options)
        assert controller.busy() and not controller.snapshot_action.isEnabled()
    assert blocker.args[0].path == out
    assert QImage(str(out)).size().toTuple() == (1240, 1754)
    assert manifest_path(out).is_file()
    assert controller.snapshot_action.isEnabled()


def test_web_map_export_from_the_window(qtbot, window, tmp_path):
    _, _, controller = window
    out = tmp_path / "map.html"
    with qtbot.waitSignal(controller.export_finished, timeout=30000):
        controller.start_web_map(out)
    assert "L.map(" in out.read_text(encoding="utf-8")


def test_an_unwritable_target_is_reported_in_one_line(qtbot, window, tmp_path):
    _, _, controller = window
    out = tmp_path / "no-such-folder" / "map.pdf"
    options = SnapshotOptions("pdf", page_spec("pdf"), "", True)
    with qtbot.waitSignal(controller.export_failed, timeout=30000) as blocker:
        controller.start_snapshot(out, options)
    message = blocker.args[0]
    assert "does not exist" in message and "\n" not in message
    assert not out.exists()


def test_errors_are_shown_in_a_plain_text_message_box(qtbot, window, tmp_path, monkeypatch):
    _, _, controller = window
    shown = []
    monkeypatch.setattr(dialogs.QMessageBox, "exec", lambda box: shown.append(box.text()))
    controller.show_errors = True
    with qtbot.waitSignal(controller.export_failed, timeout=30000):
        controller.start_snapshot(
            tmp_path / "missing" / "x.png",
            SnapshotOptions("png", page_spec("png", dpi=96), "", False),
        )
    assert len(shown) == 1 and "cannot write" in shown[0]


def test_dialog_offers_window_size_papers_and_pixels(qtbot):
    dialog = SnapshotDialog((1000, 700))
    qtbot.addWidget(dialog)
    dialog.size_box.setCurrentIndex(dialog.size_box.findData("window"))
    dialog.dpi_box.setValue(192)
    options = dialog.options()
    assert options.page.pixel_size() == (2000, 1400)  # the window, twice as sharp
    dialog.size_box.setCurrentIndex(dialog.size_box.findData("a4-landscape"))
    dialog.dpi_box.setValue(300)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    assert dialog.options().page.pixel_size() == (3508, 2480)
    dialog.size_box.setCurrentIndex(dialog.size_box.findData("pixels"))
    dialog.width_box.setValue(800)
    dialog.height_box.setValue(500)
    assert dialog.options().page.pixel_size() == (800, 500)
    assert Path(dialogs.__file__).name == "dialogs.py"
