"""Town labels of the web map in the page's language, by the desktop map's rule: Arabic from
the base map's own Arabic name or the gazetteers', Turkish and Kurdish from the gazetteers
(geodata.label_names: sourced names only); a town with none keeps its Latin label."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geodata.label_names import LANGUAGES, LabelNames
from geodata.web_export.texts import place_label

if TYPE_CHECKING:
    from geodata.atlas import Atlas
    from geodata.basemap import BaseFeature


class TownNames:
    """``label(feature, lang)``: the town's name in ``lang`` where one is recorded."""

    def __init__(self, atlas: Atlas | None):
        self._atlas = atlas
        self._gazetteer: LabelNames | None = None  # read on the first non-English label

    def label(self, feature: BaseFeature, lang: str) -> str:
        props = feature.properties
        latin = place_label(props)
        if lang not in LANGUAGES:
            return latin
        if lang == "ar" and props.get("name_ar"):
            return str(props["name_ar"])
        if self._gazetteer is None:
            self._gazetteer = LabelNames.of_atlas(self._atlas)
        # A town abroad borrows no gazetteer name, as on the desktop map: its alternates
        # hold old names of the Syrian town opposite (Ceylanpınar's Resulayn).
        if props.get("country", "SY") != "SY":
            return latin
        spellings = (latin, str(props.get("name") or ""), *props.get("alt_names", ()))
        x, y = feature.geometry.x, feature.geometry.y
        return self._gazetteer.names_at(x, y, spellings).get(lang) or latin
