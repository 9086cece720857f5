"""Shared test set-up: every Qt test runs headless, with settings of its own."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Build-time tooling (``tools``, not installed) importable by its tests: appended, so the
# installed ``geodata`` still comes first on the path.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.append(_ROOT)


@pytest.fixture(autouse=True)
def _private_qt_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test gets an empty settings folder: never the user's settings, and never another
    test run's (two runs on one machine would otherwise share Qt's test-mode settings file)."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # the geodata tests also run where Qt is not installed
        return
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
