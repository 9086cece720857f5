"""The default title of a web map or snapshot, by whether its date has control-zone data."""

from __future__ import annotations

from geodata.coverage import ControlGap, control_gap, nearest_control_days
from geodata.legend.language import QT_TRANSLATE_NOOP, Language

__all__ = [
    "CONTROL_TITLE",
    "NO_CONTROL_TITLE",
    "ControlGap",
    "control_gap",
    "default_title",
    "gap_message",
    "nearest_control_days",
]

#: The default title of a map that has control zones, and of one that has none on its date.
CONTROL_TITLE = QT_TRANSLATE_NOOP("ExportText", "Northern Syria: areas of control")
NO_CONTROL_TITLE = QT_TRANSLATE_NOOP("ExportText", "Northern Syria: no control-zone data")


def default_title(gap: ControlGap | None, language: Language | None = None) -> str:
    """The title of a map with no title of its own: no "areas of control" without any
    (English unless ``language`` is given)."""
    title = NO_CONTROL_TITLE if gap is not None else CONTROL_TITLE
    return language.translate("ExportText", title) if language is not None else title


def gap_message(gap: ControlGap, language: Language) -> str:
    return gap.message(language)
