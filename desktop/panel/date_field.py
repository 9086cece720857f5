"""A date field that takes a date as people type it (see geodata.day_text): "2019-11-15" and
"15 Nov 2019" both work, where QDateEdit alone takes only its display format."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit

from geodata.day_text import parse_day


class TypedDateEdit(QDateEdit):
    def validate(self, text: str, pos: int):  # noqa: D401 - Qt API
        day = parse_day(text)
        if day is not None:
            qdate = QDate(day.year, day.month, day.day)
            inside = self.minimumDate() <= qdate <= self.maximumDate()
            state = QValidator.State.Acceptable if inside else QValidator.State.Intermediate
            return state, text, pos
        state, text_out, pos_out = super().validate(text, pos)
        if state == QValidator.State.Invalid and len(text) <= 20:
            # Half-typed: "2019-1", "15 No" — keep it while the user types.
            return QValidator.State.Intermediate, text, pos
        return state, text_out, pos_out

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt API
        day = parse_day(text)
        if day is not None:
            return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))
        return super().dateTimeFromText(text)
