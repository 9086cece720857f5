"""The page's boxes: the title box (title, as-of date, selection, no-data notice), the legend
(geodata.legend's entries, as the window and the page legend list them) and the Sources panel.
Every text is in the page's language; every data text is escaped here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geodata.legend import Language, LegendEntry
from geodata.model import Source, ViewState
from geodata.web_export.coverage import ControlGap, gap_message
from geodata.web_export.markers import imported_svg, marker_svg
from geodata.web_export.style import DMZ_COLOUR, M4_COLOUR, darker
from geodata.web_export.texts import esc

if TYPE_CHECKING:
    from geodata.atlas import Atlas


def _dir(lang: Language) -> str:
    return " dir='rtl'" if lang.rtl else ""


def header_html(
    atlas: Atlas, view: ViewState, title: str, gap: ControlGap | None, lang: Language
) -> str:
    """The title box: title, as-of date, the selection, and the no-data notice if any."""
    notice = f"<p class='nsa-nodata'>{esc(gap_message(gap, lang))}</p>" if gap is not None else ""
    as_of = esc(lang.translate("WebMap", "As of {date}")).format(
        date=f"<b>{esc(lang.day(view.as_of, short=False))}</b>"
    )
    return (
        f"<div class='nsa-box'{_dir(lang)}><h1>{esc(title)}</h1>"
        f"<p class='nsa-date'>{as_of}</p>" + selection_line(atlas, view, lang) + notice + "</div>"
    )


def selection_line(atlas: Atlas, view: ViewState, lang: Language) -> str:
    name = ""
    if view.selected_zone and atlas.zone(view.selected_zone):
        name = atlas.zone(view.selected_zone).name
    elif view.selected_event and atlas.event(view.selected_event):
        name = atlas.event(view.selected_event).title
    if not name:
        return ""
    template = lang.translate("WebMap", "Selected: {name}")
    return f"<p class='nsa-meta'>{labelled_name(template, name)}</p>"


def labelled_name(template: str, name: str) -> str:
    """``template`` ("Selected: {name}") as HTML with the data name isolated in its own
    direction: on a right-to-left page (style.language_css) the name takes a line of its own,
    so an English title wraps as English under the Arabic label, not around it."""
    before, _, after = template.partition("{name}")
    return f"{esc(before)}<span class='nsa-name' dir='auto'>{esc(name)}</span>{esc(after)}"


def legend_html(entries: Sequence[LegendEntry], lang: Language) -> str:
    """The legend box: one row per entry of the model, with the web map's own symbol."""
    rows = []
    for entry in entries:
        label = esc(entry.label)
        if entry.kind == "heading":
            rows.append(f"<p class='nsa-h'>{label}</p>")
        elif entry.kind == "note":
            rows.append(f"<div class='nsa-note'>{label}</div>")
        else:
            rows.append(f"<div class='nsa-row'>{entry_symbol(entry)}<span>{label}</span></div>")
    return f"<div class='nsa-box nsa-legend'{_dir(lang)}>" + "".join(rows) + "</div>"


def entry_symbol(entry: LegendEntry) -> str:
    """An entry's symbol as the web map draws that thing (HTML/SVG, no data text)."""
    kind, colour = entry.kind, esc(entry.colour or "#999999")
    if kind in ("zone", "no_data"):  # the web map fills "no data" ground in its grey too
        outline = esc(darker(entry.colour or "#999999"))
        return (
            f"<span class='nsa-sw' style='background:{colour};opacity:.75;"
            f"border-color:{outline}'></span>"
        )
    if kind == "contested":  # as add_zones draws a contested zone: lighter, dotted outline
        return (
            f"<span class='nsa-sw' style='background:{colour}55;"
            f"border:1.5px dotted {colour}'></span>"
        )
    if kind == "gain":  # hatched in the gainer's colour
        return (
            "<span class='nsa-sw' style='background:repeating-linear-gradient(-45deg,"
            f"{colour} 0 1.5px,transparent 1.5px 5px)'></span>"
        )
    if kind == "m4":
        return "<span class='nsa-line'></span>"
    if kind == "m4seg":
        return f"<span class='nsa-line' style='border-top-color:{colour}'></span>"
    if kind == "corridor":
        return (
            f"<span class='nsa-sw' style='background:rgba(215,48,31,.16);"
            f"border-color:{M4_COLOUR}99'></span>"
        )
    if kind == "dmz":
        return (
            f"<span class='nsa-sw' style='background:{DMZ_COLOUR}2e;"
            f"border:1.5px dashed {DMZ_COLOUR}'></span>"
        )
    if kind == "event":
        return marker_svg(entry.key, 14)
    if kind == "imported":
        return imported_svg(entry.key, 12)
    if kind == "low_grade":
        return "<span class='nsa-ring'></span>"
    if kind == "low_grade_zone":  # the zone's outline as the map draws it
        return "<span class='nsa-sw nsa-low-zone'></span>"
    if kind == "cluster":
        return "<span class='nsa-cluster'>12</span>"
    return "<span class='nsa-sw'></span>"


def sources_panel_html(sources: Sequence[Source], lang: Language) -> str:
    """The "Sources" panel: every source of what the page shows, in full, behind a toggle
    (the page itself carries only the short credit line)."""
    from geodata.sources.credits import credit_line
    from geodata.web_export.popups import sources_html

    if not sources:
        return ""
    line = credit_line(
        sources,
        where=lang.translate("WebMap", "this panel"),
        translate=lang.translate,
        isolate=lang.isolate,
        separator="، " if lang.rtl else ", ",
    )
    heading = lang.translate("WebMap", "Sources ({count})").format(count=len(sources))
    return (
        f"<div class='nsa-box nsa-sources'{_dir(lang)}><details><summary>"
        f"{esc(heading)}</summary>{sources_html(sources, lang)}</details>"
        f"<div class='nsa-note'>{esc(line)}</div></div>"
    )
