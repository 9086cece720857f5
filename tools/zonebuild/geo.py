"""Small geodesic helpers shared by the zone build (thin wrappers over geodata.analysis)."""

from __future__ import annotations

from geodata.analysis import geodesic_area_km2 as area_km2
from geodata.analysis import geodesic_circle

__all__ = ["area_km2", "geodesic_circle"]
