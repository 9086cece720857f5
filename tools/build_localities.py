"""Build geodata/data/control/localities.csv (the locality gazetteer) and the cross-check
file of the Wikipedia control map's marks.

    python tools/build_localities.py --cache CACHE_DIR [--out-dir geodata/data/control]

CACHE_DIR holds the fetched sources (see tools/README.md). Nothing is written unless the
whole build succeeds.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections import Counter, defaultdict
from pathlib import Path

from gazetteer.admin import AdminIndex
from gazetteer.marks import meaning
from gazetteer.merge import Gazetteer, Locality, from_candidate, wiki_candidates
from gazetteer.names import slug
from gazetteer.sources import (
    SourceError,
    read_curated_places,
    read_geonames,
    read_subdistricts,
    read_transport,
    read_wiki_marks,
)

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "geodata" / "data"
COLUMNS = [
    "id",
    "name",
    "name_ar",
    "name_tr",
    "name_ku",
    "alt_names",
    "kind",
    "lat",
    "lon",
    "coord_source",
    "approximate",
    "admin1",
    "admin2",
    "note",
]
CROSSCHECK_COLUMNS = ["locality", "mark", "controller_meaning", "parties", "status"]


def settlement_kind(loc: Locality) -> str:
    """city / town / village from the GeoNames population where there is one."""
    if loc.kind not in ("village", "town", "city", ""):
        return loc.kind
    if loc.population >= 100_000:
        return "city"
    if loc.population >= 10_000 or (loc.geonameid and loc.population == 0):
        return "town"  # cities500 lists admin seats without a population figure
    return loc.kind or "village"


def build(cache: Path) -> tuple[list[Locality], dict[str, int]]:
    gaz = Gazetteer()
    stats: Counter[str] = Counter()
    for c in read_curated_places(DATA / "places.csv"):
        gaz.add(from_candidate(c))
        stats["places.csv"] += 1
    for cand, code in wiki_candidates(read_wiki_marks(cache)):
        same = gaz.find_same([cand.name, *cand.alt_names], cand.kind, cand.lat, cand.lon, 2.0)
        if same is None:
            same = gaz.add(from_candidate(cand))
            stats["wikipedia: new"] += 1
        else:
            same.add_alt(cand.name, *cand.alt_names)
            stats["wikipedia: merged"] += 1
        same.marks.append(code)
    for cand in read_transport(cache):
        same = gaz.find_same([cand.name, *cand.alt_names], cand.kind, cand.lat, cand.lon, 3.0)
        if same is None:
            near = [loc for d, loc in gaz.near(cand.lat, cand.lon, 2.0) if loc.kind == cand.kind]
            same = near[0] if near else None
        if same is None:
            gaz.add(from_candidate(cand))
            stats["open-syria transport: new"] += 1
        else:
            same.add_alt(cand.name, *cand.alt_names)
            same.name_ar = same.name_ar or cand.name_ar
            stats["open-syria transport: merged"] += 1
    for cand in read_geonames():
        same = gaz.find_same([cand.name, *cand.alt_names], "town", cand.lat, cand.lon, 3.0)
        if same is None:
            gaz.add(from_candidate(cand))
            stats["geonames: new"] += 1
            continue
        stats["geonames: merged"] += 1
        same.add_alt(cand.name)
        same.name_ar = same.name_ar or cand.name_ar
        same.geonameid, same.population = cand.geonameid, cand.population
        if (
            same.coord_source == "places.csv"
            and abs(same.lat - cand.lat) + abs(same.lon - cand.lon) < 2e-4
        ):
            same.coord_source = cand.coord_source  # the curated point is this GeoNames record
    return gaz.localities, dict(stats)


def place_in_syria(localities: list[Locality], admin: AdminIndex) -> list[Locality]:
    kept = [loc for loc in localities if admin.in_syria(loc.lat, loc.lon)]
    govs = admin.governorates([loc.lat for loc in kept], [loc.lon for loc in kept])
    for loc, gov in zip(kept, govs, strict=True):
        loc.admin1 = gov
        loc.admin2 = admin.district(gov, loc.lat, loc.lon)
        loc.kind = settlement_kind(loc)
    return kept


def assign_ids(localities: list[Locality]) -> None:
    """Curated ids stay; others are the name's slug, and names used more than once take
    their district's slug (then governorate's, then a number)."""
    taken = {loc.id for loc in localities if loc.id}
    groups: dict[str, list[Locality]] = defaultdict(list)
    for loc in localities:
        if not loc.id:
            groups[slug(loc.name)].append(loc)
    for base, members in sorted(groups.items()):
        if len(members) == 1 and base not in taken:
            members[0].id = base
            taken.add(base)
            continue
        for loc in sorted(members, key=lambda m: (m.lat, m.lon)):
            for candidate in (f"{base}_{slug(loc.admin2)}", f"{base}_{slug(loc.admin1)}"):
                if candidate not in taken:
                    loc.id = candidate
                    break
            else:
                n = 2
                while f"{base}_{slug(loc.admin2)}_{n}" in taken:
                    n += 1
                loc.id = f"{base}_{slug(loc.admin2)}_{n}"
            taken.add(loc.id)


def _note(loc: Locality) -> str:
    parts = [loc.note] if loc.note else []
    if loc.geonameid and not loc.coord_source.startswith("geonames:"):
        parts.append(f"geonames:{loc.geonameid}")
    return "; ".join(parts)


def render(localities: list[Locality]) -> tuple[str, str]:
    rows = io.StringIO()
    w = csv.writer(rows, lineterminator="\n")
    w.writerow(COLUMNS)
    checks = io.StringIO()
    cw = csv.writer(checks, lineterminator="\n")
    cw.writerow(CROSSCHECK_COLUMNS)
    for loc in sorted(localities, key=lambda m: m.id):
        alts = "; ".join(a for a in loc.alt_names if ";" not in a)
        w.writerow(
            [loc.id, loc.name, loc.name_ar, "", "", alts, loc.kind, f"{loc.lat:.5f}",
             f"{loc.lon:.5f}", loc.coord_source, "1" if loc.approximate else "0",
             loc.admin1, loc.admin2, _note(loc)]
        )  # fmt: skip
        for code in loc.marks:
            m = meaning(code)
            if m is not None:
                cw.writerow([loc.id, code, m.text, m.parties, m.status])
    return rows.getvalue(), checks.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, required=True, help="folder with the fetched sources")
    ap.add_argument("--out-dir", type=Path, default=DATA / "control")
    args = ap.parse_args(argv)
    try:
        localities, stats = build(args.cache)
        admin = AdminIndex(DATA / "base", read_subdistricts(args.cache))
    except (SourceError, OSError, ValueError, KeyError) as exc:
        print(f"build_localities: {exc}", file=sys.stderr)
        return 1
    kept = place_in_syria(localities, admin)
    assign_ids(kept)
    table, checks = render(kept)
    out = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    for name, text in (("localities.csv", table), ("crosscheck-wikipedia-marks.csv", checks)):
        tmp = out / f".{name}.tmp"
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(out / name)
    for key, n in sorted(stats.items()):
        print(f"{key}: {n}")
    print(f"outside Syria (dropped): {len(localities) - len(kept)}")
    print(f"localities: {len(kept)}")
    for kind, n in Counter(loc.kind for loc in kept).most_common():
        print(f"  {kind}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
