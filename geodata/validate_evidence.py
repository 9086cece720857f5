"""Evidence checks for ``validate`` added in the December 2026 audit (data/AUDIT-2026-12.md):
who said a statement, when, whether it is a position at all, and one grade per outlet.

Each check turns a rule of data/SOURCES.md that a fact-checker once had to apply by hand into a
named problem:

- a statement is dated on or before the day its sources published it (a remark is dated when
  it was said, never after it was reported);
- "no comment" is an event note, never a party's statement;
- an excerpt that names an anonymous or unnamed speaker ("sources said", "on condition of
  anonymity") is not attributed to a ministry or a named person;
- the same verbatim quote of a party on one day is stored once (cited to the wire, not a
  second time to the site that reprinted it);
- one outlet is one publisher: two publisher ids claiming the same web domain would let the
  same outlet carry two grades;
- a title the source's note calls descriptive (paraphrased, taken from the URL) is in
  [brackets], so it is never shown as the publication's own headline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from geodata.model import Statement
from geodata.sources import Registry
from geodata.validate_sources import normalise_quote

Report = Callable[[Path, str, str], None]

_NO_COMMENT = re.compile(
    r"\b(no (immediate |official )?comment|declined to comment|refused to comment|"
    r"did not (immediately )?(respond|reply|comment)|could not be reached)\b",
    re.IGNORECASE,
)
#: Words in an excerpt that say the speaker is not named ...
_ANONYMOUS_IN_SOURCE = re.compile(
    r"\b(anonymity|anonymous(ly)?|unnamed|unidentified|sources?)\b", re.IGNORECASE
)
#: ... and words in our speaker field that keep it so.
_ANONYMOUS_SPEAKER = re.compile(
    r"\b(anonymous|unnamed|unidentified|sources?|an? [\w\s()-]*official|officials)\b",
    re.IGNORECASE,
)


def _published(statement: Statement) -> list[date]:
    return [s.date for s in statement.sources if s.date is not None]


def check_statement_dates(report: Report, file: Path, statements: Iterable[Statement]) -> None:
    """A statement cannot have been said after every source that reports it was published."""
    for statement in statements:
        published = _published(statement)
        if statement.date and published and statement.date > max(published):
            report(
                file,
                statement.id,
                f"dated {statement.date}, after its sources published it ({max(published)}):"
                " date a remark on the day it was said",
            )


def check_no_comment(report: Report, file: Path, statements: Iterable[Statement]) -> None:
    """Absence of comment is not a position (SOURCES.md): it belongs in the event's notes."""
    for statement in statements:
        if _NO_COMMENT.search(statement.text):
            report(
                file,
                statement.id,
                "'no comment' is not a position: put it in the event's notes, not a statement",
            )


def check_anonymous_speakers(report: Report, file: Path, statements: Iterable[Statement]) -> None:
    """An excerpt naming its speaker as a source/unnamed official keeps that in the speaker."""
    for statement in statements:
        if not statement.excerpt or not _ANONYMOUS_IN_SOURCE.search(statement.excerpt):
            continue
        if not _ANONYMOUS_SPEAKER.search(statement.speaker):
            report(
                file,
                statement.id,
                f"the excerpt speaks of an unnamed source but the speaker is "
                f"{statement.speaker!r}: name the speaker as the source does "
                "('an unnamed Turkish official')",
            )


def check_duplicate_quotes(report: Report, file: Path, statements: Iterable[Statement]) -> None:
    """The same verbatim words of one party on one day are one statement, cited to the original."""
    seen: dict[tuple[str, date | None, str], str] = {}
    for statement in statements:
        if not statement.verbatim:
            continue
        words = normalise_quote(statement.text).strip(" '.,;:")
        key = (statement.party, statement.date, words)
        if key in seen:
            report(
                file,
                statement.id,
                f"the same quote is already statement {seen[key]!r}: keep one, cited to the "
                "original publication",
            )
        else:
            seen[key] = statement.id


def check_one_publisher_per_domain(report: Report, file: Path, registry: Registry) -> None:
    """Two publisher ids on one domain would give one outlet two names or grades."""
    owner: dict[str, str] = {}
    for publisher in registry.publishers.values():
        for domain in dict.fromkeys(d.removeprefix("www.") for d in publisher.domains):
            if domain in owner and owner[domain] != publisher.id:
                report(
                    file,
                    publisher.id,
                    f"domain {domain} is also publisher {owner[domain]!r}'s: one outlet is one "
                    "publisher (merge them)",
                )
            owner.setdefault(domain, publisher.id)


_DESCRIPTIVE_TITLE = re.compile(
    r"title (paraphrased|descriptive|describes the item)"
    r"|(title|headline)( taken)? (from|as in) the (article's )?(address|url|slug)",
    re.IGNORECASE,
)


def check_descriptive_titles(report: Report, file: Path, registry: Registry) -> None:
    """A headline we wrote ourselves is bracketed (SOURCES.md conventions)."""
    for source in registry.sources.values():
        if _DESCRIPTIVE_TITLE.search(source.note) and not source.title.startswith("["):
            report(
                file,
                source.id,
                "the note says the title is descriptive: put it in [brackets] so it is not "
                "shown as the publication's headline",
            )


def check_evidence(
    report: Report, file: Path, statements: list[Statement], registry: Registry, registry_file: Path
) -> None:
    check_statement_dates(report, file, statements)
    check_no_comment(report, file, statements)
    check_anonymous_speakers(report, file, statements)
    check_duplicate_quotes(report, file, statements)
    check_one_publisher_per_domain(report, registry_file, registry)
    check_descriptive_titles(report, registry_file, registry)
