"""The window's docks: the map panel (legend, layers, M4), the talks panel and the positions.

A mixin of :class:`desktop.main_window.MainWindow`: the docks and the panels in them are the
window's attributes (``map_dock``, ``legend``, ``layer_list``, ``m4_breakdown``, ``talks``,
``positions`` ...), as the rest of the window and the tests use them.

The first frame shows the docks as frames with their titles, in the remembered layout; the
panels in them (and their modules) are made right after the map's first paint
(``_fill_docks``, issue 18), or as soon as anything asks for one of them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
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

# The panels' modules (layer_list, panel.*) are imported by _fill_docks, after the first paint.


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


# The talks panel's size hints (English, default fonts): its dock keeps that room in the first
# frame, so the layout (and a positions tab behind it) is the one the panel gets.
_TALKS_HINT, _TALKS_MINIMUM = QSize(400, 495), QSize(400, 255)
# The map panel's narrowest: the legend's shortest wrapped line (120 px of text) beside its
# symbols, the panel's margins and a scroll bar. Narrower, the legend cut its labels.
MAP_PANEL_MIN_WIDTH = 180
# Below this window width the map panel, the talks and the map cannot all sit side by side at
# their minimum widths: the map panel joins the talks' column as a tab.
_NARROW_WINDOW = 1000


class _Reserved(QWidget):
    """An empty dock content that asks for the room of the panel it stands in for."""

    def __init__(self, hint: QSize, minimum: QSize, parent: QWidget):
        super().__init__(parent)
        self._hint, self._minimum = hint, minimum

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._minimum


def _panel(name: str) -> property:
    """A panel of the docks, made (with the others) when first asked for."""

    def get(window):
        window._fill_docks()
        return window._panels[name]

    return property(get)


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

    legend = _panel("legend")
    layer_list = _panel("layer_list")
    m4_breakdown = _panel("m4_breakdown")
    talks = _panel("talks")
    attribute_table = _panel("attribute_table")

    def _build_docks(self) -> None:
        """The docks as empty frames with their titles (the first frame shows them so); the
        panels go in after the first paint (``_fill_docks``)."""
        self._panels: dict[str, QWidget] = {}
        self._map_panel = self._map_panel_scroll()
        self.map_dock = self._dock(
            lambda: self.tr("Map"),
            "layersDock",
            self._map_panel,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.layers_dock = self.map_dock  # the name the foundation used
        self.talks_dock = self._dock(
            lambda: self.tr("Talks and events"),
            "talksDock",
            _Reserved(_TALKS_HINT, _TALKS_MINIMUM, self),
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        # The positions are made now: whether they fit side by side is decided by the width
        # they are first laid out at, which a tab behind the talks (small windows) never gets.
        from desktop.panel.positions import PositionsView

        self.positions = PositionsView(self.state, self.atlas, self)
        self.positions_dock = self._dock(
            lambda: self.tr("Positions stated, side by side"),
            "positionsDock",
            self.positions,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        # The imported layers' attribute table: closed until asked for (View menu).
        self.attribute_dock = self._dock(
            lambda: self.tr("Attribute table (imported events)"),
            "attributeDock",
            QWidget(self),
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.attribute_dock.hide()

    def _fill_docks(self) -> None:
        """Make the panels and put them in their docks (once; at once if asked for first)."""
        if self._panels:
            return
        from desktop.layer_list import LayerList
        from desktop.panel.attribute_table import AttributeTable
        from desktop.panel.legend_view import LegendView
        from desktop.panel.m4_breakdown import M4Breakdown
        from desktop.panel.talks_panel import TalksPanel

        state, atlas = self.state, self.atlas
        panels = self._panels
        container = QWidget(self)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        legend_title = QLabel(container)
        panels["legend"] = legend = LegendView(state, atlas, container)
        layout.addWidget(legend_title)
        layout.addWidget(legend)
        layout.addWidget(_rule(container))
        layers_title = QLabel(container)
        panels["layer_list"] = layer_list = LayerList(state, container)
        layers_title.setBuddy(layer_list)
        layout.addWidget(layers_title)
        layout.addWidget(layer_list)
        layout.addWidget(_rule(container))
        # A breakdown not stored with the data is measured (pyproj) once the map is on screen.
        panels["m4_breakdown"] = M4Breakdown(state, atlas, container, measure_now=False)
        layout.addWidget(panels["m4_breakdown"])
        layout.addStretch(1)
        layout.addWidget(self._attribution_label(container))
        self._texts.add(
            lambda: (
                legend_title.setText(self.tr("<b>Legend</b>")),
                layers_title.setText(self.tr("<b>Layers</b>")),
            )
        )
        self._map_panel.setWidget(container)  # built whole first, as QScrollArea wants it
        panels["talks"] = TalksPanel(
            state, atlas, self.date_control.first_day, self.date_control.last_day, self
        )
        panels["attribute_table"] = AttributeTable(state, atlas, self)
        for dock, name in (
            (self.talks_dock, "talks"),
            (self.attribute_dock, "attribute_table"),
        ):
            placeholder = dock.widget()
            dock.setWidget(panels[name])
            placeholder.deleteLater()
        self._panels_filled()

    def _panels_filled(self) -> None:
        """What the window wires to the panels once they are made (MainWindow's)."""

    def _map_panel_scroll(self) -> QScrollArea:
        """The map panel's scroll area, empty until the panels are made."""
        scroll = QScrollArea(self)
        scroll.setObjectName("mapPanelScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _attribution_label(self, parent: QWidget) -> QLabel:
        attribution = QLabel(parent)
        attribution.setTextFormat(Qt.TextFormat.PlainText)
        attribution.setWordWrap(True)
        attribution.setStyleSheet("color: #6b665c; font-size: 11px;")
        self._texts.add(
            lambda: (
                attribution.setText(
                    self.tr("Base map: {attribution}").format(attribution=self.attribution)
                ),
                attribution.setAccessibleName(self.tr("Base map attribution")),
            )
        )
        return attribution

    def keep_map_panel_readable(self) -> None:
        """The map panel no narrower than its legend can be read at. Set once the docks are
        placed, so that a narrow window first puts the panel in a tab instead of growing."""
        self._map_panel.setMinimumWidth(MAP_PANEL_MIN_WIDTH)

    def _apply_default_dock_sizes(self) -> None:
        """Dock sizes in proportion to the window, so the map keeps most of a small screen."""
        width, height = self.width(), self.height()
        if width < 1200:  # a small screen: the positions share the right column, as a tab,
            # so the map keeps the window's full height
            self.tabifyDockWidget(self.talks_dock, self.positions_dock)
        if width < _NARROW_WINDOW:  # and the map panel too, rather than squeeze the legend
            self.tabifyDockWidget(self.talks_dock, self.map_dock)
        self.talks_dock.raise_()
        self.keep_map_panel_readable()
        left = min(max(round(width * 0.15), 180), 250)
        right = min(max(round(width * 0.26), 300), 460)
        bottom = min(max(round(height * 0.24), 150), 260)
        self.resizeDocks([self.map_dock, self.talks_dock], [left, right], Qt.Orientation.Horizontal)
        self.resizeDocks([self.positions_dock], [bottom], Qt.Orientation.Vertical)
