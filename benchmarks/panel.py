"""What a click costs in the window: the side panels brought up to date after a zone is picked,
and the word filter, with a 100k-event workspace open (read as the app reads it) beside the
same window without one."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

# Points inside two zones of 25 April 2023 (Idlib, held by HTS; Afrin, by the Turkish-backed
# SNA): alternate clicks between them, as a user comparing areas would.
CLICKS = ((36.63, 35.93), (36.87, 36.51))


def _window(workspace: Path | None):
    from desktop.main_window import MainWindow
    from desktop.state import AppState
    from geodata.atlas import load_atlas
    from geodata.basemap import ATTRIBUTION, load_basemap
    from geodata.model import ViewState

    atlas = load_atlas(workspace=workspace)
    window = MainWindow(AppState(ViewState()), load_basemap(), atlas, ATTRIBUTION, persist=False)
    window.resize(1280, 800)
    window.show()
    return window, atlas


def _settled_ms(app, action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    app.processEvents()  # the panels and the map repaint
    return (time.perf_counter() - started) * 1000


def measure(app, workspace: Path | None, repeats: int) -> dict[str, float]:
    import statistics

    from geodata.workspace import load_deferred_fields

    window, atlas = _window(workspace)
    app.processEvents()
    load_deferred_fields(atlas.events)  # as the window does right after its first paint
    zones = [atlas.controller_at(lon, lat).id for lon, lat in CLICKS]
    state = window.state
    figures = {"first zone click": _settled_ms(app, lambda: state.select_zone(zones[0]))}
    order = [zones[(i + 1) % 2] for i in range(repeats)]  # the other zone each time
    clicks = [_settled_ms(app, lambda z=zone: state.select_zone(z)) for zone in order]
    figures["zone click"] = statistics.median(clicks)
    state.clear_selection()
    figures["first word filter"] = _settled_ms(app, lambda: state.set_filters(text="aleppo"))
    words = [("idlib", "raqqa", "manbij", "afrin")[i % 4] for i in range(repeats)]
    filters = [_settled_ms(app, lambda w=word: state.set_filters(text=w)) for word in words]
    figures["word filter"] = statistics.median(filters)
    window.close()
    window.deleteLater()
    app.processEvents()
    return figures


def bench_panel(app, workspace: Path, repeats: int, rows: list, row_type) -> None:
    ours = measure(app, workspace, repeats)
    bare = measure(app, None, repeats)
    notes = {
        "first zone click": "once per session: the zone's events are made from the columns",
        "zone click": "median of clicks alternating between two zones",
        "first word filter": "once per session: builds the word index of every event",
        "word filter": "median over four words",
    }
    titles = {
        "first zone click": "Click a zone: panels updated (first click)",
        "zone click": "Click a zone: panels updated",
        "first word filter": "Word filter: map, list and panels updated (first word)",
        "word filter": "Word filter: map, list and panels updated",
    }
    for key, title in titles.items():
        rows.append(
            row_type(
                title,
                "100k",
                ours[key],
                bare[key],
                "same window, no workspace",
                note=notes[key],
            )
        )
