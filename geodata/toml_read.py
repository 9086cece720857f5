"""TOML reading for the data files: tomli's compiled parser where installed, else the standard
library's ``tomllib`` (tomli is where tomllib comes from: the same documents, values and
errors). The data's TOML (sources, talks, parties) is read at every start-up, and the compiled
parser reads it 2-3 times faster (~40 ms of the window's cold start)."""

from __future__ import annotations

try:
    from tomli import TOMLDecodeError, load, loads
except ImportError:  # pragma: no cover - tomli is a dependency; tomllib is its twin
    from tomllib import TOMLDecodeError, load, loads

__all__ = ["TOMLDecodeError", "load", "loads"]
