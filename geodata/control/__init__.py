"""Control history: who held each locality on each day, and the territory derived from it.

Control is recorded, not drawn (see ``geodata/data/control/README.md``): dated control records
per locality, each with sources. Modules, each with one role:

    model       Locality, ControlRecord, LocalityState, Coverage (frozen dataclasses)
    load        reading localities*.csv, records/*.csv, groups.toml, coverage.toml
    groups      expanding group rows (admin2 / explicit list / WKT polygon) to localities
    history     ControlHistory: each locality's state on a day, changes between two days
    lineage     party names and successors over time (a day's answer names the party as it was)
    territory   the derived territory of a day: Voronoi cells cut by constraint lines, merged
    zones       derived territory as model Zones for the atlas, the renderer and the exports
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geodata.control.history import ControlHistory
    from geodata.control.model import (
        STATUSES,
        UNKNOWN,
        ControlRecord,
        Coverage,
        Locality,
        LocalityState,
    )

__all__ = [
    "STATUSES",
    "UNKNOWN",
    "ControlHistory",
    "ControlRecord",
    "Coverage",
    "Locality",
    "LocalityState",
]


def __getattr__(name: str) -> Any:
    """The names above, imported when first used: the window's first frame reads the stored
    territory (first_frame) without the history's modules."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = "history" if name == "ControlHistory" else "model"
    return getattr(import_module(f"{__name__}.{module}"), name)
