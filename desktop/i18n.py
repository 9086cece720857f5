"""The interface language: which one, and installing its translators on the application.

Choice, first that applies: ``--lang`` on the command line, the language remembered from
View ▸ Language (QSettings ``ui/language``), the system locale, English. The atlas's own
catalogue (``resources/i18n/atlas_<lang>.qm``, built from the ``.ts`` files at install time) and
Qt's ``qtbase_<lang>.qm`` (standard dialogs' buttons) are installed where they exist; Arabic
lays the window out right to left. Translators are installed once, from the GUI thread, before
the window is built; ``QCoreApplication.translate`` is then safe from the export threads too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from desktop.cli import LANGUAGE_CODES, parse_language

# The interface languages, each named in itself (how the Language menu lists them).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "tr": "Türkçe",
    "ku": "Kurmancî",
}
assert tuple(LANGUAGES) == LANGUAGE_CODES  # the command line offers the same ones
RIGHT_TO_LEFT = frozenset({"ar"})
SETTINGS_KEY = "ui/language"
CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
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
    _current = code
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication (exports use one too)
        rtl = code in RIGHT_TO_LEFT
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    return loaded
