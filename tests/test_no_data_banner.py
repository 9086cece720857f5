"""The map's "no control data" banner stays readable in a narrow window: it wraps to the map's
width instead of running off both edges (the nearest dates are what the reader needs)."""

from __future__ import annotations

from datetime import date

from desktop.render.overlays import banner_box
from desktop.render.text import label_font
from geodata.coverage import ControlGap

MESSAGE = ControlGap(date(2010, 1, 1), None, date(2016, 8, 1)).message()


def test_a_narrow_map_wraps_the_banner_inside_its_edges(qapp):
    font = label_font(12.5, bold=True)
    box = banner_box(MESSAGE, font, 400, 1.0)
    assert box.left() >= 0 and box.right() <= 400
    one_line = banner_box(MESSAGE, font, 4000, 1.0)
    assert box.height() > one_line.height()  # the text went onto more lines, none cut


def test_a_wide_map_keeps_the_banner_on_one_centred_line(qapp):
    font = label_font(12.5, bold=True)
    box = banner_box(MESSAGE, font, 4000, 1.0)
    assert abs(box.center().x() - 2000) < 1
    assert box.width() < 4000 / 2
