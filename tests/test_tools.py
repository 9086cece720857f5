"""The build-time tooling (``tools/``): it rebuilds the committed data exactly, and it is not
part of the installed atlas."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tooling import ROOT


@pytest.mark.skipif(not (ROOT / "tools").is_dir(), reason="needs the source checkout")
def test_the_zone_build_reproduces_the_committed_zones_features_and_m4_figures(tmp_path):
    """Zones are generated, never edited by hand: rebuilding them gives the same bytes."""
    result = subprocess.run(
        [sys.executable, "-m", "tools.build_zones", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-1500:]
    for name in ("zones.geojson", "features.geojson", "m4_breakdown.json"):
        built = (tmp_path / name).read_bytes()
        committed = (ROOT / "geodata" / "data" / name).read_bytes()
        assert built == committed, f"{name} differs from a rebuild: run python -m tools.build_zones"


def test_the_installed_atlas_carries_no_build_tooling():
    import geodata

    installed = {p.name for p in Path(geodata.__file__).parent.iterdir()}
    assert not installed & {"zonebuild", "build_basemap", "build_zones.py"}
