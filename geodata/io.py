"""Read the atlas's data files into model records.

A data directory holds::

    talks/parties.toml     [[party]] tables
    talks/events*.toml     [[event]] tables (events.toml, events-2016-2024.toml, ...)
    talks/statements*.toml [[statement]] tables
    sources/*.toml         the source registry records cite by id (geodata.sources)
    places.csv             the curated gazetteer
    zones.geojson          dated control zones (FeatureCollection)
    features.geojson       the M4 and the 2020 security corridor (FeatureCollection)

Only the standard library (tomllib, csv, json) and shapely are used, so loading stays fast enough
for the window's start-up. Each ``*_from_*`` converter raises :class:`RecordError` naming the
problem; :mod:`geodata.validate` reuses them to report every bad record instead of the first one.
"""

from __future__ import annotations

import csv
import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from geodata.errors import AtlasError
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
from geodata.sources.registry import EMPTY, Registry, is_source_id, load_registry

PARTIES_FILE = Path("talks", "parties.toml")
EVENTS_FILE = Path("talks", "events.toml")
STATEMENTS_FILE = Path("talks", "statements.toml")
PLACES_FILE = Path("places.csv")
ZONES_FILE = Path("zones.geojson")
FEATURES_FILE = Path("features.geojson")
COUNTRIES_FILE = Path("base", "countries.geojson")

#: The TOML array-of-tables name in each talks file.
TOML_TABLES = {PARTIES_FILE: "party", EVENTS_FILE: "event", STATEMENTS_FILE: "statement"}


def talks_files(data_dir: Path, main: Path) -> list[Path]:
    """The talks files of one kind, relative to ``data_dir``: ``events.toml`` first, then every
    ``events*.toml`` others add (``events-2016-2024.toml``), in name order."""
    folder = Path(data_dir) / main.parent
    if not folder.is_dir():
        return []
    stem = main.stem
    found = sorted(p.name for p in folder.glob(f"{stem}*.toml"))
    if main.name in found:
        found.remove(main.name)
        found.insert(0, main.name)
    return [main.parent / name for name in found]


def toml_table(name: Path) -> str:
    """The array-of-tables name of a talks file (events-2016-2024.toml -> "event")."""
    for main, table in TOML_TABLES.items():
        if name == main or (name.parent == main.parent and name.stem.startswith(main.stem)):
            return table
    raise KeyError(name)


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


@dataclass(frozen=True)
class AtlasRecords:
    """Everything read from one data directory, as model records (unsorted, unindexed)."""

    parties: tuple[Party, ...] = ()
    places: tuple[Place, ...] = ()
    zones: tuple[Zone, ...] = ()
    features: tuple[MapFeature, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    # the control history (control/*.csv, see geodata.control) and where the data was read
    control: Any = None  # geodata.control.load.ControlFiles | None
    data_dir: Path | None = None
    registry: Any = None  # geodata.sources.registry.Registry: control records cite it by id


def default_data_dir() -> Path:
    from geodata.paths import data_dir

    return data_dir()


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


# --------------------------------------------------------------------------- raw file readers


def read_toml_records(path: Path, table: str) -> list[dict[str, Any]]:
    try:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise AtlasError(f"{path}: not valid TOML ({exc})") from None
    except RecursionError:
        raise AtlasError(f"{path}: not usable TOML: nested too deeply") from None
    except (UnicodeDecodeError, OSError) as exc:
        raise AtlasError(f"{path}: cannot read the file ({exc})") from None
    if not isinstance(document, dict):
        raise AtlasError(f"{path}: not a TOML document")
    records = document.get(table, [])
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise AtlasError(f"{path}: '{table}' must be an array of tables ([[{table}]])")
    return records


def read_geojson_features(path: Path) -> list[dict[str, Any]]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AtlasError(f"{path}: not valid JSON ({exc})") from None
    except RecursionError:
        raise AtlasError(f"{path}: not usable JSON: nested too deeply") from None
    except ValueError:  # an integer of thousands of digits
        raise AtlasError(f"{path}: not usable JSON: a number with thousands of digits") from None
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise AtlasError(f"{path}: not a GeoJSON FeatureCollection")
    features = document.get("features")
    if not isinstance(features, list) or not all(isinstance(f, dict) for f in features):
        raise AtlasError(f"{path}: 'features' must be a list of objects")
    return features


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def record_label(record: Mapping[str, Any], index: int) -> str:
    """The id of a raw record for messages, or its position when it has none."""
    props = record.get("properties") if "geometry" in record else record
    rid = props.get("id") if isinstance(props, Mapping) else None
    return str(rid) if isinstance(rid, str) and rid else f"#{index + 1}"


def _convert(path: Path, records: Iterable[Mapping[str, Any]], convert) -> tuple:
    out = []
    for index, record in enumerate(records):
        try:
            out.append(convert(record))
        except RecordError as exc:
            raise AtlasError(f"{path}: {record_label(record, index)}: {exc}") from None
    return tuple(out)


# --------------------------------------------------------------------------- whole directory


def has_data(data_dir: Path) -> bool:
    """True when the directory holds at least one atlas data file."""
    names = (PARTIES_FILE, EVENTS_FILE, STATEMENTS_FILE, PLACES_FILE, ZONES_FILE, FEATURES_FILE)
    return any((data_dir / name).is_file() for name in names)


def load_records(data_dir: Path | None = None) -> AtlasRecords:
    """Every record of a data directory. Missing files give empty collections; a malformed
    record is an :class:`AtlasError` naming the file and the record (run ``validate`` for all)."""
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    if not data_dir.is_dir():
        raise AtlasError(f"data directory not found: {data_dir}")
    if not has_data(data_dir):
        raise AtlasError(f"no atlas data in {data_dir} (expected talks/*.toml, zones.geojson ...)")

    registry = load_registry(data_dir)

    def toml(name: Path, convert) -> tuple:
        records: list = []
        for file in talks_files(data_dir, name):
            path = data_dir / file
            records.extend(_convert(path, read_toml_records(path, TOML_TABLES[name]), convert))
        return tuple(records)

    def geojson(name: Path, convert) -> tuple:
        path = data_dir / name
        return _convert(path, read_geojson_features(path), convert) if path.is_file() else ()

    places_path = data_dir / PLACES_FILE
    places = (
        _convert(places_path, read_csv_rows(places_path), place_from_row)
        if places_path.is_file()
        else ()
    )
    from geodata.control.load import load_control

    control = load_control(data_dir)
    return AtlasRecords(
        control=control if control.records else None,
        data_dir=data_dir,
        registry=registry,
        parties=toml(PARTIES_FILE, partial(party_from_record, registry=registry)),
        places=places,
        zones=geojson(ZONES_FILE, partial(zone_from_feature, registry=registry)),
        features=geojson(FEATURES_FILE, partial(map_feature_from_feature, registry=registry)),
        events=toml(EVENTS_FILE, partial(event_from_record, registry=registry)),
        statements=toml(STATEMENTS_FILE, partial(statement_from_record, registry=registry)),
    )
