"""What every layer painter needs besides the painter and the transform."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from desktop.i18n import current_language
from desktop.render.transform import MapTransform
from geodata.model import ViewState

if TYPE_CHECKING:
    from geodata.atlas import Atlas
    from geodata.basemap import BaseFeature


@dataclass
class RenderContext:
    view: ViewState
    basemap: Mapping[str, Sequence[BaseFeature]]
    atlas: Atlas | None = None
    unit: float = 1.0  # device pixels per style pixel (dpi / 96 when exporting)
    hover_zone: str | None = None
    vector_text: bool = False  # SVG/PDF: labels as real text, no path halos
    hidden_layers: frozenset[str] = field(default_factory=frozenset)
    #: Draw the M4 in the colours of who holds each stretch on the date (exports), not red.
    m4_by_controller: bool = False
    #: Write each event's date beside its marker (exports: a printed map has no event list).
    event_labels: bool = False
    # Device-pixel boxes of the labels drawn so far in this render: later label layers keep
    # clear of them (a country name never runs through "Beirut").
    label_boxes: list[QRectF] = field(default_factory=list)
    # Map labels in this language where a name is recorded (default: the interface's).
    label_language: str = field(default_factory=current_language)


class Layer(Protocol):
    """A painter of one map layer; it keeps its own caches, never its own state of the view."""

    id: str
    title: str

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None: ...
