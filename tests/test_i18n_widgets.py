"""No English left on screen where a translation exists: the window, its menus, docks,
toolbar, tooltips, status tips and dialogs are walked in each language, and every text is
checked against the catalogue's English sources. Qt's own standard buttons are translated too
(Qt's qtbase catalogues for Arabic and Turkish, the atlas's own for Kurmanji)."""

from __future__ import annotations

import re
from functools import cache

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)
from tooling import import_tool  # noqa: E402
from window_fixture import open_window  # noqa: E402

from desktop import i18n  # noqa: E402

translations = import_tool("tools.translations")

_ACCEL = re.compile(r"&(?=[^&])")
_SHORTCUT_TAIL = re.compile(r" \([^()]*\)$")  # a tooltip's " (Ctrl+F)"


def _plain(text: str) -> str:
    return _SHORTCUT_TAIL.sub("", _ACCEL.sub("", text)).strip().rstrip("…:").strip()


@cache
def english_sources(lang: str) -> frozenset[str]:
    """The English texts the catalogue translates into something else (placeholder-free)."""
    found = set()
    for (_, source), (text, _) in translations.catalogue(translations.ts_path(lang)).items():
        plain = _plain(source)
        if "{" in source or "<" in source or not re.search(r"[A-Za-z]{3}", plain):
            continue
        if _plain(text) != plain:
            found.add(plain)
    return frozenset(found)


def _model_texts(model: QAbstractItemModel | None, where: str):
    if model is None:
        return
    root = QModelIndex()
    # A list model hides columnCount: one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for section in range(columns):
        yield f"{where} header", model.headerData(section, Qt.Orientation.Horizontal)
    for row in range(min(model.rowCount(root), 50)):
        for column in range(columns):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield f"{where} item", index.data(role)


def _action_texts(action: QAction, where: str):
    yield f"{where} action", action.text()
    yield f"{where} tooltip", action.toolTip()
    yield f"{where} status tip", action.statusTip()
    if action.menu() is not None:
        yield from _menu_texts(action.menu(), f"{where} > {_plain(action.text())}")


def _menu_texts(menu: QMenu, where: str):
    yield f"{where} title", menu.title()
    menu.aboutToShow.emit()  # menus filled on demand (recent files...) fill now
    for action in menu.actions():
        yield from _action_texts(action, where)


def visible_texts(root: QWidget):
    """(where, text) of every text a user can see or hear in ``root`` and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}({widget.objectName()})"
        yield f"{name} tooltip", widget.toolTip()
        yield f"{name} status tip", widget.statusTip()
        yield f"{name} accessible name", widget.accessibleName()
        if widget.isWindow():
            yield f"{name} window title", widget.windowTitle()
        if isinstance(widget, QDockWidget):
            yield f"{name} dock title", widget.windowTitle()
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            yield f"{name} text", widget.text()
        if isinstance(widget, QAbstractButton):
            yield f"{name} text", widget.text()
        if isinstance(widget, QGroupBox):
            yield f"{name} title", widget.title()
        if isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QAbstractSpinBox):
            yield f"{name} special value", widget.specialValueText()
            yield f"{name} suffix", getattr(widget, "suffix", lambda: "")()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name} item", widget.itemText(i)
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{name} tab", widget.tabText(i)
                yield f"{name} tab tooltip", widget.tabToolTip(i)
        if isinstance(widget, QMenu):
            yield from _menu_texts(widget, name)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QComboBox):
            yield from _model_texts(widget.model(), name)
        for action in widget.actions():
            yield from _action_texts(action, name)


def untranslated(root: QWidget, lang: str) -> list[str]:
    # View > Language names each language in itself ("English" in every interface language).
    sources = english_sources(lang) - set(i18n.LANGUAGES.values())
    return sorted(
        {
            f"{where}: {text!r}"
            for where, text in visible_texts(root)
            if isinstance(text, str) and _plain(text) in sources
        }
    )


def _dialogs(win, tmp_path):
    """The window's own dialogs, built as the user opens them (not shown: not modal here)."""
    from desktop.export.dialogs import SnapshotDialog
    from desktop.importing.dialog import ImportDialog
    from desktop.panel.help_dialogs import ShortcutsDialog, SourcesDialog

    return [
        SnapshotDialog((1400, 900), parent=win),
        ImportDialog(tmp_path / "workspace.gpkg", parent=win),
        SourcesDialog("Natural Earth", parent=win),
        ShortcutsDialog(parent=win),
    ]


def test_the_walk_finds_english_in_an_english_window(qtbot, language, tmp_path):
    """The check below is only as good as its walk: in English it must see the menus,
    dock titles, tooltips and dialog labels the catalogues translate."""
    language("en")
    win = open_window(qtbot, started=True)
    found = untranslated(win, "tr") + [
        t for d in _dialogs(win, tmp_path) for t in untranslated(d, "tr")
    ]
    for expected in ("'&File'", "dock title", "tooltip", "status tip", "snapshotDialog"):
        assert any(expected in line for line in found), expected


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_no_english_left_in_the_window_or_its_dialogs(qtbot, language, tmp_path, lang):
    language(lang)
    win = open_window(qtbot, started=True)
    win.statusBar().showMessage(win.statusBar().currentMessage())
    found = untranslated(win, lang)
    for dialog in _dialogs(win, tmp_path):
        found += untranslated(dialog, lang)
    assert found == []


@pytest.mark.parametrize(
    ("lang", "ok", "cancel"),
    [("tr", "Tamam", "İptal"), ("ar", "حسنًا", "ألغِ"), ("ku", "Baş e", "Betal bike")],
)
def test_standard_dialog_buttons_are_in_the_language(qapp, language, lang, ok, cancel):
    """QMessageBox / QDialogButtonBox buttons: Qt's own catalogue (ar, tr) or the atlas's (ku,
    which Qt does not ship)."""
    language(lang)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    texts = {_plain(b.text()) for b in buttons.buttons()}
    assert texts == {ok, cancel}
    box = QMessageBox(QMessageBox.Icon.Warning, "x", "y", QMessageBox.StandardButton.Close)
    assert _plain(box.buttons()[0].text()) != "Close"


def test_arabic_date_field_reads_day_first_with_western_digits(qtbot, language):
    """The as-of field shows the date as the event list does ("25 نيسان 2023": day first
    when read right to left, Western digits), not the year first in Arabic-Indic digits."""
    from desktop.panel.format import fmt_date

    language("ar")
    win = open_window(qtbot, started=True)
    field = win.date_control.date_edit
    assert field.text() == fmt_date(win.state.view.as_of)
    assert field.text().startswith(str(win.state.view.as_of.day))


SHARAA_KREMLIN = "2025-10-15-sharaa-putin-kremlin"


@pytest.mark.parametrize(
    ("lang", "note"),
    [("en", "translated from Arabic; English as published by"), ("ar", "مترجم عن العربية")],
)
def test_statements_keep_their_words_and_mark_a_translation_with_its_source(
    qtbot, language, lang, note
):
    """The positions panel shows a quote in the words its source printed, in every interface
    language; the one the source says it translated (from Arabic) is marked so, naming who
    published the English; a quote in its original words carries no such mark."""
    language(lang)
    win = open_window(qtbot, started=True)
    atlas = win.atlas
    translated = next(
        s for s in atlas.statements if s.translated_from and s.event_id == SHARAA_KREMLIN
    )
    win.state.show_event(SHARAA_KREMLIN)
    card = win.positions.cards[translated.party]
    text = card.body.text()
    assert translated.text.replace("'", "&#x27;") in text  # the words, unchanged
    assert note in text
    publisher = translated.sources[0].publisher
    assert publisher and publisher in text
    # Russia's words at the same meeting: no source says they were translated.
    others = [
        s for s in atlas.statements if s.event_id == SHARAA_KREMLIN and s.party != translated.party
    ]
    for party in {s.party for s in others}:
        assert note not in win.positions.cards[party].body.text()


def test_english_titles_in_the_arabic_list_are_elided_at_their_own_end(qtbot, language):
    """In the right-to-left list an English title is a left-to-right isolate: the ellipsis
    follows "…meeting of the T", instead of standing in front of "Moscow"."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop.panel.bidi_delegate import isolated_for
    from desktop.panel.event_model import TITLE_COLUMN

    language("ar")
    win = open_window(qtbot, started=True)
    events = win.talks.events
    index = events.model().index(0, TITLE_COLUMN)
    option = QStyleOptionViewItem()
    option.initFrom(events)
    events.itemDelegate().initStyleOption(option, index)
    assert option.direction == Qt.LayoutDirection.RightToLeft
    assert option.text == f"\u2066{index.data()}\u2069"
    assert isolated_for("قسد", Qt.LayoutDirection.RightToLeft) == "قسد"  # nothing to isolate
    assert isolated_for("25 km", Qt.LayoutDirection.LeftToRight) == "25 km"
