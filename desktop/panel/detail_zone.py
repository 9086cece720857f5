"""The detail pane's zone page: who holds it, since when, its events and statements."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.i18n import language
from desktop.panel.control_history_html import (
    zone_localities_html,
)
from desktop.panel.detail_event import agreed_areas_over, feature_html
from desktop.panel.detail_html import (
    SOURCES_HEADING,
    STYLE,
    events_table,
    field_rows,
    statement_html,
    swatch,
)
from desktop.panel.format import (
    EVENT_SCHEME,
    esc,
    fmt_date,
    internal_link,
    is_imported,
    party_colour,
    party_name,
    rtl_start,
    sources_html,
    zone_title,
)
from geodata.legend.zone_text import zone_accuracy, zone_notes
from geodata.model import Event, Statement, ViewState, Zone

_MAX_STATEMENTS = 12
_MAX_IMPORTED_LISTED = 25  # a zone's newest imported events listed in its panel


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
    if zone.no_data:
        status = QCoreApplication.translate(
            "DetailHtml", "No data: no dated source found says who held it"
        )
    elif zone.disputed:
        status = QCoreApplication.translate(
            "DetailHtml", "Contested: sources disagree on who holds it"
        )
    else:
        status = ""
    if status:
        rows.append((QCoreApplication.translate("DetailHtml", "Status"), status))
    rows.append(
        (
            QCoreApplication.translate("DetailHtml", "Accuracy"),
            esc(
                _worded(zone, zone_accuracy(zone, language()))
                or QCoreApplication.translate(
                    "DetailHtml", "approximate boundary (no accuracy note)"
                )
            ),
        )
    )
    parts = [STYLE, f"<h2>{swatch(colour)} {esc(zone_title(atlas, zone))}</h2>", field_rows(rows)]
    notes = zone_notes(atlas, zone, language())
    if zone.derivation is not None and zone.derivation.status != "held":
        notes = rtl_start(notes)  # opens with the status, worded in the language
    if notes:
        parts.append(f"<p>{esc(notes)}</p>")
    parts.append(zone_localities_html(atlas, zone, view.as_of))
    agreed = agreed_areas_over(atlas, zone, view)
    if agreed:  # the dashed band a click landed in is explained here (a click picks the zone)
        parts.append(f"<h3>{esc(QCoreApplication.translate('Legend', 'Agreed zones'))}</h3>")
        parts += [feature_html(f, view.as_of) for f in agreed]
    sources = sources_html(zone.sources, warn=zone.low_grade)  # no warning on a "no data" zone
    parts.append(f"<h3>{SOURCES_HEADING()}</h3><p>{sources}</p>")

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
    statements.sort(key=lambda s: statement_day(atlas, s), reverse=True)
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
        when = fmt_date(statement_day(atlas, statement))
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


def _worded(zone: Zone, text: str) -> str:
    """A derived zone's accuracy, worded in the interface language: a sentence in its
    direction (a snapshot's or an import's own note is data, left as it is)."""
    return rtl_start(text) if zone.derivation is not None else text


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


def statement_day(atlas, statement: Statement) -> date:
    if statement.date is not None:
        return statement.date
    event = atlas.event(statement.event_id)
    return event.date if event is not None else date.min
