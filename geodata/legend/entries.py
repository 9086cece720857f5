"""The legend, decided once: ordered entries (kind, label, colour, key) for what a map shows.

The screen legend (desktop.render.legend), the page legend (desktop.export.page_legend) and the
web map (geodata.web_export.legend) all list :func:`legend_entries`; each only draws an entry's
symbol its own way. Headings start groups; a ``note`` qualifies the entries above it.

Entry kinds (the symbol a renderer draws):
    heading     a group's title (no symbol)
    zone        a controller's fill (key: party id)
    no_data     hatched in the "no data" colour: ground the control records leave unknown
    contested   hatched grey: a zone whose holder the sources dispute
    note        italic text under the entries it qualifies (no symbol)
    gain        cross-hatched in the gainer's colour (compare mode)
    m4          the M4 line
    m4bar       the M4's length as a bar split by holder (key: "#colour:km,..." west to east;
                no colour: a stretch in no zone)
    m4seg       an M4 stretch in its holder's colour (key: party id, "" for no zone)
    corridor    the 2020 M4 security corridor
    dmz         the 2018 demilitarised zone (Sochi memorandum)
    event       a talks event symbol (key: event kind)
    low_grade   the dashed ring of an event that rests only on low-grade sources
    low_grade_zone  the red dashed outline of a zone that rests only on low-grade sources
    imported    an imported event's symbol (key: event kind)
    cluster     a cluster of imported events
    border      a boundary line (key: country | governorate)
    river       a river
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geodata.legend.language import QT_TRANSLATE_NOOP, Language
from geodata.legend.parties import party_colour, party_name, short_name
from geodata.m4_length import approx_km, rounded_km
from geodata.model import EVENT_KIND_COLOURS, EVENT_KIND_LABELS

if TYPE_CHECKING:
    from geodata.atlas import Atlas
    from geodata.legend.shown import Shown

#: The M4's legend text: it runs from Latakia through Aleppo, al-Hasakah and Qamishli to the
#: Iraqi border at al-Yarubiyah (reference/m4_vertices.csv); the Hasakah/Qamishli order is
#: disputed, so only the undisputed ends and Aleppo are named.
M4_ROUTE_LABEL = QT_TRANSLATE_NOOP("ExportText", "M4 (Latakia–Aleppo–al-Yarubiyah)")
CONTESTED_COLOUR = "#777777"

# geodata.model's EVENT_KIND_LABELS, marked for the catalogues.
_KIND_LABELS = (
    QT_TRANSLATE_NOOP("EventKindLabel", "Meeting / talks"),
    QT_TRANSLATE_NOOP("EventKindLabel", "Visit"),
    QT_TRANSLATE_NOOP("EventKindLabel", "Agreement"),
    QT_TRANSLATE_NOOP("EventKindLabel", "Military operation"),
    QT_TRANSLATE_NOOP("EventKindLabel", "Statement"),
    QT_TRANSLATE_NOOP("EventKindLabel", "Incident"),
    QT_TRANSLATE_NOOP("EventKindLabel", "Other event"),
)
_BASE_LAYERS = (
    ("countries", "border", QT_TRANSLATE_NOOP("Legend", "International border"), "country"),
    ("governorates", "border", QT_TRANSLATE_NOOP("Legend", "Governorate boundary"), "governorate"),
    ("rivers", "river", QT_TRANSLATE_NOOP("Legend", "River"), ""),
)


DMZ_LABEL = QT_TRANSLATE_NOOP("Legend", "2018 demilitarised zone (Sochi), computed")


@dataclass(frozen=True)
class LegendEntry:
    kind: str  # see the module docstring
    label: str
    colour: str = ""  # "#rrggbb" where the symbol has a data colour
    key: str = ""  # party id, event kind, or the m4bar's stretches


def kind_label(kind: str, language: Language | None = None) -> str:
    """An event kind's legend label ("Meeting / talks") in ``language``."""
    label = EVENT_KIND_LABELS.get(kind, kind)
    return (language or Language()).translate("EventKindLabel", label)


def kind_colour(kind: str) -> str:
    return EVENT_KIND_COLOURS.get(kind, EVENT_KIND_COLOURS["other"])


def legend_entries(
    atlas: Atlas | None, shown: Shown, language: Language | None = None
) -> list[LegendEntry]:
    """The legend of ``shown`` in ``language``, in order."""
    language = language or Language()
    return list(_entries(atlas, shown, language))


def _entries(atlas: Atlas | None, shown: Shown, lang: Language) -> Iterator[LegendEntry]:
    translate = lang.translate
    day = shown.as_of
    if shown.controllers or shown.no_control_data:
        yield LegendEntry(
            "heading", translate("Legend", "Control as of {date}").format(date=lang.day(day))
        )
    for pid in shown.controllers:
        kind = "no_data" if pid == "unknown" else "zone"
        yield LegendEntry(kind, party_name(atlas, pid, day, lang), party_colour(atlas, pid), pid)
    if shown.controllers:
        if shown.contested:
            yield LegendEntry("contested", translate("Legend", "Contested"), CONTESTED_COLOUR)
        yield LegendEntry("note", translate("Legend", "Boundaries approximate"))
        if shown.low_grade_zones:  # outlined in red dashes on the map
            label = translate("Legend", "Rests only on low-grade sources")
            yield LegendEntry("low_grade_zone", label)
    elif shown.no_control_data:
        yield LegendEntry("note", translate("Legend", "No control-zone data for this date"))
    if shown.compare_from is not None and shown.compare_from != day and shown.controllers:
        early, late = sorted((shown.compare_from, day))
        yield LegendEntry(
            "heading", translate("Legend", "Gained since {date}").format(date=lang.day(early))
        )
        for pid in shown.gainers:
            name = party_name(atlas, pid, late, lang)
            yield LegendEntry("gain", name, party_colour(atlas, pid), pid)
        if not shown.gainers:
            yield LegendEntry("note", translate("Legend", "No ground changed hands"))
    yield from _m4_entries(atlas, shown, lang)
    if shown.dmz:
        yield LegendEntry("heading", translate("Legend", "Agreed zones"))
        yield LegendEntry("dmz", translate("Legend", DMZ_LABEL))
    if shown.event_kinds:
        heading = translate("Legend", "Events to this date ({count})").format(
            count=shown.event_count
        )
        yield LegendEntry("heading", heading)
        for kind in shown.event_kinds:
            yield LegendEntry("event", kind_label(kind, lang), kind_colour(kind), kind)
        if shown.low_grade:
            yield LegendEntry("low_grade", translate("Legend", "Rests only on low-grade sources"))
    if shown.imported_kinds:
        count = f"{shown.imported_count:,}"
        yield LegendEntry(
            "heading", translate("Legend", "Imported events ({count})").format(count=count)
        )
        for kind in shown.imported_kinds:
            yield LegendEntry("imported", kind_label(kind, lang), kind_colour(kind), kind)
        yield LegendEntry("cluster", translate("Legend", "Cluster (number of events)"))
    base = [
        LegendEntry(kind, translate("Legend", label), key=key)
        for layer, kind, label, key in _BASE_LAYERS
        if layer in shown.base_layers
    ]
    if base:
        yield LegendEntry("heading", translate("Legend", "Base map"))
        yield from base


def _m4_entries(atlas: Atlas | None, shown: Shown, lang: Language) -> Iterator[LegendEntry]:
    translate = lang.translate
    corridor = LegendEntry("corridor", translate("Legend", "2020 security corridor"))
    if shown.m4_km:  # the road in its holders' colours, with the km breakdown as the key
        total = sum(km for _, km in shown.m4_km)
        # Rounded to what the approximate line supports (geodata.m4_length: ±10 %)
        heading = translate("Legend", "M4 by controller: {km:,.0f} km").format(km=rounded_km(total))
        yield LegendEntry("heading", heading)
        key = ",".join(
            f"{party_colour(atlas, pid) if pid else ''}:{km:.3f}" for pid, km in shown.m4_stretches
        )
        yield LegendEntry("m4bar", "", key=key)
        for pid, km in shown.m4_km:
            share = f"{100 * km / total:.0f}%" if total else ""
            # the abbreviation ("SDF") where the party has one: the zones above give the name
            name = short_name(party_name(atlas, pid, shown.as_of, lang))
            label = f"{name}: {lang.ltr(f'{approx_km(km)} ({share})')}"
            yield LegendEntry("m4seg", label, party_colour(atlas, pid) if pid else "", pid or "")
        if shown.corridor:
            yield corridor
    elif shown.m4 or shown.corridor:
        yield LegendEntry("heading", translate("Legend", "M4 motorway"))
        if shown.m4:
            yield LegendEntry("m4", translate("ExportText", M4_ROUTE_LABEL))
        if shown.corridor:
            yield corridor


def sections(entries: list[LegendEntry]) -> list[tuple[str, list[LegendEntry]]]:
    """The entries grouped under their headings: (title, entries) in order."""
    groups: list[tuple[str, list[LegendEntry]]] = []
    for entry in entries:
        if entry.kind == "heading":
            groups.append((entry.label, []))
        elif groups:
            groups[-1][1].append(entry)
        else:
            groups.append(("", [entry]))
    return groups
