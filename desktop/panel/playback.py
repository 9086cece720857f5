"""Play and Compare: animate the as-of date through a period, and show gains and losses
between a remembered day and the as-of date.

Play moves the date by the chosen step every 100 ms (10 frames/s) through the state — one
transition per frame, so the map, the M4 breakdown and the lists follow as if the user had
moved the slider — and stops at the end of the timeline or on any other date change. The step
is remembered between sessions (QSettings). Compare is a toggle: on, it keeps the current day
as the earlier one and the map hatches what changed hands as the date moves.

While playing, the territory of the next frames is derived ahead on the task thread
(:class:`desktop.tasks.BackgroundWork`, ``ControlModel.prepare``): a frame then only draws.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.panel.format import fmt_date
from desktop.retranslate import Retranslated
from desktop.state import AppState
from geodata.timeline import timeline

if TYPE_CHECKING:
    from desktop.tasks import BackgroundWork

FRAME_MS = 100  # 10 frames per second
#: Frames whose territory is derived ahead while playing (two seconds of play).
PREPARE_FRAMES = 20
#: Days per frame offered, and their labels.
STEPS = (  # labels translated where shown (context PlaybackControl)
    (1, QT_TRANSLATE_NOOP("PlaybackControl", "1 day")),
    (7, QT_TRANSLATE_NOOP("PlaybackControl", "1 week")),
    (30, QT_TRANSLATE_NOOP("PlaybackControl", "1 month")),
    (91, QT_TRANSLATE_NOOP("PlaybackControl", "3 months")),
)
SETTINGS_KEY = "playback/step_days"


class PlaybackControl(Retranslated, QWidget):
    def __init__(self, state: AppState, last_day: date, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("playbackControl")
        self._state = state
        self.last_day = last_day
        self._playing_day: date | None = None
        self._background: BackgroundWork | None = None  # made when play first starts
        self._prepared_to: date | None = None  # the last day handed to the background

        self.play_button = QToolButton(self)
        self.play_button.setObjectName("playButton")
        self.play_button.setCheckable(True)
        self.speed = QComboBox(self)
        self.speed.setObjectName("playStep")
        for days, _label in STEPS:
            self.speed.addItem("", days)
        remembered = int(QSettings().value(SETTINGS_KEY, 7) or 7)
        index = self.speed.findData(remembered)
        self.speed.setCurrentIndex(index if index >= 0 else 1)

        self.compare_button = QToolButton(self)
        self.compare_button.setObjectName("compareButton")
        self.compare_button.setCheckable(True)
        self.compare_label = QLabel("", self)
        self.compare_label.setObjectName("compareLabel")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.play_button, self.speed, self.compare_button, self.compare_label):
            layout.addWidget(widget)

        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.advance)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.speed.currentIndexChanged.connect(self._on_speed_changed)
        self.compare_button.toggled.connect(self._on_compare_toggled)
        state.date_changed.connect(self._on_date_changed)
        state.compare_changed.connect(self._on_compare_changed)
        state.dataset_changed.connect(self._on_dataset_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language (playing, the step and compare mode go on)."""
        self._set_play_text()
        self.play_button.setAccessibleName(self.tr("Play"))
        self.play_button.setToolTip(
            self.tr("Animate the map from the as-of date onwards (10 frames/s)")
        )
        self.speed.setAccessibleName(self.tr("Play step"))
        self.speed.setToolTip(self.tr("How far the date moves per frame"))
        for row, (_days, label) in enumerate(STEPS):
            self.speed.setItemText(row, self.tr("{label}/frame").format(label=self.tr(label)))
        self.compare_button.setText(self.tr("Compare"))
        self.compare_button.setAccessibleName(self.tr("Compare"))
        self.compare_button.setToolTip(
            self.tr(
                "Keep this day and hatch what changed hands as you move the date (gains in the "
                "gainer's colour)"
            )
        )
        self._on_compare_changed()

    def _set_play_text(self) -> None:
        playing = self.play_button.isChecked()
        self.play_button.setText(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))

    @property
    def _ahead(self) -> BackgroundWork:
        """Work ahead of play on the task thread (desktop.tasks: imported once play starts)."""
        if self._background is None:
            from desktop.tasks import BackgroundWork

            self._background = BackgroundWork()
        return self._background

    @property
    def step_days(self) -> int:
        return int(self.speed.currentData())

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    # --- actions ----------------------------------------------------------------------------
    def advance(self) -> bool:
        """One frame: the date moves by the step; False (and play stops) at the end."""
        day = self._state.view.as_of
        if day >= self.last_day:
            self.play_button.setChecked(False)
            return False
        target = min(day + timedelta(days=self.step_days), self.last_day)
        self._playing_day = target
        self._prepare_ahead(target)
        self._state.set_date(target)
        return True

    def _prepare_ahead(self, day: date) -> None:
        """Have the task thread derive the territory of the frames after ``day`` (half the
        window ahead is still queued: nothing is submitted until it runs low)."""
        control = self._state.atlas.control if self._state.atlas is not None else None
        if control is None:
            return
        step = timedelta(days=self.step_days)
        ahead = self._prepared_to
        if ahead is not None and day + step * (PREPARE_FRAMES // 2) <= ahead:
            return
        days = [day + step * k for k in range(1, PREPARE_FRAMES + 1)]
        days = [d for d in days if d <= self.last_day]
        if days:
            self._prepared_to = days[-1]
            self._ahead.submit(lambda cancel: control.prepare(days, cancel))

    # --- slots ------------------------------------------------------------------------------
    def _on_dataset_changed(self) -> None:
        self.last_day = timeline(self._state.atlas).last_day  # play runs to the new end

    def _on_play_toggled(self, on: bool) -> None:
        self._set_play_text()
        if on:
            self._prepared_to = None
            self._prepare_ahead(self._state.view.as_of)
            self._timer.start()
        else:
            self._timer.stop()
            self._ahead.cancel()
            self._playing_day = None

    def _on_speed_changed(self) -> None:
        QSettings().setValue(SETTINGS_KEY, self.step_days)
        self._prepared_to = None  # other days now: derived ahead from the next frame

    def _on_date_changed(self, day: date) -> None:
        if self.playing and day != self._playing_day:  # the user took the date: stop
            self.play_button.setChecked(False)
        self._on_compare_changed()

    def _on_compare_toggled(self, on: bool) -> None:
        self._state.set_compare(self._state.view.as_of if on else None)

    def _on_compare_changed(self) -> None:
        since = self._state.view.compare_from
        self.compare_button.blockSignals(True)
        self.compare_button.setChecked(since is not None)
        self.compare_button.blockSignals(False)
        self.compare_label.setText(
            self.tr("since {earlier} → {date}").format(
                earlier=fmt_date(since), date=fmt_date(self._state.view.as_of)
            )
            if since
            else ""
        )
