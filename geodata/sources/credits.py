"""Sources as exports show them: a short credit line of publishers (never a URL dump) on the
page, and the full records in the manifest and the web map's "Sources" panel."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from geodata.model import Source

#: How a source kind reads in a list (state and party media are labelled as such).
KIND_LABELS = {
    "official": "official",
    "wire": "wire agency",
    "newspaper": "newspaper",
    "monitor": "monitor",
    "ngo": "NGO / UN",
    "research": "research",
    "state_media": "state media",
    "party_media": "party media",
    "dataset": "dataset",
}


def unique_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    """Each source once (by registry id, else by URL and publisher), in first-seen order."""
    seen: set[tuple[str, str]] = set()
    out = []
    for source in sources:
        key = (source.id, "") if source.id else (source.url, source.publisher)
        if key not in seen:
            seen.add(key)
            out.append(source)
    return tuple(out)


def credit_line(
    sources: Iterable[Source],
    limit: int = 6,
    where: str = "the manifest",
    translate: Callable[[str, str], str] | None = None,
    isolate: Callable[[str], str] | None = None,
    separator: str = ", ",
) -> str:
    """ "Sources: SOHR, Reuters, TASS (state media) and 4 more; full list in the manifest."

    ``translate`` (context, text) words it in a language (geodata.legend.Language.translate,
    or the window's QCoreApplication.translate); publishers stay as they are. ``isolate``
    wraps each name (Language.isolate: a bidi isolate in Arabic, so a list of Latin names
    keeps the sentence's right-to-left order), ``separator`` joins them ("، " in Arabic)."""
    translate = translate or _english
    names: dict[str, str] = {}
    for source in sources:
        name = source.publisher or translate("Credits", "unnamed source")
        if source.kind in ("state_media", "party_media"):
            name += f" ({translate('SourceKind', KIND_LABELS[source.kind])})"
        names.setdefault(name, name)
    if not names:
        return ""
    items = [isolate(name) for name in names] if isolate else list(names)
    shown = separator.join(items[:limit])
    if len(items) > limit:
        shown = translate("Credits", "{names} and {count} more").format(
            names=shown, count=len(items) - limit
        )
    return translate("Credits", "Sources: {names}; full list in {where}.").format(
        names=shown, where=where
    )


def _english(_context: str, text: str) -> str:
    return text


def source_record(source: Source) -> dict[str, Any]:
    """Everything known about a source, for a manifest or JSON output."""
    return {
        "id": source.id,
        "publisher": source.publisher,
        "title": source.title,
        "date": source.date.isoformat() if source.date else (source.date_text or None),
        "url": source.url,
        "kind": source.kind,
        "grade": source.grade,
        "read_via": source.read_via,
        "language": source.language,
        "note": source.note,
    }
