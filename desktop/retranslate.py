"""Retranslating in place, the Qt way: installing or removing a translator sends every widget
QEvent.LanguageChange (posted to each window, then passed from parent to children), and each
view re-sets its own texts then. The widgets, their state and the dock layout stay as they are.

``Retranslated``: a mixin for a view (before the Qt class in its bases) that calls
``retranslate()`` on that event. ``TextSetters``: texts set by closures that are run once at
once and again on each language change (menus, actions, dock titles: the window's own texts).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent


class Retranslated:
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Set every text this view shows again, in the interface language now installed."""
        raise NotImplementedError


class TextSetters:
    """Closures that set texts: each runs when added and again on ``apply()``."""

    def __init__(self) -> None:
        self._setters: list[Callable[[], None]] = []

    def add(self, setter: Callable[[], None]) -> None:
        setter()
        self._setters.append(setter)

    def apply(self) -> None:
        for setter in self._setters:
            setter()


def deliver_language_change() -> None:
    """Deliver the LanguageChange events Qt posted (one per window, compressed) now, so the
    views have retranslated when this returns."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
