"""The dates a dataset spans, as the timeline shows them: whole years from the first to the last
date with control data or an event (and the default as-of date), the periods with control
data, and the days of the talks' own events.

Qt-free: the date control, the playback and the event filters read the same span, and each
reads it again when the dataset changes (another workspace opened, an import).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from geodata.model import DEFAULT_AS_OF
from geodata.view_filter import event_index

if TYPE_CHECKING:
    from geodata.atlas import Atlas


@dataclass(frozen=True)
class Timeline:
    first_day: date
    last_day: date
    control: tuple[tuple[date, date], ...]  # periods with control data, open ends at last_day
    talks_days: frozenset[date]  # days with one of the atlas's own (bundled) events


def control_periods(atlas: Atlas | None, last_day: date) -> list[tuple[date, date]]:
    """The periods that have control data, open ends closed at ``last_day``."""
    if atlas is None:
        return []
    return [(start, end or last_day) for start, end in atlas.control_dates()]


def timeline(atlas: Atlas | None) -> Timeline:
    """The timeline of a dataset (None: the default date's year only)."""
    # The columnar index, not the records: 100,000 imported events are a numpy min/max.
    index = event_index(atlas) if atlas is not None else None
    known = [start for start, _end in control_periods(atlas, date.max)] + [DEFAULT_AS_OF]
    if index is not None and index.size:
        known += [date.fromordinal(int(index.day.min())), date.fromordinal(int(index.day.max()))]
    first, last = date(min(known).year, 1, 1), date(max(known).year, 12, 31)
    talks = (
        frozenset(date.fromordinal(d) for d in set(index.day[index.bundled].tolist()))
        if index is not None
        else frozenset()
    )
    return Timeline(first, last, tuple(control_periods(atlas, last)), talks)
