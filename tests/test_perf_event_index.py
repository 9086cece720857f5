"""The columnar event index filters exactly as the one-event rule does (correctness, no timing)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from geodata.atlas import Atlas
from geodata.event_index import EventIndex, IndexedEvents
from geodata.io import load_records
from geodata.model import EVENT_KINDS, Event, Source, ViewState
from geodata.view_filter import event_index, event_matches, visible_events

PARTIES = ("government", "hts", "sna", "sdf", "turkey", "russia", "iran")
SOURCE = (Source(url="https://example.invalid/test", note="test data"),)


def make_events(n: int, seed: int = 1, origin: str = "ws") -> list[Event]:
    rng = random.Random(seed)
    first = date(2012, 1, 1)
    words = ("shelling", "patrol", "talks", "Raqqa", "Ḩamāh", "AFRIN", "ceasefire")
    events = []
    for i in range(n):
        has_point = rng.random() > 0.05
        events.append(
            Event(
                id=f"{origin}-{i:05d}",
                date=first + timedelta(days=rng.randrange(4200)),
                title=f"{rng.choice(words)} {i}",
                kind=rng.choice(EVENT_KINDS + ("protest",)),  # one kind the atlas does not know
                lat=rng.uniform(35.0, 37.3) if has_point else None,
                lon=rng.uniform(35.8, 42.2) if has_point else None,
                summary=rng.choice(("", "near the M4", "Idlib countryside")),
                participants=tuple(rng.sample(PARTIES, rng.randrange(0, 3))),
                sources=SOURCE,
                origin=origin,
            )
        )
    return events


@pytest.fixture(scope="module")
def atlas() -> Atlas:
    records = load_records()
    return Atlas(replace(records, events=records.events + tuple(make_events(3000))))


VIEWS = [
    ViewState(),
    ViewState(as_of=date(2016, 6, 30)),
    ViewState(date_from=date(2015, 1, 1), date_to=date(2018, 12, 31)),
    ViewState(parties=frozenset({"turkey"})),
    ViewState(parties=frozenset({"hts", "sna"}), date_from=date(2019, 1, 1)),
    ViewState(kinds=frozenset({"incident", "protest"})),
    ViewState(kinds=frozenset({"meeting"}), parties=frozenset({"russia"})),
    ViewState(text="raqqa"),
    ViewState(text="ḩamāh"),
    ViewState(text="idlib countryside", date_to=date(2020, 1, 1)),
    ViewState(parties=frozenset({"no_such_party"})),
    ViewState(date_from=date(2030, 1, 1)),
]


@pytest.mark.parametrize("view", VIEWS)
def test_index_filter_matches_the_one_event_rule(atlas, view):
    expected = [e.id for e in atlas.events if event_matches(e, view)]
    rows = event_index(atlas).rows(view)
    assert [atlas.events[i].id for i in rows] == expected
    assert [e.id for e in visible_events(atlas.events, view)] == expected
    assert [e.id for e in visible_events(list(atlas.events), view)] == expected


def test_random_views_match_the_one_event_rule(atlas):
    rng = random.Random(7)
    index = event_index(atlas)
    for _ in range(60):
        start = date(2012, 1, 1) + timedelta(days=rng.randrange(4000))
        view = ViewState(
            as_of=start + timedelta(days=rng.randrange(0, 2000)),
            date_from=start if rng.random() < 0.6 else None,
            date_to=start + timedelta(days=rng.randrange(0, 900)) if rng.random() < 0.5 else None,
            parties=frozenset(rng.sample(PARTIES, rng.randrange(0, 3))),
            kinds=frozenset(rng.sample(EVENT_KINDS, rng.randrange(0, 3))),
        )
        expected = [i for i, e in enumerate(atlas.events) if event_matches(e, view)]
        assert index.rows(view).tolist() == expected


def test_columns_describe_each_event(atlas):
    index = event_index(atlas)
    for row in (0, 17, len(atlas.events) - 1):
        event = atlas.events[row]
        assert index.day[row] == event.date.toordinal()
        assert index.kind_names[index.kind[row]] == event.kind
        assert index.origin_names[index.origin[row]] == event.origin
        assert bool(index.bundled[row]) == (event.origin == "bundled")
        assert bool(index.has_point[row]) == (event.lat is not None and event.lon is not None)
        assert index.row_of(event.id) == row
    assert index.row_of("no such event") == -1


def test_unsorted_events_and_many_parties_still_filter_exactly():
    # More than 64 parties (past the bitmask) and events out of date order.
    events = make_events(400, seed=3)
    many = [
        replace(e, participants=(f"party{i % 90}",) + e.participants) for i, e in enumerate(events)
    ]
    random.Random(2).shuffle(many)
    index = EventIndex(IndexedEvents(many))
    assert not index.sorted_by_day
    assert len(index.party_bit) == 64
    for parties in ({"party3"}, {"party80"}, {"party70", "turkey"}, {"party89", "party1"}):
        view = ViewState(parties=frozenset(parties), date_from=date(2014, 1, 1))
        expected = [i for i, e in enumerate(many) if event_matches(e, view)]
        assert index.rows(view).tolist() == expected


def test_filter_results_are_read_only_and_cached(atlas):
    index = event_index(atlas)
    rows = index.rows(ViewState(parties=frozenset({"sdf"})))
    assert rows is index.rows(ViewState(parties=frozenset({"sdf"})))
    with pytest.raises(ValueError):
        rows[0] = 1
    assert index.mask(ViewState()).sum() == len(index.rows(ViewState()))


def test_mercator_columns_agree_with_the_map_projection(atlas):
    from geodata.projection import to_mercator

    index = event_index(atlas)
    rows = np.flatnonzero(index.has_point)[:50]
    x, y = to_mercator(index.lon[rows], index.lat[rows])
    assert np.allclose(index.x[rows], x) and np.allclose(index.y[rows], y)


def test_the_index_lists_every_party_that_took_part_even_beyond_64():
    from geodata.event_index import EventIndex

    many = [
        Event(id=f"e{i}", date=date(2020, 1, 1), title="t", kind="other", participants=(f"p{i}",))
        for i in range(70)
    ]
    index = EventIndex([*many, Event(id="x", date=date(2020, 1, 2), title="t", kind="other")])
    assert index.parties == frozenset(f"p{i}" for i in range(70))
