"""Choosing which merged localities go into the gazetteer.

The Wikipedia control map marks about 5,700 places, many of them front-line positions
(checkpoints, battalion posts) and clusters of hamlets a few hundred metres apart. The
gazetteer keeps every town, city, neighbourhood and named installation, but

* drops military positions (kind ``base``) except named formations and institutions
  (divisions, brigades, regiments, academies, colleges, prisons, military complexes);
* thins villages: a village is left out when an already kept locality lies within
  ``focus_km`` of it in the northern governorates the atlas covers in detail, or within
  ``other_km`` elsewhere. Anchored places (curated, GeoNames-matched, Open-Syria) are
  placed first, so the village that goes is the unanchored one.
"""

from __future__ import annotations

import re
from collections import Counter

from tools.gazetteer.merge import Gazetteer, Locality

FOCUS_GOVERNORATES = {
    "Aleppo",
    "Al-Hasakah",
    "Deir ez-Zor",
    "Hama",
    "Idlib",
    "Latakia",
    "Raqqa",
}
_NOTABLE_BASE = re.compile(
    r"\b(division|brigade|regiment|academy|college|prison|military complex)\b", re.IGNORECASE
)


def _anchored(loc: Locality) -> bool:
    return (
        loc.kind != "village"
        or loc.coord_source != "wikipedia-control-map"
        or bool(loc.id)  # curated
        or bool(loc.geonameid)
    )


def select(
    localities: list[Locality], focus_km: float, other_km: float
) -> tuple[list[Locality], Counter[str]]:
    """The localities to publish (in their original order) and counts of what was left out."""
    dropped: Counter[str] = Counter()
    candidates = []
    for loc in localities:
        if loc.kind == "base" and not _NOTABLE_BASE.search(loc.name):
            dropped["military position (base)"] += 1
            continue
        candidates.append(loc)
    order = sorted(range(len(candidates)), key=lambda i: not _anchored(candidates[i]))
    index = Gazetteer()
    keep = set()
    for i in order:
        loc = candidates[i]
        if not _anchored(loc):
            km = focus_km if loc.admin1 in FOCUS_GOVERNORATES else other_km
            if km > 0 and index.near(loc.lat, loc.lon, km):
                dropped["village near a kept locality"] += 1
                continue
        index.add(loc)
        keep.add(i)
    return [loc for i, loc in enumerate(candidates) if i in keep], dropped
