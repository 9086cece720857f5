"""The interactive web map: one self-contained HTML file built with folium, usable offline.

    html = build_web_map(atlas, ViewState(), basemap, attribution)

Zones coloured by controller (popups: controller, as-of date, accuracy, sources as links), the M4
and its 2020 corridor, events as clustered markers whose popups list each party's statements
(quote or paraphrase marked), the base layers drawn from the bundled data (no tile server), a
layer control, a legend, the title and the as-of date. Leaflet is inlined from its XStatic
package; folium's other CDN files (jQuery, Bootstrap, Font Awesome) are not needed and left out.

Every text from the data is HTML-escaped here, and reaches the page only through JSON strings
escaped for a <script> element: folium's own Popup/Tooltip put raw text in JS template literals,
so they are not used for data.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlparse

from geodata.model import EVENT_KINDS, Event, Source, Statement, ViewState, Zone
from geodata.view_filter import visible_events

#: The view the window opens on (desktop.map.canvas.NORTH_SYRIA), used when a view has no extent.
DEFAULT_EXTENT = (35.55, 34.6, 42.45, 37.45)
DEFAULT_TITLE = "Northern Syria: areas of control"
ZONE_FILL_OPACITY = 105 / 255  # as on the desktop map (desktop.render.style.ZONE_FILL_ALPHA)
UNKNOWN_COLOUR = "#999999"
KIND_COLOURS = {  # as desktop.render.event_layer.KIND_COLOURS
    "meeting": "#3b2f8f",
    "visit": "#5a4fb3",
    "agreement": "#1b6e3a",
    "operation": "#8c1d18",
    "statement": "#4a4a4a",
    "incident": "#a0520a",
    "other": "#555555",
}
KIND_LABELS = {
    "meeting": "Meeting / talks",
    "visit": "Visit",
    "agreement": "Agreement",
    "operation": "Military operation",
    "statement": "Statement",
    "incident": "Incident",
    "other": "Other event",
}
_BASE_TOLERANCE = 0.003  # degrees (~300 m): base layers are context, kept light
_ZONE_TOLERANCE = 0.0005  # ~50 m, far below the zones' stated accuracy
_CDN_TAG = re.compile(
    r'<script src="(?P<js>[^"]+)"></script>|<link rel="stylesheet" href="(?P<css>[^"]+)"/>'
)


def esc(text: object) -> str:
    """HTML-escape any data value (quotes too: it may end up in an attribute)."""
    return html.escape("" if text is None else str(text), quote=True)


def fmt_day(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


def safe_url(url: str) -> str | None:
    """The URL if it is a plain web link; anything else (javascript:, data:) is not linked."""
    parsed = urlparse(url.strip()) if url else None
    if parsed and parsed.scheme in ("http", "https") and parsed.netloc:
        return url.strip()
    return None


# --------------------------------------------------------------------------- popup HTML


def sources_html(sources: Iterable[Source]) -> str:
    items = []
    for source in sources:
        label = source.publisher or urlparse(source.url).netloc or source.url or "source"
        url = safe_url(source.url)
        text = (
            f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(label)}</a>'
            if url
            else esc(label)
        )
        if source.date:
            text += f" ({esc(fmt_day(source.date))})"
        if source.note:
            text += f" — <span class='nsa-note'>{esc(source.note)}</span>"
        items.append(f"<li>{text}</li>")
    if not items:
        return "<p class='nsa-note'>No source recorded.</p>"
    return "<p class='nsa-h'>Sources</p><ul class='nsa-src'>" + "".join(items) + "</ul>"


def party_name(atlas, party_id: str | None) -> str:
    party = atlas.parties.get(party_id) if party_id else None
    return party.name if party else (party_id or "no controller")


def zone_popup(atlas, zone: Zone, as_of: date) -> str:
    rows = [
        ("Controller", party_name(atlas, zone.controller)),
        ("As of", fmt_day(as_of)),
        (
            "Valid",
            f"{fmt_day(zone.valid_from)} – {fmt_day(zone.valid_to) if zone.valid_to else 'open'}",
        ),
        ("Accuracy", zone.accuracy or "approximate (boundary reconstructed from reports)"),
    ]
    if zone.backers:
        rows.append(("Backed by", ", ".join(party_name(atlas, b) for b in zone.backers)))
    if zone.contested:
        rows.append(("Status", "contested"))
    table = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    notes = f"<p>{esc(zone.notes)}</p>" if zone.notes else ""
    return (
        f"<div class='nsa-pop'><p class='nsa-title'>{esc(zone.name)}</p>"
        f"<table>{table}</table>{notes}{sources_html(zone.sources)}</div>"
    )


def statement_html(atlas, statement: Statement) -> str:
    who = party_name(atlas, statement.party)
    if statement.speaker:
        who += f" — {statement.speaker}"
    if statement.verbatim:
        body = f"<q class='nsa-quote'>{esc(statement.text)}</q> <span class='nsa-tag'>quote</span>"
    else:
        body = f"<span class='nsa-para'>{esc(statement.text)}</span> " + (
            "<span class='nsa-tag'>paraphrase</span>"
        )
    links = [
        f'<a href="{esc(u)}" target="_blank" rel="noopener noreferrer">source</a>'
        for u in (safe_url(s.url) for s in statement.sources)
        if u
    ]
    return f"<li><b>{esc(who)}:</b> {body}{' · ' + ' '.join(links) if links else ''}</li>"


def event_popup(atlas, event: Event) -> str:
    meta = [fmt_day(event.date), KIND_LABELS.get(event.kind, event.kind)]
    if event.place_name:
        meta.append(event.place_name)
    parts = [
        f"<div class='nsa-pop'><p class='nsa-title'>{esc(event.title)}</p>",
        f"<p class='nsa-meta'>{esc(' · '.join(meta))}</p>",
    ]
    if event.participants:
        names = ", ".join(party_name(atlas, p) for p in event.participants)
        parts.append(f"<p><b>Parties:</b> {esc(names)}</p>")
    if event.people:
        parts.append(f"<p><b>People:</b> {esc('; '.join(event.people))}</p>")
    if event.summary:
        parts.append(f"<p>{esc(event.summary)}</p>")
    statements = [s for s in atlas.statements if s.event_id == event.id]
    if statements:
        parts.append("<p class='nsa-h'>Statements</p><ul class='nsa-st'>")
        parts += [statement_html(atlas, s) for s in statements]
        parts.append("</ul>")
    parts.append(sources_html(event.sources))
    parts.append("</div>")
    return "".join(parts)


def m4_popup(atlas, feature, as_of: date) -> str:
    parts = [f"<div class='nsa-pop'><p class='nsa-title'>{esc(feature.name)}</p>"]
    if feature.accuracy:
        parts.append(f"<p class='nsa-meta'>{esc(feature.accuracy)}</p>")
    if feature.kind == "road":
        try:
            segments = atlas.m4_breakdown(as_of)
        except Exception:  # the breakdown is a bonus; the line and its sources still show
            segments = []
        totals: dict[str | None, float] = {}
        for seg in segments:
            totals[seg["controller"]] = totals.get(seg["controller"], 0.0) + seg["km"]
        if totals:
            rows = "".join(
                f"<tr><th>{esc(party_name(atlas, pid))}</th><td>{km:.0f} km</td></tr>"
                for pid, km in sorted(totals.items(), key=lambda kv: -kv[1])
            )
            parts.append(
                f"<p class='nsa-h'>Control along the road, {esc(fmt_day(as_of))}</p>"
                f"<table>{rows}</table>"
            )
    parts.append(sources_html(feature.sources))
    parts.append("</div>")
    return "".join(parts)


# --------------------------------------------------------------------------- geometry


def _rounded(geometry, tolerance: float, digits: int):
    import numpy as np
    import shapely

    if tolerance:
        geometry = shapely.simplify(geometry, tolerance, preserve_topology=True)
    return shapely.transform(geometry, lambda xy: np.round(xy, digits))


def feature_collection(items: Iterable[tuple[object, dict]], tolerance: float, digits: int):
    """GeoJSON FeatureCollection of (geometry, properties); each feature gets an "id"."""
    from shapely.geometry import mapping

    features = []
    for index, (geometry, properties) in enumerate(items):
        shape = _rounded(geometry, tolerance, digits)
        if shape.is_empty:
            continue
        features.append(
            {
                "type": "Feature",
                "id": str(index),
                "properties": properties,
                "geometry": mapping(shape),
            }
        )
    return {"type": "FeatureCollection", "features": features}


# --------------------------------------------------------------------------- page pieces


def marker_svg(kind: str, size: int = 16, selected: bool = False) -> str:
    """The event symbol of the desktop map (shape tells the kind without colour), as SVG."""
    colour = KIND_COLOURS.get(kind, KIND_COLOURS["other"])
    r = size / 2 - 1.5
    c = size / 2
    if kind == "meeting":
        shape = f"<circle cx='{c}' cy='{c}' r='{r}'/>"
    elif kind == "visit":
        shape = f"<polygon points='{c},{c - r} {c + r},{c} {c},{c + r} {c - r},{c}'/>"
    elif kind == "agreement":
        shape = (
            f"<rect x='{c - r * 0.85}' y='{c - r * 0.85}' width='{1.7 * r}' height='{1.7 * r}'/>"
        )
    elif kind == "operation":
        shape = f"<polygon points='{c},{c - r} {c + r},{c + r * 0.8} {c - r},{c + r * 0.8}'/>"
    elif kind == "incident":
        w = r * 0.35
        shape = (
            f"<path d='M{c - r},{c - w}h{2 * r}v{2 * w}h{-2 * r}z"
            f"M{c - w},{c - r}h{2 * w}v{2 * r}h{-2 * w}z'/>"
        )
    else:
        shape = f"<circle cx='{c}' cy='{c}' r='{r * 0.7}'/>"
    ring = (
        f"<circle cx='{c}' cy='{c}' r='{c - 0.5}' fill='none' stroke='#111' stroke-width='1.5'/>"
        if selected
        else ""
    )
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{size}' height='{size}' "
        f"viewBox='0 0 {size} {size}'><g fill='{colour}' stroke='white' stroke-width='1.5'>"
        f"{shape}</g>{ring}</svg>"
    )


_CSS = """
.nsa-box{background:rgba(255,255,255,.94);padding:8px 10px;border-radius:6px;
 box-shadow:0 1px 5px rgba(0,0,0,.35);font:12px/1.35 "DejaVu Sans",Arial,sans-serif;color:#2b2a27;
 max-width:320px}
.nsa-box h1{font-size:16px;margin:0 0 2px}
.nsa-box .nsa-date{font-size:13px;margin:0}
.nsa-legend .nsa-row{display:flex;align-items:center;gap:7px;margin:2px 0}
.nsa-sw{display:inline-block;width:22px;height:12px;border:1px dashed rgba(0,0,0,.45)}
.nsa-line{display:inline-block;width:22px;height:0;border-top:3px solid #d7301f;
 box-shadow:0 0 0 1px #fff}
.nsa-h{font-weight:bold;margin:6px 0 2px}
.nsa-note,.nsa-meta{color:#6b675e;font-size:11px}
.nsa-pop{font:12px/1.4 "DejaVu Sans",Arial,sans-serif;max-width:360px;max-height:340px;
 overflow-y:auto}
.nsa-pop p{margin:3px 0}
.nsa-pop .nsa-title{font-weight:bold;font-size:13px;margin:0 0 3px}
.nsa-pop table{border-collapse:collapse}.nsa-pop th{text-align:left;padding:1px 8px 1px 0;
 vertical-align:top;color:#55524a;font-weight:normal}
.nsa-pop ul{margin:2px 0;padding-left:18px}
.nsa-tag{font-size:10px;color:#fff;background:#6b675e;border-radius:3px;padding:0 4px}
.nsa-quote{font-style:normal}.nsa-para{font-style:italic}
.leaflet-container{background:#a9cfe0}
.leaflet-control-layers{font-size:12px}
.nsa-label{font:11px "DejaVu Sans",Arial,sans-serif;color:#2b2a27;white-space:nowrap;
 text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff}
"""


def legend_html(
    atlas,
    controllers: Sequence[str],
    kinds: Sequence[str],
    has_m4: bool,
    has_corridor: bool,
    contested: bool,
) -> str:
    rows = []
    if controllers:
        rows.append("<p class='nsa-h'>Area of control</p>")
        for pid in controllers:
            colour = party_colour(atlas, pid)
            rows.append(
                f"<div class='nsa-row'><span class='nsa-sw' style='background:{esc(colour)};"
                f"opacity:.75'></span>{esc(party_name(atlas, pid))}</div>"
            )
        if contested:
            rows.append("<div class='nsa-row nsa-note'>Contested zones: dotted outline</div>")
        rows.append("<div class='nsa-note'>Boundaries approximate; click a zone for sources</div>")
    if has_m4 or has_corridor:
        rows.append("<p class='nsa-h'>M4 motorway</p>")
        if has_m4:
            rows.append("<div class='nsa-row'><span class='nsa-line'></span>M4</div>")
        if has_corridor:
            rows.append(
                "<div class='nsa-row'><span class='nsa-sw' style='background:rgba(215,48,31,.16);"
                "border-color:rgba(215,48,31,.6)'></span>2020 security corridor</div>"
            )
    if kinds:
        rows.append("<p class='nsa-h'>Events to this date</p>")
        for kind in kinds:
            label = esc(KIND_LABELS.get(kind, kind))
            rows.append(f"<div class='nsa-row'>{marker_svg(kind, 14)}{label}</div>")
    return "<div class='nsa-box nsa-legend'>" + "".join(rows) + "</div>"


def party_colour(atlas, party_id: str) -> str:
    party = atlas.parties.get(party_id)
    colour = party.colour if party and party.colour else UNKNOWN_COLOUR
    return colour if re.fullmatch(r"#[0-9A-Fa-f]{3,8}", colour) else UNKNOWN_COLOUR


def _darker(colour: str, factor: float = 1.5) -> str:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return "#{:02x}{:02x}{:02x}".format(*(round(v / factor) for v in (r, g, b)))


# --------------------------------------------------------------------------- folium elements


def _elements():
    """folium element classes that carry data text safely (defined lazily: folium is slow)."""
    from folium.elements import MacroElement
    from folium.template import Template

    class SafePopup(MacroElement):
        """bindPopup with an escaped-JSON string; no jQuery, no JS template literal."""

        _template = Template(
            """{% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.bindPopup({{ this.html|tojavascript }},
                {{ this.options|tojavascript }});
            {% if this.show %}
            // Opened once the whole page script has run: folium adds groups to the map last.
            setTimeout(function () { {{ this._parent.get_name() }}.openPopup(); }, 0);
            {% endif %}
            {% endmacro %}"""
        )

        def __init__(self, html_text: str, show: bool = False, max_width: int = 380):
            super().__init__()
            self._name = "SafePopup"
            self.html = html_text
            self.show = show
            # Padding keeps an open popup clear of the title box in the top-left corner.
            self.options = {"maxWidth": max_width, "autoPanPaddingTopLeft": [20, 120]}

    class SafeTooltip(MacroElement):
        _template = Template(
            """{% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.bindTooltip({{ this.text|tojavascript }},
                {{ this.options|tojavascript }});
            {% endmacro %}"""
        )

        def __init__(self, text: str, **options):
            super().__init__()
            self._name = "SafeTooltip"
            self.text = esc(text)
            self.options = {"sticky": True, **options}

    class HtmlControl(MacroElement):
        """A Leaflet control holding HTML we built (already escaped)."""

        _template = Template(
            """{% macro script(this, kwargs) %}
            (function () {
                var control = L.control({position: {{ this.position|tojavascript }}});
                control.onAdd = function () {
                    var div = L.DomUtil.create("div", "nsa-control");
                    div.innerHTML = {{ this.html|tojavascript }};
                    L.DomEvent.disableClickPropagation(div);
                    L.DomEvent.disableScrollPropagation(div);
                    return div;
                };
                control.addTo({{ this._parent.get_name() }});
            })();
            {% endmacro %}"""
        )

        def __init__(self, html_text: str, position: str):
            super().__init__()
            self._name = "HtmlControl"
            self.html = html_text
            self.position = position

    class Attribution(MacroElement):
        _template = Template(
            """{% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.attributionControl.addAttribution(
                {{ this.text|tojavascript }});
            {% endmacro %}"""
        )

        def __init__(self, text: str):
            super().__init__()
            self._name = "Attribution"
            self.text = text

    return SafePopup, SafeTooltip, HtmlControl, Attribution


def _imported_events_element():
    """A folium element that draws imported events from one compact JSON array in the page.

    One folium Marker per event costs ~1 ms and ~2 KB of script each (10,000 events: 11 s and
    19 MB); here each event is one JSON row (~100 bytes), its marker made by the browser and
    clustered by Leaflet.markercluster, its popup built (escaped) only when opened.
    """
    from folium.elements import JSCSSMixin, MacroElement
    from folium.plugins import MarkerCluster
    from folium.template import Template

    class ImportedEvents(JSCSSMixin, MacroElement):
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
                    var html = "<div class='nsa-popup'><b>" + esc(e[4]) + "</b><br>" + when
                        + " · " + esc(data.kinds[e[3]]);
                    if (e[5]) { html += " · " + esc(e[5]); }
                    var who = e[8].map(function (p) { return esc(data.parties[p]); });
                    if (who.length) { html += "<br>" + who.join(", "); }
                    html += "<br><i>Imported (" + esc(data.origins[e[6]]) + ")</i>";
                    var sources = data.sources[e[7]].map(function (s) {
                        var label = esc(s[1] || s[0] || "source");
                        return s[0] ? "<a href='" + esc(s[0]) + "' target='_blank' "
                            + "rel='noopener noreferrer'>" + label + "</a>" : label;
                    });
                    if (sources.length) { html += "<br>Sources: " + sources.join("; "); }
                    return html + "</div>";
                }
                var icon = L.divIcon({className: "nsa-imported", iconSize: [9, 9]});
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
                    markers[i] = L.marker([e[0], e[1]], {icon: icon, row: i})
                        .bindPopup(popup, {maxWidth: 380});
                }
                group.addLayers(markers);
                parent.addLayer(group);
            })();
            {% endmacro %}"""
        )

        def __init__(self, payload: str):
            super().__init__()
            self._name = "ImportedEvents"
            self.payload = payload

    return ImportedEvents


_IMPORTED_CSS = """
<style>
.nsa-imported { background: rgba(31, 45, 58, 0.88); border: 1.5px solid #fff;
  border-radius: 50%; box-sizing: border-box; }
.leaflet-marker-icon.nsa-imported-cluster { background: rgba(31, 45, 58, 0.78);
  border: 2px solid #fff; border-radius: 50%; color: #fff; font: bold 11px sans-serif;
  display: flex; align-items: center; justify-content: center; box-sizing: border-box; }
</style>
"""


def imported_events_payload(atlas, events: Sequence[Event]) -> str:
    """The imported events as one compact JSON value, escaped for a <script> element.

    Each event is a row ``[lat, lon, days since 1970-01-01, kind, title, place, origin,
    sources, parties]``; kinds, origins, source lists and parties are tables the rows point
    into, so a source shared by a whole import is written once.
    """
    import json

    epoch = date(1970, 1, 1).toordinal()
    tables: dict[str, dict] = {"kinds": {}, "origins": {}, "sources": {}, "parties": {}}

    def code(table: str, value) -> int:
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
                code("kinds", KIND_LABELS.get(event.kind, event.kind)),
                event.title,
                event.place_name,
                code("origins", event.origin),
                code("sources", event.sources),
                [code("parties", party_name(atlas, p)) for p in event.participants],
            ]
        )
    payload = {
        "months": [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        ],  # fmt: skip
        "kinds": list(tables["kinds"]),
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


# --------------------------------------------------------------------------- the map


@dataclass(frozen=True)
class WebMapStats:
    zones: int
    events: int
    bytes: int


def build_web_map(
    atlas,
    view: ViewState,
    basemap: Mapping[str, Sequence] | None = None,
    attribution: str = "",
    title: str | None = None,
    online_tiles: bool = True,
) -> str:
    """The whole HTML page as text. ``basemap``: layer name -> features with ``geometry`` and
    ``properties`` (as geodata.basemap.load_basemap() returns); ``online_tiles`` offers an
    OpenStreetMap layer, off by default (the page needs no network unless it is switched on)."""
    import folium
    from folium.plugins import MarkerCluster

    SafePopup, SafeTooltip, HtmlControl, Attribution = _elements()
    title = title or DEFAULT_TITLE
    as_of = view.as_of
    extent = view.extent or DEFAULT_EXTENT
    hidden = view.hidden_layers
    figure = folium.Figure(title=esc(f"{title} — as of {fmt_day(as_of)}"))
    fmap = folium.Map(
        location=[(extent[1] + extent[3]) / 2, (extent[0] + extent[2]) / 2],
        zoom_start=7,
        tiles=None,
        control_scale=True,
        zoom_control="bottomleft",
        prefer_canvas=False,
    )
    # Without tiles folium sets no zoom limits; the marker clusters need a maximum zoom.
    fmap.options.update(minZoom=4, maxZoom=14)
    # Only Leaflet itself: folium's jQuery/Bootstrap/Font Awesome serve widgets not used here.
    fmap.default_js = [("leaflet", "leaflet.js")]
    fmap.default_css = [("leaflet_css", "leaflet.css")]
    figure.add_child(fmap)
    figure.header.add_child(folium.Element(f"<style>{_CSS}</style>"), name="nsa_css")
    fmap.fit_bounds([[extent[1], extent[0]], [extent[3], extent[2]]])

    if online_tiles:
        folium.TileLayer(
            "OpenStreetMap",
            name="Online map tiles (OpenStreetMap; needs internet)",
            overlay=True,
            show=False,
            control=True,
        ).add_to(fmap)
    _add_countries(fmap, basemap or {}, hidden)

    zones = [] if "zones" in hidden else atlas.zones_at(as_of)
    zone_group = folium.FeatureGroup(name=f"Areas of control, {fmt_day(as_of)}", show=True)
    for zone in sorted(zones, key=lambda z: -z.geometry.area):
        colour = party_colour(atlas, zone.controller)
        selected = zone.id == view.selected_zone
        style = {
            "fillColor": colour,
            "fillOpacity": ZONE_FILL_OPACITY * (0.6 if zone.contested else 1.0),
            "color": "#111111" if selected else _darker(colour),
            "weight": 3.5 if selected else 1.2,
            "dashArray": "2 4" if zone.contested else "6 4",
        }
        layer = folium.GeoJson(
            feature_collection([(zone.geometry, {})], _ZONE_TOLERANCE, 5),
            name=zone.name,
            style_function=lambda _f, style=style: style,
            control=False,
        )
        layer.add_child(SafeTooltip(f"{zone.name} — {party_name(atlas, zone.controller)}"))
        layer.add_child(SafePopup(zone_popup(atlas, zone, as_of), show=selected))
        layer.add_to(zone_group)
    zone_group.add_to(fmap)
    # Water, boundaries and towns above the translucent zones, as on the desktop map.
    _add_base_lines(fmap, basemap or {}, hidden)

    features = atlas.features_at(as_of)
    corridor = [f for f in features if f.kind == "corridor"] if "m4_corridor" not in hidden else []
    roads = [f for f in features if f.kind == "road"] if "m4" not in hidden else []
    if corridor:
        group = folium.FeatureGroup(name="2020 M4 security corridor")
        for feature in corridor:
            layer = folium.GeoJson(
                feature_collection([(feature.geometry, {})], _ZONE_TOLERANCE, 5),
                style_function=lambda _f: {
                    "fillColor": "#d7301f",
                    "fillOpacity": 0.16,
                    "color": "#d7301f",
                    "opacity": 0.6,
                    "weight": 1.2,
                    "dashArray": "6 4",
                },
                control=False,
            )
            layer.add_child(SafeTooltip(feature.name))
            layer.add_child(SafePopup(m4_popup(atlas, feature, as_of)))
            layer.add_to(group)
        group.add_to(fmap)
    if roads:
        group = folium.FeatureGroup(name="M4 motorway")
        for feature in roads:
            for part in getattr(feature.geometry, "geoms", [feature.geometry]):
                coords = [(round(y, 5), round(x, 5)) for x, y in part.coords]
                folium.PolyLine(coords, color="#ffffff", weight=7, opacity=1).add_to(group)
                line = folium.PolyLine(coords, color="#d7301f", weight=4, opacity=1)
                line.add_child(SafeTooltip(feature.name))
                line.add_child(SafePopup(m4_popup(atlas, feature, as_of)))
                line.add_to(group)
        group.add_to(fmap)

    shown = [
        e for e in visible_events(atlas.events, view) if e.lat is not None and e.lon is not None
    ]
    events = [] if "events" in hidden else [e for e in shown if e.origin == "bundled"]
    imported = [] if "imported_events" in hidden else [e for e in shown if e.origin != "bundled"]
    if imported:
        group = folium.FeatureGroup(name=f"Imported events to {fmt_day(as_of)} ({len(imported)})")
        group.add_child(_imported_events_element()(imported_events_payload(atlas, imported)))
        group.add_to(fmap)
        figure.header.add_child(folium.Element(_IMPORTED_CSS), name="nsa_imported_css")
    if events:
        cluster = MarkerCluster(
            name=f"Events to {fmt_day(as_of)} ({len(events)})",
            options={
                "maxClusterRadius": 28,
                "spiderfyOnMaxZoom": True,
                "showCoverageOnHover": False,
            },
        )
        for event in events:
            if event.id == view.selected_event:
                continue  # drawn on its own below, with its popup open
            _event_marker(atlas, event, False, SafePopup, SafeTooltip).add_to(cluster)
        cluster.add_to(fmap)
        selected_event = next((e for e in events if e.id == view.selected_event), None)
        if selected_event is not None:
            group = folium.FeatureGroup(name="Selected event")
            _event_marker(atlas, selected_event, True, SafePopup, SafeTooltip).add_to(group)
            group.add_to(fmap)

    shown_controllers = []
    for zone in sorted(zones, key=lambda z: -z.geometry.area):
        if zone.controller not in shown_controllers:
            shown_controllers.append(zone.controller)
    kinds = [k for k in EVENT_KINDS if any(e.kind == k for e in events)]
    header = (
        f"<div class='nsa-box'><h1>{esc(title)}</h1>"
        f"<p class='nsa-date'>As of <b>{esc(fmt_day(as_of))}</b></p>"
        + _selection_line(atlas, view)
        + "</div>"
    )
    fmap.add_child(HtmlControl(header, "topleft"))
    legend = legend_html(
        atlas,
        shown_controllers,
        kinds,
        bool(roads),
        bool(corridor),
        any(z.contested for z in zones),
    )
    fmap.add_child(HtmlControl(legend, "bottomright"))
    if attribution:
        fmap.add_child(Attribution(esc(f"Base map: {attribution}")))
    folium.LayerControl(collapsed=False, position="topright").add_to(fmap)
    return inline_assets(figure.render())


def _selection_line(atlas, view: ViewState) -> str:
    if view.selected_zone and atlas.zone(view.selected_zone):
        zone = atlas.zone(view.selected_zone)
        return f"<p class='nsa-meta'>Selected: {esc(zone.name)}</p>"
    if view.selected_event and atlas.event(view.selected_event):
        event = atlas.event(view.selected_event)
        return f"<p class='nsa-meta'>Selected: {esc(event.title)}</p>"
    return ""


def _event_marker(atlas, event: Event, selected: bool, SafePopup, SafeTooltip):  # noqa: N803
    import folium

    size = 22 if selected else 16
    marker = folium.Marker(
        [event.lat, event.lon],
        icon=folium.DivIcon(
            html=marker_svg(event.kind, size, selected),
            icon_size=(size, size),
            icon_anchor=(size // 2, size // 2),
            class_name="nsa-marker",
        ),
    )
    marker.add_child(SafeTooltip(f"{fmt_day(event.date)}: {event.title}"))
    marker.add_child(SafePopup(event_popup(atlas, event), show=selected))
    return marker


def _add_countries(fmap, basemap, hidden) -> None:
    import folium

    countries = list(basemap.get("countries", ())) if "countries" not in hidden else []
    if countries:
        items = [(f.geometry, {"syr": f.properties.get("iso_a3") == "SYR"}) for f in countries]
        folium.GeoJson(
            feature_collection(items, _BASE_TOLERANCE, 4),
            name="Countries (offline base map)",
            style_function=lambda f: {
                "fillColor": "#fbf8ef" if f["properties"]["syr"] else "#ecebe4",
                "fillOpacity": 1,
                "color": "#6f6a5f" if f["properties"]["syr"] else "#b7b3a8",
                "weight": 1.6 if f["properties"]["syr"] else 0.8,
            },
            interactive=False,
        ).add_to(fmap)


def _add_base_lines(fmap, basemap, hidden) -> None:
    import folium

    simple = [
        (
            "governorates",
            "Governorates",
            {"color": "#b9b0a0", "weight": 0.9, "dashArray": "4 3", "fill": False},
        ),
        (
            "lakes",
            "Lakes",
            {"color": "#5e9fc4", "weight": 0.6, "fillColor": "#a9cfe0", "fillOpacity": 1},
        ),
        ("rivers", "Rivers", {"color": "#5e9fc4", "weight": 1.3, "fill": False}),
    ]
    for key, name, style in simple:
        layer = list(basemap.get(key, ())) if key not in hidden else []
        if not layer:
            continue
        folium.GeoJson(
            feature_collection([(f.geometry, {}) for f in layer], _BASE_TOLERANCE, 4),
            name=name,
            style_function=lambda _f, style=style: style,
            interactive=False,
        ).add_to(fmap)
    places = list(basemap.get("places", ())) if "places" not in hidden else []
    towns = [p for p in places if float(p.properties.get("population") or 0) >= 100_000]
    if towns:
        group = folium.FeatureGroup(name="Towns")
        for place in towns:
            name = str(place.properties.get("name", ""))
            folium.Marker(
                [place.geometry.y, place.geometry.x],
                icon=folium.DivIcon(
                    html=(
                        "<span style='display:inline-block;width:6px;height:6px;"
                        "border-radius:3px;background:#3d3a35;border:1px solid #fff;"
                        "margin-right:3px'></span>"
                        f"<span class='nsa-label'>{esc(name)}</span>"
                    ),
                    icon_size=(160, 14),
                    icon_anchor=(4, 7),
                    class_name="nsa-town",
                ),
                interactive=False,
            ).add_to(group)
        group.add_to(fmap)


def inline_assets(page: str) -> str:
    """Replace every <script src>/<link> folium wrote with the file's contents, or fail."""
    from geodata.errors import AtlasError
    from geodata.web_assets import ASSETS, inline_tag

    def replace(match: re.Match) -> str:
        url = match.group("js") or match.group("css")
        name = url.rsplit("/", 1)[-1]
        if name not in ASSETS:
            raise AtlasError(f"web map export: no offline copy of {url}")
        return inline_tag(name)

    return _CDN_TAG.sub(replace, page)
