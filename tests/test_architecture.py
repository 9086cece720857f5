"""Layering holds: geodata works without Qt; imports flow desktop -> geodata -> resources."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

NO_QT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6."):
                raise ImportError("Qt is not allowed in geodata")

    sys.meta_path.insert(0, NoQt())
    import geodata
    names = [m.name for m in pkgutil.walk_packages(geodata.__path__, "geodata.")]
    for name in names:
        importlib.import_module(name)
    from datetime import date
    from geodata.atlas import load_atlas
    zone = load_atlas().controller_at(36.634, 35.931, date(2023, 4, 25))
    print(len(names), zone.controller)
    """
)


def test_geodata_imports_and_answers_queries_without_qt():
    result = subprocess.run(
        [sys.executable, "-c", NO_QT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.split()[-1] == "hts"


def test_import_contracts_are_kept():
    # The checker is a test dependency: a missing one fails the test instead of skipping it,
    # so a broken install can never pass the layering check unseen.
    checker = Path(sys.executable).with_name("lint-imports")
    assert checker.exists(), "import-linter is not installed: pip install '.[test]'"
    result = subprocess.run([checker], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-1500:]
