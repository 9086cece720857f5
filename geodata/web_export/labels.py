"""The web map's labels and reading aids: zone names, a label declutterer (no pile-ups at any
zoom), a collapsible legend, and the selected event's statements in a panel (also for events
held off the map, such as the Moscow meetings). Every data text is escaped here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geodata.legend import Language, short_name
from geodata.web_export.agreed import agreed_zones_html
from geodata.web_export.popups import statement_html
from geodata.web_export.style import darker
from geodata.web_export.texts import esc, party_colour, party_name

if TYPE_CHECKING:
    import folium

    from geodata.atlas import Atlas
    from geodata.model import ViewState, Zone

LABEL_CSS = """
.nsa-zone-text{display:block;width:120px;text-align:center}
.nsa-zone-label{font:bold 11px "DejaVu Sans",Arial,sans-serif;letter-spacing:.06em;
 white-space:nowrap;text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff;pointer-events:none}
.nsa-legend summary,.nsa-said summary{cursor:pointer;font-weight:bold;margin:0 0 2px}
.nsa-legend{max-height:52vh;overflow-y:auto}
.nsa-said{max-height:46vh;overflow-y:auto;margin-top:6px}
.nsa-said .nsa-summary{margin:8px 0 2px;border-top:1px solid #ddd;padding-top:4px}
.nsa-said .nsa-agreed{margin:8px 0 2px;border-top:1px solid #ddd}
.nsa-said .nsa-agreed p{margin:4px 0 2px}
.nsa-said .nsa-party{margin:6px 0 2px;font-weight:bold;border-left:4px solid #999;padding-left:5px}
"""

#: Hides labels that would overlap one drawn before them (zone names first, then towns, most
#: populous first: their order in the page), after every zoom or move. A zone name also gives
#: way to the event markers and clusters: it is the least precise text on the map. Measured
#: again once the page's fonts have loaded: an Arabic name measured in the fallback font
#: before the bundled Noto Sans Arabic arrives is narrower than drawn, and overlapped a town.
DECLUTTER_JS = """
function nsaLabels(map){
 function box(el){
  var range=document.createRange(); range.selectNodeContents(el);
  return range.getBoundingClientRect();
 }
 function hits(b,list){return list.some(function(k){return b.left<k.right+3&&b.right>k.left-3&&
   b.top<k.bottom+2&&b.bottom>k.top-2;});}
 function declutter(){
  var kept=[], marks=[];
  document.querySelectorAll('.nsa-marker,.marker-cluster').forEach(function(el){
   var b=el.getBoundingClientRect(); if(b.width){marks.push(b);}
  });
  document.querySelectorAll('.nsa-zone-label,.nsa-town').forEach(function(el){
   el.style.visibility='';
   var r=el.querySelector('.nsa-label,.nsa-zone-text')||el;
   // The text's own extent: a zone label's box is 120 px wide whatever its name ("SDF").
   var b=box(r);
   if(!b.width){return;}
   var zone=el.classList.contains('nsa-zone-label');
   if(hits(b,kept)||(zone&&hits(b,marks))){el.style.visibility='hidden';}else{kept.push(b);}
  });
 }
 map.on('zoomend moveend',declutter);
 map.whenReady(function(){setTimeout(declutter,0);});
 if(document.fonts){document.fonts.ready.then(declutter);
  document.fonts.addEventListener('loadingdone',declutter);}
}
window.addEventListener('load',function(){if(window.MAP){nsaLabels(window.MAP);}});
"""


def declutter_script(map_name: str) -> str:
    """The declutter script bound to the page's map variable, run once the page has loaded
    (the map is made further down the same script)."""
    return DECLUTTER_JS.replace("MAP", map_name)


def add_zone_labels(fmap: folium.Map, atlas: Atlas, zones: list[Zone], day, lang: Language) -> None:
    """Each zone's controller written in the zone, at the deepest point of its largest part:
    its abbreviation ("SDF") where its name on ``day`` has one."""
    import folium
    from shapely.ops import polylabel

    group = folium.FeatureGroup(name=lang.translate("WebMap", "Zone labels"))
    for zone in zones:
        parts = getattr(zone.geometry, "geoms", [zone.geometry])
        largest = max(parts, key=lambda g: g.area)
        if largest.is_empty or largest.area < 0.02:  # too small to carry a name
            continue
        try:
            point = polylabel(largest.simplify(0.01, preserve_topology=True), 0.01)
        except Exception:  # GEOS refuses degenerate input
            point = largest.representative_point()
        colour = darker(party_colour(atlas, zone.controller), 2.3)
        text = esc(short_name(party_name(atlas, zone.controller, day, lang)))
        folium.Marker(
            [point.y, point.x],
            icon=folium.DivIcon(
                html=f"<span class='nsa-zone-text' style='color:{esc(colour)}'>{text}</span>",
                icon_size=(120, 14),
                icon_anchor=(60, 7),
                class_name="nsa-zone-label",
            ),
            interactive=False,
        ).add_to(group)
    group.add_to(fmap)


def collapsible_legend(legend: str, lang: Language) -> str:
    """The legend box as a <details> element: open, and one click folds it off the data."""
    inner = legend[legend.index(">") + 1 :].removesuffix("</div>")
    summary = esc(lang.translate("WebMap", "Legend"))
    direction = " dir='rtl'" if lang.rtl else ""
    return (
        f"<details class='nsa-box nsa-legend'{direction} open><summary>{summary}</summary>"
        f"{inner}</details>"
    )


def statements_panel(atlas: Atlas, view: ViewState, lang: Language) -> str:
    """What each party said at the selected event, party by party; "" without one. An event
    held off the map (Moscow) says where it was held, since no marker shows it."""
    event = atlas.event(view.selected_event) if view.selected_event else None
    if event is None:
        return ""
    statements = [s for s in atlas.statements if s.event_id == event.id]
    extent = view.extent
    where = ""
    if event.place_name:
        off_map = event.lat is None or event.lon is None
        if not off_map and extent is not None:
            off_map = not (
                extent[0] <= event.lon <= extent[2] and extent[1] <= event.lat <= extent[3]
            )
        from geodata.extent import ATLAS_BOUNDS

        west, south, east, north = ATLAS_BOUNDS
        if event.lat is not None and event.lon is not None:
            off_map = off_map or not (west <= event.lon <= east and south <= event.lat <= north)
        held = (
            lang.translate("WebMap", "Held in {place} (off the map)")
            if off_map
            else lang.translate("WebMap", "Held in {place}")
        )
        where = f"<p class='nsa-meta'>{esc(held.format(place=lang.isolate(event.place_name)))}</p>"
    direction = " dir='rtl'" if lang.rtl else ""
    heading = esc(lang.translate("WebMap", "What each party said"))
    rows = [
        f"<details class='nsa-box nsa-said'{direction} open><summary>{heading} "
        f"({len(statements)})</summary>"
        f"<p class='nsa-meta'>{esc(lang.day(event.date, short=False))}: "
        f"<span class='nsa-name' dir='auto'>{esc(event.title)}</span></p>{where}"
    ]
    if not statements:
        none = esc(lang.translate("WebMap", "No statements recorded for this event."))
        rows.append(f"<p class='nsa-note'>{none}</p>")
    by_party: dict[str, list] = {}
    for statement in statements:
        by_party.setdefault(statement.party, []).append(statement)
    for party_id, said in by_party.items():
        colour = esc(party_colour(atlas, party_id))
        rows.append(
            f"<p class='nsa-party' style='border-{'right' if lang.rtl else 'left'}-color:{colour}'>"
            f"{esc(party_name(atlas, party_id, event.date, lang))}</p>"
        )
        rows += [statement_html(atlas, s, lang) for s in said]
    if event.summary:  # the popup stays shut on load: the panel carries what happened too,
        # after the statements it is named for
        rows.append(f"<p class='nsa-summary nsa-meta' dir='auto'>{esc(event.summary)}</p>")
    rows.append(agreed_zones_html(atlas, event, view.as_of, lang))  # drawn computed: say so
    rows.append("</details>")
    return "".join(rows)
