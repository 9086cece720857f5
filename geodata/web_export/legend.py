"""The page's two boxes: the title box (title, as-of date, selection, no-data notice) and the
legend (controllers shown, the M4 and its corridor, event kinds)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from geodata.model import Source, ViewState
from geodata.web_export.coverage import ControlGap
from geodata.web_export.markers import kind_label, marker_svg
from geodata.web_export.texts import M4_ROUTE_LABEL, esc, fmt_day, party_colour, party_name

if TYPE_CHECKING:
    from geodata.atlas import Atlas


def header_html(atlas: Atlas, view: ViewState, title: str, gap: ControlGap | None) -> str:
    """The title box: title, as-of date, the selection, and the no-data notice if any."""
    notice = f"<p class='nsa-nodata'>{esc(gap.message())}</p>" if gap is not None else ""
    return (
        f"<div class='nsa-box'><h1>{esc(title)}</h1>"
        f"<p class='nsa-date'>As of <b>{esc(fmt_day(view.as_of))}</b></p>"
        + selection_line(atlas, view)
        + notice
        + "</div>"
    )


def selection_line(atlas: Atlas, view: ViewState) -> str:
    if view.selected_zone and atlas.zone(view.selected_zone):
        zone = atlas.zone(view.selected_zone)
        return f"<p class='nsa-meta'>Selected: {esc(zone.name)}</p>"
    if view.selected_event and atlas.event(view.selected_event):
        event = atlas.event(view.selected_event)
        return f"<p class='nsa-meta'>Selected: {esc(event.title)}</p>"
    return ""


def legend_html(
    atlas: Atlas,
    controllers: Sequence[str],
    kinds: Sequence[str],
    has_m4: bool,
    has_corridor: bool,
    contested: bool,
    no_control_data: bool = False,
    day: date | None = None,
) -> str:
    """The legend box; ``no_control_data`` says so where the controllers would be listed;
    controllers named as on ``day``."""
    rows = []
    if controllers:
        rows.append("<p class='nsa-h'>Area of control</p>")
        for pid in controllers:
            colour = party_colour(atlas, pid)
            rows.append(
                f"<div class='nsa-row'><span class='nsa-sw' style='background:{esc(colour)};"
                f"opacity:.75'></span>{esc(party_name(atlas, pid, day))}</div>"
            )
        if contested:
            rows.append("<div class='nsa-row nsa-note'>Contested zones: dotted outline</div>")
        rows.append("<div class='nsa-note'>Boundaries approximate; click a zone for sources</div>")
    elif no_control_data:
        rows.append("<p class='nsa-h'>Area of control</p>")
        rows.append("<div class='nsa-note'>No control-zone data for this date</div>")
    if has_m4 or has_corridor:
        rows.append("<p class='nsa-h'>M4 motorway</p>")
        if has_m4:
            line = "<span class='nsa-line'></span>"
            rows.append(f"<div class='nsa-row'>{line}{esc(M4_ROUTE_LABEL)}</div>")
        if has_corridor:
            rows.append(
                "<div class='nsa-row'><span class='nsa-sw' style='background:rgba(215,48,31,.16);"
                "border-color:rgba(215,48,31,.6)'></span>2020 security corridor</div>"
            )
    if kinds:
        rows.append("<p class='nsa-h'>Events to this date</p>")
        for kind in kinds:
            rows.append(f"<div class='nsa-row'>{marker_svg(kind, 14)}{esc(kind_label(kind))}</div>")
    return "<div class='nsa-box nsa-legend'>" + "".join(rows) + "</div>"


def sources_panel_html(sources: Sequence[Source]) -> str:
    """The "Sources" panel: every source of what the page shows, in full, behind a toggle
    (the page itself carries only the short credit line)."""
    from geodata.sources.credits import credit_line
    from geodata.web_export.popups import sources_html

    if not sources:
        return ""
    line = credit_line(sources, where="this panel")
    return (
        "<div class='nsa-box nsa-sources'><details><summary>"
        f"Sources ({len(sources)})</summary>{sources_html(sources)}</details>"
        f"<div class='nsa-note'>{esc(line)}</div></div>"
    )
