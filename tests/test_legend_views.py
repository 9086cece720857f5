"""The window's legend, the page legend and the web map's legend build from one model
(geodata.legend): for the same day they list the same things; in Arabic the Map dock's legend
reads right to left and keeps its colour swatches."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QColor  # noqa: E402
from test_legend_model import _legend_of  # noqa: E402
from window_fixture import bundled_data, open_window  # noqa: E402

from desktop import i18n  # noqa: E402
from desktop.render import style  # noqa: E402
from geodata.extent import ATLAS_BOUNDS  # noqa: E402
from geodata.model import ViewState  # noqa: E402

#: Rows every one of the three legends draws the same way (the page draws the M4 in its
#: holders' colours with a km breakdown instead of one red line, and adds the base map's lines).
CONTROL_KINDS = {"zone", "no_data", "contested", "note", "low_grade_zone"}
EVENT_KINDS = {"event", "low_grade", "imported", "cluster"}


def _window_legend(view: ViewState) -> list[tuple[str, str]]:
    from desktop.render.context import RenderContext
    from desktop.render.legend import legend_sections

    basemap, atlas, _ = bundled_data()
    rows = []
    for section in legend_sections(RenderContext(view=view, basemap=basemap, atlas=atlas)):
        rows.append(("heading", section.title))
        rows += [(e.kind, e.label) for e in section.entries]
    return rows


def _page_legend(view: ViewState) -> list[tuple[str, str]]:
    from desktop.export import snapshot
    from desktop.export.page import page_spec

    basemap, atlas, _ = bundled_data()
    spec = page_spec("png", dpi=150, paper="a4-landscape")
    request = snapshot.SnapshotRequest(Path("page.png"), view, spec)
    width, height = spec.pixel_size()
    plan = snapshot.plan_page(request, width, height, basemap, atlas, "Natural Earth")
    return [(e.kind, e.label) for group in plan.layout.legend_groups for e in group]


def _web_legend(view: ViewState) -> list[str]:
    from geodata.web_export import build_web_map

    basemap, atlas, _ = bundled_data()
    return _legend_of(build_web_map(atlas, view, basemap, "test", language=i18n.language()))[1]


@pytest.mark.parametrize(
    ("day", "lang"),
    [(date(2023, 4, 25), "en"), (date(2020, 3, 6), "en"), (date(2023, 4, 25), "ar")],
)
def test_window_page_and_web_legends_list_the_same_entries(qapp, language, day, lang):
    language(lang)
    view = ViewState(as_of=day, extent=ATLAS_BOUNDS)  # the page shows all the window does
    window = _window_legend(view)
    assert [label for _, label in window] == _web_legend(view)  # the very same rows
    page = _page_legend(view)
    assert window[0] in page  # the same heading ("Control as of ...")
    control = [row for row in window if row[0] in CONTROL_KINDS]
    assert [k for k, _ in control].count("zone") >= 4
    assert [row for row in page if row[0] in CONTROL_KINDS] == control
    # Events: the page lists those drawn on it (talks held in Moscow fall outside its frame),
    # in the window's order and words.
    events = [row for row in window if row[0] in EVENT_KINDS]
    on_page = [row for row in page if row[0] in EVENT_KINDS]
    assert on_page and all(row in events for row in on_page)
    assert sorted(on_page, key=events.index) == on_page


def _swatch_columns(image, colour: QColor, left: int, right: int) -> list[int]:
    """x in [left, right) of the columns where ``colour`` (a zone swatch's fill) runs at least
    8 pixels down: a swatch, not the odd anti-aliased pixel of a letter."""
    want = colour.getRgb()[:3]
    columns = []
    for x in range(left, right):
        hits = sum(
            all(
                abs(a - b) <= 3
                for a, b in zip(image.pixelColor(x, y).getRgb()[:3], want, strict=True)
            )
            for y in range(image.height())
        )
        if hits >= 8:
            columns.append(x)
    return columns


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_map_dock_legend_shows_a_swatch_beside_each_controller(qtbot, language, lang):
    """Each controller's swatch is drawn where the user can see it, at the start of its row:
    the left in English, the right in Arabic (the Arabic legend had lost its swatches)."""
    language(lang)
    win = open_window(qtbot)
    legend = win.legend
    left, right = legend.visible_span()
    image = legend.grab().toImage()
    zones = [e for s in legend.sections for e in s.entries if e.kind == "zone"]
    assert len(zones) >= 4
    middle = (left + right) / 2
    for entry in zones:
        columns = _swatch_columns(image, style.zone_fill(QColor(entry.colour)), left, right)
        assert len(columns) >= 10, (lang, entry.label)  # the swatch, in the part one sees
        if lang == "ar":
            assert min(columns) > middle, entry.label  # at the row's start: the right
        else:
            assert max(columns) < middle, entry.label
