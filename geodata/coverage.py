"""Whether the atlas has control-zone data for a date, and the nearest dates that do.

On a date without zones (before the first snapshot, in a gap between snapshots, after the last)
no view may look like a control map that happens to be empty: the window, the exports and the
query all say so and name the nearest dates with data. One rule, here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from geodata.legend.language import Language

if TYPE_CHECKING:
    from geodata.atlas import Atlas


@dataclass(frozen=True)
class ControlGap:
    """A date without control-zone data, and the closest days either side that have some."""

    day: date
    before: date | None = None
    after: date | None = None

    def message(self, language: Language | None = None) -> str:
        """The banner text: ``No control-zone data for 1 Jan 2012 — nearest: …`` (in
        ``language``: the window passes its own, the web map the page's)."""
        lang = language or Language()
        translate = lang.translate
        text = translate("Coverage", "No control-zone data for {date}").format(
            date=lang.day(self.day)
        )
        if self.before is not None and self.after is None:
            # past the last covered day: the map must not read as if the last state were current
            after = translate("Coverage", " — no data after {date}, the last day sourced")
            return text + after.format(date=lang.day(self.before))
        nearest = []
        if self.before:
            nearest.append(
                translate("Coverage", "{date} (before)").format(date=lang.day(self.before))
            )
        if self.after:
            nearest.append(
                translate("Coverage", "{date} (after)").format(date=lang.day(self.after))
            )
        if nearest:
            text += translate("Coverage", " — nearest: {dates}").format(dates=", ".join(nearest))
        return text

    def to_json(self) -> dict:
        """For an export manifest: the nearest dates with data, ISO format (or null)."""
        return {
            "before": self.before.isoformat() if self.before else None,
            "after": self.after.isoformat() if self.after else None,
        }


def nearest_control_days(atlas: Atlas, day: date) -> tuple[date | None, date | None]:
    """The last day before ``day`` and the first day after it with bundled control zones.

    Imported control maps don't count: coverage is a statement about the atlas's own sources.
    """
    bundled = [z for z in atlas.zones if not z.imported]
    ends = [z.valid_to for z in bundled if z.valid_to is not None and z.valid_to < day]
    starts = [z.valid_from for z in bundled if z.valid_from > day]
    if atlas.control is not None:  # the control records' covered days count too
        before, after = atlas.control.history.nearest_known(day)
        ends += [before] if before else []
        starts += [after] if after else []
    return (max(ends) if ends else None), (min(starts) if starts else None)


def has_control_data(atlas: Atlas, day: date) -> bool:
    return bool(atlas.bundled_zones_at(day))


def control_gap(atlas: Atlas | None, day: date) -> ControlGap | None:
    """None when ``day`` has control zones (or there is no atlas); else what to tell the user."""
    if atlas is None or has_control_data(atlas, day):
        return None
    return ControlGap(day, *nearest_control_days(atlas, day))
