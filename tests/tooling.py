"""Import the build-time tooling (``tools/``, not installed) from the checkout in tests.

The repository root goes on ``sys.path`` only for the import itself, after the installed
``geodata`` is loaded, so the atlas under test stays the installed one (with its package data),
not the checkout's.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def import_tool(name: str) -> ModuleType:
    import geodata  # noqa: F401 - loaded first: tools' "import geodata" must get this one

    sys.path.insert(0, str(ROOT))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT))
