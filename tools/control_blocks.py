"""Where the 2016-2024 control records leave no answer, block by block (issue #15).

    python -m tools.control_blocks            # no-record places and stored-gap blocks
    python -m tools.control_blocks --list     # ... with the place ids of each block

``no record``: tracked places of the seven northern governorates with months no record covers,
grouped by governorate, district, the runs of months, and the side the autumn-2019 snapshot
draws them on. ``stored gaps``: the ``unknown`` rows before 2020, grouped by the group tag
that starts their note (``[g2016_hasakah_district]``, ``[fill_hama_region]``) and their dates.
Build-time report, not shipped; `python -m tools.check_control monthly` gives the totals.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import date

LAST = date(2024, 11, 26)


def _runs(months: list[date]) -> str:
    """'2016-08..2019-09, 2020-01..2020-02' for a sorted list of month starts."""
    runs: list[list[date]] = []
    for month in months:
        index = month.year * 12 + month.month
        if runs and index - (runs[-1][1].year * 12 + runs[-1][1].month) == 1:
            runs[-1][1] = month
        else:
            runs.append([month, month])
    return ", ".join(f"{a:%Y-%m}..{b:%Y-%m}" if a != b else f"{a:%Y-%m}" for a, b in runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.control_blocks", description=__doc__)
    parser.add_argument("--list", action="store_true", help="name the places of each block")
    args = parser.parse_args(argv)

    from geodata.atlas import load_atlas
    from geodata.control.gaps import NORTHERN_GOVERNORATES, month_coverage
    from geodata.control.model import UNKNOWN

    history = load_atlas().control.history
    table = month_coverage(history, date(2016, 8, 1), LAST, NORTHERN_GOVERNORATES)
    missing: dict[str, list[date]] = defaultdict(list)
    for month, ids in sorted(table.missing.items()):
        for ident in ids:
            missing[ident].append(month)
    side = {r.locality: r.controller for r in history.records
            if r.baseline and r.start == date(2019, 10, 23)}  # fmt: skip
    blocks: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    for ident, months in missing.items():
        place = history.localities[ident]
        key = (place.admin1, place.admin2, _runs(months), side.get(ident, "-"))
        blocks[key].append(ident)
    print(f"no record: {len(missing)} places, {sum(map(len, missing.values()))} locality-months")
    for (admin1, admin2, runs, drawn), ids in sorted(blocks.items()):
        print(f"  {len(ids):4d}  {admin1} / {admin2}: {runs} (2019 snapshot: {drawn})")
        if args.list:
            print("        " + " ".join(sorted(ids)))

    gaps: dict[tuple[str, date, date], list[str]] = defaultdict(list)
    for record in history.records:
        if record.baseline or record.controller != UNKNOWN or record.start.year >= 2020:
            continue
        tag = record.note.split("]")[0] + "]" if record.note.startswith("[") else "(one by one)"
        gaps[(tag, record.start, record.end or LAST)].append(record.locality)
    print(f"stored gaps before 2020: {sum(map(len, gaps.values()))} rows")
    for (tag, start, end), ids in sorted(gaps.items(), key=lambda item: -len(item[1])):
        print(f"  {len(ids):4d}  {tag} {start}..{end}")
        if args.list:
            print("        " + " ".join(sorted(ids)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
