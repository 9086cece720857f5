"""Merging candidates from several sources into one list of localities.

A candidate joins an existing locality when one of its names has the same match key as one of
the locality's names and the two points are close (2 km; 3 km for GeoNames, whose points are
town centres). Installations and settlements never merge with each other.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from tools.gazetteer.names import display_name, match_key, split_variants
from tools.gazetteer.sources import Candidate, WikiMark

SETTLEMENT_KINDS = {"city", "town", "village", "neighbourhood"}
_CELL = 0.05  # degrees; grid cell for neighbour look-ups (~5 km)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@dataclass
class Locality:
    name: str
    lat: float
    lon: float
    kind: str
    coord_source: str
    id: str = ""
    name_ar: str = ""
    name_ku: str = ""
    alt_names: list[str] = field(default_factory=list)
    approximate: bool = False
    note: str = ""
    marks: list[str] = field(default_factory=list)
    geonameid: int = 0
    population: int = 0
    admin1: str = ""
    admin2: str = ""

    def keys(self) -> set[str]:
        return {match_key(n) for n in [self.name, *self.alt_names] if n}

    def add_alt(self, *names: str) -> None:
        for n in names:
            n = n.strip()
            if n and n != self.name and n not in self.alt_names:
                self.alt_names.append(n)


def _kind_group(kind: str) -> str:
    return "settlement" if kind in SETTLEMENT_KINDS or not kind else kind


def same_group(kind_a: str, kind_b: str) -> bool:
    """Both settlements (city/town/village/neighbourhood) or both the same installation kind."""
    return _kind_group(kind_a) == _kind_group(kind_b)


class Gazetteer:
    """Localities with a grid index for 'same name nearby' look-ups."""

    def __init__(self) -> None:
        self.localities: list[Locality] = []
        self._grid: dict[tuple[int, int], list[Locality]] = defaultdict(list)

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return int(math.floor(lat / _CELL)), int(math.floor(lon / _CELL))

    def near(self, lat: float, lon: float, km: float) -> list[tuple[float, Locality]]:
        ci, cj = self._cell(lat, lon)
        found = []
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for loc in self._grid.get((ci + di, cj + dj), []):
                    d = km_between(lat, lon, loc.lat, loc.lon)
                    if d <= km:
                        found.append((d, loc))
        return sorted(found, key=lambda t: t[0])

    def add(self, loc: Locality) -> Locality:
        self.localities.append(loc)
        self._grid[self._cell(loc.lat, loc.lon)].append(loc)
        return loc

    def find_same(self, names: list[str], kind: str, lat: float, lon: float, km: float):
        keys = {match_key(n) for n in names if n}
        keys.discard("")
        group = _kind_group(kind)
        for _, loc in self.near(lat, lon, km):
            if _kind_group(loc.kind) == group and loc.keys() & keys:
                return loc
        return None


def from_candidate(c: Candidate) -> Locality:
    loc = Locality(
        name=c.name,
        lat=c.lat,
        lon=c.lon,
        kind=c.kind,
        coord_source=c.coord_source,
        id=c.id,
        name_ar=c.name_ar,
        name_ku=c.name_ku,
        approximate=c.note == "approximate",
        geonameid=c.geonameid,
        population=c.population,
    )
    loc.add_alt(*c.alt_names)
    return loc


# --- Wikipedia marks -> candidates ---------------------------------------------------------

_SKIP_SYMBOLS = {"hill", "rural3", "rural4"}


def _is_dam(label: str) -> bool:
    """ "Tishrin Dam", "Arak Dam" — not "Jubb ad Dam" (ad-Dam, a village name)."""
    words = label.lower().replace("-", " ").split()
    return len(words) >= 2 and words[-1] == "dam" and words[-2] not in _ARTICLE_WORDS


# city quarters: Raqqa's "al-Mahdi district", Hasakah's "Security Box"
_NEIGHBOURHOOD = re.compile(
    r"(\bdistrict$|\bsecurity (box|square|quarter)\b|\bneighbou?rhood\b)", re.IGNORECASE
)
_ARTICLE_WORDS = {"ad", "al", "ed", "el", "ed-", "ad-"}
_CROSSING_WORDS = ("crossing", "border gate")


def wiki_kind(code: str, label: str) -> str | None:
    """Locality kind for a labelled mark; None for marks that are not places (hills)."""
    low = label.lower()
    parts = code.split("_")
    symbol = parts[-1] if len(parts) > 1 and parts[0] != "stable" else ""
    if symbol in _SKIP_SYMBOLS:
        return None
    if code == "pass" or any(w in low for w in _CROSSING_WORDS):
        return "border_crossing"
    if symbol in ("air", "heli") or "airport" in low or "airbase" in low or "air base" in low:
        return "airport" if "airport" in low else "airbase"
    if code == "dam" or _is_dam(label):
        return "dam"
    if symbol == "oil":
        return "oilfield" if "field" in low else "installation"
    if symbol in ("industry", "naval"):
        return "installation"
    if symbol == "base":
        return "base"
    if _NEIGHBOURHOOD.search(label):
        return "neighbourhood"
    return "village"


def wiki_candidates(marks: list[WikiMark]) -> list[tuple[Candidate, str]]:
    """One candidate per labelled mark, with its mark code. A labelled border-post icon is
    the crossing; a town dot with the same label at the same point is that crossing's control
    mark, not a second place. Unlabelled icons (border post, dam) are not places."""
    crossings = {
        (round(m.lat, 3), round(m.lon, 3), m.label) for m in marks if m.code == "pass" and m.label
    }
    out = []
    for m in marks:
        if not m.label:
            continue
        key = (round(m.lat, 3), round(m.lon, 3), m.label)
        code = m.code
        if code != "pass" and key in crossings:
            kind = "border_crossing"  # the control mark of a labelled crossing
        else:
            kind = wiki_kind(code, m.label)
        if kind is None or (code.startswith("file:") and kind in SETTLEMENT_KINDS):
            continue  # unkeyed images (city minimaps, label pins) are not places
        main, alts = split_variants(m.label)
        name = display_name(main)
        alt_names = [display_name(a) for a in alts]
        if name != main:
            alt_names.append(main)
        cand = Candidate(name, m.lat, m.lon, kind, "wikipedia-control-map", alt_names)
        out.append((cand, code))
    return out
