"""The atlas data model: immutable records shared by every layer of the program.

Geometry is shapely, in WGS84 longitude/latitude (EPSG:4326). Dates are ``datetime.date``.
Validity ranges are inclusive at both ends; ``valid_to=None`` means "still valid".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shapely.geometry.base import BaseGeometry

#: The date the atlas opens on: the Moscow meeting of 25 April 2023.
DEFAULT_AS_OF = date(2023, 4, 25)

#: Kinds of event the panel and the map distinguish.
EVENT_KINDS = ("meeting", "visit", "agreement", "operation", "statement", "incident", "other")

#: How each kind is named in legends and lists, and the colour of its map symbol (the symbol's
#: shape also tells the kind, so colour is never the only cue).
EVENT_KIND_LABELS = {
    "meeting": "Meeting / talks",
    "visit": "Visit",
    "agreement": "Agreement",
    "operation": "Military operation",
    "statement": "Statement",
    "incident": "Incident",
    "other": "Other event",
}
EVENT_KIND_COLOURS = {
    "meeting": "#3b2f8f",
    "visit": "#5a4fb3",
    "agreement": "#1b6e3a",
    "operation": "#8c1d18",
    "statement": "#1f6f8b",  # teal: apart from "other" (grey) by colour as well as shape
    "incident": "#a0520a",
    "other": "#555555",
}


#: Source kinds (see data/SOURCES.md): who published it decides what it is evidence of.
SOURCE_KINDS = (
    "official",
    "wire",
    "newspaper",
    "monitor",
    "ngo",
    "research",
    "state_media",
    "party_media",
    "dataset",
)
#: Kinds that are evidence of what their side said, never alone of facts on the ground.
SIDE_MEDIA_KINDS = ("state_media", "party_media")
#: Admiralty grades: publisher reliability A-F, information credibility 1-6.
RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")
LOW_RELIABILITY = ("D", "E", "F")


@dataclass(frozen=True)
class Source:
    """Where a fact comes from: the original publication (a copy read is ``read_via`` only).

    Registry sources (data/sources/*.toml) carry every field; sources written inline by older
    data or imported files carry only url/publisher/date/note, and their grade is unknown."""

    url: str
    publisher: str = ""
    date: date | None = None
    note: str = ""
    id: str = ""  # registry id; "" for an inline source
    title: str = ""
    kind: str = ""  # one of SOURCE_KINDS; "" when not known (inline sources)
    reliability: str = ""  # publisher's Admiralty grade A-F; "" when not graded
    credibility: int | None = None  # Admiralty information credibility 1-6 of what is cited
    read_via: str = ""  # URL of a copy the text was read on (an archive, a syndication site)
    language: str = ""  # ISO 639-1 of the original
    date_text: str = ""  # the date as published when only the month or year is known

    @property
    def grade(self) -> str:
        """ "B2", "C" or "" (ungraded)."""
        if not self.reliability:
            return ""
        return self.reliability + (str(self.credibility) if self.credibility else "")

    @property
    def side_media(self) -> bool:
        return self.kind in SIDE_MEDIA_KINDS

    def low_grade(self, *, fact_on_ground: bool = True) -> bool:
        """True for a source that alone does not carry a claim: graded D-F, ungraded, or state
        and party media cited for a fact on the ground (they do carry what their side said)."""
        if self.reliability in LOW_RELIABILITY or not self.reliability:
            return True
        return fact_on_ground and self.side_media


def best_grade_rank(sources: tuple[Source, ...]) -> int:
    """0 (A) .. 5 (F) for the best-graded source; ungraded sources count as F."""
    ranks = [
        RELIABILITY_GRADES.index(s.reliability)
        for s in sources
        if s.reliability in RELIABILITY_GRADES
    ]
    return min(ranks, default=len(RELIABILITY_GRADES) - 1)


def passes_grade(sources: tuple[Source, ...], min_grade: str) -> bool:
    """True when some source is graded ``min_grade`` or better ("" passes everything)."""
    if not min_grade:
        return True
    return best_grade_rank(sources) <= RELIABILITY_GRADES.index(min_grade)


#: The controller of ground the control records leave a stored gap (geodata.control.UNKNOWN).
NO_DATA_CONTROLLER = "unknown"


def single_low_grade(sources: tuple[Source, ...], *, fact_on_ground: bool = True) -> bool:
    """A claim resting only on low-grade sources (see SOURCES.md): the map and panel mark it."""
    return bool(sources) and all(s.low_grade(fact_on_ground=fact_on_ground) for s in sources)


def holder_low_grade(controller: str, sources: tuple[Source, ...]) -> bool:
    """Who held ground rests only on low-grade sources (a zone, a control record): the map and
    panel mark it. A stored gap names no holder, so its sources carry no claim to warn about."""
    return controller != NO_DATA_CONTROLLER and single_low_grade(sources)


@dataclass(frozen=True)
class PartyName:
    """What a party was called between two days (inclusive; None: open)."""

    name: str
    start: date | None = None
    end: date | None = None
    sources: tuple[Source, ...] = ()

    def valid_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class PartyLink:
    """Lineage: this party succeeds (or absorbed) ``party`` from ``start``."""

    party: str
    start: date | None = None
    how: str = ""  # "renamed", "merged", "folded into its defence ministry", ...
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Party:
    """A state, armed group, bloc or organisation that holds ground or takes part in talks."""

    id: str
    name: str
    kind: str  # state | armed_group | bloc | organisation | mixed | none (e.g. "unsettled")
    aliases: tuple[str, ...] = ()
    colour: str = "#888888"  # map colour for zones this party controls
    note: str = ""
    sources: tuple[Source, ...] = ()
    names: tuple[PartyName, ...] = ()  # dated names; ``name`` where none is dated for a day
    successor_of: tuple[PartyLink, ...] = ()  # lineage: the parties this one continues
    active_from: date | None = None  # the party's span as a controller (None: open)
    active_to: date | None = None

    def name_on(self, day: date | None) -> str:
        """The party's name as it was on ``day`` (its current name without a day)."""
        if day is not None:
            for dated in self.names:
                if dated.valid_on(day):
                    return dated.name
        return self.name

    def active_on(self, day: date) -> bool:
        return (self.active_from is None or self.active_from <= day) and (
            self.active_to is None or day <= self.active_to
        )


@dataclass(frozen=True)
class Place:
    """A named point: a town, crossing, dam or meeting venue."""

    id: str
    name: str
    lat: float
    lon: float
    kind: str = "town"
    alt_names: tuple[str, ...] = ()
    name_ar: str = ""
    population: int | None = None
    approximate: bool = False  # True where the coordinate is an estimate
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class ZoneDerivation:
    """How a zone derived from the control records was made, as values: each view words them
    in its own language (geodata.legend.zone_text); ``Zone.accuracy`` keeps the English."""

    localities: int  # the tracked localities the part rests on
    snapshot_zones: tuple[str, ...] = ()  # snapshot zone ids that label the part
    cut_along: tuple[date, ...] = ()  # first days of the snapshots whose lines cut the cells
    status: str = "held"  # the records' status: held / contested / shared
    with_parties: tuple[str, ...] = ()  # party ids the status names
    record_notes: tuple[str, ...] = ()  # the records' own notes (data, English)
    # The snapshot zone the part is, unchanged (its id), and its own sourced notes (data)
    snapshot: str = ""
    snapshot_accuracy: str = ""
    snapshot_notes: str = ""


@dataclass(frozen=True)
class Zone:
    """An area held by one controller between two dates."""

    id: str
    name: str
    controller: str  # Party id
    geometry: BaseGeometry
    valid_from: date
    valid_to: date | None = None
    # The lasting area this zone is a snapshot of ("idlib", "afrin", ...): events link to areas,
    # so an event about Idlib relates to the Idlib zone of every snapshot.
    area: str = ""
    backers: tuple[str, ...] = ()  # Party ids
    accuracy: str = ""  # how approximate the boundary is, in words
    contested: bool = False
    notes: str = ""
    sources: tuple[Source, ...] = ()
    origin: str = "bundled"  # "bundled" or the workspace name of an imported control map
    # Set on zones derived from the control records: accuracy and status as values.
    derivation: ZoneDerivation | None = None

    @property
    def imported(self) -> bool:
        return self.origin != "bundled"

    @property
    def no_data(self) -> bool:
        """A stored gap: no dated source found says who held it."""
        return self.controller == NO_DATA_CONTROLLER

    @property
    def disputed(self) -> bool:
        """Sources disagree on its holder (worded "contested"). A "no data" zone is drawn and
        tiled as contested (it may overlap others) but names no holder to dispute."""
        return self.contested and not self.no_data

    @property
    def low_grade(self) -> bool:
        """Its holder rests only on low-grade sources (marked in red dashes)."""
        return holder_low_grade(self.controller, self.sources)

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class MapFeature:
    """A line or area that is not a control zone: the M4, the 2020 security corridor."""

    id: str
    name: str
    kind: str  # road | corridor | ...
    geometry: BaseGeometry
    valid_from: date | None = None
    valid_to: date | None = None
    accuracy: str = ""
    sources: tuple[Source, ...] = ()

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True)
class Event:
    """A dated talk, visit, agreement, operation or statement."""

    id: str
    date: date
    title: str
    kind: str  # one of EVENT_KINDS
    lat: float | None = None
    lon: float | None = None
    place_name: str = ""
    participants: tuple[str, ...] = ()  # Party ids
    people: tuple[str, ...] = ()  # named participants, e.g. "Hulusi Akar (Turkey)"
    summary: str = ""
    zone_ids: tuple[str, ...] = ()  # zones the event concerns
    feature_ids: tuple[str, ...] = ()  # features the event concerns (m4, m4_corridor)
    sources: tuple[Source, ...] = ()
    origin: str = "bundled"  # "bundled" or a workspace name for imported events
    # The project's own inferences and absences ("no immediate comment from Moscow"): never
    # statement text, never attributed to a party.
    notes: str = ""


@dataclass(frozen=True)
class Statement:
    """What one party said about an event: a verbatim quote or a paraphrase."""

    id: str
    event_id: str
    party: str  # Party id
    text: str
    verbatim: bool  # True only when the source has these exact words
    speaker: str = ""
    date: date | None = None
    topics: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    # The sentence(s) around the quoted words as they stand in the source: required for a
    # verbatim quote, so a reader (and validate) can check the words are there.
    excerpt: str = ""
    translated_from: str = ""  # language of the original words, where the source says so


#: Map layers off until the user turns them on (the graticule is an analyst's aid, not news;
#: "second_script", town names in both scripts, doubles every label).
DEFAULT_HIDDEN_LAYERS: frozenset[str] = frozenset({"graticule", "second_script"})


@dataclass(frozen=True)
class ViewState:
    """Everything that decides what the map and panel show: the one value exports reproduce."""

    as_of: date = DEFAULT_AS_OF
    selected_zone: str | None = None
    selected_event: str | None = None
    parties: frozenset[str] = frozenset()  # empty: all parties
    kinds: frozenset[str] = frozenset()  # empty: all kinds
    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    # "" shows every event; "B" only events with a source graded A-B, "C" A-C (SOURCES.md)
    min_grade: str = ""
    # lon/lat extent (min_lon, min_lat, max_lon, max_lat); None: the whole region
    extent: tuple[float, float, float, float] | None = None
    hidden_layers: frozenset[str] = DEFAULT_HIDDEN_LAYERS
    # compare mode: the map hatches what changed hands between this day and ``as_of``
    compare_from: date | None = None
