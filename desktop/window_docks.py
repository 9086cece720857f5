"""The window's docks: the map panel (legend, layers, M4), the talks panel and the positions.

A mixin of :class:`desktop.main_window.MainWindow`: the docks and the panels in them are the
window's attributes (``map_dock``, ``legend``, ``layer_list``, ``m4_breakdown``, ``talks``,
``positions`` ...), as the rest of the window and the tests use them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.layer_list import LayerList
from desktop.panel.attribute_table import AttributeTable
from desktop.panel.legend_view import LegendView
from desktop.panel.m4_breakdown import M4Breakdown
from desktop.panel.positions import PositionsView
from desktop.panel.talks_panel import TalksPanel


def _rule(parent: QWidget) -> QFrame:
    rule = QFrame(parent)
    rule.setFrameShape(QFrame.Shape.HLine)
    rule.setStyleSheet("color: #d8d2c4;")
    return rule


def _set_dock_texts(dock: QDockWidget, title: str) -> None:
    dock.setWindowTitle(title)
    dock.setAccessibleName(title)
    # Qt names its title-bar buttons once, when the dock is made: again in this language.
    for name, text, description in (
        ("qt_dockwidget_closebutton", "Close", "Closes the dock widget"),
        ("qt_dockwidget_floatbutton", "Float", "Undocks and re-attaches the dock widget"),
    ):
        button = dock.findChild(QAbstractButton, name)
        if button is not None:
            button.setAccessibleName(QCoreApplication.translate("QDockWidget", text))
            button.setAccessibleDescription(QCoreApplication.translate("QDockWidget", description))


def mirrored(area, direction: Qt.LayoutDirection):
    """A dock area as seen in ``direction``: right to left (Arabic) puts the map panel on the
    right and the talks on the left, as QMainWindow does not mirror its dock areas itself."""
    if direction != Qt.LayoutDirection.RightToLeft:
        return area
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    return {left: right, right: left}.get(area, area)


class WindowDocks:
    """Builds the docks of a QMainWindow that has ``state``, ``atlas``, ``attribution`` and
    ``date_control``."""

    def _dock(self, title: Callable[[], str], name: str, widget: QWidget, area) -> QDockWidget:
        """A dock whose title (a closure of ``self.tr``) is set again on a language change."""
        dock = QDockWidget(self)
        dock.setObjectName(name)
        self._texts.add(lambda: _set_dock_texts(dock, title()))
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(mirrored(area, QApplication.layoutDirection()), dock)
        return dock

    def _build_docks(self) -> None:
        self._build_map_dock()
        self._build_talks_dock()
        self._build_positions_dock()
        self._build_attribute_dock()

    def _build_map_dock(self) -> None:
        container = QWidget(self)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        legend_title = QLabel(container)
        self.legend = LegendView(self.state, self.atlas, container)
        layout.addWidget(legend_title)
        layout.addWidget(self.legend)
        layout.addWidget(_rule(container))
        layers_title = QLabel(container)
        self.layer_list = LayerList(self.state, container)
        layers_title.setBuddy(self.layer_list)
        layout.addWidget(layers_title)
        layout.addWidget(self.layer_list)
        layout.addWidget(_rule(container))
        # A breakdown not stored with the data is measured (pyproj) once the map is on screen.
        self.m4_breakdown = M4Breakdown(self.state, self.atlas, container, measure_now=False)
        layout.addWidget(self.m4_breakdown)
        layout.addStretch(1)
        attribution = QLabel(container)
        attribution.setTextFormat(Qt.TextFormat.PlainText)
        attribution.setWordWrap(True)
        attribution.setStyleSheet("color: #6b665c; font-size: 11px;")
        layout.addWidget(attribution)
        self._texts.add(
            lambda: (
                legend_title.setText(self.tr("<b>Legend</b>")),
                layers_title.setText(self.tr("<b>Layers</b>")),
                attribution.setText(
                    self.tr("Base map: {attribution}").format(attribution=self.attribution)
                ),
                attribution.setAccessibleName(self.tr("Base map attribution")),
            )
        )
        scroll = QScrollArea(self)
        scroll.setObjectName("mapPanelScroll")
        scroll.setWidget(container)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.map_dock = self._dock(
            lambda: self.tr("Map"), "layersDock", scroll, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.layers_dock = self.map_dock  # the name the foundation used

    def _build_talks_dock(self) -> None:
        self.talks = TalksPanel(
            self.state,
            self.atlas,
            self.date_control.first_day,
            self.date_control.last_day,
            self,
        )
        self.talks_dock = self._dock(
            lambda: self.tr("Talks and events"),
            "talksDock",
            self.talks,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )

    def _build_positions_dock(self) -> None:
        self.positions = PositionsView(self.state, self.atlas, self)
        self.positions_dock = self._dock(
            lambda: self.tr("Positions stated, side by side"),
            "positionsDock",
            self.positions,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )

    def _build_attribute_dock(self) -> None:
        """The imported layers' attribute table: closed until asked for (View menu)."""
        self.attribute_table = AttributeTable(self.state, self.atlas, self)
        self.attribute_dock = self._dock(
            lambda: self.tr("Attribute table (imported events)"),
            "attributeDock",
            self.attribute_table,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.attribute_dock.hide()

    def _apply_default_dock_sizes(self) -> None:
        """Dock sizes in proportion to the window, so the map keeps most of a small screen."""
        width, height = self.width(), self.height()
        if width < 1200:  # a small screen: the positions share the right column, as a tab,
            # so the map keeps the window's full height
            self.tabifyDockWidget(self.talks_dock, self.positions_dock)
            self.talks_dock.raise_()
        left = min(max(round(width * 0.15), 180), 250)
        right = min(max(round(width * 0.26), 300), 460)
        bottom = min(max(round(height * 0.24), 150), 260)
        self.resizeDocks([self.map_dock, self.talks_dock], [left, right], Qt.Orientation.Horizontal)
        self.resizeDocks([self.positions_dock], [bottom], Qt.Orientation.Vertical)
