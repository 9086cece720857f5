"""What start-up imports before PySide6, and PySide6's import hook (issue 18).

PySide6.QtCore installs a hook on ``import`` (for ``from __feature__ import snake_case``) that,
the first time an import statement names a module after it, decides whether that module uses
PySide6 by reading its whole source (``inspect.getsource``): ~0.3 ms a module. The window's ~50
modules name ~60 modules loaded before Qt (``from __future__ import annotations``, numpy,
shapely, the data modules), and each Qt-free module first imported after Qt is read too.

So the Qt-free modules the window needs are imported before PySide6 (``import_window_qt_free``),
and ``import_qt_widgets`` records up front what the hook would find: the modules loaded before
PySide6 do not use it, the desktop's own modules do. No module here uses ``__feature__``: for
the hook, "no features" and "not a PySide module" select the same (none).

Qt-free itself: imported before PySide6.
"""

from __future__ import annotations

import os
import sys
from importlib import import_module

# The Qt-free modules the window's own modules import (tests/test_startup_window_imports.py
# checks that none is left to be imported after PySide6).
WINDOW_QT_FREE_MODULES = (
    "html",
    "geodata.control.compare",
    "geodata.coverage",
    "geodata.day_text",
    "geodata.label_names",
    "geodata.legend.language",
    "geodata.legend.parties",
    "geodata.legend.zone_text",
    "geodata.m4_length",
    "geodata.search",
    "geodata.sources.credits",
    "geodata.text_limits",
    "geodata.timeline",
    "geodata.view_filter",
    "geodata.view_model",
    "geodata.workspace",
    "geodata.workspace_store",
)

_NOT_PYSIDE = -1  # the hook's marks: a module that does not use PySide6 ("ignore") ...
_PYSIDE = 0  # ... and one that does, with no feature selected
_PYSIDE_PACKAGES = ("desktop", "resources")  # the modules of these use PySide6


def import_window_qt_free() -> None:
    """Import the Qt-free modules the window's modules need (before PySide6 is)."""
    for name in WINDOW_QT_FREE_MODULES:
        import_module(name)


def import_qt_widgets():
    """Import PySide6.QtWidgets; record the modules loaded before it with PySide6's import hook
    (see the module's docstring), so it does not read their source when the window's modules
    name them. Returns the QtWidgets module. A PySide6 without that hook is left as it is."""
    before = list(sys.modules)
    import PySide6.QtWidgets as widgets

    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if isinstance(known, dict) and callable(getattr(feature, "_mod_uses_pyside", None)):
        for name in before:
            known.setdefault(name, _NOT_PYSIDE)
        for package in _PYSIDE_PACKAGES:
            for name in _modules_of(package):
                known.setdefault(name, _PYSIDE)
    return widgets


def _modules_of(package: str) -> list[str]:
    """The names of a package's modules, from its folders (none is imported)."""
    spec = sys.modules[package].__spec__ if package in sys.modules else None
    if spec is None:
        from importlib.util import find_spec

        spec = find_spec(package)
    names = []
    for root in (spec.submodule_search_locations or []) if spec else []:
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = [d for d in subfolders if not d.startswith((".", "__"))]
            relative = os.path.relpath(folder, root)
            prefix = package if relative == "." else f"{package}.{relative.replace(os.sep, '.')}"
            for file in files:
                if file.endswith(".py"):
                    stem = file[:-3]
                    names.append(prefix if stem == "__init__" else f"{prefix}.{stem}")
    return names
