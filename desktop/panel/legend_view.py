"""LegendView: the map legend in the side panel, painted by the shared legend painter.

The panel sits in a scroll area that may be narrower than the panel (its widest row sets the
panel's width, and the horizontal scroll bar is off): the legend is laid out in the part the
user sees — on the left in English, on the right in Arabic, where the scroll area shows the
right-hand part — so its symbols are never cut off (issue #20: the Arabic legend had lost them).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QSizePolicy, QWidget

from desktop.render.context import RenderContext
from desktop.render.legend import draw_legend, legend_sections, legend_size
from desktop.retranslate import Retranslated
from desktop.state import AppState

_SIDE = 30.0  # symbol column and padding, style pixels


class LegendView(Retranslated, QWidget):
    def __init__(self, state: AppState, atlas, parent=None):
        super().__init__(parent)
        self.setObjectName("legendView")
        self._state = state
        self._atlas = atlas
        self._viewport: QWidget | None = None
        self.sections = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for signal in (state.date_changed, state.filters_changed, state.layers_changed):
            signal.connect(self.refresh)
        state.dataset_changed.connect(self._on_dataset_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Entries, party names and dates from the legend model in the new language."""
        self.setAccessibleName(self.tr("Map legend"))
        self.refresh()

    def _on_dataset_changed(self) -> None:
        self._atlas = self._state.atlas
        self.refresh()

    def refresh(self, *_args) -> None:
        ctx = RenderContext(view=self._state.view, basemap={}, atlas=self._atlas)
        self.sections = legend_sections(ctx)
        lines = [s.title + ": " + ", ".join(e.label for e in s.entries) for s in self.sections]
        self.setAccessibleDescription(". ".join(lines))
        self.setToolTip("\n".join(lines))
        self._fit_height()
        self.update()

    def visible_span(self) -> tuple[int, int]:
        """The x range of this widget that its scroll area shows (the whole width outside one)."""
        left, right = 0, self.width()
        viewport = self._scroll_viewport()
        if viewport is not None:
            start = self.mapFrom(viewport, QPoint(0, 0)).x()
            left, right = max(left, start), min(right, start + viewport.width())
        return (left, right) if right > left else (0, self.width())

    def _scroll_viewport(self) -> QWidget | None:
        if self._viewport is None:
            parent = self.parentWidget()
            while parent is not None and not isinstance(parent, QAbstractScrollArea):
                parent = parent.parentWidget()
            if parent is not None:
                self._viewport = parent.viewport()
                self._viewport.installEventFilter(self)  # re-fit when the dock is resized
        return self._viewport

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_height()
            self.update()
        return False

    def _text_width(self) -> float:
        left, right = self.visible_span()
        return max(120.0, right - left - _SIDE)

    def _fit_height(self) -> None:
        self.setFixedHeight(
            round(legend_size(self.sections, text_width=self._text_width()).height())
        )
        self.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        size = legend_size(self.sections, text_width=self._text_width())
        return QSize(180, round(size.height()))

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        left, right = self.visible_span()
        draw_legend(
            painter,
            QPointF(left - 8, 0),  # the box's padding left of the visible part
            self.sections,
            background=False,
            text_width=self._text_width(),
            rtl=self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            width=right - left + 8,
        )
        painter.end()
