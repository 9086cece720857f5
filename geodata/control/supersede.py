"""Where research speaks, a migrated snapshot gives way: records win over the snapshots.

A migrated snapshot zone (its baseline records cite ``zone:<id>``) answers for its localities
only where the researched records are silent. On the days researched records cover nearly all
of a snapshot zone's localities (``SPEAKS_SHARE``), the research is the picture of that area:
the zone's baseline records are cut out of those days (a locality the research left out is a
gap, "no data", not the snapshot's old claim) and the zone is no constraint then either (its
boundary cuts no face, labels no empty face; see ``derived.ControlModel.constraints_on``).

Why per zone and not per locality: a snapshot's "control not settled" area (9–31 Dec 2024)
is a statement of not knowing; once the 2024–2026 research covers the area, one locality the
research missed must not keep the old "unsettled" zone on the map.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from geodata.control.model import ControlRecord

ONE_DAY = timedelta(days=1)
ZONE_PREFIX = "zone:"
#: Share of a snapshot zone's localities the research must cover on a day for the zone to
#: give way. High: research that restates a few towns leaves the rest to the snapshot.
SPEAKS_SHARE = 0.9
#: Only snapshots drawn from this day on give way. The 2019-2024 snapshots are front lines
#: drawn and sourced line by line (the 2020 M4 corridor, Peace Spring's edge along the M4):
#: their boundaries stay constraints where the researched records agree with them (the
#: records still win locality by locality), or the coarser cells of the research would move
#: the lines, e.g. put Turkish-backed cells across the M4 on 25 April 2023. The snapshot
#: after the November 2024 offensive is a statement of not knowing: research replaces it.
SUPERSEDE_FROM = date(2024, 11, 27)

Span = tuple[date, date]


def zone_of(record: ControlRecord) -> str | None:
    """The snapshot zone a baseline record was migrated from (None: not from a zone)."""
    return next(
        (s.removeprefix(ZONE_PREFIX) for s in record.sources if s.startswith(ZONE_PREFIX)), None
    )


def superseded_spans(
    baseline: Sequence[ControlRecord],
    researched_spans: Mapping[str, Sequence[Span]],
    last_day: date | None,
) -> dict[str, tuple[Span, ...]]:
    """Per snapshot zone id: the runs of days on which researched records cover at least
    ``SPEAKS_SHARE`` of its localities. ``researched_spans``: each locality's researched
    records as closed (start, end) spans."""
    by_zone: dict[str, list[ControlRecord]] = {}
    for record in baseline:
        zone = zone_of(record)
        if zone is not None:
            by_zone.setdefault(zone, []).append(record)
    result: dict[str, tuple[Span, ...]] = {}
    for zone, records in by_zone.items():
        start = min(r.start for r in records)
        if start < SUPERSEDE_FROM:
            continue
        end = max((r.end or last_day or r.start) for r in records)
        localities = {r.locality for r in records}
        need = max(1, math.ceil(SPEAKS_SHARE * len(localities)))
        deltas: dict[date, int] = {}
        for locality in localities:
            for a, b in _merged(researched_spans.get(locality, ()), start, end):
                deltas[a] = deltas.get(a, 0) + 1
                deltas[b + ONE_DAY] = deltas.get(b + ONE_DAY, 0) - 1
        spans, count, opened = [], 0, None
        for day in sorted(deltas):
            count += deltas[day]
            if count >= need and opened is None:
                opened = day
            elif count < need and opened is not None:
                spans.append((opened, day - ONE_DAY))
                opened = None
        if spans:
            result[zone] = tuple(spans)
    return result


def trim(
    records: Iterable[ControlRecord], spans: Mapping[str, Sequence[Span]], last_day: date | None
) -> list[ControlRecord]:
    """The baseline records without the days their zone is superseded (a record may split)."""
    out: list[ControlRecord] = []
    for record in records:
        cut = spans.get(zone_of(record) or "", ())
        if not cut:
            out.append(record)
            continue
        start, end = record.start, record.end or last_day
        if end is None:
            out.append(record)
            continue
        for a, b in cut:
            if b < start or a > end:
                continue
            if a > start:
                out.append(replace(record, start=start, end=a - ONE_DAY))
            start = b + ONE_DAY
        if start <= end:  # the rest, open-ended again where the record was
            out.append(replace(record, start=start, end=record.end))
    return out


def _merged(spans: Iterable[Span], start: date, end: date) -> list[Span]:
    """Spans clipped to [start, end], sorted and merged (touching ones joined)."""
    clipped = sorted((max(a, start), min(b, end)) for a, b in spans if a <= end and b >= start)
    out: list[Span] = []
    for a, b in clipped:
        if out and a <= out[-1][1] + ONE_DAY:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
