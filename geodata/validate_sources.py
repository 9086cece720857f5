"""Source-policy checks for ``validate`` (data/SOURCES.md): what every cited source must carry,
which domains are never evidence, and that a verbatim quote stands in its excerpt.

Kept apart from :mod:`geodata.validate` (schema, references, geometry), which calls
:func:`check_sources` and :func:`check_quotes` once the records are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from geodata.model import Source, Statement
from geodata.sources import refusal

#: Quotation marks and apostrophes of every style compare equal (a source's curly quotes against
#: our straight ones), as do runs of white space.
_QUOTES = re.compile(
    "[\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a`\u00b4]"
)


def normalise_quote(text: str) -> str:
    return " ".join(_QUOTES.sub("'", text).split()).casefold()


def quote_in_excerpt(quote: str, excerpt: str) -> bool:
    """True when the quoted words occur in the excerpt (ignoring quote style and spacing)."""
    words = normalise_quote(quote).strip(" '.,;:")
    return bool(words) and words in normalise_quote(excerpt)


def source_problems(source: Source) -> list[str]:
    """Why one cited source is not acceptable evidence (empty when it is)."""
    problems = []
    reason = refusal(source.url)
    if reason:
        problems.append(f"source {source.url!r} refused: {reason}")
    missing = [
        name
        for name, value in (
            ("publisher", source.publisher),
            ("date", source.date or source.date_text),
            ("kind", source.kind),
        )
        if not value
    ]
    if missing:
        label = source.id or source.url or source.publisher or "an inline source"
        problems.append(
            f"source {label!r} has no {'/'.join(missing)}: cite a registry id (sources/*.toml)"
        )
    return problems


Report = Callable[[Path, str, str], None]


def check_sources(report: Report, file: Path, records: Iterable, what: str) -> None:
    """Every source of every record: known publisher, date and kind, and not a refused domain."""
    for record in records:
        for source in record.sources:
            for problem in source_problems(source):
                report(file, record.id, f"{what}: {problem}")


def check_quotes(report: Report, file: Path, statements: Iterable[Statement]) -> None:
    """A verbatim statement needs an excerpt from its source that contains the quoted words;
    every statement names its speaker as the source does ("an unnamed Turkish official")."""
    for statement in statements:
        if not statement.speaker.strip():
            report(file, statement.id, "no speaker: name who said it as the source names them")
        if not statement.verbatim:
            continue
        if not statement.excerpt:
            report(file, statement.id, "verbatim quote without an excerpt from its source")
        elif not quote_in_excerpt(statement.text, statement.excerpt):
            report(file, statement.id, "the quoted words are not in the excerpt")
