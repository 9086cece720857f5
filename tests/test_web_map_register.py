"""On the web map the zones, borders and M4 (SVG, in Leaflet's overlay pane) stay in register
with the towns and events (markers, in the marker pane), and the reader sees the frame the page
laid out, at a phone's width (a true 400 px viewport: the page in a 400x800 frame, as headless
Chromium will not make a window that narrow) and on a desktop, in English and Arabic.

Each probe point gets a magenta ring drawn as a vector layer and a cyan dot drawn as a marker;
a yellow ring fixed to the window marks where the frame put the point on load. In the
screenshot all three share a centre. A frame moved after the fit (Leaflet panning the phone's
frame into its max bounds) parted the yellow rings from the rest by 46 px; a half-done pan
parts the vector layers from the markers."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from test_export_html import run_chromium

from geodata.extent import DEFAULT_EXTENT

WEST, SOUTH, EAST, NORTH = DEFAULT_EXTENT
#: Inside the data frame, near its corners (the frame's edges touch the boxes); in the open, as
#: town labels and event clusters over a ring would shift its measured centre.
POINTS = [
    (NORTH - 0.25, WEST + 0.25),
    (NORTH - 0.25, EAST - 0.25),
    (SOUTH + 0.25, WEST + 0.25),
    (SOUTH + 0.25, EAST - 0.25),
]

MARKS = """
<script>
(function () {
  var map = MAP;
  // Added with the page's own layers, before the first frame, so they share their fate.
  POINTS.forEach(function (ll) {
    L.circleMarker(ll, {radius: 10, color: '#f0f', weight: 3, fill: false}).addTo(map);
    L.marker(ll, {zIndexOffset: 100000, interactive: false, icon: L.divIcon({
      className: '', iconSize: [8, 8], iconAnchor: [4, 4],
      html: '<div style="width:8px;height:8px;border-radius:50%;background:#0ff"></div>'})}
    ).addTo(map);
  });
  function place() {  // where the frame puts each point: after the page's own handlers
    document.querySelectorAll('.probe-ring').forEach(function (el) { el.remove(); });
    var rect = map.getContainer().getBoundingClientRect();
    POINTS.forEach(function (ll) {
      var p = map.latLngToContainerPoint(ll), ring = document.createElement('div');
      ring.className = 'probe-ring';
      ring.style.cssText = 'position:fixed;z-index:99999;width:40px;height:40px;box-sizing:' +
        'border-box;border:3px solid #ff0;border-radius:50%;pointer-events:none;left:' +
        (rect.left + p.x - 20) + 'px;top:' + (rect.top + p.y - 20) + 'px';
      document.body.appendChild(ring);
    });
  }
  window.addEventListener('load', function () {
    place();
    window.addEventListener('resize', place);  // after the page's refit to the new size
  });
})();
</script>
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    """The map of 10 March 2025 in English and Arabic, with the probe points marked."""
    import json

    from geodata.atlas import load_atlas
    from geodata.basemap import load_basemap
    from geodata.model import ViewState
    from geodata.web_export import build_web_map

    atlas, basemap = load_atlas(), load_basemap()
    folder = tmp_path_factory.mktemp("register")
    pages = {}
    for lang in ("en", "ar"):
        html = build_web_map(
            atlas, ViewState(as_of=date(2025, 3, 10)), basemap, "NE", language=lang
        )
        map_name = re.search(r"var (map_[0-9a-f]+) = L\.map\(", html).group(1)
        marks = MARKS.replace("MAP", map_name).replace("POINTS", json.dumps(POINTS))
        page = folder / f"map-{lang}.html"
        page.write_text(html + marks, encoding="utf-8")  # after the map is made
        pages[lang] = page
    return pages


def screenshot(tmp_path: Path, page: Path, width: int, height: int, framed: bool) -> np.ndarray:
    """The page as a reader sees it in a width x height viewport: an RGB array. ``framed``: in
    an iframe of that size (a true phone viewport); else in a window of that size (headless
    Chromium lays a page narrower than 500 px out at 500 px, then shoots it at the width asked:
    the page is resized as it is shot, as when a phone turns)."""
    from PySide6.QtGui import QImage

    shot = tmp_path / "shot.png"
    if framed:
        host = tmp_path / "host.html"
        host.write_text(
            f'<html><body style="margin:0"><iframe src="{page.as_uri()}" '
            f'style="border:0;width:{width}px;height:{height}px"></iframe></body></html>',
            encoding="utf-8",
        )
        window = f"--window-size={max(width, 600) + 20},{height + 20}"
        run_chromium(
            tmp_path, host, "--allow-file-access-from-files", window, f"--screenshot={shot}"
        )
    else:
        run_chromium(tmp_path, page, f"--window-size={width},{height}", f"--screenshot={shot}")
    image = QImage(str(shot))
    assert not image.isNull(), "Chromium made no screenshot"
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3)[:height, :width]


def centres(mask: np.ndarray) -> list[tuple[float, float]]:
    """Centres of the blobs in ``mask``: a pixel joins the blob whose first pixel is within 45 px
    (the probe marks lie farther apart)."""
    groups: list[list[tuple[int, int]]] = []
    for y, x in zip(*np.nonzero(mask), strict=True):
        for group in groups:
            if abs(group[0][0] - x) < 45 and abs(group[0][1] - y) < 45:
                group.append((x, y))
                break
        else:
            groups.append([(x, y)])
    return [tuple(np.mean(g, axis=0)) for g in groups if len(g) > 10]


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize(
    ("size", "framed"), [((400, 800), True), ((400, 800), False), ((1280, 800), False)]
)
def test_zones_and_markers_line_up_where_the_frame_put_them(tmp_path, pages, lang, size, framed):
    rgb = screenshot(tmp_path, pages[lang], *size, framed).astype(int)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    frame = centres((r > 230) & (g > 230) & (b < 30))  # where the fit put each point
    vector = centres((r > 220) & (g < 40) & (b > 220))  # the vector layers' rings
    marker = centres((r < 40) & (g > 220) & (b > 220))  # the markers' dots
    # A window shot narrower than Chromium's 500 px layout shows the western points only.
    assert len(frame) >= 2, f"probe points off screen at {size}: {frame}"

    def nearest(point, found):
        return min((np.hypot(point[0] - f[0], point[1] - f[1]) for f in found), default=1e9)

    for point in frame:
        # A few pixels for rings partly under town labels; the faults were 25-46 px.
        assert nearest(point, marker) <= 3, f"{lang} {size}: the frame moved off its layout"
        assert nearest(point, vector) <= 3, f"{lang} {size}: the zones left the markers"
