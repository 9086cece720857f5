"""Write ``control/records/2016-2018-regions.csv``: sourced answers for stored gaps (#15).

    python -m tools.regions_2016_2018            # rewrite the regions file, trim the gaps
    python -m tools.regions_2016_2018 --check    # exit 1 when either file differs

The 2016-2024 batch stores ``unknown`` rows for whole group blocks (``[g2016_hasakah_district]``
...). The rules in `tools/regions_2016_2018_rules.py` answer part of those days from dated
sources; this tool writes those answers to the regions file and cuts the same days out of the
``unknown`` rows of ``records/2016-2024.csv`` (only ``unknown`` rows of the rules' blocks are
touched; no row naming a holder is). It is idempotent: a gap is the union of the block's
``unknown`` rows and the regions rows written from it before. Build-time tooling, not shipped.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import date, timedelta
from pathlib import Path

import shapely
from shapely.geometry import Point, shape
from shapely.ops import polygonize, unary_union

from geodata.control.gaps import days_outside
from geodata.control.history import ControlHistory
from geodata.control.load import ControlFiles, read_control_files
from geodata.paths import data_dir
from tools.fill_2016_2019 import COLUMNS, render
from tools.regions_2016_2018_rules import NAMED, NAMED_BLOCK, RULES, RegionRule, Where
from tools.regions_2016_2018_rules_hama import NAMED_HAMA
from tools.regions_2016_2018_rules_south_aleppo import NAMED_SOUTH

OUT = Path("control/records/2016-2018-regions.csv")
BATCH = Path("control/records/2016-2024.csv")
#: The fill batch's gaps (``[fill_hama_region]`` ...) are read, never rewritten here: once the
#: regions rows cover their days, ``python -m tools.fill_2016_2019`` leaves those days out.
FILL = Path("control/records/2016-2019-fill.csv")


def _read(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def _merge(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    merged: list[list[date]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


#: The end a row without one stands for in day arithmetic (far from date.max's overflow).
OPEN_END = date(9999, 1, 1)


def hand_answered(batch: list[dict[str, str]]) -> dict[str, list[tuple[date, date]]]:
    """The days each place's researched rows answer with a holder (a review's hand rows among
    them), which no rule may write over: a gap the rules answered before may since have been
    answered by hand, and two rows for one day is what ``validate`` refuses."""
    spans: dict[str, list[tuple[date, date]]] = {}
    for row in batch:
        if row["controller"] != "unknown":
            end = date.fromisoformat(row["to"]) if row["to"] else OPEN_END
            spans.setdefault(row["locality"], []).append((date.fromisoformat(row["from"]), end))
    return spans


def still_open(gaps: list[tuple[date, date]], answered: list[tuple[date, date]]):
    """The days of ``gaps`` (merged) that no span of ``answered`` covers."""
    return [piece for gap in _merge(gaps) for piece in days_outside(gap, _merge(answered))]


#: A point of the Jazira, the Euphrates' left (north and east) bank: al-Hasakah city.
JAZIRA_POINT = Point(40.75, 36.5)


class Geography:
    """Which bank of the Euphrates a place is on, and its distance to Syria's outline.

    The bank is the side of Syria's outline cut along the river (the faces the map's territory
    derivation uses): ``north`` is the Jazira side (left bank), the side of al-Hasakah. A
    north-south test along each meridian got it wrong wherever the river runs north-south
    (Jarabulus - the Tishrin dam - the head of Lake Assad): places on its east bank south of
    where their meridian crosses the river (al-Jarniyah, the Tishrin dam's east-bank villages)
    counted as south of the river.
    """

    def __init__(self, folder: Path) -> None:
        rivers = json.loads((folder / "base/rivers.geojson").read_text(encoding="utf-8"))
        self.euphrates = unary_union([shape(f["geometry"]) for f in rivers["features"]
                                      if f["properties"].get("name") == "Euphrates"])  # fmt: skip
        countries = json.loads((folder / "base/countries.geojson").read_text(encoding="utf-8"))
        parts = [shape(f["geometry"]) for f in countries["features"]
                 if f["properties"].get("name") == "Syria"]  # fmt: skip
        syria = shapely.make_valid(unary_union(parts))
        self.outline = syria.boundary
        river = self.euphrates.intersection(syria.buffer(0.02))
        noded = shapely.union_all([self.outline, river])
        faces = [f for f in polygonize(getattr(noded, "geoms", [noded]))
                 if syria.contains(f.representative_point())]  # fmt: skip
        self.jazira = unary_union([f for f in faces if f.contains(JAZIRA_POINT)])
        self.shamiya = unary_union([f for f in faces if not f.contains(JAZIRA_POINT)])
        if self.jazira.is_empty or self.shamiya.is_empty:
            raise SystemExit("base/rivers.geojson: the Euphrates does not cut Syria in two")

    def where(self, lat: float, lon: float) -> Where:
        point = Point(lon, lat)
        # a place just outside the outline (on the border) takes the nearer side
        north = self.jazira.distance(point) < self.shamiya.distance(point)
        return Where(north=north, border=self.outline.distance(point))


def build(folder: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(the regions rows, the 2016-2024 rows with the answered days cut out)."""
    localities = read_control_files(folder).localities
    geo = Geography(folder)
    batch = _read(folder / BATCH)
    previous = _read(folder / OUT)
    fill = [row for row in _read(folder / FILL) if row["controller"] == "unknown"]
    blocks = {rule.block for rule in RULES}

    def block_of(row: dict[str, str]) -> str | None:
        if row["note"][:1] != "[" and row["locality"] in NAMED | NAMED_HAMA | NAMED_SOUTH:
            return NAMED_BLOCK  # a town stored one by one, without a group tag
        tag = row["note"][1:].split("]")[0].split(" > ")[0] if row["note"][:1] == "[" else ""
        return tag if tag in blocks else None

    # the gap per (locality, block): its unknown rows now plus the days answered before
    gaps: dict[tuple[str, str], list[tuple[date, date]]] = {}
    template: dict[tuple[str, str], dict[str, str]] = {}
    originals: dict[tuple[str, str], list[dict[str, str]]] = {}
    for in_batch, rows in ((True, batch), (False, previous), (False, fill)):
        for row in rows:
            block = block_of(row)
            if block is None or (in_batch and row["controller"] != "unknown"):
                continue
            key = (row["locality"], block)
            gaps.setdefault(key, []).append((date.fromisoformat(row["from"]),
                                             date.fromisoformat(row["to"])))  # fmt: skip
            if in_batch:
                template.setdefault(key, row)
                originals.setdefault(key, []).append(row)

    regions: list[dict[str, str]] = []
    left: dict[tuple[str, str], list[tuple[date, date]]] = {}
    by_hand = hand_answered(batch)
    for (ident, block), spans in sorted(gaps.items()):
        place = localities[ident]
        where = geo.where(place.lat, place.lon)
        # every rule matching the place, in order: a later one answers only the days the
        # earlier ones leave (so a rule of another batch can add spans to a shared area)
        rules: list[RegionRule] = [r for r in RULES
                                   if r.block == block and r.matches(place, where)]  # fmt: skip
        merged = still_open(spans, by_hand.get(ident, []))
        answered: list[tuple[date, date]] = []
        for gap in merged:
            for rule in rules:
                for span in rule.spans:
                    window = (max(gap[0], span.start), min(gap[1], span.end))
                    for start, end in days_outside(window, answered):  # an empty window has none
                        answered.append((start, end))
                        regions.append({
                            "locality": ident, "controller": span.controller,
                            "from": start.isoformat(), "to": end.isoformat(),
                            "status": span.status, "with": ";".join(span.with_parties),
                            "sources": ";".join(span.sources),
                            "note": f"[{block} > {rule.id}] {span.note}",
                        })  # fmt: skip
        left[(ident, block)] = [p for gap in merged for p in days_outside(gap, answered)]
        # a fill block's left-over days are written back by the fill tool, not restored here
        if left[(ident, block)] and (ident, block) not in template and block[:5] != "fill_":
            raise SystemExit(f"{ident}: a gap the rules no longer answer has no {BATCH} row to "
                             "restore; restore it from git")  # fmt: skip

    # a left-over span keeps the note (and the file position) of the unknown row it comes from:
    # a block may store two gaps with different notes, e.g. before 2018 and in Peace Spring
    kept: dict[int, list[dict[str, str]]] = {}
    for key, spans in left.items():
        for start, end in spans if key in template else ():
            source = next((r for r in originals[key]
                           if r["from"] <= end.isoformat() and r["to"] >= start.isoformat()),
                          template[key])  # fmt: skip
            kept.setdefault(id(source), []).append(
                {**source, "from": start.isoformat(), "to": end.isoformat()}
            )
    out: list[dict[str, str]] = []
    for row in batch:
        if block_of(row) is None or row["controller"] != "unknown":
            out.append(row)
        else:
            out.extend(kept.get(id(row), []))
    return regions, out


def overlapping(files: ControlFiles) -> list[str]:
    """The researched records of one locality whose periods overlap, as ``validate`` finds
    them (``ControlHistory.overlaps``): e.g. a generated gap row written over days a hand row
    of the batch already answers."""
    history = ControlHistory(files.localities, files.records, files.coverage)
    return [
        f"{a.file} ({a.start} - {a.end or '...'}) overlaps {b.file} ({b.start} - {b.end or '...'})"
        for a, b in history.overlaps()
    ]


def _report_overlaps(folder: Path) -> int:
    found = overlapping(read_control_files(folder))
    for line in found[:10]:
        print(f"overlap: {line}")
    if len(found) > 10:
        print(f"overlap: ... and {len(found) - 10} more")
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.regions_2016_2018", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if the files are stale")
    args = parser.parse_args(argv)
    folder = data_dir()
    regions, batch = build(folder)
    texts = {folder / OUT: render(regions), folder / BATCH: render(batch)}
    if args.check:
        stale = [p.name for p, t in texts.items() if not p.is_file() or p.read_text("utf-8") != t]
        print("up to date" if not stale else f"stale: {', '.join(stale)}: rerun without --check")
        return max(1 if stale else 0, _report_overlaps(folder))
    for path, text in texts.items():
        path.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(regions)} rows, {len({r['locality'] for r in regions})} places")
    return _report_overlaps(folder)


assert COLUMNS  # the regions file has the record columns of every batch file

if __name__ == "__main__":
    sys.exit(main())
