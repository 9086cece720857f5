"""The Arabic web map on a phone (a 390 x 844 frame in headless Chromium): an English title or quote
gets lines of its own instead of wrapping around the Arabic label, the Sources line lists Latin
names in right-to-left order with Arabic commas, and a zone's name never lies over a town's
name, an event marker or a cluster."""

from __future__ import annotations

import json
import re
from functools import cache
from html import unescape

import pytest
from test_export_html import run_chromium

from geodata.legend import Language
from geodata.model import Source, ViewState
from geodata.sources.credits import credit_line
from geodata.web_export.legend import selection_line
from geodata.web_export.style import language_css

MOSCOW = "2023-04-25-moscow-defence-ministers"
FSI, PDI = "\u2068", "\u2069"

# Run in the page once its fonts are in and the declutterer has run: the shown labels' text
# boxes and the markers' boxes, written into the page for --dump-dom to carry out.
MEASURE = """<script>
window.addEventListener('load',function(){document.fonts.ready.then(function(){
 setTimeout(function(){
  function text(el){var r=document.createRange();
   r.selectNodeContents(el.querySelector('.nsa-label,.nsa-zone-text')||el);
   var b=r.getBoundingClientRect();return [b.left,b.top,b.right,b.bottom];}
  function shown(sel){return Array.from(document.querySelectorAll(sel)).filter(function(el){
   return el.style.visibility!=='hidden';});}
  var out={zones:shown('.nsa-zone-label').map(text),towns:shown('.nsa-town').map(text),
   marks:shown('.nsa-marker,.marker-cluster').map(function(el){
    var b=el.getBoundingClientRect();return [b.left,b.top,b.right,b.bottom];})};
  var title=document.querySelector('.leaflet-top.leaflet-left .nsa-box').getBoundingClientRect();
  var layers=document.querySelector('.leaflet-top.leaflet-right .leaflet-control-layers')
   .getBoundingClientRect();
  out.title=[title.left,title.top,title.right,title.bottom];
  out.layers=[layers.left,layers.top,layers.right,layers.bottom];
  var box=document.querySelector('.nsa-box .nsa-name');
  if(box){var label=box.parentNode.getBoundingClientRect(),name=box.getBoundingClientRect();
   out.name_top=name.top;out.line_top=label.top;}
  parent.postMessage(JSON.stringify(out),'*');},500);});});
</script></body>"""
# Headless Chromium lays a window out at least 500 px wide: the page runs in a phone-sized
# frame, and its measurements come out to the frame's parent for --dump-dom.
PHONE = """<!DOCTYPE html><html><body style="margin:0">
<iframe src="ar.html" width="390" height="844" style="border:0"></iframe>
<script>window.addEventListener('message',function(e){var p=document.createElement('pre');
p.id='measured';p.textContent=e.data;document.body.appendChild(p);});</script>
</body></html>"""


@pytest.fixture(scope="module")
def phone(tmp_path_factory) -> dict:

    folder = tmp_path_factory.mktemp("phone")
    (folder / "ar.html").write_text(_arabic_page().replace("</body>", MEASURE), "utf-8")
    measured = folder / "phone.html"
    measured.write_text(PHONE, "utf-8")
    dom = run_chromium(folder, measured, "--allow-file-access-from-files", "--dump-dom").stdout
    found = re.search(r'<pre id="measured">([^<]*)</pre>', dom)
    assert found, "the page did not finish loading in Chromium"
    return json.loads(unescape(found.group(1)))


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_no_zone_name_lies_over_a_town_name_or_a_marker_on_a_phone(phone):
    assert phone["zones"] and phone["towns"], "labels shown at all"
    for zone in phone["zones"]:
        for other in phone["towns"] + phone["marks"]:
            assert not _overlap(zone, other), (zone, other)


def test_the_selected_events_english_title_has_a_line_of_its_own(phone):
    """Under the Arabic "Selected:" label, not wrapped around it."""
    assert phone["name_top"] > phone["line_top"] + 5


def test_a_name_in_a_label_is_isolated_and_escaped():
    from geodata.atlas import load_atlas

    html = selection_line(load_atlas(), ViewState(selected_event=MOSCOW), Language("ar"))
    assert "<span class='nsa-name' dir='auto'>Moscow quadrilateral" in html
    css = language_css(Language("ar"))
    assert "[dir=rtl] .nsa-name" in css and "display:block" in css
    assert language_css(Language("en")) == ""


def _source(publisher: str) -> Source:
    return Source(id=publisher.lower(), publisher=publisher, title="t", url="https://x.example")


def test_the_sources_line_keeps_latin_names_in_right_to_left_order():
    sources = [_source("The New York Times"), _source("Reuters"), _source("SANA")]
    arabic = Language("ar")
    line = credit_line(sources, translate=arabic.translate, isolate=arabic.isolate, separator="، ")
    assert f"{FSI}The New York Times{PDI}، {FSI}Reuters{PDI}، {FSI}SANA{PDI}" in line
    english = credit_line(sources)
    assert "The New York Times, Reuters, SANA" in english and FSI not in english


def test_the_arabic_page_uses_them():
    html = _arabic_page()
    assert "nsa-name" in html
    assert "\\u060c \\u2068" in html  # an Arabic comma, then an isolated name (in the JSON)


@cache
def _arabic_page() -> str:
    """The Arabic web map of the Moscow meeting, as ``export html --lang ar`` writes it."""
    from geodata.atlas import load_atlas
    from geodata.basemap import load_basemap
    from geodata.web_export import build_web_map

    view = ViewState(selected_event=MOSCOW)
    return build_web_map(
        load_atlas(), view, load_basemap(), "Natural Earth", "Map", language=Language("ar")
    )


def test_the_title_box_stops_short_of_the_layer_switcher(phone):
    assert not _overlap(phone["title"], phone["layers"]), (phone["title"], phone["layers"])
