"""The detail pane's content as escaped rich text: overview, zone and event pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.panel.control_history_html import (
    locality_for_place,
    locality_history_html,
    zone_localities_html,
)
from desktop.panel.format import (
    DATE_SCHEME,
    EVENT_SCHEME,
    ZONE_SCHEME,
    esc,
    fmt_date,
    fmt_long_date,
    imported_from,
    internal_link,
    is_imported,
    kind_title,
    party_colour,
    party_name,
    sources_html,
)
from geodata.control.model import UNKNOWN as UNKNOWN_CONTROLLER
from geodata.coverage import has_control_data
from geodata.model import Event, Statement, ViewState, Zone

MUTED = "#6b665c"
_MAX_STATEMENTS = 12
_MAX_IMPORTED_LISTED = 25  # a zone's newest imported events listed in its panel

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


def _field_rows(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td class="muted" style="white-space:nowrap">{esc(k)}</td><td>{v}</td></tr>'
        for k, v in rows
    )
    return f'<table cellspacing="0" cellpadding="0">{cells}</table>'


def SOURCES_HEADING() -> str:  # noqa: N802 - reads like the heading it is
    return QCoreApplication.translate("DetailHtml", "Sources")


def statement_html(atlas, statement: Statement, with_party: bool = True) -> str:
    """A quote in curly quotes (italic) or a paraphrase labelled as one, then its sources."""
    if statement.verbatim:
        body = f'<span class="quote">“{esc(statement.text)}”</span>'
        label = QCoreApplication.translate("DetailHtml", "Quote")
    else:
        body = esc(statement.text)
        label = QCoreApplication.translate("DetailHtml", "Paraphrase")
    who = []
    if with_party:
        who.append(f"<b>{esc(party_name(atlas, statement.party))}</b>")
    if statement.speaker:
        who.append(esc(statement.speaker))
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
        for zone in sorted(zones, key=lambda z: (party_name(atlas, z.controller), z.name)):
            colour = party_colour(atlas, zone.controller)
            link = internal_link(ZONE_SCHEME, zone.id, zone.name)
            contested = (
                QCoreApplication.translate("DetailHtml", ' <span class="tag">contested</span>')
                if zone.contested
                else ""
            )
            held_by = esc(party_name(atlas, zone.controller, day))
            rows.append(
                f"<tr><td>{swatch(colour)}</td><td>{link}{contested}<br>"
                f'<span class="muted">{held_by}</span></td></tr>'
            )
        if gaps:
            text = QCoreApplication.translate(
                "DetailHtml", "No data: {count} area(s) the sources do not settle (hatched)"
            ).format(count=len(gaps))
            rows.append(
                f"<tr><td>{swatch(party_colour(atlas, UNKNOWN_CONTROLLER))}</td>"
                f'<td><span class="muted">{esc(text)}</span></td></tr>'
            )
        parts.append(f'<table cellspacing="0" cellpadding="0">{"".join(rows)}</table>')
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
    if zone is not None:
        colour = party_colour(atlas, zone.controller)
        parts.append(
            QCoreApplication.translate(
                "DetailHtml",
                "<p>{swatch} Held by <b>{party}</b> on {day}, in {zone}{contested}.</p>",
            ).format(
                swatch=swatch(colour),
                party=esc(party_name(atlas, zone.controller, view.as_of)),
                day=day,
                zone=internal_link(ZONE_SCHEME, zone.id, zone.name),
                contested=QCoreApplication.translate("DetailHtml", " (contested)")
                if zone.contested
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


def zone_html(atlas, zone: Zone, view: ViewState) -> str:
    colour = party_colour(atlas, zone.controller)
    backers = ", ".join(
        party_name(atlas, b, view.as_of) for b in zone.backers
    ) or QCoreApplication.translate("DetailHtml", "none recorded")
    until = (
        fmt_date(zone.valid_to)
        if zone.valid_to
        else QCoreApplication.translate("DetailHtml", "later")
    )
    validity = f"{fmt_date(zone.valid_from)} – {until}"
    rows = [
        (
            QCoreApplication.translate("DetailHtml", "Held by"),
            f"<b>{esc(party_name(atlas, zone.controller, view.as_of))}</b>",
        ),
        (QCoreApplication.translate("DetailHtml", "Backers"), esc(backers)),
        (
            QCoreApplication.translate("DetailHtml", "As of"),
            QCoreApplication.translate(
                "DetailHtml", "{date} <span class='muted'>(this map: {validity})</span>"
            ).format(date=esc(fmt_date(view.as_of)), validity=esc(validity)),
        ),
    ]
    if zone.contested:
        rows.append(
            (
                QCoreApplication.translate("DetailHtml", "Status"),
                QCoreApplication.translate(
                    "DetailHtml", "Contested: sources disagree on who holds it"
                ),
            )
        )
    rows.append(
        (
            QCoreApplication.translate("DetailHtml", "Accuracy"),
            esc(
                zone.accuracy
                or QCoreApplication.translate(
                    "DetailHtml", "approximate boundary (no accuracy note)"
                )
            ),
        )
    )
    parts = [STYLE, f"<h2>{swatch(colour)} {esc(zone.name)}</h2>", _field_rows(rows)]
    if zone.notes:
        parts.append(f"<p>{esc(zone.notes)}</p>")
    parts.append(zone_localities_html(atlas, zone, view.as_of))
    parts.append(f"<h3>{SOURCES_HEADING()}</h3><p>{sources_html(zone.sources)}</p>")

    related = atlas.events_for(zone_id=zone.id)  # by date, then id
    # Newest first; a day's events stay in id order (the sort is stable).
    shown = sorted((e for e in related if e.date <= view.as_of), key=lambda e: e.date, reverse=True)
    later = len(related) - len(shown)
    talks = [e for e in shown if not is_imported(e)]
    imported = [e for e in shown if is_imported(e)]
    parts.append(
        QCoreApplication.translate("DetailHtml", "<h3>Related events ({count})</h3>").format(
            count=len(talks)
        )
    )
    parts.append(
        events_table(talks)
        if talks
        else QCoreApplication.translate("DetailHtml", '<p class="muted">None up to this date.</p>')
    )
    if imported:
        parts.append(_imported_events_html(imported))
    if later:
        parts.append(
            QCoreApplication.translate(
                "DetailHtml",
                '<p class="muted">Later events not shown: {count:,} after {date} — move the date '
                "forward to see them.</p>",
            ).format(count=later, date=esc(fmt_date(view.as_of)))
        )
    statements = atlas.statements_on(shown)
    statements.sort(key=lambda s: _statement_day(atlas, s), reverse=True)
    parts.append(
        QCoreApplication.translate(
            "DetailHtml", "<h3>Statements ({count}), newest first</h3>"
        ).format(count=len(statements))
    )
    if not statements:
        parts.append(
            QCoreApplication.translate(
                "DetailHtml", '<p class="muted">No statements recorded for these events.</p>'
            )
        )
    for statement in statements[:_MAX_STATEMENTS]:
        event = atlas.event(statement.event_id)
        when = fmt_date(_statement_day(atlas, statement))
        about = internal_link(EVENT_SCHEME, event.id, event.title) if event else ""
        parts.append(f'<p class="tag" style="margin-bottom:0">{esc(when)} · {about}</p>')
        parts.append(statement_html(atlas, statement))
    if len(statements) > _MAX_STATEMENTS:
        parts.append(
            QCoreApplication.translate(
                "DetailHtml",
                '<p class="muted">Older statements: {count}; select their events to read them.</p>',
            ).format(count=len(statements) - _MAX_STATEMENTS)
        )
    return "".join(parts)


def _imported_events_html(events: list[Event]) -> str:
    """The newest of a zone's imported events: a zone can hold thousands (an ACLED export),
    and a panel of thousands of rows takes seconds to lay out and nobody reads it."""
    listed = events[:_MAX_IMPORTED_LISTED]
    parts = [
        QCoreApplication.translate(
            "DetailHtml", "<h3>Imported events here ({count:,}), newest first</h3>"
        ).format(count=len(events)),
        events_table(listed),
    ]
    if len(events) > len(listed):
        rest = len(events) - len(listed)
        parts.append(
            QCoreApplication.translate(
                "DetailHtml",
                '<p class="muted">Older imported events not listed here: {count:,}. '
                "The Events list "
                "shows every one, with filters by date, party and kind.</p>",
            ).format(count=rest)
        )
    return "".join(parts)


def _statement_day(atlas, statement: Statement) -> date:
    if statement.date is not None:
        return statement.date
    event = atlas.event(statement.event_id)
    return event.date if event is not None else date.min


def event_html(atlas, event: Event, view: ViewState) -> str:
    kind = kind_title(event.kind)
    rows = [
        (QCoreApplication.translate("DetailHtml", "Date"), esc(fmt_long_date(event.date))),
        (QCoreApplication.translate("DetailHtml", "Kind"), esc(kind)),
    ]
    if event.place_name:
        rows.append((QCoreApplication.translate("DetailHtml", "Place"), esc(event.place_name)))
    if event.participants:
        names = []
        for p in event.participants:
            names.append(f"{swatch(party_colour(atlas, p))} {esc(party_name(atlas, p))}")
        rows.append((QCoreApplication.translate("DetailHtml", "Parties"), "<br>".join(names)))
    if event.people:
        rows.append(
            (
                QCoreApplication.translate("DetailHtml", "People"),
                "<br>".join(esc(p) for p in event.people),
            )
        )
    if is_imported(event):
        source_file = imported_from(event)
        rows.append(
            (
                QCoreApplication.translate("DetailHtml", "Origin"),
                QCoreApplication.translate(
                    "DetailHtml", '<span style="color:#0b5e6b"><b>Imported</b></span>'
                )
                + (
                    QCoreApplication.translate("DetailHtml", " from {file}").format(
                        file=esc(source_file)
                    )
                    if source_file
                    else ""
                )
                + QCoreApplication.translate(
                    "DetailHtml", ' <span class="muted">(workspace {origin})</span>'
                ).format(origin=esc(event.origin)),
            )
        )
    parts = [STYLE, f"<h2>{esc(event.title)}</h2>", _field_rows(rows)]
    if event.date > view.as_of:
        parts.append(
            QCoreApplication.translate(
                "DetailHtml",
                '<p style="color:#8a3b12">This event is after the as-of date ({date}).</p>',
            ).format(date=esc(fmt_date(view.as_of)))
        )
    if event.summary:
        parts.append(f"<p>{esc(' '.join(event.summary.split()))}</p>")
    zones = atlas.zones_concerned(event, view.as_of)
    features = [atlas.features[f] for f in event.feature_ids if f in atlas.features]
    if zones or features:
        parts.append(QCoreApplication.translate("DetailHtml", "<h3>On the map</h3>"))
        items = [
            swatch(party_colour(atlas, z.controller))
            + " "
            + internal_link(ZONE_SCHEME, z.id, z.name)
            for z in zones
        ]
        items += [f"<b>—</b> {esc(f.name)}" for f in features]
        parts.append("<p>" + "<br>".join(items) + "</p>")
    statements = atlas.statements_for(event_id=event.id)
    if statements:
        parties = len({s.party for s in statements})
        parts.append(
            QCoreApplication.translate(
                "DetailHtml",
                '<p class="muted">Statements: {count}; parties: {parties}. See <b>Positions</b>, '
                "side by side below the map.</p>",
            ).format(count=len(statements), parties=parties)
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "DetailHtml", '<p class="muted">No statements recorded for this event.</p>'
            )
        )
    parts.append(f"<h3>{SOURCES_HEADING()}</h3><p>{sources_html(event.sources)}</p>")
    return "".join(parts)
