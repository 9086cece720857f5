"""``syria-atlas query place|parties|zones``: names and ids for scripts, as JSON on stdout.

``place NAME [--date]``
    What the window's search box finds for NAME, best first: ``kind`` (place, zone, event),
    ``title``, ``detail``, ``id``, ``lon``, ``lat``. Any spelling (Kobane, Ayn al-Arab, Maarat
    al-Numan), towns, villages, city quarters and installations (Hmeimim, Sheikh Maqsoud) of
    the gazetteers, each at its sourced coordinate; ``id`` is the locality id where the
    control records track the place. Nothing found: ``[]`` and one line on stderr saying so
    (exit 0).
``parties``
    Every party: ``id``, ``name``, ``aliases``; the ids ``--party`` and ``controller`` use.
``zones [--date]``
    The zones in force on the date (default 2023-04-25): ``id`` (one snapshot, what ``--zone``
    takes for that zone alone), ``area`` (every snapshot of the area), ``name``, ``controller``,
    ``valid_from``, ``valid_to``.
"""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geodata.atlas import Atlas
    from geodata.search import SearchIndex, SearchResult


def place_json(atlas: Atlas, text: str, day: date | None) -> list[dict[str, Any]]:
    results = _matches(atlas, text, day)
    if not results:
        print(f"syria-atlas: no place, area or event matches {_shown(text)!r}", file=sys.stderr)
    return results


def _shown(text: str) -> str:
    return text if len(text) <= 80 else f"{text[:80]}…"  # one line, even for a pasted page


def _index(atlas: Atlas) -> SearchIndex:
    from geodata.basemap import load_basemap
    from geodata.search import SearchIndex

    return SearchIndex(atlas, load_basemap())


def _matches(
    atlas: Atlas, text: str, day: date | None, index: SearchIndex | None = None
) -> list[dict[str, Any]]:
    return [_as_json(r) for r in (index or _index(atlas)).search(text, day)]


def _as_json(result: SearchResult) -> dict[str, Any]:
    return {
        "kind": result.kind,
        "title": result.title,
        "detail": result.detail,
        "id": result.record_id,
        "lon": result.lon,
        "lat": result.lat,
    }


def place_point(atlas: Atlas, text: str, day: date | None) -> dict[str, Any]:
    """The place ``query controller --place`` asks about: the place whose id ``text`` is
    (the ids ``query place`` prints, e.g. ``khan_shaykhun``), else the best place match of
    ``query place`` (a town or village; areas and events are not points)."""
    from geodata.errors import UsageError

    index = _index(atlas)
    for result in index.entries:
        if result.kind == "place" and result.record_id == text and result.lon is not None:
            return _as_json(result)
    for match in _matches(atlas, text, day, index):
        if match["kind"] == "place" and match["lon"] is not None:
            return match
    raise UsageError(
        f"no town or village matches {_shown(text)!r} (try: syria-atlas query place NAME)"
    )


def parties_json(atlas: Atlas) -> list[dict[str, Any]]:
    return [
        {"id": p.id, "name": p.name, "aliases": list(getattr(p, "aliases", ()))}
        for p in sorted(atlas.parties.values(), key=lambda p: p.id)
    ]


def zones_json(atlas: Atlas, day: date) -> list[dict[str, Any]]:
    return [
        {
            "id": z.id,
            "area": z.area,
            "name": z.name,
            "controller": z.controller,
            "valid_from": z.valid_from.isoformat() if z.valid_from else None,
            "valid_to": z.valid_to.isoformat() if z.valid_to else None,
        }
        for z in sorted(atlas.zones_at(day), key=lambda z: z.id)
    ]
