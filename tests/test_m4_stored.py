"""The M4 breakdown stored with the bundled data: used only for the zones it was measured on,
equal to a fresh measure, and checked by ``syria-atlas validate``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import shapely
from shapely import affinity

from geodata import analysis
from geodata.atlas import Atlas
from geodata.io import load_records
from geodata.m4_stored import (
    STORE_FILE,
    measure_store,
    stale_entries,
    stored_breakdown,
    write_store,
    zones_key,
)
from geodata.model import DEFAULT_AS_OF
from geodata.paths import data_dir
from geodata.validate import validate_dir

MINI = Path(__file__).parent / "fixtures" / "mini_data"
ROOT = Path(__file__).resolve().parent.parent


def control_days(atlas: Atlas) -> list[date]:
    """The first day of each drawn snapshot (the store's periods; see bundled_periods)."""
    return sorted({z.valid_from for z in atlas.zones if not z.imported})


def test_every_snapshot_period_has_its_breakdown_stored(atlas):
    assert len(control_days(atlas)) >= 3
    m4 = atlas.features["m4"].geometry
    for day in control_days(atlas):
        snapshot = [z for z in atlas.zones if not z.imported and z.valid_on(day)]
        assert stored_breakdown(m4, snapshot) is not None, day
    # the window opens on the default date, whose zones are derived from the control records:
    # its figures come from the store, not a measure
    assert atlas.stored_m4_breakdown(DEFAULT_AS_OF) is not None
    assert atlas.stored_m4_breakdown(DEFAULT_AS_OF) == analysis.m4_breakdown(
        m4, atlas.bundled_zones_at(DEFAULT_AS_OF)
    )


def test_a_zone_derived_again_keeps_its_key(atlas):
    """Derived again (its day dropped from the territory cache after a long browse), a zone can
    start its rings at another vertex: the same shape, so the same stored figures."""
    m4 = atlas.features["m4"].geometry
    zones = list(atlas.derived_zones_at(DEFAULT_AS_OF))
    rolled = [replace(z, geometry=_rings_started_elsewhere(z.geometry)) for z in zones]
    assert any(a.geometry.wkb != b.geometry.wkb for a, b in zip(zones, rolled, strict=True))
    assert zones_key(m4, rolled) == zones_key(m4, zones)


def _rings_started_elsewhere(geometry):
    """The same (multi)polygon with each exterior ring starting at its second vertex."""
    polygons = getattr(geometry, "geoms", [geometry])
    moved = []
    for polygon in polygons:
        ring = list(polygon.exterior.coords)[:-1]
        ring = ring[1:] + ring[:1]
        moved.append(shapely.Polygon(ring, [list(r.coords) for r in polygon.interiors]))
    return shapely.MultiPolygon(moved) if len(moved) > 1 else moved[0]


def test_the_stored_breakdown_equals_a_fresh_measure(atlas):
    m4 = atlas.features["m4"].geometry
    for day in control_days(atlas):
        snapshot = [z for z in atlas.zones if not z.imported and z.valid_on(day)]
        assert stored_breakdown(m4, snapshot) == analysis.m4_breakdown(m4, snapshot), day
    assert stale_entries(atlas, data_dir() / STORE_FILE) == []


def test_a_caller_changing_the_segments_does_not_change_the_store(atlas):
    first = atlas.m4_breakdown(date(2023, 4, 25))
    first[0]["km"] = -1.0
    assert atlas.m4_breakdown(date(2023, 4, 25))[0]["km"] > 0


def test_edited_zones_are_measured_not_read_from_the_store():
    records = load_records()
    moved = tuple(
        replace(z, geometry=affinity.translate(z.geometry, xoff=0.02)) if z.area == "idlib" else z
        for z in records.zones
    )
    edited = Atlas(replace(records, zones=moved))
    day = date(2023, 4, 25)
    assert edited.stored_m4_breakdown(day) is None
    bundled = [z for z in edited.zones_at(day) if not z.imported]
    assert edited.m4_breakdown(day) == analysis.m4_breakdown(
        edited.features["m4"].geometry, bundled
    )


def test_a_renamed_controller_changes_the_key(atlas):
    m4 = atlas.features["m4"].geometry
    zones = atlas.zones_at(date(2023, 4, 25))
    renamed = [replace(zones[0], controller="someone_else"), *zones[1:]]
    assert zones_key(m4, zones) != zones_key(m4, renamed)
    assert zones_key(m4, zones) == zones_key(m4, list(reversed(zones)))  # order does not matter


def test_imported_zones_leave_the_stored_breakdown_in_use(atlas):
    records = load_records()
    day = date(2023, 4, 25)
    idlib = next(z for z in atlas.zones_at(day) if z.area == "idlib")
    imported = replace(idlib, id="my-idlib", controller="turkey", origin="my-workspace")
    with_import = Atlas(replace(records, zones=(*records.zones, imported)))
    assert with_import.stored_m4_breakdown(day) == atlas.m4_breakdown(day)


def test_validate_checks_a_stored_breakdown_against_a_measure(tmp_path):
    data = Path(shutil.copytree(MINI, tmp_path / "data"))
    assert validate_dir(data) == []  # no store: the atlas measures at run time, nothing to check
    write_store(data / STORE_FILE, measure_store(Atlas(load_records(data))))
    assert validate_dir(data) == []
    path = data / "zones.geojson"
    document = json.loads(path.read_text(encoding="utf-8"))
    ring = document["features"][0]["geometry"]["coordinates"][0]
    ring[1] = [ring[1][0] + 0.01, ring[1][1]]
    path.write_text(json.dumps(document), encoding="utf-8")
    found = [str(p) for p in validate_dir(data)]
    assert any(
        p.startswith("m4_breakdown.json: ") and "python -m tools.build_zones --m4-only" in p
        for p in found
    ), found


def test_the_window_starts_without_pyproj_or_numpy_ma(tmp_path):
    """The first painted window needs neither (pyproj: the stored M4 measure; numpy.ma: no
    np.unique on the way)."""
    shot = tmp_path / "window.png"
    code = (
        "import sys\n"
        "from desktop.app import main\n"
        f"assert main(['--screenshot', {str(shot)!r}, '--size', '800x600']) == 0\n"
        "print(sorted(m for m in ('pyproj', 'numpy.ma', 'geopandas') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert result.stdout.strip() == "[]"
    assert shot.stat().st_size > 0
