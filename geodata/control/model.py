"""Records of the control history: localities, control records, a locality's state on a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from geodata.model import NO_DATA_CONTROLLER

#: The controller of a stored gap: the sources do not say who held the place.
UNKNOWN = NO_DATA_CONTROLLER


def namesake_title(name: str, district: str) -> str:
    """How a zone names a place another place shares the name of: with its district."""
    return f"{name} ({district})"


#: held: one party; contested: fighting or sources disagree (``with`` names the other side);
#: shared: joint presence (an SDF town with army and Russian posts; ``with`` names the others).
STATUSES = ("held", "contested", "shared")


@dataclass(frozen=True)
class Locality:
    """A place whose control is tracked: a town, village, neighbourhood or installation."""

    id: str
    name: str
    lat: float
    lon: float
    kind: str = "town"
    name_ar: str = ""
    name_tr: str = ""
    name_ku: str = ""
    alt_names: tuple[str, ...] = ()
    coord_source: str = ""
    approximate: bool = False
    admin1: str = ""
    admin2: str = ""
    note: str = ""

    def names(self) -> tuple[str, ...]:
        """Every name and spelling, once each, for search and for the query's answer (the
        gazetteer's notes such as "(Kurdish)" or "opposite Nusaybin" left out)."""
        from geodata.search_match import clean_alt_names

        spellings = (self.name, self.name_ar, self.name_tr, self.name_ku)
        return tuple(dict.fromkeys(n for n in (*spellings, *clean_alt_names(self.alt_names)) if n))


@dataclass(frozen=True)
class ControlRecord:
    """Who held one locality from a day to a day (inclusive; ``end=None``: open)."""

    locality: str
    controller: str  # a party id, or UNKNOWN
    start: date
    end: date | None = None
    status: str = "held"
    with_parties: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # source registry ids (or ``zone:<id>``: a snapshot zone's)
    note: str = ""
    file: str = ""  # where it was read: "records/2024-2026.csv:12" (for messages)
    baseline: bool = False  # from a migrated snapshot: researched records take precedence

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class LocalityState:
    """A locality's control on one day: the hashable key of the derived territory."""

    controller: str  # a party id, or UNKNOWN for a stored gap or no record at all
    status: str = "held"
    with_parties: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # hashed thousands of times a day derived (grouping cells): worked out once
        object.__setattr__(self, "_hash", hash((self.controller, self.status, self.with_parties)))

    def __hash__(self) -> int:
        return self._hash

    @property
    def known(self) -> bool:
        return self.controller != UNKNOWN


class States(tuple):
    """Every locality's state on a day, in gazetteer order: a tuple whose hash is worked out
    once (it keys the derived territory's cache, looked up several times a frame)."""

    def __hash__(self) -> int:
        cached = self.__dict__.get("_hash")
        if cached is None:
            cached = self.__dict__["_hash"] = tuple.__hash__(self)
        return cached


#: A locality with no record on a day, or a stored gap.
GAP = LocalityState(UNKNOWN)


@dataclass(frozen=True)
class Coverage:
    """The days the control records speak for; outside them the map says "no data"."""

    first_day: date
    last_day: date

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day
