"""Gains and losses of territory between two days: what compare mode hatches on the map and
the "changes between D1 and D2" snapshot shows. Areas with no data on either day are left out:
a place coming into the records is not a gain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import shapely
from shapely.geometry.base import BaseGeometry

from geodata.control.cells import polygonal
from geodata.control.model import UNKNOWN

#: Gains smaller than this (deg², ~0.1 km²) are noding crumbs.
_MIN_DEG2 = 1e-5


@dataclass(frozen=True)
class Gain:
    """Ground ``gainer`` held on the later day that ``loser`` held on the earlier one."""

    gainer: str
    loser: str
    geometry: BaseGeometry


def gains_between(model, day_from: date, day_to: date) -> list[Gain]:
    """Every (gainer, loser) pair's area between two covered days, largest first; [] when
    either day is not covered. Cached on the model by the two days' periods."""
    if not (model.covers(day_from) and model.covers(day_to)):
        return []
    key = (model.period(day_from)[0], model.period(day_to)[0])
    cache = model.__dict__.setdefault("_gains_cache", {})
    if key in cache:
        return cache[key]
    before = model.territory_by_controller(day_from)
    after = model.territory_by_controller(day_to)
    gains = []
    for gainer, new in after.items():
        if gainer == UNKNOWN:
            continue
        for loser, old in before.items():
            if loser in (gainer, UNKNOWN) or not new.intersects(old):
                continue
            area = shapely.intersection(new, old)
            area = polygonal(area, merged=True)
            if area.area > _MIN_DEG2:
                gains.append(Gain(gainer, loser, area))
    gains.sort(key=lambda g: -g.geometry.area)
    if len(cache) > 16:
        cache.pop(next(iter(cache)))
    cache[key] = gains
    return gains
