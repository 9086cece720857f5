"""The whole page: a folium map of a view, its title box and legend, assets inlined.

html = build_web_map(atlas, ViewState(), basemap, attribution, language="ar")

Every text of the page's own (legend, titles, slider, Sources panel, popups' field labels, layer
names) is in ``language``, from the project's Qt catalogues (geodata.legend.language); data
text (titles, quotes, notes, sources) stays as recorded. Arabic boxes read right to left.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from geodata.extent import CONTEXT_BOUNDS, DEFAULT_EXTENT
from geodata.legend import Language, legend_entries, what_is_shown
from geodata.legend.shown import agreed_drawn
from geodata.model import ViewState
from geodata.sources.credits import unique_sources
from geodata.view_filter import visible_events
from geodata.web_export.coverage import control_gap, default_title
from geodata.web_export.legend import header_html, legend_html, sources_panel_html
from geodata.web_export.style import PAGE_CSS, language_css
from geodata.web_export.texts import esc

if TYPE_CHECKING:
    from geodata.atlas import Atlas

#: Zoom limits: without tiles folium sets none, and the marker clusters need a maximum zoom.
MIN_ZOOM, MAX_ZOOM = 4, 14


def build_web_map(
    atlas: Atlas,
    view: ViewState,
    basemap: Mapping[str, Sequence] | None = None,
    attribution: str = "",
    title: str | None = None,
    online_tiles: bool = True,
    language: Language | str = "en",
) -> str:
    """The whole HTML page as text. ``basemap``: layer name -> features with ``geometry`` and
    ``properties`` (as geodata.basemap.load_basemap() returns); ``online_tiles`` offers an
    OpenStreetMap layer, off by default (the page needs no network unless it is switched on).
    On a date without control zones the title box says so and names the nearest dates.
    ``language``: a code (en, ar, tr, ku: texts from the .ts catalogues) or a Language (the
    window passes one that translates through its installed catalogues)."""
    import folium

    from geodata.web_export import labels as web_labels
    from geodata.web_export import layers
    from geodata.web_export.assets import inline_assets
    from geodata.web_export.elements import Attribution, HtmlControl
    from geodata.web_export.fit import fit_script

    lang = language if isinstance(language, Language) else Language(language)
    basemap = basemap or {}
    as_of = view.as_of
    hidden = view.hidden_layers
    gap = control_gap(atlas, as_of)
    title = title or default_title(gap, lang)
    extent = view.extent or DEFAULT_EXTENT
    page_title = lang.translate("WebMap", "{title} — as of {date}").format(
        title=title, date=lang.day(as_of, short=False)
    )
    figure = folium.Figure(title=esc(page_title))
    fmap = folium.Map(
        location=[(extent[1] + extent[3]) / 2, (extent[0] + extent[2]) / 2],
        zoom_start=6,
        tiles=None,
        control_scale=True,
        zoom_control="bottomleft",
        prefer_canvas=False,
    )
    fmap.options.update(minZoom=MIN_ZOOM, maxZoom=MAX_ZOOM)
    # Only Leaflet itself: folium's jQuery/Bootstrap/Font Awesome serve widgets not used here.
    fmap.default_js = [("leaflet", "leaflet.js")]
    fmap.default_css = [("leaflet_css", "leaflet.css")]
    figure.add_child(fmap)
    css = PAGE_CSS + web_labels.LABEL_CSS + language_css(lang)
    figure.header.add_child(folium.Element(f"<style>{css}</style>"), name="nsa_css")
    # No folium fit_bounds: its animated zoom would swallow the layout fit (geodata.web_export.fit)
    # that frames the extent on load, clear of the boxes.

    if online_tiles:
        folium.TileLayer(
            "OpenStreetMap",
            name=lang.translate("WebMap", "Online map tiles (OpenStreetMap; needs internet)"),
            overlay=True,
            show=False,
            control=True,
        ).add_to(fmap)
    layers.add_countries(fmap, basemap, hidden, lang)
    zones = [] if "zones" in hidden else atlas.zones_at(as_of)
    zones = sorted(zones, key=lambda z: -z.geometry.area)
    zones_name = lang.translate("Legend", "Control as of {date}").format(date=lang.day(as_of))
    zone_group = layers.add_zones(fmap, atlas, zones, view, zones_name, lang)
    if "zones" not in hidden:  # a slider over the derived territory's periods around as_of
        from geodata.web_export.timeline import add_date_slider

        add_date_slider(fmap, atlas, as_of, zone_group, lang)
    if "zone_labels" not in hidden:
        web_labels.add_zone_labels(fmap, atlas, zones, as_of, lang)
    # Water, boundaries and towns above the translucent zones, as on the desktop map.
    layers.add_base_lines(fmap, basemap, hidden, lang, atlas)

    features = atlas.features_at(as_of)
    corridor = agreed_drawn(features, view, "corridor")
    roads = [f for f in features if f.kind == "road"] if "m4" not in hidden else []
    dmz = agreed_drawn(features, view, "dmz")
    layers.add_corridor(fmap, atlas, dmz, as_of, lang, dmz=True)
    layers.add_corridor(fmap, atlas, corridor, as_of, lang)
    layers.add_roads(fmap, atlas, roads, as_of, lang)

    shown = [
        e for e in visible_events(atlas.events, view) if e.lat is not None and e.lon is not None
    ]
    events = [] if "events" in hidden else [e for e in shown if e.origin == "bundled"]
    imported = [] if "imported_events" in hidden else [e for e in shown if e.origin != "bundled"]
    layers.add_imported_events(figure, fmap, atlas, imported, as_of, lang)
    layers.add_events(fmap, atlas, events, view, lang)

    notice_gap = gap if "zones" not in hidden else None  # as the window: hidden zones, no notice
    header = header_html(atlas, view, title, notice_gap, lang)
    fmap.add_child(HtmlControl(header + web_labels.statements_panel(atlas, view, lang), "topleft"))
    # The legend of the one model: the window's legend lists the same for this view.
    on_page = what_is_shown(atlas, view, language=lang)
    entries = legend_entries(atlas, on_page, lang)
    legend = web_labels.collapsible_legend(legend_html(entries, lang), lang)
    fmap.add_child(HtmlControl(legend, "bottomright"))
    panel = sources_panel_html(
        unique_sources(  # the selected event's and the agreed zones' first: the story's
            [*on_page.lead_sources]
            + [s for z in zones for s in z.sources]
            + [s for f in roads for s in f.sources]
            + [s for e in events for s in e.sources]
        ),
        lang,
    )
    if panel:
        fmap.add_child(HtmlControl(panel, "bottomleft"))
    if attribution:
        base = lang.translate("WebMap", "Base map: {attribution}").format(attribution=attribution)
        fmap.add_child(Attribution(esc(base)))
    # Collapsed to its icon: expanded, the list covers the north-east (Qamishli, al-Yarubiyah).
    folium.LayerControl(collapsed=True, position="topright").add_to(fmap)
    figure.script.add_child(folium.Element(web_labels.declutter_script(fmap.get_name())))
    # The first frame fits the data into the room the boxes leave (geodata.web_export.fit).
    figure.script.add_child(
        folium.Element(fit_script(fmap.get_name(), extent, CONTEXT_BOUNDS)), name="nsa_fit"
    )
    # The page's language, for screen readers, hyphenation and the browser's font choice.
    page = figure.render().replace("<html>", f'<html lang="{lang.code}">', 1)
    return inline_assets(page)
