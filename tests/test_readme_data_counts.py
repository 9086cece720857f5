"""The README's data section states how many events, statements and gazetteer places the atlas
ships: the figures a newcomer reads must be the data's (they drifted once: 100 events said,
163 held)."""

from __future__ import annotations

import csv
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "geodata" / "data"


def _said(pattern: str) -> int:
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    found = re.search(pattern, text)
    assert found, f"the README no longer says {pattern!r}"
    return int(found.group(1))


def _count(kind: str) -> int:
    files = sorted((DATA / "talks").glob(f"{kind}s*.toml"))
    return sum(len(tomllib.loads(f.read_text(encoding="utf-8")).get(kind, [])) for f in files)


def test_the_readme_counts_the_events_and_statements_shipped():
    assert _said(r"(\d+) events from 2011") == _count("event")
    assert _said(r"and (\d+) statements, starting from") == _count("statement")


def test_the_readme_counts_the_gazetteer_places():
    with (DATA / "places.csv").open(encoding="utf-8", newline="") as f:
        shipped = sum(1 for _ in csv.DictReader(f))
    assert _said(r"places\.csv`\): (\d+) places") == shipped
