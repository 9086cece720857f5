"""Imported events (thousands, from a user's CSV or ACLED file) as one compact JSON array.

The browser makes each marker and clusters them with Leaflet.markercluster; a popup's HTML is
built (escaped) only when it opens. Imports folium: only the builder imports this module.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from folium.elements import JSCSSMixin, MacroElement
from folium.plugins import MarkerCluster
from folium.template import Template

from geodata.legend import Language
from geodata.legend.language import month_name
from geodata.model import Event
from geodata.web_export.markers import imported_svg, kind_label
from geodata.web_export.texts import party_name, safe_url

if TYPE_CHECKING:
    from geodata.atlas import Atlas


class ImportedEvents(JSCSSMixin, MacroElement):
    """A folium element that draws imported events from one compact JSON array in the page.

    One folium Marker per event costs ~1 ms and ~2 KB of script each (10,000 events: 11 s and
    19 MB); here each event is one JSON row (~100 bytes), its marker made by the browser and
    clustered by Leaflet.markercluster, its popup built (escaped) only when opened.
    """

    default_js = MarkerCluster.default_js
    default_css = MarkerCluster.default_css
    _template = Template(
        """{% macro script(this, kwargs) %}
        (function () {
            var data = {{ this.payload }};
            var parent = {{ this._parent.get_name() }};
            function esc(text) {
                return String(text).replace(/[&<>"']/g, function (c) {
                    return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                            "'": "&#39;"}[c];
                });
            }
            function popup(layer) {
                var e = data.events[layer.options.row];
                var day = new Date(Date.UTC(1970, 0, 1 + e[2]));
                var when = day.getUTCDate() + " " + data.months[day.getUTCMonth()] + " "
                    + day.getUTCFullYear();
                var html = "<div class='nsa-popup'" + (data.texts.rtl ? " dir='rtl'" : "")
                    + "><b dir='auto'>" + esc(e[4]) + "</b><br>" + when
                    + " · " + esc(data.kinds[e[3]]);
                if (e[5]) { html += " · " + esc(e[5]); }
                var who = e[8].map(function (p) { return esc(data.parties[p]); });
                if (who.length) { html += "<br>" + who.join(", "); }
                var from = data.texts.imported.split("{origin}").join(data.origins[e[6]]);
                html += "<br><i>" + esc(from) + "</i>";
                var sources = data.sources[e[7]].map(function (s) {
                    var label = esc(s[1] || s[0] || "source");
                    return s[0] ? "<a href='" + esc(s[0]) + "' target='_blank' "
                        + "rel='noopener noreferrer'>" + label + "</a>" : label;
                });
                if (sources.length) {
                    html += "<br>" + esc(data.texts.sources) + " " + sources.join("; ");
                }
                return html + "</div>";
            }
            // One icon per kind: the kind's shape and colour, as the desktop map and the legend.
            var icons = data.icons.map(function (svg) {
                return L.divIcon({html: svg, className: "nsa-imported", iconSize: [12, 12]});
            });
            var group = L.markerClusterGroup({
                chunkedLoading: true, maxClusterRadius: 45, showCoverageOnHover: false,
                iconCreateFunction: function (cluster) {
                    var n = cluster.getChildCount();
                    var size = n < 100 ? 30 : n < 1000 ? 36 : 44;
                    var text = n < 1000 ? String(n)
                        : (n / 1000).toFixed(n < 10000 ? 1 : 0) + "k";
                    return L.divIcon({html: "<span>" + text + "</span>",
                        className: "nsa-imported-cluster", iconSize: [size, size]});
                }
            });
            var markers = new Array(data.events.length);
            for (var i = 0; i < data.events.length; i++) {
                var e = data.events[i];
                markers[i] = L.marker([e[0], e[1]], {icon: icons[e[3]], row: i})
                    .bindPopup(popup, {maxWidth: 380});
            }
            group.addLayers(markers);
            parent.addLayer(group);
        })();
        {% endmacro %}"""
    )

    def __init__(self, payload: str) -> None:
        super().__init__()
        self._name = "ImportedEvents"
        self.payload = payload


IMPORTED_CSS = """
<style>
.nsa-imported { background: none; border: none; }
.nsa-imported svg { display: block; }
.leaflet-marker-icon.nsa-imported-cluster { background: rgba(31, 45, 58, 0.78);
  border: 2px solid #fff; border-radius: 50%; color: #fff; font: bold 11px sans-serif;
  display: flex; align-items: center; justify-content: center; box-sizing: border-box; }
</style>
"""


def imported_events_payload(
    atlas: Atlas, events: Sequence[Event], lang: Language | None = None
) -> str:
    """The imported events as one compact JSON value, escaped for a <script> element.

    Each event is a row ``[lat, lon, days since 1970-01-01, kind, title, place, origin,
    sources, parties]``; kinds, origins, source lists and parties are tables the rows point
    into, so a source shared by a whole import is written once.
    """
    lang = lang or Language()
    epoch = date(1970, 1, 1).toordinal()
    tables: dict[str, dict] = {"kinds": {}, "origins": {}, "sources": {}, "parties": {}}

    def code(table: str, value: object) -> int:
        codes = tables[table]
        found = codes.get(value)
        if found is None:
            found = codes[value] = len(codes)
        return found

    rows = []
    for event in events:
        rows.append(
            [
                round(event.lat, 5),
                round(event.lon, 5),
                event.date.toordinal() - epoch,
                code("kinds", event.kind),
                event.title,
                event.place_name,
                code("origins", event.origin),
                code("sources", event.sources),
                [
                    code("parties", party_name(atlas, p, event.date, lang))
                    for p in event.participants
                ],
            ]
        )
    payload = {
        "months": [month_name(m, lang.code) for m in range(1, 13)],  # the page's language
        "kinds": [kind_label(k, lang) for k in tables["kinds"]],
        "icons": [imported_svg(k) for k in tables["kinds"]],
        "texts": {
            "imported": lang.translate("WebMap", "Imported ({origin})"),
            "sources": lang.translate("WebMap", "Sources:"),
            "rtl": lang.rtl,
        },
        "origins": list(tables["origins"]),
        "parties": list(tables["parties"]),
        "sources": [
            [[safe_url(s.url), s.publisher or s.note or s.url] for s in sources]
            for sources in tables["sources"]
        ],
        "events": rows,
    }
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    # Safe inside <script>: no "</script>", no HTML-significant characters, no JS line breaks.
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
