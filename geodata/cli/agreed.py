"""``query controller``'s ``agreed_zones``: the agreed areas in force on the day that hold the
point (the 2018 Sochi demilitarised zone, the 2020 M4 corridor). Their shapes are the atlas's
computation, as no map of them was published: ``accuracy`` says how each was drawn."""

from __future__ import annotations

from datetime import date
from typing import Any

from shapely.geometry import Point

from geodata.atlas import Atlas
from geodata.legend.shown import AGREED_LAYERS
from geodata.sources.credits import source_record


def agreed_zones_json(atlas: Atlas, lon: float, lat: float, day: date) -> list[dict[str, Any]]:
    point = Point(lon, lat)
    return [
        {
            "id": feature.id,
            "name": feature.name,
            "kind": feature.kind,
            "valid_from": feature.valid_from.isoformat() if feature.valid_from else None,
            "valid_to": feature.valid_to.isoformat() if feature.valid_to else None,
            "accuracy": feature.accuracy,
            "sources": [source_record(s) for s in feature.sources],
        }
        for feature in atlas.features_at(day)
        if feature.kind in AGREED_LAYERS and feature.geometry.covers(point)
    ]
