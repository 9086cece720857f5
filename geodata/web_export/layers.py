"""The map's layers, each added to a folium map: base map, zones, the M4, events, towns.

Imports folium: only the builder imports this module, inside build_web_map.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

import folium
from folium.plugins import MarkerCluster

from geodata.legend import Language
from geodata.legend.entries import DMZ_LABEL
from geodata.legend.language import QT_TRANSLATE_NOOP
from geodata.model import Event, MapFeature, ViewState, Zone, single_low_grade
from geodata.web_export.elements import SafePopup, SafeTooltip
from geodata.web_export.geometry import (
    BASE_DIGITS,
    BASE_TOLERANCE,
    ZONE_DIGITS,
    ZONE_TOLERANCE,
    feature_collection,
    line_parts,
)
from geodata.web_export.imported import IMPORTED_CSS, ImportedEvents, imported_events_payload
from geodata.web_export.markers import LOW_GRADE_PAD, marker_svg
from geodata.web_export.popups import event_popup, m4_popup, zone_popup
from geodata.web_export.style import (
    DMZ_COLOUR,
    LOW_GRADE_COLOUR,
    LOW_GRADE_DASH,
    M4_COLOUR,
    ZONE_FILL_OPACITY,
    darker,
)
from geodata.web_export.texts import esc, party_colour, party_name

if TYPE_CHECKING:
    from geodata.atlas import Atlas

Basemap = Mapping[str, Sequence]
#: Towns labelled on the web map: the larger ones, so labels stay legible at every zoom.
TOWN_MIN_POPULATION = 100_000
_BASE_LINES = (
    (
        "governorates",
        QT_TRANSLATE_NOOP("WebMap", "Governorates"),
        {"color": "#b9b0a0", "weight": 0.9, "dashArray": "4 3", "fill": False},
    ),
    (
        "lakes",
        QT_TRANSLATE_NOOP("WebMap", "Lakes"),
        {"color": "#5e9fc4", "weight": 0.6, "fillColor": "#a9cfe0", "fillOpacity": 1},
    ),
    (
        "rivers",
        QT_TRANSLATE_NOOP("WebMap", "Rivers"),
        {"color": "#5e9fc4", "weight": 1.3, "fill": False},
    ),
)
_DMZ_STYLE = {
    "fillColor": DMZ_COLOUR,
    "fillOpacity": 0.18,
    "color": DMZ_COLOUR,
    "opacity": 0.75,
    "weight": 1.2,
    "dashArray": "6 4",
}
_CORRIDOR_STYLE = {
    "fillColor": M4_COLOUR,
    "fillOpacity": 0.16,
    "color": M4_COLOUR,
    "opacity": 0.6,
    "weight": 1.2,
    "dashArray": "6 4",
}


def _shown(basemap: Basemap, layer: str, hidden: frozenset[str]) -> list:
    return list(basemap.get(layer, ())) if layer not in hidden else []


def add_countries(
    fmap: folium.Map, basemap: Basemap, hidden: frozenset[str], lang: Language
) -> None:
    """Countries as the offline base map: Syria's land light, its neighbours greyer."""
    countries = _shown(basemap, "countries", hidden)
    if not countries:
        return
    items = [(f.geometry, {"syr": f.properties.get("iso_a3") == "SYR"}) for f in countries]
    folium.GeoJson(
        feature_collection(items, BASE_TOLERANCE, BASE_DIGITS),
        name=lang.translate("WebMap", "Countries (offline base map)"),
        style_function=lambda f: {
            "fillColor": "#fbf8ef" if f["properties"]["syr"] else "#ecebe4",
            "fillOpacity": 1,
            "color": "#6f6a5f" if f["properties"]["syr"] else "#b7b3a8",
            "weight": 1.6 if f["properties"]["syr"] else 0.8,
        },
        interactive=False,
    ).add_to(fmap)


def add_zones(
    fmap: folium.Map,
    atlas: Atlas,
    zones: Sequence[Zone],
    view: ViewState,
    group_name: str,
    lang: Language,
) -> folium.FeatureGroup | None:
    """The zones, largest first, coloured by controller, each with its tooltip and popup;
    the layer group (the date slider's as-of frame), None without zones."""
    if not zones:
        return None  # no empty "areas of control" entry in the layer control
    group = folium.FeatureGroup(name=group_name, show=True)
    for zone in zones:
        colour = party_colour(atlas, zone.controller)
        selected = zone.id == view.selected_zone
        style = {
            "fillColor": colour,
            "fillOpacity": ZONE_FILL_OPACITY * (0.6 if zone.contested else 1.0),
            "color": "#111111" if selected else darker(colour),
            "weight": 3.5 if selected else 1.2,
            "dashArray": "2 4" if zone.contested else "6 4",
        }
        if zone.low_grade and not selected:
            # resting only on low-grade sources: red dashes, as on the desktop map
            style |= {"color": LOW_GRADE_COLOUR, "weight": 1.8, "dashArray": LOW_GRADE_DASH}
        layer = folium.GeoJson(
            feature_collection([(zone.geometry, {})], ZONE_TOLERANCE, ZONE_DIGITS),
            name=zone.name,
            style_function=lambda _f, style=style: style,
            control=False,
        )
        holder = party_name(atlas, zone.controller, view.as_of, lang)
        layer.add_child(SafeTooltip(f"{zone.name} — {holder}"))
        layer.add_child(SafePopup(zone_popup(atlas, zone, view.as_of, lang), show=selected))
        layer.add_to(group)
    group.add_to(fmap)
    return group


def add_base_lines(
    fmap: folium.Map,
    basemap: Basemap,
    hidden: frozenset[str],
    lang: Language,
    atlas: Atlas | None = None,
) -> None:
    """Governorates, lakes, rivers and town labels (in the page's language where a name is
    recorded: web_export.town_names): drawn above the translucent zones."""
    from geodata.web_export.town_names import TownNames

    for key, name, style in _BASE_LINES:
        layer = _shown(basemap, key, hidden)
        if not layer:
            continue
        folium.GeoJson(
            feature_collection([(f.geometry, {}) for f in layer], BASE_TOLERANCE, BASE_DIGITS),
            name=lang.translate("WebMap", name),
            style_function=lambda _f, style=style: style,
            interactive=False,
        ).add_to(fmap)
    towns = [
        p
        for p in _shown(basemap, "places", hidden)
        if float(p.properties.get("population") or 0) >= TOWN_MIN_POPULATION
    ]
    if not towns:
        return
    group = folium.FeatureGroup(name=lang.translate("WebMap", "Towns"))
    names = TownNames(atlas)
    direction = " dir='auto'" if lang.rtl else ""  # an Arabic page: Latin names keep theirs
    for place in towns:
        folium.Marker(
            [place.geometry.y, place.geometry.x],
            icon=folium.DivIcon(
                html=(
                    "<span style='display:inline-block;width:6px;height:6px;"
                    "border-radius:3px;background:#3d3a35;border:1px solid #fff;"
                    "margin-right:3px'></span>"
                    f"<span class='nsa-label'{direction}>{esc(names.label(place, lang.code))}"
                    "</span>"
                ),
                icon_size=(160, 14),
                icon_anchor=(4, 7),
                class_name="nsa-town",
            ),
            interactive=False,
        ).add_to(group)
    group.add_to(fmap)


def add_corridor(
    fmap: folium.Map,
    atlas: Atlas,
    corridor: Sequence[MapFeature],
    as_of: date,
    lang: Language,
    dmz: bool = False,
) -> None:
    """The 2020 M4 corridor (or, with ``dmz``, the 2018 demilitarised zone) with its popup."""
    if not corridor:
        return
    name = lang.translate("Legend", DMZ_LABEL if dmz else "2020 security corridor")
    group = folium.FeatureGroup(name=name)
    area_style = _DMZ_STYLE if dmz else _CORRIDOR_STYLE
    for feature in corridor:
        layer = folium.GeoJson(
            feature_collection([(feature.geometry, {})], ZONE_TOLERANCE, ZONE_DIGITS),
            style_function=lambda _f, area_style=area_style: area_style,
            control=False,
        )
        layer.add_child(SafeTooltip(feature.name))
        layer.add_child(SafePopup(m4_popup(atlas, feature, as_of, lang)))
        layer.add_to(group)
    group.add_to(fmap)


def add_roads(
    fmap: folium.Map, atlas: Atlas, roads: Sequence[MapFeature], as_of: date, lang: Language
) -> None:
    """The M4: a red line on a white casing, with the control breakdown in its popup."""
    if not roads:
        return
    group = folium.FeatureGroup(name=lang.translate("Legend", "M4 motorway"))
    for feature in roads:
        for coords in line_parts(feature.geometry):
            folium.PolyLine(coords, color="#ffffff", weight=7, opacity=1).add_to(group)
            line = folium.PolyLine(coords, color=M4_COLOUR, weight=4, opacity=1)
            line.add_child(SafeTooltip(feature.name))
            line.add_child(SafePopup(m4_popup(atlas, feature, as_of, lang)))
            line.add_to(group)
    group.add_to(fmap)


def add_imported_events(
    figure: folium.Figure,
    fmap: folium.Map,
    atlas: Atlas,
    events: Sequence[Event],
    as_of: date,
    lang: Language,
) -> None:
    if not events:
        return
    name = lang.translate("WebMap", "Imported events to {date} ({count})").format(
        date=lang.day(as_of, short=False), count=len(events)
    )
    group = folium.FeatureGroup(name=name)
    group.add_child(ImportedEvents(imported_events_payload(atlas, events, lang)))
    group.add_to(fmap)
    figure.header.add_child(folium.Element(IMPORTED_CSS), name="nsa_imported_css")


def add_events(
    fmap: folium.Map, atlas: Atlas, events: Sequence[Event], view: ViewState, lang: Language
) -> None:
    """The curated events, clustered; the selected one on its own with its popup open."""
    if not events:
        return
    name = lang.translate("WebMap", "Events to {date} ({count})").format(
        date=lang.day(view.as_of, short=False), count=len(events)
    )
    cluster = MarkerCluster(
        name=name,
        options={"maxClusterRadius": 28, "spiderfyOnMaxZoom": True, "showCoverageOnHover": False},
    )
    for event in events:
        if event.id != view.selected_event:  # the selected one is drawn on its own below
            event_marker(atlas, event, False, lang).add_to(cluster)
    cluster.add_to(fmap)
    selected = next((e for e in events if e.id == view.selected_event), None)
    if selected is not None:
        group = folium.FeatureGroup(name=lang.translate("WebMap", "Selected event"))
        # Its popup stays shut on load: open, it would cover the data beside the marker (or
        # drag the map to Moscow); the statements panel tells the event's story, and a click
        # on the marker opens the popup.
        event_marker(atlas, selected, True, lang, open_popup=False).add_to(group)
        group.add_to(fmap)


def event_marker(
    atlas: Atlas, event: Event, selected: bool, lang: Language, open_popup: bool | None = None
) -> folium.Marker:
    """The event's symbol (larger and ringed when selected) with its tooltip and popup."""
    size = 22 if selected else 16
    low_grade = single_low_grade(event.sources)
    full = size + 2 * LOW_GRADE_PAD if low_grade else size
    marker = folium.Marker(
        [event.lat, event.lon],
        icon=folium.DivIcon(
            html=marker_svg(event.kind, size, selected, low_grade=low_grade),
            icon_size=(full, full),
            icon_anchor=(full // 2, full // 2),
            class_name="nsa-marker",
        ),
    )
    marker.add_child(SafeTooltip(f"{lang.day(event.date, short=False)}: {event.title}"))
    show = selected if open_popup is None else open_popup
    marker.add_child(SafePopup(event_popup(atlas, event, lang), show=show))
    return marker
