"""``validate``'s checks of the control history: every record readable and sourced, parties
known and in their span, no overlapping periods per locality, source ids resolvable, and the
derived territory tiling Syria on a sample of days (every day of change, thinned)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

import shapely

from geodata.control.derived import ZONE_SOURCE_PREFIX, ControlModel
from geodata.control.lineage import inactive_on
from geodata.control.load import read_control_files
from geodata.control.model import UNKNOWN
from geodata.model import Party, Zone

#: Days of derived territory checked for tiling (change days, evenly thinned).
SAMPLE_DAYS = 24
#: Overlap or gap (share of Syria's area) tolerated: noding slivers.
TILING_TOLERANCE = 1e-5


def check_control(
    data_dir: Path,
    parties: Mapping[str, Party],
    zones: list[Zone],
    add: Callable[[str, str, str], None],
) -> None:
    """Report each problem as (file, record, message) through ``add``."""
    files = read_control_files(data_dir)
    for problem in files.problems:
        where, _, message = problem.partition(": ")
        add(where, "-", message)
    if not files.records:
        return
    from geodata.sources.registry import load_registry

    registry = load_registry(data_dir)
    zone_ids = {z.id for z in zones}
    for record in files.records:
        for party in (record.controller, *record.with_parties):
            if party != UNKNOWN and party not in parties:
                add(record.file, record.locality, f"party {party!r} is not in parties.toml")
        if inactive_on(parties, record.controller, record.start) or (
            record.end and inactive_on(parties, record.controller, record.end)
        ):
            add(
                record.file,
                record.locality,
                f"{record.controller!r} did not exist as such on {record.start}"
                + (f"–{record.end}" if record.end else "")
                + " (see its active_from/active_to and successors in parties.toml)",
            )
        for ident in record.sources:
            if ident.startswith(ZONE_SOURCE_PREFIX):
                if ident.removeprefix(ZONE_SOURCE_PREFIX) not in zone_ids:
                    add(record.file, record.locality, f"source {ident!r}: no such zone")
            elif ident not in registry:
                add(record.file, record.locality, f"source {ident!r} is not in the registry")
    model = ControlModel(files, data_dir, parties, zones, registry)
    for first, second in model.history.overlaps():
        add(
            first.file,
            first.locality,
            f"period {first.start}–{first.end or '…'} overlaps {second.file} "
            f"({second.start}–{second.end or '…'})",
        )
    for day in sample_days(model):
        for message in tiling_problems(model, day):
            add("control/records", f"derived {day}", message)


def sample_days(model: ControlModel) -> list[date]:
    days = [d for d in model.history.change_days if model.covers(d)]
    if len(days) > SAMPLE_DAYS:
        step = len(days) / SAMPLE_DAYS
        days = [days[int(i * step)] for i in range(SAMPLE_DAYS)] + [days[-1]]
    return sorted(set(days))


def tiling_problems(model: ControlModel, day: date) -> list[str]:
    """Gaps or overlaps of the derived territory of a day against Syria's outline."""
    outline = model.deriver.outline
    pieces = [p.geometry for p in model.territory_on(day).pieces]
    union = shapely.union_all(pieces)
    problems = []
    missing = outline.difference(union).area / outline.area
    if missing > TILING_TOLERANCE:
        problems.append(f"derived territory leaves {missing:.2%} of Syria uncovered")
    overlap = (sum(p.area for p in pieces) - union.area) / outline.area
    if overlap > TILING_TOLERANCE:
        problems.append(f"derived territory overlaps itself ({overlap:.2%} of Syria)")
    return problems
