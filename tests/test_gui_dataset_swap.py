"""Another dataset (a workspace opened, an import landed) is shown by the same views, each
refreshed once from the state: no view is rebuilt, the docks stay where the user put them."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from window_fixture import bundled_data, open_window  # noqa: E402

from geodata.model import Event, Source  # noqa: E402

MOSCOW_2023 = "2023-04-25-moscow-defence-ministers"
VIEWS = (
    "canvas",
    "date_control",
    "playback",
    "search",
    "talks",
    "positions",
    "attribute_table",
    "legend",
    "layer_list",
    "m4_breakdown",
)
DOCKS = ("map_dock", "talks_dock", "positions_dock", "attribute_dock")


def workspace_atlas(folder):
    """The bundled data with a workspace of one imported event, dated after every other."""
    from geodata.atlas import load_atlas
    from geodata.workspace import save_workspace

    event = Event(
        id="ws:swap:e1",
        date=date(2031, 6, 1),
        title="Swap test meeting in Saraqib",
        kind="meeting",
        lat=35.8645,
        lon=36.8059,
        place_name="Saraqib",
        sources=(Source(url="https://example.org/swap", publisher="Test"),),
        origin="swap",
    )
    path = folder / "swap.gpkg"
    save_workspace(path, [event], [])
    return load_atlas(workspace=path)


@pytest.fixture
def window(qtbot):
    return open_window(qtbot, started=True)


def count_renders(window, renders: Counter, monkeypatch) -> None:
    """Count what each view does when it shows new data: a page, a set of cards, a model."""
    window.talks.details.textChanged.connect(lambda: renders.update(["details"]))
    window.talks.events.proxy.modelReset.connect(lambda: renders.update(["event list"]))
    window.attribute_table.proxy.modelReset.connect(lambda: renders.update(["attribute table"]))
    positions = type(window.positions)
    original = positions.refresh

    def counting_refresh(view, *args):
        renders.update(["positions"])
        return original(view, *args)

    monkeypatch.setattr(positions, "refresh", counting_refresh)


def test_another_dataset_refreshes_the_same_views_once_and_keeps_the_docks(
    window, tmp_path, monkeypatch
):
    window.state.select_event(MOSCOW_2023)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.positions_dock)
    views = {name: getattr(window, name) for name in (*VIEWS, *DOCKS)}
    areas = {name: window.dockWidgetArea(getattr(window, name)) for name in DOCKS}
    renders: Counter = Counter()
    count_renders(window, renders, monkeypatch)
    bigger = workspace_atlas(tmp_path)

    window.set_atlas(bigger)

    assert all(getattr(window, name) is widget for name, widget in views.items())
    assert {name: window.dockWidgetArea(getattr(window, name)) for name in DOCKS} == areas
    assert renders == {"details": 1, "positions": 1, "event list": 1, "attribute table": 1}
    # Each view shows the new dataset: the selection it still has, its events, its timeline.
    assert window.state.view.selected_event == MOSCOW_2023
    assert "Moscow" in window.talks.details.toPlainText()
    assert window.talks.events.source_model.imported_count == 1
    assert "(1 imported)" in window.talks.count.text()
    assert window.attribute_table.model.imported_count == 1
    assert window.date_control.last_day == date(2031, 12, 31)
    assert window.playback.last_day == date(2031, 12, 31)
    assert window.talks.filters.date_to.maximumDate().year() == 2031
    titles = [r.title for r in window.search.index.search("Swap test meeting")]
    assert "Swap test meeting in Saraqib" in titles


def test_a_selection_the_new_dataset_lacks_is_cleared_in_every_view(window, tmp_path):
    bigger = workspace_atlas(tmp_path)
    window.set_atlas(bigger)
    window.state.set_date(date(2031, 6, 1))
    window.state.select_event("ws:swap:e1")
    assert "Swap test meeting" in window.talks.details.toPlainText()

    window.set_atlas(bundled_data()[1])  # the bundled data alone: the imported event is gone

    assert window.state.view.selected_event is None
    assert "Swap test meeting" not in window.talks.details.toPlainText()
    assert window.talks.events.source_model.imported_count == 0
    assert window.attribute_table.model.imported_count == 0
    assert window.date_control.last_day < date(2031, 1, 1)
    assert all(r.record_id != "ws:swap:e1" for r in window.search.index.search("Swap test"))


def test_views_after_a_language_change_follow_the_next_dataset(window, tmp_path):
    """A language change retranslates the views in place; they still show the next dataset."""
    from PySide6.QtWidgets import QApplication

    from desktop import i18n

    try:
        window.language_actions["tr"].trigger()
        window.set_atlas(workspace_atlas(tmp_path))
        assert window.talks.events.source_model.imported_count == 1
        assert window.date_control.last_day == date(2031, 12, 31)
    finally:
        i18n.install_language(QApplication.instance(), "en")
