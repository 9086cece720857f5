"""A city quarter or an airfield held apart from the country around it is drawn as a site,
not as the countryside (geodata.control.territory.SITE_REACH_KM): al-Hasakah's security
square, the government's inside the SDF-held city to Nov 2024, and Qamishli airport."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
import shapely

from geodata.control.model import Locality, LocalityState
from geodata.control.territory import SITE_REACH_KM, Constraints, TerritoryDeriver

DAY = date(2021, 6, 1)


def _km_east(lon: float, lat: float, km: float) -> float:
    return lon + km / (111.32 * np.cos(np.radians(lat)))


@pytest.mark.parametrize(
    ("site", "lat", "lon", "holder"),
    [
        # the square's own point, then al-Hasakah's western quarters (al-Nashwa) 3-4 km off
        ("hasakah_security_box", 36.499, 40.740, "government"),
        (None, 36.485, 40.715, "sdf"),
        (None, 36.51, 40.70, "sdf"),
        # the airport's own point, then the plain 3.6 km west of it
        ("qamishli_airport", 37.01, 41.191, "government"),
        (None, 37.0, 41.15, "sdf"),
    ],
)
def test_the_answer_at_a_point_near_a_government_site_in_sdf_country(atlas, site, lat, lon, holder):
    named = atlas.control.locality_at(lon, lat, DAY)
    if site:
        assert named == site
    else:  # a neighbour's cell, not the site's
        assert named not in ("hasakah_security_box", "qamishli_airport")
    zone = next(z for z in atlas.zones_at(DAY) if z.geometry.intersects(shapely.Point(lon, lat)))
    assert zone.controller == holder, (lat, lon, zone.id)


def test_a_site_cell_stays_within_its_reach_and_the_rest_goes_to_its_neighbours():
    """Two towns 20 km apart with a quarter between them: the quarter keeps a disc of its
    reach, the towns share the rest of the square as if it were not there."""
    face = shapely.box(38.0, 35.0, 38.4, 35.3)
    towns = [Locality("west", "W", 35.15, 38.1), Locality("east", "E", 35.15, 38.3)]
    quarter = Locality("q", "Q", 35.15, 38.13, kind="neighbourhood")
    deriver = TerritoryDeriver(face, [*towns, quarter])
    states = (LocalityState("sdf"), LocalityState("sdf"), LocalityState("government"))
    pieces = {
        p.state.controller: p.geometry for p in deriver.derive(states, Constraints(())).pieces
    }
    reach_deg2 = np.pi * (SITE_REACH_KM["neighbourhood"] / 111.32) ** 2 / np.cos(np.radians(35.15))
    # the disc is drawn as a 16-sided polygon (97 % of the circle), its west edge just cut by
    # the cell boundary with the west town 2.7 km away
    assert 0.95 * reach_deg2 < pieces["government"].area <= reach_deg2
    assert pieces["government"].contains(shapely.Point(38.13, 35.15))
    assert pieces["sdf"].union(pieces["government"]).area == pytest.approx(face.area, rel=1e-9)
    # the point 5 km west of the quarter is the west town's, as without the quarter
    cells = deriver.cells(Constraints(()))
    assert cells.locality_at(shapely.Point(_km_east(38.13, 35.15, -5), 35.15)) == 0
