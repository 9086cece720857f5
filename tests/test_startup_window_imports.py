"""What the window imports and builds before its first paint (issue 18): the Qt-free modules
before PySide6 (its import hook reads the source of every module imported after it), the
tools only used later not at all, and the first frame's dock layout the one the window keeps."""

from __future__ import annotations

import json

import pytest
from window_fixture import run_fresh_window

# Imported only once used, never before the first paint: the pointer's hit test, the measuring
# tool, the task thread (import, export, play ahead), the dock panels and the dialogs' modules.
AFTER_FIRST_PAINT = (
    "desktop.map.hit_test",
    "desktop.map.measure",
    "desktop.tasks",
    "desktop.render.event_clusters",  # imported events' bins: none with the bundled data
    "concurrent.futures",
    "desktop.panel.detail_html",  # the positions' cards: none without a selection
    "desktop.panel.links",
    "desktop.layer_list",
    "desktop.panel.talks_panel",
    "desktop.panel.legend_view",
    "desktop.panel.m4_breakdown",
    "desktop.panel.attribute_table",
    "desktop.importing.workspaces",
    "desktop.export.dialogs",
    "xml.etree.ElementTree",
    "_strptime",  # the date field does not parse its own text
    "desktop.cli",  # no arguments: no parser (desktop.app.WINDOW_DEFAULTS)
    "pyproj",
    "geopandas",
    "folium",
)

QT_FREE_FIRST = """
import json, sys
from desktop import launch
launch._import_data_modules()
import PySide6.QtWidgets  # what a bare Qt window imports too
with_qt = set(sys.modules)
import desktop.main_window
print(json.dumps(sorted(set(sys.modules) - with_qt)))
"""

SOURCES_READ = """
import json, sys
from desktop import launch, startup_imports
launch._import_data_modules()
startup_imports.import_qt_widgets()
feature = sys.modules.get("shibokensupport.feature")
read = []
if feature is not None and hasattr(feature, "_mod_uses_pyside"):
    scan = feature._mod_uses_pyside
    feature._mod_uses_pyside = lambda module: read.append(module.__name__) or scan(module)
import desktop.main_window
window = list(read)
import email.utils  # loaded before neither: its modules' sources are read
print(json.dumps([window, read[len(window):]] if feature is not None else None))
"""

AT_FIRST_PAINT = """
import json, sys
from desktop.app import main
code = main([])  # syria-atlas, no arguments
print(json.dumps(sorted(sys.modules)))
sys.exit(code)
"""


def _run(script: str, tmp_path, **env) -> list[str]:
    return json.loads(run_fresh_window(script, tmp_path, **env).strip().splitlines()[-1])


def test_the_window_brings_no_qt_free_module_after_pyside6(tmp_path):
    after_qt = _run(QT_FREE_FIRST, tmp_path)
    assert "desktop.main_window" in after_qt
    ours = ("desktop", "resources", "PySide6", "shiboken6", "shibokensupport")
    late = [name for name in after_qt if name.split(".")[0] not in ours]
    assert late == []  # to desktop.startup_imports.WINDOW_QT_FREE_MODULES, or import when used


def test_pysides_import_hook_reads_no_source_while_the_window_is_imported(tmp_path):
    """PySide6's hook reads a module's source the first time an import statement names it
    after PySide6 (desktop.startup_imports): the window's modules name numpy, shapely, the data
    modules and much of the standard library, loaded before PySide6, and each other: all
    recorded up front."""
    read = _run(SOURCES_READ, tmp_path)
    if read is None:
        pytest.skip("a PySide6 without the __feature__ import hook")
    window, later = read
    assert [name for name in window if name.split(".")[0] != "PySide6"] == []
    assert later  # the hook still reads the modules it was not told about


def test_tools_used_later_are_not_imported_before_the_first_paint(tmp_path):
    imported = set(_run(AT_FIRST_PAINT, tmp_path, SYRIA_ATLAS_FIRST_PAINT="quit"))
    assert "desktop.map.canvas" in imported  # the window was built and painted
    assert "desktop.panel.positions" in imported  # in the first frame (see the layout test)
    assert sorted(imported & set(AFTER_FIRST_PAINT)) == []


def test_the_window_without_arguments_has_the_parsers_defaults():
    from desktop.app import WINDOW_DEFAULTS
    from desktop.cli import window_parser

    assert vars(window_parser().parse_args([])) == WINDOW_DEFAULTS


@pytest.mark.usefixtures("window_settings")
@pytest.mark.parametrize(("size", "tabbed"), [((1024, 700), True), ((1400, 900), False)])
def test_the_first_frame_has_the_dock_layout_the_window_keeps(qtbot, size, tabbed):
    """A small window puts the positions behind the talks as a tab (the map keeps the window's
    height), a large one under the map: already in the first frame, and the same once the
    panels are in."""
    pytest.importorskip("pytestqt")
    from window_fixture import bundled_data

    from desktop.main_window import MainWindow
    from desktop.state import AppState
    from geodata.model import ViewState

    win = MainWindow(AppState(ViewState()), *bundled_data(), persist=False)
    qtbot.addWidget(win)
    seen = {}

    def layout() -> tuple:
        return (
            win.positions_dock in win.tabifiedDockWidgets(win.talks_dock),
            win.dockWidgetArea(win.positions_dock),
            win.positions.viewport().width(),
            win.positions.isVisible(),
        )

    def at_first_paint() -> None:
        seen["first"] = layout()
        seen["suggestions"] = win.search._suggestions  # the search popup: made when needed

    win.at_first_paint(at_first_paint)
    win.resize(*size)
    win.show()
    qtbot.waitUntil(lambda: "first" in seen, timeout=5000)
    assert seen["first"][0] is tabbed
    assert seen["suggestions"] is None
    win.finish_startup()
    qtbot.wait(50)
    assert layout() == seen["first"]
