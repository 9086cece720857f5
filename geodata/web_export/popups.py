"""Popup HTML for zones, the M4, events and their statements. Every data text is escaped here."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from geodata.legend import Language
from geodata.legend.zone_text import zone_accuracy, zone_notes
from geodata.m4_length import approx_km
from geodata.model import Event, MapFeature, Source, Statement, Zone
from geodata.sources.credits import KIND_LABELS
from geodata.web_export.markers import kind_label
from geodata.web_export.texts import esc, party_name, safe_url

if TYPE_CHECKING:
    from geodata.atlas import Atlas

_LINK = '<a href="{url}" target="_blank" rel="noopener noreferrer">{label}</a>'
_ENGLISH = Language()


def _open(lang: Language) -> str:
    """A popup's box, right to left in Arabic (the data text inside keeps its own direction)."""
    return "<div class='nsa-pop' dir='rtl'>" if lang.rtl else "<div class='nsa-pop'>"


def sources_html(sources: Iterable[Source], lang: Language = _ENGLISH) -> str:
    """A "Sources" list: publisher linked to its URL (web links only), date and note."""
    translate = lang.translate
    items = []
    for source in sources:
        label = source.publisher or urlparse(source.url).netloc or source.url or "source"
        url = safe_url(source.url)
        text = _LINK.format(url=esc(url), label=esc(label)) if url else esc(label)
        kind = KIND_LABELS.get(source.kind, "")
        badge = " · ".join(
            p for p in (source.grade, translate("SourceKind", kind) if kind else "") if p
        )
        text += (
            f" <span class='nsa-note'>[{esc(badge or translate('SourceKind', 'ungraded'))}]</span>"
        )
        if source.date:
            text += f" ({esc(lang.day(source.date, short=False))})"
        if source.note:
            text += f" — <span class='nsa-note'>{esc(source.note)}</span>"
        items.append(f"<li>{text}</li>")
    if not items:
        return f"<p class='nsa-note'>{esc(translate('WebMap', 'No source recorded.'))}</p>"
    heading = esc(translate("WebMap", "Sources"))
    return f"<p class='nsa-h'>{heading}</p><ul class='nsa-src'>" + "".join(items) + "</ul>"


def zone_popup(atlas: Atlas, zone: Zone, as_of: date, lang: Language = _ENGLISH) -> str:
    """Controller, as-of date, validity, accuracy, backers, notes and sources of a zone."""
    translate = lang.translate
    until = lang.day(zone.valid_to, short=False) if zone.valid_to else translate("WebMap", "open")
    rows = [
        (translate("WebMap", "Controller"), party_name(atlas, zone.controller, as_of, lang)),
        (translate("WebMap", "As of"), lang.day(as_of, short=False)),
        (translate("WebMap", "Valid"), f"{lang.day(zone.valid_from, short=False)} – {until}"),
        (
            translate("WebMap", "Accuracy"),
            zone_accuracy(zone, lang)  # a derived zone's in the language, else its own note
            or translate("WebMap", "approximate (boundary reconstructed from reports)"),
        ),
    ]
    if zone.backers:
        names = ", ".join(party_name(atlas, b, as_of, lang) for b in zone.backers)
        rows.append((translate("WebMap", "Backed by"), names))
    if zone.disputed:  # a "no data" zone names no holder to dispute
        rows.append((translate("WebMap", "Status"), translate("WebMap", "contested")))
    table = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    words = zone_notes(atlas, zone, lang)
    notes = f"<p dir='auto'>{esc(words)}</p>" if words else ""
    return (
        f"{_open(lang)}<p class='nsa-title' dir='auto'>{esc(zone.name)}</p>"
        f"<table>{table}</table>{notes}{sources_html(zone.sources, lang)}</div>"
    )


# Hebrew, Arabic, Syriac, Thaana, NKo and the Arabic presentation forms.
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _quote(text: str) -> str:
    """A verbatim quote. A Latin-script quote is left to right with Latin quotation marks: on an
    Arabic page a bare <q> takes the page language's marks and reads ”It is …“."""
    if _RTL_LETTER.search(text):
        return f"<q class='nsa-quote' dir='auto'>{esc(text)}</q> "
    return f"<q class='nsa-quote nsa-ltr' dir='ltr'>{esc(text)}</q> "


def statement_html(atlas: Atlas, statement: Statement, lang: Language = _ENGLISH) -> str:
    """One list item: who said it, the text marked as a quote or a paraphrase, source links."""
    translate = lang.translate
    who = esc(party_name(atlas, statement.party, None, lang))
    if statement.speaker:  # isolated: an English speaker inside an Arabic line keeps its order
        who += f" — <bdi>{esc(statement.speaker)}</bdi>"
    if statement.verbatim:
        tag = esc(translate("WebMap", "quote"))
        body = _quote(statement.text)
    else:
        tag = esc(translate("WebMap", "paraphrase"))
        body = f"<span class='nsa-para' dir='auto'>{esc(statement.text)}</span> "
    body += f"<span class='nsa-tag'>{tag}</span>"
    links = [
        _LINK.format(url=esc(u), label=esc(translate("WebMap", "source")))
        for u in (safe_url(s.url) for s in statement.sources)
        if u
    ]
    return f"<li><b>{who}:</b> {body}{' · ' + ' '.join(links) if links else ''}</li>"


def event_popup(atlas: Atlas, event: Event, lang: Language = _ENGLISH) -> str:
    """Title, date, kind, place, parties, people, summary, the statements made and sources."""
    translate = lang.translate
    meta = [lang.day(event.date, short=False), kind_label(event.kind, lang)]
    if event.place_name:
        meta.append(event.place_name)
    parts = [
        f"{_open(lang)}<p class='nsa-title' dir='auto'>{esc(event.title)}</p>",
        f"<p class='nsa-meta'>{esc(' · '.join(meta))}</p>",
    ]
    if event.participants:
        names = ", ".join(party_name(atlas, p, event.date, lang) for p in event.participants)
        parts.append(f"<p><b>{esc(translate('WebMap', 'Parties:'))}</b> {esc(names)}</p>")
    if event.people:
        people = esc("; ".join(event.people))
        parts.append(f"<p><b>{esc(translate('WebMap', 'People:'))}</b> {people}</p>")
    if event.summary:
        parts.append(f"<p dir='auto'>{esc(event.summary)}</p>")
    statements = [s for s in atlas.statements if s.event_id == event.id]
    if statements:
        heading = esc(translate("WebMap", "Statements"))
        parts.append(f"<p class='nsa-h'>{heading}</p><ul class='nsa-st'>")
        parts += [statement_html(atlas, s, lang) for s in statements]
        parts.append("</ul>")
    parts.append(sources_html(event.sources, lang))
    parts.append("</div>")
    return "".join(parts)


def m4_popup(atlas: Atlas, feature: MapFeature, as_of: date, lang: Language = _ENGLISH) -> str:
    """The M4 (or its corridor): accuracy, kilometres held by each controller, sources."""
    parts = [f"{_open(lang)}<p class='nsa-title'>{esc(feature.name)}</p>"]
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
                f"<tr><th>{esc(party_name(atlas, pid, as_of, lang))}</th>"
                f"<td>{esc(approx_km(km))}</td></tr>"
                for pid, km in sorted(totals.items(), key=lambda kv: -kv[1])
            )
            heading = lang.translate("WebMap", "Control along the road, {date}").format(
                date=lang.day(as_of, short=False)
            )
            parts.append(f"<p class='nsa-h'>{esc(heading)}</p><table>{rows}</table>")
    parts.append(sources_html(feature.sources, lang))
    parts.append("</div>")
    return "".join(parts)
