"""Rows and features -> Event and Zone records, through a column mapping.

Every reader (CSV, GeoJSON, KML, GeoPackage) yields ``RawFeature``s: the values of one row or
feature by column/property name, plus its geometry if the format has one. The builders here
are format-agnostic. A builder raises ValueError for a bad feature; the message names the
column ("unparsable date '2023-13-45' in column 'event_date'") and the reader adds the row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from shapely.geometry.base import BaseGeometry

from geodata.importers.geometry import event_point, zone_polygon
from geodata.importers.kinds import event_kind
from geodata.importers.values import (
    is_blank,
    not_in_the_future,
    parse_bool,
    parse_coordinate,
    parse_date,
    parse_list,
    parse_optional_date,
    to_text,
)
from geodata.model import EVENT_KINDS, Event, Source, Zone

if TYPE_CHECKING:
    from geodata.importers.parties import PartyIndex

ACLED_URL = "https://acleddata.com/"

_Parsed = TypeVar("_Parsed")


@dataclass(frozen=True)
class RawFeature:
    """One row or feature as read: values by column name, and the geometry if any."""

    number: int  # 1-based position among the file's records (CSV: the spreadsheet row)
    where: str  # "row 17", "feature 3", "placemark 2"
    values: Mapping[str, Any]
    geometry: BaseGeometry | None = None
    error: str = ""  # set when the reader already knows the feature is unusable
    # The geometry class the file declared ("point", "polygon"...) when the geometry itself
    # could not be read: it still tells whether the file holds events or zones.
    declared: str = ""


def record_id(origin: str, local: str) -> str:
    """Imported ids never clash with bundled ones: ``ws:<workspace>:<id in the file>``."""
    return f"ws:{origin}:{local}"


class _Builder:
    def __init__(
        self, mapping: dict[str, str], origin: str, file_name: str, file_stem: str
    ) -> None:
        self.mapping = mapping
        self.fallbacks: dict[str, tuple[str, ...]] = {}  # see mapping.fallback_columns
        self.origin = origin
        self.file_name = file_name
        self.file_stem = file_stem
        self.seen_ids: dict[str, str] = {}
        self._file_sources: dict[tuple[str, str], Source] = {}

    def _raw(self, feature: RawFeature, field: str) -> Any:
        column = self.mapping.get(field)
        if column is None:
            return None
        value = feature.values.get(column)
        if is_blank(value):
            for other in self.fallbacks.get(field, ()):
                alternative = feature.values.get(other)
                if not is_blank(alternative):
                    return alternative
        return value

    def _text(self, feature: RawFeature, field: str) -> str:
        return to_text(self._raw(feature, field))

    def _parsed(self, feature: RawFeature, field: str, parse: Callable[[Any], _Parsed]) -> _Parsed:
        """parse(value), with the column named in the error."""
        try:
            return parse(self._raw(feature, field))
        except ValueError as exc:
            column = self.mapping.get(field)
            where = f" in column {column!r}" if column else ""
            raise ValueError(f"{exc}{where}") from None

    def _id(self, feature: RawFeature) -> str:
        local = self._text(feature, "id") or f"{self.file_stem}-{feature.number}"
        full = record_id(self.origin, local)
        if full in self.seen_ids:
            raise ValueError(f"duplicate id {local!r} (also at {self.seen_ids[full]})")
        self.seen_ids[full] = feature.where
        return full

    def _file_source(self, publisher: str = "", url: str = "") -> Source:
        # One shared value per file (the id already says which row a record came from).
        key = (publisher, url)
        if key not in self._file_sources:
            self._file_sources[key] = Source(
                url=url, publisher=publisher, note=f"imported from {self.file_name}"
            )
        return self._file_sources[key]


#: A title longer than this is cut (with a warning): lists and map labels show one line, and
#: a cell of megabytes would freeze them. The whole text is kept as the summary's start.
MAX_TITLE = 300


class EventBuilder(_Builder):
    """Events from rows: ACLED's columns, or any file with a date and a place."""

    def __init__(
        self,
        mapping: dict[str, str],
        origin: str,
        file_name: str,
        file_stem: str,
        acled: bool = False,
    ) -> None:
        super().__init__(mapping, origin, file_name, file_stem)
        self.acled = acled
        self.unknown_kinds: Counter[str] = Counter()
        self.cut_titles: list[str] = []  # where a title over MAX_TITLE was cut

    def build(self, feature: RawFeature) -> Event:
        day = self._parsed(feature, "date", lambda v: not_in_the_future(parse_date(v), "date"))
        if feature.geometry is not None and not feature.geometry.is_empty:
            lat, lon = event_point(feature.geometry)
        elif "lat" in self.mapping and "lon" in self.mapping:
            lat = self._parsed(feature, "lat", lambda v: parse_coordinate(v, "latitude", 90))
            lon = self._parsed(feature, "lon", lambda v: parse_coordinate(v, "longitude", 180))
        else:
            raise ValueError("no location (neither a point geometry nor lat/lon values)")
        kind_text, sub_kind = self._text(feature, "kind"), self._text(feature, "sub_kind")
        kind, known = event_kind(kind_text, sub_kind)
        if not known:
            self.unknown_kinds[kind_text] += 1
        place = self._text(feature, "place")
        admin1 = self._text(feature, "admin1")
        return Event(
            id=self._id(feature),
            date=day,
            title=self._title(feature, place, kind_text, sub_kind),
            kind=kind,
            lat=lat,
            lon=lon,
            place_name=place
            if admin1 in ("", place)
            else f"{place}, {admin1}"
            if place
            else admin1,
            summary=self._summary(feature, kind_text, sub_kind),
            sources=self._sources(feature),
            origin=self.origin,
        )

    def _title(self, feature: RawFeature, place: str, kind_text: str, sub_kind: str) -> str:
        title = self._text(feature, "title")
        if len(title) > MAX_TITLE:  # a title is one line in a list; the text stays in the summary
            self.cut_titles.append(feature.where)
            return title[: MAX_TITLE - 1].rstrip() + "…"
        if title:
            return title
        what = sub_kind or kind_text
        if what and place:
            return f"{what} — {place}"
        return what or place or f"{self.file_stem} {feature.where}"

    def _summary(self, feature: RawFeature, kind_text: str, sub_kind: str) -> str:
        notes = self._text(feature, "summary")
        title = self._text(feature, "title")
        if len(title) > MAX_TITLE:  # the cut title's whole text is not lost
            notes = f"{title}\n\n{notes}" if notes else title
        facts = []
        if kind_text and (sub_kind or kind_text.lower() not in EVENT_KINDS):
            facts.append(f"Type: {kind_text}" + (f" / {sub_kind}" if sub_kind else ""))
        actors = [a for a in (self._text(feature, "actor1"), self._text(feature, "actor2")) if a]
        if actors:
            facts.append("Actors: " + "; ".join(actors))
        fatalities = self._text(feature, "fatalities")
        if fatalities:
            facts.append(f"Fatalities: {fatalities}")
        if not facts:
            return notes
        line = " · ".join(facts) + (" (ACLED)" if self.acled else "")
        return f"{notes}\n\n{line}" if notes else line

    def _sources(self, feature: RawFeature) -> tuple[Source, ...]:
        cited = self._text(feature, "source")
        url = self._text(feature, "source_url")
        sources = []
        if cited.startswith(("http://", "https://")) and not url:
            cited, url = "", cited
        if cited or url:
            note = "source named by ACLED" if self.acled else "source named in the file"
            sources.append(Source(url=url, publisher=cited, note=note))
        if self.acled:
            sources.append(self._file_source(publisher="ACLED", url=ACLED_URL))
        else:
            sources.append(self._file_source())
        return tuple(sources)


class ZoneBuilder(_Builder):
    """Zones from polygon features with a controller and validity dates."""

    def __init__(
        self,
        mapping: dict[str, str],
        origin: str,
        file_name: str,
        file_stem: str,
        parties: PartyIndex | None = None,
    ) -> None:
        super().__init__(mapping, origin, file_name, file_stem)
        self.repaired: list[str] = []
        self.parties = parties  # None: any controller id is kept as written (library use)

    def build(self, feature: RawFeature) -> Zone:
        if feature.geometry is None or feature.geometry.is_empty:
            raise ValueError("no polygon geometry")
        geometry, repair_reason = zone_polygon(feature.geometry)
        controller = self._text(feature, "controller")
        if not controller:
            raise ValueError(f"missing controller in {self.mapping.get('controller')!r}")
        parties = self.parties
        if parties is not None:
            controller = self._parsed(
                feature, "controller", lambda v: parties.resolve(to_text(v), "controller")
            )
        valid_from = self._parsed(
            feature, "valid_from", lambda v: not_in_the_future(parse_date(v), "valid_from")
        )
        valid_to = self._parsed(feature, "valid_to", parse_optional_date)
        if valid_to is not None and valid_to < valid_from:
            raise ValueError(f"valid_to {valid_to} is before valid_from {valid_from}")
        zone = Zone(
            id=self._id(feature),
            name=self._text(feature, "name") or _zone_name(controller, valid_from, valid_to),
            controller=controller,
            geometry=geometry,
            area=self._text(feature, "area"),
            valid_from=valid_from,
            valid_to=valid_to,
            backers=self._parsed(feature, "backers", self._backers),
            accuracy=self._text(feature, "accuracy") or "not stated in the imported file",
            contested=self._parsed(feature, "contested", parse_bool),
            notes=self._text(feature, "notes"),
            sources=self._sources(feature),
            origin=self.origin,
        )
        if repair_reason:
            self.repaired.append(f"{feature.where}: invalid polygon ({repair_reason}) repaired")
        return zone

    def _backers(self, value: Any) -> tuple[str, ...]:
        backers = parse_list(value)
        if self.parties is None:
            return backers
        return tuple(self.parties.resolve(backer, "backer") for backer in backers)

    def _sources(self, feature: RawFeature) -> tuple[Source, ...]:
        cited, url = self._text(feature, "source"), self._text(feature, "source_url")
        if cited.startswith(("http://", "https://")) and not url:
            cited, url = "", cited
        named = (Source(url=url, publisher=cited, note="source named in the file"),)
        return (named if cited or url else ()) + (self._file_source(),)


def _zone_name(controller: str, valid_from: date, valid_to: date | None) -> str:
    return (
        f"{controller} ({valid_from.isoformat()} – {valid_to.isoformat() if valid_to else 'open'})"
    )
