"""Model values <-> column values, shared by reading and writing (sources are JSON)."""

from __future__ import annotations

import json
from datetime import date

from geodata.model import Source


class SourceCodec:
    """Sources <-> JSON text; identical texts or tuples (one per imported file) convert once."""

    def __init__(self) -> None:
        self._decoded: dict[str | None, tuple[Source, ...]] = {None: (), "": (), "[]": ()}
        self._encoded: dict[tuple[Source, ...], str] = {}

    def decode(self, text: str | None) -> tuple[Source, ...]:
        value = self._decoded.get(text)
        if value is None:
            value = self._decoded[text] = tuple(
                Source(
                    url=item.get("url") or "",
                    publisher=item.get("publisher") or "",
                    date=date.fromisoformat(item["date"]) if item.get("date") else None,
                    note=item.get("note") or "",
                )
                for item in json.loads(text)
            )
        return value

    def encode(self, sources: tuple[Source, ...]) -> str:
        text = self._encoded.get(sources)
        if text is None:
            text = self._encoded[sources] = json.dumps(
                [
                    {
                        "url": s.url,
                        "publisher": s.publisher,
                        "date": s.date.isoformat() if s.date else None,
                        "note": s.note,
                    }
                    for s in sources
                ],
                ensure_ascii=False,
            )
        return text


def iso_stamp(value) -> str:
    """A timestamptz as the GeoPackage workspace writes it: ISO 8601 in UTC, to the second
    (finer only where the value has it)."""
    from datetime import UTC

    if value is None:
        return ""
    value = value.astimezone(UTC)
    return value.isoformat(timespec="seconds" if not value.microsecond else "microseconds")
