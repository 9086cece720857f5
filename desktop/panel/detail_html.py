"""The detail pane's shared pieces (style, field rows, statements, event lines) and its
overview and place pages; the zone and event pages are in detail_zone and detail_event."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.panel.control_history_html import (
    locality_for_place,
    locality_history_html,
)
from desktop.panel.format import (
    DATE_SCHEME,
    EVENT_SCHEME,
    ZONE_SCHEME,
    esc,
    fmt_date,
    fmt_long_date,
    internal_link,
    is_imported,
    isolate,
    kind_title,
    language_name,
    party_colour,
    party_name,
    sources_html,
    zone_title,
)
from geodata.control.model import UNKNOWN as UNKNOWN_CONTROLLER
from geodata.coverage import has_control_data
from geodata.model import Event, Statement, ViewState, Zone

MUTED = "#6b665c"
#: Area names up to this length are kept on one line in the overview.
SHORT_NAME = 28

STYLE = """
<style>
h2 { margin: 0 0 4px 0; font-size: 12pt; }
h3 { margin: 12px 0 4px 0; font-size: 11pt; color: #3d3a35; }
p { margin: 2px 0 6px 0; }
td { padding: 1px 6px 1px 0; vertical-align: top; }
.muted { color: #6b665c; }
.quote { font-style: italic; }
.tag { color: #6b665c; font-size: 8.5pt; }
.src { color: #6b665c; font-size: 8pt; }
</style>
"""


def swatch(colour: str) -> str:
    return f'<span style="color:{esc(colour)}; font-size:11pt">&#9632;</span>'


def field_rows(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td class="muted" style="white-space:nowrap">{esc(k)}</td><td>{v}</td></tr>'
        for k, v in rows
    )
    return f'<table cellspacing="0" cellpadding="0">{cells}</table>'


def SOURCES_HEADING() -> str:  # noqa: N802 - reads like the heading it is
    return QCoreApplication.translate("DetailHtml", "Sources")


def translation_note(statement: Statement) -> str:
    """ "translated from Arabic; English as published by Dawn" where the source says it
    translated the words (``translated_from``); "" for words in their original language."""
    if not statement.translated_from:
        return ""
    publishers = sorted({s.publisher for s in statement.sources if s.publisher})
    language = language_name(statement.translated_from)
    if not publishers:
        return QCoreApplication.translate("DetailHtml", "translated from {language}").format(
            language=esc(language)
        )
    return QCoreApplication.translate(
        "DetailHtml", "translated from {language}; English as published by {publisher}"
    ).format(language=esc(language), publisher=esc(isolate(", ".join(publishers))))


def statement_html(atlas, statement: Statement, with_party: bool = True) -> str:
    """A quote in curly quotes (italic) or a paraphrase labelled as one, then its sources.

    The words stay as the source has them (never translated by the atlas); a translation the
    source made is marked as one, with who published it. They are a bidi isolate: an English
    quote keeps its punctuation in place inside an Arabic panel."""
    if statement.verbatim:
        body = f'<span class="quote">{esc(isolate(f"“{statement.text}”"))}</span>'
        label = QCoreApplication.translate("DetailHtml", "Quote")
    else:
        body = esc(isolate(statement.text))
        label = QCoreApplication.translate("DetailHtml", "Paraphrase")
    note = translation_note(statement)
    if note:
        label = f"{label} · {note}"
    who = []
    if with_party:
        who.append(f"<b>{esc(party_name(atlas, statement.party, statement.date))}</b>")
    if statement.speaker:
        who.append(esc(isolate(statement.speaker)))
    head = " · ".join(who)
    tag = f'<span class="tag">[{label}]</span>'
    sources = sources_html(statement.sources, fact_on_ground=False)
    return QCoreApplication.translate(
        "DetailHtml", '<p>{head}{body} {tag}<br><span class="src">Source: {sources}</span></p>'
    ).format(head=head + "<br>" if head else "", body=body, tag=tag, sources=sources)


def event_line(event: Event) -> str:
    kind = kind_title(event.kind)
    link = internal_link(EVENT_SCHEME, event.id, event.title)
    day = f'<td style="white-space:nowrap">{fmt_date(event.date)}</td>'
    tag = esc(kind) + (
        QCoreApplication.translate("DetailHtml", " · imported") if is_imported(event) else ""
    )
    return f'<tr>{day}<td>{link} <span class="tag">{tag}</span></td></tr>'


def events_table(events: list[Event]) -> str:
    return (
        f'<table cellspacing="0" cellpadding="0">{"".join(event_line(e) for e in events)}</table>'
    )


def _areas_by_holder(zones: list[Zone], holder_key, area_key) -> list[list[list[Zone]]]:
    """Zones grouped by holder (in ``holder_key`` order), each holder's areas by name (in
    ``area_key`` order), each area's pieces largest first."""
    areas: dict[tuple[str, str], list[Zone]] = {}
    for zone in zones:
        areas.setdefault((zone.controller, zone.name), []).append(zone)
    holders: dict[str, list[list[Zone]]] = {}
    for (controller, _name), pieces in areas.items():
        pieces.sort(key=lambda z: -z.geometry.area)
        holders.setdefault(controller, []).append(pieces)
    for group in holders.values():
        group.sort(key=lambda pieces: area_key(pieces[0]))
    return [holders[c] for c in sorted(holders, key=holder_key)]


def _area_link(atlas, pieces: list[Zone], holder: str) -> str:
    """One area of a holder: its largest piece as the link, named by its place when the title
    is "<holder> – <place>" (the holder heads the block), then contested and the count of
    pieces the records cut it into (enclaves, islands)."""
    zone = pieces[0]
    title = zone_title(atlas, zone)
    text = title[len(holder) + 3 :] if title.startswith(f"{holder} – ") else title
    # a place's name is never broken across lines (Qt breaks at spaces and after hyphens); a
    # long descriptive title may wrap, else Qt breaks it inside a word
    shown = esc(text)
    if len(text) <= SHORT_NAME:
        shown = shown.replace(" ", "&nbsp;").replace("-", "\u2011")
    html = f'<a href="{ZONE_SCHEME}:{esc(zone.id)}">{isolate(shown)}</a>'

    if any(piece.disputed for piece in pieces):
        html += QCoreApplication.translate("DetailHtml", ' <span class="tag">contested</span>')
    count = len(pieces)  # a plain name: lupdate's parser skips the call otherwise
    if count > 1:
        split = QCoreApplication.translate("DetailHtml", "in %n separate pieces", None, count)
        html += f' <span class="muted">({esc(split)})</span>'
    return html


def overview_html(atlas, view: ViewState) -> str:
    day = view.as_of
    parts = [
        STYLE,
        QCoreApplication.translate("DetailHtml", "<h2>As of {date}</h2>").format(
            date=esc(fmt_long_date(day))
        ),
    ]
    zones = atlas.zones_at(day) if atlas is not None else []
    if not zones:
        parts.append(no_control_html(atlas, day))
    else:
        parts.append(
            QCoreApplication.translate(
                "DetailHtml",
                '<p class="muted">Click an area on the map, pick an event from the list, or search '
                "(Ctrl+F) for a town. Boundaries are approximate reconstructions from reports.</p>",
            )
        )
        parts.append(QCoreApplication.translate("DetailHtml", "<h3>Who held what</h3>"))
        rows = []
        # Areas the sources leave unknown are many small pieces: one line says how many.
        gaps = [z for z in zones if z.controller == UNKNOWN_CONTROLLER]
        zones = [z for z in zones if z.controller != UNKNOWN_CONTROLLER]
        # One block per holder: its name once, then its areas (a zone the records cut into
        # pieces is one link, to its largest piece).
        for group in _areas_by_holder(
            zones,
            holder_key=lambda controller: party_name(atlas, controller, day),
            area_key=lambda zone: zone.name,
        ):
            controller = group[0][0].controller
            holder = party_name(atlas, controller, day)
            count = len(group)  # a plain name: lupdate's parser skips the call otherwise
            areas = (
                QCoreApplication.translate("DetailHtml", "1 area")
                if count == 1
                else QCoreApplication.translate("DetailHtml", "%n areas", None, count)
            )
            links = "&nbsp;· ".join(_area_link(atlas, pieces, holder) for pieces in group)
            # a paragraph, not a table row: the swatch then opens the line in Arabic too (Qt
            # lays a table's columns left to right whatever the language)
            rows.append(
                f'<p style="margin: 3px 0 5px 0">{swatch(party_colour(atlas, controller))} '
                f'<b>{esc(holder)}</b> <span class="muted">· {esc(areas)}</span><br>{links}</p>'
            )
        if gaps:
            count = len(gaps)  # a plain name: lupdate's parser skips the call otherwise
            text = (
                QCoreApplication.translate(
                    "DetailHtml", "No data: 1 area the sources do not settle (hatched)"
                )
                if count == 1
                else QCoreApplication.translate(
                    "DetailHtml",
                    "No data: %n areas the sources do not settle (hatched)",
                    None,
                    count,
                )
            )
            rows.append(
                f'<p style="margin: 3px 0">{swatch(party_colour(atlas, UNKNOWN_CONTROLLER))} '
                f'<span class="muted">{esc(text)}</span></p>'
            )
        parts.extend(rows)
    return "".join(parts)


def no_control_html(atlas, day: date) -> str:
    """The empty state: say so, and offer the nearest dates that have control data."""
    from geodata.coverage import nearest_control_days

    before, after = nearest_control_days(atlas, day) if atlas is not None else (None, None)
    links = [
        f'<a href="{DATE_SCHEME}:{d.isoformat()}">{esc(fmt_date(d))}</a> ({label})'
        for d, label in (
            (before, QCoreApplication.translate("DetailHtml", "before")),
            (after, QCoreApplication.translate("DetailHtml", "after")),
        )
        if d is not None
    ]
    nearest = (
        QCoreApplication.translate("DetailHtml", " Nearest dates with data: {dates}.").format(
            dates=", ".join(links)
        )
        if links
        else ""
    )
    return QCoreApplication.translate(
        "DetailHtml",
        '<p style="color:#8a3b12"><b>No control data for {date}.</b> The map shows no zones '
        "and the M4 breakdown is empty.{nearest} Events are still listed.</p>",
    ).format(date=esc(fmt_date(day)), nearest=nearest)


def place_html(atlas, place, zone: Zone | None, view: ViewState) -> str:
    """A searched place: who held it on the as-of date (the zone page follows)."""
    day = esc(fmt_date(view.as_of))
    parts = [STYLE, f"<h2>&#9673; {esc(place.name)}</h2>"]
    if place.detail:
        parts.append(f'<p class="muted">{esc(place.detail)}</p>')
    if zone is not None and zone.no_data:  # a stored gap: no holder to name
        parts.append(
            QCoreApplication.translate(
                "DetailHtml", "<p>No dated source found says who held it on {day} ({zone}).</p>"
            ).format(day=day, zone=internal_link(ZONE_SCHEME, zone.id, zone_title(atlas, zone)))
        )
    elif zone is not None:
        colour = party_colour(atlas, zone.controller)
        parts.append(
            QCoreApplication.translate(
                "DetailHtml",
                "<p>{swatch} Held by <b>{party}</b> on {day}, in {zone}{contested}.</p>",
            ).format(
                swatch=swatch(colour),
                party=esc(party_name(atlas, zone.controller, view.as_of)),
                day=day,
                zone=internal_link(ZONE_SCHEME, zone.id, zone_title(atlas, zone)),
                contested=QCoreApplication.translate("DetailHtml", " (contested)")
                if zone.disputed
                else "",
            )
        )
    elif atlas is not None and not has_control_data(atlas, view.as_of):
        parts.append(no_control_html(atlas, view.as_of))
    else:
        parts.append(
            QCoreApplication.translate(
                "DetailHtml", '<p class="muted">Outside every mapped control zone on {day}.</p>'
            ).format(day=day)
        )
    parts.append(
        QCoreApplication.translate(
            "DetailHtml",
            '<p class="muted">{lat:.4f}° N, {lon:.4f}° E · move the date to see who held it at '
            "other times.</p>",
        ).format(lat=place.lat, lon=place.lon)
    )
    locality = locality_for_place(atlas, place)
    if locality is not None:
        parts.append(locality_history_html(atlas, locality, view.as_of))
    parts.append("<hr>")
    return "".join(parts)
