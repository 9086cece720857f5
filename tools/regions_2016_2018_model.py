"""The shape of the 2016-2018 region rules (issue #15): where a place lies and one rule.

Each `RegionRule` names the 2016-2024 group block it works on (the ``[g2016_...]`` tag of the
``unknown`` rows, or ``named`` for towns stored one by one), a test on the place (its
coordinates, kind, id) and `Span`s: who held those places from a day to a day, on which registry
sources. The region modules (`tools.regions_2016_2018_rules_*`) hold the rules;
`tools/regions_2016_2018_rules.py` puts them in order. Build-time tooling, not shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from geodata.control.model import Locality
from tools.fill_2016_2019_rules import Span

__all__ = ["NAMED_BLOCK", "START", "RegionRule", "Span", "Where", "day"]


@dataclass(frozen=True)
class Where:
    """Where a place lies: north of the Euphrates; distance to Syria's border (degrees)."""

    north: bool
    border: float


@dataclass(frozen=True)
class RegionRule:
    id: str
    block: str  # the group tag of the unknown rows it replaces
    matches: Callable[[Locality, Where], bool]
    spans: tuple[Span, ...]


def day(text: str) -> date:
    return date.fromisoformat(text)


START = date(2016, 8, 1)
#: The block name of towns stored one by one (rows without a group tag).
NAMED_BLOCK = "named"
