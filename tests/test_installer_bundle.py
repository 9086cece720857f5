"""Build the standalone bundle and run it (slow: opt in with ATLAS_BUILD_BUNDLE=1).

CI runs the same build and checks through installer/ci_check.sh, as a step of its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    os.environ.get("ATLAS_BUILD_BUNDLE") != "1", reason="slow: set ATLAS_BUILD_BUNDLE=1"
)


def test_built_bundle_starts_finds_its_data_and_installs(tmp_path):
    installer = ROOT / "installer"
    subprocess.run(
        [sys.executable, installer / "build.py", "--venv", tmp_path / "venv"], check=True
    )
    result = subprocess.run(
        [sys.executable, installer / "check_bundle.py"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
