"""Draw (place, day) pairs for a fact-check of the control answers (issue #15), as the fifth
spot-check of SPOTCHECK-2016-2024.md did: from everything ``query controller`` answers, not from
one rules file.

    python -m tools.spotcheck_draw                 # seed 20261209, 30 pairs
    python -m tools.spotcheck_draw --seed 7 --count 40

The draw is seeded (``random.Random``) and printed with the seed. Quotas: one pair per offensive
of ``tools.check_control.OFFENSIVES`` (plus one more, an offensive drawn at random; the place
from those whose records change during it), six towns a reader looks up (district centres,
cities, M4/M5 towns of the northern governorates), then any place until every year 2016-2024 has
three pairs, then any place and day to ``--count``. A pair whose answer is a gap (no record, or
``unknown``) is skipped and counted: the share of gaps in the draw is part of the result.
Build-time tooling, not shipped.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta

from tools.check_control import OFFENSIVES

FIRST, LAST = date(2016, 8, 1), date(2024, 11, 26)
NORTH = {"Aleppo", "Al-Hasakah", "Raqqa", "Hama", "Idlib", "Deir ez-Zor", "Latakia"}
#: The M4 / M5 towns and district centres whose names differ from their district's.
NAMED_TOWNS = frozenset({
    "kobani", "ras_al_ayn", "jarabulus", "tabqa", "albu_kamal", "saraqib", "khan_shaykhun",
    "ain_issa", "tell_rifaat", "al_atarib", "tell_abyad", "al_shaddadi", "hajin", "amuda",
    "kafr_nabl", "urum_al_kubra", "suluk", "markada", "darat_izza", "sarmin", "kafr_takharim",
})  # fmt: skip
TOWNS_DRAWN = 6
PER_YEAR = 3


@dataclass(frozen=True)
class Pair:
    kind: str  # offensive:<name>, town, year:<yyyy>, any
    locality: str
    day: date


def _fold(name: str | None) -> str:
    return re.sub(r"[^a-z]", "", re.sub(r"\b(al|ar|as|ash|ad)-", "", (name or "").lower()))


def towns(history) -> list[str]:
    """District centres (named as their district), cities and the named M4/M5 towns of the
    northern governorates."""
    out = []
    for ident, place in history.localities.items():
        if place.admin1 not in NORTH:
            continue
        centre = place.kind == "city" or (
            place.kind == "town" and _fold(place.name) == _fold(place.admin2)
        )
        if ident in NAMED_TOWNS or centre:
            out.append(ident)
    return sorted(out)


def draw(history, seed: int, count: int) -> tuple[list[Pair], list[Pair]]:
    """The drawn pairs with an answer, and the gaps skipped on the way."""
    rng = random.Random(seed)
    places = sorted(history.localities)
    drawn: list[Pair] = []
    gaps: list[Pair] = []

    def take(kind: str, pool: list[str], first: date, last: date) -> None:
        while True:
            pair = Pair(
                kind, rng.choice(pool), first + timedelta(rng.randrange((last - first).days + 1))
            )
            record = history.record_on(pair.locality, pair.day)
            if record is None or record.controller == "unknown":
                gaps.append(pair)
                continue
            drawn.append(pair)
            return

    names = list(OFFENSIVES)
    for name in [*names, rng.choice(names)]:
        first, last = OFFENSIVES[name]
        changing = sorted(
            {r.locality for r in history.records if not r.baseline and first <= r.start <= last}
        )
        take(f"offensive:{name}", changing, first, last)
    town_pool = towns(history)
    for _ in range(TOWNS_DRAWN):
        take("town", town_pool, FIRST, LAST)
    for year in range(FIRST.year, LAST.year + 1):
        first, last = max(FIRST, date(year, 1, 1)), min(LAST, date(year, 12, 31))
        while sum(p.day.year == year for p in drawn) < PER_YEAR:
            take(f"year:{year}", places, first, last)
    while len(drawn) < count:
        take("any", places, FIRST, LAST)
    return drawn, gaps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.spotcheck_draw", description=__doc__)
    parser.add_argument("--seed", type=int, default=20261209)
    parser.add_argument("--count", type=int, default=30, help="pairs with an answer (>= 30)")
    args = parser.parse_args(argv)
    if args.count < 30:
        print("--count must be at least 30 (the quotas alone take up to 30)", file=sys.stderr)
        return 2
    from geodata.atlas import load_atlas

    history = load_atlas().control.history
    drawn, gaps = draw(history, args.seed, args.count)
    share = len(gaps) / (len(drawn) + len(gaps))
    print(f"seed {args.seed}: {len(drawn)} pairs, {len(gaps)} gaps skipped (gap share {share:.1%})")
    for pair in gaps:
        print(f"  gap  {pair.day}  {pair.locality}  [{pair.kind}]")
    for pair in drawn:
        record = history.record_on(pair.locality, pair.day)
        with_ = f" with {','.join(record.with_parties)}" if record.with_parties else ""
        print(f"  {pair.day}  {pair.locality:24s} {record.controller} {record.status}{with_}"
              f"  [{pair.kind}]  {record.file}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
