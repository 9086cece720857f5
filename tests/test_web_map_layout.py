"""The web map's boxes never cover the data: with the Moscow meeting selected (an event held off
the map), the title box, the statements panel, the Sources box, the slider and the legend stand
clear of northern Syria at 1024x700, 1400x900, 1920x1080 and a phone's width, in headless
Chromium. The reader cannot pan or zoom out past the base map."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_export_html import run_chromium

from desktop.export.web import export_web_map
from geodata.extent import CONTEXT_BOUNDS, DEFAULT_EXTENT
from geodata.model import ViewState

MOSCOW = "2023-04-25-moscow-defence-ministers"

#: Reads the page once it has settled: each box's rectangle, the data's rectangle on screen,
#: the frame's corners, whether the statements panel is open and whether a popup is.
PROBE = """
<script>
window.addEventListener('load', function () { setTimeout(function () {
  var map = MAP, b = DATA;
  var nw = map.latLngToContainerPoint([b[3], b[0]]), se = map.latLngToContainerPoint([b[1], b[2]]);
  var rect = map.getContainer().getBoundingClientRect();
  var boxes = [];
  document.querySelectorAll('.nsa-control, .nsa-slider, .leaflet-control-layers').forEach(
    function (el) {
      var r = el.getBoundingClientRect();
      if (r.width && r.height) {
        boxes.push({name: el.className + ' ' + (el.textContent || '').slice(0, 30),
                    left: r.left - rect.left, top: r.top - rect.top,
                    right: r.right - rect.left, bottom: r.bottom - rect.top});
      }
    });
  var said = document.querySelector('details.nsa-said');
  var view = map.getBounds();
  document.body.setAttribute('data-probe', JSON.stringify({
    data: {left: nw.x, top: nw.y, right: se.x, bottom: se.y},
    size: [rect.width, rect.height], boxes: boxes, said_open: said ? said.open : null,
    popups: document.querySelectorAll('.leaflet-popup').length,
    view: [view.getWest(), view.getSouth(), view.getEast(), view.getNorth()]}));
}, 1500); });
</script>
"""


@pytest.fixture(scope="module")
def moscow_page(tmp_path_factory) -> Path:
    from geodata.atlas import load_atlas
    from geodata.basemap import load_basemap

    out = tmp_path_factory.mktemp("web") / "moscow.html"
    export_web_map(out, ViewState(selected_event=MOSCOW), load_atlas(), load_basemap(), "NE")
    html = out.read_text(encoding="utf-8")
    map_name = re.search(r"var (map_[0-9a-f]+) = L\.map\(", html).group(1)
    probe = PROBE.replace("MAP", map_name).replace("DATA", json.dumps(list(DEFAULT_EXTENT)))
    out.write_text(html.replace("</body>", probe + "</body>"), encoding="utf-8")
    return out


def probe(tmp_path: Path, page: Path, size: str) -> dict:
    dom = run_chromium(tmp_path, page, "--dump-dom", f"--window-size={size}").stdout
    match = re.search(r'data-probe="([^"]*)"', dom)
    assert match, "the page did not settle (no probe)"
    from html import unescape

    return json.loads(unescape(match.group(1)))


def _overlap(a: dict, b: dict) -> float:
    w = min(a["right"], b["right"]) - max(a["left"], b["left"])
    h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return max(w, 0) * max(h, 0)


@pytest.mark.parametrize("size", ["1024,700", "1400,900", "1920,1080", "390,844"])
def test_no_box_covers_the_data(tmp_path, moscow_page, size):
    seen = probe(tmp_path, moscow_page, size)
    data = seen["data"]
    width, height = seen["size"]
    # The data is framed: inside the window and not a postage stamp in it.
    assert data["left"] >= -1 and data["top"] >= -1
    assert data["right"] <= width + 1 and data["bottom"] <= height + 1
    assert (data["right"] - data["left"]) >= 0.4 * width
    for box in seen["boxes"]:
        assert _overlap(box, data) == 0, f"{box['name']!r} covers the data at {size}"
    # The off-map meeting's popup does not drag the map to Moscow.
    assert seen["popups"] == 0
    if width >= 1000:  # room beside the data: the statements are open
        assert seen["said_open"] is True


def test_the_frame_stays_on_the_base_map(tmp_path, moscow_page):
    seen = probe(tmp_path, moscow_page, "1920,1080")
    west, south, east, north = seen["view"]
    c_west, c_south, c_east, c_north = CONTEXT_BOUNDS
    assert west >= c_west - 0.01 and east <= c_east + 0.01
    assert south >= c_south - 0.01 and north <= c_north + 0.01


def test_zone_names_hide_only_the_towns_their_text_covers(tmp_path, moscow_page):
    """A zone label's box is as wide as its name, not its 120 px icon: Aleppo, beside the
    short "HTS" and "SNA", stays on the map."""
    dom = run_chromium(tmp_path, moscow_page, "--dump-dom", "--window-size=1400,900").stdout
    aleppo = re.search(
        r'<div class="leaflet-marker-icon nsa-town[^"]*"[^>]*style="([^"]*)"'
        r'[^>]*>(?:(?!</div>).)*?<span class="nsa-label">Aleppo<',
        dom,
    )
    assert aleppo, "Aleppo's label is not on the page"
    assert "visibility: hidden" not in aleppo.group(1)
