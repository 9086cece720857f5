"""The selected event's agreed zones in the web map's event box: the 2018 Sochi demilitarised
zone, the 2020 M4 corridor. No map of either was published, so the box says what the desktop
panel says: the zone's name as the legend gives it ("..., computed"), when it was in force (and
that it is not drawn on another day), and the atlas's note on how it computed the shape. The
interface words come from the catalogues the panel and legend use; the note is data (English)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from geodata.legend import Language
from geodata.legend.agreed_text import in_force_text
from geodata.legend.entries import DMZ_LABEL
from geodata.legend.language import QT_TRANSLATE_NOOP
from geodata.legend.shown import AGREED_LAYERS
from geodata.web_export.texts import esc

if TYPE_CHECKING:
    from geodata.atlas import Atlas
    from geodata.model import Event, MapFeature

#: The agreed zone's name as the legend and the layer list give it (the DMZ's says "computed").
_LABELS = {"dmz": DMZ_LABEL, "corridor": QT_TRANSLATE_NOOP("Legend", "2020 security corridor")}


def agreed_zones_html(atlas: Atlas, event: Event, as_of: date, lang: Language) -> str:
    """One paragraph per agreed zone the event concerns; "" for an event without one."""
    features = [atlas.features[f] for f in event.feature_ids if f in atlas.features]
    return "".join(_feature_html(f, as_of, lang) for f in features if f.kind in AGREED_LAYERS)


def _feature_html(feature: MapFeature, as_of: date, lang: Language) -> str:
    label = esc(lang.translate("Legend", _LABELS.get(feature.kind, feature.name)))
    html = f"<div class='nsa-agreed'><p class='nsa-meta'><b>{label}</b>"
    when = in_force_text(feature, as_of, lang.translate, lang.day)
    if when:
        html += f"<br>{esc(when)}"
    html += "</p>"
    if feature.accuracy:  # the data's own words (English): a paragraph of their own direction
        html += f"<p class='nsa-note' dir='auto'>{esc(feature.accuracy)}</p>"
    return html + "</div>"
