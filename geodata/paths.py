"""One locator for the data bundled inside the package, with a clear error when it is missing."""

from __future__ import annotations

from pathlib import Path


class DataMissingError(FileNotFoundError):
    """A bundled data file is not where the package expects it (a broken install)."""


def data_dir() -> Path:
    # The package is always a plain folder (wheel or bundle), so __file__ finds it; this skips
    # importlib.resources, whose zip support costs start-up time for nothing.
    return Path(__file__).resolve().parent / "data"


def data_path(*parts: str) -> Path:
    """Path of a bundled data file, e.g. ``data_path("base", "countries.geojson")``."""
    path = data_dir().joinpath(*parts)
    if not path.exists():
        raise DataMissingError(
            f"bundled data file missing: {path} (reinstall the atlas with 'pip install .')"
        )
    return path
