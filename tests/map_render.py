"""Render the whole map once, as the canvas and exports do, for tests that look at what the
layers placed (labels, shields, event dates)."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPainter

from desktop.render.context import RenderContext
from desktop.render.renderer import MapRenderer
from desktop.render.transform import MapTransform


def render_map(transform: MapTransform, **context) -> tuple[MapRenderer, RenderContext]:
    """A fresh renderer's paint of ``transform`` with a RenderContext of ``context``; returns
    the renderer (its layers keep what they placed) and the context (its label boxes)."""
    renderer = MapRenderer("test")
    ctx = RenderContext(**context)
    image = QImage(transform.width, transform.height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        renderer.render(painter, transform, ctx)
    finally:
        painter.end()
    return renderer, ctx
