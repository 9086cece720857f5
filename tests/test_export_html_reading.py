"""The web map reads well: zone names on the zones, no town label piled on another (checked in
headless Chromium), a legend that folds away, and the selected event's statements in a panel,
also for an event held off the map (the Moscow meeting)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_export_html import run_chromium

from desktop.export.web import export_web_map
from geodata.model import ViewState

MOSCOW = "2023-04-25-moscow-defence-ministers"


@pytest.fixture(scope="module")
def bundled():
    from geodata.atlas import load_atlas
    from geodata.basemap import load_basemap

    return load_atlas(), load_basemap()


@pytest.fixture(scope="module")
def moscow_page(tmp_path_factory, bundled) -> Path:
    atlas, basemap = bundled
    out = tmp_path_factory.mktemp("web") / "moscow.html"
    export_web_map(out, ViewState(selected_event=MOSCOW), atlas, basemap, "Natural Earth")
    return out


@pytest.fixture(scope="module")
def moscow_dom(tmp_path_factory, moscow_page) -> str:
    return run_chromium(tmp_path_factory.mktemp("chromium"), moscow_page, "--dump-dom").stdout


def test_the_selected_events_statements_are_on_the_page(moscow_dom, bundled):
    from html import unescape

    atlas, _ = bundled
    text = unescape(re.sub(r"<[^>]+>", " ", moscow_dom))
    assert "What each party said" in text and "(off the map)" in text
    said = [s for s in atlas.statements if s.event_id == MOSCOW]
    assert said
    for statement in said:
        assert atlas.parties[statement.party].name in text
        assert " ".join(statement.text.split()[:6]) in " ".join(text.split())


def test_zone_names_and_a_folding_legend(moscow_dom):
    # a <details> element: one click folds it off the data (closed at first on a small screen)
    assert re.search(r'<details class="nsa-box nsa-legend"[^>]*>\s*<summary>Legend', moscow_dom)
    labels = re.findall(r'class="nsa-zone-text"[^>]*>([^<]+)<', moscow_dom)
    assert {"HTS", "SDF", "SNA"} <= set(labels)


def test_no_visible_labels_overlap_in_chromium(moscow_dom):
    dom = moscow_dom
    assert "nsa-zone-label" in dom
    # The declutterer ran: some labels hid (the whole region has more towns than room).
    assert "visibility: hidden" in dom
    shown = []
    for match in re.finditer(
        r'class="leaflet-marker-icon (nsa-town|nsa-zone-label)[^"]*"[^>]*style="([^"]*)"', dom
    ):
        style = match.group(2)
        if "visibility: hidden" in style:
            continue
        x, y = (
            float(v) for v in re.search(r"translate3d\(([-\d.]+)px, ([-\d.]+)px", style).groups()
        )
        shown.append((match.group(1), x, y))
    # Two shown labels never share the same spot (a label is ~14 px tall).
    for i, (_, x1, y1) in enumerate(shown):
        for _, x2, y2 in shown[i + 1 :]:
            assert abs(x1 - x2) > 4 or abs(y1 - y2) > 10
