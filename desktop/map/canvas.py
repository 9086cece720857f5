"""MapCanvas: the interactive map. Paints through the shared renderer; reports user input as ids.

A QWidget painted by :class:`MapRenderer` rather than a QGraphicsScene: every layer is drawn
in bulk from cached paths, so the scene graph would add per-item cost and nothing else, and the
exporters reuse exactly the same painting code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.map.view_bounds import (
    REGION,
    at_least,
    box_around,
    inside_region,
    selection_bounds,
    within_context,
)
from desktop.render.base_cache import BaseMapCache
from desktop.render.context import RenderContext
from desktop.render.event_layer import draw_off_map_pointer
from desktop.render.overlays import draw_place_pin
from desktop.render.renderer import MapRenderer
from desktop.render.transform import MapTransform
from desktop.retranslate import Retranslated
from desktop.state import AppState
from geodata.extent import DEFAULT_EXTENT

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QImage, QPaintEvent

    from desktop.map.hit_test import HitTester
    from desktop.map.measure import MeasureTool
    from geodata.atlas import Atlas
    from geodata.basemap import BaseFeature

_CLICK_SLOP = 4  # pixels a press may move and still count as a click
_WHEEL_STEP = 1.25
_SHARPEN_AFTER_MS = 150  # a pause in a zoom gesture this long draws the map sharp
_MIN_FOCUS_DEGREES = 1.4  # never zoom closer than this when focusing (a lone town is too close)


class MapCanvas(Retranslated, QWidget):
    zone_clicked = Signal(str)
    locality_clicked = Signal(str)  # a tracked locality's dot: its control history
    event_clicked = Signal(str)
    empty_clicked = Signal()
    cursor_moved = Signal(float, float)  # lon, lat
    cursor_left = Signal()
    m4_clicked = Signal(str)  # the stretch clicked, described in one line
    measured = Signal(str)  # the measuring tool's distance and area, after each point
    view_moved = Signal(object)  # visible lon/lat bounds after the user panned or zoomed

    def __init__(
        self,
        state: AppState,
        renderer: MapRenderer,
        basemap: Mapping[str, Sequence[BaseFeature]],
        atlas: Atlas | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mapCanvas")
        self._set_texts()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self._state = state
        self._renderer = renderer
        # The base map (sea up to the M4) as one picture: a drag blits it and draws only the
        # events, labels and furniture fresh (see desktop.render.base_cache).
        self._base_cache = BaseMapCache(renderer)
        self._basemap = basemap
        self._atlas = atlas
        # What is under the pointer, and the measuring tool: made (their modules imported)
        # when first used, not before the first paint.
        self._hit_tester: HitTester | None = None
        self._measure: MeasureTool | None = None
        self._transform: MapTransform | None = None
        self._pending_extent = state.view.extent or DEFAULT_EXTENT
        self._pending_margin = 0.02 if state.view.extent else 0.03
        self._fit_held = False  # see hold_fit
        self._press: QPoint | None = None
        self._pan_carry = (0.0, 0.0)  # device pixels of a move not yet made (see pan_by)
        self._last_drag: QPoint | None = None
        self._dragged = False
        self._hover_zone: str | None = None
        self._reported_extent = None
        self._report_timer = QTimer(self, singleShot=True, interval=250)
        self._report_timer.timeout.connect(self._report_extent)
        # During a zoom gesture frames show the base map scaled; this long after the last
        # step it is drawn sharp.
        self._zooming = False
        self._sharpen_timer = QTimer(self, singleShot=True, interval=_SHARPEN_AFTER_MS)
        self._sharpen_timer.timeout.connect(self._sharpen)
        state.date_changed.connect(self._on_date_changed)
        state.selection_changed.connect(self.update)
        state.filters_changed.connect(self.update)
        state.layers_changed.connect(self.update)
        state.compare_changed.connect(self.update)
        state.extent_changed.connect(self._on_extent_changed)
        state.dataset_changed.connect(self._on_dataset_changed)

    def _set_texts(self) -> None:
        self.setAccessibleName(self.tr("Map"))
        self.setAccessibleDescription(
            self.tr(
                "Map of northern Syria. Drag or arrow keys to pan, wheel or plus/minus to zoom, "
                "click a zone or event to select it, Escape to clear the selection."
            )
        )

    def retranslate(self) -> None:
        """Texts; the map's labels follow the interface language (the render context reads
        it), so one repaint redraws them in the new one, in the same view."""
        self._set_texts()
        self.update()

    @property
    def _hit(self) -> HitTester:
        """The hit tester of the dataset shown (it asks the events layers what they drew)."""
        if self._hit_tester is None:
            from desktop.map.hit_test import HitTester

            self._hit_tester = HitTester(self._atlas, self._renderer.layer("imported_events"))
        return self._hit_tester

    @property
    def measure(self) -> MeasureTool:
        """The measuring tool (off until Tools > Measure turns it on)."""
        if self._measure is None:
            from desktop.map.measure import MeasureTool

            self._measure = MeasureTool()
        return self._measure

    # --- view -----------------------------------------------------------------------------
    @property
    def transform(self) -> MapTransform:
        """The current view. Until the canvas is first painted (so has its real size) it is the
        pending extent fitted to whatever size the widget has, recomputed on every call."""
        width, height = self.width(), self.height()
        if self._transform is None:
            return inside_region(
                MapTransform.fit(self._pending_extent, width, height, self._pending_margin)
            )
        if (self._transform.width, self._transform.height) != (width, height):
            self._transform = self._transform.resized(width, height)
        return self._transform

    def hold_fit(self, held: bool) -> None:
        """While held, a paint does not fix the view: the pending extent is fitted to the size
        the canvas has. The window holds it while the docks' panels, made after the first
        paint, may still resize the canvas, so the map shows the same region once they are in.
        A pan or zoom meanwhile fixes the view as usual."""
        self._fit_held = held

    def _settle(self) -> None:
        if self._transform is None:
            self._transform = self.transform

    def zoom_to(
        self, lonlat_bounds: tuple[float, float, float, float], margin: float = 0.08
    ) -> None:
        self._pending_extent, self._pending_margin = tuple(lonlat_bounds), margin
        if self._transform is not None:
            fitted = MapTransform.fit(lonlat_bounds, self.width(), self.height(), margin)
            self._transform = inside_region(fitted)
        self._moved()

    def zoom_to_fit(self) -> None:
        self.zoom_to(REGION, margin=0.02)

    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        """One step of a zoom gesture (wheel, +/-, the zoom buttons)."""
        self._settle()
        self._transform = within_context(self.transform.zoomed(factor, around))
        self._zooming = True
        self._sharpen_timer.start()
        self._moved()

    def _sharpen(self) -> None:
        self._zooming = False
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by (dx, dy) logical pixels, in whole device pixels: at a fractional
        screen scaling (125 %, 150 %) a move of a few pixels is not whole, and the cached base
        map (blitted by whole device pixels) would be drawn again at every move. What is left
        over is carried to the next move, so a drag still follows the pointer."""
        ratio = self.devicePixelRatioF()
        want_x = dx * ratio + self._pan_carry[0]
        want_y = dy * ratio + self._pan_carry[1]
        step_x, step_y = round(want_x), round(want_y)
        self._pan_carry = (want_x - step_x, want_y - step_y)
        self._settle()
        self._transform = within_context(self.transform.panned(step_x / ratio, step_y / ratio))
        self._moved()

    def _moved(self) -> None:
        self.update()
        self._report_timer.start()

    def _report_extent(self) -> None:
        self._reported_extent = self.transform.visible_lonlat_bounds()
        self.view_moved.emit(self._reported_extent)

    def _on_extent_changed(self, extent: tuple[float, float, float, float] | None) -> None:
        if extent is not None and extent != self._reported_extent:
            self.zoom_to(extent, margin=0.02)

    def _on_dataset_changed(self) -> None:
        """Another dataset: its zones and events are hit-tested and drawn (the base cache
        sees the new atlas in the context and draws again)."""
        self._atlas = self._state.atlas
        self._hit_tester = None
        self.update()

    def _on_date_changed(self, _day: date) -> None:
        self._hover_zone = None
        self.update()

    def context(self) -> RenderContext:
        return RenderContext(
            view=self._state.view,
            basemap=self._basemap,
            atlas=self._atlas,
            hover_zone=self._hover_zone,
            # The window shows the legend in its side panel; the map stays uncluttered.
            hidden_layers=frozenset({"legend"}),
        )

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self._fit_held:  # painted at its real size: now the view only moves on request
            self._settle()
        painter = QPainter(self)
        try:
            cache = self._base_cache
            cache.render(painter, self.transform, self.context(), preview=self._zooming)
            if cache.previewing and not self._sharpen_timer.isActive():
                self._sharpen_timer.start()
            if self._measure is not None:  # nothing to draw before it is first used
                self._measure.paint(painter, self.transform)
            place = self._state.place
            if place is not None:
                point = self.transform.lonlat_to_screen(place.lon, place.lat)
                if self.rect().contains(point.toPoint()):
                    draw_place_pin(painter, point)
                else:
                    draw_off_map_pointer(painter, self.transform, point, place.name)
        finally:
            painter.end()

    def render_image(self, scale: float = 1.0) -> QImage:
        """The map as drawn now (layers and overlays), as a QImage: for tests and previews."""
        from PySide6.QtGui import QImage

        transform = self.transform.scaled_device(scale)
        image = QImage(transform.width, transform.height, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            ctx = self.context()
            ctx.unit = scale
            self._renderer.render(painter, transform, ctx)
        finally:
            painter.end()
        return image

    # --- input ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._last_drag = event.position().toPoint()
            self._dragged = False
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        lon, lat = self.transform.screen_to_lonlat(pos.x(), pos.y())
        self.cursor_moved.emit(lon, lat)
        if self._press is not None and self._last_drag is not None:
            if (pos - self._press).manhattanLength() > _CLICK_SLOP:
                self._dragged = True
            if self._dragged:
                delta = pos - self._last_drag
                self._last_drag = pos
                self.pan_by(delta.x(), delta.y())
            return
        self._update_hover(pos, event.globalPosition().toPoint(), lon, lat)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        self.unsetCursor()
        clicked = not self._dragged
        self._press = self._last_drag = None
        if clicked:
            self.click_at(event.position())

    def click_at(self, pos: QPointF) -> None:
        """Select what is under a pixel: an event marker first, else a zone, else nothing; a
        cluster of imported events is zoomed into instead."""
        if self.measure.active:  # measuring: a click is a point of the line, not a selection
            self.measure.add(*self.transform.screen_to_lonlat(pos.x(), pos.y()))
            self.measured.emit(self.measure.summary())
            self.update()
            return
        hit = self._hit.hit(self.transform, self._state.view, pos.x(), pos.y())
        if hit.cluster_bounds is not None:
            self.zoom_to(hit.cluster_bounds, margin=0.2)  # a cluster opens up as it is zoomed
        elif hit.event_id:
            self.event_clicked.emit(hit.event_id)
        elif hit.locality_id:
            self.locality_clicked.emit(hit.locality_id)
        elif hit.m4_stretch:  # the stretch: who holds it, from town to town, km
            tip = self._hit.tooltip(hit)
            QToolTip.showText(self.mapToGlobal(pos.toPoint()), tip, self, QRect(), 15000)
            self.m4_clicked.emit(hit.m4_stretch.replace("\n", " · "))
        elif hit.zone_id:
            self.zone_clicked.emit(hit.zone_id)
        else:
            self.empty_clicked.emit()

    def _update_hover(self, pos: QPoint, global_pos: QPoint, lon: float, lat: float) -> None:
        hit = self._hit.hit(self.transform, self._state.view, pos.x(), pos.y())
        zone_id = hit.zone_id
        if zone_id != self._hover_zone:
            self._hover_zone = zone_id
            self.update()
        tip = self._hit.tooltip(hit)
        if tip:
            QToolTip.showText(global_pos, tip, self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, _event: QEvent) -> None:  # noqa: N802
        self.cursor_left.emit()
        if self._hover_zone is not None:
            self._hover_zone = None
            self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(_WHEEL_STEP**steps, event.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = max(40, min(self.width(), self.height()) // 6)
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (step, 0),
            Qt.Key.Key_Right: (-step, 0),
            Qt.Key.Key_Up: (0, step),
            Qt.Key.Key_Down: (0, -step),
        }
        if key in moves:
            self.pan_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(_WHEEL_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / _WHEEL_STEP)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.zoom_to_fit()
        elif key == Qt.Key.Key_Escape and self.measure.active:
            self.set_measuring(False)
        else:
            super().keyPressEvent(event)

    def set_measuring(self, on: bool) -> None:
        """Start (clicks add points) or end the measuring tool; ending clears its line."""
        self.measure.active = on
        self.measure.clear()
        self.setCursor(Qt.CursorShape.CrossCursor) if on else self.unsetCursor()
        self.measured.emit(self.measure.summary() if on else "")
        self.update()

    def focus_selection(self) -> None:
        """Pan and zoom to the picked place, the selected zone, or the selected event and what
        it concerns."""
        place = self._state.place
        if place is not None:
            if not (REGION[0] <= place.lon <= REGION[2] and REGION[1] <= place.lat <= REGION[3]):
                return  # a venue abroad (Moscow): the map keeps its view and points the way
            self.zoom_to(box_around(place.lon, place.lat, 0.7), margin=0.0)
            return
        bounds = selection_bounds(self._atlas, self._state.view)
        if bounds is not None:
            self.zoom_to(at_least(bounds, _MIN_FOCUS_DEGREES), margin=0.1)
