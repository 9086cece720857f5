"""Counts take the grammatical number of their language: Arabic has six plural forms (zero,
one, two, 3-10, 11-99, 100+), Kurmanji two, Turkish one. The window (Qt's translator) and the
Qt-free texts (geodata.legend.language: web map, zone pages' wording) choose the same form."""

from __future__ import annotations

import pytest
from tooling import import_tool

from geodata.legend.language import Language, plural_catalogue

translations = import_tool("tools.translations")

# Plural messages of the catalogues, one per kind of call site (self.tr, QCoreApplication.translate
# in a function, geodata's Language.translate)
MESSAGES = [
    ("PartyCard", "%n statements"),
    ("ControlHistoryHtml", "Rests on %n localities"),
    ("ZoneText", "%n localities"),
    ("HitTest", "%n events here (click: the newest)<br>"),
]
COUNTS = [*range(0, 130), 200, 201, 202, 203, 211, 1000, 1002, 1011]


@pytest.mark.parametrize("lang", ["ar", "tr", "ku"])
def test_the_qt_free_texts_choose_the_form_qt_chooses(qapp, language, lang):
    from PySide6.QtCore import QCoreApplication

    language(lang)
    qt_free = Language(lang)
    for context, source in MESSAGES:
        assert (context, source) in plural_catalogue(lang), (lang, context, source)
        for n in COUNTS:
            window = QCoreApplication.translate(context, source, None, n)
            assert qt_free.translate(context, source, None, n) == window, (lang, source, n)


def test_arabic_counts_agree_with_their_noun():
    arabic = Language("ar")
    forms = {n: arabic.translate("PartyCard", "%n statements", None, n) for n in (2, 5, 11, 100)}
    assert len(set(forms.values())) == 4  # dual, 3-10, 11-99 and 100+ are four forms
    assert "5" in forms[5] and "11" in forms[11] and "100" in forms[100]
    # the same form for counts in the same class
    assert arabic.translate("PartyCard", "%n statements", None, 7) == forms[5].replace("5", "7")
    assert arabic.translate("PartyCard", "%n statements", None, 42) == forms[11].replace("11", "42")


def test_english_counts_read_as_english(qapp, language):
    from PySide6.QtCore import QCoreApplication

    language("en")
    assert QCoreApplication.translate("PartyCard", "%n statements", None, 3) == "3 statements"
    assert Language("en").translate("ZoneText", "%n localities", None, 12) == "12 localities"


def test_an_update_keeps_the_plural_forms_lupdate_would_drop(tmp_path):
    """lupdate's Python parser writes a QCoreApplication.translate(..., None, count) message
    as a plain one; the update makes it plural again with the forms it had."""
    path = tmp_path / "atlas_ar.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar">\n'
        "<context>\n    <name>Measure</name>\n    <message>\n"
        "        <source> · %n points; Esc ends</source>\n"
        '        <translation type="unfinished">old</translation>\n    </message>\n'
        "    <message>\n        <source>%n new points</source>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n'
        "    <message>\n        <source>Distance</source>\n"
        "        <translation>المسافة</translation>\n    </message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    forms = [f"f{i} %n" for i in range(6)]
    translations.mark_plurals(path, 6, {("Measure", " · %n points; Esc ends"): forms})
    plural = translations.plural_translations(path)
    assert plural[("Measure", " · %n points; Esc ends")] == forms
    # a new plural message has six empty forms: unfinished until translated, and `check` says so
    assert plural[("Measure", "%n new points")] == [""] * 6
    assert translations.problems(path) == ["atlas_ar.ts: Measure: '%n new points' is unfinished"]
    entries = translations.catalogue(path)
    assert entries[("Measure", "Distance")] == ("المسافة", None)  # other messages untouched
