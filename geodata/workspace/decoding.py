"""Text columns -> model values, with each distinct text decoded once."""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterator
from datetime import date

from geodata.model import Source


class Cache(dict):
    """A dict that converts a missing key once: lookups of repeated values stay in C."""

    def __init__(self, convert, seed: dict):
        super().__init__(seed)
        self._convert = convert

    def __missing__(self, key):
        value = self[key] = self._convert(key)
        return value


class Decoder:
    """Text columns -> model values; identical texts (the same source on every row, the same
    date on many) decode once."""

    def __init__(self):
        self._source_items: dict[tuple[str, str, str, str], Source] = {}
        empty = {None: (), "": (), "[]": ()}
        self.strings = Cache(lambda text: tuple(str(v) for v in json.loads(text)), empty)
        self.sources = Cache(
            lambda text: tuple(self._source(item) for item in json.loads(text)), empty
        )
        self.dates = Cache(date.fromisoformat, {})

    def _source(self, item: dict) -> Source:
        key = (
            item.get("url") or "",
            item.get("publisher") or "",
            item.get("date") or "",
            item.get("note") or "",
        )
        source = self._source_items.get(key)
        if source is None:
            url, publisher, day, note = key
            source = self._source_items[key] = Source(
                url=url,
                publisher=publisher,
                date=date.fromisoformat(day) if day else None,
                note=note,
            )
        return source


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while many rows or records are made: each collection would
    walk every object made so far, for nothing (they hold no cycles). Restores the previous
    state."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
