"""Layers of the control history: compare mode's gains and losses, and the localities whose
control is recorded (dots in their controller's colour, the clickable way into a history)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from desktop.render import style
from desktop.render.base_layers import _cosmetic_pen
from desktop.render.context import RenderContext
from desktop.render.paths import PathCache
from desktop.render.transform import MapTransform
from geodata.control.compare import gains_between
from geodata.projection import to_mercator

#: Localities are drawn from this scale (ground metres per style pixel, ~1:1.5M) inwards: at
#: the scale of all northern Syria thousands of dots would be confetti over the zones (on a
#: full-HD window the whole north is ~580 m/px; an A3 page of it ~1:2.2M, ~580 too).
LOCALITY_MAX_M_PER_PX = 400.0
_PATH_CACHE_SIZE = 64


def localities_drawn(transform: MapTransform, unit: float = 1.0) -> bool:
    """True at the scales the locality dots are drawn (and clickable)."""
    return transform.ground_metres_per_pixel() * unit <= LOCALITY_MAX_M_PER_PX


class CompareLayer:
    """Compare mode: areas that changed hands since ``view.compare_from``, hatched in the
    gainer's colour with a solid outline; no data on either day is never shown as a change."""

    id, title = "compare", "Gains and losses"

    def __init__(self) -> None:
        self._paths: dict[tuple, PathCache] = {}

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        view = ctx.view
        if ctx.atlas is None or view.compare_from is None or view.compare_from == view.as_of:
            return
        control = ctx.atlas.control
        if control is None:
            return
        early, late = sorted((view.compare_from, view.as_of))
        gains = gains_between(control, early, late)
        if not gains:
            return
        painter.save()
        painter.setBrushOrigin(transform.pattern_origin())
        for gain in gains:
            key = (early, late, gain.gainer, gain.loser)
            cache = self._paths.get(key)
            if cache is None:
                if len(self._paths) >= _PATH_CACHE_SIZE:
                    self._paths.pop(next(iter(self._paths)))
                cache = self._paths[key] = PathCache(gain.geometry)
            path = cache.device_path(transform)
            colour = style.controller_colour(ctx.atlas, gain.gainer)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(255, 255, 255, 110)))
            painter.drawPath(path)
            painter.setBrush(QBrush(colour, Qt.BrushStyle.DiagCrossPattern))
            painter.drawPath(path)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_cosmetic_pen(colour.darker(130), 2.0 * ctx.unit))
            painter.drawPath(path)
        painter.restore()


class LocalitiesLayer:
    """Each tracked locality as a small dot in its controller's colour on the as-of day."""

    id, title = "localities", "Localities (control records)"

    def __init__(self) -> None:
        self._key = None
        self._xy = np.zeros((0, 2))

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        if ctx.atlas is None or not localities_drawn(transform, ctx.unit):
            return
        control = ctx.atlas.control
        if control is None:
            return
        day = ctx.view.as_of
        if not control.covers(day):
            return
        history = control.history
        if self._key is not history:
            lon = np.array([history.localities[i].lon for i in history.order])
            lat = np.array([history.localities[i].lat for i in history.order])
            self._xy = np.column_stack(to_mercator(lon, lat))
            self._key = history
        states = history.states_on(day)
        radius = 2.6 * ctx.unit
        painter.save()
        painter.setPen(QPen(QColor(255, 255, 255, 220), 0.8 * ctx.unit))
        by_controller: dict[str, list[int]] = {}
        for index, state in enumerate(states):
            by_controller.setdefault(state.controller, []).append(index)
        for controller, indices in by_controller.items():
            painter.setBrush(QBrush(style.controller_colour(ctx.atlas, controller).darker(115)))
            for x, y in self._xy[indices]:
                painter.drawEllipse(transform.to_screen(x, y), radius, radius)
        painter.restore()
