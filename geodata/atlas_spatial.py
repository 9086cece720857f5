"""The atlas's spatial queries: the zones covering a point on a day, the zone holding it (with
the border snap for towns just outside the generalised outline), and a distance helper."""

from __future__ import annotations

import math
from datetime import date
from functools import cached_property

from shapely import STRtree
from shapely.geometry import Point
from shapely.ops import nearest_points

from geodata.model import DEFAULT_AS_OF, Zone

#: Points this close outside every zone still get the nearest zone (the outline's own accuracy).
BORDER_SNAP_KM = 1.0
KM_PER_DEGREE = 111.32


def distance_km(geometry, point: Point) -> float:
    """Approximate ground distance from a point to a geometry (equirectangular, fine at ~1 km)."""
    if geometry.intersects(point):
        return 0.0
    on_geometry = nearest_points(geometry, point)[0]
    dx = (on_geometry.x - point.x) * math.cos(math.radians(point.y))
    dy = on_geometry.y - point.y
    return math.hypot(dx, dy) * KM_PER_DEGREE


class SpatialQueries:
    """Mixin of Atlas: point and area queries over its zones (it provides ``zones``,
    ``zones_at`` and ``derived_zones_at``)."""

    @cached_property
    def _zone_index(self) -> STRtree:
        return STRtree([z.geometry for z in self.zones])

    def zones_containing(self, lon: float, lat: float, day: date | None = None) -> list[Zone]:
        """Zones covering a point (borders included), valid on ``day`` if one is given."""
        derived = self.derived_zones_at(day) if day is not None else None
        if derived is not None:
            point = Point(lon, lat)
            return [z for z in self.zones_at(day) if z.geometry.intersects(point)]
        hits = self._zone_index.query(Point(lon, lat), predicate="intersects")
        zones = [self.zones[i] for i in sorted(hits)]
        return [z for z in zones if day is None or z.valid_on(day)]

    def controller_at(
        self,
        lon: float,
        lat: float,
        day: date = DEFAULT_AS_OF,
        snap_km: float = BORDER_SNAP_KM,
        include_imported: bool = False,
    ) -> Zone | None:
        """The zone holding a point on a day, or None outside every zone.

        The answer comes from the bundled, sourced zones; a user's imported control map is
        consulted only with ``include_imported`` (the map's click does, when that layer shows).
        Where zones overlap (a contested area drawn over its neighbours, an enclave inside a
        larger zone) the uncontested, then the smallest, zone wins: it is the more specific one.
        A point just outside every zone but within ``snap_km`` of one gets the nearest: border
        towns such as Kobani sit a few hundred metres outside the generalised country outline.
        """
        zones = self.zones_containing(lon, lat, day)
        if not include_imported:
            zones = [z for z in zones if not z.imported]
        if zones:
            return min(zones, key=lambda z: (z.contested, z.geometry.area, z.id))
        if snap_km <= 0:
            return None
        point = Point(lon, lat)
        nearby = [
            (distance_km(zone.geometry, point), zone)
            for zone in self.zones_containing_buffer(point, snap_km, day)
        ]
        nearby = [
            (km, zone)
            for km, zone in nearby
            if km <= snap_km and (include_imported or not zone.imported)
        ]
        return min(nearby, key=lambda pair: (pair[0], pair[1].id))[1] if nearby else None

    def zones_containing_buffer(self, point: Point, km: float, day: date | None) -> list[Zone]:
        """Zones within about ``km`` of a point (a bounding-box prefilter, not exact)."""
        degrees = km / (KM_PER_DEGREE * max(math.cos(math.radians(point.y)), 0.1))
        if day is not None and self.derived_zones_at(day) is not None:
            near = point.buffer(degrees)
            return [z for z in self.zones_at(day) if z.geometry.intersects(near)]
        hits = self._zone_index.query(point.buffer(degrees), predicate="intersects")
        return [self.zones[i] for i in sorted(hits) if day is None or self.zones[i].valid_on(day)]
