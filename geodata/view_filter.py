"""Which events a view shows: the one rule shared by the map, the panel and every export.

:func:`event_matches` is the rule for one event. :func:`visible_events` applies it to many; when
they are the atlas's events (an :class:`~geodata.event_index.IndexedEvents`), it filters the
columnar index with numpy, which gives the same events in the same order, fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from geodata.event_index import EventIndex, IndexedEvents
from geodata.model import Event, ViewState, passes_grade

if TYPE_CHECKING:
    from geodata.atlas import Atlas


def event_matches(event: Event, view: ViewState) -> bool:
    """True when ``event`` passes the view's date, party, kind and text filters.

    The list follows the "as of" date: nothing after it is shown, as it had not happened yet.
    """
    if event.date > view.as_of:
        return False
    if view.date_from is not None and event.date < view.date_from:
        return False
    if view.date_to is not None and event.date > view.date_to:
        return False
    if view.parties and not view.parties.intersection(event.participants):
        return False
    if view.kinds and event.kind not in view.kinds:
        return False
    if view.min_grade and not passes_grade(event.sources, view.min_grade):
        return False
    if view.text:
        needle = view.text.casefold()
        haystack = " ".join((event.title, event.summary, event.place_name, *event.people))
        if needle not in haystack.casefold():
            return False
    return True


def visible_events(events: Iterable[Event], view: ViewState) -> list[Event]:
    if isinstance(events, IndexedEvents):
        index = events.columns
        return index.events_at(index.rows(view))
    return [event for event in events if event_matches(event, view)]


def event_index(atlas: Atlas) -> EventIndex:
    """The columnar index of an atlas's events."""
    events = atlas.events
    if not isinstance(events, IndexedEvents):  # an atlas-like object built by hand
        events = IndexedEvents(events)
    return events.columns


def visible_rows(atlas: Atlas, view: ViewState) -> np.ndarray:
    """Rows of :func:`event_index` the view shows (ascending: oldest first)."""
    return event_index(atlas).rows(view)
