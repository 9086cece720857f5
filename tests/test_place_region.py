"""Search describes a town across the border by where it lies, never by the state a gazetteer
files it under: Ariel (GeoNames: Israel) is in the West Bank, Katzrin in the occupied Golan."""

from __future__ import annotations

import pytest
import shapely

from geodata.basemap import load_basemap
from geodata.search_places import place_entries


@pytest.fixture(scope="module")
def basemap():
    return load_basemap()


@pytest.fixture(scope="module")
def towns(basemap):
    """Search entries of the base map's towns, by name."""
    return {e.title: e for e in place_entries(None, basemap)}


@pytest.mark.parametrize(
    ("town", "region"),
    [
        ("Ariel", "the West Bank"),  # filed under Israel by GeoNames
        ("Nablus", "the West Bank"),
        ("Gaza", "the Gaza Strip"),
        ("Katzrin", "the Golan Heights (occupied by Israel)"),  # filed under Israel
        ("Gaziantep", "Turkey"),
        ("Mosul", "Iraq"),
        ("Jerusalem", "Jerusalem (status disputed)"),  # filed under Israel by GeoNames
        ("East Jerusalem", "Jerusalem (status disputed)"),
    ],
)
def test_a_foreign_town_is_described_by_where_it_lies(towns, town, region):
    assert towns[town].detail.split(" · ")[0] == f"town in {region}"


def test_the_rule_holds_for_every_foreign_town(basemap, towns):
    """A state is named only where the base map's polygon of that state holds the town; a
    town GeoNames places in the West Bank or Gaza (admin1 WE/GZ) is described by that area,
    whichever country its record names."""
    states = {
        f.properties["name"]: f.geometry
        for f in basemap["countries"]
        if f.properties.get("kind") == "country"
    }
    golan = next(f.geometry for f in basemap["countries"] if f.properties.get("kind") == "occupied")
    checked = 0
    for feature in basemap["places"]:
        props = feature.properties
        entry = towns.get(props["name"])
        if entry is None or (entry.lon, entry.lat) != (feature.geometry.x, feature.geometry.y):
            continue  # merged with a same-name place; described there
        detail = entry.detail.split(" · ")[0]
        assert "Palestine" not in detail and "Israel)" not in detail.replace("by Israel)", "")
        x, y = feature.geometry.x, feature.geometry.y
        if "jerusalem" in props["name"].casefold() and props.get("country") in ("IL", "PS"):
            assert detail == "town in Jerusalem (status disputed)", props["name"]
        elif shapely.contains_xy(golan, x, y):
            assert detail == "town in the Golan Heights (occupied by Israel)"
        elif props.get("admin1") in ("WE", "GZ") and props.get("country") in ("IL", "PS"):
            assert detail in ("town in the West Bank", "town in the Gaza Strip"), props["name"]
        elif detail.startswith("town in ") and not detail.startswith("town in the "):
            state = detail.removeprefix("town in ")
            holder = [n for n, g in states.items() if shapely.contains_xy(g, x, y)]
            assert holder in ([state], []), (props["name"], detail, holder)
        checked += 1
    assert checked > 1000
