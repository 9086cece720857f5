"""Reports on the 2016-2024 control records (issue #15); build-time, not shipped.

    python -m tools.check_control snapshots    # researched records vs the migrated snapshots
    python -m tools.check_control monthly      # locality-months with a record or a stored gap
    python -m tools.check_control offensives   # the days the records date changes to, per offensive

``snapshots``: every locality and sample day (first, last and each first-of-month day of the
autumn-2019 and 2020-24 snapshot periods) where the records and the snapshot disagree, and
whether ``control/snapshot-disagreements.csv`` documents it. Exit 1 when one is undocumented.
``monthly``: the share of tracked locality-months in the seven northern governorates that the
records leave a gap (``unknown``) or without any record, per year.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import date

BATCH_LAST_DAY = date(2024, 11, 26)  # the eve of the Nov 2024 offensive (PERIOD-2016-2024.md)


def snapshots() -> int:
    from geodata.atlas import load_atlas
    from geodata.control.consistency import differences, key_of, read_documented, sample_days
    from geodata.paths import data_dir

    history = load_atlas().control.history
    days = sample_days(history, BATCH_LAST_DAY)
    found = differences(history, days)
    documented = read_documented(data_dir())
    by_key: dict[tuple[str, str, str], list[date]] = defaultdict(list)
    for difference in found:
        by_key[key_of(difference)].append(difference.day)
    print(f"{len(days)} sample days, {len(history.order)} localities: {len(by_key)} differences")
    undocumented = 0
    for key, seen in sorted(by_key.items()):
        entry = documented.get(key)
        verdict = f"documented: {entry.right} right" if entry else "UNDOCUMENTED"
        undocumented += entry is None
        locality, researched, snapshot = key
        print(f"  {locality}: records {researched}, snapshot {snapshot} "
              f"({len(seen)} days, {seen[0]}..{seen[-1]}) - {verdict}")  # fmt: skip
    for key in sorted(set(documented) - set(by_key)):
        print(f"  stale documentation (no longer differs): {key}")
    return 1 if undocumented else 0


def monthly() -> int:
    from geodata.atlas import load_atlas
    from geodata.control.gaps import NORTHERN_GOVERNORATES, month_coverage

    history = load_atlas().control.history
    table = month_coverage(history, date(2016, 8, 1), BATCH_LAST_DAY, NORTHERN_GOVERNORATES)
    print("year  locality-months  with a record  stored gap (unknown)  no record")
    for year, counts in sorted(table.by_year().items()):
        total = sum(counts.values())
        print(f"{year}  {total:15d}  {counts['known']:13d}  {counts['gap']:20d}  "
              f"{counts['missing']:9d}  gap share {counts['gap'] / total:.1%}")  # fmt: skip
    total = table.total()
    print(f"all   {sum(total.values()):15d}  {total['known']:13d}  {total['gap']:20d}  "
          f"{total['missing']:9d}  gap share {total['gap'] / sum(total.values()):.1%}")  # fmt: skip
    return 1 if total["missing"] else 0


#: The offensives of PERIOD-2016-2024.md, where the issue asks for daily resolution.
OFFENSIVES = {
    "Euphrates Shield": (date(2016, 8, 24), date(2017, 3, 29)),
    "Raqqa and Tabqa": (date(2017, 3, 20), date(2017, 10, 20)),
    "Deir ez-Zor and the Euphrates": (date(2017, 9, 1), date(2017, 11, 30)),
    "Olive Branch": (date(2018, 1, 20), date(2018, 3, 28)),
    "Hama and Idlib 2019": (date(2019, 4, 30), date(2019, 8, 31)),
    "Peace Spring": (date(2019, 10, 9), date(2019, 10, 31)),
    "Idlib Dec 2019 - Mar 2020": (date(2019, 12, 19), date(2020, 3, 5)),
}


def offensives() -> int:
    """Per offensive: the days on which a researched record starts (a dated change), and how
    many localities it dates one by one; group rows (notes starting "[g2016_") and rows that
    carry a holder unchanged across the offensive ("inferred continuity") are counted apart."""
    from geodata.atlas import load_atlas
    from geodata.control.model import UNKNOWN

    history = load_atlas().control.history
    for name, (first, last) in OFFENSIVES.items():
        rows = [r for r in history.records if not r.baseline and first <= r.start <= last]
        changes = [r for r in rows if r.controller != UNKNOWN]
        # group rows, and rows that only carry a holder across the offensive, date no change
        singles = [
            r
            for r in changes
            if not r.note.startswith("[g2016_") and "inferred continuity" not in r.note
        ]
        days = sorted({r.start for r in singles})
        one_by_one = {r.locality for r in singles}
        grouped = {r.locality for r in changes} - one_by_one
        gaps = {r.locality for r in rows if r.controller == UNKNOWN}
        print(f"{name} ({first}..{last}): {len(days)} dated days, {len(one_by_one)} localities "
              f"dated one by one, {len(grouped)} by group or carried unchanged, "
              f"{len(gaps)} explicit gaps")  # fmt: skip
        print("   ", ", ".join(day.strftime("%d %b") for day in days))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.check_control", description=__doc__)
    parser.add_argument("report", choices=["snapshots", "monthly", "offensives"])
    args = parser.parse_args(argv)
    return {"snapshots": snapshots, "monthly": monthly, "offensives": offensives}[args.report]()


if __name__ == "__main__":
    sys.exit(main())
