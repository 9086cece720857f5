"""The one background-task runner: one long job at a time, results and failures back in the GUI
thread, cancel while the work allows it."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QWidget  # noqa: E402

from desktop.tasks import TaskRunner  # noqa: E402
from geodata.errors import AtlasError, Cancelled  # noqa: E402


@pytest.fixture
def runner(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    return TaskRunner(parent)


def test_a_second_job_waits_its_turn_and_the_first_result_arrives(qtbot, runner):
    release, results = threading.Event(), []

    def slow(progress, _cancel):
        progress(1, 2, "halfway")
        release.wait(10)
        return 42

    started = runner.run("Test", "Working…", slow, results.append, lambda *a: results.append(a))
    assert started and runner.busy()
    assert not runner.run("Test", "Again", lambda *_: 0, results.append, results.append)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    assert results == [42]


def test_a_user_error_and_a_bug_each_arrive_as_one_line(qtbot, runner):
    failures = []

    def refuse(_progress, _cancel):
        raise AtlasError("sheet.csv, row 3: no date")

    def crash(_progress, _cancel):
        return 1 / 0

    for work in (refuse, crash):
        assert runner.run("Test", "…", work, failures.append, lambda m, _e: failures.append(m))
        qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    assert failures[0] == "sheet.csv, row 3: no date"
    assert failures[1].startswith("internal error: ZeroDivisionError") and "\n" not in failures[1]


def test_cancel_stops_cancellable_work(qtbot, runner):
    outcome, seen_cancel = [], threading.Event()

    def work(progress, cancel):
        progress(0, 10, "reading")
        seen_cancel.wait(10)
        if cancel.is_set():
            raise Cancelled("import cancelled; nothing was written")
        return "finished"

    runner.run(
        "Import",
        "Reading…",
        work,
        outcome.append,
        lambda m, _e: outcome.append(m),
        on_cancelled=lambda m: outcome.append(("cancelled", m)),
        cancellable=lambda stage: stage == "reading",
    )
    runner.cancel()  # what the dialog's Cancel button does
    seen_cancel.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    assert outcome == [("cancelled", "import cancelled; nothing was written")]
