"""Exports of the control history: the "changes between D1 and D2" snapshot, and the web
map's date slider over the derived territory (checked in a real browser when one is here)."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from control_fixture import make_control_dir

from desktop.app import main
from geodata import io


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return make_control_dir(tmp_path_factory.mktemp("control-export"))


@pytest.fixture
def with_data(data_dir, monkeypatch):
    monkeypatch.setattr(io, "default_data_dir", lambda: data_dir)
    return data_dir


def test_changes_snapshot_names_the_period_and_the_gainers(qapp, tmp_path, with_data, capsys):
    out = tmp_path / "changes.png"
    code = main(
        ["export", "snapshot", "--out", str(out), "--dpi", "72", "--date", "2020-03-04",
         "--compare-from", "2020-02-01", "--extent", "36.0,35.3,37.6,36.6"]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    manifest = json.loads((tmp_path / "changes.png.manifest.json").read_text())
    assert manifest["view"]["compare_from"] == "2020-02-01"
    assert "--compare-from" in manifest["command"]
    assert ["government", "Syrian government (Assad)"] in manifest["shown"]["gainers"]


def test_compare_outside_the_records_is_refused(qapp, tmp_path, with_data, capsys):
    code = main(
        ["export", "snapshot", "--out", str(tmp_path / "x.png"), "--date", "2020-03-04",
         "--compare-from", "2010-01-01"]
    )  # fmt: skip
    assert code == 1
    assert "do not cover 2010-01-01" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_web_map_has_a_date_slider_over_the_periods(tmp_path, data_dir):
    from geodata.atlas import load_atlas
    from geodata.basemap import load_basemap
    from geodata.model import ViewState
    from geodata.web_export import build_web_map
    from geodata.web_export.timeline import frame_days

    atlas = load_atlas(data_dir)
    day = date(2020, 3, 4)
    days = frame_days(atlas, day)
    assert date(2020, 2, 8) in days and date(2020, 2, 27) in days  # Saraqib changes hands
    page = build_web_map(atlas, ViewState(as_of=day), load_basemap(), "test")
    labels = re.findall(r'\{label: "([^"]+)", layer: feature_group_\w+\}', page)
    assert len(labels) == len(days)
    # the legend's heading for each frame (one display date: geodata.legend.day_text)
    assert "Control as of 8 Feb 2020" in labels and "Control as of 4 Mar 2020" in labels


def test_chromium_shows_the_slider_control(tmp_path, data_dir):
    from test_export_html import run_chromium  # skips where Chromium is missing (not in CI)

    from geodata.atlas import load_atlas
    from geodata.basemap import load_basemap
    from geodata.model import ViewState
    from geodata.web_export import build_web_map

    page = tmp_path / "slider.html"
    atlas = load_atlas(data_dir)
    page.write_text(build_web_map(atlas, ViewState(as_of=date(2020, 3, 4)), load_basemap(), "t"))
    dom = run_chromium(tmp_path, page, "--dump-dom").stdout
    assert 'class="nsa-control nsa-slider' in dom
    assert "Control as of 4 Mar 2020" in dom
    assert re.search(r'<input[^>]*type="range"', dom)
