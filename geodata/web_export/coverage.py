"""Whether control-zone data exists for a date, and the nearest dates that have it.

On a date without zones (before the first snapshot, in a gap between snapshots, after the last)
an export must not look like a control map that happens to be empty: it says so, like the
window's banner, and names the nearest dates with data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geodata.atlas import Atlas

#: The default title of a map that has control zones, and of one that has none on its date.
CONTROL_TITLE = "Northern Syria: areas of control"
NO_CONTROL_TITLE = "Northern Syria: no control-zone data"


@dataclass(frozen=True)
class ControlGap:
    """A date without control-zone data, and the closest days either side that have some."""

    day: date
    before: date | None = None
    after: date | None = None

    def message(self) -> str:
        """The window's banner text: ``No control-zone data for 1 Jan 2012 — nearest: …``."""
        text = f"No control-zone data for {_short_day(self.day)}"
        nearest = [
            f"{_short_day(d)} ({label})"
            for d, label in ((self.before, "before"), (self.after, "after"))
            if d
        ]
        if nearest:
            text += " — nearest: " + ", ".join(nearest)
        return text

    def to_json(self) -> dict:
        """For an export manifest: the nearest dates with data, ISO format (or null)."""
        return {
            "before": self.before.isoformat() if self.before else None,
            "after": self.after.isoformat() if self.after else None,
        }


def _short_day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def nearest_control_days(atlas: Atlas, day: date) -> tuple[date | None, date | None]:
    """The closest days before and after ``day`` that have control data (None if none)."""
    before = after = None
    for start, end in atlas.control_dates():
        last = end if end is not None else date.max
        if last < day:
            before = last
        elif start > day and after is None:
            after = start
    return before, after


def control_gap(atlas: Atlas | None, day: date) -> ControlGap | None:
    """None when ``day`` has control zones (or there is no atlas); else what to tell the user."""
    if atlas is None or atlas.zones_at(day):
        return None
    return ControlGap(day, *nearest_control_days(atlas, day))


def default_title(gap: ControlGap | None) -> str:
    """The title of a map with no title of its own: no "areas of control" without any."""
    return NO_CONTROL_TITLE if gap is not None else CONTROL_TITLE
