"""A date field that takes a date as people type it (see geodata.day_text): "2019-11-15" and
"15 Nov 2019" both work, where QDateEdit alone takes only its display format.

Dates keep Western digits in every language (GLOSSARY.md): the Arabic locale (ar_SY, for the
Levantine month names) would write "٢٥ نيسان ٢٠٢٣" where the list, the panel and the exports
write "25 نيسان 2023". The fields show Western digits and read either kind."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit

from geodata.day_text import parse_day


class WesternDigitsDateEdit(QDateEdit):
    """A QDateEdit in the locale's month names with Western digits, whatever the locale, that
    reads day first in Arabic too."""

    _format = ""

    def setDisplayFormat(self, format: str) -> None:  # noqa: N802, A002 - Qt API
        # Right to left, Qt reverses the sections ("d MMM yyyy" gives the text "2023 نيسان 25")
        # and then lays the text out right to left: the year would read first. Reversed here,
        # the text is "25 نيسان 2023", as in the event list, and reads day first.
        self._format = format
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        super().setDisplayFormat(" ".join(reversed(format.split(" "))) if rtl else format)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange and self._format:
            self.setDisplayFormat(self._format)

    def _locale_digits(self) -> tuple[dict[int, str], dict[int, str]]:
        """(locale digit -> Western, Western -> locale digit) translation tables."""
        zero = self.locale().zeroDigit()
        if zero == "0" or len(zero) != 1:
            return {}, {}
        local = [chr(ord(zero) + i) for i in range(10)]
        return (
            {ord(d): str(i) for i, d in enumerate(local)},
            {ord(str(i)): d for i, d in enumerate(local)},
        )

    def textFromDateTime(self, value: QDateTime) -> str:  # noqa: N802 - Qt API
        return super().textFromDateTime(value).translate(self._locale_digits()[0])

    def validate(self, text: str, pos: int):  # noqa: D401 - Qt API
        state, _, _ = super().validate(text.translate(self._locale_digits()[1]), pos)
        return state, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt API
        return super().dateTimeFromText(text.translate(self._locale_digits()[1]))


class TypedDateEdit(WesternDigitsDateEdit):
    def validate(self, text: str, pos: int):  # noqa: D401 - Qt API
        if text == self.textFromDateTime(self.dateTime()):
            # The field's own date as it writes it (Qt validates it when the date or the format
            # is set): a day within the range. Not parsed: the first strptime costs ~5 ms, and
            # the window sets its date field before its first paint.
            return QValidator.State.Acceptable, text, pos
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
