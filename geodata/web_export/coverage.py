"""The default title of a web map or snapshot, by whether its date has control-zone data."""

from __future__ import annotations

from geodata.coverage import ControlGap, control_gap, nearest_control_days

__all__ = [
    "CONTROL_TITLE",
    "NO_CONTROL_TITLE",
    "ControlGap",
    "control_gap",
    "default_title",
    "nearest_control_days",
]

#: The default title of a map that has control zones, and of one that has none on its date.
CONTROL_TITLE = "Northern Syria: areas of control"
NO_CONTROL_TITLE = "Northern Syria: no control-zone data"


def default_title(gap: ControlGap | None) -> str:
    """The title of a map with no title of its own: no "areas of control" without any."""
    return NO_CONTROL_TITLE if gap is not None else CONTROL_TITLE
