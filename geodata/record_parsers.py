"""Raw records (TOML tables, GeoJSON features, CSV rows) into model records.

Each ``*_from_*`` converter raises :class:`RecordError` naming the field and the problem;
:mod:`geodata.io` wraps that with the file and record, and :mod:`geodata.validate` reuses the
converters to report every bad record instead of the first one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from geodata.model import (
    EVENT_KINDS,
    Event,
    MapFeature,
    Party,
    PartyLink,
    PartyName,
    Place,
    Source,
    Statement,
    Zone,
)
from geodata.sources.registry import EMPTY, Registry, is_source_id

#: A zone source whose note starts with this supports a front-line walk point (one village's
#: side of the line), not the zone as a whole; the zone build writes them after the zone's own.
LINE_SOURCE_NOTE = "front-line walk"


def is_line_source(source: Source) -> bool:
    """True for a zone source that only supports points of the boundary line (see ZONES.md)."""
    return source.note.startswith(LINE_SOURCE_NOTE)


#: Source dates may be given to the month or year only: "2023-03", "2023".
_PARTIAL_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")


class RecordError(ValueError):
    """One record is malformed; the message says which field and why."""


# --------------------------------------------------------------------------- field parsers


def parse_date(value: Any, field: str, *, required: bool = True) -> date | None:
    """A date from TOML (already a date), JSON/CSV (ISO text) or None."""
    if value is None or value == "":
        if required:
            raise RecordError(f"{field}: missing date")
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise RecordError(f"{field}: not a date (want YYYY-MM-DD): {value!r}") from None
    raise RecordError(f"{field}: not a date: {value!r}")


def _text(record: Mapping[str, Any], field: str, *, required: bool = False) -> str:
    value = record.get(field)
    if value is None:
        if required:
            raise RecordError(f"{field}: missing")
        return ""
    if not isinstance(value, str):
        raise RecordError(f"{field}: must be text, got {type(value).__name__}")
    if required and not value.strip():
        raise RecordError(f"{field}: empty")
    return value.strip()


def _text_list(record: Mapping[str, Any], field: str) -> tuple[str, ...]:
    value = record.get(field)
    if value is None:
        return ()
    if isinstance(value, str):  # CSV cells and hand-written shortcuts: "a; b"
        return tuple(part.strip() for part in value.split(";") if part.strip())
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RecordError(f"{field}: must be a list of text")
    return tuple(v.strip() for v in value)


def _float(record: Mapping[str, Any], field: str, *, required: bool = False) -> float | None:
    value = record.get(field)
    if value is None or value == "":
        if required:
            raise RecordError(f"{field}: missing")
        return None
    if isinstance(value, bool):
        raise RecordError(f"{field}: not a number: {value!r}")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise RecordError(f"{field}: not a number: {value!r}") from None


def _bool(record: Mapping[str, Any], field: str, default: bool = False) -> bool:
    value = record.get(field, default)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no", "1", "0"):
        return value.strip().lower() in ("true", "yes", "1")
    raise RecordError(f"{field}: must be true or false, got {value!r}")


def _registry_source(registry: Registry, source_id: str, note: str, where: str) -> Source:
    source = registry.get(source_id)
    if source is None:
        raise RecordError(f"{where}: unknown source id {source_id!r} (not in sources/*.toml)")
    if note:  # what this record cites the source for ("front-line walk: side of ...")
        source = replace(source, note=f"{note}; {source.note}" if source.note else note)
    return source


def parse_sources(
    value: Any, field: str = "sources", registry: Registry = EMPTY
) -> tuple[Source, ...]:
    """Sources as registry ids ("reuters-2024-12-08-damascus-falls"), {id, note} objects (the
    note says what the record cites it for), or inline {url, publisher, date, note} objects and
    bare URL strings (older data and imports: ungraded)."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise RecordError(f"{field}: must be a list")
    sources = []
    for index, item in enumerate(value):
        where = f"{field}[{index}]"
        if isinstance(item, str) and is_source_id(item.strip()):
            sources.append(_registry_source(registry, item.strip(), "", where))
            continue
        if isinstance(item, Mapping) and isinstance(item.get("id"), str):
            sources.append(
                _registry_source(registry, item["id"].strip(), _text(item, "note"), where)
            )
            continue
        if isinstance(item, str):
            item = {"url": item}
        if not isinstance(item, Mapping):
            raise RecordError(f"{where}: must be an object with url/publisher/date/note")
        url = _text(item, "url")
        publisher = _text(item, "publisher")
        if not url and not publisher:
            raise RecordError(f"{where}: needs a url or, for a source without one, a publisher")
        when, note = item.get("date"), _text(item, "note")
        if isinstance(when, str) and _PARTIAL_DATE.fullmatch(when.strip()):
            # A month- or year-precision date ("2023-03"): keep it in words, not as a fake day.
            when, note = None, f"dated {when.strip()}" + (f"; {note}" if note else "")
        sources.append(
            Source(
                url=url,
                publisher=publisher,
                date=parse_date(when, f"{where}.date", required=False),
                note=note,
            )
        )
    return tuple(sources)


def parse_geometry(value: Any) -> BaseGeometry:
    if not isinstance(value, Mapping):
        raise RecordError("geometry: missing")
    try:
        geometry = shape(value)
    except Exception as exc:  # shapely raises several types for malformed GeoJSON
        raise RecordError(f"geometry: unreadable ({exc})") from None
    if geometry.is_empty:
        raise RecordError("geometry: empty")
    return geometry


# --------------------------------------------------------------------------- record converters


def _party_names(value: Any, registry: Registry = EMPTY) -> tuple[PartyName, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise RecordError("names: must be a list of {from, to, name} tables")
    names = []
    for index, item in enumerate(value):
        where = f"names[{index}]"
        start = parse_date(item.get("from"), f"{where}.from", required=False)
        end = parse_date(item.get("to"), f"{where}.to", required=False)
        if start and end and end < start:
            raise RecordError(f"{where}: to {end} is before from {start}")
        names.append(
            PartyName(
                name=_text(item, "name", required=True),
                start=start,
                end=end,
                sources=parse_sources(item.get("sources"), f"{where}.sources", registry),
            )
        )
    return tuple(names)


def _party_links(value: Any, registry: Registry = EMPTY) -> tuple[PartyLink, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise RecordError("successor_of: must be a list of {party, from, how} tables")
    return tuple(
        PartyLink(
            party=_text(item, "party", required=True),
            start=parse_date(item.get("from"), f"successor_of[{i}].from", required=False),
            how=_text(item, "how"),
            sources=parse_sources(item.get("sources"), f"successor_of[{i}].sources", registry),
        )
        for i, item in enumerate(value)
    )


def party_from_record(record: Mapping[str, Any], registry: Registry = EMPTY) -> Party:
    return Party(
        names=_party_names(record.get("names"), registry),
        successor_of=_party_links(record.get("successor_of"), registry),
        active_from=parse_date(record.get("active_from"), "active_from", required=False),
        active_to=parse_date(record.get("active_to"), "active_to", required=False),
        id=_text(record, "id", required=True),
        name=_text(record, "name", required=True),
        kind=_text(record, "kind", required=True),
        aliases=_text_list(record, "aliases"),
        colour=_text(record, "colour") or "#888888",
        note=_text(record, "note"),
        sources=parse_sources(record.get("sources"), registry=registry),
    )


def place_from_row(row: Mapping[str, Any]) -> Place:
    urls = _text_list(row, "sources")
    note = _text(row, "note")
    return Place(
        id=_text(row, "id", required=True),
        name=_text(row, "name", required=True),
        lat=_float(row, "lat", required=True),  # type: ignore[arg-type]
        lon=_float(row, "lon", required=True),  # type: ignore[arg-type]
        kind=_text(row, "kind") or "town",
        alt_names=_text_list(row, "alt_names"),
        name_ar=_text(row, "name_ar"),
        approximate=_bool(row, "approximate"),
        sources=tuple(Source(url=url, note=note) for url in urls),
    )


def event_from_record(
    record: Mapping[str, Any], origin: str = "bundled", registry: Registry = EMPTY
) -> Event:
    kind = _text(record, "kind", required=True)
    if kind not in EVENT_KINDS:
        raise RecordError(f"kind: {kind!r} is not one of {', '.join(EVENT_KINDS)}")
    lat, lon = _float(record, "lat"), _float(record, "lon")
    if (lat is None) != (lon is None):
        raise RecordError("lat/lon: give both or neither")
    return Event(
        id=_text(record, "id", required=True),
        date=parse_date(record.get("date"), "date"),  # type: ignore[arg-type]
        title=_text(record, "title", required=True),
        kind=kind,
        lat=lat,
        lon=lon,
        place_name=_text(record, "place") or _text(record, "place_name"),
        participants=_text_list(record, "participants"),
        people=_text_list(record, "people"),
        summary=" ".join(_text(record, "summary").split()),
        zone_ids=_text_list(record, "zone_ids"),
        feature_ids=_text_list(record, "feature_ids"),
        sources=parse_sources(record.get("sources"), registry=registry),
        origin=origin,
        notes=" ".join(_text(record, "notes").split()),
    )


def statement_from_record(record: Mapping[str, Any], registry: Registry = EMPTY) -> Statement:
    if "verbatim" not in record:
        raise RecordError("verbatim: missing (true for an exact quote, false for a paraphrase)")
    return Statement(
        id=_text(record, "id", required=True),
        event_id=_text(record, "event_id", required=True),
        party=_text(record, "party", required=True),
        text=" ".join(_text(record, "text", required=True).split()),
        verbatim=_bool(record, "verbatim"),
        speaker=_text(record, "speaker"),
        date=parse_date(record.get("date"), "date", required=False),
        topics=_text_list(record, "topics"),
        sources=parse_sources(record.get("sources"), registry=registry),
        excerpt=" ".join(_text(record, "excerpt").split()),
        translated_from=_text(record, "translated_from"),
    )


def zone_from_feature(feature: Mapping[str, Any], registry: Registry = EMPTY) -> Zone:
    props = feature.get("properties") or {}
    return Zone(
        id=_text(props, "id", required=True),
        name=_text(props, "name", required=True),
        controller=_text(props, "controller", required=True),
        geometry=parse_geometry(feature.get("geometry")),
        area=_text(props, "area"),
        valid_from=parse_date(props.get("valid_from"), "valid_from"),  # type: ignore[arg-type]
        valid_to=parse_date(props.get("valid_to"), "valid_to", required=False),
        backers=_text_list(props, "backers"),
        accuracy=_text(props, "accuracy"),
        contested=_bool(props, "contested"),
        notes=_text(props, "notes"),
        sources=parse_sources(props.get("sources"), registry=registry),
    )


def map_feature_from_feature(feature: Mapping[str, Any], registry: Registry = EMPTY) -> MapFeature:
    props = feature.get("properties") or {}
    return MapFeature(
        id=_text(props, "id", required=True),
        name=_text(props, "name", required=True),
        kind=_text(props, "kind") or "road",
        geometry=parse_geometry(feature.get("geometry")),
        valid_from=parse_date(props.get("valid_from"), "valid_from", required=False),
        valid_to=parse_date(props.get("valid_to"), "valid_to", required=False),
        accuracy=_text(props, "accuracy"),
        sources=parse_sources(props.get("sources"), registry=registry),
    )
