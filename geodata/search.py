"""Search over places (every spelling), zones and events: normalised names and ranking.

Qt-free, so scripts answer "where is Kobanê" as the window's search box does
(``desktop.search.SearchBox`` is the line edit and completion popup over this index).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from geodata.search_match import (
    match_score,
    normalize,
    parse_coordinates,
    skeleton,
    skeleton_match,
    spelling_closeness,
    without_leading_article,
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
    # What ``detail`` says, as values, so each interface language words it
    # (geodata.search_text); ``title``/``detail`` stay the English the CLI prints.
    local_names: tuple[tuple[str, str], ...] = field(default=(), compare=False)  # (lang, name)
    place_kind: str = ""  # places: "village", "airbase" ... (English, as the gazetteer has it)
    region: str = ""  # places: the governorate, or where a foreign town lies (place_region)
    foreign: bool = False  # places: a town across the border ("town in {region}")
    also: tuple[str, ...] = field(default=(), compare=False)  # places: other spellings shown
    party: str = ""  # zones: the holder's party id
    day: date | None = None  # events: the event's day
    event_kind: str = ""  # events
    imported: bool = False  # events: from a workspace

    def valid_on(self, day: date) -> bool:
        if self.kind != "zone":
            return True
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


_KIND_ORDER = {"place": 0, "zone": 1, "event": 2}
#: Rank of the story's places (``places.csv``; their population is added): above every town.
STORY_PLACE_RANK = 1e9
# Skeleton matches (another romanisation of the typed name) rank after every match as written;
# the nearer spelling first, within less than the half point that puts foreign towns after.
_SKELETON_SCORE = 4.0
_CLOSENESS_WEIGHT = 0.4


class SearchIndex:
    """Places, zones and the talks' events, normalised on first use or by ``prepare`` (the
    window's task thread, after its first paint), never before the first paint.

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
        # Each entry's names (and skeletons) as one string: a substring test in C rules out
        # most of the ~5,000 entries before a name is scored word by word.
        self._texts: list[str] | None = None
        self._skeleton_texts: list[str] | None = None
        self._lock = threading.RLock()  # built on the task thread while a search may wait

    @property
    def atlas(self) -> Atlas | None:
        return self._atlas

    @property
    def entries(self) -> list[SearchResult]:
        with self._lock:
            if self._entries is None:
                entries, self._entries = self._entries, []
                try:
                    self._add_places(self._atlas, self._basemap)
                    if self._atlas is not None:
                        self._add_zones(self._atlas)
                        self._add_events(self._atlas)
                except BaseException:
                    self._entries = entries  # half an index is no index: build it again
                    raise
            return self._entries

    def prepare(self) -> None:
        """Build the whole index now (~1.5 s with the bundled data): the window does it on the
        task thread after its first paint, so the first search is answered at once; a search
        asked for meanwhile waits for it."""
        with self._lock:
            self._built()
            self._skeleton_index()

    def _built(self) -> list[str]:
        """The entries' names as one text each (the entries built first)."""
        with self._lock:
            if self._texts is None:
                self._texts = ["\n".join(e.keys) for e in self.entries]
            return self._texts

    def _skeleton_index(self) -> tuple[list[tuple[tuple[str, ...], ...]], list[str]]:
        with self._lock:
            if self._skeletons is None or self._skeleton_texts is None:
                skeletons = [tuple(skeleton(k) for k in e.keys) for e in self.entries]
                self._skeleton_texts = [
                    " ".join(word for key in keys for word in key) for keys in skeletons
                ]
                self._skeletons = skeletons
            return self._skeletons, self._skeleton_texts

    def _add_places(
        self, atlas: Atlas | None, basemap: Mapping[str, Sequence[BaseFeature]]
    ) -> None:
        from geodata.search_places import place_entries  # imports this module

        self._entries += place_entries(atlas, basemap)

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
                    party=zone.controller,
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
                    day=event.date,
                    event_kind=event.kind,
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
                SearchResult(
                    "place",
                    title,
                    "coordinates (latitude, longitude)",
                    None,
                    lon,
                    lat,
                    place_kind="coordinates",
                )
            ]
        query = normalize(text)
        if not query:
            return []
        scored = []
        texts = self._built()
        for entry, names in zip(self.entries, texts, strict=True):
            if query not in names:  # every kind of match contains the text
                continue
            if day is not None and not entry.valid_on(day):
                continue
            score = match_score(query, entry.keys)
            if score is not None:
                if entry.kind == "place" and entry.rank >= STORY_PLACE_RANK:
                    # A story place that starts with the text (the Bab al-Hawa crossing) goes
                    # before a tracked village whose name is the text (Bab al Hawa, Homs).
                    score = max(0.0, score - 1.0)
                scored.append((score, _KIND_ORDER[entry.kind], -entry.rank, entry.title, entry))
        if not any(item[-1].kind == "place" for item in scored):
            # No place matched as written (an event title may have): a town typed in another
            # romanisation still comes first, through the names' consonant skeletons.
            # It ranks with the best match as written: the town before events naming it
            # (just before it, in the skeleton matches' own order).
            best = min((item[0] for item in scored), default=4.0)
            seen = {id(item[-1]) for item in scored}
            scored += [
                (best - 0.1 + (item[0] - _SKELETON_SCORE) / 10, *item[1:]) if scored else item
                for item in self._by_skeleton(text, day)
                if (item[-1].kind == "place" or not scored) and id(item[-1]) not in seen
            ]
        else:
            # Other spellings of the same skeleton follow what matched as written: "Humaymim"
            # finds the village of that name, then the Khmeimim airbase. Once a place has the
            # typed text as one of its names, only whole-word skeletons follow: "Serêkaniyê"
            # names Ras al-Ain, and Saraykent (srknt, a Turkish town) is not another spelling
            # of it, only a longer word that starts alike.
            exact = any(item[0] <= 0.5 and item[-1].kind == "place" for item in scored)
            seen = {id(item[-1]) for item in scored}
            scored += [
                item
                for item in self._by_skeleton(text, day, prefix=not exact)
                if item[-1].kind == "place" and id(item[-1]) not in seen
            ]
        if not scored and (bare := without_leading_article(query)):
            # "as-Sweida": no name is written with that article (Suwayda's spellings have
            # none or another); what follows the article may be
            return self.search(bare, day, limit)
        scored.sort(key=lambda item: item[:4])
        found = [item[-1] for item in scored[:limit]]
        if len(found) < limit:
            found += self._imported_events(text, limit - len(found))
        return found

    def _by_skeleton(self, text: str, day: date | None, prefix: bool = True) -> list[tuple]:
        """Entries whose names share the query's consonant skeleton (see :func:`skeleton`),
        for a query long enough (three consonants) not to match half the map; ``prefix``:
        the last word of the query may be the start of a longer one, unless some name has it
        as a whole word ("Tel Abyad" is Tell Abyad, not also Tall Abdelaziz)."""
        query = skeleton(text)
        if sum(len(w) for w in query) < 3:
            return []
        skeletons, skeleton_texts = self._skeleton_index()
        whole, started = [], []
        for entry, keys, words in zip(self.entries, skeletons, skeleton_texts, strict=True):
            if query[0] not in words:  # a match holds the query's first word
                continue
            if day is not None and not entry.valid_on(day):
                continue
            if any(skeleton_match(query, key, prefix=False) for key in keys):
                found = whole
            elif prefix and any(skeleton_match(query, key) for key in keys):
                found = started
            else:
                continue
            # A town across a border only sounds like the typed name: Syrian places first
            # ("Efrîn": Afrin village, Aleppo, before Al Farwaniyah in Kuwait); among names
            # of one skeleton the nearer spelling first, then the larger place.
            score = _SKELETON_SCORE + (0.5 if entry.foreign else 0.0)
            # (in tenths: spellings about as near rank by size, as before)
            score += _CLOSENESS_WEIGHT * round(1.0 - spelling_closeness(text, entry.keys), 1)
            found.append((score, _KIND_ORDER[entry.kind], -entry.rank, entry.title, entry))
        return whole or started

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
                day=event.date,
                event_kind=event.kind,
                imported=True,
            )
            for event in index.events_at(rows)
        ]


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return tuple(seen)
