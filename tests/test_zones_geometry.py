"""The bundled control zones and M4 features, read straight from the GeoJSON (json + shapely).

What a user relies on: on a given date every point of Syria has exactly one controller (or an
explicitly contested overlap), the named towns sit in the right area, the date really changes
the map, the M4 runs through its towns, and the 2020 corridor is 6 km either side of it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import LineString, Point, shape
from shapely.ops import unary_union

from geodata.analysis import geodesic_area_km2, m4_breakdown, total_km
from geodata.model import Source, Zone

DATA = Path(__file__).resolve().parents[1] / "geodata" / "data"
GEOD = Geod(ellps="WGS84")

MAIN_DAY = date(2023, 4, 25)
AUTUMN_2019 = date(2019, 11, 15)
DEC_2024 = date(2024, 12, 10)

# (lon, lat) from the reference gazetteer / front-line walks (GeoNames or Wikipedia)
TOWNS = {
    "Idlib": (36.63393, 35.93062),
    "Sarmada": (36.72, 36.18),
    "Jisr al-Shughur": (36.31983, 35.81418),
    "Ariha": (36.60964, 35.81374),
    "al-Atarib": (36.82504, 36.13907),
    "Saraqib": (36.80591, 35.86447),
    "Kafr Nabl": (36.56449, 35.61376),
    "Maarat al-Numan": (36.67693, 35.6483),
    "Khan Shaykhun": (36.65095, 35.44208),
    "Latakia": (35.79011, 35.53168),
    "Afrin": (36.86954, 36.51194),
    "Jindires": (36.692, 36.395),
    "Azaz": (37.04628, 36.58662),
    "al-Bab": (37.5157, 36.37051),
    "Jarabulus": (38.01111, 36.8175),
    "Tadif": (37.5309, 36.34814),
    "Tell Abyad": (38.95382, 36.69648),
    "Ras al-Ain": (40.0706, 36.8503),
    "Ain Issa": (38.85944, 36.38528),
    "Tell Tamer": (40.3714, 36.6606),
    "Kobani": (38.35347, 36.89095),
    "Raqqa": (39.00788, 35.95283),
    "Tabqa": (38.54828, 35.83758),
    "Qamishli": (41.23142, 37.05215),
    "al-Hasakah": (40.74772, 36.50237),
    "Manbij": (37.95495, 36.52815),
    "Deir ez-Zor": (40.14084, 35.33588),
    "al-Mayadin": (40.45154, 35.01982),
    "Albu Kamal": (40.91854, 34.45226),
    "Hajin": (40.83138, 34.69508),
    "Tell Rifaat": (37.09471, 36.47229),
    "Nubl": (36.99294, 36.37867),
    "Aleppo": (37.16117, 36.20124),
    "al-Tanf": (38.61778, 33.50583),
}

EXPECTED_2023 = {
    "idlib": ["Idlib", "Sarmada", "Jisr al-Shughur", "Ariha", "al-Atarib"],
    "government": [
        "Saraqib",
        "Kafr Nabl",
        "Maarat al-Numan",
        "Khan Shaykhun",
        "Latakia",
        "Tadif",
        "Deir ez-Zor",
        "al-Mayadin",
        "Albu Kamal",
        "Nubl",
        "Aleppo",
    ],
    "afrin": ["Afrin", "Jindires"],
    "euphrates_shield": ["Azaz", "al-Bab", "Jarabulus"],
    "peace_spring": ["Tell Abyad", "Ras al-Ain"],
    "sdf_east": [
        "Ain Issa",
        "Tell Tamer",
        "Kobani",
        "Raqqa",
        "Tabqa",
        "Qamishli",
        "al-Hasakah",
        "Hajin",
    ],
    "manbij": ["Manbij"],
    "tell_rifaat": ["Tell Rifaat"],
    "al_tanf": ["al-Tanf"],
}

# sourced M4 vertex towns (tools/zonebuild/reference/m4_vertices.csv)
M4_TOWNS = [
    "Latakia",
    "Jisr al-Shughur",
    "Ariha",
    "Saraqib",
    "Aleppo",
    "al-Bab",
    "Manbij",
    "Ain Issa",
    "Tell Tamer",
    "al-Hasakah",
    "Qamishli",
]

# Border towns lie within a few hundred metres of the generalised Natural Earth border and
# may fall just outside it: they take the zone nearest to them within this distance.
BORDER_TOLERANCE_KM = 1.5


def _load(name: str) -> list[dict]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))["features"]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@pytest.fixture(scope="module")
def zones() -> list[dict]:
    out = []
    for f in _load("zones.geojson"):
        p = f["properties"]
        out.append(
            {
                **p,
                "geometry": shape(f["geometry"]),
                "from": _day(p["valid_from"]),
                "to": _day(p["valid_to"]),
            }
        )
    return out


@pytest.fixture(scope="module")
def features() -> dict[str, dict]:
    return {
        f["properties"]["id"]: {**f["properties"], "geometry": shape(f["geometry"])}
        for f in _load("features.geojson")
    }


def on(zones: list[dict], day: date) -> list[dict]:
    return [z for z in zones if z["from"] <= day and (z["to"] is None or day <= z["to"])]


def zone_at(zones: list[dict], day: date, town: str) -> dict:
    lon, lat = TOWNS[town]
    pt = Point(lon, lat)
    live = on(zones, day)
    hits = [z for z in live if z["geometry"].covers(pt)]
    if not hits:
        near = min(live, key=lambda z: z["geometry"].distance(pt))
        q = (
            near["geometry"].exterior.interpolate(near["geometry"].exterior.project(pt))
            if hasattr(near["geometry"], "exterior")
            else None
        )
        if q is not None:
            assert GEOD.line_length([lon, q.x], [lat, q.y]) / 1000 < BORDER_TOLERANCE_KM, town
        hits = [near]
    assert len(hits) == 1 or all(z["contested"] for z in hits), f"{town}: {len(hits)} zones"
    return hits[0]


def snapshots(zones: list[dict]) -> list[tuple[date, date | None]]:
    return sorted({(z["from"], z["to"]) for z in zones})


def syria_outline():
    path = DATA / "base" / "countries.geojson"
    # No skip: a missing base layer means the package lost its data, which must fail.
    assert path.exists(), f"{path} is missing"
    for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
        if f["properties"].get("iso_a3") == "SYR":
            return shape(f["geometry"])
    pytest.fail("no SYR feature in countries.geojson")


# --- schema and tiling ---------------------------------------------------------------------


def test_every_zone_has_the_schema_fields_and_a_source(zones):
    ids = [z["id"] for z in zones]
    assert len(ids) == len(set(ids))
    for z in zones:
        for key in ("area", "name", "controller", "backers", "accuracy", "contested", "notes"):
            assert key in z, (z["id"], key)
        assert z["accuracy"], z["id"]
        # registry citations (data/SOURCES.md): an id, and what the zone cites it for
        assert z["sources"] and all(s["id"] for s in z["sources"]), z["id"]


def test_there_are_three_dated_snapshots_including_the_frozen_lines(zones):
    periods = snapshots(zones)
    assert (date(2020, 3, 6), date(2024, 11, 26)) in periods
    assert any(a <= AUTUMN_2019 <= b for a, b in periods if b)
    assert any(a <= DEC_2024 for a, b in periods if a.year == 2024)


def test_no_snapshots_overlap_in_time(zones):
    periods = snapshots(zones)
    for (_a1, b1), (a2, _) in zip(periods, periods[1:], strict=False):
        assert b1 is not None and b1 < a2


@pytest.mark.parametrize("day", [AUTUMN_2019, MAIN_DAY, DEC_2024])
def test_zones_are_valid_and_do_not_overlap_unless_contested(zones, day):
    live = on(zones, day)
    assert live
    for z in live:
        assert z["geometry"].is_valid, z["id"]
    for i, a in enumerate(live):
        for b in live[i + 1 :]:
            overlap = geodesic_area_km2(a["geometry"].intersection(b["geometry"]))
            if overlap > 0.1:
                assert a["contested"] or b["contested"], (a["id"], b["id"], overlap)


@pytest.mark.parametrize("day", [AUTUMN_2019, MAIN_DAY, DEC_2024])
def test_zones_cover_all_of_syria(zones, day):
    union = unary_union([z["geometry"] for z in on(zones, day)])
    outline = syria_outline()
    missing = geodesic_area_km2(outline.difference(union))
    extra = geodesic_area_km2(union.difference(outline))
    assert missing < 0.001 * geodesic_area_km2(outline), missing
    assert extra < 5.0, extra


def test_zones_add_up_to_the_area_of_syria(zones):
    # Independent of the base layer: Syria is ~185,000 km2 (the NE outline draws the Golan
    # as Israel's, so a little less).
    for a, _b in snapshots(zones):
        total = sum(geodesic_area_km2(z["geometry"]) for z in on(zones, a))
        assert 180_000 < total < 190_000, (a, total)


def test_no_control_data_between_snapshots(zones):
    assert on(zones, date(2024, 12, 3)) == []  # lines moved daily: left undocumented
    assert on(zones, date(2019, 6, 1)) == []


# --- who holds what ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("area", "town"), [(a, t) for a, towns in EXPECTED_2023.items() for t in towns]
)
def test_towns_fall_in_the_right_area_on_25_april_2023(zones, area, town):
    assert zone_at(zones, MAIN_DAY, town)["area"] == area


def test_controllers_on_25_april_2023(zones):
    by_area = {z["area"]: z["controller"] for z in on(zones, MAIN_DAY)}
    assert by_area == {
        "idlib": "hts",
        "afrin": "sna",
        "euphrates_shield": "sna",
        "peace_spring": "sna",
        "tell_rifaat": "sdf_government",
        "manbij": "sdf",
        "sdf_east": "sdf",
        "government": "government",
        "al_tanf": "us_coalition",
        "golan": "israel",
    }


@pytest.mark.parametrize("town", ["Saraqib", "Maarat al-Numan"])
def test_towns_taken_in_the_2019_20_offensive_change_controller(zones, town):
    assert zone_at(zones, AUTUMN_2019, town)["controller"] == "hts"
    assert zone_at(zones, MAIN_DAY, town)["controller"] == "government"


def test_khan_shaykhun_was_already_government_held_in_autumn_2019(zones):
    assert zone_at(zones, AUTUMN_2019, "Khan Shaykhun")["controller"] == "government"


@pytest.mark.parametrize("town", ["Tell Rifaat", "Manbij", "Tadif"])
def test_sna_holds_tell_rifaat_manbij_and_tadif_after_9_december_2024(zones, town):
    assert zone_at(zones, DEC_2024, town)["controller"] == "sna"


def test_uncertain_post_assad_area_is_marked_contested(zones):
    former = [z for z in on(zones, DEC_2024) if z["area"] == "government"]
    assert former and all(z["contested"] for z in former)


def test_post_assad_control_is_unsettled_not_invented(zones):
    # Who held the former government area after 8 Dec 2024 is not sourced: no party is named.
    former = [z for z in on(zones, DEC_2024) if z["area"] == "government"]
    assert [z["controller"] for z in former] == ["unsettled"]
    assert "not sourced" in former[0]["notes"]
    for town in ("Aleppo", "Latakia", "Deir ez-Zor", "Albu Kamal", "Nubl"):
        assert zone_at(zones, DEC_2024, town)["controller"] == "unsettled", town
    # HTS only where a source puts it: the Idlib pocket it launched the offensive from
    assert {z["area"] for z in on(zones, DEC_2024) if z["controller"] == "hts"} == {"idlib"}


def test_tishrin_dam_is_a_small_contested_cut_out_in_december_2024(zones):
    dam = Point(38.18333, 36.38139)  # Wikipedia coordinates
    live = on(zones, DEC_2024)
    hits = [z for z in live if z["geometry"].covers(dam)]
    assert [z["area"] for z in hits] == ["tishrin_dam"] and hits[0]["contested"]
    assert 20 < geodesic_area_km2(hits[0]["geometry"]) < 30  # a 3 km circle
    assert any("neither party has fully seized" in s["note"] for s in hits[0]["sources"])
    assert not any(z["area"] == "tishrin_dam" for z in on(zones, MAIN_DAY))


def test_enclaves_not_drawn_are_named_in_the_zones_they_sit_in(zones):
    for z in zones:
        if z["area"] == "sdf_east":
            for key in ("notes", "accuracy"):
                assert "security squares" in z[key] and "Qamishli airport" in z[key], z["id"]
        if z["area"] == "government":
            for key in ("notes", "accuracy"):
                assert "Sheikh Maqsoud" in z[key], z["id"]


def test_zone_level_sources_come_before_the_front_line_walk_sources(zones):
    for z in zones:
        line = [s["note"].startswith("front-line walk") for s in z["sources"]]
        assert line == sorted(line), z["id"]  # False (zone-level) first, then True
        assert not all(line), z["id"]


# --- the M4 and the corridor ---------------------------------------------------------------


def test_m4_is_labelled_approximate_and_sourced(features):
    m4 = features["m4"]
    assert m4["kind"] == "road" and "approximate" in m4["name"].lower()
    assert "estimate" in m4["accuracy"].lower() and m4["sources"]
    coords = list(m4["geometry"].coords)
    assert coords[0][0] < coords[-1][0]  # west to east


@pytest.mark.parametrize("town", M4_TOWNS)
def test_m4_passes_within_2_km_of_each_waypoint_town(features, town):
    line: LineString = features["m4"]["geometry"]
    lon, lat = TOWNS[town]
    nearest = line.interpolate(line.project(Point(lon, lat)))
    assert GEOD.line_length([lon, nearest.x], [lat, nearest.y]) < 2000


def test_corridor_is_about_12_km_wide(features):
    corr = features["m4_corridor"]
    assert corr["kind"] == "corridor" and corr["valid_from"] == "2020-03-05"
    assert any(s["id"].startswith("pa_x-") for s in corr["sources"])  # the protocol's text
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True)

    def utm(geom):
        return shapely.transform(geom, lambda xy: np.column_stack(to_utm.transform(*xy.T)))

    band = utm(corr["geometry"])
    road = utm(features["m4"]["geometry"])
    start = road.project(utm(Point(36.784, 35.865)))  # Trumba
    end = road.project(utm(Point(36.17, 35.75)))  # Ain al-Hawr
    lo, hi = sorted((start, end))
    for frac in (0.2, 0.4, 0.6, 0.8):
        d = lo + frac * (hi - lo)
        p, q = road.interpolate(d - 50), road.interpolate(d + 50)
        dx, dy = q.x - p.x, q.y - p.y
        n = (dx * dx + dy * dy) ** 0.5
        c = road.interpolate(d)
        probe = LineString(
            [(c.x - dy / n * 9000, c.y + dx / n * 9000), (c.x + dy / n * 9000, c.y - dx / n * 9000)]
        )
        width = probe.intersection(band).length
        assert 11_500 < width < 12_100, (frac, width)


def _zone_records(zones: list[dict], day: date) -> list[Zone]:
    return [
        Zone(
            id=z["id"],
            name=z["name"],
            controller=z["controller"],
            geometry=z["geometry"],
            area=z["area"],
            valid_from=z["from"],
            valid_to=z["to"],
            sources=tuple(Source(url="", id=s["id"]) for s in z["sources"]),
        )
        for z in on(zones, day)
    ]


def test_m4_breakdown_on_25_april_2023(zones, features):
    line = features["m4"]["geometry"]
    segments = m4_breakdown(line, _zone_records(zones, MAIN_DAY))
    controllers = {s["controller"] for s in segments}
    assert {"government", "hts", "sna", "sdf"} <= controllers
    assert None not in controllers
    assert sum(s["km"] for s in segments) == pytest.approx(total_km(line), abs=0.05)
    for a, b in zip(segments, segments[1:], strict=False):
        assert a["to_km"] == pytest.approx(b["from_km"], abs=0.01)
        assert a["zone"] != b["zone"]
    # the road leaves Latakia in government hands and ends in SDF country
    assert segments[0]["controller"] == "government"
    assert segments[-1]["controller"] == "sdf"


def test_al_tanf_zone_is_the_55_km_circle_clipped_to_syria(zones):
    tanf = next(z for z in on(zones, MAIN_DAY) if z["area"] == "al_tanf")
    lon0, lat0 = TOWNS["al-Tanf"]
    dists = [GEOD.inv(lon0, lat0, x, y)[2] / 1000 for x, y in tanf["geometry"].exterior.coords]
    assert max(dists) == pytest.approx(55.0, abs=0.1)
    area = geodesic_area_km2(tanf["geometry"])
    assert 0.3 * 3.1416 * 55**2 < area < 3.1416 * 55**2  # cut by the Jordanian/Iraqi borders
