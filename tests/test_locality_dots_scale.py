"""The tracked localities' dots appear once the reader zooms in, not over the whole north: on a
full-HD window or an A3 page of all northern Syria they were confetti over the zones."""

from __future__ import annotations

from desktop.render.control_history_layers import localities_drawn
from desktop.render.transform import MapTransform
from geodata.extent import DEFAULT_EXTENT


def test_no_dots_over_the_whole_north_on_a_large_screen(qapp):
    # the map area of a 1920x1080 window, and a wider one
    for width, height in ((1250, 760), (1600, 900)):
        assert not localities_drawn(MapTransform.fit(DEFAULT_EXTENT, width, height))


def test_dots_once_zoomed_to_a_district(qapp):
    district = (36.3, 35.6, 37.3, 36.1)  # Idlib to Saraqib
    assert localities_drawn(MapTransform.fit(district, 1000, 700))
