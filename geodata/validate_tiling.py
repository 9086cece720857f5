"""Zone tiling check of validation: on every day the zones change, current zones must not
overlap (unless contested) and must cover Syria's outline, beyond slivers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from shapely import STRtree, make_valid, unary_union
from shapely.geometry import MultiPolygon, Polygon, shape

from geodata import io
from geodata.model import Zone
from geodata.validate_read import Report

SLIVER_KM2 = 1.0


def _km2(geometry) -> float:
    from pyproj import Geod  # only validation pays for pyproj

    if geometry.is_empty:
        return 0.0
    area, _ = Geod(ellps="WGS84").geometry_area_perimeter(geometry)
    return abs(area) / 1e6


def _where(geometry) -> str:
    point = geometry.representative_point()
    return f"near lat {point.y:.3f}, lon {point.x:.3f}"


def syria_outline(data_dir: Path):
    """Syria's outline from base/countries.geojson, or None when the layer is absent."""
    path = data_dir / io.COUNTRIES_FILE
    if not path.is_file():
        return None
    for feature in io.read_geojson_features(path):
        props = {k.lower(): v for k, v in (feature.get("properties") or {}).items()}
        values = {str(v).strip().lower() for v in props.values() if isinstance(v, str)}
        if values & {"syria", "syr", "syrian arab republic"}:
            return make_valid(shape(feature["geometry"]))
    return None


def snapshot_starts(zones: Iterable[Zone]) -> list[date]:
    """Every day on which the set of valid zones changes."""
    days = {z.valid_from for z in zones} | {
        z.valid_to + timedelta(days=1) for z in zones if z.valid_to is not None
    }
    return sorted(days)


def check_tiling(report: Report, zones: list[Zone], outline) -> None:
    file = io.ZONES_FILE
    usable = [
        z for z in zones if z.geometry.is_valid and isinstance(z.geometry, Polygon | MultiPolygon)
    ]
    reported_pairs: set[tuple[str, str]] = set()
    for day in snapshot_starts(usable):
        current = [z for z in usable if z.valid_on(day)]
        if not current:
            continue
        tree = STRtree([z.geometry for z in current])
        for i, zone in enumerate(current):
            for j in tree.query(zone.geometry, predicate="intersects"):
                other = current[j]
                if j <= i or zone.contested or other.contested:
                    continue
                pair = (zone.id, other.id)
                if pair in reported_pairs:
                    continue
                overlap = zone.geometry.intersection(other.geometry)
                km2 = _km2(overlap)
                if km2 > SLIVER_KM2:
                    reported_pairs.add(pair)
                    report.add(
                        file,
                        zone.id,
                        f"overlaps {other.id} by {km2:.1f} km² on {day} ({_where(overlap)}); "
                        "mark one contested or fix the boundary",
                    )
        if outline is None:
            continue
        covered = unary_union([z.geometry for z in current])
        gap = outline.difference(covered)
        gap_km2 = _km2(gap)
        if gap_km2 > SLIVER_KM2:
            report.add(
                file,
                f"snapshot {day}",
                f"zones leave {gap_km2:.1f} km² of Syria uncovered ({_where(gap)})",
            )
