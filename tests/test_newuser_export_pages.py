"""Snapshot pages of every shape keep the map the subject: on a square or small portrait page
the legend's type gets smaller before the map becomes a strip, and the scale box is sized to
the map frame (it covered a quarter of an 800x800 page's map), in PNG, SVG and PDF alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_fixture import bundled_data

from desktop.app import main
from desktop.export import snapshot_page
from desktop.export.layout import SCALE_BOX_MIN_ZOOM
from desktop.export.page import page_spec
from desktop.export.page_legend import column_height
from desktop.export.snapshot import SnapshotRequest
from geodata.model import ViewState

PAGES = [
    ("paper", "a4-portrait", 150),
    ("paper", "a4-landscape", 150),
    ("paper", "letter-portrait", 100),
    ("paper", "a3-portrait", 96),
    ("size", (800, 800), 150),
    ("size", (500, 500), 150),
    ("size", (400, 700), 150),
    ("size", (600, 1400), 150),
    ("size", (1600, 500), 150),
    ("size", (1000, 400), 150),
]


@pytest.fixture(scope="module")
def data():
    return bundled_data()


def plan(data, kind, value, dpi):
    basemap, atlas, attribution = data
    spec = page_spec("png", dpi=dpi, **{kind: value})
    request = SnapshotRequest(Path("page.png"), ViewState(), spec)
    width, height = spec.pixel_size()
    return snapshot_page.plan_page(request, width, height, basemap, atlas, attribution)


@pytest.mark.parametrize(("kind", "value", "dpi"), PAGES)
def test_the_scale_box_leaves_the_map_free(qapp, data, kind, value, dpi):
    layout = plan(data, kind, value, dpi).layout
    frame, box = layout.map_frame, layout.scale_box
    assert frame.contains(box)
    assert box.width() * box.height() <= 0.06 * frame.width() * frame.height()
    assert box.height() <= 0.15 * frame.height()
    assert layout.scale_unit >= SCALE_BOX_MIN_ZOOM * layout.unit  # still readable


@pytest.mark.parametrize(("kind", "value", "dpi"), PAGES)
def test_the_map_is_the_largest_thing_on_the_page(qapp, data, kind, value, dpi):
    layout = plan(data, kind, value, dpi).layout
    frame = layout.map_frame
    map_area = frame.width() * frame.height()
    assert map_area >= 0.36 * layout.width * layout.height
    legend_area = sum(r.width() * r.height() for r in layout.legend_columns)
    assert map_area > legend_area
    for rect, group in zip(layout.legend_columns, layout.legend_groups, strict=True):
        assert column_height(list(group), layout.legend_scale, rect.width()) <= rect.height() + 0.5


def test_a_tall_narrow_page_gives_its_spare_height_to_the_map_not_the_legend(qapp, data):
    """The map fills a 400x700 page's width whatever the legend does: the legend goes in two
    columns at full size and the locator into the frame's spare band, not one long column
    beside the locator that shrank the legend's type and the map (a 'No data' row more put
    the map under a third of the page)."""
    layout = plan(data, "size", (400, 700), 150).layout
    assert layout.legend_scale == layout.unit
    assert len(layout.legend_columns) == 2
    assert layout.inset is not None and layout.map_frame.contains(layout.inset)


def test_a_page_with_room_keeps_full_size_legend_type(qapp, data):
    layout = plan(data, "paper", "a3-portrait", 150).layout
    assert layout.legend_scale == layout.unit and layout.scale_unit == layout.unit


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
@pytest.mark.parametrize("page", [["--size", "800x800"], ["--paper", "a4-portrait"]])
def test_square_and_portrait_pages_export_in_every_format(tmp_path, capsys, fmt, page):
    out = tmp_path / f"map.{fmt}"
    assert main(["export", "snapshot", "--out", str(out), *page]) == 0
    assert out.stat().st_size > 10_000
    assert f"wrote {out}" in capsys.readouterr().out
