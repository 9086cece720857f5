"""The canvas's cached base map: what lies under the events, kept as one picture while dragging.

The base layers (sea up to the M4, :attr:`MapRenderer.base_layers`) cost most of a repaint
(land and zone fills over most of the frame, dashed outlines, borders and rivers) yet only
change with the scale and the state they read. :class:`BaseMapCache` renders them into
an image; a view that is the same one moved by a whole number of device pixels within the
image blits it at an offset, and only the events, labels and furniture are drawn fresh on top.
Anything else renders the base again: a zoom or a change of state just the frame (the uncached
cost), a drag past the image's edge the frame with a margin on every side (leaning the way the
drag goes).

While a zoom gesture runs (wheel steps, +/-), the canvas asks for a *preview*: the last picture
scaled to the new view (a few milliseconds), as map programs do, then one frame drawn sharp
once the gesture pauses.

The blitted picture is the picture a direct render draws, pixel for pixel, wherever no stroke
is cut by the frame's edge. Where one is, Qt strokes a line cut by a device's edge slightly
differently from the same line cut further out (an anti-aliasing step; a dashed line's dashes
may shift): the cached frame then matches within that, and keeps dashes still while dragging.

Screen only: exports keep drawing vectors through :meth:`MapRenderer.render`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QTransform

from desktop.render.control_layers import selected_feature_ids
from geodata.model import DEFAULT_AS_OF

if TYPE_CHECKING:
    from desktop.render.context import RenderContext
    from desktop.render.renderer import MapRenderer
    from desktop.render.transform import MapTransform

#: Device pixels of base map kept beyond each side of the frame while dragging (half as many
#: again ahead of the drag, half as many behind it): a drag redraws the base about once per
#: this many pixels and a half.
MARGIN_DEVICE_PIXELS = 192
_WHOLE = 1e-3  # device pixels: a pan this close to a whole number is one


@dataclass(frozen=True)
class _Grid:
    """How a painter's logical pixels sit on its device: the pixel ratio, and the fraction of
    a device pixel by which its origin is offset (a widget at a fractional ratio, such as 1.25,
    may start half-way into a device pixel)."""

    dpr: float
    fraction_x: float
    fraction_y: float

    def matches(self, other: _Grid) -> bool:
        return (
            self.dpr == other.dpr
            and abs(self.fraction_x - other.fraction_x) < 1e-9
            and abs(self.fraction_y - other.fraction_y) < 1e-9
        )

    @property
    def aligned(self) -> bool:
        return not (self.fraction_x or self.fraction_y)


def _grid(painter: QPainter) -> _Grid | None:
    """The painter's device grid, or None if its transform is more than a scale and a shift."""
    device = painter.device()
    dpr = device.devicePixelRatioF() if device is not None else 1.0
    matrix = painter.deviceTransform()
    if (
        matrix.type().value > QTransform.TransformationType.TxScale.value
        or abs(matrix.m11() - dpr) > 1e-9
        or abs(matrix.m22() - dpr) > 1e-9
    ):
        return None
    return _Grid(dpr, matrix.dx() - math.floor(matrix.dx()), matrix.dy() - math.floor(matrix.dy()))


@dataclass
class _Picture:
    image: QImage
    transform: MapTransform  # the view it is centred on (the image adds the margin around it)
    margin: int  # logical pixels on each side


@dataclass(frozen=True)
class _Frame:
    """The view, pixel grid and state the last frame's base was drawn for."""

    transform: MapTransform
    grid: _Grid
    key: tuple

    def same_base(self, transform: MapTransform, grid: _Grid, key: tuple) -> bool:
        """The same scale, size and state: the base differs only by where the frame lies."""
        return (
            self.transform.pixels_per_metre == transform.pixels_per_metre
            and (self.transform.width, self.transform.height) == (transform.width, transform.height)
            and self.grid.matches(grid)
            and self.key == key
        )


class BaseMapCache:
    """Draws a frame like :meth:`MapRenderer.render`, with the base layers from a cached image."""

    def __init__(self, renderer: MapRenderer, margin_device_pixels: int = MARGIN_DEVICE_PIXELS):
        self.renderer = renderer
        self.margin_device_pixels = margin_device_pixels
        self._picture: _Picture | None = None  # of the base of self._last
        self._last: _Frame | None = None
        self.renders = 0  # how many times the base was rendered (tests, benchmark notes)
        self.previewing = False  # the last frame showed a scaled picture: draw it sharp soon

    def clear(self) -> None:
        self._picture = None
        self._last = None

    def render(
        self,
        painter: QPainter,
        transform: MapTransform,
        ctx: RenderContext,
        overlays: bool = True,
        preview: bool = False,
    ) -> None:
        """The whole frame: the base (blitted from the picture when it can be), then what lies
        over it drawn fresh. With ``preview``, a zoom shows the last picture scaled instead of
        rendering the base (:attr:`previewing` then says a sharp frame is due)."""
        renderer = self.renderer
        grid = _grid(painter)
        previewed, self.previewing = self.previewing, False
        if grid is None:  # a rotated or sheared painter: no whole-pixel blit is the same
            renderer.render(painter, transform, ctx, overlays)
            return
        renderer.begin(painter, transform, ctx, overlays)
        frame = _Frame(transform, grid, base_key(renderer, ctx))
        if preview and self._can_preview(frame):
            self._last = frame
            self._draw_preview(painter, transform, ctx)
            self.previewing = True
            renderer.render_top(painter, transform, ctx, overlays)
            return
        last, self._last = self._last, frame
        # After a zoom preview the sharp frame is drawn as a zoom's is: just the frame.
        dragged = not previewed and last is not None and last.same_base(transform, grid, frame.key)
        offset = self._offset(transform, grid) if dragged else None
        if offset is None:
            # Dragged off the picture (or the drag starts): drawn again around the frame with
            # its margin, leaning the way the view moved. A zoom or a change of state: just
            # the frame, at about the uncached cost (kept for repaints of the same view, such
            # as a filter change, which only redraw what lies over it).
            before = last.transform if dragged and last is not None else None
            offset = self._draw_picture(transform, ctx, grid, before)
        if offset is None:  # no whole-pixel margin at this pixel ratio: drawn directly
            self._picture = None
            self.renders += 1
            renderer.render_base(painter, transform, ctx)
        else:
            self._blit(painter, transform, ctx, grid, offset)
        renderer.render_top(painter, transform, ctx, overlays)

    # --- zoom previews --------------------------------------------------------------------
    def _can_preview(self, frame: _Frame) -> bool:
        """A picture of the same state and size at another scale: a zoom step."""
        picture, last = self._picture, self._last
        return (
            picture is not None
            and last is not None
            and last.key == frame.key
            and last.grid.matches(frame.grid)
            and (last.transform.width, last.transform.height)
            == (frame.transform.width, frame.transform.height)
            and picture.transform.pixels_per_metre != frame.transform.pixels_per_metre
        )

    def _draw_preview(self, painter: QPainter, transform: MapTransform, ctx) -> None:
        """The picture scaled and moved to where its map area lies in this view, over the sea
        (which shows where a zoom out uncovers what the picture does not hold)."""
        picture = self._picture
        assert picture is not None
        sea = self.renderer.layer("sea")
        if sea is not None and _opaque(ctx):
            sea.paint(painter, transform, ctx)
        old, margin = picture.transform, picture.margin
        top_left = transform.to_screen(*old.to_map(-margin, -margin))
        bottom_right = transform.to_screen(*old.to_map(old.width + margin, old.height + margin))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(QRectF(top_left, bottom_right), picture.image)
        painter.restore()

    # --- the picture ----------------------------------------------------------------------
    def _offset(self, transform: MapTransform, grid: _Grid) -> tuple[float, float] | None:
        """Where the frame's top-left lies in the picture (logical pixels), if it can be blitted
        from there: moved by whole device pixels, within the margin."""
        picture = self._picture
        if picture is None or picture.transform.pixels_per_metre != transform.pixels_per_metre:
            return None  # none, or one shown scaled by a zoom preview
        scale = transform.pixels_per_metre
        dx = picture.margin + (transform.center_x - picture.transform.center_x) * scale
        dy = picture.margin - (transform.center_y - picture.transform.center_y) * scale
        dpr = grid.dpr
        for value in (dx, dy):
            device = value * dpr
            if abs(device - round(device)) > _WHOLE or not 0 <= value <= 2 * picture.margin:
                return None
        return round(dx * dpr) / dpr, round(dy * dpr) / dpr

    def _blit(self, painter, transform: MapTransform, ctx, grid: _Grid, offset) -> None:
        """The frame's part of the picture, on whole device pixels (the picture's content
        carries the painter's fraction of a pixel)."""
        assert self._picture is not None
        dpr = grid.dpr
        part = QRectF(
            round(offset[0] * dpr),
            round(offset[1] * dpr),
            math.ceil(transform.width * dpr + grid.fraction_x - 1e-9),
            math.ceil(transform.height * dpr + grid.fraction_y - 1e-9),
        )
        painter.save()
        if _opaque(ctx) and grid.aligned:  # the sea fills it: a copy is the same as a blend
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        at = QPointF(-grid.fraction_x / dpr, -grid.fraction_y / dpr)
        painter.drawImage(at, self._picture.image, part)
        painter.restore()

    def _draw_picture(
        self, transform: MapTransform, ctx, grid: _Grid, before: MapTransform | None
    ) -> tuple[float, float] | None:
        """Render the base for this frame; where the frame lies in the picture, or None if no
        margin is a whole number of device pixels at this ratio.

        With ``before`` (the view was dragged from there) the picture gets its margin and
        leans half a margin the way the view moved: more ahead, less behind, so a drag
        redraws it less often. Without, it is just the frame.
        """
        dpr = grid.dpr
        margin, lean_x, lean_y = 0, 0, 0
        if before is not None:
            margin = _whole_device_pixels(self.margin_device_pixels, dpr)
            lean = _whole_device_pixels(self.margin_device_pixels // 2, dpr, up=False)
            if margin is None or lean is None:
                return None
            scale = transform.pixels_per_metre
            lean_x = _toward((transform.center_x - before.center_x) * scale, lean)
            lean_y = _toward((before.center_y - transform.center_y) * scale, lean)
        width, height = transform.width + 2 * margin, transform.height + 2 * margin
        # One device pixel more each way when the content is shifted by a fraction of one.
        size = (
            math.ceil(width * dpr - 1e-9) + (0 if grid.aligned else 1),
            math.ceil(height * dpr - 1e-9) + (0 if grid.aligned else 1),
        )
        image = self._picture.image if self._picture is not None else None
        if image is None or (image.width(), image.height()) != size:
            image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        if not (_opaque(ctx) and grid.aligned):
            image.fill(0)  # edge pixels the frame only partly covers blend as drawn directly
        # Centred ``lean`` pixels ahead of the frame, ``margin`` larger on every side.
        centred = transform.panned(-lean_x, -lean_y)
        painter = QPainter(image)
        try:
            painter.translate(grid.fraction_x / dpr, grid.fraction_y / dpr)
            self.renderer.render_base(painter, centred.resized(width, height), ctx)
        finally:
            painter.end()
        self.renders += 1
        self._picture = _Picture(image, centred, margin)
        return float(margin - lean_x), float(margin - lean_y)


def _opaque(ctx: RenderContext) -> bool:
    return "sea" not in ctx.hidden_layers and "sea" not in ctx.view.hidden_layers


def _toward(moved: float, lean: int) -> int:
    """The lean along one axis: toward where the frame moved from the old picture's centre."""
    if abs(moved) < 0.5:
        return 0
    return lean if moved > 0 else -lean


def _whole_device_pixels(device_pixels: int, dpr: float, up: bool = True) -> int | None:
    """About ``device_pixels`` as a whole number of logical pixels that is also a whole number
    of device pixels (rounded up, or down); None if there is none close by."""
    start = math.ceil(device_pixels / dpr) if up else math.floor(device_pixels / dpr)
    for step in range(16):
        value = start + step if up else start - step
        if value >= 0 and abs(value * dpr - round(value * dpr)) < 1e-6:
            return value
    return None


def base_key(renderer: MapRenderer, ctx: RenderContext) -> tuple:
    """Everything the base layers read besides the transform.

    The view's filter fields and extent never change the base (zones, lines and borders are
    not filtered), nor do the selected and hovered zones (their outlines are drawn over the
    base every frame), so they are blanked: a filter change, a click on a zone, the pointer
    crossing into another zone or the canvas reporting its extent keeps the picture. The date
    counts only through what the base layers draw of it — the zones and map features valid
    that day — so dragging the date within one control period keeps it too; a selected event
    only through the map features it highlights (the M4, the corridor); hidden layers only
    when they are base layers. Any other field, including ones added later, renders it again.
    (A base layer that reads the date or the selected event some other way must add what it
    reads here.)
    """
    view = replace(
        ctx.view,
        as_of=DEFAULT_AS_OF,
        parties=frozenset(),
        kinds=frozenset(),
        text="",
        date_from=None,
        date_to=None,
        extent=None,
        selected_zone=None,
        selected_event=None,
        hidden_layers=frozenset(),
    )
    base_ids = {layer.id for layer in renderer.base_layers}
    hidden = (ctx.hidden_layers | ctx.view.hidden_layers) & base_ids
    return (
        _Same(ctx.atlas),
        _Same(ctx.basemap),
        _Same(renderer),
        view,
        _valid_on(ctx),
        frozenset(selected_feature_ids(ctx)),
        frozenset(hidden),
        ctx.unit,
        ctx.vector_text,
        ctx.label_language,  # a language change redraws what a base layer may name
    )


def _valid_on(ctx: RenderContext) -> tuple:
    """The zones and map features the base layers draw on the view's date (by identity)."""
    atlas, day = ctx.atlas, ctx.view.as_of
    if atlas is None:
        return (day,)
    return (
        tuple(id(zone) for zone in atlas.zones_at(day)),
        tuple(id(feature) for feature in atlas.features_at(day)),
    )


class _Same:
    """Compares by identity (the atlas and base map are large and never equal by value); holds
    a reference so the id is never reused while the picture lives."""

    __slots__ = ("obj",)

    def __init__(self, obj) -> None:
        self.obj = obj

    def __eq__(self, other) -> bool:
        return isinstance(other, _Same) and other.obj is self.obj

    def __hash__(self) -> int:
        return id(self.obj)
