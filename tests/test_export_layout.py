"""Export pages look designed at every size: the layout scales with the output size and DPI.

A grid from an 800-pixel web graphic to an A0 poster: the map frame takes most of the page,
the title fits its box without being cut, the whole legend is drawn, and no map label lies
under the scale bar.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF
from test_export_fixtures import AS_OF, fixture_atlas, fixture_basemap

from desktop.export import snapshot as snapshot_module
from desktop.export import snapshot_page
from desktop.export.layout import layout_unit
from desktop.export.page import page_spec
from desktop.export.page_legend import column_height, page_entries
from desktop.export.snapshot import SnapshotRequest
from desktop.render.text import label_font
from geodata.model import ViewState

LONG_TITLE = "Who holds the M4: control of the Latakia–Aleppo–al-Yarubiyah motorway, north Syria"

#: (kind, value, dpi): pixel sizes from a web graphic to a large screen, papers to a poster.
PAGES = [
    ("size", (800, 600), 96),
    ("size", (800, 600), 300),
    ("size", (1200, 800), 150),
    ("size", (2400, 1600), 300),
    ("size", (800, 1400), 300),
    ("size", (1920, 1080), 600),
    ("paper", "a4-landscape", 300),
    ("paper", "a4-portrait", 150),
    ("paper", "a3-portrait", 150),
    ("paper", "letter-landscape", 96),
    ("a0", (9933, 14043), 300),  # A0 portrait at 300 DPI, planned (not painted)
]


@pytest.fixture(scope="module")
def data():
    return fixture_basemap(), fixture_atlas()


def plan(data, kind, value, dpi, title=None, extent=None):
    basemap, atlas = data
    if kind == "paper":
        spec = page_spec("png", dpi=dpi, paper=value)
    else:
        spec = page_spec("png", dpi=dpi, size=value)
    view = ViewState(as_of=AS_OF, extent=extent)
    request = SnapshotRequest(Path("page.png"), view, spec, title=title)
    width, height = spec.pixel_size()
    return snapshot_page.plan_page(request, width, height, basemap, atlas, "Natural Earth")


@pytest.mark.parametrize(("kind", "value", "dpi"), PAGES)
def test_the_map_takes_most_of_the_page(qapp, data, kind, value, dpi):
    layout = plan(data, kind, value, dpi).layout
    frame = layout.map_frame
    page_area = layout.width * layout.height
    assert frame.width() * frame.height() >= 0.4 * page_area
    legend_area = sum(r.width() * r.height() for r in layout.legend_columns)
    assert frame.width() * frame.height() > 1.5 * legend_area
    # The scale bar sits inside the frame and leaves most of it free.
    box = layout.scale_box
    assert frame.contains(box)
    assert box.width() * box.height() <= 0.2 * frame.width() * frame.height()


@pytest.mark.parametrize(("kind", "value", "dpi"), PAGES)
@pytest.mark.parametrize("title", [None, LONG_TITLE])
def test_the_title_fits_its_box_uncut(qapp, data, kind, value, dpi, title):
    the_plan = plan(data, kind, value, dpi, title=title)
    layout = the_plan.layout
    metrics = QFontMetricsF(label_font(layout.title_size, bold=True))
    assert " ".join(layout.title_lines) == the_plan.title  # every word, none elided
    for line in layout.title_lines:
        assert metrics.horizontalAdvance(line) <= layout.header.width() + 0.5
    assert len(layout.title_lines) <= 2
    assert layout.header.bottom() < layout.map_frame.top()


@pytest.mark.parametrize(("kind", "value", "dpi"), PAGES)
def test_the_whole_legend_is_drawn(qapp, data, kind, value, dpi):
    basemap, atlas = data
    the_plan = plan(data, kind, value, dpi)
    layout = the_plan.layout
    drawn = [entry for group in layout.legend_groups for entry in group]
    wanted = page_entries(atlas, the_plan.shown, frozenset(), basemap)
    essential = [e for e in wanted if e.kind in ("zone", "m4", "m4seg", "event", "contested")]
    assert essential and all(entry in drawn for entry in essential)
    for rect, group in zip(layout.legend_columns, layout.legend_groups, strict=True):
        assert column_height(list(group), layout.legend_scale, rect.width()) <= rect.height() + 0.5


def test_type_keeps_its_size_on_paper_and_its_proportion_in_pixels():
    assert layout_unit(3508, 2480, 300) == pytest.approx(300 / 96)  # A4 at 300 DPI: true size
    small = layout_unit(800, 600, 300)  # an 800-pixel graphic: not 3x type
    assert 600 / small >= 560
    poster = layout_unit(9933, 14043, 300)
    assert 9933 / poster <= 1150


def test_no_label_under_the_scale_bar_or_the_locator(qapp, data, tmp_path, monkeypatch):
    """Every label the map places keeps clear of the boxes drawn over it afterwards."""
    from desktop.render import renderer as renderer_module

    placed = {}
    original = renderer_module.MapRenderer.render

    def spy(self, painter, transform, ctx, overlays=True, keep_clear=()):
        original(self, painter, transform, ctx, overlays, keep_clear)
        placed["boxes"] = list(ctx.label_boxes[len(keep_clear) :])
        placed["clear"] = list(keep_clear)

    monkeypatch.setattr(renderer_module.MapRenderer, "render", spy)
    basemap, atlas = data
    spec = page_spec("png", dpi=150, size=(1200, 800))
    request = SnapshotRequest(tmp_path / "m.png", ViewState(as_of=AS_OF), spec)
    snapshot_module.export_snapshot(request, basemap, atlas, "Natural Earth")
    assert placed["clear"] and placed["boxes"]
    for label in placed["boxes"]:
        assert not any(label.intersects(box) for box in placed["clear"])
