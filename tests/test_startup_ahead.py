"""Start-up work done on other threads (issue 18): the stores' checksums begun ahead
(``geodata.work_ahead``) give the keys worked out on the spot, once, and the window's start
takes them all; the libraries loaded ahead (``desktop.native_preload``) are the ones numpy,
shapely and PySide6 load, which then work as ever, and Qt still runs on the main thread."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from window_fixture import run_fresh_window

from geodata import basemap_store, records_store, work_ahead
from geodata.basemap import LAYER_NAMES
from geodata.control import source
from geodata.paths import data_dir
from geodata.view_request import check_stores_ahead


def _drain() -> None:
    for key in work_ahead.pending_keys():
        work_ahead.take(key, lambda: None)


def test_a_result_begun_ahead_is_taken_once_then_worked_out_afresh():
    calls = []
    work_ahead.start({("k", 1): lambda: "ahead"}).join()
    assert work_ahead.take(("k", 1), lambda: calls.append(1) or "now") == "ahead"
    assert calls == []
    assert work_ahead.take(("k", 1), lambda: calls.append(1) or "now") == "now"
    assert calls == [1]


def test_results_not_taken_by_the_end_of_the_start_are_not_kept():
    work_ahead.start({"left": lambda: "stale"}).join()
    work_ahead.discard()
    assert work_ahead.take("left", lambda: "fresh") == "fresh"


def test_a_job_that_failed_is_worked_out_by_the_caller():
    def fail():
        raise OSError("unreadable")

    work_ahead.start({"bad": fail}).join()
    with pytest.raises(ValueError, match="the caller's own"):
        work_ahead.take("bad", lambda: (_ for _ in ()).throw(ValueError("the caller's own")))


def test_the_stores_checksums_begun_ahead_are_the_ones_worked_out_now():
    _drain()
    folder = data_dir()
    check_stores_ahead()
    assert len(work_ahead.pending_keys()) == 3
    # what the stores' checks take is what they would work out themselves ...
    assert records_store.inputs_key(folder) == records_store.inputs_key.now(folder)
    assert source.inputs_key(folder) == source.inputs_key.now(folder)
    # the layer names as a list: the same key as the tuple the start passed
    assert basemap_store.inputs_key(folder, list(LAYER_NAMES)) == basemap_store.inputs_key.now(
        folder, LAYER_NAMES
    )
    # ... and every one was taken (none was begun for another folder or other layers)
    assert work_ahead.pending_keys() == []


def test_a_file_edited_after_the_start_is_checked_afresh(tmp_path):
    _drain()
    folder = Path(shutil.copytree(data_dir() / "talks", tmp_path / "talks")).parent
    work_ahead.start({records_store.inputs_key.key(folder): lambda: "begun ahead"}).join()
    assert records_store.inputs_key(folder) == "begun ahead"
    before = records_store.inputs_key(folder)
    parties = next((folder / "talks").glob("parties*.toml"))
    parties.write_text(parties.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert records_store.inputs_key(folder) != before


def test_the_libraries_loaded_ahead_are_the_imported_modules_and_the_platform_plugin():
    pytest.importorskip("PySide6")
    from desktop.native_preload import library_files

    names = [path.name for path in library_files({"QT_QPA_PLATFORM": "offscreen"})]
    for module in ("lib", "_geos", "Shiboken", "QtCore", "QtGui", "QtWidgets"):
        assert any(name.startswith(f"{module}.") for name in names), module
    assert "libqoffscreen.so" in names
    assert all(path.is_file() for path in library_files({}))
    # no platform named: none guessed
    assert not any("platforms" in str(path) for path in library_files({}))


PRELOADED_THEN_QT = """
import threading
from desktop import native_preload
thread = native_preload.start()
if thread is not None:
    thread.join()
maps = open("/proc/self/maps").read()
loaded = [name for name in ("libQt6Core", "libQt6Widgets", "libgeos") if name in maps]
import sys
assert not {"PySide6", "numpy", "shapely"} & set(sys.modules)  # loaded, not imported
import numpy, shapely
assert shapely.Point(1, 2).buffer(1).area > 3 and numpy.ones((3, 3)).dot(numpy.ones(3)).sum() == 9
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
app = QApplication([])
print(*loaded, QThread.currentThread() is app.thread(),
      threading.current_thread() is threading.main_thread())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the preload is Linux only")
def test_qt_loaded_ahead_still_runs_on_the_main_thread():
    pytest.importorskip("PySide6")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PRELOADED_THEN_QT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        "libQt6Core",
        "libQt6Widgets",
        "libgeos",
        "True",
        "True",
    ]


FIRST_PAINT = """
import sys
from desktop.launch import _first_paint_probe
import desktop.launch as launch
from geodata import work_ahead

def probe(app, window, target):
    print(len(work_ahead.pending_keys()), window.atlas._records.deferred("registry"))
    _first_paint_probe(app, window, target)

launch._first_paint_probe = probe
from desktop.app import main
sys.argv = ["syria-atlas"]
main()
"""


def test_the_window_takes_every_checksum_begun_ahead_and_uses_the_stores(tmp_path):
    pytest.importorskip("PySide6")
    out = run_fresh_window(FIRST_PAINT, tmp_path, SYRIA_ATLAS_FIRST_PAINT="quit")
    assert out.split() == ["0", "True"]  # all taken; the records came from the store
