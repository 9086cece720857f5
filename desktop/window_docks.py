"""The window's docks: the map panel (legend, layers, M4), the talks panel and the positions.

A mixin of :class:`desktop.main_window.MainWindow`: the docks and the panels in them are the
window's attributes (``map_dock``, ``legend``, ``layer_list``, ``m4_breakdown``, ``talks``,
``positions`` ...), as the rest of the window and the tests use them.

The first frame shows the docks as frames with their titles, in the remembered layout; the
panels in them (and their modules) are made right after the map's first paint
(``_fill_docks``, issue 18), or as soon as anything asks for one of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
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
# frame, so the layout (and a positions tab behind it) is the one the panel gets. Its minimum
# is the panel's own (~300 px), so a small window's column can be that narrow.
_TALKS_HINT, _TALKS_MINIMUM = QSize(400, 495), QSize(300, 255)
# The map panel's narrowest: the legend's shortest wrapped line (120 px of text) beside its
# symbols, the panel's margins and a scroll bar. Narrower, the legend cut its labels.
MAP_PANEL_MIN_WIDTH = 180
# Below this window width the map panel, the talks and the map cannot all sit side by side
# with the map keeping MAP_SHARE: the map panel and the positions join the talks' column as tabs.
_NARROW_WINDOW = 1200
#: The share of the window's width the map keeps at the start, at any window size, and when
#: the window is made narrower (the side panels give up room before the map does).
MAP_SHARE = 0.58


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
        # after the docks' titles (and so their tabs' texts) change language
        self._texts.add(lambda: QTimer.singleShot(0, self._tab_tooltips))

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
        """Dock sizes in proportion to the window: the map keeps MAP_SHARE of its width."""
        width, height = self.width(), self.height()
        narrow = width < _NARROW_WINDOW
        if narrow:  # one column beside the map, the map panel's tab next to the talks' (a
            # tab further along could be scrolled out of a narrow column's tab bar)
            self.tabifyDockWidget(self.talks_dock, self.map_dock)
        if width < 1200:  # the positions share the column too, so the map keeps the height
            self.tabifyDockWidget(self.talks_dock, self.positions_dock)
        self.talks_dock.raise_()
        self.keep_map_panel_readable()
        side = round(width * (1 - MAP_SHARE))
        if narrow:
            self.resizeDocks([self.talks_dock], [side], Qt.Orientation.Horizontal)
        else:
            left = min(max(round(width * 0.15), MAP_PANEL_MIN_WIDTH), 250)
            right = min(max(side - left, 300), 460)
            self.resizeDocks(
                [self.map_dock, self.talks_dock], [left, right], Qt.Orientation.Horizontal
            )
        bottom = min(max(round(height * 0.24), 150), 260)
        self.resizeDocks([self.positions_dock], [bottom], Qt.Orientation.Vertical)
        self._tab_tooltips()

    def _side_columns(self) -> list[QDockWidget]:
        """One shown dock per column of the left and right dock areas (a tab group or a
        stack of docks is one column)."""
        sides = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        columns: dict[int, QDockWidget] = {}
        for dock in self.findChildren(QDockWidget):
            if dock.isVisible() and not dock.isFloating() and self.dockWidgetArea(dock) in sides:
                columns.setdefault(dock.geometry().x(), dock)
        return list(columns.values())

    def keep_map_share(self) -> None:
        """After the window is made narrower, the side columns give up room (down to their
        minimum) until the map has MAP_SHARE of the width again; they never grow. Where the
        map panel and the talks side by side cannot give up enough, the map panel joins the
        talks' column as a tab, as a window that starts this narrow has it."""
        columns = self._side_columns()
        excess = sum(dock.width() for dock in columns) - round(self.width() * (1 - MAP_SHARE))
        if not columns or excess <= 0:
            return
        spare = [max(dock.width() - dock.minimumSizeHint().width(), 0) for dock in columns]
        if excess > sum(spare) and self.map_dock in columns and self.talks_dock in columns:
            self.tabifyDockWidget(self.talks_dock, self.map_dock)
            self.talks_dock.raise_()
            self._tab_tooltips()
            columns = self._side_columns()
            excess = sum(d.width() for d in columns) - round(self.width() * (1 - MAP_SHARE))
            spare = [max(dock.width() - dock.minimumSizeHint().width(), 0) for dock in columns]
        if excess <= 0 or not sum(spare):
            return
        cut = min(excess, sum(spare))
        widths = [
            dock.width() - round(cut * room / sum(spare))
            for dock, room in zip(columns, spare, strict=True)
        ]
        self.resizeDocks(columns, widths, Qt.Orientation.Horizontal)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        old, new = event.oldSize().width(), event.size().width()
        if 0 < new < old and not getattr(self, "_first_show", True):
            self.keep_map_share()

    def _tab_tooltips(self) -> None:
        """The map panel's tab says what is behind it (the legend, the layers), in the
        interface language, when it shares a column with the talks; and its title stays
        whole: the docks' tab bars scroll rather than elide ("H…" for Harita, "الخري…")."""
        from PySide6.QtWidgets import QTabBar

        tip = " · ".join(
            re.sub(r"<[^>]+>", "", self.tr(text)) for text in ("<b>Legend</b>", "<b>Layers</b>")
        )
        title = self.map_dock.windowTitle()
        for bar in self.findChildren(QTabBar):
            for i in range(bar.count()):
                if bar.tabText(i) == title:
                    bar.setElideMode(Qt.TextElideMode.ElideNone)
                    bar.setUsesScrollButtons(True)
                    bar.setTabToolTip(i, tip)
