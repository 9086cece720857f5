"""One legend and label model for every view: party names and colours, display dates and the
legend's entries, Qt-free. The window's legend, the page legend of PNG/SVG/PDF exports and the
web map build from it; each only draws the symbols.

    shown = what_is_shown(atlas, view)                      # what the map draws
    entries = legend_entries(atlas, shown, Language("ar"))  # the legend, in Arabic

Modules, one role each:
    language  translations (the Qt .ts catalogues, read with the standard library) and dates
    parties   a party's name on a day in a language, its colour, its short form
    shown     what a view draws (controllers, lines, event kinds, sources)
    entries   the ordered legend entries
    zone_text a derived zone's accuracy and status notes, a locality's name, in a language
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geodata.legend.entries import LegendEntry, kind_label, legend_entries, sections
    from geodata.legend.language import Language, day_text
    from geodata.legend.parties import party_colour, party_name, short_name
    from geodata.legend.shown import Shown, what_is_shown

# Imported on first use: the window needs the language and names long before numpy-backed
# ``shown`` (start-up time, issue #18).
_WHERE = {
    "LegendEntry": "entries",
    "kind_label": "entries",
    "legend_entries": "entries",
    "sections": "entries",
    "Language": "language",
    "day_text": "language",
    "party_colour": "parties",
    "party_name": "parties",
    "short_name": "parties",
    "Shown": "shown",
    "what_is_shown": "shown",
}
__all__ = [
    "Language",
    "LegendEntry",
    "Shown",
    "day_text",
    "kind_label",
    "legend_entries",
    "party_colour",
    "party_name",
    "sections",
    "short_name",
    "what_is_shown",
]


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'geodata.legend' has no attribute {name!r}")
    return getattr(import_module(f"geodata.legend.{_WHERE[name]}"), name)
