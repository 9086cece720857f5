"""Model values <-> column values, shared by reading and writing (sources are JSON)."""

from __future__ import annotations

import dataclasses
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
            value = self._decoded[text] = tuple(_source(item) for item in json.loads(text))
        return value

    def encode(self, sources: tuple[Source, ...]) -> str:
        text = self._encoded.get(sources)
        if text is None:
            text = self._encoded[sources] = json.dumps(
                [_fields(s) for s in sources], ensure_ascii=False
            )
        return text


# url, publisher, date and note always (as the GeoPackage writes them); the registry's other
# fields (id, title, kind, grade, read_via, ...) only where set, so nothing a source carries is
# lost in the database.
_ALWAYS = ("url", "publisher", "date", "note")
_SOURCE_FIELDS = {f.name: f.default for f in dataclasses.fields(Source)}


def _fields(source: Source) -> dict:
    item = {}
    for name, default in _SOURCE_FIELDS.items():
        value = getattr(source, name)
        if name in _ALWAYS or value != default:
            item[name] = value.isoformat() if isinstance(value, date) else value
    return item


def _source(item: dict) -> Source:
    values = {k: v for k, v in item.items() if k in _SOURCE_FIELDS and v is not None}
    values["url"] = values.get("url") or ""
    if values.get("date"):
        values["date"] = date.fromisoformat(values["date"])
    else:
        values.pop("date", None)
    return Source(**values)


def iso_stamp(value) -> str:
    """A timestamptz as the GeoPackage workspace writes it: ISO 8601 in UTC, to the second
    (finer only where the value has it)."""
    from datetime import UTC

    if value is None:
        return ""
    value = value.astimezone(UTC)
    return value.isoformat(timespec="seconds" if not value.microsecond else "microseconds")
