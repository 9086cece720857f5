"""Syria's outline and admin units for the gazetteer: which points are in Syria, and
which governorate (admin1) and district (admin2) each locality is in.

admin1 is the base map's governorate polygon that holds the point. District polygons are not
reachable here, so admin2 is the district of the nearest Open-Syria sub-district centroid
among the sub-districts of the same governorate: right for most places, possibly the
neighbouring district for a place within a few km of a district border.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import shapely
from pyproj import Transformer
from shapely import STRtree, points
from shapely.geometry import shape

from tools.gazetteer.sources import SubDistrict

_TO_UTM = Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True)


class AdminIndex:
    def __init__(self, base_dir: Path, subdistricts: list[SubDistrict], margin_m: float = 2000):
        countries = json.loads((base_dir / "countries.geojson").read_text(encoding="utf-8"))
        syria = [
            shape(f["geometry"])
            for f in countries["features"]
            if f["properties"]["name"] == "Syria"
        ]
        if not syria:
            raise ValueError("countries.geojson has no Syria feature")
        # The 2 km margin is measured in metres (UTM 37N), not degrees.
        utm = shapely.transform(
            syria[0], lambda xy: np.column_stack(_TO_UTM.transform(xy[:, 0], xy[:, 1]))
        )
        self._syria_utm = utm.buffer(margin_m)
        govs = json.loads((base_dir / "governorates.geojson").read_text(encoding="utf-8"))
        self._gov_names = [f["properties"]["name"] for f in govs["features"]]
        self._gov_shapes = [shape(f["geometry"]) for f in govs["features"]]
        self._gov_tree = STRtree(self._gov_shapes)
        # Open-Syria's governorate names are the base map's (checked here, not assumed).
        self._subs_by_gov: dict[str, list[SubDistrict]] = {}
        for sub in subdistricts:
            if sub.governorate not in self._gov_names:
                raise ValueError(
                    f"sub-district governorate {sub.governorate!r} not on the base map"
                )
            self._subs_by_gov.setdefault(sub.governorate, []).append(sub)

    def in_syria(self, lat: float, lon: float) -> bool:
        x, y = _TO_UTM.transform(lon, lat)
        return self._syria_utm.contains(points(x, y))

    def governorates(self, lats: list[float], lons: list[float]) -> list[str]:
        """The governorate holding each point; the nearest one for points just outside."""
        pts = points(np.column_stack([lons, lats]))
        inside_pt, inside_poly = self._gov_tree.query(pts, predicate="within")
        out = [""] * len(lats)
        for p, g in zip(inside_pt, inside_poly, strict=True):
            out[p] = self._gov_names[g]
        for i, name in enumerate(out):
            if not name:
                out[i] = self._gov_names[self._gov_tree.nearest(pts[i])]
        return out

    def district(self, governorate: str, lat: float, lon: float) -> str:
        subs = self._subs_by_gov[governorate]
        # Equirectangular distance is enough to rank centroids a few tens of km apart.
        coslat = np.cos(np.radians(lat))
        best = min(subs, key=lambda s: (s.lat - lat) ** 2 + ((s.lon - lon) * coslat) ** 2)
        return best.district
