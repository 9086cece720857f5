"""Imported events take part in the linking: clicking a zone lists the imported events in it."""

from __future__ import annotations

from pathlib import Path

import pytest

import geodata.atlas as atlas_module
from geodata.importers import read_file
from geodata.workspace import add_to_workspace

FIXTURES = Path(__file__).parent / "fixtures" / "import"
ACLED = FIXTURES / "acled_syria_sample.csv"


def local_ids(events) -> set[str]:
    return {e.id.rsplit(":", 1)[1] for e in events if e.origin == "ws"}


@pytest.fixture
def workspace(tmp_path) -> Path:
    path = tmp_path / "ws.gpkg"
    for source in (ACLED, FIXTURES / "zones.geojson"):
        result = read_file(source, origin="ws")
        add_to_workspace(path, result.events, result.zones)
    return path


def test_imported_events_link_to_imported_zones(workspace):
    atlas = atlas_module.load_atlas(workspace=workspace)
    west = local_ids(atlas.events_for(zone_id="ws:ws:test-box-west"))
    east = local_ids(atlas.events_for(zone_id="ws:ws:test-box-east"))
    # The synthetic boxes: west covers the Idlib governorate towns, east the Hasakah ones.
    assert west == {f"SYRTEST{n:04d}" for n in (1, 2, 3, 4, 5, 6, 7, 19)}
    assert east == {"SYRTEST0014", "SYRTEST0015", "SYRTEST0016"}


def test_imported_events_link_to_the_bundled_idlib_zone(workspace):
    atlas = atlas_module.load_atlas(workspace=workspace)
    assert "idlib" in atlas.area_ids, "the bundled Idlib zone is missing"
    linked = local_ids(atlas.events_for(zone_id="idlib"))
    # Towns well inside the Idlib pocket (Saraqib, on the 2020 front line, is left out).
    assert {"SYRTEST0001", "SYRTEST0002", "SYRTEST0003", "SYRTEST0004", "SYRTEST0006"} <= linked
    # Aleppo city, Azaz and the Hasakah governorate are elsewhere.
    assert linked.isdisjoint({"SYRTEST0008", "SYRTEST0009", "SYRTEST0014", "SYRTEST0016"})
