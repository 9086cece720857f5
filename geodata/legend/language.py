"""The language a legend, a page or a web map speaks: its translations and its dates.

The project keeps one source of truth for interface text: the Qt catalogues
``resources/i18n/atlas_<lang>.ts``. The desktop reads them compiled (``.qm``) through
``QCoreApplication.translate``; geodata, which must not import Qt, reads the same ``.ts`` XML
with the standard library. Either way a text is looked up as ``(context, English source)``, so
``Language.translate("Legend", "M4 motorway")`` here and ``QCoreApplication.translate("Legend",
"M4 motorway")`` in a widget give the same words. lupdate finds the strings written this way in
geodata too (``python -m tools.translations update`` scans desktop/ and geodata/).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

#: The interface languages besides English; Arabic is written right to left.
LANGUAGE_CODES = ("en", "ar", "tr", "ku")
RIGHT_TO_LEFT = frozenset({"ar"})

#: (context, English source[, disambiguation, n]) -> the text shown: the shape of
#: QCoreApplication.translate (n >= 0 asks for the plural form of n, "%n" replaced by it).
Translate = Callable[..., str]

# Month names per language (Arabic: the Levantine names used in Syria; Qt's ar_SY, tr_TR, ku_TR
# locales give the same, which tests/test_legend_model.py checks). Kurmanji's abbreviations
# ("nsn") are not in common use: its short form is the full name.
_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "ar": (
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
        "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    ),
    "tr": (
        "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran",
        "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık",
    ),
    "ku": (
        "rêbendan", "sibat", "adar", "nîsan", "gulan", "hezîran",
        "tîrmeh", "tebax", "îlon", "cotmeh", "mijdar", "berfanbar",
    ),
}  # fmt: skip
_SHORT_MONTHS = {
    "en": tuple(m[:3] for m in _MONTHS["en"]),
    "ar": _MONTHS["ar"],
    "tr": ("Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"),
    "ku": _MONTHS["ku"],
}


def check_language(code: str) -> str:
    if code not in LANGUAGE_CODES:
        raise ValueError(f"unknown language {code!r}: choose one of {', '.join(LANGUAGE_CODES)}")
    return code


def month_name(month: int, lang: str = "en", short: bool = True) -> str:
    table = _SHORT_MONTHS if short else _MONTHS
    return table.get(lang, table["en"])[month - 1]


def day_text(day: date | None, lang: str = "en", short: bool = True) -> str:
    """The one display form of a day: 25 Apr 2023 / 25 نيسان 2023 / 25 Nis 2023 / 25 nîsan
    2023 (``short=False``: 25 April 2023). Western digits in every language, as ids and km
    figures have (resources/i18n/GLOSSARY.md); empty for no day."""
    return f"{day.day} {month_name(day.month, lang, short)} {day.year}" if day is not None else ""


def english(_context: str, text: str) -> str:
    """The Translate of English: the source text itself."""
    return text


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` for the catalogues (lupdate finds it by this name); translated where shown."""
    return text


def plural_form(lang: str, n: int) -> int:
    """Which of a catalogue's plural forms (``numerusform``) a count takes: Qt's rules for the
    interface languages (lupdate writes as many forms: Arabic 6, Turkish 1, Kurdish 2), so the
    Qt-free texts choose as the window does (tests/test_plural_forms.py compares the two)."""
    if lang == "ar":  # zero, one, two, few (3-10), many (11-99), other (100, 101, 102 ...)
        if n in (0, 1, 2):
            return n
        rest = n % 100
        return 3 if 3 <= rest <= 10 else 4 if rest >= 11 else 5
    if lang == "tr":
        return 0
    return 0 if n == 1 else 1  # English and Kurmanji: one, other


@lru_cache(maxsize=8)
def _finished(lang: str) -> tuple[tuple[tuple[str, str], ET.Element], ...]:
    """((context, source), translation element) of the finished entries of ``atlas_<lang>.ts``
    (shipped with the package): unfinished and obsolete ones are left out."""
    # the XML parser and the package reader only here: not on an English window's first paint
    import xml.etree.ElementTree as ET
    from importlib import resources

    name = f"atlas_{check_language(lang)}.ts"
    with resources.files("resources").joinpath("i18n").joinpath(name).open("rb") as f:
        root = ET.parse(f).getroot()
    found = []
    for context in root.iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            found.append(((context_name, message.findtext("source", "")), translation))
    return tuple(found)


@lru_cache(maxsize=8)
def plural_catalogue(lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source with %n) -> its finished plural forms, in Qt's order."""
    if lang == "en":
        return {}
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for key, translation in _finished(lang):
        forms = tuple(f.text or "" for f in translation.iter("numerusform"))
        if forms and all(form.strip() for form in forms):
            table[key] = forms
    return table


@lru_cache(maxsize=8)
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, read from ``atlas_<lang>.ts``. Unfinished
    or empty entries are left out: the English source shows instead."""
    if lang == "en":
        return {}
    return {
        key: translation.text
        for key, translation in _finished(lang)
        if translation.find("numerusform") is None and (translation.text or "").strip()
    }


@dataclass(frozen=True)
class Language:
    """A language for Qt-free output: ``translate`` and ``day`` in that language.

    ``Language("ar")`` reads the Arabic catalogue; the desktop passes its own translate
    (``QCoreApplication.translate``) so the window, its exports and the web map say the same.
    """

    code: str = "en"
    translator: Translate | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        check_language(self.code)

    @property
    def rtl(self) -> bool:
        return self.code in RIGHT_TO_LEFT

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """``text`` in this language; with ``n`` >= 0 the plural form of n, its "%n" replaced
        by n (as QCoreApplication.translate does; lupdate marks such a call numerus)."""
        if self.translator is not None:
            if n < 0:
                return self.translator(context, text)
            return self.translator(context, text, disambiguation, n)
        if n < 0:
            return catalogue(self.code).get((context, text), text)
        forms = plural_catalogue(self.code).get((context, text))
        chosen = forms[min(plural_form(self.code, n), len(forms) - 1)] if forms else text
        return chosen.replace("%n", str(n))

    def day(self, day: date | None, short: bool = True) -> str:
        return day_text(day, self.code, short)

    def ltr(self, text: object) -> str:
        """``text`` (a figure: "151 km (23%)") kept left to right (LRI ... PDI) inside a
        right-to-left line, so the number, its unit and its share stay in reading order."""
        return f"\u2066{text}\u2069" if self.rtl else str(text)

    def isolate(self, text: object) -> str:
        """``text`` as a bidi isolate (FSI ... PDI) in a right-to-left language, so a Latin name
        or a figure keeps its own direction inside an Arabic sentence."""
        return f"\u2068{text}\u2069" if self.rtl else str(text)
