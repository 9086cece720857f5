"""Every frame the window lets a user reach lies over the base map: no blank mat."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from desktop.map.view_bounds import within_context
from desktop.render.transform import MapTransform
from geodata.extent import CONTEXT_BOUNDS, DEFAULT_EXTENT


def _inside(bounds, outer, slack=1e-6) -> bool:
    return (
        bounds[0] >= outer[0] - slack
        and bounds[1] >= outer[1] - slack
        and bounds[2] <= outer[2] + slack
        and bounds[3] <= outer[3] + slack
    )


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080), (500, 1400)])
def test_zooming_far_out_stops_at_the_covered_box(size):
    view = MapTransform.fit(DEFAULT_EXTENT, *size, 0.02)
    for _ in range(30):
        view = within_context(view.zoomed(1 / 1.25, QPointF(10, 10)))
    assert _inside(view.visible_lonlat_bounds(), CONTEXT_BOUNDS)
    # ...and it did zoom out: the view is as large as the box one way.
    west, south, east, north = view.visible_lonlat_bounds()
    assert (east - west) > 0.95 * (CONTEXT_BOUNDS[2] - CONTEXT_BOUNDS[0]) or (
        north - south
    ) > 0.9 * (CONTEXT_BOUNDS[3] - CONTEXT_BOUNDS[1])


@pytest.mark.parametrize("drag", [(5000, 0), (-5000, 0), (0, 5000), (0, -5000), (3000, -4000)])
def test_panning_stops_at_the_covered_box(drag):
    view = MapTransform.fit(DEFAULT_EXTENT, 1280, 800, 0.02)
    for _ in range(10):
        view = within_context(view.panned(drag[0] / 10, drag[1] / 10))
    assert _inside(view.visible_lonlat_bounds(), CONTEXT_BOUNDS)
