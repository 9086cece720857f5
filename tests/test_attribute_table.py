"""The attribute table of imported events: sort by a column, filter by words, select on the map."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.panel.attribute_table import DATE, KIND, LAT, TITLE, AttributeTable
from desktop.panel.event_model import EVENT_ID_ROLE
from desktop.state import AppState
from geodata.atlas import Atlas
from geodata.io import load_records
from geodata.model import Event, Source

SOURCE = (Source(url="https://example.invalid/test", note="test data"),)
KINDS = ("incident", "agreement", "other")


def imported(n: int) -> list[Event]:
    rng = random.Random(7)
    return [
        Event(
            id=f"t-{i:05d}",
            date=date(2020, 1, 1) + timedelta(days=rng.randrange(1000)),
            title=f"{'Shelling' if i % 2 else 'Protest'} near town {i}",
            kind=KINDS[i % 3],
            lon=36.0 + rng.uniform(0, 3),
            lat=35.5 + rng.uniform(0, 1.5),
            place_name=f"Place {rng.randrange(100)}",
            sources=SOURCE,
            origin="ws",
        )
        for i in range(n)
    ]


@pytest.fixture()
def table(qapp):
    records = load_records()
    atlas = Atlas(replace(records, events=records.events + tuple(imported(300))))
    state = AppState()
    state.set_atlas(atlas)
    return AttributeTable(state, atlas), atlas


def column(table: AttributeTable, col: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    proxy = table.proxy
    return [proxy.index(r, col).data(role) for r in range(proxy.rowCount())]


def test_it_lists_only_the_imported_events(table):
    table, atlas = table
    ids = set(column(table, DATE, EVENT_ID_ROLE))
    assert ids == {e.id for e in atlas.events if e.origin == "ws"}
    assert "300 of 300" in table.count_label.text()


def test_header_clicks_sort_by_the_column(table):
    table, atlas = table
    by_id = {e.id: e for e in atlas.events}
    table.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    days = [by_id[i].date for i in column(table, DATE, EVENT_ID_ROLE)]
    assert days == sorted(days)
    table.table.sortByColumn(LAT, Qt.SortOrder.DescendingOrder)
    lats = [float(v) for v in column(table, LAT)]
    assert lats == sorted(lats, reverse=True)
    table.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    titles = [t.casefold() for t in column(table, TITLE)]
    assert titles == sorted(titles)
    table.table.sortByColumn(KIND, Qt.SortOrder.AscendingOrder)
    kinds = column(table, KIND)
    assert kinds == sorted(kinds) and len(set(kinds)) == 3


def test_the_filter_box_keeps_matching_rows_in_any_sort_order(table):
    table, _ = table
    table.filter_edit.setText("shelling")
    titles = column(table, TITLE)
    assert len(titles) == 150 and all("Shelling" in t for t in titles)
    table.table.sortByColumn(LAT, Qt.SortOrder.AscendingOrder)
    assert sorted(column(table, TITLE)) == sorted(titles)
    assert "150 of 300" in table.count_label.text()
    table.filter_edit.setText("")
    assert table.proxy.rowCount() == 300


def test_selecting_a_row_selects_the_event_on_the_map(table):
    table, _ = table
    table.table.selectRow(5)
    wanted = table.proxy.index(5, 0).data(EVENT_ID_ROLE)
    assert table.state.view.selected_event == wanted
