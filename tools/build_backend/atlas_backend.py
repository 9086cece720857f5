"""PEP 517 build backend: setuptools, after compiling the interface translations.

``pip install .`` (wheel or editable) runs ``lrelease`` (PySide6-Essentials, a build
requirement) on resources/i18n/atlas_<lang>.ts, so the .qm catalogues are built from the
committed .ts sources and ship as package data of ``resources``. Everything else is
setuptools.build_meta unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - the backend's other hooks, unchanged

_ROOT = Path(__file__).resolve().parents[2]


def compile_translations() -> None:
    if not any((_ROOT / "resources" / "i18n").glob("atlas_*.ts")):
        return  # nothing to compile (an sdist without catalogues)
    sys.path.insert(0, str(_ROOT))
    try:
        from tools.translations import release
    finally:
        sys.path.remove(str(_ROOT))
    for qm in release(quiet=True):
        print(f"atlas build: compiled {qm.name}", file=sys.stderr)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    compile_translations()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    compile_translations()
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
