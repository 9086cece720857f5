"""The web map's date slider over the derived control territory: one light layer per period
of change around the as-of date (up to ``MAX_FRAMES``), and a slider control that shows one at
a time. Only where the control records cover the as-of date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import folium
from folium.elements import MacroElement
from folium.template import Template

from geodata.legend import Language
from geodata.web_export.geometry import feature_collection
from geodata.web_export.style import LOW_GRADE_COLOUR, LOW_GRADE_DASH, ZONE_FILL_OPACITY, darker
from geodata.web_export.texts import party_colour

if TYPE_CHECKING:
    from geodata.atlas import Atlas

MAX_FRAMES = 36
WINDOW = timedelta(days=366)  # periods this far either side of the as-of date
FRAME_TOLERANCE = 0.002  # degrees (~200 m): frames are the overview, the as-of layer the detail


class DateSlider(MacroElement):
    """A range input that swaps which frame layer is on the map."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var frames = [{% for label, name in this.frames %}
                {label: {{ label|tojavascript }}, layer: {{ name }}},{% endfor %}
            ];
            var current = {{ this.current }};
            var control = L.control({position: "bottomleft"});
            control.onAdd = function () {
                var div = L.DomUtil.create("div", "nsa-control nsa-slider");
                if ({{ this.rtl|tojavascript }}) { div.dir = "rtl"; }
                var label = L.DomUtil.create("div", "", div);
                label.textContent = frames[current].label;
                var input = L.DomUtil.create("input", "", div);
                input.type = "range"; input.min = 0; input.max = frames.length - 1;
                input.value = current; input.style.width = "240px";
                input.setAttribute("aria-label", {{ this.aria_label|tojavascript }});
                input.addEventListener("input", function () {
                    map.removeLayer(frames[current].layer);
                    current = Number(input.value);
                    map.addLayer(frames[current].layer);
                    label.textContent = frames[current].label;
                });
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            control.addTo(map);
        })();
        {% endmacro %}"""
    )

    def __init__(
        self, frames: list[tuple[str, str]], current: int, aria_label: str, rtl: bool = False
    ) -> None:
        super().__init__()
        self._name = "DateSlider"
        self.frames = frames  # (label, layer variable): "Control as of 25 April 2023"
        self.current = current
        self.aria_label = aria_label
        self.rtl = rtl


def frame_days(atlas: Atlas, as_of: date) -> list[date]:
    """First days of the periods of change around ``as_of`` that the records cover."""
    control = atlas.control
    if control is None or not control.covers(as_of):
        return []
    start = control.period(as_of)[0]
    days = {start}
    days |= {
        d for d in control.history.change_days if abs(d - as_of) <= WINDOW and control.covers(d)
    }
    ordered = sorted(days)
    if len(ordered) > MAX_FRAMES:
        step = len(ordered) / MAX_FRAMES
        ordered = sorted({ordered[int(i * step)] for i in range(MAX_FRAMES)} | {start})
    return ordered


def add_date_slider(
    fmap: folium.Map, atlas: Atlas, as_of: date, current_layer, lang: Language
) -> None:
    """Frames for the periods around ``as_of``; ``current_layer`` (the detailed zones layer
    with popups) is the as-of frame. Nothing when the records do not cover ``as_of``."""
    days = frame_days(atlas, as_of)
    if len(days) < 2 or current_layer is None:
        return
    start = atlas.control.period(as_of)[0]
    frames: list[tuple[str, str]] = []

    def label(day: date) -> str:  # the legend's heading, so slider and legend agree
        return lang.translate("Legend", "Control as of {date}").format(date=lang.day(day))

    for day in days:
        if day == start:
            frames.append((label(as_of), current_layer.get_name()))
            continue
        zones = sorted(atlas.zones_at(day), key=lambda z: -z.geometry.area)
        items = [
            (
                z.geometry,
                {
                    "fill": party_colour(atlas, z.controller),
                    "contested": z.contested,
                    "low": z.low_grade,
                },
            )
            for z in zones
            if not z.imported
        ]
        group = folium.FeatureGroup(name=label(day), show=False, control=False)
        folium.GeoJson(
            feature_collection(items, FRAME_TOLERANCE, 4),
            style_function=_frame_style,
            interactive=False,
        ).add_to(group)
        group.add_to(fmap)
        frames.append((label(day), group.get_name()))
    current = next(i for i, d in enumerate(days) if d == start)
    aria = lang.translate("WebMap", "Date of the control map")
    fmap.add_child(DateSlider(frames, current, aria, lang.rtl))


def _frame_style(feature: dict) -> dict:
    props = feature["properties"]
    colour = props["fill"]
    style = {
        "fillColor": colour,
        "fillOpacity": ZONE_FILL_OPACITY * (0.6 if props["contested"] else 1.0),
        "color": darker(colour),
        "weight": 1.0,
        "dashArray": "2 4" if props["contested"] else "6 4",
    }
    if props.get("low"):  # resting only on low-grade sources: red dashes (add_zones)
        style |= {"color": LOW_GRADE_COLOUR, "weight": 1.6, "dashArray": LOW_GRADE_DASH}
    return style
