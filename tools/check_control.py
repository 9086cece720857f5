"""Reports on the 2016-2024 control records (issue #15); build-time, not shipped.

    python -m tools.check_control snapshots    # researched records vs the migrated snapshots
    python -m tools.check_control monthly      # locality-months with a record or a stored gap

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.check_control", description=__doc__)
    parser.add_argument("report", choices=["snapshots", "monthly"])
    args = parser.parse_args(argv)
    return snapshots() if args.report == "snapshots" else monthly()


if __name__ == "__main__":
    sys.exit(main())
