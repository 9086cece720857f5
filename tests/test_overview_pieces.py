"""The panel's "Who held what" names each holder once, with its areas under it, and each area
once, however many pieces the records cut it into (enclaves, islands): one link to the largest
piece and the count of pieces, so a reader does not see "SDF east of the Euphrates" three times
on the default day, nor "Syrian government (Assad)" 22 times in March 2017."""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date

import pytest

pytest.importorskip("pytestqt")

from window_fixture import bundled_data  # noqa: E402

from desktop.panel.detail_html import overview_html  # noqa: E402
from geodata.model import ViewState  # noqa: E402

DAY = date(2023, 4, 25)  # the talks' day, the window's default


def test_each_holder_and_area_name_is_listed_once_with_its_pieces(qapp):
    atlas = bundled_data()[1]
    zones = [z for z in atlas.zones_at(DAY) if z.controller != "unknown"]
    names = Counter((z.controller, z.name) for z in zones)
    split = [key for key, n in names.items() if n > 1]
    assert split, "the bundled records cut some area into pieces on the day"

    page = overview_html(atlas, ViewState(as_of=DAY))
    linked = re.findall(r'<a href="zone:([^"]+)"', page)
    assert len(linked) == len(names), "one link per holder and area name"
    by_id = {z.id: z for z in zones}
    for controller, name in split:
        pieces = [z for z in zones if (z.controller, z.name) == (controller, name)]
        largest = max(pieces, key=lambda z: z.geometry.area)
        assert largest.id in linked and not any(p.id in linked for p in pieces if p is not largest)
        assert f"in {len(pieces)} separate pieces" in page
    assert all(zone_id in by_id for zone_id in linked)


@pytest.mark.parametrize("day", [DAY, date(2017, 3, 15)])
def test_each_holder_heads_its_own_areas_once(qapp, day):
    from desktop.panel.format import party_name

    atlas = bundled_data()[1]
    zones = {z.id: z for z in atlas.zones_at(day) if z.controller != "unknown"}
    page = overview_html(atlas, ViewState(as_of=day))
    body = page[page.index("Who held what") :]
    headings = [html.unescape(h) for h in re.findall(r"<b>([^<]+)</b>", body)]
    holders = {party_name(atlas, z.controller, day) for z in zones.values()}
    assert sorted(headings) == sorted(holders), "every holder named once"
    # every area link sits in its own holder's block
    blocks = re.split(r"<b>", body)[1:]
    for block in blocks:
        holder = html.unescape(block[: block.index("</b>")])
        for zone_id in re.findall(r'<a href="zone:([^"]+)"', block):
            assert party_name(atlas, zones[zone_id].controller, day) == holder, zone_id
    count = len({z.controller for z in zones.values()})
    assert len(blocks) == count
    # a place's area is named by its place under the holder: "Raqqa", not the holder again
    if day.year == 2017:
        assert ">Raqqa</a>" in page and "Islamic State (ISIS) – Raqqa</a>" not in page
    areas = {(z.controller, z.name) for z in zones.values() if z.controller == "government"}
    assert f"· {len(areas)} area" in page


@pytest.mark.parametrize(("code", "swatch_side"), [("en", "left"), ("ar", "right")])
def test_a_holders_swatch_opens_its_line_in_the_reading_direction(
    qtbot, language, code, swatch_side
):
    """In Arabic the colour square stands at the right, where the holder's name begins."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QTextBrowser

    from desktop.panel.format import party_colour

    language(code)
    atlas = bundled_data()[1]
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(420, 700)
    browser.setHtml(overview_html(atlas, ViewState(as_of=date(2017, 3, 15))))
    browser.show()
    image = browser.viewport().grab().toImage()
    target = QColor(party_colour(atlas, "sdf")).rgb() & 0xFFFFFF  # no text is yellow
    xs = [
        x
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) & 0xFFFFFF == target
    ]
    assert xs, "the holder's swatch is drawn"
    middle = image.width() / 2
    assert (min(xs) > middle) if swatch_side == "right" else (max(xs) < middle)
