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
