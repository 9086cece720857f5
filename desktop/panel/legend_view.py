"""LegendView: the map legend in the side panel, painted by the shared legend painter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.render.context import RenderContext
from desktop.render.legend import draw_legend, legend_sections, legend_size
from desktop.state import AppState


class LegendView(QWidget):
    def __init__(self, state: AppState, atlas, parent=None):
        super().__init__(parent)
        self.setObjectName("legendView")
        self.setAccessibleName(self.tr("Map legend"))
        self._state = state
        self._atlas = atlas
        self.sections = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for signal in (state.date_changed, state.filters_changed, state.layers_changed):
            signal.connect(self.refresh)
        state.dataset_changed.connect(self._on_dataset_changed)
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

    def _text_width(self) -> float:
        return max(120.0, self.width() - 30.0)  # symbol column and padding

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
        draw_legend(
            painter, QPointF(-8, 0), self.sections, background=False, text_width=self._text_width()
        )
        painter.end()
