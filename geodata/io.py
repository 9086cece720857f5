"""Read the atlas's data files into model records.

A data directory holds::

    talks/parties.toml     [[party]] tables
    talks/events*.toml     [[event]] tables (events.toml, events-2016-2024.toml, ...)
    talks/statements*.toml [[statement]] tables
    sources/*.toml         the source registry records cite by id (geodata.sources)
    places.csv             the curated gazetteer
    zones.geojson          dated control zones (FeatureCollection)
    features.geojson       the M4 and the 2020 security corridor (FeatureCollection)

Only csv, json, TOML (``geodata.toml_read``) and shapely are used, so loading stays fast enough
for the window's start-up. The converters from raw record to model record are in
:mod:`geodata.record_parsers`; a bad record here is an :class:`AtlasError` naming file and record.
They, the TOML reader and the source registry are imported when first used: with the start-up
store (``geodata.records_store``) the first frame needs none of them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from functools import partial
from pathlib import Path
from typing import Any

from geodata.errors import AtlasError
from geodata.model import Event, MapFeature, Party, Place, Statement, Zone

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


class Deferred:
    """A part of the records read when first asked for (``get``), once; a second thread asking
    meanwhile waits for that read."""

    def __init__(self, load: Callable[[], Any]) -> None:
        self._load: Callable[[], Any] | None = load
        self._value: Any = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._load is None

    def get(self) -> Any:
        if self._load is not None:
            with self._lock:
                if self._load is not None:
                    self._value = self._load()
                    self._load = None
        return self._value


@dataclass(frozen=True)
class AtlasRecords:
    """Everything read from one data directory, as model records (unsorted, unindexed).

    ``statements`` and ``registry`` may be given as :class:`Deferred` (see ``load_records``):
    they are read when the attribute is first read."""

    parties: tuple[Party, ...] = ()
    places: tuple[Place, ...] = ()
    zones: tuple[Zone, ...] = ()
    features: tuple[MapFeature, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    # the control history (control/*.csv, see geodata.control) and where the data was read
    control: Any = None  # geodata.control.source.ControlSource | None
    data_dir: Path | None = None
    registry: Any = None  # geodata.sources.registry.Registry: control records cite it by id
    # The registry sources the stored first frame cites (``.get(id)``), when the records came
    # from the start-up store (geodata.records_store): the registry itself is read later.
    first_frame_sources: Any = None

    def deferred(self, part: str) -> bool:
        """Whether ``part`` (``statements``, ``registry``) is still to be read."""
        value = self.__dict__[part]
        return isinstance(value, Deferred) and not value.loaded

    def with_zones(self, zones: tuple[Zone, ...]) -> AtlasRecords:
        """The records with other zones; what is deferred stays so (``replace`` would read it)."""
        values = {f.name: self.__dict__[f.name] for f in fields(self)}
        return AtlasRecords(**{**values, "zones": zones})


def _deferrable(name: str) -> property:
    """``name`` as an attribute that reads a :class:`Deferred` value on first access (the
    dataclass's ``__init__`` stores the value given through the setter)."""

    def get(self: AtlasRecords) -> Any:
        value = self.__dict__[name]
        return value.get() if isinstance(value, Deferred) else value

    def put(self: AtlasRecords, value: Any) -> None:
        self.__dict__[name] = value

    return property(get, put)


AtlasRecords.statements = _deferrable("statements")  # type: ignore[assignment]
AtlasRecords.registry = _deferrable("registry")


def default_data_dir() -> Path:
    from geodata.paths import data_dir

    return data_dir()


# --------------------------------------------------------------------------- raw file readers


def read_toml_records(path: Path, table: str) -> list[dict[str, Any]]:
    from geodata import toml_read

    try:
        with path.open("rb") as handle:
            document = toml_read.load(handle)
    except toml_read.TOMLDecodeError as exc:
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
    import csv

    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def record_label(record: Mapping[str, Any], index: int) -> str:
    """The id of a raw record for messages, or its position when it has none."""
    props = record.get("properties") if "geometry" in record else record
    rid = props.get("id") if isinstance(props, Mapping) else None
    return str(rid) if isinstance(rid, str) and rid else f"#{index + 1}"


def _convert(path: Path, records: Iterable[Mapping[str, Any]], convert) -> tuple:
    from geodata.record_parsers import RecordError

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
    record is an :class:`AtlasError` naming the file and the record (run ``validate`` for all).

    When the start-up store (geodata.records_store) was written from these very files, the
    records the first frame needs come from it and the registry and the statements are read
    when first asked for: the same bytes were read without error when it was written."""
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    if not data_dir.is_dir():
        raise AtlasError(f"data directory not found: {data_dir}")
    if not has_data(data_dir):
        raise AtlasError(f"no atlas data in {data_dir} (expected talks/*.toml, zones.geojson ...)")
    from geodata.records_store import read_store

    stored = read_store(data_dir)
    if stored is None:
        return read_records(data_dir)
    registry = Deferred(partial(_read_registry, data_dir))
    return AtlasRecords(
        control=_control_source(data_dir),
        data_dir=data_dir,
        registry=registry,
        statements=Deferred(lambda: _read_statements(data_dir, registry.get())),
        first_frame_sources=stored,
        **stored.parts,
    )


def read_records(data_dir: Path) -> AtlasRecords:
    """Every record of ``data_dir``, read now (``load_records`` without the start-up store)."""
    from geodata.record_parsers import (
        event_from_record,
        map_feature_from_feature,
        party_from_record,
        place_from_row,
        zone_from_feature,
    )

    registry = _read_registry(data_dir)

    def geojson(name: Path, convert) -> tuple:
        path = data_dir / name
        return _convert(path, read_geojson_features(path), convert) if path.is_file() else ()

    places_path = data_dir / PLACES_FILE
    places = (
        _convert(places_path, read_csv_rows(places_path), place_from_row)
        if places_path.is_file()
        else ()
    )
    return AtlasRecords(
        control=_control_source(data_dir),
        data_dir=data_dir,
        registry=registry,
        parties=_talks(data_dir, PARTIES_FILE, partial(party_from_record, registry=registry)),
        places=places,
        zones=geojson(ZONES_FILE, partial(zone_from_feature, registry=registry)),
        features=geojson(FEATURES_FILE, partial(map_feature_from_feature, registry=registry)),
        events=_talks(data_dir, EVENTS_FILE, partial(event_from_record, registry=registry)),
        statements=_read_statements(data_dir, registry),
    )


def _read_registry(data_dir: Path):
    from geodata.sources.registry import load_registry

    return load_registry(data_dir)


def _read_statements(data_dir: Path, registry) -> tuple[Statement, ...]:
    from geodata.record_parsers import statement_from_record

    return _talks(data_dir, STATEMENTS_FILE, partial(statement_from_record, registry=registry))


def _talks(data_dir: Path, name: Path, convert) -> tuple:
    records: list = []
    for file in talks_files(data_dir, name):
        path = data_dir / file
        records.extend(_convert(path, read_toml_records(path, TOML_TABLES[name]), convert))
    return tuple(records)


def _control_source(data_dir: Path):
    """The control files (geodata.control.source.ControlSource), None without records. Read
    now unless the default date's territory is stored for exactly these files: then after the
    window's first paint (geodata.control.first_frame)."""
    from geodata.control.first_frame import read_document
    from geodata.control.source import ControlSource

    document = read_document(data_dir)
    if document is not None:
        return ControlSource(data_dir, first_frame=document)
    from geodata.control.load import load_control

    files = load_control(data_dir)
    return ControlSource(data_dir, files=files) if files.records else None
