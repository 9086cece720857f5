"""List cells whose text runs the other way from the window (an English event title in the
Arabic window) keep their own direction.

Elided in a right-to-left cell, "Moscow quadrilateral meeting of the T…" came out as
"…Moscow quadrilateral meeting of the T": the ellipsis, a neutral character at the end of a
right-to-left paragraph, goes to its left. As a left-to-right isolate the title is elided at its
own end, and the cell keeps the window's alignment and icon side.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

_LTR_ISOLATE, _RTL_ISOLATE, _POP_ISOLATE = "\u2066", "\u2067", "\u2069"


def first_strong_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the text's first letter with a direction of its own (None: digits,
    punctuation only)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


def isolated_for(text: str, direction: Qt.LayoutDirection) -> str:
    """``text`` as an isolate of its own direction when that differs from ``direction``."""
    own = first_strong_direction(text)
    if own is None or own == direction:
        return text
    mark = _LTR_ISOLATE if own == Qt.LayoutDirection.LeftToRight else _RTL_ISOLATE
    return f"{mark}{text}{_POP_ISOLATE}"


class BidiItemDelegate(QStyledItemDelegate):
    """Paints each cell's text in its own direction inside the view's."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        if option.text:
            option.text = isolated_for(option.text, option.direction)
