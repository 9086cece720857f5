"""A reader of the web map with the Sochi memorandum selected: the box that tells the selected
event says the demilitarised zone drawn on the map is the atlas's computation — named as the
legend names it ("..., computed"), when it was in force, and how it was drawn — in the page's
language, as the desktop panel does."""

from __future__ import annotations

from datetime import date

import pytest

from geodata.atlas import load_atlas
from geodata.legend import Language
from geodata.legend.entries import DMZ_LABEL
from geodata.model import ViewState
from geodata.web_export.labels import statements_panel

SOCHI = "2018-09-17-sochi-idlib-memorandum"
MOSCOW_2020 = "2020-03-05-moscow-additional-protocol"


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def _box(atlas, event: str, as_of: date, code: str = "en") -> str:
    return statements_panel(atlas, ViewState(as_of=as_of, selected_event=event), Language(code))


def test_the_sochi_box_says_the_zone_is_computed_and_when_it_held(atlas):
    box = _box(atlas, SOCHI, date(2018, 9, 17))
    assert "2018 demilitarised zone (Sochi), computed" in box
    assert "In force 17 Sep 2018 – 4 Mar 2020" in box and "not drawn" not in box
    assert "Computed, not surveyed" in box and "no map of them was published" in box


def test_on_a_day_the_zone_is_not_drawn_the_box_says_so(atlas):
    box = _box(atlas, SOCHI, date(2023, 4, 25))
    assert "In force 17 Sep 2018 – 4 Mar 2020: not drawn on 25 Apr 2023" in box


def test_the_2020_corridor_is_explained_with_the_moscow_protocol(atlas):
    box = _box(atlas, MOSCOW_2020, date(2020, 3, 6))
    assert "2020 security corridor" in box and "In force 5 Mar 2020 – 26 Nov 2024" in box
    assert "Computed, not surveyed" in box


@pytest.mark.parametrize("code", ["ar", "tr", "ku"])
def test_the_box_speaks_the_page_language(atlas, code):
    lang = Language(code)
    box = _box(atlas, SOCHI, date(2018, 9, 17), code)
    label = lang.translate("Legend", DMZ_LABEL)
    in_force = lang.translate("DetailHtml", "In force {span}").split("{span}")[0]
    assert label != DMZ_LABEL and in_force != "In force"
    assert label in box and in_force in box and "In force" not in box
    assert lang.day(date(2018, 9, 17)) in box


def test_an_event_without_an_agreed_zone_has_no_such_lines(atlas):
    box = _box(atlas, "2016-08-24-operation-euphrates-shield", date(2016, 8, 24))
    assert "computed" not in box.lower() and "In force" not in box


def test_the_arabic_page_shows_it_in_the_rendered_box(tmp_path, atlas):
    """Headless Chromium, the Arabic page of the Sochi memorandum: the box as the reader sees
    it (after the page's scripts ran) holds the Arabic label and dates."""
    import re

    from test_export_html import run_chromium

    from geodata.basemap import load_basemap
    from geodata.web_export import build_web_map

    arabic = Language("ar")
    view = ViewState(as_of=date(2018, 9, 17), selected_event=SOCHI)
    page = tmp_path / "sochi.html"
    page.write_text(
        build_web_map(atlas, view, load_basemap(), "Natural Earth", "Map", language=arabic),
        encoding="utf-8",
    )
    dom = run_chromium(tmp_path, page, "--dump-dom", "--window-size=1400,900").stdout
    box = re.search(r'<details class="nsa-box nsa-said".*?</details>', dom, re.S)
    assert box, "no event box on the page"
    assert arabic.translate("Legend", DMZ_LABEL) in box.group(0)
    assert "17 أيلول 2018 – 4 آذار 2020" in box.group(0)
