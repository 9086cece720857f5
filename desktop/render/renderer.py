"""The ordered stack of layers: the single renderer behind the canvas and every export."""

from __future__ import annotations

from PySide6.QtGui import QPainter

from desktop.render.base_layers import (
    CountriesLayer,
    GovernoratesLayer,
    LakesLayer,
    RiversLayer,
    SeaLayer,
)
from desktop.render.context import RenderContext
from desktop.render.control_layers import CorridorLayer, RoadLayer, ZoneLabelsLayer, ZonesLayer
from desktop.render.event_layer import EventsLayer
from desktop.render.imported_events import ImportedEventsLayer
from desktop.render.labels import CountryLabelsLayer, PlaceLabelsLayer
from desktop.render.legend import LegendOverlay, NoControlDataOverlay
from desktop.render.overlays import AttributionOverlay, ScaleBarOverlay
from desktop.render.transform import MapTransform
from desktop.render.workspace_layers import ImportedZonesLayer

#: Layers a user can switch off, in the order the layer list shows them (top first).
TOGGLEABLE_LAYERS = (
    ("events", "Events"),
    ("imported_events", "Imported events"),
    ("m4", "M4 motorway"),
    ("m4_corridor", "2020 M4 security corridor"),
    ("zones", "Control zones"),
    ("imported_zones", "Imported zones"),
    ("zone_labels", "Zone labels"),
    ("places", "Towns"),
    ("country_labels", "Country names"),
    ("rivers", "Rivers"),
    ("lakes", "Lakes"),
    ("governorates", "Governorates"),
)


class MapRenderer:
    def __init__(self, attribution: str):
        self.layers = [
            SeaLayer(),
            CountriesLayer(),
            ZonesLayer(),
            ImportedZonesLayer(),
            GovernoratesLayer(),
            LakesLayer(),
            RiversLayer(),
            CorridorLayer(),
            RoadLayer(),
            ImportedEventsLayer(),
            EventsLayer(),
            PlaceLabelsLayer(),  # towns first: country names give way to them
            CountryLabelsLayer(),
            ZoneLabelsLayer(),
        ]
        self.overlays = [
            NoControlDataOverlay(),
            LegendOverlay(),
            ScaleBarOverlay(),
            AttributionOverlay(attribution),
        ]

    def layer(self, layer_id: str):
        """The layer with this id (the canvas asks the events layers what they drew)."""
        return next((layer for layer in self.layers if layer.id == layer_id), None)

    def render(
        self, painter: QPainter, transform: MapTransform, ctx: RenderContext, overlays: bool = True
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        hidden = ctx.hidden_layers | ctx.view.hidden_layers
        ctx.label_boxes.clear()
        if overlays:  # labels keep clear of the furniture drawn over the map afterwards
            for overlay in self.overlays:
                box = getattr(overlay, "box", None)
                if box is not None and overlay.id not in hidden:
                    ctx.label_boxes.append(box(transform, ctx))
        for layer in self.layers:
            if layer.id not in hidden:
                layer.paint(painter, transform, ctx)
        if overlays:
            for overlay in self.overlays:
                if overlay.id not in hidden:
                    overlay.paint(painter, transform, ctx)
