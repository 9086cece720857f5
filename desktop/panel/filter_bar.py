"""EventFilterBar: party, kind, date range and free-text filters, written into the state."""

from __future__ import annotations

from datetime import date

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from desktop.i18n import date_field_format, party_display_name
from desktop.panel.date_control import from_qdate, to_qdate
from desktop.panel.date_field import WesternDigitsDateEdit
from desktop.panel.format import kind_title
from desktop.retranslate import Retranslated
from desktop.state import AppState
from geodata.event_index import EventIndex
from geodata.model import EVENT_KINDS
from geodata.timeline import timeline
from geodata.view_filter import event_index


class _OptionalDate(Retranslated, WesternDigitsDateEdit):
    """A date field whose lowest value reads "Any" and means no limit."""

    def __init__(self, first: date, last: date, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self._sentinel = QDate(first.year - 1, 1, 1)
        self.setDateRange(self._sentinel, to_qdate(last))
        self.retranslate()
        self.setDate(self._sentinel)
        self.setKeyboardTracking(False)

    def retranslate(self) -> None:
        """ "Any" and the month names in the interface language (the owner sets the name)."""
        self.setLocale(QLocale())  # the language's month names
        self.setDisplayFormat(date_field_format())
        self.setSpecialValueText(self.tr("Any"))

    def set_span(self, first: date, last: date) -> None:
        """Another dataset's timeline; the value (or "Any") is kept."""
        value = self.value()
        self._sentinel = QDate(first.year - 1, 1, 1)
        self.setDateRange(self._sentinel, to_qdate(last))
        self.set_value(value)

    def value(self) -> date | None:
        return None if self.date() == self._sentinel else from_qdate(self.date())

    def set_value(self, day: date | None) -> None:
        self.setDate(self._sentinel if day is None else to_qdate(day))


def parties_involved(index: EventIndex) -> set[str]:
    """Every party that took part in at least one event."""
    return set(index.parties)


def kinds_present(index: EventIndex) -> set[str]:
    """The kinds at least one event has."""
    counts = np.bincount(index.kind, minlength=len(index.kind_names))
    return {name for name, count in zip(index.kind_names, counts.tolist(), strict=True) if count}


#: The grade filter's choices: (label, minimum grade or None for all).
GRADE_CHOICES = (  # translated where shown (context SourceGrade)
    (QT_TRANSLATE_NOOP("SourceGrade", "Any source grade"), None),
    (QT_TRANSLATE_NOOP("SourceGrade", "Sources graded A-B"), "B"),
    (QT_TRANSLATE_NOOP("SourceGrade", "Sources graded A-C"), "C"),
)


class EventFilterBar(Retranslated, QWidget):
    def __init__(self, state: AppState, atlas, first: date, last: date, parent=None):
        super().__init__(parent)
        self.setObjectName("eventFilters")
        self._state = state

        self.text = QLineEdit(self)
        self.text.setObjectName("eventTextFilter")
        self.text.setClearButtonEnabled(True)
        self._text_timer = QTimer(self, singleShot=True, interval=200)
        self._text_timer.timeout.connect(self._apply)
        self.text.textChanged.connect(lambda _t: self._text_timer.start())

        self.party = QComboBox(self)
        self.party.setObjectName("partyFilter")

        self.kind = QComboBox(self)
        self.kind.setObjectName("kindFilter")

        self.grade = QComboBox(self)
        self.grade.setObjectName("gradeFilter")
        for text, grade in GRADE_CHOICES:
            self.grade.addItem(QCoreApplication.translate("SourceGrade", text), grade)

        self.date_from = _OptionalDate(first, last, self)
        self.date_to = _OptionalDate(first, last, self)

        self.clear_button = QToolButton(self)
        self.clear_button.clicked.connect(self.clear)

        self.from_label, self.to_label = QLabel(self), QLabel(self)
        from_label, to_label = self.from_label, self.to_label
        from_label.setBuddy(self.date_from)
        to_label.setBuddy(self.date_to)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.text, 0, 0, 1, 4)
        layout.addWidget(self.clear_button, 0, 4)
        # Party names are long ("Syrian armed opposition (non-HTS)"): the party filter has a row
        # of its own, and the kind and the source grade share the next, so at a 388-px panel no
        # choice is cut ("Any source gra…" when three combos shared a row).
        layout.addWidget(self.party, 1, 0, 1, 5)
        layout.addWidget(self.kind, 2, 0, 1, 2)
        layout.addWidget(self.grade, 2, 2, 1, 3)
        layout.addWidget(from_label, 3, 0)
        layout.addWidget(self.date_from, 3, 1)
        layout.addWidget(to_label, 3, 2)
        layout.addWidget(self.date_to, 3, 3, 1, 2)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(3, 1)

        for combo in (self.party, self.kind, self.grade):
            # Long party names must not widen the dock and starve the map: the combos take
            # the width they are given and show the whole name in their popup.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self._apply)
        for field in (self.date_from, self.date_to):
            field.dateChanged.connect(self._apply)
        self._fill_choices(atlas)
        self._set_texts()
        state.filters_changed.connect(self._on_filters_changed)
        state.dataset_changed.connect(self._on_dataset_changed)

    def _set_texts(self) -> None:
        self.setAccessibleName(self.tr("Event filters"))
        self.text.setPlaceholderText(self.tr("Filter events by words…"))
        self.text.setAccessibleName(self.tr("Filter events by text"))
        self.text.setToolTip(
            self.tr("Shows events whose title, summary, place or people contain this")
        )
        self.party.setAccessibleName(self.tr("Filter events by party"))
        self.party.setToolTip(self.tr("Only events this party took part in"))
        self.kind.setAccessibleName(self.tr("Filter events by kind"))
        self.kind.setToolTip(self.tr("Only events of this kind"))
        self.grade.setAccessibleName(self.tr("Filter events by source grade"))
        self.grade.setToolTip(
            self.tr(
                "Only events resting on at least one source of this reliability grade or better "
                "(Admiralty grades: A completely reliable .. F cannot be judged; see SOURCES.md)"
            )
        )
        for row, (text, _grade) in enumerate(GRADE_CHOICES):
            self.grade.setItemText(row, QCoreApplication.translate("SourceGrade", text))
        self.date_from.setAccessibleName(self.tr("Events from date"))
        self.date_from.setToolTip(self.tr("Earliest event date (lowest value: any)"))
        self.date_to.setAccessibleName(self.tr("Events to date"))
        self.date_to.setToolTip(
            self.tr("Latest event date (lowest value: any); the as-of date also limits")
        )
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear event filters"))
        self.clear_button.setToolTip(self.tr("Show all events up to the as-of date"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))

    def retranslate(self) -> None:
        """Every text, and the parties and kinds named in the new language; the filters set
        are kept (the choices are filled again with the same data)."""
        self._set_texts()
        self._fill_choices(self._state.atlas)
        self._on_filters_changed()

    def _fill_choices(self, atlas) -> None:
        """The parties and kinds the dataset's events have, from the columnar index (not a
        loop over every record); "All" first. Fills without applying (signals blocked)."""
        index = event_index(atlas) if atlas is not None else None
        involved = parties_involved(index) if index is not None else set()
        names = {p: party_display_name(atlas, p) for p in involved}  # in the interface language
        present = kinds_present(index) if index is not None else set()
        for combo in (self.party, self.kind):
            combo.blockSignals(True)
            combo.clear()
        self.party.addItem(self.tr("All parties"), None)
        for party_id in sorted(involved, key=lambda p: names[p].casefold()):
            self.party.addItem(names[party_id], party_id)
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in EVENT_KINDS:
            if kind in present:
                self.kind.addItem(kind_title(kind), kind)
        for combo in (self.party, self.kind):
            combo.blockSignals(False)

    def _on_dataset_changed(self) -> None:
        """Another dataset: its parties, kinds and timeline; the filters set are kept."""
        atlas = self._state.atlas
        span = timeline(atlas)
        self._fill_choices(atlas)
        for field in (self.date_from, self.date_to):
            field.blockSignals(True)
            field.set_span(span.first_day, span.last_day)
            field.blockSignals(False)
        self._on_filters_changed()

    def clear(self) -> None:
        widgets = (self.text, self.party, self.kind, self.grade, self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        self.text.clear()
        self.party.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.grade.setCurrentIndex(0)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        for widget in widgets:
            widget.blockSignals(False)
        self._apply()

    def _apply(self) -> None:
        party, kind = self.party.currentData(), self.kind.currentData()
        self._state.set_filters(
            parties=frozenset([party]) if party else frozenset(),
            kinds=frozenset([kind]) if kind else frozenset(),
            text=self.text.text().strip(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            min_grade=self.grade.currentData() or "",
        )

    def _on_filters_changed(self) -> None:
        """Reflect filters set elsewhere (e.g. restored or set by a test) without looping."""
        view = self._state.view
        if self.text.text().strip() != view.text and not self._text_timer.isActive():
            self.text.blockSignals(True)
            self.text.setText(view.text)
            self.text.blockSignals(False)
        for combo, values in ((self.party, view.parties), (self.kind, view.kinds)):
            wanted = next(iter(values)) if len(values) == 1 else None
            index = max(0, combo.findData(wanted)) if wanted else 0
            if combo.currentIndex() != index:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        grade_index = max(0, self.grade.findData(view.min_grade or None))
        if self.grade.currentIndex() != grade_index:
            self.grade.blockSignals(True)
            self.grade.setCurrentIndex(grade_index)
            self.grade.blockSignals(False)
        for field, value in ((self.date_from, view.date_from), (self.date_to, view.date_to)):
            if field.value() != value:
                field.blockSignals(True)
                field.set_value(value)
                field.blockSignals(False)

    def is_active(self) -> bool:
        view = self._state.view
        return bool(
            view.parties
            or view.kinds
            or view.text
            or view.date_from
            or view.date_to
            or view.min_grade
        )
