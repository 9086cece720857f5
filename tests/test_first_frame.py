"""The default date's territory stored for start-up (``geodata.control.first_frame``): the first
frame shows what the loaded control history derives, the history loads only when asked for (the
window: after its first paint), and a store made from other records is never shown, and is
reported by ``validate``."""

from __future__ import annotations

import csv
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import shapely
from window_fixture import with_an_edited_zone

from geodata.atlas import Atlas, load_atlas
from geodata.control.first_frame import STORE_FILE, stale_reasons
from geodata.model import DEFAULT_AS_OF, ViewState
from geodata.paths import data_dir
from geodata.validate import _check_first_frame
from geodata.validate_read import Report


def derived_without_store() -> Atlas:
    """The bundled atlas with its history loaded and every day derived (no stored frame)."""
    atlas = load_atlas()
    atlas.__dict__["_first_frame"] = None  # the cached property: nothing stored to seed
    atlas.load_control()
    return atlas


def test_the_first_frame_is_the_territory_the_loaded_history_derives():
    atlas = load_atlas()
    first = atlas.zones_at(DEFAULT_AS_OF)
    periods = atlas.control_dates()
    assert first and len(periods) > 10
    assert not atlas.control_loaded  # answered from the store, the history not read
    derived = derived_without_store()
    assert derived.zones_at(DEFAULT_AS_OF) == first
    assert derived.control_dates() == periods
    assert derived.localities  # the history really was read there
    # once the atlas's own history is loaded it answers, with the zone objects already shown
    atlas.load_control()
    assert atlas.control_loaded
    assert all(a is b for a, b in zip(atlas.zones_at(DEFAULT_AS_OF), first, strict=True))
    assert atlas.control_dates() == periods
    # a day of another period comes from the history (a part kept from a day derived before
    # may start its ring elsewhere: the same shape)
    day = date(2020, 3, 6)
    assert normalised(atlas.zones_at(day)) == normalised(derived.zones_at(day))


def normalised(zones):
    return [replace(z, geometry=shapely.normalize(z.geometry)) for z in zones]


def test_map_labels_borrow_the_same_names_before_the_history_loads():
    atlas = load_atlas()
    named = atlas.named_localities
    assert named and not atlas.control_loaded
    loaded = [loc for loc in atlas.localities.values() if loc.name_ar or loc.name_tr or loc.name_ku]
    assert named == loaded


def test_a_dataset_with_other_snapshot_zones_does_not_use_the_store():
    """The files are the bundled ones, the records in memory are not (an edited copy)."""
    from geodata.io import load_records

    records = load_records()
    assert Atlas(records)._first_frame is not None
    assert Atlas(with_an_edited_zone(records))._first_frame is None


def test_the_bundled_store_is_up_to_date():
    assert stale_reasons(load_atlas(), data_dir() / STORE_FILE) == []


@pytest.fixture(scope="module")
def edited_data(tmp_path_factory) -> Path:
    """The bundled data with Idlib city's researched record on the default date made a stored
    gap (a provincial capital, so the territory drawn must change, whichever file holds it)."""
    data = Path(shutil.copytree(data_dir(), tmp_path_factory.mktemp("edited") / "data"))
    for path in sorted((data / "control" / "records").glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
            fields = list(rows[0])
        for row in rows:
            start, end = date.fromisoformat(row["from"]), row["to"]
            covers = start <= DEFAULT_AS_OF and (
                not end or date.fromisoformat(end) >= DEFAULT_AS_OF
            )
            if row["locality"] == "idlib" and covers and row["controller"] != "unknown":
                row["controller"] = "unknown"
                break
        else:
            continue
        break
    else:
        pytest.fail("no researched record for Idlib on the default date to edit")
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fields)
        writer.writeheader()
        writer.writerows(rows)
    return data


def test_a_store_stale_against_the_records_is_found_and_never_shown(edited_data):
    atlas = load_atlas(edited_data)
    assert atlas._records.control.loaded  # not the store: the records were read at once
    assert atlas._first_frame is None
    shown = atlas.zones_at(DEFAULT_AS_OF)
    assert shown == atlas.fresh_control().zones_on(DEFAULT_AS_OF)
    assert shown != load_atlas().zones_at(DEFAULT_AS_OF)  # the edit changed the territory
    reasons = stale_reasons(atlas, edited_data / STORE_FILE)
    assert any("other control files" in r for r in reasons), reasons
    assert any("zones of 2023-04-25 differ" in r for r in reasons), reasons
    report = Report()
    _check_first_frame(report, edited_data)
    messages = [f"{p.file}: {p.message}" for p in report.problems]
    assert messages and all(m.startswith("first_frame.json: stale: ") for m in messages)
    assert all("python -m tools.first_frame" in m for m in messages)


def test_the_tool_writes_a_store_the_edited_records_agree_with(edited_data):
    from tooling import import_tool

    assert import_tool("tools.first_frame").main(["--data", str(edited_data)]) == 0
    atlas = load_atlas(edited_data)
    assert atlas._first_frame is not None and not atlas.control_loaded
    assert stale_reasons(atlas, edited_data / STORE_FILE) == []
    assert atlas.zones_at(DEFAULT_AS_OF) == atlas.fresh_control().zones_on(DEFAULT_AS_OF)


def test_the_window_paints_the_same_first_frame_as_with_the_history_loaded(qtbot):
    """The whole window, painted before the history loads (the store), equals the window of
    an atlas whose history derived the day."""
    from desktop.main_window import MainWindow
    from desktop.state import AppState
    from geodata.basemap import ATTRIBUTION, load_basemap

    basemap = load_basemap()
    images = []
    stored = load_atlas()
    for atlas in (stored, derived_without_store()):
        window = MainWindow(AppState(ViewState()), basemap, atlas, ATTRIBUTION, persist=False)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        images.append(window.grab().toImage())  # painted at once: no event loop in between
        if atlas is stored:
            assert not stored.control_loaded
    assert len({images[0].pixel(x, 300) for x in range(0, 1280, 8)}) > 5  # a map, not a blank
    assert images[0] == images[1]
