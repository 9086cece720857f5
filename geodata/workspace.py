"""Workspaces: the user's imported events and zones, kept in one GeoPackage file.

Layers: ``events`` (points), ``zones`` (polygons) and ``imports`` (a plain table: which file was
imported when, with how many rows). Every model field is a column; tuples and sources are JSON
text, dates ISO text. The file opens in QGIS as it is.

Saving is atomic: the whole new workspace is written to a temporary file in the same
directory, flushed to disk (fsync), then renamed over the old one (``os.replace``). A process
killed at any moment leaves either the old file or the new one, byte for byte; a failed import
never reaches this module, so it leaves the workspace untouched too.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from geodata.errors import AtlasError
from geodata.model import Event, Source, Zone

APP_DIR_NAME = "northern-syria-atlas"
DEFAULT_FILE_NAME = "workspace.gpkg"
EVENTS_LAYER, ZONES_LAYER, IMPORTS_LAYER = "events", "zones", "imports"

_EVENT_TEXT = ("id", "date", "title", "kind", "place_name", "summary", "origin")
_EVENT_LISTS = ("participants", "people", "zone_ids", "feature_ids")
_ZONE_TEXT = ("id", "name", "controller", "area", "valid_from", "valid_to", "accuracy", "notes")


class WorkspaceError(AtlasError):
    """A workspace that cannot be read or written."""


@dataclass(frozen=True)
class ImportRecord:
    """Provenance of one import, a row of the ``imports`` table."""

    file: str  # the imported file's name
    path: str  # where it was, as given
    format: str
    kind: str  # events | zones
    rows: int  # rows or features read
    records: int  # events or zones added (or replaced)
    repaired: int = 0
    warnings: tuple[str, ...] = ()
    imported_at: str = ""  # ISO 8601 UTC; filled in when saved if empty


@dataclass(frozen=True)
class SaveSummary:
    path: Path
    added: int  # new records
    replaced: int  # records whose id was already in the workspace (re-import of a file)


# --- where workspaces live -------------------------------------------------------------------


def user_data_dir() -> Path:
    """The per-user data directory, as platformdirs would give it, without Qt or platformdirs."""
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / APP_DIR_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_DIR_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(home / ".local" / "share")
    return Path(base) / APP_DIR_NAME


def default_workspace_path() -> Path:
    """``SYRIA_ATLAS_WORKSPACE`` if set, else ``<user data dir>/workspace.gpkg``."""
    override = os.environ.get("SYRIA_ATLAS_WORKSPACE")
    return Path(override).expanduser() if override else user_data_dir() / DEFAULT_FILE_NAME


def workspace_name(path: str | Path) -> str:
    """The name records imported into this workspace carry (ids, ``Event.origin``)."""
    return Path(path).stem or "workspace"


# --- reading ---------------------------------------------------------------------------------


def _layers(path: Path) -> dict[str, str]:
    import pyogrio

    if not path.exists():
        raise WorkspaceError(f"workspace not found: {path}")
    if not path.is_file():
        raise WorkspaceError(f"workspace is not a file: {path}")
    try:
        return {str(n): str(t or "") for n, t in pyogrio.list_layers(path)}
    except Exception as exc:  # pyogrio's DataSourceError family
        raise WorkspaceError(f"not a readable workspace GeoPackage: {path} ({exc})") from None


def _read_columns(path: Path, layer: str, with_geometry: bool):
    """(column name -> numpy array, WKB geometries or None) of one layer."""
    from pyogrio.raw import read

    try:
        meta, _fids, geometry, fields = read(path, layer=layer, read_geometry=with_geometry)
    except Exception as exc:
        raise WorkspaceError(f"{path.name}: cannot read layer {layer!r}: {exc}") from None
    return dict(zip(meta["fields"], fields, strict=True)), geometry


class _Decoder:
    """JSON columns -> tuples; identical texts (the same source on every row) decode once."""

    def __init__(self):
        self._sources: dict[str, tuple[Source, ...]] = {"[]": (), "": ()}
        self._lists: dict[str, tuple[str, ...]] = {"[]": (), "": ()}
        self._source_items: dict[tuple[str, str, str, str], Source] = {}

    def strings(self, text) -> tuple[str, ...]:
        text = text or ""
        cached = self._lists.get(text)
        if cached is None:
            cached = self._lists[text] = tuple(str(v) for v in json.loads(text))
        return cached

    def sources(self, text) -> tuple[Source, ...]:
        text = text or ""
        cached = self._sources.get(text)
        if cached is None:
            cached = self._sources[text] = tuple(self._source(item) for item in json.loads(text))
        return cached

    def _source(self, item: dict) -> Source:
        key = (
            item.get("url") or "",
            item.get("publisher") or "",
            item.get("date") or "",
            item.get("note") or "",
        )
        source = self._source_items.get(key)
        if source is None:
            url, publisher, day, note = key
            source = self._source_items[key] = Source(
                url=url,
                publisher=publisher,
                date=date.fromisoformat(day) if day else None,
                note=note,
            )
        return source


def _column(columns: dict, name: str, n: int) -> list:
    values = columns.get(name)
    return [None] * n if values is None else values.tolist()


def _coordinate(value) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def _read_events(path: Path, decoder: _Decoder) -> list[Event]:
    columns, _ = _read_columns(path, EVENTS_LAYER, with_geometry=False)
    n = len(next(iter(columns.values()))) if columns else 0
    names = (*_EVENT_TEXT, *_EVENT_LISTS, "sources", "lat", "lon")
    rows = zip(*(_column(columns, name, n) for name in names), strict=True)
    default_origin = workspace_name(path)
    events = []
    strings, sources_of = decoder.strings, decoder.sources
    for number, row in enumerate(rows, start=1):
        (ident, day, title, kind, place, summary, origin,
         participants, people, zone_ids, feature_ids, sources, lat, lon) = row  # fmt: skip
        try:
            events.append(
                Event(
                    id=ident,
                    date=date.fromisoformat(day),
                    title=title or "",
                    kind=kind or "other",
                    lat=_coordinate(lat),
                    lon=_coordinate(lon),
                    place_name=place or "",
                    participants=strings(participants),
                    people=strings(people),
                    summary=summary or "",
                    zone_ids=strings(zone_ids),
                    feature_ids=strings(feature_ids),
                    sources=sources_of(sources),
                    origin=origin or default_origin,
                )
            )
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise WorkspaceError(f"{path.name}: layer events, feature {number}: {exc}") from None
    return events


def _read_zones(path: Path, decoder: _Decoder) -> list[Zone]:
    import shapely

    columns, wkb = _read_columns(path, ZONES_LAYER, with_geometry=True)
    origin = workspace_name(path)
    n = len(wkb) if wkb is not None else 0
    geometries = shapely.from_wkb(wkb) if n else []
    text = {name: _column(columns, name, n) for name in _ZONE_TEXT}
    backers, contested, sources = (
        _column(columns, c, n) for c in ("backers", "contested", "sources")
    )
    zones = []
    for i in range(n):
        try:
            valid_to = text["valid_to"][i]
            zones.append(
                Zone(
                    id=text["id"][i],
                    name=text["name"][i] or "",
                    controller=text["controller"][i],
                    geometry=geometries[i],
                    valid_from=date.fromisoformat(text["valid_from"][i]),
                    valid_to=date.fromisoformat(valid_to) if valid_to else None,
                    area=text["area"][i] or "",
                    backers=decoder.strings(backers[i]),
                    accuracy=text["accuracy"][i] or "",
                    contested=bool(contested[i]),
                    notes=text["notes"][i] or "",
                    sources=decoder.sources(sources[i]),
                    origin=origin,
                )
            )
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise WorkspaceError(f"{path.name}: layer zones, feature {i + 1}: {exc}") from None
    return zones


def read_workspace(path: str | Path) -> tuple[list[Event], list[Zone]]:
    """Every event and zone in the workspace at ``path`` (missing layers read as empty)."""
    path = Path(path)
    layers = _layers(path)
    decoder = _Decoder()
    events = _read_events(path, decoder) if EVENTS_LAYER in layers else []
    zones = _read_zones(path, decoder) if ZONES_LAYER in layers else []
    return events, zones


def list_imports(path: str | Path) -> list[ImportRecord]:
    """The workspace's import history, oldest first."""
    path = Path(path)
    if IMPORTS_LAYER not in _layers(path):
        return []
    columns, _ = _read_columns(path, IMPORTS_LAYER, with_geometry=False)
    n = len(next(iter(columns.values()))) if columns else 0
    get = {name: _column(columns, name, n) for name in columns}
    return [
        ImportRecord(
            file=get["file"][i],
            path=get["path"][i],
            format=get["format"][i],
            kind=get["kind"][i],
            rows=int(get["rows"][i]),
            records=int(get["records"][i]),
            repaired=int(get["repaired"][i]),
            warnings=tuple(json.loads(get["warnings"][i] or "[]")),
            imported_at=get["imported_at"][i],
        )
        for i in range(n)
    ]


# --- writing ---------------------------------------------------------------------------------


class _Encoder:
    """Sources -> JSON text; the same sources tuple (one per file, typically) encodes once."""

    def __init__(self):
        self._cache: dict[tuple[Source, ...], str] = {}

    def sources(self, sources: tuple[Source, ...]) -> str:
        text = self._cache.get(sources)
        if text is None:
            text = self._cache[sources] = json.dumps(
                [
                    {
                        "url": s.url,
                        "publisher": s.publisher,
                        "date": s.date.isoformat() if s.date else None,
                        "note": s.note,
                    }
                    for s in sources
                ],
                ensure_ascii=False,
            )
        return text


def _list_json(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False) if values else "[]"


def _events_frame(events: list[Event], encoder: _Encoder):
    import geopandas
    import shapely

    lats = [math.nan if e.lat is None else e.lat for e in events]
    lons = [math.nan if e.lon is None else e.lon for e in events]
    points = shapely.points(lons, lats) if events else []
    geometry = [
        None if e.lat is None or e.lon is None else p for e, p in zip(events, points, strict=True)
    ]
    data = {
        "id": [e.id for e in events],
        "date": [e.date.isoformat() for e in events],
        "title": [e.title for e in events],
        "kind": [e.kind for e in events],
        "place_name": [e.place_name for e in events],
        "summary": [e.summary for e in events],
        "origin": [e.origin for e in events],
        "lat": lats,
        "lon": lons,
        **{name: [_list_json(getattr(e, name)) for e in events] for name in _EVENT_LISTS},
        "sources": [encoder.sources(e.sources) for e in events],
    }
    return geopandas.GeoDataFrame(data, geometry=geometry, crs="EPSG:4326")


def _zones_frame(zones: list[Zone], encoder: _Encoder):
    import geopandas

    data = {
        "id": [z.id for z in zones],
        "name": [z.name for z in zones],
        "controller": [z.controller for z in zones],
        "area": [z.area for z in zones],
        "valid_from": [z.valid_from.isoformat() for z in zones],
        "valid_to": [z.valid_to.isoformat() if z.valid_to else None for z in zones],
        "backers": [_list_json(z.backers) for z in zones],
        "accuracy": [z.accuracy for z in zones],
        "contested": [int(z.contested) for z in zones],
        "notes": [z.notes for z in zones],
        "sources": [encoder.sources(z.sources) for z in zones],
    }
    return geopandas.GeoDataFrame(data, geometry=[z.geometry for z in zones], crs="EPSG:4326")


def _imports_frame(records: list[ImportRecord]):
    import pandas

    return pandas.DataFrame(
        {
            "file": [r.file for r in records],
            "path": [r.path for r in records],
            "format": [r.format for r in records],
            "kind": [r.kind for r in records],
            "rows": [r.rows for r in records],
            "records": [r.records for r in records],
            "repaired": [r.repaired for r in records],
            "warnings": [json.dumps(list(r.warnings), ensure_ascii=False) for r in records],
            "imported_at": [r.imported_at for r in records],
        }
    )


def _layer_written(temp_path: Path, layer: str) -> None:
    """Called after each layer reaches the temporary file (a seam for the crash test)."""


def _write_all(temp_path: Path, events, zones, imports) -> None:
    import pyogrio

    encoder = _Encoder()
    frames = (
        (EVENTS_LAYER, _events_frame(events, encoder), "Point"),
        (ZONES_LAYER, _zones_frame(zones, encoder), "Unknown"),
    )
    for layer, frame, geometry_type in frames:
        pyogrio.write_dataframe(
            frame,
            temp_path,
            layer=layer,
            driver="GPKG",
            geometry_type=geometry_type,
            promote_to_multi=False,  # a Polygon reads back as a Polygon
        )
        _layer_written(temp_path, layer)
    pyogrio.write_dataframe(_imports_frame(imports), temp_path, layer=IMPORTS_LAYER, driver="GPKG")
    _layer_written(temp_path, IMPORTS_LAYER)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    if sys.platform == "win32":  # directories cannot be opened for fsync there
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """One writer at a time per workspace (POSIX advisory lock; released if the process dies)."""
    try:
        import fcntl
    except ImportError:  # Windows: saves are still atomic, just not serialised
        yield
        return
    lock_path = path.with_name(f".{path.name}.lock")
    with lock_path.open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.saving-{os.getpid()}.gpkg")


def _remove_stale_temp_files(path: Path) -> None:
    """Temporary files of saves that were killed (only called while holding the lock)."""
    for stale in path.parent.glob(f".{path.name}.saving-*.gpkg"):
        with contextlib.suppress(OSError):
            stale.unlink()


def save_workspace(
    path: str | Path,
    events: Iterable[Event],
    zones: Iterable[Zone],
    imports: Iterable[ImportRecord] = (),
) -> Path:
    """Write exactly these records as the workspace at ``path``, atomically."""
    path = Path(path)
    events, zones, imports = list(events), list(zones), list(imports)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"cannot create the workspace folder {path.parent}: {exc}") from None
    temp = _temp_path(path)
    try:
        if temp.exists():
            temp.unlink()
        _write_all(temp, events, zones, imports)
        _fsync_file(temp)
        os.replace(temp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        raise WorkspaceError(f"cannot save the workspace {path}: {exc}") from None
    except Exception as exc:  # GDAL write errors come as pyogrio exceptions
        raise WorkspaceError(f"cannot save the workspace {path}: {exc}") from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return path


def save_import(path: str | Path, result) -> SaveSummary:
    """Add an importer's ``ImportResult`` to the workspace, with its provenance record."""
    provenance = ImportRecord(
        file=result.path.name,
        path=str(result.path),
        format=result.format,
        kind=result.kind,
        rows=result.rows,
        records=result.count,
        repaired=result.repaired,
        warnings=result.warnings,
    )
    return add_to_workspace(path, result.events, result.zones, provenance)


def add_to_workspace(
    path: str | Path,
    events: Iterable[Event] = (),
    zones: Iterable[Zone] = (),
    provenance: ImportRecord | None = None,
) -> SaveSummary:
    """Add records to the workspace (creating it if needed), atomically.

    A record whose id is already in the workspace replaces it, so importing a corrected or
    updated export again updates the earlier import instead of duplicating it.
    """
    path = Path(path)
    events, zones = list(events), list(zones)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"cannot create the workspace folder {path.parent}: {exc}") from None
    with _locked(path):
        _remove_stale_temp_files(path)
        if path.exists():
            old_events, old_zones = read_workspace(path)
            history = list_imports(path)
        else:
            old_events, old_zones, history = [], [], []
        new_ids = {e.id for e in events} | {z.id for z in zones}
        old_ids = {e.id for e in old_events} | {z.id for z in old_zones}
        merged_events = [e for e in old_events if e.id not in new_ids] + events
        merged_zones = [z for z in old_zones if z.id not in new_ids] + zones
        if provenance is not None:
            stamp = provenance.imported_at or datetime.now(UTC).isoformat(timespec="seconds")
            history.append(_with_stamp(provenance, stamp))
        save_workspace(path, merged_events, merged_zones, history)
    replaced = len(new_ids & old_ids)
    return SaveSummary(path=path, added=len(new_ids) - replaced, replaced=replaced)


def _with_stamp(record: ImportRecord, stamp: str) -> ImportRecord:
    from dataclasses import replace

    return replace(record, imported_at=stamp)
