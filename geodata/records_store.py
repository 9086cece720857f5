"""The records the first frame reads, stored pre-parsed with the data (``start_records.json``).

Reading the talks and the source registry (TOML, ~550 sources checked against the source
policy), the snapshot zones (GeoJSON coordinates, one Python float each) and the gazetteer is
~60 ms of a cold start, while the first frame only needs the parties, places, zones, map
features and events, as model records. ``python -m tools.first_frame`` writes them here as
JSON (geometries as WKB, sources once in a table, cited by position) with the registry sources
the stored first frame cites by id; at start-up they are made from it in a few milliseconds,
and the registry and the statements are read when first asked for (after the first paint).

The store is trusted only while a checksum of every file ``geodata.io.load_records`` reads
(talks, sources, zones, features, places) and of the stored classes' fields matches: those
very bytes were read without error when it was written, so reading the rest later cannot
fail where reading it at start-up would have. With any other files (an edit, another data
directory) everything is read at once, as before. ``syria-atlas validate`` and the tests check
the store against a fresh read.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from geodata.file_checksum import files_checksum
from geodata.model import (
    Event,
    MapFeature,
    Party,
    PartyLink,
    PartyName,
    Place,
    Source,
    Zone,
    ZoneDerivation,
)
from geodata.work_ahead import ahead_of_time

STORE_FILE = Path("start_records.json")
GENERATOR = "python -m tools.first_frame"
#: Bumped when what the store holds changes shape.
FORMAT = 1

#: The stored parts of ``geodata.io.AtlasRecords`` and their record class.
PARTS: dict[str, type] = {
    "parties": Party,
    "places": Place,
    "zones": Zone,
    "features": MapFeature,
    "events": Event,
}
_CLASSES = (Party, PartyName, PartyLink, Place, Zone, ZoneDerivation, MapFeature, Event, Source)


# --------------------------------------------------------------------------- the inputs


def input_files(data_dir: Path) -> list[Path]:
    """Every file ``load_records`` reads (the control folder apart), relative to ``data_dir``."""
    from geodata import io

    data_dir = Path(data_dir)
    talks = [
        name
        for main in (io.PARTIES_FILE, io.EVENTS_FILE, io.STATEMENTS_FILE)
        for name in io.talks_files(data_dir, main)
    ]
    found = [
        *(data_dir / name for name in talks),
        *sorted((data_dir / "sources").glob("*.toml")),  # the registry's (registry_files)
        *(data_dir / name for name in (io.ZONES_FILE, io.FEATURES_FILE, io.PLACES_FILE)),
    ]
    return [path.relative_to(data_dir) for path in found if path.is_file()]


def _layout() -> bytes:
    """The stored classes' fields and their types: a changed model makes the store stale."""
    return repr(
        [(c.__name__, [(f.name, str(f.type)) for f in dataclasses.fields(c)]) for c in _CLASSES]
    ).encode("utf-8")


@ahead_of_time
def inputs_key(data_dir: Path) -> str:
    """A checksum of the input files' bytes and of the model's layout (~0.5 ms for the
    bundled ~0.7 MB); begun ahead at start-up (``geodata.work_ahead``)."""
    crc, adler, size = files_checksum(data_dir, input_files(data_dir), seed=_layout())
    return f"{FORMAT}-{crc:08x}{adler:08x}-{size}"


# --------------------------------------------------------------------------- field codecs


def _field_kind(annotation: str) -> str:
    """How a field is stored, from its annotation (the model's annotations are strings)."""
    if annotation == "BaseGeometry":
        return "geometry"
    if annotation in ("date", "date | None"):
        return "date"
    if annotation == "tuple[date, ...]":
        return "dates"
    if annotation == "tuple[Source, ...]":
        return "sources"
    if annotation.startswith("tuple[") and annotation != "tuple[str, ...]":
        return "records"  # tuple[PartyName, ...], tuple[PartyLink, ...]
    if annotation.startswith(("ZoneDerivation",)):
        return "record"
    if annotation == "tuple[str, ...]":
        return "texts"
    return "plain"


_BY_NAME = {c.__name__: c for c in _CLASSES}


def _nested_class(annotation: str) -> type:
    name = annotation.removeprefix("tuple[").split(",")[0].split("|")[0].strip(" ]")
    return _BY_NAME[name]


class _Writer:
    """Encodes records; each distinct source once, in ``sources``."""

    def __init__(self) -> None:
        self.sources: list[dict[str, Any]] = []
        self._source_index: dict[Source, int] = {}

    def source(self, source: Source) -> int:
        index = self._source_index.get(source)
        if index is None:
            index = self._source_index[source] = len(self.sources)
            self.sources.append(self.record(source))
        return index

    def record(self, record: Any) -> dict[str, Any]:
        entry: dict[str, Any] = {}
        for field in dataclasses.fields(record):
            value = getattr(record, field.name)
            default = field.default
            if value is default or (type(value) is type(default) and value == default):
                continue  # left out: the class's default
            entry[field.name] = self._value(value, str(field.type))
        return entry

    def _value(self, value: Any, annotation: str) -> Any:
        kind = _field_kind(annotation)
        if value is None:
            return None
        if kind == "geometry":
            import shapely

            return base64.b64encode(shapely.to_wkb(value)).decode("ascii")
        if kind == "date":
            return value.isoformat()
        if kind == "dates":
            return [d.isoformat() for d in value]
        if kind == "sources":
            return [self.source(s) for s in value]
        if kind == "records":
            return [self.record(r) for r in value]
        if kind == "record":
            return self.record(value)
        if kind == "texts":
            return list(value)
        return value


def _decoders(cls: type) -> list[tuple[str, str, type | None]]:
    """(field, kind, nested class) of the fields that are not stored as they are."""
    out = []
    for field in dataclasses.fields(cls):
        annotation = str(field.type)
        kind = _field_kind(annotation)
        if kind != "plain":
            nested = _nested_class(annotation) if kind in ("records", "record") else None
            out.append((field.name, kind, nested))
    return out


class _Reader:
    """Makes records of stored entries (the sources table first)."""

    def __init__(self, sources: Sequence[Mapping[str, Any]]) -> None:
        self._plans: dict[type, list[tuple[str, str, type | None]]] = {}
        self._geometries: list[tuple[dict[str, Any], str, str]] = []
        self.sources = [self.record(Source, entry) for entry in sources]

    def record(self, cls: type, entry: Mapping[str, Any]) -> Any:
        plan = self._plans.get(cls)
        if plan is None:
            plan = self._plans[cls] = _decoders(cls)
        values = dict(entry)
        for name, kind, nested in plan:
            value = values.get(name)
            if value is None:
                continue
            if kind == "date":
                values[name] = date.fromisoformat(value)
            elif kind == "dates":
                values[name] = tuple(date.fromisoformat(d) for d in value)
            elif kind == "sources":
                values[name] = tuple(self.sources[i] for i in value)
            elif kind == "records":
                values[name] = tuple(self.record(nested, r) for r in value)
            elif kind == "record":
                values[name] = self.record(nested, value)
            elif kind == "texts":
                values[name] = tuple(value)
            elif kind == "geometry":
                values[name] = _wkb(value)
        return cls(**values)


def _wkb(text: str):
    import shapely

    return shapely.from_wkb(base64.b64decode(text))


# --------------------------------------------------------------------------- read and write


@dataclasses.dataclass(frozen=True)
class StoredRecords:
    """The stored parts (``PARTS``) and the registry sources the first frame cites by id."""

    parts: Mapping[str, tuple]
    first_frame_sources: Mapping[str, Source]

    def get(self, source_id: str) -> Source | None:
        """A registry source the stored first frame cites (``first_frame_from``'s lookup)."""
        return self.first_frame_sources.get(source_id)


def read_store(data_dir: Path) -> StoredRecords | None:
    """The stored records when written from the very files ``data_dir`` holds now."""
    try:
        text = (Path(data_dir) / STORE_FILE).read_text(encoding="utf-8")
        document = json.loads(text)
        if document["inputs"] != inputs_key(data_dir):
            return None
        return records_from(document)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def records_from(document: Mapping[str, Any]) -> StoredRecords:
    reader = _Reader(document["sources"])
    parts = {
        name: tuple(reader.record(cls, entry) for entry in document[name])
        for name, cls in PARTS.items()
    }
    cited = {sid: reader.sources[index] for sid, index in document["registry"].items()}
    return StoredRecords(parts, cited)


def store_document(
    data_dir: Path, records: Any, registry_ids: Iterable[str], registry: Any
) -> dict[str, Any]:
    """The store of ``records`` (``geodata.io.AtlasRecords`` read from ``data_dir``), with the
    registry's sources of ``registry_ids`` (those the stored first frame cites)."""
    writer = _Writer()
    parts = {name: [writer.record(r) for r in getattr(records, name)] for name in PARTS}
    cited = {}
    for sid in sorted(set(registry_ids)):
        source = registry.get(sid)
        if source is not None:
            cited[sid] = writer.source(source)
    return {
        "generator": GENERATOR,
        "note": "The parties, places, zones, map features and events as read from the talks, "
        "sources, zones.geojson, features.geojson and places.csv, so the window makes its "
        "first frame without reading them; used only while 'inputs' (a checksum of those "
        "files and of the model's fields) matches the data.",
        "inputs": inputs_key(data_dir),
        "registry": cited,
        **parts,
        "sources": writer.sources,
    }


def write_store(path: Path, document: Mapping[str, Any]) -> None:
    """One record a line: readable in a diff."""
    lines = ["{"]
    items = list(document.items())
    for index, (key, value) in enumerate(items):
        end = "," if index + 1 < len(items) else ""
        if isinstance(value, list):
            rows = [json.dumps(v, ensure_ascii=False) for v in value]
            body = ",\n  ".join(rows)
            lines.append(
                f" {json.dumps(key)}: [\n  {body}\n ]{end}" if rows else f' "{key}": []{end}'
            )
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{end}")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def stale_reasons(data_dir: Path, fresh: Any, path: Path) -> list[str]:
    """What differs between the store at ``path`` and the records of ``data_dir`` (``fresh``:
    them, just read, or a function reading them: called only when the files are those the
    store was written from; empty: up to date)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"unreadable ({exc})"]
    if document.get("inputs") != inputs_key(data_dir):
        return ["made from other talks, sources, zones, features or places than these"]
    try:
        stored = records_from(document)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        return [f"its records cannot be read back ({exc})"]
    if callable(fresh):
        fresh = fresh()
    problems = [
        f"its {name} differ from a fresh read"
        for name in PARTS
        if stored.parts[name] != tuple(getattr(fresh, name))
    ]
    registry = fresh.registry
    for sid, source in stored.first_frame_sources.items():
        if registry.get(sid) != source:
            problems.append(f"its source {sid} differs from the registry's")
    return problems
