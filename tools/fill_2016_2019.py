"""Write ``control/records/2016-2019-fill.csv``: the locality-months no record covered (#15).

    python -m tools.fill_2016_2019            # rewrite the file from the rules
    python -m tools.fill_2016_2019 --check    # exit 1 when the file differs from the rules

Before this batch 727 tracked places of the seven northern governorates had no record from
August 2016 to the first snapshot (23 Oct 2019), and ~800 none between the snapshots of 18 Dec
2019 and 6 Mar 2020. Each place is matched to one rule (district, side of the autumn-2019
snapshot, kind); the rule says, period by period, who held it and on which registry sources,
or that the sources do not say (``unknown``, a stored gap). Rows are written only for the days
no other record covers, so they never overlap the 2016-2024 batch. Places and days of the
offensives another batch dates day by day (Idlib, west Aleppo and north Hama from 30 Apr 2019
and from 19 Dec 2019) are left to it. The rules are in `tools/fill_2016_2019_rules.py`.
Build-time tooling, not shipped.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from datetime import date, timedelta
from pathlib import Path

from geodata.control.gaps import NORTHERN_GOVERNORATES
from geodata.control.load import read_control_files
from geodata.control.model import UNKNOWN
from geodata.paths import data_dir
from tools.fill_2016_2019_rules import FIRST, LAST, OWNED_ELSEWHERE, WINDOWS
from tools.fill_2016_2019_rules import RULES as REGION_RULES
from tools.fill_2016_2019_rules_idlib import IDLIB_OWNED_ELSEWHERE, IDLIB_RULES

#: The named Idlib/Latakia rules first: places they do not name fall to the catch-all blocks.
RULES = IDLIB_RULES + REGION_RULES
OWNED = {**OWNED_ELSEWHERE, **IDLIB_OWNED_ELSEWHERE}

OUT = Path("control/records/2016-2019-fill.csv")


def _uncovered(spans: list[tuple[date, date]], first: date, last: date):
    """The day ranges within [first, last] that none of ``spans`` covers."""
    day = first
    for start, end in sorted(spans):
        if end < day:
            continue
        if start > last:
            break
        if start > day:
            yield day, min(start - timedelta(days=1), last)
        day = max(day, end + timedelta(days=1))
    if day <= last:
        yield day, last


def build_rows(folder: Path) -> tuple[list[dict[str, str]], list[str]]:
    """The fill rows, and the targeted places no rule matched."""
    files = read_control_files(folder)
    others = [r for r in files.records if not r.file.startswith(OUT.as_posix())]
    covered: dict[str, list[tuple[date, date]]] = {}
    side_2019: dict[str, str] = {}
    for record in others:
        covered.setdefault(record.locality, []).append((record.start, record.end or LAST))
        if record.baseline and record.start == date(2019, 10, 23):
            side_2019[record.locality] = record.controller
    rows, unmatched = [], []
    for place in sorted(files.localities.values(), key=lambda p: p.id):
        if place.admin1 not in NORTHERN_GOVERNORATES:
            continue
        holes = [
            hole
            for first, last in WINDOWS
            for hole in _uncovered(covered.get(place.id, []), first, last)
        ]
        if place.id == "bab_al_kasab_border_crossing":  # outside every snapshot zone
            holes = list(_uncovered(covered.get(place.id, []), FIRST, LAST))
        if not holes:
            continue
        side = side_2019.get(place.id, "")
        rule = next((r for r in RULES if r.matches(place, side)), None)
        if rule is None:
            unmatched.append(f"{place.id} ({place.admin1}/{place.admin2}, 2019: {side or '-'})")
            continue
        stop = OWNED.get(rule.id, date.max)
        for hole_start, hole_end in holes:
            filled: list[tuple[date, date]] = []
            for span in rule.spans:
                start = max(hole_start, span.start)
                end = min(hole_end, span.end, stop - timedelta(days=1))
                if start > end:
                    continue
                filled.append((start, end))
                rows.append({
                    "locality": place.id, "controller": span.controller,
                    "from": start.isoformat(), "to": end.isoformat(), "status": span.status,
                    "with": ";".join(span.with_parties), "sources": ";".join(span.sources),
                    "note": f"[{rule.id}] {span.note}",
                })  # fmt: skip
            # Days no rule span reaches and no other batch dates (the offensives' days the daily
            # batch left undated) are stored as gaps, never left silent.
            for start, end in _uncovered(filled, hole_start, hole_end):
                rows.append({
                    "locality": place.id, "controller": UNKNOWN, "from": start.isoformat(),
                    "to": end.isoformat(), "status": "held", "with": "",
                    "sources": ";".join(rule.spans[-1].sources),
                    "note": f"[{rule.id}_undated] {UNDATED_NOTE}",
                })  # fmt: skip
    return rows, unmatched


UNDATED_NOTE = (
    "a stored gap: no stored source dates who held this place on these days (the offensive "
    "batch dates named towns only); the source cited is the rule's context, not an answer"
)


COLUMNS = ("locality", "controller", "from", "to", "status", "with", "sources", "note")


def render(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.fill_2016_2019", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    folder = data_dir()
    rows, unmatched = build_rows(folder)
    for place in unmatched:
        print(f"no rule: {place}")
    text = render(rows)
    path = folder / OUT
    if args.check:
        same = path.is_file() and path.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from the rules: rerun without --check")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(rows)} rows, {len({r['locality'] for r in rows})} places, "
          f"{len(unmatched)} unmatched")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
