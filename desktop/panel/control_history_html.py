"""A locality's control history as rich text: a small timeline bar (one coloured stretch per
record, gaps left blank) and the records, each with its controller's name as it was then,
its status and its sources."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.i18n import current_language, language
from desktop.panel.format import (
    esc,
    fmt_date,
    isolate,
    party_colour,
    party_name,
    rtl_start,
    sources_html,
)
from geodata.control.model import UNKNOWN
from geodata.legend.zone_text import locality_name, reader_note, status_words
from geodata.model import holder_low_grade

#: A picked place this close (degrees, ~1.5 km) to a tracked locality shows its history.
NEAR_DEG = 0.015
_BAR_WIDTH = 100  # percent


def locality_for_place(atlas, place) -> str | None:
    """The tracked locality a picked place is (by id) or lies on, or None."""
    control = atlas.control if atlas is not None else None
    if control is None or place is None:
        return None
    if place.place_id in control.history.localities:
        return place.place_id
    best, best_distance = None, NEAR_DEG
    for locality in control.history.localities.values():
        distance = max(abs(locality.lon - place.lon), abs(locality.lat - place.lat))
        if distance < best_distance:
            best, best_distance = locality.id, distance
    return best


def locality_history_html(atlas, locality_id: str, day: date) -> str:
    control = atlas.control
    history = control.history
    records = history.timeline(locality_id)
    if not records:
        return QCoreApplication.translate(
            "ControlHistoryHtml",
            "<h3>Control history</h3><p class='muted'>No control records for this place.</p>",
        )
    coverage = history.coverage
    first = coverage.first_day if coverage else records[0].start
    last = coverage.last_day if coverage else (records[-1].end or records[-1].start)
    span = max((last - first).days + 1, 1)
    cells, cursor = [], first
    for record in records:
        end = min(record.end or last, last)
        if record.start > cursor:  # a stretch with no record: blank
            blank = QCoreApplication.translate("ControlHistoryHtml", "no record")
            cells.append(_cell("#ffffff", (record.start - cursor).days, span, blank))
        colour = (
            "#ffffff" if record.controller == UNKNOWN else party_colour(atlas, record.controller)
        )
        name = party_name(atlas, record.controller, record.start)
        cells.append(_cell(colour, (end - record.start).days + 1, span, name))
        cursor = end
    parts = [
        QCoreApplication.translate("ControlHistoryHtml", "<h3>Control history</h3>"),
        '<table width="100%" cellspacing="0" cellpadding="0" style="border:1px solid #9a958a">'
        f"<tr>{''.join(cells)}</tr></table>",
        QCoreApplication.translate(
            "ControlHistoryHtml",
            '<p class="src">{first} – {last} · as of {day}: <b>{holder}</b></p>',
        ).format(
            first=esc(fmt_date(first)),
            last=esc(fmt_date(last)),
            day=esc(fmt_date(day)),
            holder=esc(_held_on(atlas, locality_id, day)),
        ),
        "<table>",
    ]
    for record in reversed(records):  # newest first
        colour = party_colour(atlas, record.controller)
        until = fmt_date(record.end) if record.end else "…"
        status = _status(atlas, record.status, record.with_parties, record.start)
        marker = " ◀" if record.covers(day) else ""
        migrated = (
            ' <span class="src">{}</span>'.format(
                esc(QCoreApplication.translate("ControlHistoryHtml", "[from a snapshot]"))
            )
            if record.baseline
            else ""
        )
        note = reader_note(record.note)
        record_sources = control.sources_of(record)
        warn = holder_low_grade(record.controller, record_sources)
        sources = sources_html(record_sources, warn=warn)
        parts.append(
            f"<tr><td>{esc(fmt_date(record.start))} – {esc(until)}</td>"
            f'<td><span style="color:{esc(colour)}">&#9632;</span> '
            f"<b>{esc(party_name(atlas, record.controller, record.start))}</b>{esc(status)}"
            f"{marker}{migrated}"
            f"{'<br>' + esc(note) if note else ''}"
            f'<br><span class="src">{sources}</span></td></tr>'
        )
    parts.append("</table>")
    return "".join(parts)


def _cell(colour: str, days: int, span: int, title: str) -> str:
    width = max(1, round(_BAR_WIDTH * days / span))
    return (
        f'<td width="{width}%" bgcolor="{esc(colour)}" title="{esc(title)}" '
        'style="font-size:6pt">&nbsp;</td>'
    )


def _held_on(atlas, locality_id: str, day: date) -> str:
    control = atlas.control
    state = control.history.state_of(locality_id, day)
    if not state.known:
        return QCoreApplication.translate("ControlHistoryHtml", "no data")
    return party_name(atlas, state.controller, day) + _status(
        atlas, state.status, state.with_parties, day
    )


def _status(atlas, status: str, with_parties, day: date) -> str:
    """ " (shared with Syrian government (Assad))" in the interface language; "" for held."""
    words = status_words(
        status, tuple(with_parties), lambda p: party_name(atlas, p, day), language()
    )
    return f" ({words})" if words else ""


# Localities listed on a derived zone's page (the rest are counted).
_ZONE_LOCALITIES_LISTED = 40


def zone_localities_html(atlas, zone, day: date) -> str:
    """For a zone derived from the control records: the localities it rests on, each with the
    day its record starts (the sources are the zone's, listed below)."""
    derived = atlas.derived_zones_at(day) if atlas is not None else None
    if not derived or not any(z is zone for z in derived):
        return ""
    import shapely

    control = atlas.control
    history = control.history
    code = current_language()
    rows = []
    for locality_id in history.order:
        locality = history.localities[locality_id]
        if not shapely.intersects_xy(zone.geometry, locality.lon, locality.lat):
            continue
        record = history.record_on(locality_id, day)
        if record is None or record.controller != zone.controller:
            continue
        rows.append((record.start, locality_name(locality, code)))
    if not rows:
        return ""
    rows.sort(reverse=True)  # the latest changes first
    since = QCoreApplication.translate("ControlHistoryHtml", "(since {date})")
    # Names in the interface language where the gazetteer has them; a Latin name left in an
    # Arabic paragraph is isolated, so its bracket and comma stay on the right side.
    shown = QCoreApplication.translate("ZoneText", ", ").join(
        f"{esc(isolate(name))} <span class='src'>{esc(since.format(date=fmt_date(start)))}</span>"
        for start, name in rows[:_ZONE_LOCALITIES_LISTED]
    )
    more = len(rows) - _ZONE_LOCALITIES_LISTED
    tail = (
        QCoreApplication.translate("ControlHistoryHtml", " and {count} more").format(count=more)
        if more > 0
        else ""
    )
    count = len(rows)  # a plain name: lupdate's parser skips the call otherwise
    heading = (
        QCoreApplication.translate("ControlHistoryHtml", "Rests on 1 locality")
        if count == 1
        else QCoreApplication.translate("ControlHistoryHtml", "Rests on %n localities", None, count)
    )
    return f"<h3>{heading}</h3>" + QCoreApplication.translate(
        "ControlHistoryHtml",
        "<p>{shown}{tail}. Click a locality's dot (zoomed in) for its history.</p>",
    ).format(shown=rtl_start(shown), tail=tail)
