"""Search over places (every spelling), zones and events: normalised names and ranking.

Qt-free, so scripts answer "where is Kobanê" as the window's search box does
(``desktop.search.SearchBox`` is the line edit and completion popup over this index).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from geodata.search_match import (
    clean_alt_names,
    match_score,
    normalize,
    parse_coordinates,
    skeleton,
    skeleton_match,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from geodata.atlas import Atlas
    from geodata.basemap import BaseFeature


@dataclass(frozen=True)
class SearchResult:
    kind: str  # place | zone | event
    title: str
    detail: str = ""
    record_id: str | None = None  # atlas place, zone or event id
    lon: float | None = None
    lat: float | None = None
    keys: tuple[str, ...] = field(default=(), compare=False)  # normalised names, primary first
    rank: float = 0.0  # higher first among equal matches (population for towns)
    valid_from: date | None = None  # zones: the snapshot's dates
    valid_to: date | None = None

    def valid_on(self, day: date) -> bool:
        if self.kind != "zone":
            return True
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


_KIND_ORDER = {"place": 0, "zone": 1, "event": 2}


class SearchIndex:
    """Places, zones and the talks' events, normalised on first use (not at start-up).

    Imported events (possibly 100,000s) are not normalised one by one: they are found through
    the atlas's event index by their plain text, after the curated matches.
    """

    def __init__(
        self, atlas: Atlas | None, basemap: Mapping[str, Sequence[BaseFeature]] | None = None
    ) -> None:
        self._atlas = atlas
        self._basemap = basemap or {}
        self._entries: list[SearchResult] | None = None
        self._skeletons: list[tuple[tuple[str, ...], ...]] | None = None

    @property
    def entries(self) -> list[SearchResult]:
        if self._entries is None:
            self._entries = []
            self._add_places(self._atlas, self._basemap)
            if self._atlas is not None:
                self._add_zones(self._atlas)
                self._add_events(self._atlas)
        return self._entries

    def _add_places(
        self, atlas: Atlas | None, basemap: Mapping[str, Sequence[BaseFeature]]
    ) -> None:
        places: list[dict] = []
        if atlas is not None:
            for place in atlas.places.values():
                places.append(
                    {
                        "id": place.id,
                        "name": place.name,
                        "names": [place.name, *clean_alt_names(place.alt_names), place.name_ar],
                        "lon": place.lon,
                        "lat": place.lat,
                        "kind": place.kind.replace("_", " ").replace("/", ", "),
                        # Gazetteer places are the story's places: they rank above any base-map
                        # town that matches the typed text equally well.
                        "rank": 1e9 + float(place.population or 0),
                    }
                )
        for feature in basemap.get("places", ()):
            props = feature.properties
            name = str(props.get("name") or "")
            if not name:
                continue
            names = [name, *clean_alt_names(props.get("alt_names") or ()), props.get("name_ar")]
            lon, lat = feature.geometry.x, feature.geometry.y
            keys = {normalize(n) for n in names if n}
            twin = next(
                (
                    p
                    for p in places
                    if abs(p["lon"] - lon) < 0.06
                    and abs(p["lat"] - lat) < 0.06
                    and keys & {normalize(n) for n in p["names"] if n}
                ),
                None,
            )
            if twin is not None:  # the same town: one entry, every spelling
                twin["names"] += [n for n in names if n]
                continue
            places.append(
                {
                    "id": None,
                    "name": name,
                    "names": names,
                    "lon": lon,
                    "lat": lat,
                    "kind": "town"
                    if props.get("country", "SY") == "SY"
                    else f"town, {props.get('country')}",
                    "rank": float(props.get("population") or 0),
                }
            )
        for place in places:
            keys = _unique(normalize(n) for n in place["names"] if n)
            alt = [n for n in place["names"][1:] if n and normalize(n) != keys[0]]
            detail = place["kind"]
            if alt:
                detail += " · also " + ", ".join(_unique_text(alt)[:3])
            self._entries.append(
                SearchResult(
                    "place",
                    place["name"],
                    detail,
                    place["id"],
                    place["lon"],
                    place["lat"],
                    keys,
                    place["rank"],
                )
            )

    def _add_zones(self, atlas: Atlas) -> None:
        for zone in atlas.zones:
            party = atlas.parties.get(zone.controller)
            names = [zone.name, zone.area.replace("_", " ")]
            if party is not None:
                names += [party.name, *party.aliases]
            period = (
                f"{zone.valid_from:%b %Y}–{zone.valid_to:%b %Y}"
                if zone.valid_to
                else f"from {zone.valid_from:%b %Y}"
            )
            self._entries.append(
                SearchResult(
                    "zone",
                    zone.name,
                    f"area held by {party.name if party else zone.controller} · {period}",
                    zone.id,
                    keys=_unique(normalize(n) for n in names if n),
                    valid_from=zone.valid_from,
                    valid_to=zone.valid_to,
                )
            )

    def _add_events(self, atlas: Atlas) -> None:
        from geodata.view_filter import event_index

        index = event_index(atlas)
        # The atlas's own events only (imported ones: see _imported_events); their rows, so a
        # workspace's 100,000 lazily read events are not all made for this.
        for event in index.events_at(np.flatnonzero(index.bundled)):
            names = [event.title, event.place_name, event.id]
            self._entries.append(
                SearchResult(
                    "event",
                    event.title,
                    f"{event.date.day} {event.date:%b %Y} · {event.kind}",
                    event.id,
                    event.lon,
                    event.lat,
                    keys=_unique(normalize(n) for n in names if n),
                    rank=event.date.toordinal(),
                )
            )

    def search(self, text: str, day: date | None = None, limit: int = 12) -> list[SearchResult]:
        """Best matches first: closeness of the match, then places, zones, events. Typed
        coordinates ("36.2, 37.1", "36.2N 37.1E") are one result: that point, to go to."""
        point = parse_coordinates(text)
        if point is not None:
            lat, lon = point
            north, east = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
            title = f"{abs(lat):.4f}° {north}, {abs(lon):.4f}° {east}"
            return [
                SearchResult("place", title, "coordinates (latitude, longitude)", None, lon, lat)
            ]
        query = normalize(text)
        if not query:
            return []
        scored = []
        for entry in self.entries:
            if day is not None and not entry.valid_on(day):
                continue
            score = match_score(query, entry.keys)
            if score is not None:
                scored.append((score, _KIND_ORDER[entry.kind], -entry.rank, entry.title, entry))
        if not any(item[-1].kind == "place" for item in scored):
            # No place matched as written (an event title may have): a town typed in another
            # romanisation still comes first, through the names' consonant skeletons.
            # It ranks with the best match as written: the town before events naming it.
            best = min((item[0] for item in scored), default=4.0)
            seen = {id(item[-1]) for item in scored}
            scored += [
                (best, *item[1:]) if scored else item
                for item in self._by_skeleton(text, day)
                if (item[-1].kind == "place" or not scored) and id(item[-1]) not in seen
            ]
        scored.sort(key=lambda item: item[:4])
        found = [item[-1] for item in scored[:limit]]
        if len(found) < limit:
            found += self._imported_events(text, limit - len(found))
        return found

    def _by_skeleton(self, text: str, day: date | None) -> list[tuple]:
        """Entries whose names share the query's consonant skeleton (see :func:`skeleton`),
        for a query long enough (three consonants) not to match half the map."""
        query = skeleton(text)
        if sum(len(w) for w in query) < 3:
            return []
        if self._skeletons is None:
            self._skeletons = [tuple(skeleton(k) for k in e.keys) for e in self.entries]
        scored = []
        for entry, keys in zip(self.entries, self._skeletons, strict=True):
            if day is not None and not entry.valid_on(day):
                continue
            if any(skeleton_match(query, key) for key in keys):
                scored.append((4.0, _KIND_ORDER[entry.kind], -entry.rank, entry.title, entry))
        return scored

    def _imported_events(self, text: str, limit: int) -> list[SearchResult]:
        """The newest imported events whose text contains ``text`` (three letters at least)."""
        needle = text.strip()
        if self._atlas is None or len(needle) < 3:
            return []
        from geodata.view_filter import event_index

        index = event_index(self._atlas)
        if index.bundled.all():
            return []
        rows = index.text_rows(needle)
        rows = rows[~index.bundled[rows]][::-1][:limit]
        return [
            SearchResult(
                "event",
                event.title,
                f"{event.date.day} {event.date:%b %Y} · {event.kind} · imported",
                event.id,
                event.lon,
                event.lat,
                rank=event.date.toordinal(),
            )
            for event in index.events_at(rows)
        ]


_COUNTRIES = {
    "TR": "Turkey",
    "IQ": "Iraq",
    "LB": "Lebanon",
    "JO": "Jordan",
    "IL": "Israel",
    "PS": "Palestine",
    "CY": "Cyprus",
}


def _town_kind(country: str) -> str:
    return "town" if country == "SY" else f"town in {_COUNTRIES.get(country, country)}"


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return tuple(seen)


def _unique_text(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(normalize(value), value)
    return list(seen.values())
