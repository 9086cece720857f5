"""The record of one lasting area, and sources every snapshot of the frozen lines shares."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..sources import src


@dataclass(frozen=True)
class AreaSpec:
    area: str
    name: str
    controller: str
    backers: tuple[str, ...]
    notes: str
    sources: tuple[dict, ...]
    accuracy: str = ""
    contested: bool = False
    walk_lines: tuple[str, ...] = ()  # reference walks whose points bound this area
    extra: dict = field(default_factory=dict)

    def but(self, **changes) -> AreaSpec:
        return replace(self, **changes)


FROZEN = (
    src(
        "https://friscotimes.org/index.php?rest_route=%2Fwp%2Fv2%2Fposts%2F2437",
        "NYT graphic (Dec 2024): 'Since 2020, the territorial map had stayed largely frozen'",
        "2024-12",
        "The New York Times (via Frisco Times)",
    ),
    src(
        "https://www.jusoor.co/en/details/map-of-influence-and-crossings-in-the-syrian-opposition-areas",
        "Opposition areas held 'without any new changes' during 2022",
        "2023-01-31",
    ),
)
