"""Build geodata/data/control/localities.csv (the locality gazetteer) and the cross-check
file of the Wikipedia control map's marks.

    python -m tools.build_localities --cache CACHE_DIR [--out-dir geodata/data/control]

CACHE_DIR holds the fetched sources (see tools/README.md). Nothing is written unless the
whole build succeeds.
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from tools.gazetteer.admin import AdminIndex
from tools.gazetteer.marks import meaning
from tools.gazetteer.merge import (
    SETTLEMENT_KINDS,
    Gazetteer,
    Locality,
    from_candidate,
    same_group,
    wiki_candidates,
)
from tools.gazetteer.names import display_name, match_key, slug
from tools.gazetteer.select import select
from tools.gazetteer.sources import (
    SourceError,
    SubDistrict,
    read_articles,
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
RETIRED_COLUMNS = ["id", "name", "kind", "lat", "lon", "nearest_kept", "km"]
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
        km = 3.0 if cand.kind == "border_crossing" else 2.0  # posts sit off the town point
        same = gaz.find_same([cand.name, *cand.alt_names], cand.kind, cand.lat, cand.lon, km)
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
    for cand in read_articles():
        gaz.add(from_candidate(cand))
        stats["wikipedia articles"] += 1
    for cand in read_geonames():
        same = gaz.find_same([cand.name, *cand.alt_names], "town", cand.lat, cand.lon, 3.0)
        if same is None:
            gaz.add(from_candidate(cand))
            stats["geonames: new"] += 1
            continue
        stats["geonames: merged"] += 1
        same.add_alt(cand.name)
        if cand.alt_names and display_name(cand.alt_names[0]) == cand.name:
            same.add_alt(cand.alt_names[0])  # GeoNames' own spelling, with diacritics
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


def name_subdistrict_seats(localities: list[Locality], subs: list[SubDistrict]) -> int:
    """A sub-district is named after its seat: a town or village of the same name near the
    sub-district's centroid (15 km) takes the sub-district's Arabic name if it has none and
    its district as `admin2`, and its P-code goes to `note`. "Markaz …" (the district seat's
    own sub-district, "… centre") names no town and is skipped."""
    gaz = Gazetteer()
    for loc in localities:
        if loc.kind in ("city", "town", "village"):
            gaz.add(loc)
    named = 0
    for sub in subs:
        if not sub.name_ar or sub.name_ar.startswith("مركز") or "markaz" in sub.names_en[0].lower():
            continue
        keys = {match_key(n) for n in sub.names_en} - {""}
        seats = [
            loc
            for _, loc in gaz.near(sub.lat, sub.lon, 15.0)
            if loc.admin1 == sub.governorate and loc.keys() & keys
        ]
        if not seats:
            continue
        seat = seats[0]  # nearest
        seat.admin2 = sub.district  # the seat is in its own sub-district's district
        if not seat.name_ar:
            seat.name_ar = sub.name_ar
            named += 1
        if sub.pcode:
            seat.note = "; ".join(
                p for p in (seat.note, f"open-syria:{sub.pcode} (sub-district seat)") if p
            )
    return named


def read_previous(path: Path) -> list[Locality]:
    """The localities of an earlier build (the committed file), for keeping their ids."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        loc = Locality(
            row["name"], float(row["lat"]), float(row["lon"]), row["kind"], "", id=row["id"]
        )
        loc.add_alt(*(a.strip() for a in row["alt_names"].split(";")))
        out.append(loc)
    return out


def reuse_ids(localities: list[Locality], previous: list[Locality]) -> int:
    """A place keeps the id it had in the previous build: the nearest earlier locality of the
    same kind group within 3 km that shares a folded name (its name or an alternate); 3 km as
    for GeoNames matches, since a place's point may come from another source than before."""
    index = Gazetteer()
    for p in previous:
        index.add(p)
    used = {loc.id for loc in localities if loc.id}
    kept = 0
    for loc in localities:
        if loc.id:
            continue
        keys = loc.keys()
        for _, p in index.near(loc.lat, loc.lon, 3.0):
            if p.id not in used and same_group(p.kind, loc.kind) and p.keys() & keys:
                loc.id = p.id
                used.add(p.id)
                kept += 1
                break
    return kept


def assign_ids(localities: list[Locality], reserved: set[str] = frozenset()) -> None:
    """Curated and reused ids stay; others are the name's slug, and names used more than once
    take their district's slug (then governorate's, then a number). `reserved` ids (those of
    places an earlier build had and this one has not) are never given to another place."""
    taken = {loc.id for loc in localities if loc.id} | set(reserved)
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


def read_retired(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def retire(previous: list[Locality], kept: list[Locality], earlier: list[dict[str, str]]) -> str:
    """localities-retired.csv: every id an earlier build published that this one does not
    (left out by the selection rules, or gone from the sources), with the nearest kept
    locality (the nearest settlement for a settlement), so records written against an old id
    can be moved. The list only grows."""
    kept_ids = {loc.id for loc in kept}
    lat = np.radians([loc.lat for loc in kept])
    lon = np.radians([loc.lon for loc in kept])
    settlement = np.array([loc.kind in SETTLEMENT_KINDS for loc in kept])
    rows = {r["id"]: r for r in earlier if r["id"] not in kept_ids}
    for p in previous:
        if p.id in kept_ids or p.id in rows:
            continue
        plat, plon = math.radians(p.lat), math.radians(p.lon)
        a = (
            np.sin((lat - plat) / 2) ** 2
            + math.cos(plat) * np.cos(lat) * np.sin((lon - plon) / 2) ** 2
        )
        dist = 2 * 6371.0 * np.arcsin(np.sqrt(a))
        if p.kind in SETTLEMENT_KINDS:  # a village's records go to a settlement
            dist = np.where(settlement, dist, np.inf)
        i = int(np.argmin(dist))
        rows[p.id] = {
            "id": p.id, "name": p.name, "kind": p.kind, "lat": f"{p.lat:.5f}",
            "lon": f"{p.lon:.5f}", "nearest_kept": kept[i].id, "km": f"{dist[i]:.2f}",
        }  # fmt: skip
    out = io.StringIO()
    w = csv.DictWriter(out, RETIRED_COLUMNS, lineterminator="\n")
    w.writeheader()
    for key in sorted(rows):
        w.writerow(rows[key])
    return out.getvalue()


_LANG_TAG = re.compile(r"^(?P<name>[^()]+?) \((?P<lang>Kurdish|Turkish)\)$")


def tagged_names(loc: Locality) -> tuple[str, str]:
    """(Turkish, Kurdish) names that a source labels as such among the alternates
    (places.csv writes "Efrîn (Kurdish)", "Halep (Turkish)"; of "Serê Kaniyê / Serêkaniyê
    (Kurdish)" the first spelling, as geodata.names.place_name_in reads it); never guessed."""
    found = {"Turkish": "", "Kurdish": ""}
    for alt in loc.alt_names:
        m = _LANG_TAG.match(alt.strip())
        if m and not found[m["lang"]]:
            found[m["lang"]] = m["name"].split(" / ")[0].strip()
    return found["Turkish"], found["Kurdish"]


#: Turkish and Kurdish names with the publication each was read in, one per row
#: (geodata/data/control/README.md): they fill a locality's name_tr / name_ku.
SOURCED_NAMES = DATA / "control" / "names-tr-ku.csv"


def sourced_names(path: Path = SOURCED_NAMES) -> dict[tuple[str, str], str]:
    """{(locality id, "tr" | "ku"): name} from the sourced names file (none if absent)."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {(row["id"], row["lang"]): row["name"] for row in csv.DictReader(f)}


def _note(loc: Locality) -> str:
    parts = [loc.note] if loc.note else []
    if loc.geonameid and not loc.coord_source.startswith("geonames:"):
        parts.append(f"geonames:{loc.geonameid}")
    return "; ".join(parts)


def render(
    localities: list[Locality], names: dict[tuple[str, str], str] | None = None
) -> tuple[str, str]:
    rows = io.StringIO()
    w = csv.writer(rows, lineterminator="\n")
    w.writerow(COLUMNS)
    checks = io.StringIO()
    cw = csv.writer(checks, lineterminator="\n")
    cw.writerow(CROSSCHECK_COLUMNS)
    for loc in sorted(localities, key=lambda m: m.id):
        alts = "; ".join(a for a in loc.alt_names if ";" not in a)
        name_tr, name_ku = tagged_names(loc)
        name_ku = loc.name_ku or name_ku
        sourced = names or {}
        name_tr = sourced.get((loc.id, "tr"), name_tr)
        name_ku = sourced.get((loc.id, "ku"), name_ku)
        w.writerow(
            [loc.id, loc.name, loc.name_ar, name_tr, name_ku, alts, loc.kind, f"{loc.lat:.5f}",
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
    ap.add_argument(
        "--focus-km",
        type=float,
        default=1.5,
        help="leave out a village this close to a kept locality in the northern governorates"
        " (0 keeps all; default 1.5)",
    )
    ap.add_argument(
        "--other-km",
        type=float,
        default=5.0,
        help="the same spacing elsewhere in Syria (default 5)",
    )
    ap.add_argument(
        "--previous",
        type=Path,
        help="an earlier localities.csv whose ids places keep (default: the one in --out-dir)",
    )
    args = ap.parse_args(argv)
    try:
        localities, stats = build(args.cache)
        subdistricts = read_subdistricts(args.cache)
        admin = AdminIndex(DATA / "base", subdistricts)
    except (SourceError, OSError, ValueError, KeyError) as exc:
        print(f"build_localities: {exc}", file=sys.stderr)
        return 1
    placed = place_in_syria(localities, admin)
    kept, left_out = select(placed, args.focus_km, args.other_km)
    stats["open-syria sub-district: Arabic name for its seat"] = name_subdistrict_seats(
        kept, subdistricts
    )
    out = args.out_dir
    previous = read_previous(args.previous or out / "localities.csv")
    earlier_retired = read_retired(out / "localities-retired.csv")
    stats["ids kept from the previous build"] = reuse_ids(kept, previous)
    assign_ids(kept, reserved={p.id for p in previous} | {r["id"] for r in earlier_retired})
    table, checks = render(kept, sourced_names(out / "names-tr-ku.csv"))
    retired = retire(previous, kept, earlier_retired)
    out.mkdir(parents=True, exist_ok=True)
    for name, text in (
        ("localities.csv", table),
        ("crosscheck-wikipedia-marks.csv", checks),
        ("localities-retired.csv", retired),
    ):
        tmp = out / f".{name}.tmp"
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(out / name)
    for key, n in sorted(stats.items()):
        print(f"{key}: {n}")
    print(f"outside Syria (dropped): {len(localities) - len(placed)}")
    for reason, n in sorted(left_out.items()):
        print(f"left out, {reason}: {n}")
    print(f"localities: {len(kept)}")
    for kind, n in Counter(loc.kind for loc in kept).most_common():
        print(f"  {kind}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
