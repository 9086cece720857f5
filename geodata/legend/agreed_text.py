"""When an agreed area (the 2018 demilitarised zone, the 2020 M4 corridor) was in force, in
words: one sentence for the desktop panel and the web map's event box (each translates with its
own catalogue lookup and writes dates its own way)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from geodata.legend.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from geodata.model import MapFeature

IN_FORCE = QT_TRANSLATE_NOOP("DetailHtml", "In force {span}")
IN_FORCE_NOT_DRAWN = QT_TRANSLATE_NOOP("DetailHtml", "In force {span}: not drawn on {date}")


def in_force_text(
    feature: MapFeature,
    as_of: date,
    translate: Callable[[str, str], str],
    day: Callable[[date], str],
) -> str:
    """ "In force 17 Sep 2018 – 4 Mar 2020" (with ": not drawn on {date}" on a day outside it);
    "" for a feature without both dates."""
    if not (feature.valid_from and feature.valid_to):
        return ""
    span = f"{day(feature.valid_from)} – {day(feature.valid_to)}"
    if feature.valid_on(as_of):
        return translate("DetailHtml", IN_FORCE).format(span=span)
    return translate("DetailHtml", IN_FORCE_NOT_DRAWN).format(span=span, date=day(as_of))
