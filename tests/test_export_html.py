"""The web-map export: one self-contained file, data text escaped, and it really works offline in
headless Chromium (zones drawn, hostile text shown literally, nothing injected runs)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_export_fixtures import (
    AS_OF,
    GAP_DAY,
    GAP_NOTICE,
    HOSTILE,
    PWN,
    UNSETTLED_NAME,
    fixture_atlas,
    fixture_basemap,
    gap_atlas,
    unsettled_atlas,
)

from desktop.app import main
from desktop.export.manifest import manifest_path
from desktop.export.web import export_web_map
from geodata.model import ViewState
from geodata.web_export import build_web_map, safe_url
from geodata.web_export.texts import M4_ROUTE_LABEL, UNKNOWN_COLOUR, esc

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-proxy-server",
    # The network is off: every host resolves nowhere, so a page that needs a CDN stays blank.
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs it)")
        pytest.skip("chromium is not installed here (apt-get install chromium); CI runs this test")
    return path


def run_chromium(tmp_path: Path, page: Path, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    command = [
        chromium(),
        *CHROMIUM_FLAGS,
        f"--user-data-dir={profile}",
        "--virtual-time-budget=5000",
        "--window-size=1200,800",
        *extra,
        page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory) -> Path:
    """The fixture atlas exported with its hostile event selected (its statements panel open)."""
    folder = tmp_path_factory.mktemp("web")
    out = folder / "map.html"
    view = ViewState(as_of=AS_OF, selected_event="hostile")
    export_web_map(out, view, fixture_atlas(), fixture_basemap(), "Natural Earth", "Test <map>")
    return out


def test_web_map_is_one_self_contained_file(hostile_page):
    html = hostile_page.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+stylesheet", html)
    assert "L.map(" in html and "MarkerClusterGroup" in html  # Leaflet and the plugin inlined
    for cdn in ("cdn.jsdelivr.net", "code.jquery.com", "cdnjs.cloudflare.com", "bootstrapcdn"):
        assert cdn not in html
    manifest = json.loads(manifest_path(hostile_page).read_text())
    assert manifest["kind"] == "html" and manifest["view"]["selected_event"] == "hostile"
    assert manifest["bytes"] == hostile_page.stat().st_size


def test_every_data_text_is_escaped(hostile_page):
    html = hostile_page.read_text(encoding="utf-8")
    assert HOSTILE not in html and PWN not in html
    assert "<script>alert" not in html
    assert 'href="javascript:' not in html and "href=\\u0022javascript" not in html
    assert "<title>Test &lt;map&gt; — as of 25 April 2023</title>" in html


def test_only_web_links_are_linked():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,<b>x</b>") is None
    assert safe_url("") is None


def test_chromium_offline_shows_zones_and_hostile_text_literally(tmp_path, hostile_page):
    result = run_chromium(tmp_path, hostile_page, "--dump-dom")
    dom = result.stdout
    assert "leaflet-container" in dom, result.stderr[-2000:]
    # Leaflet drew the zones (and corridor, lines) as SVG paths.
    assert len(re.findall(r'<path[^>]*class="leaflet-interactive"', dom)) >= 3
    # The selected event's statements panel shows the hostile text as text...
    assert "Quoted &lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert "Paraphrased &lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert "paraphrase</span>" in dom and "quote</span>" in dom
    # ...and nothing it carried became an element or ran.
    assert "<script>alert(1)</script>" not in dom
    assert "Summary &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=" in dom
    assert not re.search(r"<body[^>]*data-pwned", dom)
    # The title box and legend are there, with the as-of date.
    assert "As of <b>25 April 2023</b>" in dom
    assert "Hay'at Tahrir al-Sham (HTS)" in dom or "Hay&#x27;at Tahrir al-Sham (HTS)" in dom
    assert M4_ROUTE_LABEL in dom and "No control-zone data" not in dom
    # The layer control starts folded to its button: open, it covered the north-east.
    assert "leaflet-control-layers-toggle" in dom
    assert re.search(r'class="[^"]*leaflet-control-layers[ "]', dom)
    assert not re.search(r'class="[^"]*leaflet-control-layers-expanded', dom)
    # Towns carry their plain map label, as on the desktop map, not the GeoNames spelling.
    assert '<span class="nsa-label">Hamah</span>' in dom and "Ḩamāh" not in dom


def test_chromium_screenshot_shows_zone_colours(tmp_path, hostile_page):
    from PySide6.QtGui import QImage

    shot = tmp_path / "shot.png"
    result = run_chromium(tmp_path, hostile_page, f"--screenshot={shot}")
    assert shot.is_file(), result.stderr[-2000:]
    image = QImage(str(shot))
    assert image.width() > 0

    def count(rgb: tuple[int, int, int]) -> int:
        hits = 0
        for y in range(0, image.height(), 4):
            for x in range(0, image.width(), 4):
                c = image.pixelColor(x, y)
                if all(
                    abs(a - b) <= 14
                    for a, b in zip((c.red(), c.green(), c.blue()), rgb, strict=True)
                ):
                    hits += 1
        return hits

    opacity = 105 / 255
    land = (251, 248, 239)

    def over_land(hex_colour: str) -> tuple[int, int, int]:
        fill = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        return tuple(
            round(f * opacity + g * (1 - opacity)) for f, g in zip(fill, land, strict=True)
        )

    assert count(over_land("#009E73")) > 50  # HTS green over Syria's land colour
    assert count(over_land("#D55E00")) > 50  # government


def test_command_line_html_export_of_the_bundled_data(tmp_path, capsys):
    out = tmp_path / "atlas.html"
    assert main(["export", "html", "--out", str(out), "--title", "Atlas"]) == 0
    assert "self-contained" in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    assert "Atlas" in html and "As of <b>25 April 2023</b>" in json.loads(
        '"' + re.search(r'div\.innerHTML = "((?:[^"\\]|\\.)*)"', html).group(1) + '"'
    )
    assert manifest_path(out).is_file()


def test_command_line_html_errors_are_one_line(tmp_path, capsys):
    assert main(["export", "html", "--out", str(tmp_path / "map.png")]) == 2
    err = capsys.readouterr().err
    assert "an .html file" in err and err.count("\n") == 1


def test_build_web_map_without_a_base_map_still_works():
    html = build_web_map(fixture_atlas(), ViewState(), None, "", None)
    assert "Northern Syria: areas of control" in html


def test_a_date_without_control_data_says_so_in_the_page(tmp_path):
    out = tmp_path / "gap.html"
    export_web_map(out, ViewState(as_of=GAP_DAY), gap_atlas(), fixture_basemap(), "")
    manifest = json.loads(manifest_path(out).read_text())
    assert manifest["control_data"] is False
    assert manifest["nearest_control_dates"] == {"before": "2019-12-18", "after": "2020-03-06"}
    dom = run_chromium(tmp_path, out, "--dump-dom").stdout
    assert "<h1>Northern Syria: no control-zone data</h1>" in dom
    assert GAP_NOTICE in dom and "areas of control" not in dom.lower()
    assert "No control-zone data for this date" in dom  # the legend's note
    assert not re.findall(r'<path[^>]*class="leaflet-interactive"[^>]*fill="#009E73"', dom)


def test_a_date_with_control_data_is_recorded_in_the_manifest(hostile_page):
    manifest = json.loads(manifest_path(hostile_page).read_text())
    assert manifest["control_data"] is True and "nearest_control_dates" not in manifest


def test_an_unsettled_controller_is_named_and_grey():
    html = build_web_map(unsettled_atlas(), ViewState(as_of=AS_OF), fixture_basemap())
    # In the legend (a JSON string in the page) and the zone's popup and tooltip.
    assert html.count(esc(UNSETTLED_NAME)) >= 3
    assert f'"fillColor": "{UNKNOWN_COLOUR}"' in html  # grey, like any party without a colour
    assert f'"fillColor": "{UNKNOWN_COLOUR}"' not in build_web_map(
        fixture_atlas(), ViewState(as_of=AS_OF), fixture_basemap()
    )


def test_web_map_has_a_sources_panel_with_grades(tmp_path):
    """Every source of what the page shows, in full, behind a "Sources" toggle."""
    from geodata.atlas import load_atlas

    html = build_web_map(load_atlas(), ViewState(), None, "", None)
    panels = [
        json.loads('"' + m + '"') for m in re.findall(r'div\.innerHTML = "((?:[^"\\]|\\.)*)"', html)
    ]
    panel = next(p for p in panels if "nsa-sources" in p)
    assert "<summary>Sources (" in panel and "The National (Abu Dhabi)" in panel
    assert "[B2 · newspaper]" in panel and "Sources: " in panel
