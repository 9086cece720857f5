"""SearchBox: type a town (any spelling), area or event and pick it from a completion popup.

The index it searches is Qt-free (``geodata.search.SearchIndex``). Choosing a result emits
``result_chosen(SearchResult)``; the main window selects it and zooms to it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit

from desktop.i18n import language
from desktop.panel.format import plain_tooltip
from desktop.retranslate import Retranslated
from geodata.search import SearchIndex, SearchResult
from geodata.text_limits import SHOWN_TITLE, shown

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QCompleter, QWidget

__all__ = ["SearchBox", "SearchIndex", "SearchResult"]


RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
_KIND_LABEL = {  # translated where shown (context SearchBox)
    "place": QT_TRANSLATE_NOOP("SearchBox", "Place"),
    "zone": QT_TRANSLATE_NOOP("SearchBox", "Area"),
    "event": QT_TRANSLATE_NOOP("SearchBox", "Event"),
}


class SearchBox(Retranslated, QLineEdit):
    """Type a town (any spelling), area or event; pick a suggestion or press Enter for the first."""

    result_chosen = Signal(object)  # SearchResult
    no_match = Signal(str)  # the text Enter found nothing for: the window says so

    def __init__(
        self,
        index: SearchIndex,
        day_source: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(140)  # 1024 px at 200 %: the toolbar has no overflow menu
        self.setMaximumWidth(340)
        self.index = index
        self._day_source = day_source  # callable returning the as-of date
        self.results: list[SearchResult] = []
        self._chosen_text = ""
        self._model = QStandardItemModel(self)
        self._suggestions: QCompleter | None = None  # made when first shown (_completer)
        self._refresh_timer = QTimer(self, singleShot=True, interval=60)
        self._refresh_timer.timeout.connect(self.update_results)
        self.textEdited.connect(lambda _t: self._refresh_timer.start())
        self.returnPressed.connect(self._on_return)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Search places, areas and events"))
        self.setPlaceholderText(self.tr("Search towns, areas, events…  (Ctrl+F)"))
        self.setToolTip(
            self.tr(
                "Find a town by any spelling (Kobani, Ayn al-Arab; Qamishli, Qamishlo), an area "
                "or an event. Enter picks the first suggestion."
            )
        )
        if self._suggestions is not None:
            self._suggestions.popup().setAccessibleName(self.tr("Search suggestions"))
        self._show_found(not self.property("noMatch"))

    @property
    def _completer(self) -> QCompleter:
        """The suggestions' popup, made the first time there are suggestions to show (not
        before the window's first paint)."""
        if self._suggestions is None:
            from PySide6.QtWidgets import QCompleter

            completer = self._suggestions = QCompleter(self)
            completer.setModel(self._model)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setCompletionRole(TITLE_ROLE)
            completer.setMaxVisibleItems(12)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setWidget(self)
            completer.popup().setMinimumWidth(480)
            completer.popup().setAccessibleName(self.tr("Search suggestions"))
            completer.activated[QModelIndex].connect(self._on_activated)
        return self._suggestions

    def _hide_suggestions(self) -> None:
        if self._suggestions is not None:
            self._suggestions.popup().hide()

    def update_results(self) -> list[SearchResult]:
        day = self._day_source() if self._day_source else None
        self.results = self.index.search(self.text(), day)
        self._model.clear()
        for result in self.results:
            kind = QCoreApplication.translate("SearchBox", _KIND_LABEL[result.kind])
            full_title, full_detail = self._texts(result)
            title, detail = shown(full_title, SHOWN_TITLE), shown(full_detail, SHOWN_TITLE)
            item = QStandardItem(f"{title}   —   {kind}: {detail}")
            item.setData(result, RESULT_ROLE)
            item.setData(full_title, TITLE_ROLE)
            item.setToolTip(plain_tooltip(shown(f"{full_title}\n{full_detail}", SHOWN_TITLE)))
            self._model.appendRow(item)
        if self.results and self.hasFocus():
            self._completer.complete()
        elif not self.results:
            self._hide_suggestions()
        self._show_found(bool(self.results) or not self.text().strip())
        return self.results

    def _show_found(self, found: bool) -> None:
        """A pale red box while the text matches nothing (and says so to a screen reader)."""
        self.setProperty("noMatch", not found)
        self.setStyleSheet("" if found else "QLineEdit { background: #fbe3df; }")
        self.setAccessibleDescription(
            "" if found else self.tr("Nothing matches {text}").format(text=self.text())
        )

    def _texts(self, result: SearchResult) -> tuple[str, str]:
        """The result's title and detail in the window's language (geodata.search_text)."""
        # imported on the first search: the legend wording it uses is not needed to start
        from geodata.search_text import result_texts

        return result_texts(result, language(), self.index.atlas)

    def choose(self, result: SearchResult) -> None:
        self._hide_suggestions()
        title = self._texts(result)[0]
        self.setText(shown(title, SHOWN_TITLE))
        self._chosen_text = title
        self.result_chosen.emit(result)

    def _on_activated(self, index: QModelIndex) -> None:
        result = index.data(RESULT_ROLE)
        if result is not None:
            self.choose(result)

    def _on_return(self) -> None:
        """Enter picks the highlighted suggestion, else the best match."""
        popup = self._suggestions.popup() if self._suggestions is not None else None
        shown_now = popup is not None and popup.isVisible()
        if shown_now and popup.currentIndex().isValid():
            result = popup.currentIndex().data(RESULT_ROLE)
            if result is not None:
                self.choose(result)
                return
        if not shown_now and self.text() == self._chosen_text:
            return  # the popup already chose this one; Enter reached us after it
        self._refresh_timer.stop()
        results = self.update_results()
        if results:
            self.choose(results[0])
        elif self.text().strip():
            self.no_match.emit(self.text().strip())
