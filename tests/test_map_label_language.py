"""Map labels in the label language, with the original script beside them on request: on
screen and in PNG/SVG/PDF exports (Arabic drawn as shaped glyphs, not boxes)."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from window_fixture import bundled_data  # noqa: E402

from desktop.render.context import RenderContext  # noqa: E402
from desktop.render.country_labels import CountryLabelsLayer, country_name  # noqa: E402
from desktop.render.labels import PlaceLabelsLayer  # noqa: E402
from desktop.render.transform import MapTransform  # noqa: E402
from geodata.model import ViewState  # noqa: E402

# Al-Hasakah governorate's north: Qamishli, Amuda, al-Hasakah, Ras al-Ain; Nusaybin, Mardin.
NORTH_EAST = (39.5, 36.3, 41.6, 37.2)


def drawn(lang: str, both_scripts: bool, extent=NORTH_EAST) -> dict[str, tuple[str, str]]:
    """{English label: (main line, second line)} of the towns labelled in ``extent``."""
    basemap, atlas, _ = bundled_data()
    hidden = frozenset() if both_scripts else frozenset({"second_script"})
    view = ViewState(extent=extent, hidden_layers=hidden)
    transform = MapTransform.fit(extent, 1400, 900)
    ctx = RenderContext(view=view, basemap=basemap, atlas=atlas, label_language=lang)
    image = QImage(1400, 900, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    layer = PlaceLabelsLayer()
    painter = QPainter(image)
    layer.paint(painter, transform, ctx)
    painter.end()
    return dict(zip(layer.last_placed, layer.last_drawn, strict=True))


def test_town_labels_take_the_gazetteer_names_of_the_language(qapp):
    qamishli = bundled_data()[1].localities["qamishli"]
    assert drawn("tr", False)["Qamishli"] == (qamishli.name_tr, "")
    assert drawn("ku", False)["Qamishli"] == (qamishli.name_ku, "")
    assert drawn("ar", False)["Qamishli"] == (qamishli.name_ar, "")
    assert drawn("en", False)["Qamishli"] == ("Qamishli", "")


def test_a_town_without_a_name_in_the_language_keeps_its_english_label(qapp):
    labels = drawn("tr", False)
    untranslated = [main for english, (main, _) in labels.items() if main == english]
    assert untranslated, "every town has a Turkish name? then pick another area"


def test_both_scripts_puts_the_original_beside_the_name(qapp):
    qamishli = bundled_data()[1].localities["qamishli"]
    assert drawn("en", True)["Qamishli"] == ("Qamishli", qamishli.name_ar)
    assert drawn("tr", True)["Qamishli"] == (qamishli.name_tr, qamishli.name_ar)
    assert drawn("ar", True)["Qamishli"] == (qamishli.name_ar, "Qamishli")
    # A Turkish town's own name is already in its original script: no Arabic under it.
    assert drawn("en", True)["Mardin"] == ("Mardin", "")
    assert drawn("ar", True)["Mardin"][1] == "Mardin"  # its Arabic name over the original


def test_neighbour_countries_are_named_in_the_interface_language(language):
    turkey = {"name": "Turkey", "name_ar": "تركيا"}
    language("tr")
    assert country_name(turkey, "tr") == "Türkiye"
    language("ku")
    assert country_name(turkey, "ku") == "Tirkiye"
    language("en")
    assert country_name(turkey, "en") == "Turkey"
    assert country_name(turkey, "ar") == "تركيا"  # the base map's Arabic


def test_turkish_capitals_keep_the_dotted_i(language):
    from PySide6.QtCore import QBuffer
    from PySide6.QtSvg import QSvgGenerator

    language("tr")
    basemap, atlas, _ = bundled_data()
    transform = MapTransform.fit((35.5, 36.0, 41.0, 38.2), 1400, 900)
    ctx = RenderContext(view=ViewState(), basemap=basemap, atlas=atlas, vector_text=True)
    buffer = QBuffer()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QImage(1400, 900, QImage.Format.Format_ARGB32).size())
    painter = QPainter(generator)
    CountryLabelsLayer().paint(painter, transform, ctx)
    painter.end()
    svg = bytes(buffer.data()).decode("utf-8")
    assert "TÜRKİYE" in svg and "TÜRKIYE" not in svg


def test_svg_marks_right_to_left_runs_for_browsers():
    from desktop.export.svg_bidi import mark_rtl_runs

    svg = (
        '<text x="10" y="5" font-family="DejaVu Sans">قسد: </text>'
        '<text x="40" y="5">442 km</text>'
        '<text x="2" y="5">)</text>'
    )
    marked = mark_rtl_runs(svg, rtl_page=True)
    assert marked.count('direction="rtl" text-anchor="end"') == 2  # the Arabic and the ")"
    assert '<text x="40" y="5">442 km</text>' in marked
    assert mark_rtl_runs(svg, rtl_page=False).count('direction="rtl"') == 1


def test_arabic_export_with_both_scripts_has_both_names_as_text(language, tmp_path):
    from desktop.app import main

    qamishli = bundled_data()[1].localities["qamishli"]
    out = tmp_path / "north-east.svg"
    extent = ",".join(str(v) for v in NORTH_EAST)
    args = ["export", "snapshot", "--out", str(out), "--lang", "ar", "--both-scripts"]
    assert main([*args, "--extent", extent, "--size", "1400x900"]) == 0
    svg = out.read_text("utf-8")
    assert qamishli.name_ar in svg and ">Qamishli<" in svg
    for run in re.findall(r"<text\b[^>]*>[^<]*[\u0600-\u06ff][^<]*</text>", svg):
        assert 'direction="rtl"' in run, run


def test_turkish_and_kurdish_readers_get_the_sourced_names(qapp):
    """control/names-tr-ku.csv: names read in Turkish and Kurdish publications label the map."""
    assert drawn("tr", False)["Ras al-Ain"] == ("Resulayn", "")
    assert drawn("ku", False)["Ras al-Ain"] == ("Serê Kaniyê", "")
    euphrates = (37.8, 35.6, 39.8, 36.95)
    assert drawn("tr", False, euphrates)["Raqqa"] == ("Rakka", "")
    assert drawn("ku", False, euphrates)["Kobani"] == ("Kobanê", "")


def test_a_town_abroad_takes_no_name_of_the_syrian_town_opposite(qapp):
    """Ceylanpınar's GeoNames alternates include Resulayn, Turkish press's name for Ras
    al-Ain 2 km away: its label stays Ceylanpınar in every language."""
    basemap, atlas, _ = bundled_data()
    extent = (39.6, 36.6, 40.5, 37.0)
    ctx = RenderContext(view=ViewState(extent=extent), basemap=basemap, atlas=atlas)
    layer = PlaceLabelsLayer()
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    layer.paint(painter, MapTransform.fit(extent, 400, 300), ctx)
    painter.end()
    index = next(i for i, label in enumerate(layer._labels) if label.text == "Ceylanpınar")
    for lang in ("tr", "ku", "en"):
        assert layer._names_of(index).texts(lang)[0] == "Ceylanpınar", lang
