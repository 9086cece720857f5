"""Popup HTML for zones, the M4, events and their statements. Every data text is escaped here."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from geodata.m4_length import approx_km
from geodata.model import Event, MapFeature, Source, Statement, Zone
from geodata.sources.credits import KIND_LABELS
from geodata.web_export.markers import kind_label
from geodata.web_export.texts import esc, fmt_day, party_name, safe_url

if TYPE_CHECKING:
    from geodata.atlas import Atlas

_LINK = '<a href="{url}" target="_blank" rel="noopener noreferrer">{label}</a>'


def sources_html(sources: Iterable[Source]) -> str:
    """A "Sources" list: publisher linked to its URL (web links only), date and note."""
    items = []
    for source in sources:
        label = source.publisher or urlparse(source.url).netloc or source.url or "source"
        url = safe_url(source.url)
        text = _LINK.format(url=esc(url), label=esc(label)) if url else esc(label)
        badge = " · ".join(p for p in (source.grade, KIND_LABELS.get(source.kind, "")) if p)
        text += f" <span class='nsa-note'>[{esc(badge or 'ungraded')}]</span>"
        if source.date:
            text += f" ({esc(fmt_day(source.date))})"
        if source.note:
            text += f" — <span class='nsa-note'>{esc(source.note)}</span>"
        items.append(f"<li>{text}</li>")
    if not items:
        return "<p class='nsa-note'>No source recorded.</p>"
    return "<p class='nsa-h'>Sources</p><ul class='nsa-src'>" + "".join(items) + "</ul>"


def zone_popup(atlas: Atlas, zone: Zone, as_of: date) -> str:
    """Controller, as-of date, validity, accuracy, backers, notes and sources of a zone."""
    rows = [
        ("Controller", party_name(atlas, zone.controller, as_of)),
        ("As of", fmt_day(as_of)),
        (
            "Valid",
            f"{fmt_day(zone.valid_from)} – {fmt_day(zone.valid_to) if zone.valid_to else 'open'}",
        ),
        ("Accuracy", zone.accuracy or "approximate (boundary reconstructed from reports)"),
    ]
    if zone.backers:
        rows.append(("Backed by", ", ".join(party_name(atlas, b, as_of) for b in zone.backers)))
    if zone.contested:
        rows.append(("Status", "contested"))
    table = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    notes = f"<p>{esc(zone.notes)}</p>" if zone.notes else ""
    return (
        f"<div class='nsa-pop'><p class='nsa-title'>{esc(zone.name)}</p>"
        f"<table>{table}</table>{notes}{sources_html(zone.sources)}</div>"
    )


def statement_html(atlas: Atlas, statement: Statement) -> str:
    """One list item: who said it, the text marked as a quote or a paraphrase, source links."""
    who = party_name(atlas, statement.party)
    if statement.speaker:
        who += f" — {statement.speaker}"
    if statement.verbatim:
        body = f"<q class='nsa-quote'>{esc(statement.text)}</q> <span class='nsa-tag'>quote</span>"
    else:
        body = f"<span class='nsa-para'>{esc(statement.text)}</span> " + (
            "<span class='nsa-tag'>paraphrase</span>"
        )
    links = [
        _LINK.format(url=esc(u), label="source")
        for u in (safe_url(s.url) for s in statement.sources)
        if u
    ]
    return f"<li><b>{esc(who)}:</b> {body}{' · ' + ' '.join(links) if links else ''}</li>"


def event_popup(atlas: Atlas, event: Event) -> str:
    """Title, date, kind, place, parties, people, summary, the statements made and sources."""
    meta = [fmt_day(event.date), kind_label(event.kind)]
    if event.place_name:
        meta.append(event.place_name)
    parts = [
        f"<div class='nsa-pop'><p class='nsa-title'>{esc(event.title)}</p>",
        f"<p class='nsa-meta'>{esc(' · '.join(meta))}</p>",
    ]
    if event.participants:
        names = ", ".join(party_name(atlas, p) for p in event.participants)
        parts.append(f"<p><b>Parties:</b> {esc(names)}</p>")
    if event.people:
        parts.append(f"<p><b>People:</b> {esc('; '.join(event.people))}</p>")
    if event.summary:
        parts.append(f"<p>{esc(event.summary)}</p>")
    statements = [s for s in atlas.statements if s.event_id == event.id]
    if statements:
        parts.append("<p class='nsa-h'>Statements</p><ul class='nsa-st'>")
        parts += [statement_html(atlas, s) for s in statements]
        parts.append("</ul>")
    parts.append(sources_html(event.sources))
    parts.append("</div>")
    return "".join(parts)


def m4_popup(atlas: Atlas, feature: MapFeature, as_of: date) -> str:
    """The M4 (or its corridor): accuracy, kilometres held by each controller, sources."""
    parts = [f"<div class='nsa-pop'><p class='nsa-title'>{esc(feature.name)}</p>"]
    if feature.accuracy:
        parts.append(f"<p class='nsa-meta'>{esc(feature.accuracy)}</p>")
    if feature.kind == "road":
        try:
            segments = atlas.m4_breakdown(as_of)
        except Exception:  # the breakdown is a bonus; the line and its sources still show
            segments = []
        totals: dict[str | None, float] = {}
        for seg in segments:
            totals[seg["controller"]] = totals.get(seg["controller"], 0.0) + seg["km"]
        if totals:
            rows = "".join(
                f"<tr><th>{esc(party_name(atlas, pid))}</th><td>{esc(approx_km(km))}</td></tr>"
                for pid, km in sorted(totals.items(), key=lambda kv: -kv[1])
            )
            parts.append(
                f"<p class='nsa-h'>Control along the road, {esc(fmt_day(as_of))}</p>"
                f"<table>{rows}</table>"
            )
    parts.append(sources_html(feature.sources))
    parts.append("</div>")
    return "".join(parts)
