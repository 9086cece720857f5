"""The source registry: every ``sources/*.toml`` of a data directory, read and checked.

Records cite sources by id (``sources = ["reuters-2024-12-08-damascus-falls"]``); the registry
holds each source once, with its publisher's kind and Admiralty grade (data/SOURCES.md).
Any number of files may hold ``[[publisher]]`` and ``[[source]]`` tables, so parallel work does
not collide: ids are unique across files, except that a publisher may be repeated in several
files when every repetition agrees on name, kind and grade (its domains are merged).

``read_registry`` returns the registry and every problem (for ``validate``); ``load_registry``
raises :class:`AtlasError` on the first problem (for the program: one clear line).
Qt-free and standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from geodata import toml_read
from geodata.errors import AtlasError
from geodata.model import RELIABILITY_GRADES, SOURCE_KINDS, Source
from geodata.sources.policy import on_domain, refusal

SOURCES_DIR = Path("sources")

#: Registry ids: lower-case ascii, digits, "_", "-" and "." (never "/" or ":", so an id is
#: never mistaken for a URL).
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_.-]*")
_PARTIAL_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")
_LANGUAGE = re.compile(r"[a-z]{2,3}")

PUBLISHER_FIELDS = {"id", "name", "kind", "reliability", "domains", "country", "note"}
SOURCE_FIELDS = {
    "id", "publisher", "title", "title_en", "date", "url", "language", "read_via", "credibility",
    "kind", "note",
}  # fmt: skip


@dataclass(frozen=True)
class Publisher:
    id: str
    name: str
    kind: str
    reliability: str
    domains: tuple[str, ...] = ()
    country: str = ""
    note: str = ""


@dataclass(frozen=True)
class RegistryProblem:
    file: str  # relative to the data directory
    record: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.record}: {self.message}"


@dataclass(frozen=True)
class Registry:
    publishers: Mapping[str, Publisher] = field(default_factory=dict)
    sources: Mapping[str, Source] = field(default_factory=dict)

    def __contains__(self, source_id: object) -> bool:
        return source_id in self.sources

    def __len__(self) -> int:
        return len(self.sources)

    def get(self, source_id: str) -> Source | None:
        return self.sources.get(source_id)

    def publisher_of(self, source: Source) -> Publisher | None:
        for publisher in self.publishers.values():
            if publisher.name == source.publisher:
                return publisher
        return None


EMPTY = Registry()


def is_source_id(text: str) -> bool:
    """True when a ``sources`` entry is a registry id rather than a URL."""
    return bool(ID_PATTERN.fullmatch(text))


# --------------------------------------------------------------------------- reading


class _Problems:
    def __init__(self) -> None:
        self.items: list[RegistryProblem] = []

    def add(self, file: str, record: str, message: str) -> None:
        self.items.append(RegistryProblem(file, record, message))


def _text(record: Mapping[str, Any], name: str) -> str:
    value = record.get(name, "")
    return value.strip() if isinstance(value, str) else ""


def _publisher(raw: Mapping[str, Any], file: str, out: _Problems) -> Publisher | None:
    pid = _text(raw, "id")
    label = pid or "?"
    ok = True
    for name in sorted(set(raw) - PUBLISHER_FIELDS):
        out.add(file, label, f"publisher: unknown field {name!r}")
    if not ID_PATTERN.fullmatch(pid):
        out.add(file, label, "publisher id missing or not lower-case a-z0-9_.-")
        ok = False
    if not _text(raw, "name"):
        out.add(file, label, "publisher has no name")
        ok = False
    kind = _text(raw, "kind")
    if kind not in SOURCE_KINDS:
        out.add(file, label, f"publisher kind {kind!r} is not one of {', '.join(SOURCE_KINDS)}")
        ok = False
    grade = _text(raw, "reliability")
    if grade not in RELIABILITY_GRADES:
        out.add(file, label, f"publisher reliability {grade!r} is not one of A-F")
        ok = False
    domains = raw.get("domains", [])
    if not isinstance(domains, list) or not all(isinstance(d, str) for d in domains):
        out.add(file, label, "publisher domains must be a list of text")
        ok = False
        domains = []
    for domain in domains:
        reason = refusal("https://" + domain + "/")
        if reason:
            out.add(file, label, f"publisher domain refused: {reason}")
            ok = False
    if not ok:
        return None
    return Publisher(
        id=pid,
        name=_text(raw, "name"),
        kind=kind,
        reliability=grade,
        domains=tuple(d.strip().lower() for d in domains),
        country=_text(raw, "country"),
        note=_text(raw, "note"),
    )


def _date(value: Any) -> tuple[date | None, str] | None:
    """(date, date_text) of a full or partial publication date; None when malformed."""
    if isinstance(value, date):
        return value, ""
    if isinstance(value, str):
        text = value.strip()
        if _PARTIAL_DATE.fullmatch(text):
            return None, text
        try:
            return date.fromisoformat(text), ""
        except ValueError:
            return None
    return None


def _read_via(value: Any) -> tuple[str, str] | None:
    if value is None:
        return "", ""
    if isinstance(value, str):
        return value.strip(), ""
    if isinstance(value, Mapping) and isinstance(value.get("url", ""), str):
        return _text(value, "url"), _text(value, "note")
    return None


def _source(
    raw: Mapping[str, Any], file: str, publishers: Mapping[str, Publisher], out: _Problems
) -> Source | None:
    sid = _text(raw, "id")
    label = sid or "?"
    problems_before = len(out.items)
    for name in sorted(set(raw) - SOURCE_FIELDS):
        out.add(file, label, f"source: unknown field {name!r}")
    if not ID_PATTERN.fullmatch(sid):
        out.add(file, label, "source id missing or not lower-case a-z0-9_.-")
    publisher = publishers.get(_text(raw, "publisher"))
    if publisher is None:
        out.add(file, label, f"publisher {_text(raw, 'publisher')!r} is not a known publisher")
    title = _text(raw, "title")
    if not title:
        out.add(file, label, "source has no title")
    when = _date(raw.get("date"))
    if when is None:
        out.add(file, label, f"date {raw.get('date')!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    kind = _text(raw, "kind") or (publisher.kind if publisher else "")
    if publisher and kind not in SOURCE_KINDS:
        out.add(file, label, f"kind {kind!r} is not one of {', '.join(SOURCE_KINDS)}")
    url, note = _text(raw, "url"), _text(raw, "note")
    if not url and not note:
        out.add(file, label, 'url = "" needs a note saying why no URL is recorded')
    if url:
        reason = refusal(url)
        if reason:
            out.add(file, label, f"url refused: {reason}")
        elif not url.startswith(("http://", "https://")):
            out.add(file, label, f"url is not a web address: {url!r}")
        elif publisher and not any(on_domain(url, d) for d in publisher.domains) and not note:
            out.add(
                file,
                label,
                f"url is not on {publisher.id}'s domains ({', '.join(publisher.domains) or '-'}):"
                " fix the publisher or say why in a note",
            )
    via = _read_via(raw.get("read_via"))
    if via is None:
        out.add(file, label, "read_via must be a URL or { url, note }")
        via = ("", "")
    if via[0] and url and via[0] == url:
        out.add(file, label, "read_via is the source's own URL")
    credibility = raw.get("credibility")
    if credibility is not None and (
        isinstance(credibility, bool)
        or not isinstance(credibility, int)
        or not 1 <= credibility <= 6
    ):
        out.add(file, label, f"credibility {credibility!r} is not 1-6")
    language = _text(raw, "language")
    if language and not _LANGUAGE.fullmatch(language):
        out.add(file, label, f"language {language!r} is not an ISO 639 code")
    if len(out.items) > problems_before or publisher is None or when is None:
        return None
    if via[1]:
        note = f"{note}; read via: {via[1]}" if note else f"read via: {via[1]}"
    return Source(
        url=url,
        publisher=publisher.name,
        date=when[0],
        note=note,
        id=sid,
        title=title,
        kind=kind,
        reliability=publisher.reliability,
        credibility=credibility,
        read_via=via[0],
        language=language,
        date_text=when[1],
    )


def _merge_publisher(old: Publisher, new: Publisher) -> Publisher | None:
    """A publisher repeated in another file: the same if name, kind and grade agree."""
    if (old.name, old.kind, old.reliability) != (new.name, new.kind, new.reliability):
        return None
    domains = tuple(dict.fromkeys(old.domains + new.domains))
    return Publisher(old.id, old.name, old.kind, old.reliability, domains, old.country, old.note)


def registry_files(data_dir: Path) -> list[Path]:
    folder = Path(data_dir) / SOURCES_DIR
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def read_registry(data_dir: Path) -> tuple[Registry, list[RegistryProblem]]:
    """Every publisher and source of ``data_dir/sources/*.toml`` and every problem found."""
    out = _Problems()
    documents: list[tuple[str, dict]] = []
    for path in registry_files(data_dir):
        file = (SOURCES_DIR / path.name).as_posix()
        try:
            with path.open("rb") as handle:
                documents.append((file, toml_read.load(handle)))
        except (toml_read.TOMLDecodeError, UnicodeDecodeError) as exc:
            out.add(file, "-", f"not valid TOML ({exc})")
    publishers: dict[str, Publisher] = {}
    for file, document in documents:
        for raw in _tables(document, "publisher", file, out):
            publisher = _publisher(raw, file, out)
            if publisher is None:
                continue
            if publisher.id in publishers:
                merged = _merge_publisher(publishers[publisher.id], publisher)
                if merged is None:
                    out.add(file, publisher.id, "publisher defined differently in another file")
                    continue
                publisher = merged
            publishers[publisher.id] = publisher
    sources: dict[str, Source] = {}
    for file, document in documents:
        for raw in _tables(document, "source", file, out):
            source = _source(raw, file, publishers, out)
            if source is None:
                continue
            if source.id in sources:
                out.add(file, source.id, "duplicate source id (ids are unique across files)")
                continue
            sources[source.id] = source
    return Registry(publishers, sources), out.items


def _tables(document: dict, name: str, file: str, out: _Problems) -> list[Mapping[str, Any]]:
    tables = document.get(name, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        out.add(file, "-", f"'{name}' must be an array of tables ([[{name}]])")
        return []
    return tables


def load_registry(data_dir: Path) -> Registry:
    """The registry of a data directory; a malformed entry is an AtlasError naming it."""
    registry, problems = read_registry(data_dir)
    if problems:
        more = (
            f" (and {len(problems) - 1} more; run syria-atlas validate)"
            if len(problems) > 1
            else ""
        )
        raise AtlasError(f"{problems[0]}{more}")
    return registry
