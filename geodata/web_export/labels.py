"""The web map's labels and reading aids: zone names, a label declutterer (no pile-ups at any
zoom), a collapsible legend, and the selected event's statements in a panel (also for events
held off the map, such as the Moscow meetings). Every data text is escaped here."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from geodata.web_export.popups import statement_html
from geodata.web_export.style import darker
from geodata.web_export.texts import esc, fmt_day, party_colour, party_name

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
.nsa-said .nsa-party{margin:6px 0 2px;font-weight:bold;border-left:4px solid #999;padding-left:5px}
"""

#: Hides labels that would overlap one drawn before them (zone names first, then towns, most
#: populous first: their order in the page), after every zoom or move.
DECLUTTER_JS = """
function nsaLabels(map){
 function declutter(){
  var kept=[];
  document.querySelectorAll('.nsa-zone-label,.nsa-town').forEach(function(el){
   el.style.visibility='';
   var r=el.querySelector('.nsa-label,.nsa-zone-text')||el;
   var b=r.getBoundingClientRect();
   if(!b.width){return;}
   var hit=kept.some(function(k){return b.left<k.right+3&&b.right>k.left-3&&
     b.top<k.bottom+2&&b.bottom>k.top-2;});
   if(hit){el.style.visibility='hidden';}else{kept.push(b);}
  });
 }
 map.on('zoomend moveend',declutter);
 map.whenReady(function(){setTimeout(declutter,0);});
 if(window.innerWidth<1000||window.innerHeight<700){
  var legend=document.querySelector('details.nsa-legend');
  if(legend){legend.open=false;}
 }
}
window.addEventListener('load',function(){if(window.MAP){nsaLabels(window.MAP);}});
"""


def declutter_script(map_name: str) -> str:
    """The declutter script bound to the page's map variable, run once the page has loaded
    (the map is made further down the same script)."""
    return DECLUTTER_JS.replace("MAP", map_name)


def short_name(atlas: Atlas, party_id: str, day: date | None = None) -> str:
    """ "SDF" for "Syrian Democratic Forces (SDF)": the abbreviation a zone label needs (the
    name as it was on ``day``: "Syrian caretaker government" in January 2025)."""
    name = party_name(atlas, party_id, day)
    found = re.search(r"\(([A-Z][A-Za-z-]{1,8})\)", name)
    return found.group(1) if found else name


def add_zone_labels(
    fmap: folium.Map, atlas: Atlas, zones: list[Zone], day: date | None = None
) -> None:
    """Each zone's controller (named as on ``day``) written in the zone, at the deepest point
    of its largest part."""
    import folium
    from shapely.ops import polylabel

    group = folium.FeatureGroup(name="Zone labels")
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
        text = esc(short_name(atlas, zone.controller, day))
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


def collapsible_legend(legend: str) -> str:
    """The legend box as a <details> element: open, and one click folds it off the data."""
    inner = legend.removeprefix("<div class='nsa-box nsa-legend'>").removesuffix("</div>")
    return f"<details class='nsa-box nsa-legend' open><summary>Legend</summary>{inner}</details>"


def statements_panel(atlas: Atlas, view: ViewState) -> str:
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
        where = f"<p class='nsa-meta'>Held in {esc(event.place_name)}" + (
            " (off the map)</p>" if off_map else "</p>"
        )
    rows = [
        f"<details class='nsa-box nsa-said' open><summary>What each party said</summary>"
        f"<p class='nsa-meta'>{esc(fmt_day(event.date))}: {esc(event.title)}</p>{where}"
    ]
    if not statements:
        rows.append("<p class='nsa-note'>No statements recorded for this event.</p>")
    by_party: dict[str, list] = {}
    for statement in statements:
        by_party.setdefault(statement.party, []).append(statement)
    for party_id, said in by_party.items():
        colour = esc(party_colour(atlas, party_id))
        rows.append(
            f"<p class='nsa-party' style='border-left-color:{colour}'>"
            f"{esc(party_name(atlas, party_id))}</p>"
        )
        rows += [statement_html(atlas, s) for s in said]
    rows.append("</details>")
    return "".join(rows)
