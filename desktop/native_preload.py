"""The start's native libraries loaded on a second core ahead of their imports (issue 18).

Importing shapely and PySide6 maps and links their libraries (GEOS, QtCore, QtGui,
QtWidgets, ICU, shiboken; ~50 MB): ~35 ms of the cold start, spent while the
interpreter holds the GIL (Python does not release it around ``dlopen``). ``ctypes`` does
release it, so a thread loads the same extension-module files with ``dlopen``, in the order
the start imports them, while the main thread runs Python; when the import comes to a file,
the dynamic loader finds it loaded (or waits for the thread to finish it) and only counts it
again. Nothing is run by this but the libraries' own load-time set-up: no module is imported
or initialised, so what numpy, shapely, PySide6 and Qt do at import and QApplication time is
unchanged (and happens on the main thread). The platform plugin the environment names
(``QT_QPA_PLATFORM``) and the SVG image plugin (the window icon) are loaded the same way.

Linux only (elsewhere PySide6 sets up its library paths at import); any file that cannot be
loaded is left to the import, which then loads it as it always did.

Qt-free itself: nothing of PySide6 is imported here.
"""

from __future__ import annotations

import os
import sys
import threading
from importlib.machinery import EXTENSION_SUFFIXES
from importlib.util import find_spec
from pathlib import Path

# The extension modules the window imports, in the order it imports them; their own libraries
# (GEOS, Qt, ICU, shiboken) come with them, through the extension modules' run paths. Not
# numpy's: its import begins at once, so the main thread would only wait for the thread (the
# dynamic loader takes one library at a time) instead of loading it itself.
_MODULES = (
    ("shapely", "lib"),
    ("shapely", "_geos"),
    ("shapely", "_geometry_helpers"),
    ("shiboken6", "Shiboken"),
    ("PySide6", "QtCore"),
    ("PySide6", "QtGui"),
    ("PySide6", "QtWidgets"),
)
_SVG_PLUGIN = Path("imageformats", "libqsvg.so")


def _package_dir(name: str) -> Path | None:
    """A package's folder, found without importing it (PySide6's __init__ loads Qt)."""
    spec = find_spec(name)
    locations = spec.submodule_search_locations if spec is not None else None
    return Path(next(iter(locations))) if locations else None


def library_files(environ: os._Environ | dict[str, str] = os.environ) -> list[Path]:
    """The files to load ahead: the extension modules, the platform plugin, the SVG plugin."""
    files: list[Path] = []
    for package, module in _MODULES:
        folder = _package_dir(package)
        if folder is None:
            continue
        for suffix in EXTENSION_SUFFIXES:
            candidate = folder / f"{module}{suffix}"
            if candidate.is_file():
                files.append(candidate)
                break
    pyside = _package_dir("PySide6")
    if pyside is not None:
        plugins = pyside / "Qt" / "plugins"
        platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
        named = [Path("platforms", f"libq{platform}.so")] if platform.isalnum() else []
        for relative in (*named, _SVG_PLUGIN):
            if (plugins / relative).is_file():
                files.append(plugins / relative)
    return files


def _load(files: list[Path]) -> None:
    import ctypes

    for path in files:
        try:
            ctypes.CDLL(str(path))  # the handle is dropped, the mapping stays until exit
        except OSError:
            continue  # left to the import


def start() -> threading.Thread | None:
    """Load the libraries on a daemon thread (Linux); the thread, or None."""
    if not sys.platform.startswith("linux"):
        return None
    files = library_files()
    if not files:
        return None
    thread = threading.Thread(target=_load, args=(files,), name="native-preload", daemon=True)
    thread.start()
    return thread
