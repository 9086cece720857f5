"""The bundled base map: right CRS, valid, clipped, and the places a user checks are right."""

from __future__ import annotations

import math
import re

import pytest
import shapely
import shapely.ops
from shapely.geometry import Point, box
from tooling import import_tool

from geodata import basemap
from geodata.paths import data_path

BOX = box(*basemap.BOUNDS)
WIDE_BOX = box(*basemap.CONTEXT_BOUNDS)

# Towns an analyst looks for first: GeoNames id, real coordinates, governorate they lie in.
KNOWN_TOWNS = {
    "Aleppo": (170063, 36.20124, 37.16117, "SY-HL"),
    "Idlib": (169389, 35.93062, 36.63393, "SY-ID"),
    "Qamishli": (173377, 37.05215, 41.23142, "SY-HA"),
}


def _km(a: Point, b: Point) -> float:
    kx = 111.32 * math.cos(math.radians((a.y + b.y) / 2))
    return math.hypot((a.x - b.x) * kx, (a.y - b.y) * 110.57)


def _by_name(layer: str) -> dict[str, basemap.BaseFeature]:
    return {f.properties["name"]: f for f in basemap.load_layer(layer)}


def _syria():
    (syria,) = [f for f in basemap.load_layer("countries") if f.properties["iso_a3"] == "SYR"]
    return syria


def _place(geonameid: int) -> basemap.BaseFeature:
    for f in basemap.load_layer("places"):
        if f.properties["geonameid"] == geonameid:
            return f
    raise AssertionError(f"GeoNames {geonameid} missing from places")


@pytest.mark.parametrize("name", basemap.LAYER_NAMES)
def test_layer_reads_as_wgs84_geodataframe(name):
    gdf = basemap.read_layer_gdf(name)
    assert gdf.crs.to_epsg() == 4326
    assert len(gdf) == len(basemap.load_layer(name)) > 0


@pytest.mark.parametrize("name", basemap.LAYER_NAMES)
def test_layer_geometries_are_valid_and_inside_the_box(name):
    for feature in basemap.load_layer(name):
        geom = feature.geometry
        assert not geom.is_empty and geom.is_valid, feature.properties
        box_ = BOX if name == "governorates" else WIDE_BOX
        assert box_.covers(geom), feature.properties


def test_towns_and_rivers_reach_every_frame_the_window_allows():
    """A zoomed-out view or an A3 portrait page shows south-east Turkey and northern Iraq:
    their towns and rivers are there too, not only north Syria's box (lat <= 37.6)."""
    for geonameid in (316541, 304922, 99072, 95446):  # Diyarbakir, Malatya, Mosul, Erbil
        assert not BOX.covers(_place(geonameid).geometry)
    rivers = _by_name("rivers")
    mosul = _place(99072).geometry
    assert _km(shapely.ops.nearest_points(rivers["Tigris"].geometry, mosul)[0], mosul) < 5
    diyarbakir = _place(316541).geometry
    assert _km(shapely.ops.nearest_points(rivers["Tigris"].geometry, diyarbakir)[0], diyarbakir) < 5
    lines = shapely.union_all([f.geometry for f in basemap.load_layer("rivers")])
    for west, south, east, north in ((36, 38, 42, 41), (42.5, 33, 47, 37.6)):
        assert lines.intersection(box(west, south, east, north)).length > 5  # degrees of river
    # Beyond the box the detail is regional: simplified lines, only towns of 10,000+.
    assert all(
        p.properties["population"] >= 10_000
        for p in basemap.load_layer("places")
        if not BOX.covers(p.geometry)
    )


def test_countries_cover_every_frame_the_window_allows():
    """Land or sea under every frame: the countries reach the context box, and the sea layer
    is drawn across it, so a zoomed-out view or a tall page shows no blank mat."""
    land = shapely.union_all([f.geometry for f in basemap.load_layer("countries")])
    names = {f.properties["name"] for f in basemap.load_layer("countries")}
    assert {"Turkey", "Iraq", "Jordan", "Lebanon", "Cyprus", "Egypt", "Iran"} <= names
    # Land reaches each side of the context box (Egypt/Saudi Arabia south, Turkey north...).
    west, south, east, north = basemap.CONTEXT_BOUNDS
    assert land.bounds[0] <= west + 0.5 and land.bounds[2] >= east - 0.5
    assert land.bounds[1] <= south + 0.5 and land.bounds[3] >= north - 0.5
    # Detail stays where it matters: the Syrian border is the full-resolution one.
    assert shapely.get_num_coordinates(_syria().geometry) > 500


def test_files_are_rfc7946_without_crs_member_and_compact():
    total = 0
    for name in basemap.LAYER_NAMES:
        text = data_path("base", f"{name}.geojson").read_text(encoding="utf-8")
        assert '"crs"' not in text  # RFC 7946: WGS84 by definition
        assert not re.search(r"\d\.\d{6,}", text), "coordinates must be rounded to 5 decimals"
        total += len(text.encode())
    assert total < 1_200_000  # the whole base map ships inside the wheel


def test_polygon_exteriors_are_counter_clockwise():
    for name in ("countries", "governorates", "lakes"):
        for feature in basemap.load_layer(name):
            for poly in shapely.get_parts(feature.geometry):
                assert poly.exterior.is_ccw, (name, feature.properties["name"])


def test_syria_and_its_neighbours_are_present():
    iso = {f.properties["iso_a3"] for f in basemap.load_layer("countries")}
    assert {"SYR", "TUR", "IRQ", "JOR", "LBN", "ISR"} <= iso
    assert _syria().properties["name"] == "Syria"
    assert _syria().properties["name_ar"] == "سوريا"


def test_golan_is_drawn_inside_syria_and_marked_occupied():
    countries = basemap.load_layer("countries")
    (golan,) = [f for f in countries if f.properties["kind"] == "occupied"]
    assert golan.properties["name"] == "Golan Heights"
    assert _syria().geometry.buffer(1e-4).covers(golan.geometry)
    (israel,) = [f for f in countries if f.properties["iso_a3"] == "ISR"]
    assert israel.geometry.intersection(golan.geometry).area < 1e-6


def test_governorates_have_iso_codes_and_readable_names():
    govs = basemap.load_layer("governorates")
    codes = {f.properties["iso_3166_2"] for f in govs}
    assert len(codes) == len(govs) == 14
    assert all(re.fullmatch(r"SY-[A-Z]{2}", code) for code in codes)
    names = {f.properties["name"] for f in govs}
    assert {"Aleppo", "Idlib", "Al-Hasakah", "Raqqa", "Deir ez-Zor", "Hama", "Homs"} <= names
    assert all("(" not in n and "`" not in n for n in names)  # no raw Natural Earth names
    assert all(f.properties["name_ar"] for f in govs)


def test_governorates_tile_syria():
    union = shapely.union_all([f.geometry for f in basemap.load_layer("governorates")])
    syria = _syria().geometry
    assert syria.symmetric_difference(union).area < 1e-4 * syria.area


def test_main_rivers_are_named():
    rivers = _by_name("rivers")
    for name in ("Euphrates", "Tigris", "Orontes", "Khabur"):
        assert name in rivers
        assert rivers[name].geometry.length > 0.2, name  # degrees: a real stretch, not a stub
    euphrates = rivers["Euphrates"].geometry  # one line, in the direction of flow
    assert euphrates.geom_type == "LineString"
    assert euphrates.coords[0][1] > 37.5 and euphrates.coords[-1][0] > 42.4  # Turkey -> Iraq


def test_rivers_pass_the_towns_they_are_named_by():
    rivers = _by_name("rivers")
    checks = [
        ("Euphrates", 172955),
        ("Orontes", 170017),
        ("Khabur", 173811),
    ]  # Raqqa, Hama, Hasakah
    for river, town in checks:
        point = _place(town).geometry
        nearest, _ = shapely.ops.nearest_points(rivers[river].geometry, point)
        assert _km(nearest, point) < 5, (river, town)


def test_lake_assad_is_named():
    lakes = _by_name("lakes")
    assert "Lake Assad" in lakes
    tabqa = _place(172374).geometry  # Al-Tabqa, by the dam
    assert lakes["Lake Assad"].geometry.distance(tabqa) < 0.1


@pytest.mark.parametrize("town", sorted(KNOWN_TOWNS))
def test_known_towns_are_where_they_should_be(town):
    geonameid, lat, lon, gov_code = KNOWN_TOWNS[town]
    place = _place(geonameid)
    assert _km(place.geometry, Point(lon, lat)) < 5
    assert _syria().geometry.contains(place.geometry)
    (gov,) = [
        g for g in basemap.load_layer("governorates") if g.properties["iso_3166_2"] == gov_code
    ]
    assert gov.geometry.contains(place.geometry)
    assert place.properties["country"] == "SY"
    assert place.properties["admin1"] == gov.properties["admin1"]


def test_places_carry_population_arabic_and_alternative_names():
    aleppo = _place(170063).properties
    assert aleppo["name"] == "Aleppo"
    assert aleppo["name_ar"] == "حلب"
    assert "Halab" in aleppo["alt_names"]
    assert aleppo["population"] > 1_000_000
    qamishli = _place(173377).properties
    assert qamishli["name_ar"] == "القامشلي"  # Arabic, not the Kurdish-Arabic-script Qamişlo
    assert {"Kamishli", "Qamişlo"} <= set(qamishli["alt_names"])
    kobani = _place(172256).properties
    assert kobani["name_ar"] == "عين العرب"
    assert "Kobani" in kobani["alt_names"]
    places = basemap.load_layer("places")
    assert all(isinstance(p.properties["population"], int) for p in places)
    # Towns of 5,000+, and Syrian administrative seats GeoNames has no population for (0).
    assert all(
        p.properties["population"] >= 5000
        or (p.properties["population"] == 0 and p.properties["country"] == "SY")
        for p in places
    )
    seats = {p.properties["geonameid"] for p in places if p.properties["population"] == 0}
    assert {165509, 163750, 172134} <= seats  # Ras al-Ain, Tell Abyad, Ayn Issa
    assert len({p.properties["geonameid"] for p in places}) == len(places)


def test_known_bad_geonames_entries_are_dropped():
    ids = {p.properties["geonameid"] for p in basemap.load_layer("places")}
    assert 168061 not in ids  # the false "Qabbasin" at 38.156 E
    assert 166285 in ids  # the real Qabasin by al-Bab


def test_every_syrian_place_lies_in_syria_and_its_governorate():
    govs = {g.properties["admin1"]: g.geometry for g in basemap.load_layer("governorates")}
    syria = _syria().geometry
    for place in basemap.load_layer("places"):
        if place.properties["country"] != "SY":
            continue
        name = place.properties["name"]
        # Arwad is an island 3.6 km offshore; Natural Earth's 10m borders are ~1 km accurate, so
        # border towns (Kobani, Tell Abyad, Kassab) may sit a few hundred metres outside.
        assert syria.intersects(place.geometry.buffer(0.05)), name
        if place.properties["population"] >= 5000:
            assert govs[place.properties["admin1"]].intersects(place.geometry.buffer(0.03)), name


def test_load_basemap_returns_every_layer_and_caches_parsing():
    layers = basemap.load_basemap()
    assert tuple(layers) == basemap.LAYER_NAMES
    first = basemap.load_layer("rivers")[0]
    assert basemap.load_layer("rivers")[0] is first
    with pytest.raises(ValueError):
        basemap.load_layer("roads")


def test_attribution_names_every_source():
    for source in ("Natural Earth", "GeoNames", "CC-BY 4.0", "GSHHG"):
        assert source in basemap.ATTRIBUTION
    text = data_path("ATTRIBUTION.md").read_text(encoding="utf-8")
    assert basemap.ATTRIBUTION in text


def test_loader_does_not_import_geopandas():
    import subprocess
    import sys

    code = (
        "import sys; from geodata import basemap; basemap.load_basemap(); "
        "print('geopandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- the build script's own rules, on small made-up inputs (no network, no source packages) ---


def test_build_names_a_river_across_a_bin_gap_and_stops_at_a_differently_ranked_tributary():
    from shapely.geometry import LineString

    hydro = import_tool("tools.build_basemap.hydro")

    main_upper = LineString([(36.0, 36.0), (36.5, 36.0)])
    main_lower = LineString([(36.5006, 36.0), (37.0, 36.0)])  # GSHHG bin-edge gap: 0.0006 deg
    tributary = LineString([(36.8, 36.5), (36.8, 36.0)])
    other = LineString([(38.0, 35.0), (38.5, 35.0)])
    net = hydro.RiverNetwork([(1, main_upper), (1, main_lower), (3, tributary), (2, other)])
    start, km = net.nearest_edge(Point(36.1, 36.01))
    assert km < 2
    river = shapely.union_all([net.edges[i] for i in net.extend([start])])
    assert river.covers(Point(36.9, 36.0))  # past the gap and past the confluence
    assert not river.intersects(Point(36.8, 36.4))  # not up the tributary
    assert not river.intersects(other)


def test_build_picks_the_arabic_name_among_other_arabic_script_names():
    arabic_name = import_tool("tools.build_basemap.arabic").arabic_name

    alternates = ["Qamishli", "القامشلو", "القامشلي", "قامشلۆ", "قامشلی"]
    assert arabic_name("Al Qāmishlī", alternates, ["Qamishli"]) == "القامشلي"
    assert arabic_name("Ţarţūs", ["ترطوس", "طرطوس"], []) == "طرطوس"
    assert arabic_name("Nowhere", ["Nowhere"], []) == ""


def test_build_flags_same_name_places_and_folds_transliterations():
    places = import_tool("tools.build_basemap.places")

    assert places.fold("Qabbāsīn") == places.fold("Qabasin")
    a = {"name": "Kabbasin", "alternatenames": ["Qabbasin"], "countrycode": "SY"}
    b = {"name": "Qabbāsīn", "alternatenames": [], "countrycode": "SY"}
    c = {"name": "Qabbāsīn", "alternatenames": [], "countrycode": "TR"}
    for rec, lon in ((a, 37.569), (b, 38.156), (c, 38.0)):
        rec.update(latitude=36.4, longitude=lon)
    pairs = places.duplicate_pairs([a, b, c])
    assert [(p[0]["name"], p[1]["name"]) for p in pairs] == [("Kabbasin", "Qabbāsīn")]
    assert 50 < pairs[0][2] < 55  # km


def test_build_display_label_drops_bgn_marks_but_keeps_turkish_letters():
    display_label = import_tool("tools.build_basemap.places").display_label

    assert display_label("Ma‘arrat an Nu‘mān", "SY") == "Ma'arrat an Nu'man"
    assert display_label("Ḩamāh", "SY") == "Hamah"
    assert display_label("Şanlıurfa", "TR") == "Şanlıurfa"


def test_story_towns_are_labelled_with_the_atlas_gazetteer_spelling():
    places = basemap.load_layer("places")
    labels = {f.properties["label"]: f for f in places if f.properties["country"] == "SY"}
    for label, geonames in (
        ("Kobani", "‘Ayn al ‘Arab"),
        ("Tell Abyad", "Tall Abyaḑ"),
        ("Azaz", None),
    ):
        assert label in labels, label
        if geonames:
            assert labels[label].properties["name"] == geonames  # GeoNames' own name is kept
