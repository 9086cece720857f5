"""M4Breakdown: who held which stretch of the M4 on the as-of date — a strip and a km table."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.i18n import ltr
from desktop.panel.format import esc, fmt_date, party_colour, party_name
from desktop.retranslate import Retranslated
from desktop.state import AppState
from geodata.errors import AtlasError
from geodata.m4_length import approx_km

_UNHELD = "#d9d5cc"  # stretches outside every zone
_MEASURING = QT_TRANSLATE_NOOP("M4Breakdown", "Measuring the M4…")  # translated where shown


def summarise(segments: list[dict]) -> list[tuple[str | None, float]]:
    """Km per controller, longest first; ``None`` is road outside every mapped zone."""
    totals: dict[str | None, float] = defaultdict(float)
    for segment in segments:
        totals[segment.get("controller")] += float(segment.get("km") or 0.0)
    return sorted(totals.items(), key=lambda item: -item[1])


class M4Strip(Retranslated, QWidget):
    """The road drawn straight, west (Latakia) to east (Iraqi border), coloured by controller."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("m4Strip")
        self.segments: list[dict] = []
        self.colours: dict[str | None, QColor] = {}
        self.setMinimumHeight(40)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("M4 control strip, west to east"))
        self.update()  # its ends are named when painted

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, 40)

    def set_segments(self, segments: list[dict], colours: dict[str | None, QColor]) -> None:
        self.segments, self.colours = segments, colours
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        total = max((s["to_km"] for s in self.segments), default=0.0)
        bar = QRectF(1, 4, self.width() - 2, 16)
        if total > 0:
            for segment in self.segments:
                x0 = bar.left() + bar.width() * segment["from_km"] / total
                x1 = bar.left() + bar.width() * segment["to_km"] / total
                colour = self.colours.get(segment.get("controller"), QColor(_UNHELD))
                painter.fillRect(QRectF(x0, bar.top(), max(0.8, x1 - x0), bar.height()), colour)
        painter.setPen(QPen(QColor("#6b665c"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        painter.setFont(font)
        painter.setPen(QColor("#6b665c"))
        text_rect = QRectF(bar.left(), bar.bottom() + 2, bar.width(), 16)
        # West stays on the left in every language (the strip is the road as on the map):
        # absolute alignment, or a right-to-left window would put "W · Latakia" at the east end.
        align = Qt.AlignmentFlag.AlignAbsolute
        west, east, middle = self.tr("W · Latakia"), self.tr("Iraq · E"), ltr(approx_km(total))
        metrics = QFontMetricsF(font)
        ends = max(metrics.horizontalAdvance(west), metrics.horizontalAdvance(east))
        if 2 * ends + metrics.horizontalAdvance(middle) + 12 > bar.width():
            # A narrow panel: the ends would run into the km; the compass points alone.
            west, east = west.split(" · ")[0], east.split(" · ")[-1]
        painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignLeft, west)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, middle)
        painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignRight, east)
        painter.end()


class M4Breakdown(Retranslated, QWidget):
    """``measure_now=False``: a breakdown that has to be measured (it imports pyproj, ~0.05 s)
    waits for a ``refresh()`` call, which the window makes once the map is on screen; the
    bundled zones' breakdown, stored with the data (geodata.m4_stored), shows at once."""

    def __init__(self, state: AppState, atlas, parent=None, measure_now: bool = True):
        super().__init__(parent)
        self.setObjectName("m4Breakdown")
        self._state = state
        self._atlas = atlas
        self.rows: list[tuple[str | None, float]] = []
        self.pending = False
        self._cache: dict[tuple[str, ...], list[dict]] = {}  # by the set of zones in force
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.strip = M4Strip(self)
        self.table = QWidget(self)
        self._grid = QGridLayout(self.table)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #8a3b12;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.title, self.strip, self.table, self.empty):
            layout.addWidget(widget)
        state.date_changed.connect(self.refresh)
        state.dataset_changed.connect(self._on_dataset_changed)
        self.setAccessibleName(self.tr("M4 control breakdown"))
        self.refresh(measure=measure_now)

    def retranslate(self) -> None:
        """The title, the rows' party names and the messages in the new language (what was
        measured is kept; a breakdown still waiting to be measured keeps waiting)."""
        self.setAccessibleName(self.tr("M4 control breakdown"))
        self.refresh(measure=not self.pending)

    def _on_dataset_changed(self) -> None:
        self._atlas = self._state.atlas
        self._cache.clear()  # keyed by zone ids: another dataset may reuse them
        self.refresh()

    def refresh(self, *_args, measure: bool = True) -> None:
        """Show the breakdown on the state's date (``measure=False``: only if already known)."""
        day = self._state.view.as_of
        self.title.setText(
            self.tr("<b>M4 control</b> as of {date}").format(date=esc(fmt_date(day)))
        )
        segments: list[dict] = []
        message = ""
        if self._atlas is None:
            message = self.tr("No atlas data loaded.")
        elif not self._atlas.bundled_zones_at(day):
            message = self.tr("No control data for {date}.").format(date=fmt_date(day))
        else:
            key = tuple(sorted(z.id for z in self._atlas.bundled_zones_at(day)))
            try:
                if key not in self._cache:
                    stored = self._atlas.stored_m4_breakdown(day)
                    if stored is not None:
                        self._cache[key] = stored
                    elif measure:
                        self._cache[key] = self._atlas.m4_breakdown(day)
                    else:
                        message = _MEASURING
            except AtlasError as exc:
                message = str(exc)
            segments = self._cache.get(key, [])
        self.rows = summarise(segments)
        colours = {
            c: QColor(party_colour(self._atlas, c)) if c else QColor(_UNHELD) for c, _ in self.rows
        }
        self.strip.set_segments(segments, colours)
        self._fill_table(colours)
        has_data = bool(segments)
        self.strip.setVisible(has_data)
        self.table.setVisible(has_data)
        self.empty.setVisible(not has_data)
        self.pending = message == _MEASURING  # a refresh() will measure it
        self.empty.setText(self.tr(message) if message == _MEASURING else message)
        self.setToolTip(
            self.tr(
                "Length of the M4 inside each controller's zone, rounded to what the line "
                "supports: the road is drawn as straight segments between towns (±10 %), and "
                "zone boundaries are approximate, so the split is too."
            )
            if has_data
            else message
        )

    def _fill_table(self, colours: dict[str | None, QColor]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from sight now, deleted when control returns
                item.widget().deleteLater()
        total = sum(km for _, km in self.rows) or 1.0
        for row, (controller, km) in enumerate(self.rows):
            name = (
                party_name(self._atlas, controller, self._state.view.as_of)
                if controller
                else self.tr("Outside mapped zones")
            )
            swatch = QLabel(self.table)
            swatch.setFixedSize(12, 12)
            swatch.setStyleSheet(
                f"background: {colours[controller].name()}; border: 1px solid #6b665c;"
            )
            label = QLabel(name, self.table)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            value = QLabel(ltr(approx_km(km)), self.table)  # "≈ 440 km ± 10 %" in any direction
            share = QLabel(f"{100 * km / total:.0f}%", self.table)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            share.setStyleSheet("color: #6b665c;")
            label.setAccessibleName(
                self.tr("{name}: {km}, {share:.0f} percent").format(
                    name=name, km=ltr(approx_km(km)), share=100 * km / total
                )
            )
            # The name on its own line, the figures under it: side by side they needed more
            # than the dock's width ("Suriye Demokratik Güçleri (SDG)" beside "≈ 440 km ± 10 %")
            # and the figures were cut off.
            self._grid.addWidget(swatch, 2 * row, 0)
            self._grid.addWidget(label, 2 * row, 1, 1, 2)
            self._grid.addWidget(value, 2 * row + 1, 1)
            self._grid.addWidget(share, 2 * row + 1, 2)
        self._grid.setColumnStretch(1, 1)
