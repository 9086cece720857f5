"""The M4's vertices rest on what the source policy allows (SOURCES.md, "The M4 line"): a vertex
not marked as an estimate sits at a gazetteer coordinate and is put on the road by a dated,
registered source, and the line's accuracy note names every estimate."""

from __future__ import annotations

import csv
import json
import re

import pytest
from pyproj import Geod
from tooling import ROOT

from geodata.paths import data_dir
from geodata.sources import load_registry

VERTICES = ROOT / "tools" / "zonebuild" / "reference" / "m4_vertices.csv"
GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def m4() -> dict:
    document = json.loads((data_dir() / "features.geojson").read_text(encoding="utf-8"))
    return next(f for f in document["features"] if f["properties"]["id"] == "m4")


@pytest.fixture(scope="module")
def localities() -> list[dict]:
    with (data_dir() / "control" / "localities.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.skipif(not VERTICES.is_file(), reason="needs the source checkout")
def test_every_row_of_the_vertex_table_fits_its_columns():
    """An unquoted comma in a note would spill into a nameless column and cut the note short."""
    with VERTICES.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        assert None not in row and all(v is not None for v in row.values()), row["name"]


def test_a_vertex_not_marked_estimated_rests_on_dated_registered_sources(m4):
    registry = load_registry(data_dir())
    for p in m4["properties"]["waypoints"]:
        if p["estimated"]:
            continue
        assert p["on_road_sources"], p["name"]
        for sid in p["on_road_sources"]:
            source = registry.get(sid)
            assert source is not None and (source.date or source.date_text), (p["name"], sid)
        assert not p["coord_source"].upper().startswith(("ESTIMATE", "DERIVED")), p["name"]


def test_geonames_vertices_sit_on_their_gazetteer_record(m4, localities):
    """A vertex whose coordinate is a GeoNames record lies where the control localities put
    the place with that GeoNames id (an independent copy of the gazetteer)."""
    by_geonames = {}
    for loc in localities:
        for gid in re.findall(r"geonames:(\d+)", f"{loc['coord_source']} {loc['note']}"):
            by_geonames[gid] = loc
    checked = 0
    for p in m4["properties"]["waypoints"]:
        found = re.match(r"GeoNames (\d+)", p["coord_source"])
        if not found or found.group(1) not in by_geonames:
            continue
        loc = by_geonames[found.group(1)]
        metres = GEOD.inv(p["lon"], p["lat"], float(loc["lon"]), float(loc["lat"]))[2]
        assert metres < 2000, (p["name"], loc["id"], round(metres))
        checked += 1
    assert checked >= len(m4["properties"]["waypoints"]) // 2


def test_the_accuracy_note_names_every_estimated_vertex_and_only_those(m4):
    note = m4["properties"]["accuracy"]
    estimated_part = note.split("Estimated or unsourced vertices", 1)[1].split(". The real", 1)[0]
    for p in m4["properties"]["waypoints"]:
        named = f"{p['name']} (±" in estimated_part
        assert named == p["estimated"], p["name"]
