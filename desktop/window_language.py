"""The main window's language switch: View ▸ Language retranslates the window in place.

A mixin of :class:`desktop.main_window.MainWindow`. Installing the translators has Qt send
every widget QEvent.LanguageChange: the window re-sets its own texts (title, menus, actions,
toolbar, dock titles, status bar: ``retranslate``) and each view its own after it
(``desktop.retranslate``). Nothing is built again, so the selection, the date, the extent, the
filters and the open panels stay as they are; the docks change sides when the writing
direction flips and keep the widths the user gave them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from desktop import i18n
from desktop.retranslate import deliver_language_change

_LEFT, _RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


class WindowLanguage:
    """Mixin of MainWindow (a QMainWindow with ``_texts``, ``_exports``, ``_workspaces``)."""

    # The docks' widths asked for at the last language switch (see _dock_widths).
    _asked_widths: dict[QDockWidget, int] = {}  # noqa: RUF012 - replaced, never mutated

    def choose_language(self, code: str) -> None:
        """View > Language: remember ``code`` and show the window in it now."""
        if self._persist:
            i18n.remember_language(code)
        if code == i18n.current_language():
            return
        if self._exports is not None and self._exports.busy():
            self.statusBar().showMessage(
                self.tr("The language changes when the export has finished; choose it again.")
            )
            self.language_actions[i18n.current_language()].setChecked(True)
            return
        before = QApplication.layoutDirection()
        widths = self._dock_widths()
        i18n.install_language(QCoreApplication.instance(), code)
        deliver_language_change()  # retranslated when this returns, not at the next loop turn
        self.language_actions[code].setChecked(True)
        if QApplication.layoutDirection() != before:
            self._mirror_docks()
        self._restore_dock_widths(widths)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """The window's own texts in the interface language now installed; the views in the
        docks retranslate themselves on the same event, after this (parent before child)."""
        self.setLocale(QLocale())  # date fields and calendars: the language's month names
        self.setWindowTitle(self.tr("Northern Syria Atlas"))
        self._texts.apply()
        self._build_status_bar_texts()
        self._retranslate_status_message()
        self._on_selection_changed()
        if self._workspaces is not None:
            self._workspaces.retranslate()  # its title names the workspace shown
        if self._exports is not None:
            self._exports.retranslate()

    def _retranslate_status_message(self) -> None:
        """A passing status-bar message was worded in the language before: the measuring
        tool's is said again in the new one (it stays while the tool is on); any other
        (a search without a match, an export finished...) is cleared, not left in the old
        language."""
        bar = self.statusBar()
        if not bar.currentMessage():
            return
        measure = self.canvas.measure
        if measure.active:
            bar.showMessage(measure.summary())
        else:
            bar.clearMessage()

    # --- the docks ---------------------------------------------------------------------------
    def _dock_widths(self) -> dict[QDockWidget, int]:
        """The widths the user gave the docks (side by side at the bottom too). A language
        whose texts need more room widens a dock while it is shown: a dock wider than asked
        for at the last switch and no wider than its texts need now is held there by the
        language, not by the user."""
        widths = {}
        for dock in self.findChildren(QDockWidget):
            if dock.isFloating():
                continue
            width, asked = dock.width(), self._asked_widths.get(dock)
            pinned = asked is not None and asked < width <= dock.minimumSizeHint().width()
            widths[dock] = asked if pinned else width
        return widths

    def _restore_dock_widths(self, widths: dict[QDockWidget, int]) -> None:
        self._asked_widths = widths
        shown = [d for d in widths if d.isVisible()]
        # The new texts laid out first (each layer of nested layouts posts the next request),
        # so the docks' minimum widths are the new language's, not the old one's.
        for _ in range(8):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if shown:  # a language whose texts need more room still gets it
            self.resizeDocks(shown, [widths[d] for d in shown], Qt.Orientation.Horizontal)

    def _mirror_docks(self) -> None:
        """The side docks change sides with the writing direction (QMainWindow does not mirror
        its dock areas itself); a tab group moves together."""
        docks = [d for d in self.findChildren(QDockWidget) if not d.isFloating()]
        moved: set[QDockWidget] = set()
        for dock in docks:
            area = self.dockWidgetArea(dock)
            if area not in (_LEFT, _RIGHT) or dock in moved:
                continue
            tabbed = [d for d in self.tabifiedDockWidgets(dock) if d not in moved]
            self.addDockWidget(_RIGHT if area == _LEFT else _LEFT, dock)
            for other in tabbed:
                self.tabifyDockWidget(dock, other)
            moved |= {dock, *tabbed}
