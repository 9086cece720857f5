"""``validate``'s checks of the control history: every record readable, dated in order and
sourced, parties known and in their span, no overlapping periods per locality, source ids
resolvable, and the derived territory tiling Syria on every covered day.

Every covered day, through its periods: the territory changes only on the days the records or
the constraint lines change (``ControlModel.period``), so checking the first day of each
period — once per distinct set of locality states and lines — checks them all."""

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

#: Overlap or gap (share of Syria's area) tolerated: noding slivers.
TILING_TOLERANCE = 1e-5
#: Days with a tiling problem reported one by one; the rest are counted.
TILING_REPORTED_DAYS = 10


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
    bad_days = []
    for day in period_days(model):
        for message in tiling_problems(model, day):
            bad_days.append(day)
            if len(set(bad_days)) <= TILING_REPORTED_DAYS:
                add("control/records", f"derived {day}", message)
    more = len(set(bad_days)) - TILING_REPORTED_DAYS
    if more > 0:
        add("control/records", "derived", f"and {more} more days whose territory does not tile")


def period_days(model: ControlModel) -> list[date]:
    """The first covered day of every period of derived territory, one per distinct set of
    locality states and constraint lines (a period that repeats an earlier one is that one)."""
    coverage = model.history.coverage
    if coverage is None:
        return []
    starts = {coverage.first_day}
    starts |= {model.period(d)[0] for d in model.history.change_days if coverage.covers(d)}
    starts |= {d for d in model.period_days if coverage.covers(d)}
    days, seen = [], set()
    for day in sorted(starts):
        if not model.covers(day):
            continue
        key = (model.constraints_on(day).key, model.history.states_on(day))
        if key not in seen:
            seen.add(key)
            days.append(day)
    return days


def tiling_problems(model: ControlModel, day: date) -> list[str]:
    """Gaps or overlaps of the derived territory of a day against Syria's outline."""
    outline = model.deriver.outline
    pieces = [p.geometry for p in model.territory_on(day).pieces]
    # fast path (~2 ms): pieces meeting edge to edge with no overlap, their areas adding up
    # to Syria's; anything else is measured exactly (the union, ~20 ms)
    if (
        shapely.coverage_is_valid(shapely.GeometryCollection(pieces))
        and abs(sum(p.area for p in pieces) - outline.area) <= TILING_TOLERANCE * outline.area
    ):
        return []
    union = shapely.union_all(pieces)
    problems = []
    missing = outline.difference(union).area / outline.area
    if missing > TILING_TOLERANCE:
        problems.append(f"derived territory leaves {missing:.2%} of Syria uncovered")
    overlap = (sum(p.area for p in pieces) - union.area) / outline.area
    if overlap > TILING_TOLERANCE:
        problems.append(f"derived territory overlaps itself ({overlap:.2%} of Syria)")
    return problems
