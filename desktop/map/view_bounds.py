"""Where the map view may go and what it focuses on: a fitted view kept over the mapped region,
pans and zooms kept inside the base map's cover, and the box around a selection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.render.transform import MapTransform
from geodata.extent import ATLAS_BOUNDS, CONTEXT_BOUNDS

if TYPE_CHECKING:
    from geodata.atlas import Atlas
    from geodata.model import ViewState

REGION = ATLAS_BOUNDS  # the atlas's area of interest


def inside_region(transform: MapTransform) -> MapTransform:
    """Slide a fitted view so it shows as little as possible beyond the mapped region (the base
    map stops there): centred on the region where the view is larger, else kept inside it."""
    from dataclasses import replace

    from geodata.projection import mercator_bounds

    min_x, min_y, max_x, max_y = mercator_bounds(REGION)
    half_w = transform.width / 2 / transform.pixels_per_metre
    half_h = transform.height / 2 / transform.pixels_per_metre

    def clamp(centre: float, low: float, high: float, half: float) -> float:
        if 2 * half >= high - low:
            return (low + high) / 2
        return min(max(centre, low + half), high - half)

    return replace(
        transform,
        center_x=clamp(transform.center_x, min_x, max_x, half_w),
        center_y=clamp(transform.center_y, min_y, max_y, half_h),
    )


def within_context(transform: MapTransform) -> MapTransform:
    """Keep a panned or zoomed view inside what the base map covers (CONTEXT_BOUNDS), so no
    frame the user can reach shows a blank mat: zooming out stops when the view is as large
    as the covered box, and panning stops at its edges (exports keep the same rule)."""
    return transform.within(CONTEXT_BOUNDS)


def box_around(lon: float, lat: float, half: float) -> tuple[float, float, float, float]:
    return (lon - half, lat - half * 0.8, lon + half, lat + half * 0.8)


def at_least(
    bounds: tuple[float, float, float, float], span: float
) -> tuple[float, float, float, float]:
    """Grow a lon/lat box around its centre to at least ``span`` degrees each way."""
    min_lon, min_lat, max_lon, max_lat = bounds
    cx, cy = (min_lon + max_lon) / 2, (min_lat + max_lat) / 2
    half_w = max(max_lon - min_lon, span) / 2
    half_h = max(max_lat - min_lat, span * 0.7) / 2
    return (cx - half_w, cy - half_h, cx + half_w, cy + half_h)


def selection_bounds(
    atlas: Atlas | None, view: ViewState
) -> tuple[float, float, float, float] | None:
    """Lon/lat box around the selection, limited to the atlas region (Moscow is off the map)."""
    from shapely.geometry import Point, box
    from shapely.ops import unary_union

    if atlas is None:
        return None
    shapes = []
    if view.selected_zone:
        zone = atlas.zone(view.selected_zone)
        if zone is not None:
            shapes.append(zone.geometry)
    elif view.selected_event:
        event = atlas.event(view.selected_event)
        if event is not None:
            if event.lat is not None and event.lon is not None:
                shapes.append(Point(event.lon, event.lat).buffer(0.15))
            shapes += [z.geometry for z in atlas.zones_concerned(event, view.as_of)]
            shapes += [
                f.geometry for f in atlas.features_at(view.as_of) if f.id in event.feature_ids
            ]
    region = box(*REGION)
    shapes = [s.intersection(region) for s in shapes]
    shapes = [s for s in shapes if not s.is_empty]
    if not shapes:
        return None
    return tuple(unary_union(shapes).bounds)
