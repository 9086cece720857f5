"""A map label's names in the interface languages, from the two gazetteers: the talks places
(``talks/places.csv``: Turkish and Kurdish spellings tagged in ``alt_names``) and the control
localities (``control/localities.csv``: ``name_ar``, ``name_tr``, ``name_ku``).

A base-map town takes a gazetteer entry's names only where the two are the same place: within
about 3 km *and* sharing a spelling (a village 2 km from a town lends the town no name). A
language with no recorded name is absent: the label stays in its English (Latin) form, never a
machine transliteration. Qt-free, like the rest of geodata.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from geodata.names import place_name_in
from geodata.search_match import clean_alt_names, normalize

if TYPE_CHECKING:
    from geodata.control.model import Locality
    from geodata.model import Place

LANGUAGES = ("ar", "tr", "ku")
NEAR_DEGREES = 0.03  # about 3 km: the same town in two gazetteers
_CELL = 0.1  # grid cell (degrees) of the lookup
_ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ")


def spelling_key(name: str) -> str:
    """ "al-Hasakah", "Al Hasakah" and "Hasakah" alike: folded, without a leading article."""
    key = normalize(name)
    for article in _ARTICLES:
        if key.startswith(article):
            return key[len(article) :]
    return key


class _Entry:
    __slots__ = ("_keys", "_spellings", "lat", "lon", "names", "order")

    def __init__(
        self, lon: float, lat: float, spellings: Callable[[], Iterable[str]], names: dict[str, str]
    ):
        self.lon, self.lat = lon, lat
        self._spellings = spellings
        self._keys: frozenset[str] | None = None
        self.names = {lang: name for lang, name in names.items() if name}
        self.order = 0  # added as the how-manyth: earlier entries' names win

    @property
    def keys(self) -> frozenset[str]:
        """The folded spellings, worked out when a label near the entry is first looked up
        (the first frame draws a few dozen labels of ~380 entries: folding them all ~10 ms)."""
        if self._keys is None:
            self._keys = frozenset(spelling_key(s) for s in self._spellings() if s)
        return self._keys


class LabelNames:
    """Names per language for a labelled point, looked up by position and spelling."""

    def __init__(self, places: Iterable[Place] = (), localities: Iterable[Locality] = ()):
        self._cells: dict[tuple[int, int], list[_Entry]] = {}
        self._count = 0
        # The talks gazetteer first: where both name a town, its spellings win.
        for place in places:
            names = {lang: place_name_in(place, lang) or "" for lang in LANGUAGES}
            self._add(_Entry(place.lon, place.lat, partial(_place_spellings, place), names))
        for loc in localities:
            if not (loc.name_ar or loc.name_tr or loc.name_ku):
                continue  # most localities: nothing to lend (and folding names costs time)
            names = {"ar": loc.name_ar, "tr": loc.name_tr, "ku": loc.name_ku}
            self._add(_Entry(loc.lon, loc.lat, partial(_locality_spellings, loc), names))

    @classmethod
    def of_atlas(cls, atlas) -> LabelNames:
        """From an atlas's talks places and control localities (either may be missing)."""
        if atlas is None:
            return cls()
        # only the localities with a name to lend, read without the control records at start-up
        named = getattr(atlas, "named_localities", None)
        localities = named if named is not None else getattr(atlas, "localities", {}).values()
        return cls(atlas.places.values(), localities)

    def _add(self, entry: _Entry) -> None:
        if entry.names:
            entry.order = self._count
            self._count += 1
            cell = (round(entry.lon / _CELL), round(entry.lat / _CELL))
            self._cells.setdefault(cell, []).append(entry)

    def names_at(self, lon: float, lat: float, spellings: Iterable[str]) -> dict[str, str]:
        """{language: name} of the gazetteer entries at (lon, lat) sharing one of ``spellings``;
        the first entry that records a language gives its name."""
        cx, cy = round(lon / _CELL), round(lat / _CELL)
        near = [
            entry
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for entry in self._cells.get((cx + dx, cy + dy), ())
            if abs(entry.lon - lon) <= NEAR_DEGREES and abs(entry.lat - lat) <= NEAR_DEGREES
        ]
        if not near:  # most base-map towns: no spelling to fold (the first paint asks ~1,500)
            return {}
        keys = {spelling_key(s) for s in spellings if s}
        matches = [entry for entry in near if keys & entry.keys]
        found: dict[str, str] = {}
        for entry in sorted(matches, key=lambda e: e.order):
            for lang, name in entry.names.items():
                found.setdefault(lang, name)
        return found


def _place_spellings(place: Place) -> list[str]:
    return [place.name, *clean_alt_names(place.alt_names)]


def _locality_spellings(loc: Locality) -> list[str]:
    return [loc.name, *clean_alt_names(loc.alt_names), loc.name_tr, loc.name_ku]
