"""Where a town across Syria's border lies, said without taking sides.

GeoNames files a town under the country that administers it: Ariel and Katzrin (Israeli
settlements in the West Bank and the occupied Golan) under Israel, East Jerusalem under
Palestine. A search result that read "town in Israel" would make a claim the atlas cannot
source. The rule, for every foreign town:

- inside the occupied Golan (the base map's own Golan polygon, drawn as Syrian land): "the
  Golan Heights (occupied by Israel)", as the base map and the control records describe it
  (UN Security Council resolution 497; geodata/data/base/countries.geojson);
- in the West Bank or the Gaza Strip: the area's name, from GeoNames' first-order division
  (``admin1`` WE / GZ, whichever country the record names), else from the base map's
  Palestine polygon — never a state's name;
- Jerusalem (the records GeoNames names Jerusalem, West or East Jerusalem, under Israel or
  Palestine): "Jerusalem (status disputed)" — its status is contested under UN Security Council
  resolutions 476 and 478, and the atlas sources no side's claim to it;
- elsewhere: the base map country (Natural Earth) whose polygon holds the point, not the
  record's country code; GeoNames' country only where no polygon holds it (a point at sea).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geodata.basemap import BaseFeature

GOLAN = "the Golan Heights (occupied by Israel)"
WEST_BANK = "the West Bank"
GAZA = "the Gaza Strip"
JERUSALEM = "Jerusalem (status disputed)"
#: GeoNames' first-order divisions of the Palestinian territories.
_ADMIN1_AREAS = {"WE": WEST_BANK, "GZ": GAZA}
#: West of this longitude the Palestine polygon is the Gaza Strip.
_GAZA_EAST = 34.6

COUNTRY_NAMES = {
    "TR": "Turkey",
    "IQ": "Iraq",
    "LB": "Lebanon",
    "JO": "Jordan",
    "IL": "Israel",
    "CY": "Cyprus",
    "EG": "Egypt",
    "IR": "Iran",
    "SA": "Saudi Arabia",
    "AM": "Armenia",
    "AZ": "Azerbaijan",
    "GE": "Georgia",
    "KW": "Kuwait",
    "RU": "Russia",
}


class RegionFinder:
    """The area a point lies in, from the base map's countries layer (built once)."""

    def __init__(self, basemap: Mapping[str, Sequence[BaseFeature]]) -> None:
        import shapely

        self._areas = []
        for feature in basemap.get("countries", ()):
            props = feature.properties
            shapely.prepare(feature.geometry)
            self._areas.append((props.get("kind"), props.get("iso_a2"), feature.geometry))
        # The Golan first: its polygon also lies inside Syria's.
        self._areas.sort(key=lambda area: area[0] != "occupied")

    def region(
        self, lon: float, lat: float, country: str = "", admin1: str = "", name: str = ""
    ) -> str | None:
        """The area's description ("Turkey", "the West Bank", ...), or None in Syria proper."""
        import shapely

        if country in ("IL", "PS") and "jerusalem" in name.casefold():
            return JERUSALEM

        for kind, iso_a2, geometry in self._areas:
            if not shapely.contains_xy(geometry, lon, lat):
                continue
            if kind == "occupied":
                return GOLAN
            if iso_a2 == "SY":
                return None
            if iso_a2 == "PS" or admin1 in _ADMIN1_AREAS and country in ("PS", "IL"):
                return _ADMIN1_AREAS.get(admin1) or (GAZA if lon < _GAZA_EAST else WEST_BANK)
            return COUNTRY_NAMES.get(str(iso_a2), str(iso_a2))
        if country in ("PS", "IL") and admin1 in _ADMIN1_AREAS:
            return _ADMIN1_AREAS[admin1]
        if country == "PS":
            return GAZA if lon < _GAZA_EAST else WEST_BANK
        if not country or country == "SY":
            return None
        return COUNTRY_NAMES.get(country, country)
