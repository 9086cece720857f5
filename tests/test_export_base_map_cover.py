"""No export shows blank paper beside the base map: a banner, a tall strip or a poster frames
the map inside what the base map covers (lon 30-48, lat 29-41.5), never past it, and keeps the
whole extent the user asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from desktop.export import snapshot_page
from desktop.export.page import page_spec
from desktop.export.snapshot import SnapshotRequest, export_snapshot
from desktop.render import style
from geodata.extent import ATLAS_BOUNDS, CONTEXT_BOUNDS, DEFAULT_EXTENT
from geodata.model import ViewState

#: (pixel size or paper, extent): shapes far from the base map's own.
FRAMES = [
    ((8000, 800), None),  # a 10:1 web banner
    ((2400, 600), ATLAS_BOUNDS),
    ((800, 2400), ATLAS_BOUNDS),  # a tall phone story
    ((600, 3000), DEFAULT_EXTENT),
    ("a3-landscape", ATLAS_BOUNDS),
    ("a4-portrait", DEFAULT_EXTENT),
]


@pytest.fixture(scope="module")
def bundled():
    from geodata.atlas import load_atlas
    from geodata.basemap import load_basemap

    return load_basemap(), load_atlas()


def request_for(out: Path, page, extent) -> SnapshotRequest:
    if isinstance(page, str):
        spec = page_spec(out.suffix[1:], dpi=72, paper=page)
    else:
        spec = page_spec(out.suffix[1:], dpi=150, size=page)
    return SnapshotRequest(out, ViewState(extent=extent), spec)


def _inside(inner, outer, eps=1e-6) -> bool:
    return (
        inner[0] >= outer[0] - eps
        and inner[1] >= outer[1] - eps
        and inner[2] <= outer[2] + eps
        and inner[3] <= outer[3] + eps
    )


@pytest.mark.parametrize(("page", "extent"), FRAMES)
def test_the_frame_stays_on_the_base_map_and_keeps_the_extent(qapp, bundled, page, extent):
    basemap, atlas = bundled
    request = request_for(Path("page.png"), page, extent)
    width, height = request.page.pixel_size()
    layout = snapshot_page.plan_page(request, width, height, basemap, atlas, "NE").layout
    shown = layout.map_transform.visible_lonlat_bounds()
    assert _inside(shown, CONTEXT_BOUNDS)
    assert _inside(request.extent, shown, eps=0.02)  # nothing the user asked for is cropped
    # Still a map, not a stamp: the frame fills the body one way or the other.
    frame = layout.map_frame
    assert frame.width() >= 0.3 * width or frame.height() >= 0.3 * height


@pytest.mark.parametrize(("page", "extent"), [FRAMES[1], FRAMES[3]])
def test_no_blank_paper_at_the_frames_edges(qapp, bundled, tmp_path, page, extent):
    basemap, atlas = bundled
    out = tmp_path / "map.png"
    result = export_snapshot(request_for(out, page, extent), basemap, atlas, "NE")
    image = QImage(str(out))
    frame = result.layout.map_frame
    blank = style.NO_DATA.rgb() & 0xFFFFFF
    inset = 3  # inside the frame's outline
    left, right = int(frame.left()) + inset, int(frame.right()) - inset
    top, bottom = int(frame.top()) + inset, int(frame.bottom()) - inset
    edge = [(left, y) for y in range(top, bottom, 4)] + [(right, y) for y in range(top, bottom, 4)]
    edge += [(x, top) for x in range(left, right, 4)] + [(x, bottom) for x in range(left, right, 4)]
    blanks = [p for p in edge if QColor(image.pixel(*p)).rgb() & 0xFFFFFF == blank]
    assert not blanks, f"{len(blanks)} blank pixels at the frame's edges, e.g. {blanks[:3]}"
