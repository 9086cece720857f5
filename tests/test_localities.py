"""The locality gazetteer (geodata/data/control/localities.csv) as committed: the control
model places every control record on these points, so their ids, coordinates and admin units
must hold up."""

from __future__ import annotations

import csv
import json
import math
import re
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyproj import Transformer
from shapely.geometry import Point, shape

CONTROL = Path(__file__).resolve().parent.parent / "geodata" / "data" / "control"
BASE = CONTROL.parent / "base"
COLUMNS = [
    "id", "name", "name_ar", "name_tr", "name_ku", "alt_names", "kind", "lat", "lon",
    "coord_source", "approximate", "admin1", "admin2", "note",
]  # fmt: skip
KINDS = {
    "city", "town", "village", "neighbourhood", "airport", "airbase", "dam", "base",
    "border_crossing", "oilfield", "installation",
}  # fmt: skip
COORD_SOURCE = re.compile(
    r"^(geonames:\d+|wikipedia-control-map|open-syria:SY\d+|open-syria-transport:[a-z0-9-]+"
    r"|places\.csv|wikipedia:[A-Za-z0-9_%(),.'-]+)$"
)
UTM = Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def header_and_rows() -> tuple[list[str], list[dict[str, str]]]:
    with (CONTROL / "localities.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def rows(header_and_rows) -> list[dict[str, str]]:
    return header_and_rows[1]


@pytest.fixture(scope="module")
def by_id(rows) -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in rows}


@pytest.fixture(scope="module")
def governorates() -> dict[str, object]:
    data = json.loads((BASE / "governorates.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["name"]: shape(f["geometry"]) for f in data["features"]}


def test_columns_are_the_documented_ones(header_and_rows):
    assert header_and_rows[0] == COLUMNS


def test_ids_are_unique_lowercase_slugs(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), [i for i in set(ids) if ids.count(i) > 1][:10]
    bad = [i for i in ids if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", i)]
    assert not bad, bad[:10]


def test_every_row_has_name_kind_source_and_admin_units(rows):
    for r in rows:
        assert r["name"].strip(), r
        assert r["kind"] in KINDS, (r["id"], r["kind"])
        assert COORD_SOURCE.match(r["coord_source"]), (r["id"], r["coord_source"])
        assert r["approximate"] in ("0", "1"), r["id"]
        assert r["admin1"] and r["admin2"], r["id"]
        assert re.fullmatch(r"-?\d+\.\d{5}", r["lat"]) and re.fullmatch(r"-?\d+\.\d{5}", r["lon"])


def test_arabic_names_are_arabic_script(rows):
    for r in rows:
        if r["name_ar"]:
            assert re.search(r"[\u0600-\u06ff]", r["name_ar"]), (r["id"], r["name_ar"])
            assert not re.search(r"[A-Za-z]", r["name_ar"]), (r["id"], r["name_ar"])


def test_every_locality_is_in_syria_or_within_2_km_of_it(rows):
    data = json.loads((BASE / "countries.geojson").read_text(encoding="utf-8"))
    syria = next(
        shape(f["geometry"]) for f in data["features"] if f["properties"]["name"] == "Syria"
    )
    area = shapely.transform(syria, lambda xy: np.column_stack(UTM.transform(xy[:, 0], xy[:, 1])))
    area = area.buffer(2000)
    outside = [
        r["id"]
        for r in rows
        if not area.contains(Point(UTM.transform(float(r["lon"]), float(r["lat"]))))
    ]
    assert not outside, outside[:20]


def test_admin1_is_the_governorate_holding_the_point(rows, governorates):
    wrong = []
    for r in rows:
        p = Point(float(r["lon"]), float(r["lat"]))
        holder = [name for name, poly in governorates.items() if poly.contains(p)]
        if holder and holder[0] != r["admin1"]:
            wrong.append((r["id"], r["admin1"], holder[0]))
    assert not wrong, wrong[:20]


@pytest.mark.parametrize(
    ("place_id", "lat", "lon", "admin1", "max_km"),
    [
        ("saraqib", 35.86, 36.80, "Idlib", 2.0),
        ("aleppo", 36.20, 37.16, "Aleppo", 3.0),
        ("qamishli", 37.05, 41.23, "Al-Hasakah", 3.0),
        ("raqqa", 35.95, 39.01, "Raqqa", 3.0),
        ("manbij", 36.53, 37.95, "Aleppo", 3.0),
        ("kafr_nabl", 35.61, 36.56, "Idlib", 2.0),
    ],
)
def test_known_places_are_where_they_are(by_id, place_id, lat, lon, admin1, max_km):
    r = by_id[place_id]
    assert km(lat, lon, float(r["lat"]), float(r["lon"])) <= max_km
    assert r["admin1"] == admin1


def test_known_border_crossings_are_crossings_on_the_border(rows):
    crossings = [r for r in rows if r["kind"] == "border_crossing"]
    # (lat, lon) of crossings the control model needs: Bab al-Hawa, Bab al-Salameh,
    # Semalka, Yarubiyah, Nusaybin-Qamishli, Akcakale-Tell Abyad, Ceylanpinar-Ras al-Ain.
    for lat, lon in [
        (36.23, 36.69),
        (36.63, 37.09),
        (37.09, 42.35),
        (36.81, 42.07),
        (37.06, 41.22),
        (36.70, 38.96),
        (36.84, 40.05),
    ]:
        assert any(km(lat, lon, float(r["lat"]), float(r["lon"])) < 3 for r in crossings), (
            lat,
            lon,
        )


def test_no_place_is_listed_twice(rows):
    """Same folded name, same kind, within 1 km: one place entered twice."""
    seen: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        key = re.sub(r"[^a-z0-9]", "", r["name"].lower())
        seen[(key, r["kind"])].append(r)
    dupes = []
    for group in seen.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if km(float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"])) < 1:
                    dupes.append((a["id"], b["id"]))
    assert not dupes, dupes[:20]


def test_crosscheck_marks_name_known_localities_and_parties(by_id):
    parties = {"government", "opposition", "sdf", "hts", "isis", "turkey", "local", "unknown"}
    with (CONTROL / "crosscheck-wikipedia-marks.csv").open(encoding="utf-8", newline="") as fh:
        marks = list(csv.DictReader(fh))
    assert marks
    for m in marks:
        assert m["locality"] in by_id, m
        assert set(m["parties"].split(";")) <= parties, m
        assert m["status"] in {"held", "contested", "stable_mixed", "besieged"}, m


@pytest.mark.parametrize(
    ("kind", "lat", "lon", "what"),
    [
        ("airbase", 36.187, 37.583, "Kuweires"),
        ("airbase", 36.521, 37.042, "Menagh"),
        ("airbase", 35.732, 37.104, "Abu al-Duhur"),
        ("airbase", 35.972, 36.783, "Taftanaz"),
        ("airbase", 35.755, 38.566, "Tabqa"),
        ("airbase", 36.097, 37.936, "Jirah"),
        ("airport", 37.021, 41.191, "Qamishli airport"),
        ("dam", 36.381, 38.183, "Tishrin dam"),
        ("dam", 35.860, 38.570, "Tabqa (Euphrates) dam"),
    ],
)
def test_installations_the_control_model_needs_are_there(rows, kind, lat, lon, what):
    assert any(
        r["kind"] == kind and km(lat, lon, float(r["lat"]), float(r["lon"])) < 3 for r in rows
    ), what


def test_city_quarters_lie_in_their_city(by_id, rows):
    """Raqqa's districts and Hasakah's Security Box are quarters of those cities, so each
    neighbourhood must be within a few km of a city or town of its governorate."""
    quarters = [r for r in rows if r["kind"] == "neighbourhood"]
    assert {"al_mahdi_district", "hasakah_security_box", "sheikh_maqsood"} <= {
        r["id"] for r in quarters
    }
    towns = [r for r in rows if r["kind"] in ("city", "town")]
    for q in quarters:
        assert any(
            t["admin1"] == q["admin1"]
            and km(float(q["lat"]), float(q["lon"]), float(t["lat"]), float(t["lon"])) < 4
            for t in towns
        ), q["id"]


def test_size_and_northern_density(rows):
    """1,500–4,500 localities, most of them in the seven northern governorates, and every
    governorate represented (the derived territory must tile all of Syria)."""
    north = {"Aleppo", "Idlib", "Hama", "Latakia", "Raqqa", "Al-Hasakah", "Deir ez-Zor"}
    assert 1500 <= len(rows) <= 4500
    assert sum(r["admin1"] in north for r in rows) >= 0.75 * len(rows)
    assert len({r["admin1"] for r in rows}) == 14


def test_sheikh_maqsood_is_a_quarter_of_aleppo(by_id):
    """The Kurdish-held enclave the control model must keep apart from the rest of Aleppo."""
    sm, aleppo = by_id["sheikh_maqsood"], by_id["aleppo"]
    assert sm["kind"] == "neighbourhood" and sm["admin1"] == "Aleppo"
    assert (
        1 < km(float(sm["lat"]), float(sm["lon"]), float(aleppo["lat"]), float(aleppo["lon"])) < 6
    )
    assert sm["name_ar"] == "الشيخ مقصود"


def test_retired_ids_point_at_kept_localities(by_id):
    """localities-retired.csv: ids an earlier build published and this one left out, each
    with the nearest kept locality, so records written against them can be moved."""
    with (CONTROL / "localities-retired.csv").open(encoding="utf-8", newline="") as fh:
        retired = list(csv.DictReader(fh))
    settlements = {"city", "town", "village", "neighbourhood"}
    for r in retired:
        assert r["id"] not in by_id, r["id"]  # retired means not published any more
        near = by_id[r["nearest_kept"]]
        d = km(float(r["lat"]), float(r["lon"]), float(near["lat"]), float(near["lon"]))
        assert abs(d - float(r["km"])) < 0.05, r
        if r["kind"] in settlements:
            assert near["kind"] in settlements, r


def test_turkish_and_kurdish_names_are_the_ones_sources_label_so(by_id, rows):
    arabic = re.compile(r"[\u0600-\u06FF]")
    # or read in a named publication (names-tr-ku.csv; tests/test_names_tr_ku.py checks it)
    with (CONTROL / "names-tr-ku.csv").open(encoding="utf-8", newline="") as fh:
        sourced = {(n["id"], f"name_{n['lang']}"): n["name"] for n in csv.DictReader(fh)}
    for r in rows:
        for col in ("name_tr", "name_ku"):
            assert not arabic.search(r[col]), (r["id"], col)
            if sourced.get((r["id"], col)) == r[col]:
                continue
            assert not r[col] or f"{r[col]} (" in r["alt_names"] or col == "name_ku", r["id"]
    assert (by_id["qamishli"]["name_tr"], by_id["qamishli"]["name_ku"]) == ("Kamışlı", "Qamişlo")
    assert by_id["sheikh_maqsood"]["name_ku"] == "Şêxmeqsûd"
