"""The interactive web map: one self-contained HTML file built with folium, usable offline.

    html = build_web_map(atlas, ViewState(), basemap, attribution)

Zones coloured by controller (popups: controller, as-of date, accuracy, sources as links), the M4
and its 2020 corridor, events as clustered markers whose popups list each party's statements
(quote or paraphrase marked), the base layers drawn from the bundled data (no tile server), a
layer control, a legend, the title and the as-of date — and, on a date without control zones, a
notice naming the nearest dates that have them. Leaflet is inlined from its XStatic package;
folium's other CDN files (jQuery, Bootstrap, Font Awesome) are not needed and left out.

Every text from the data is HTML-escaped, and reaches the page only through JSON strings escaped
for a <script> element: folium's own Popup/Tooltip put raw text in JS template literals, so they
are not used for data.

Modules, one role each:
    texts     escaping, dates, safe links, party names and colours, place labels (shared with
              the snapshot exporter)
    coverage  whether a date has control-zone data; the nearest dates that do; default title
    popups    popup HTML of zones, the M4, events and statements
    markers   event kinds: colours, names, SVG symbols
    legend    the title box and the legend box
    style     the page's CSS and colours
    geometry  simplified, rounded GeoJSON
    elements  folium elements that carry data text safely          (imports folium)
    imported  imported events as one compact JSON array            (imports folium)
    layers    each map layer added to the folium map               (imports folium)
    assets    Leaflet's files read from XStatic and inlined
    build     build_web_map: the page

Importing this package is cheap: folium is imported only when a page is built.
"""

from __future__ import annotations

from geodata.web_export.build import build_web_map
from geodata.web_export.coverage import ControlGap, control_gap
from geodata.web_export.texts import esc, fmt_day, safe_url

__all__ = [
    "ControlGap",
    "build_web_map",
    "control_gap",
    "esc",
    "fmt_day",
    "safe_url",
]
