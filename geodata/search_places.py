"""The places search finds, one entry per place with every spelling.

Three gazetteers, in this order: the story's places (``places.csv``: the towns and venues the
talks and events name), the control gazetteer (``control/localities*.csv``: towns, villages,
city quarters and installations such as airbases, dams and border crossings, each with a
sourced coordinate) and the base map's towns (GeoNames, also across the borders). A place the
next gazetteer also lists (same id, or a settlement of a shared name within ~6 km) is one
entry with the spellings of both. Nothing here makes up a place: a name in no gazetteer is
not found.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geodata.names import place_name_in
from geodata.place_region import RegionFinder
from geodata.search import STORY_PLACE_RANK, SearchResult, _unique
from geodata.search_match import clean_alt_names, normalize

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from geodata.atlas import Atlas
    from geodata.basemap import BaseFeature

LOCAL_LANGUAGES = ("ar", "tr", "ku")  # the interface languages besides English
#: Two records of one settlement: a shared name and points this close (degrees, ~6 km).
TWIN_DEGREES = 0.06
#: Kinds that are settlements: only these merge by name with a nearby record. An airbase
#: named after its town ("Qamishli Airport") or a crossing that lists the town's name ("Ras Al
#: Ain" for the Ras al-Ain border crossing) stays a place of its own.
SETTLEMENT_KINDS = frozenset({"city", "town", "village", "neighbourhood"})
# Story places rank above every other match of the same closeness (they are what the atlas is
# about: geodata.search.STORY_PLACE_RANK); tracked localities next, by the population the base
# map gives their town.


@dataclass
class _Place:
    name: str
    lon: float
    lat: float
    kind: str
    rank: float
    place_id: str | None = None
    settlement: bool = True
    tracked: bool = False  # from the control gazetteer (a Syrian locality)
    venue: bool = False  # a story place that is a city abroad a meeting was held in
    names: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # the names, normalised
    detail_extra: str = ""  # governorate, for a tracked locality
    region: str = ""  # where a foreign town lies (geodata.place_region)
    # its name per interface language, from the curated gazetteers only (story places and
    # localities): GeoNames' Arabic alternates include other scripts' and other places' names
    local: dict[str, str] = field(default_factory=dict)

    def add_local(self, names: Mapping[str, str | None]) -> None:
        """Names in the interface languages; a gazetteer read earlier keeps its own."""
        for lang, name in names.items():
            if name:
                self.local.setdefault(lang, name)

    def add_names(self, names: Iterable[str]) -> None:
        names = [n for n in names if n]
        self.names += names
        self.keys.update(normalize(n) for n in names)


class _ByName:
    """Places by each normalised name, so a twin is looked for only among the few places that
    share a name (thousands of localities against thousands of towns, at the first search)."""

    def __init__(self) -> None:
        self._places: dict[str, list[_Place]] = defaultdict(list)

    def add(self, place: _Place, names: Iterable[str]) -> None:
        """Give ``place`` these names too (new spellings become findable twins)."""
        before = set(place.keys)
        place.add_names(names)
        for key in place.keys - before:
            self._places[key].append(place)

    def twin(
        self, lon: float, lat: float, keys: set[str], tracked: bool = True, abroad: bool = False
    ) -> _Place | None:
        """The nearest settlement within TWIN_DEGREES that has one of ``keys`` as a name
        (``tracked=False``: a story place only, not a locality of the control gazetteer;
        ``abroad``: a venue only, since a town across the border that shares a name with the
        Syrian town opposite is another town: Ceylanpınar's old name is Turkish press's
        Resulayn for Ras al-Ain)."""
        near = {
            id(place): place
            for key in keys
            for place in self._places.get(key, ())
            if place.settlement
            and (tracked or not place.tracked)
            and (place.venue or not abroad)
            and abs(place.lon - lon) < TWIN_DEGREES
            and abs(place.lat - lat) < TWIN_DEGREES
        }
        return min(near.values(), key=lambda p: abs(p.lon - lon) + abs(p.lat - lat), default=None)


def _kind_text(kind: str) -> str:
    return kind.replace("_", " ").replace("/", ", ")


def place_entries(
    atlas: Atlas | None, basemap: Mapping[str, Sequence[BaseFeature]]
) -> list[SearchResult]:
    """Search entries for every place of the three gazetteers (see the module docstring)."""
    places: list[_Place] = []
    by_id: dict[str, _Place] = {}
    index = _ByName()

    def keep(place: _Place, names: Iterable[str]) -> None:
        places.append(place)
        index.add(place, names)
        if place.place_id:
            by_id[place.place_id] = place

    if atlas is not None:
        for story in atlas.places.values():
            place = _Place(
                story.name,
                story.lon,
                story.lat,
                _kind_text(story.kind),
                STORY_PLACE_RANK + float(story.population or 0),
                story.id,
                # a venue is the city a meeting was held in (Moscow, Ankara)
                settlement=story.kind.split("/")[0] in SETTLEMENT_KINDS | {"venue"},
                venue=story.kind == "venue",
            )
            place.add_local({lang: place_name_in(story, lang) for lang in LOCAL_LANGUAGES})
            keep(place, [story.name, *clean_alt_names(story.alt_names), story.name_ar])
        for locality in getattr(atlas, "localities", {}).values():
            names = [
                locality.name,
                locality.name_ar,
                locality.name_tr,
                locality.name_ku,
                *clean_alt_names(locality.alt_names),
            ]
            settlement = locality.kind in SETTLEMENT_KINDS
            same = by_id.get(locality.id)
            if same is None and settlement:  # a story town under another id; never another
                # locality: the gazetteer keeps two same-name villages apart on purpose
                keys = {normalize(n) for n in names if n}
                same = index.twin(locality.lon, locality.lat, keys, tracked=False)
            local = {"ar": locality.name_ar, "tr": locality.name_tr, "ku": locality.name_ku}
            if same is not None:
                same.add_local(local)
                index.add(same, names)
                same.place_id = same.place_id or locality.id
                continue
            place = _Place(
                locality.name,
                locality.lon,
                locality.lat,
                _kind_text(locality.kind),
                0.0,
                locality.id,
                settlement=settlement,
                tracked=True,
                detail_extra=locality.admin1,
            )
            place.add_local(local)
            keep(place, names)
    # Where a foreign town lies, said without taking sides (geodata.place_region).
    regions = RegionFinder(basemap)
    for feature in basemap.get("places", ()):
        props = feature.properties
        name = str(props.get("name") or "")
        if not name:
            continue
        names = [name, *clean_alt_names(props.get("alt_names") or ()), props.get("name_ar")]
        lon, lat = feature.geometry.x, feature.geometry.y
        population = float(props.get("population") or 0)
        country = str(props.get("country") or "SY")
        # A town across the border is never a Syrian locality (Ceylanpinar is not Ras al-Ain),
        # though it may be a story venue (Ankara).
        keys = {normalize(n) for n in names if n}
        twin = index.twin(lon, lat, keys, tracked=country == "SY", abroad=country != "SY")
        if twin is not None:  # the same town: one entry, every spelling
            index.add(twin, names)
            twin.rank = max(twin.rank, population)
            continue
        region = regions.region(lon, lat, country, str(props.get("admin1") or ""), name)
        town = _Place(name, lon, lat, _town_kind(region), population, region=region or "")
        keep(town, names)
    return [_entry(place) for place in places]


def _entry(place: _Place) -> SearchResult:
    keys = _unique(normalize(n) for n in place.names if n)
    alt = [n for n in place.names[1:] if n and normalize(n) != keys[0]]
    detail = place.kind + (f", {place.detail_extra}" if place.detail_extra else "")
    also = tuple(_unique_text(alt)[:3])
    if also:
        detail += " · also " + ", ".join(also)
    return SearchResult(
        "place",
        place.name,
        detail,
        place.place_id,
        place.lon,
        place.lat,
        keys,
        place.rank,
        local_names=tuple(sorted(place.local.items())),
        place_kind="town" if place.region else place.kind,
        region=place.region or place.detail_extra,
        foreign=bool(place.region),
        also=also,
    )


def _town_kind(region: str | None) -> str:
    return "town" if region is None else f"town in {region}"


def _unique_text(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(normalize(value), value)
    return list(seen.values())
