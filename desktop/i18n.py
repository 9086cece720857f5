"""The interface language: which one, and installing its translators on the application.

Choice, first that applies: ``--lang`` on the command line, the language remembered from
View ▸ Language (QSettings ``ui/language``), the system locale, English. The atlas's own
catalogue (``resources/i18n/atlas_<lang>.qm``, built from the ``.ts`` files at install time) and
Qt's ``qtbase_<lang>.qm`` (standard dialogs' buttons) are installed where they exist; Arabic
lays the window out right to left (Kurdish here is Kurmanji, in Latin script: left to right).
Translators are installed from the GUI thread, before the window is built and again when the
user picks another language (no export running); the widgets alive then retranslate in place
on Qt's QEvent.LanguageChange (``desktop.retranslate``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)

import geodata.legend.language as legend_language
from geodata.errors import UsageError
from geodata.legend.language import Language

# The interface languages, each named in itself (how the Language menu lists them).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "tr": "Türkçe",
    "ku": "Kurmancî",
}
RIGHT_TO_LEFT = frozenset({"ar"})
SETTINGS_KEY = "ui/language"
CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"

# Month names per interface language (Arabic: the Levantine names used in Syria).
_DATE_LOCALES = {"ar": "ar_SY", "tr": "tr_TR", "ku": "ku_TR"}

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
_font_families: list[str] = []  # registered by register_fonts
_current = "en"


def system_language(locale: QLocale | None = None) -> str:
    """The interface language closest to the system locale (en when none fits)."""
    locale = locale or QLocale.system()
    for name in locale.uiLanguages():  # e.g. ["ar-SY", "ar", "en-US"]
        code = name.replace("_", "-").split("-")[0].lower()
        if code == "kmr":  # Kurmanji's own ISO 639-3 code
            code = "ku"
        if code in LANGUAGES:
            return code
    return "en"


def remembered_language() -> str | None:
    value = QSettings().value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def parse_language(text: str) -> str:
    """A language code, checked (desktop.cli offers the same codes to --lang)."""
    code = text.strip().lower()
    if code not in LANGUAGES:
        raise UsageError(f"unknown language {text!r}: choose one of {', '.join(LANGUAGES)}")
    return code


def remember_language(code: str) -> None:
    QSettings().setValue(SETTINGS_KEY, parse_language(code))


def choose_language(requested: str | None, remembered: bool = True) -> str:
    """``requested`` (the command line) > remembered > system locale > English."""
    if requested:
        return parse_language(requested)
    return (remembered and remembered_language()) or system_language()


def catalogue_path(code: str) -> Path:
    return CATALOGUE_DIR / f"atlas_{code}.qm"


def current_language() -> str:
    return _current


def install_language(app: QCoreApplication, code: str) -> list[str]:
    """Install ``code``'s translators on ``app`` (replacing earlier ones); return the catalogues
    loaded. Arabic also turns the application's layout right to left."""
    global _current
    # The language, the date locale and the direction first: installing and removing
    # translators posts QEvent.LanguageChange, and the views retranslating on it
    # (desktop.retranslate) read all three.
    _current = code
    # Date fields and calendars: month names of the language (Arabic as used in Syria).
    QLocale.setDefault(QLocale(_DATE_LOCALES.get(code, "en_GB")))
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication (exports use one too)
        rtl = code in RIGHT_TO_LEFT
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{code}", qt_dir), (f"atlas_{code}", str(CATALOGUE_DIR))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(name)
    return loaded


def language() -> Language:
    """The interface language for geodata's Qt-free texts (legend, names, dates, web map):
    translated through the installed catalogues, as every widget is."""
    return Language(_current, QCoreApplication.translate)


def month_name(month: int, short: bool = True) -> str:
    """The month's name in the interface language (geodata.legend.language decides)."""
    return legend_language.month_name(month, _current, short)


def date_field_format() -> str:
    """Display format of the date fields: "25 Apr 2023" (Kurmanji: the full month name, as
    in month_name)."""
    return "d MMMM yyyy" if _current == "ku" else "d MMM yyyy"


def day_text(day, short: bool = True) -> str:
    """25 Apr 2023 / 25 نيسان 2023 / 25 Nis 2023 / 25 nîsan 2023 (geodata.legend.day_text)."""
    return legend_language.day_text(day, _current, short)


def register_fonts() -> list[str]:
    """Make the bundled Arabic font known to Qt (once a Q(Gui)Application exists).

    DejaVu Sans covers Arabic in its upright faces only: italic Arabic (legend notes, quotes)
    fell back to boxes. Noto Sans Arabic (package fontpkg-noto-sans-arabic, OFL) gives Qt's
    font fallback an Arabic face for every style, on screen and in PNG/SVG/PDF exports.
    """
    from PySide6.QtGui import QFontDatabase

    if _font_families:  # once per process
        return list(_font_families)
    try:
        import fontpkg_noto_sans_arabic as noto
    except ImportError:  # an install without it: upright Arabic still renders (DejaVu)
        return []
    families: list[str] = []
    for path in sorted((noto.ROOT / "files").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    _font_families.extend(families)
    return families


def party_display_name(atlas, party_id: str | None, day=None) -> str:
    """A party's name in the interface language (geodata.legend.party_name decides): the name
    it had on ``day`` where given, its current name otherwise."""
    from geodata.legend.parties import party_name

    return party_name(atlas, party_id, day, language())


# Export texts that geodata words in English (default titles, the M4's route) are marked there
# (geodata.legend.language.QT_TRANSLATE_NOOP, context ExportText); translated where shown.


# Qt's standard buttons (QMessageBox, QDialogButtonBox) take their text from the context
# "QPlatformTheme", the docks' buttons from "QDockWidget". Qt ships Arabic and Turkish
# catalogues but no Kurdish one: the atlas's own catalogues carry these (the same words as
# Qt's where Qt has them), so Kurmanji dialogs do not fall back to English buttons.
_STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    # The docks' title-bar buttons (accessible names and tooltips).
    QT_TRANSLATE_NOOP("QDockWidget", "Close"),
    QT_TRANSLATE_NOOP("QDockWidget", "Float"),
    QT_TRANSLATE_NOOP("QDockWidget", "Closes the dock widget"),
    QT_TRANSLATE_NOOP("QDockWidget", "Undocks and re-attaches the dock widget"),
)


def export_text(text: str) -> str:
    return QCoreApplication.translate("ExportText", text)


def ltr(text: object) -> str:
    """``text`` (a figure, a coordinate, a file name) kept left to right inside a right-to-left
    sentence (LRI ... PDI), so "36.0°N" does not come out as "N°36.0"."""
    return f"\u2066{text}\u2069" if _current in RIGHT_TO_LEFT else str(text)
