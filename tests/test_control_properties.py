"""Property tests of the territory derivation: for any localities inside Syria and any states,
the derived territory tiles Syria, its pieces never overlap, and every locality lies in the
piece of its own state — sites with a bounded reach (city quarters, airfields) among them."""

from __future__ import annotations

from functools import cache

import numpy as np
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geodata.control.derived import _outline, _rivers
from geodata.control.model import GAP, Locality, LocalityState
from geodata.control.territory import Constraints, TerritoryDeriver
from geodata.paths import data_dir

STATES = [
    LocalityState("government"),
    LocalityState("hts"),
    LocalityState("sdf", "shared", ("government",)),
    LocalityState("sna", "contested", ("sdf",)),
    GAP,
]

#: Mostly towns; some sites whose cell is bounded (territory.SITE_REACH_KM).
KINDS = ["town", "village", "town", "neighbourhood", "airport"]


@cache
def syria():
    outline, golan = _outline(data_dir())
    return outline, [*_rivers(data_dir()), golan.boundary]


@st.composite
def localities_and_states(draw):
    outline, _ = syria()
    minx, miny, maxx, maxy = outline.bounds
    count = draw(st.integers(min_value=1, max_value=40))
    seeds = draw(st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=count * 3,
                          max_size=count * 3))  # fmt: skip
    # rounded as gazetteer coordinates are, then kept if inside: a point rounded after the
    # test could land just outside the border (a locality outside Syria is not this property)
    points = [
        (round(minx + a * (maxx - minx), 4), round(miny + b * (maxy - miny), 4)) for a, b in seeds
    ]
    inside = [p for p in points if outline.contains(shapely.Point(p))]
    # distinct coordinates (two records of one spot are one locality)
    unique = list(dict.fromkeys(inside))[:count]
    if not unique:
        unique = [(38.0, 35.0)]
    states = draw(st.lists(st.sampled_from(STATES), min_size=len(unique), max_size=len(unique)))
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=len(unique), max_size=len(unique)))
    localities = [
        Locality(f"l{i}", f"L{i}", lat=y, lon=x, kind=kind)
        for i, ((x, y), kind) in enumerate(zip(unique, kinds, strict=True))
    ]
    return localities, tuple(states)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(localities_and_states(), st.booleans())
def test_derived_territory_tiles_syria(sample, with_rivers):
    localities, states = sample
    outline, lines = syria()
    deriver = TerritoryDeriver(outline, localities, lines if with_rivers else ())
    territory = deriver.derive(states, Constraints(key=()))
    pieces = [p.geometry for p in territory.pieces]
    union = shapely.union_all(pieces)
    # tiles Syria: nothing left out, nothing outside
    assert outline.difference(union).area < 1e-6 * outline.area
    assert union.difference(outline).area < 1e-6 * outline.area
    # no overlap between pieces
    assert (
        sum(p.area for p in pieces) == np.float64(union.area)
        or abs(sum(p.area for p in pieces) - union.area) < 1e-6 * outline.area
    )
    # every locality in the piece of its own state
    for index, locality in enumerate(localities):
        point = shapely.Point(locality.lon, locality.lat)
        holding = [p for p in territory.pieces if p.geometry.buffer(1e-9).contains(point)]
        assert any(p.state == states[index] for p in holding), locality
        assert all(index in p.localities for p in holding if p.state == states[index])


@settings(max_examples=15, deadline=None)
@given(localities_and_states())
def test_the_same_states_give_the_same_result(sample):
    localities, states = sample
    outline, lines = syria()
    deriver = TerritoryDeriver(outline, localities, lines)
    first = deriver.derive(states, Constraints(key=()))
    assert deriver.is_cached(states, Constraints(key=()))
    assert deriver.derive(tuple(states), Constraints(key=())) is first
