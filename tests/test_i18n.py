"""The interface in Arabic, Turkish and Kurmanji: every visible string translatable, every
catalogue complete and current, Arabic laid out right to left and drawn with real glyphs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from tooling import import_tool  # noqa: E402
from window_fixture import bundled_data, open_window  # noqa: E402

from desktop import i18n  # noqa: E402
from geodata.model import ViewState  # noqa: E402

translations = import_tool("tools.translations")
untranslated = import_tool("tools.untranslated")

ROOT = Path(__file__).resolve().parent.parent
_PLACEHOLDER = re.compile(r"\{[^}]*\}")
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    """The .qm files, compiled from the committed .ts as an install does."""
    translations.release(quiet=True)


# --- the catalogues ---------------------------------------------------------------------------
def test_every_user_visible_string_in_desktop_is_translatable():
    assert untranslated.scan() == []


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_catalogue_has_no_missing_or_unfinished_entries(lang):
    path = translations.ts_path(lang)
    assert translations.catalogue(path), f"{path.name} is empty"
    assert translations.problems(path) == []


@pytest.mark.skipif(not shutil.which("pyside6-lupdate"), reason="needs PySide6's lupdate")
def test_catalogues_hold_exactly_the_strings_lupdate_finds_in_desktop(tmp_path):
    """A string added, changed or removed in desktop/ without `tools.translations update`
    fails here: the catalogue would be missing it (shown in English) or carry a stale one."""
    fresh = translations.update(tmp_path, languages=("ar",), quiet=True)[0]
    expected = set(translations.catalogue(fresh))
    for lang in translations.LANGUAGES:
        assert set(translations.catalogue(translations.ts_path(lang))) == expected, lang


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_translations_keep_placeholders_and_markup(lang):
    """A translation that drops or renames {date} would raise at .format(); lost markup
    would show tags as text."""
    for (context, source), (text, _) in translations.catalogue(translations.ts_path(lang)).items():
        where = f"{lang} {context}: {source!r}"
        # a plural message: each of its forms (joined by " | ") keeps them
        for form in text.split(" | ") if "%n" in source else [text]:
            assert sorted(_PLACEHOLDER.findall(form)) == sorted(_PLACEHOLDER.findall(source)), where
            assert sorted(_TAG.findall(form)) == sorted(_TAG.findall(source)), where


def test_language_choice_order(qapp, monkeypatch):
    from PySide6.QtCore import QLocale, QSettings

    QSettings().remove(i18n.SETTINGS_KEY)
    assert i18n.system_language(QLocale("ar_SY")) == "ar"
    assert i18n.system_language(QLocale("tr_TR")) == "tr"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    monkeypatch.setattr(i18n, "system_language", lambda: "tr")
    assert i18n.choose_language(None) == "tr"  # nothing remembered: the system's
    i18n.remember_language("ku")
    assert i18n.choose_language(None) == "ku"  # remembered beats the system
    assert i18n.choose_language("ar") == "ar"  # the command line beats both
    assert i18n.choose_language(None, remembered=False) == "tr"
    QSettings().remove(i18n.SETTINGS_KEY)


def test_an_unknown_language_is_one_clear_error(capsys):
    from desktop.app import main

    assert main(["--lang", "fr", "--screenshot", "x.png"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "unknown language 'fr'" in err


def test_installing_a_language_loads_the_atlas_and_qt_catalogues(language):
    loaded = language("ar")
    assert "atlas_ar" in loaded and "qtbase_ar" in loaded
    loaded = language("ku")  # Qt has no Kurdish catalogue of its own: the atlas's is enough
    assert loaded == ["atlas_ku"]


def _x(widget, window) -> int:
    return widget.mapTo(window, widget.rect().topLeft()).x()


# --- the window -------------------------------------------------------------------------------
def test_arabic_window_is_right_to_left_and_translated(qtbot, language, tmp_path):
    language("ar")
    win = open_window(qtbot, started=True)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.windowTitle() == "أطلس شمال سوريا"
    # The menu bar reads from the right: File is the right-most menu, Help the left-most.
    bar = win.menuBar()
    actions = bar.actions()
    assert [a.text().replace("&", "") for a in actions][:2] == ["ملف", "عرض"]
    assert bar.actionGeometry(actions[0]).x() > bar.actionGeometry(actions[-1]).x()
    # The talks sit on the left, the map panel (legend, layers) on the right.
    talks_x = win.talks_dock.mapTo(win, win.talks_dock.rect().topLeft()).x()
    map_x = win.map_dock.mapTo(win, win.map_dock.rect().topLeft()).x()
    assert talks_x < win.canvas.mapTo(win, win.canvas.rect().topLeft()).x() < map_x
    # Party names on the map's legend are in Arabic; the statements' sources stay as written.
    from desktop.render.context import RenderContext
    from desktop.render.legend import legend_sections

    ctx = RenderContext(view=win.state.view, basemap={}, atlas=win.atlas)
    labels = [e.label for section in legend_sections(ctx) for e in section.entries]
    assert "قوات سوريا الديمقراطية (قسد)" in labels
    win.grab().save(str(tmp_path / "arabic.png"))
    assert (tmp_path / "arabic.png").stat().st_size > 10_000


def test_turkish_window_is_left_to_right_and_translated(qtbot, language):
    language("tr")
    win = open_window(qtbot, started=True)
    assert win.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert [a.text().replace("&", "") for a in win.menuBar().actions()] == [
        "Dosya",
        "Görünüm",
        "Git",
        "Yardım",
    ]
    talks_x = win.talks_dock.mapTo(win, win.talks_dock.rect().topLeft()).x()
    map_x = win.map_dock.mapTo(win, win.map_dock.rect().topLeft()).x()
    assert map_x < talks_x
    assert "25 Nis 2023" in win.date_control.reset_button.text()


def test_view_language_menu_switches_the_window_live(qtbot, language):
    language("en")
    win = open_window(qtbot, started=True)
    win.language_actions["ar"].trigger()
    assert i18n.current_language() == "ar"
    assert win.menuBar().actions()[0].text().replace("&", "") == "ملف"
    # The docks are mirrored with the direction (laid out once the events are processed).
    qtbot.waitUntil(lambda: _x(win.talks_dock, win) < _x(win.map_dock, win))
    win.language_actions["en"].trigger()
    assert win.menuBar().actions()[0].text().replace("&", "") == "File"
    assert win.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_both_scripts_switch_is_the_second_script_layer_and_remembered(qtbot, language):
    from PySide6.QtCore import QSettings

    language("en")
    QSettings().clear()
    win = open_window(qtbot, persist=True, active=True)
    assert not win.both_scripts_action.isChecked()  # off until asked for
    assert "second_script" in win.state.view.hidden_layers
    win.both_scripts_action.setChecked(True)
    assert "second_script" not in win.state.view.hidden_layers
    win.state.set_layer_visible("second_script", False)  # the layer list's tick
    assert not win.both_scripts_action.isChecked()
    win.both_scripts_action.setChecked(True)
    win.close()
    again = open_window(qtbot, persist=True, active=True)
    assert again.both_scripts_action.isChecked()
    assert "second_script" not in again.state.view.hidden_layers
    QSettings().clear()


# --- glyphs, not boxes ------------------------------------------------------------------------
def _rendered(text: str, font: QFont) -> QImage:
    image = QImage(400, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPointF(10, 40), text)
    painter.end()
    return image


@pytest.mark.parametrize("italic", [False, True])
@pytest.mark.parametrize("bold", [False, True])
def test_arabic_renders_as_glyphs_not_boxes_in_every_style_the_map_uses(qapp, italic, bold):
    """Missing glyphs draw as identical boxes: Arabic text must not look like a run of
    unassigned code points (private use) of the same length."""
    from desktop.render import style

    i18n.register_fonts()
    font = QFont(style.FONT_FAMILY)
    font.setPixelSize(20)
    font.setItalic(italic)
    font.setBold(bold)
    arabic = "الحدود تقريبية"
    tofu = "".join(chr(0xE000 + i) if c != " " else " " for i, c in enumerate(arabic))
    assert _rendered(arabic, font) != _rendered(tofu, font)


def test_export_in_arabic_has_arabic_title_legend_and_credits(qapp, language, tmp_path):
    from desktop.export.page import page_spec
    from desktop.export.snapshot import SnapshotRequest, export_snapshot

    language("ar")
    i18n.register_fonts()
    basemap, atlas, attribution = bundled_data()
    out = tmp_path / "map.svg"
    spec = page_spec("svg", dpi=None, paper=None, size=(1200, 800))
    export_snapshot(
        SnapshotRequest(out, ViewState(), spec, None, True, None), basemap, atlas, attribution
    )
    svg = out.read_text("utf-8")
    for text in (
        "نيسان",
        "السيطرة حتى",  # "Control as of {date}", the legend's heading
        "الطرف المسيطر",  # "M4 by controller", the M4 breakdown's heading
        "قوات سوريا الديمقراطية",
    ):
        assert text in svg, text


def test_release_compiles_catalogues_qt_loads(qapp, tmp_path):
    """What the build backend does at `pip install .`: .ts -> .qm, loadable and translating."""
    from PySide6.QtCore import QTranslator

    for lang in translations.LANGUAGES:
        shutil.copy(translations.ts_path(lang), tmp_path)
    compiled = translations.release(tmp_path, quiet=True)
    assert sorted(p.name for p in compiled) == ["atlas_ar.qm", "atlas_ku.qm", "atlas_tr.qm"]
    translator = QTranslator()
    assert translator.load(str(tmp_path / "atlas_tr.qm"))
    assert translator.translate("WindowMenus", "&File") == "&Dosya"


def test_build_backend_is_setuptools_after_compiling():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["build-system"]
    assert config["build-backend"] == "atlas_backend"
    backend = import_tool_from(ROOT / config["backend-path"][0], "atlas_backend")
    assert callable(backend.build_wheel) and callable(backend.build_editable)
    assert callable(backend.build_sdist)  # setuptools' own
    assert any(r.startswith("PySide6-Essentials") for r in config["requires"])


def import_tool_from(folder: Path, name: str):
    import importlib
    import sys

    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(folder))


def test_query_names_flag_translates_names_and_keeps_ids(capsys):
    import json

    from desktop.app import main

    # al-Shaddadi, south of al-Hasakah: SDF-held on the default date
    assert main(["query", "controller", "--lat", "36.05", "--lon", "40.73", "--names", "ar"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["controller"] == "sdf"  # ids stay language-neutral
    assert answer["controller_name"] == "قوات سوريا الديمقراطية (قسد)"
    assert main(["query", "controller", "--lat", "36.05", "--lon", "40.73"]) == 0
    assert (
        json.loads(capsys.readouterr().out)["controller_name"] == "Syrian Democratic Forces (SDF)"
    )
