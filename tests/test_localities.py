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
    r"|places\.csv)$"
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
