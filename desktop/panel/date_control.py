"""DateControl: the one "as of" date — a timeline slider, a date field, event steps and reset."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLineF, QLocale, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QWidget,
)

from desktop.i18n import date_field_format
from desktop.panel.date_field import TypedDateEdit
from desktop.panel.format import fmt_date
from desktop.retranslate import Retranslated
from desktop.state import AppState
from geodata.model import DEFAULT_AS_OF
from geodata.timeline import timeline

_EVENT_TICK = QColor("#3b2f8f")
_CONTROL_TICK = QColor("#b0562a")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class TimelineSlider(QSlider):
    """A day slider that marks event dates (above the groove) and control changes (below)."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._event_days: list[int] = []
        self._control_spans: list[tuple[int, int]] = []
        # the marks laid out for one groove and range: the handle moves every frame of play,
        # the marks do not (hundreds of change days)
        self._laid_out: tuple[tuple, list[QLineF], list[QRectF]] | None = None

    def set_marks(self, event_days: list[int], control_spans: list[tuple[int, int]]) -> None:
        """Event days (ticks) and the day ranges that have control data (a bar under the groove)."""
        self._event_days, self._control_spans = event_days, control_spans
        self._laid_out = None
        self.update()

    def _x_for(self, value: int, groove: QRect, handle_w: int) -> float:
        span = max(1, self.maximum() - self.minimum())
        usable = groove.width() - handle_w
        return groove.left() + handle_w / 2 + usable * (value - self.minimum()) / span

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        key = (groove.getRect(), handle.width(), self.height(), self.minimum(), self.maximum())
        if self._laid_out is None or self._laid_out[0] != key:
            mid = self.height() / 2
            lines = []
            for value in self._event_days:
                x = round(self._x_for(value, groove, handle.width()))
                lines.append(QLineF(x, 1, x, round(mid - 5)))
            rects = []
            for first, last in self._control_spans:
                x0 = self._x_for(first, groove, handle.width())
                x1 = self._x_for(last, groove, handle.width())
                rects.append(QRectF(x0, mid + 5, max(2.0, x1 - x0), 3))
            self._laid_out = (key, lines, rects)
        _, lines, rects = self._laid_out
        painter = QPainter(self)
        painter.setPen(QPen(_EVENT_TICK, 1.2))
        painter.drawLines(lines)
        for rect in rects:
            painter.fillRect(rect, _CONTROL_TICK)
        painter.end()


class DateControl(Retranslated, QWidget):
    """Sets ``state.as_of``. Emits ``event_stepped(id)`` when a step lands on an event."""

    event_stepped = Signal(str)
    span_changed = Signal(object, object)  # first and last day of the timeline (dates)

    def __init__(self, state: AppState, atlas, parent=None):
        super().__init__(parent)
        self.setObjectName("dateControl")
        self._state = state
        self.label = label = QLabel(self)
        self.prev_button = self._button("◀")
        self.slider = TimelineSlider(self)
        self.slider.setObjectName("dateSlider")
        self.slider.setSingleStep(1)
        self.slider.setPageStep(30)
        # Narrow enough that the toolbar (with playback and search) fits 1024 px at any scaling
        # without an overflow menu; the slider takes every spare pixel on a wider window.
        self.slider.setMinimumWidth(100)
        self.slider.setFixedHeight(26)
        self.date_edit = TypedDateEdit(self)  # takes "2019-11-15" and "15 Nov 2019"
        self.date_edit.setObjectName("dateField")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setKeyboardTracking(False)
        label.setBuddy(self.date_edit)
        self.next_button = self._button("▶")
        self.reset_button = QToolButton(self)
        self.retranslate()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.next_button)
        layout.addWidget(self.reset_button)

        self.slider.valueChanged.connect(self._on_slider_moved)
        self.date_edit.dateChanged.connect(self._on_date_edited)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.reset_button.clicked.connect(state.reset_date)
        state.date_changed.connect(self._on_date_changed)
        # A method, not a lambda: Qt drops the connection when this control is deleted.
        state.dataset_changed.connect(self._on_dataset_changed)
        self.show_dataset(atlas)

    def retranslate(self) -> None:
        """Texts and the date field's month names in the interface language."""
        self.setAccessibleName(self.tr("As-of date"))
        self.label.setText(self.tr("&As of"))
        self.prev_button.setToolTip(self.tr("Previous event (Alt+Left)"))
        self.prev_button.setAccessibleName(self.tr("Previous event"))
        self.slider.setAccessibleName(self.tr("Timeline"))
        self.slider.setToolTip(
            self.tr(
                "Drag to change the as-of date. Ticks above: events; bar below: dates with control "
                "data.\n"
                "Page Up/Down move a month, arrow keys a day."
            )
        )
        self.date_edit.setAccessibleName(self.tr("As-of date field"))
        self.date_edit.setToolTip(
            self.tr("The date the map, the M4 breakdown and the event list show")
        )
        self.date_edit.blockSignals(True)  # the same date, written in other month names
        self.date_edit.setLocale(QLocale())
        self.date_edit.setDisplayFormat(date_field_format())
        self.date_edit.blockSignals(False)
        self.next_button.setToolTip(self.tr("Next event (Alt+Right)"))
        self.next_button.setAccessibleName(self.tr("Next event"))
        # Short ("↺ 25 Apr 2023", tooltip says the rest): the toolbar keeps 1024 px at 200 %
        self.reset_button.setText(self.tr("↺ {date}").format(date=fmt_date(DEFAULT_AS_OF)))
        self.reset_button.setAccessibleName(self.tr("Reset date"))
        self.reset_button.setToolTip(
            self.tr("Back to {date}, the Moscow defence ministers' meeting (Alt+Home)").format(
                date=fmt_date(DEFAULT_AS_OF)
            )
        )

    def _on_dataset_changed(self) -> None:
        self.show_dataset(self._state.atlas)

    def show_dataset(self, atlas) -> None:
        """Span the timeline over ``atlas``'s dates (again when the dataset changes)."""
        span = timeline(atlas)
        self.first_day, self.last_day = span.first_day, span.last_day
        for widget in (self.slider, self.date_edit):
            widget.blockSignals(True)
        self.slider.setRange(0, (self.last_day - self.first_day).days)
        self.slider.set_marks(
            # Ticks for the talks' events, once per day: imported events (thousands) would
            # turn the timeline into one solid bar and cost a line each per repaint.
            sorted((day - self.first_day).days for day in span.talks_days),
            [((a - self.first_day).days, (b - self.first_day).days) for a, b in span.control],
        )
        self.date_edit.setDateRange(to_qdate(self.first_day), to_qdate(self.last_day))
        for widget in (self.slider, self.date_edit):
            widget.blockSignals(False)
        self.span_changed.emit(self.first_day, self.last_day)
        self._on_date_changed(self._state.view.as_of)

    def _button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        return button

    # --- actions --------------------------------------------------------------------------
    def step(self, direction: int) -> bool:
        """Move the date to the previous/next event and select it; False if there is none."""
        if not self._state.step_event(direction, (self.first_day, self.last_day)):
            return False
        self.event_stepped.emit(self._state.view.selected_event)
        return True

    def _clamp(self, day: date) -> date:
        return min(max(day, self.first_day), self.last_day)

    # --- slots ----------------------------------------------------------------------------
    def _on_slider_moved(self, value: int) -> None:
        self._state.set_date(self.first_day + timedelta(days=value))

    def _on_date_edited(self, qdate: QDate) -> None:
        self._state.set_date(from_qdate(qdate))

    def _on_date_changed(self, day: date) -> None:
        # The field always shows the date the map and panel show (``--date 2010-01-01`` lies
        # before the timeline): its range stretches to that day; only the slider clamps.
        self.date_edit.blockSignals(True)
        self.date_edit.setDateRange(
            to_qdate(min(day, self.first_day)), to_qdate(max(day, self.last_day))
        )
        self.date_edit.blockSignals(False)
        for widget, setter, value in (
            (self.slider, self.slider.setValue, (self._clamp(day) - self.first_day).days),
            (self.date_edit, self.date_edit.setDate, to_qdate(day)),
        ):
            widget.blockSignals(True)
            setter(value)
            widget.blockSignals(False)
        self.slider.update()
        self.reset_button.setEnabled(day != DEFAULT_AS_OF)
