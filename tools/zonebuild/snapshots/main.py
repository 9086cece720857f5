"""The main snapshot: the frozen lines after the Moscow protocol (6 Mar 2020 - 26 Nov 2024)."""

from __future__ import annotations

from shapely.geometry import LineString

from .. import lines
from ..areas import AREAS
from ..areas.spec import FROZEN
from ..seeds import main_seeds
from .base import MAIN_ACCURACY, Snapshot, with_walk_sources


def main_lines(river: LineString) -> list[LineString]:
    return [
        lines.idlib_front(),
        lines.idlib_afrin_line(),
        lines.sna_front(),
        lines.afrin_euphrates_shield_line(),
        lines.tell_rifaat_south_line(),
        lines.manbij_west_line(),
        lines.tabqa_salient_line(),
        lines.seven_villages_line(river),
        lines.peace_spring_front(),
        river,
    ]


def main_snapshot() -> Snapshot:
    specs = {k: a.but(accuracy=MAIN_ACCURACY[k]) for k, a in AREAS.items()}
    return Snapshot(
        key="2020-03-06",
        valid_from="2020-03-06",
        valid_to="2024-11-26",
        title="Frozen lines after the Moscow protocol (6 Mar 2020 - 26 Nov 2024)",
        lines=main_lines,
        seeds=main_seeds(),
        specs=with_walk_sources(specs, FROZEN),
        common_sources=FROZEN,
    )
