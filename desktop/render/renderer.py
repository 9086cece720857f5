"""The ordered stack of layers: the single renderer behind the canvas and every export."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF
from PySide6.QtGui import QPainter

from desktop.render.base_layers import (
    CountriesLayer,
    CountryBordersLayer,
    GovernoratesLayer,
    LakesLayer,
    RiversLayer,
    SeaLayer,
)
from desktop.render.context import RenderContext
from desktop.render.control_history_layers import CompareLayer, LocalitiesLayer
from desktop.render.control_layers import (
    CorridorLayer,
    DmzLayer,
    RoadLayer,
    RoadShieldsLayer,
    ZonesLayer,
)
from desktop.render.country_labels import CountryLabelsLayer
from desktop.render.event_layer import EventLabelsLayer, EventsLayer
from desktop.render.graticule import GraticuleLayer
from desktop.render.imported_events import ImportedEventsLayer
from desktop.render.labels import PlaceLabelsLayer
from desktop.render.overlays import AttributionOverlay, NoControlDataOverlay, ScaleBarOverlay
from desktop.render.transform import MapTransform
from desktop.render.workspace_layers import ImportedZonesLayer
from desktop.render.zone_labels import ZoneLabelsLayer

#: Layers a user can switch off, in the order the layer list shows them (top first); titles
#: are translated where shown (context LayerList).
TOGGLEABLE_LAYERS = (
    ("events", QT_TRANSLATE_NOOP("LayerList", "Events")),
    ("imported_events", QT_TRANSLATE_NOOP("LayerList", "Imported events")),
    ("m4", QT_TRANSLATE_NOOP("LayerList", "M4 motorway")),
    ("m4_corridor", QT_TRANSLATE_NOOP("LayerList", "2020 M4 security corridor")),
    ("sochi_dmz", QT_TRANSLATE_NOOP("LayerList", "2018 demilitarised zone (Sochi)")),
    ("zones", QT_TRANSLATE_NOOP("LayerList", "Control zones")),
    ("localities", QT_TRANSLATE_NOOP("LayerList", "Localities (control records)")),
    ("imported_zones", QT_TRANSLATE_NOOP("LayerList", "Imported zones")),
    ("zone_labels", QT_TRANSLATE_NOOP("LayerList", "Zone labels")),
    ("places", QT_TRANSLATE_NOOP("LayerList", "Towns")),
    # Not a layer of its own: the second line of town labels (labels.SECOND_SCRIPT_LAYER).
    ("second_script", QT_TRANSLATE_NOOP("LayerList", "Town names in both scripts")),
    ("country_labels", QT_TRANSLATE_NOOP("LayerList", "Country names")),
    ("rivers", QT_TRANSLATE_NOOP("LayerList", "Rivers")),
    ("lakes", QT_TRANSLATE_NOOP("LayerList", "Lakes")),
    ("governorates", QT_TRANSLATE_NOOP("LayerList", "Governorates")),
    ("graticule", QT_TRANSLATE_NOOP("LayerList", "Graticule")),
)


class MapRenderer:
    """Draws the map in two stages, in the same order every time.

    The *base* (sea up to the M4) depends only on the view's scale and state, never on where
    the frame lies: the canvas keeps it as one cached picture and redraws only the rest while
    the map is dragged (:mod:`desktop.render.base_cache`). What a base layer places relative
    to the frame, or what changes as the pointer moves (the hovered
    and selected zones' outlines), it draws in ``paint_frame_bound``, which runs on top of the
    base, before the events; exports draw everything through :meth:`render`.
    """

    def __init__(self, attribution: str):
        self.base_layers = [
            SeaLayer(),
            countries := CountriesLayer(borders=False),
            ZonesLayer(),
            ImportedZonesLayer(),
            CountryBordersLayer(countries),  # over the zones' opaque fills
            GovernoratesLayer(),
            LakesLayer(),
            RiversLayer(),
            DmzLayer(),
            CorridorLayer(),
            road := RoadLayer(),
        ]
        self.top_layers = [
            GraticuleLayer(),  # under the events; its labels reserve their boxes first
            CompareLayer(),
            LocalitiesLayer(),
            ImportedEventsLayer(),
            EventsLayer(),
            PlaceLabelsLayer(),  # towns first: country names give way to them
            CountryLabelsLayer(),
            RoadShieldsLayer(road),  # slid along the road clear of the labels
            EventLabelsLayer(),  # exports only: each event's date, where there is room
            ZoneLabelsLayer(),
        ]
        self.layers = self.base_layers + self.top_layers
        self.overlays = [
            NoControlDataOverlay(),
            _LegendOverlay(),
            ScaleBarOverlay(),
            AttributionOverlay(attribution),
        ]

    def layer(self, layer_id: str):
        """The layer with this id (the canvas asks the events layers what they drew)."""
        return next((layer for layer in self.layers if layer.id == layer_id), None)

    def render(
        self,
        painter: QPainter,
        transform: MapTransform,
        ctx: RenderContext,
        overlays: bool = True,
        keep_clear: Sequence[QRectF] = (),
    ) -> None:
        """The whole map; labels keep clear of the overlays and of ``keep_clear`` (boxes an
        export draws over the map afterwards: its scale bar, an in-map locator)."""
        self.begin(painter, transform, ctx, overlays)
        ctx.label_boxes.extend(keep_clear)
        self.render_base(painter, transform, ctx)
        self.render_top(painter, transform, ctx, overlays)

    def begin(
        self, painter: QPainter, transform: MapTransform, ctx: RenderContext, overlays: bool = True
    ) -> None:
        """Set the painter's hints and reserve the furniture's boxes (labels keep clear)."""
        _set_hints(painter)
        hidden = ctx.hidden_layers | ctx.view.hidden_layers
        ctx.label_boxes.clear()
        if overlays:  # labels keep clear of the furniture drawn over the map afterwards
            for overlay in self.overlays:
                box = getattr(overlay, "box", None)
                if box is not None and overlay.id not in hidden:
                    ctx.label_boxes.append(box(transform, ctx))

    def render_base(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        """The base layers' map-bound parts: the same pixels wherever the frame lies."""
        _set_hints(painter)
        hidden = ctx.hidden_layers | ctx.view.hidden_layers
        for layer in self.base_layers:
            if layer.id not in hidden:
                getattr(layer, "paint_map_bound", layer.paint)(painter, transform, ctx)

    def render_top(
        self, painter: QPainter, transform: MapTransform, ctx: RenderContext, overlays: bool = True
    ) -> None:
        """Over the base: its frame-bound parts, events, labels and (optionally) overlays."""
        hidden = ctx.hidden_layers | ctx.view.hidden_layers
        for layer in self.base_layers:
            frame_bound = getattr(layer, "paint_frame_bound", None)
            if frame_bound is not None and layer.id not in hidden:
                frame_bound(painter, transform, ctx)
        for layer in self.top_layers:
            if layer.id not in hidden:
                layer.paint(painter, transform, ctx)
        if overlays:
            for overlay in self.overlays:
                if overlay.id not in hidden:
                    overlay.paint(painter, transform, ctx)


class _LegendOverlay:
    """The legend in the map's corner (exports draw it): ``desktop.render.legend``'s, imported
    when first drawn. The window's map hides it (its legend is a panel), so its first paint
    imports none of the legend's modules."""

    id, title = "legend", "Legend"

    def __init__(self) -> None:
        self._overlay = None

    def paint(self, painter: QPainter, transform: MapTransform, ctx: RenderContext) -> None:
        if self._overlay is None:
            from desktop.render.legend import LegendOverlay

            self._overlay = LegendOverlay()
        self._overlay.paint(painter, transform, ctx)


def _set_hints(painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
