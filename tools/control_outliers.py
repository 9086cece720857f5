"""Inferred control answers at odds with every answered neighbour (#15); build-time, not shipped.

    python -m tools.control_outliers                 # month by month, Aug 2016 - Nov 2024
    python -m tools.control_outliers --radius 6 --neighbours 3

A region-level answer ("region-level" or "continuity inferred" in its note) says a place lies
inside an area a report describes. Where every one of its nearest answered neighbours (within
``--radius`` km, at least ``--neighbours`` of them, each answered from a report that names the
place, not by inference) has another holder that day, the place is more likely on the edge of
that area than inside it: a lead for a review, not a verdict (fronts do bend round villages).
Sampled on the first day of each month; consecutive months of one answer are reported as one
span. Exit 0 always: it lists leads.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import shapely

from geodata.control.model import UNKNOWN, ControlRecord

FIRST_MONTH = date(2016, 8, 1)
LAST_DAY = date(2024, 11, 26)  # the eve of the Nov 2024 offensive (PERIOD-2016-2024.md)
INFERRED_WORDS = ("region-level", "continuity inferred")
KM_PER_DEGREE_LAT = 111.2


@dataclass(frozen=True)
class Answer:
    """One place's holder on a day (with the parties it shares or contests it with) and
    whether it was inferred for an area."""

    controller: str
    inferred: bool
    with_parties: tuple[str, ...] = ()

    def agrees_with(self, other: Answer) -> bool:
        """The same holder, or one named among the other's partners (``opposition`` shared
        with ``hts`` agrees with ``hts``)."""
        mine = {self.controller, *self.with_parties}
        return bool(mine & {other.controller, *other.with_parties})


@dataclass(frozen=True)
class Outlier:
    locality: str
    controller: str
    neighbours: tuple[tuple[str, str, float], ...]  # (locality, its holder, km)


def is_inferred(record: ControlRecord) -> bool:
    note = record.note.lower()
    return any(word in note for word in INFERRED_WORDS)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Equirectangular distance between (lat, lon) points: exact enough at a few km."""
    mean_lat = math.radians((a[0] + b[0]) / 2)
    dy = (a[0] - b[0]) * KM_PER_DEGREE_LAT
    dx = (a[1] - b[1]) * KM_PER_DEGREE_LAT * math.cos(mean_lat)
    return math.hypot(dx, dy)


def neighbour_table(
    points: Mapping[str, tuple[float, float]], radius_km: float
) -> dict[str, list[tuple[float, str]]]:
    """Each place's other places within ``radius_km``, nearest first. An STRtree finds the
    candidates within a degree bound that reaches the radius east-west at the northernmost
    place (a degree of longitude is shortest there); ``distance_km`` then keeps the near ones."""
    names = list(points)
    if not names:
        return {}
    geometries = shapely.points([(lon, lat) for lat, lon in points.values()])
    northmost = max(abs(lat) for lat, _ in points.values())
    bound = radius_km / (KM_PER_DEGREE_LAT * max(math.cos(math.radians(northmost)), 0.1))
    pairs = shapely.STRtree(geometries).query(geometries, predicate="dwithin", distance=bound)
    table: dict[str, list[tuple[float, str]]] = {name: [] for name in names}
    for i, j in zip(*pairs.tolist(), strict=True):
        if i != j:
            km = distance_km(points[names[i]], points[names[j]])
            if km <= radius_km:
                table[names[i]].append((km, names[j]))
    for near in table.values():
        near.sort()
    return table


def outliers_on(
    answers: Mapping[str, Answer],
    table: Mapping[str, list[tuple[float, str]]],
    neighbours: int,
) -> list[Outlier]:
    """The inferred answers whose ``neighbours`` nearest named-answer neighbours all have
    another holder (places with fewer such neighbours are not judged)."""
    found = []
    for place, answer in answers.items():
        if not answer.inferred or answer.controller == UNKNOWN:
            continue
        named = [
            (other, km)
            for km, other in table.get(place, ())
            if other in answers
            and not answers[other].inferred
            and answers[other].controller != UNKNOWN
        ][:neighbours]
        if len(named) == neighbours and not any(answer.agrees_with(answers[o]) for o, _ in named):
            near = tuple((o, answers[o].controller, km) for o, km in named)
            found.append(Outlier(place, answer.controller, near))
    return found


def month_starts(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.control_outliers", description=__doc__)
    parser.add_argument("--radius", type=float, default=8.0, help="km (default 8)")
    parser.add_argument("--neighbours", type=int, default=3, help="how many (default 3)")
    args = parser.parse_args(argv)
    if args.radius <= 0 or args.neighbours < 1:
        print("control_outliers: --radius must be > 0 and --neighbours >= 1", file=sys.stderr)
        return 2
    from geodata.atlas import load_atlas

    history = load_atlas().control.history
    points = {place.id: (place.lat, place.lon) for place in history.localities.values()}
    table = neighbour_table(points, args.radius)
    spans: dict[tuple[str, str, str], list[date]] = {}
    examples: dict[tuple[str, str, str], Outlier] = {}
    for day in month_starts(FIRST_MONTH, LAST_DAY):
        answers = {}
        records = {}
        for place in points:
            record = history.record_on(place, day)
            if record is not None:
                records[place] = record
                answers[place] = Answer(record.controller, is_inferred(record), record.with_parties)
        for outlier in outliers_on(answers, table, args.neighbours):
            key = (outlier.locality, outlier.controller, records[outlier.locality].file)
            spans.setdefault(key, []).append(day)
            examples.setdefault(key, outlier)
    print(f"{len(spans)} inferred answers disagree with their {args.neighbours} nearest named "
          f"neighbours within {args.radius:g} km (first-of-month samples)")  # fmt: skip
    for key, days in sorted(spans.items(), key=lambda item: -len(item[1])):
        locality, controller, where = key
        near = ", ".join(f"{o} {h} {km:.1f} km" for o, h, km in examples[key].neighbours)
        print(f"  {locality}: {controller} ({len(days)} months, {days[0]}..{days[-1]}; {where})"
              f" - {near}")  # fmt: skip
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # the reader stopped early (``| head``): nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
