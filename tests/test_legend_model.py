"""The one legend/label model (geodata.legend), Qt-free: party names on a day in a language,
display dates, the legend's entries, and the web map in the chosen language."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from functools import cache

import pytest

from geodata.legend import Language, day_text, legend_entries, party_name, what_is_shown
from geodata.legend.language import catalogue
from geodata.model import ViewState


@cache
def atlas():
    from geodata.atlas import load_atlas

    return load_atlas()


def test_a_party_is_named_as_it_was_on_the_day_in_each_language():
    caretaker, sworn_in = date(2025, 1, 10), date(2025, 4, 1)
    assert party_name(atlas(), "transitional_government", caretaker) == (
        "Syrian caretaker government"
    )
    assert party_name(atlas(), "transitional_government", sworn_in) == (
        "Syrian transitional government"
    )
    arabic = {
        party_name(atlas(), "transitional_government", d, "ar") for d in (caretaker, sworn_in)
    }
    assert len(arabic) == 2 and all(re.search("[\u0600-\u06ff]", n) for n in arabic)
    # Assad's government before 8 Dec 2024, in Turkish, keeps the dated distinction.
    assert party_name(atlas(), "government", date(2023, 4, 25), "tr") != party_name(
        atlas(), "government", None, "tr"
    )
    # A name not recorded in a language shows in English, never a guess.
    assert party_name(atlas(), "no_such_party", None, "ar") == "no_such_party"


def test_display_dates_have_one_form_per_language():
    day = date(2023, 4, 25)
    assert day_text(day) == "25 Apr 2023"
    assert day_text(day, short=False) == "25 April 2023"
    assert day_text(day, "ar") == "25 نيسان 2023"  # Levantine month names, Western digits
    assert day_text(day, "tr") == "25 Nis 2023"
    assert day_text(day, "ku") == "25 nîsan 2023"
    assert day_text(None, "ar") == ""


def test_month_names_are_the_ones_qt_uses_in_the_window():
    qtcore = pytest.importorskip("PySide6.QtCore")
    fmt = qtcore.QLocale.FormatType
    for lang, locale in (("ar", "ar_SY"), ("tr", "tr_TR"), ("ku", "ku_TR")):
        for month in range(1, 13):
            long_name = qtcore.QLocale(locale).monthName(month, fmt.LongFormat)
            assert day_text(date(2023, month, 1), lang, short=False) == f"1 {long_name} 2023"


def test_the_catalogue_reader_gives_the_finished_translations_of_the_ts_files():
    table = catalogue("ar")
    assert table[("Legend", "Control as of {date}")] == "السيطرة حتى {date}"
    assert Language("ar").translate("Legend", "M4 motorway") != "M4 motorway"
    assert Language("en").translate("Legend", "M4 motorway") == "M4 motorway"
    assert Language("ar").translate("NoSuchContext", "Left in English") == "Left in English"


def test_legend_lists_each_controller_once_with_its_colour_then_lines_and_events():
    shown = what_is_shown(atlas(), ViewState(as_of=date(2023, 4, 25)))
    entries = legend_entries(atlas(), shown)
    zones = [e for e in entries if e.kind == "zone"]
    assert [e.key for e in zones] == list(dict.fromkeys(e.key for e in zones))
    assert {"government", "sdf", "sna", "hts"} <= {e.key for e in zones}
    assert all(re.fullmatch(r"#[0-9a-fA-F]{6}", e.colour) for e in zones)
    kinds = [e.kind for e in entries]
    assert kinds.index("zone") < kinds.index("m4") < kinds.index("event")
    hidden = what_is_shown(atlas(), ViewState(hidden_layers=frozenset({"zones", "events"})))
    assert not {"zone", "event"} & {e.kind for e in legend_entries(atlas(), hidden)}


def test_the_legend_says_contested_only_when_a_drawn_zone_disputes_a_holder():
    """A "no data" zone is hatched too, but names no holder to dispute: on a day whose only
    hatched zones are gaps the legend explains "No data" and does not list "Contested"."""
    for day in (date(2023, 4, 25), date(2020, 3, 1)):
        zones = atlas().zones_at(day)
        kinds = {
            e.kind for e in legend_entries(atlas(), what_is_shown(atlas(), ViewState(as_of=day)))
        }
        assert ("no_data" in kinds) == any(z.no_data for z in zones)
        assert ("contested" in kinds) == any(z.disputed for z in zones), day
    assert not any(z.disputed for z in atlas().zones_at(date(2023, 4, 25)))
    assert any(z.disputed for z in atlas().zones_at(date(2020, 3, 1)))


# --- the web map in the chosen language ---------------------------------------------------------
def _controls(page: str) -> str:
    """The HTML of the page's boxes (title, legend, sources) and popups, as the browser gets
    it: folium writes each as a JSON string in the script."""
    pattern = r'(?:innerHTML = |addAttribution\(\s*|bindPopup\()("(?:[^"\\]|\\.)*")'
    strings = re.findall(pattern, page)
    return "\n".join(json.loads(s) for s in strings)


def _legend_of(page: str) -> tuple[str, list[str]]:
    """The legend element's opening tag and its rows' texts, in order."""
    boxes = _controls(page)
    found = re.search(r"(<details class='nsa-box nsa-legend'[^>]*>)(.*?)</details>", boxes, re.S)
    assert found, "no legend in the page"
    rows = re.findall(r"<(?:p|div) class='nsa-(?:h|row|note)'[^>]*>(.*?)</(?:p|div)>", found[2])
    texts = [html.unescape(re.sub(r"<[^>]+>", "", row)).strip() for row in rows]
    return found[1], texts


@pytest.fixture(scope="module")
def arabic_page() -> str:
    pytest.importorskip("folium")
    from geodata.basemap import load_basemap
    from geodata.web_export import build_web_map

    return build_web_map(atlas(), ViewState(), load_basemap(), "test", language="ar")


def test_arabic_web_map_has_a_translated_right_to_left_legend(arabic_page):
    tag, rows = _legend_of(arabic_page)
    assert "dir='rtl'" in tag
    assert "<summary>مفتاح الخريطة</summary>" in _controls(arabic_page)
    assert "السيطرة حتى 25 نيسان 2023" in rows  # the heading, with the Arabic date
    assert "قوات سوريا الديمقراطية (قسد)" in rows  # party names in Arabic
    assert not any("Control as of" in r or "Events to this date" in r for r in rows)
    # Exactly the model's entries, in its order.
    expected = legend_entries(atlas(), what_is_shown(atlas(), ViewState()), Language("ar"))
    assert rows == [e.label for e in expected]


def test_arabic_web_map_declares_its_language_and_an_arabic_font(arabic_page):
    assert '<html lang="ar">' in arabic_page
    assert "font-family:'Noto Sans Arabic'" in arabic_page and "@font-face" in arabic_page
    boxes = _controls(arabic_page)
    assert "حتى <b>25 نيسان 2023</b>" in boxes  # the title box's date
    assert "الخريطة الأساسية: test" in boxes  # the attribution line
    assert "<div class='nsa-pop' dir='rtl'>" in boxes  # popups read right to left
    assert "<th>الدقة</th>" in boxes and "<th>Accuracy</th>" not in boxes  # field labels
    assert "المصادر: " in boxes and "Sources: " not in boxes  # the Sources panel's credit line


def test_english_web_map_stays_english_and_left_to_right():
    pytest.importorskip("folium")
    from geodata.web_export import build_web_map

    page = build_web_map(atlas(), ViewState(), None, "", None)
    tag, rows = _legend_of(page)
    assert "dir=" not in tag and '<html lang="en">' in page
    assert "Control as of 25 Apr 2023" in rows and "@font-face" not in page


def test_derived_zone_titles_are_put_together_in_the_language():
    """ "Syrian transitional government – Aleppo" reads in Arabic with the party's Arabic name
    and the place's gazetteer name; English titles and snapshot zones' own names stay."""
    from datetime import date

    from geodata.atlas import load_atlas
    from geodata.legend.parties import party_name, zone_title

    atlas = load_atlas()
    by_name = {loc.name: loc for loc in atlas.localities.values()}
    zones = atlas.zones_at(date(2025, 6, 1))
    checked = 0
    for zone in zones:
        assert zone_title(atlas, zone, "en") == zone.name
        english = atlas.parties[zone.controller].name_on(zone.valid_from)
        place = zone.name.removeprefix(f"{english} – ")
        if place == zone.name or place not in by_name or not by_name[place].name_ar:
            continue
        expected = f"{party_name(atlas, zone.controller, zone.valid_from, 'ar')} – "
        assert zone_title(atlas, zone, "ar") == expected + by_name[place].name_ar
        checked += 1
    assert checked  # the day has derived zones named after a place with an Arabic name
