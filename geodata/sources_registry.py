"""A minimal reader of the source registry (``data/sources/*.toml``, see data/SOURCES.md):
registry id -> model Source, for the control records that cite sources by id.

Deliberately small: the full registry (grades, checks) is its own piece of work; this reads
only what a record's provenance shows (publisher name, title, date, URL).
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from geodata.model import Source

SOURCES_DIR = Path("sources")


def read_registry(data_dir: Path) -> dict[str, Source]:
    """Every ``[[source]]`` of the registry files as a Source (unreadable files are skipped:
    ``validate`` reports them)."""
    folder = Path(data_dir) / SOURCES_DIR
    publishers: dict[str, dict] = {}
    sources: list[dict] = []
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else ():
        try:
            with path.open("rb") as handle:
                document = tomllib.load(handle)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
            continue
        for table in document.get("publisher", []):
            if isinstance(table, dict) and isinstance(table.get("id"), str):
                publishers[table["id"]] = table
        sources.extend(t for t in document.get("source", []) if isinstance(t, dict))
    registry: dict[str, Source] = {}
    for table in sources:
        ident = table.get("id")
        if not isinstance(ident, str):
            continue
        publisher = publishers.get(str(table.get("publisher", "")), {})
        when = table.get("date")
        registry[ident] = Source(
            url=str(table.get("url", "")),
            publisher=str(publisher.get("name") or table.get("publisher", "")),
            date=when if isinstance(when, date) else None,
            note=str(table.get("title", "")),
        )
    return registry
