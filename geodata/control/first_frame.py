"""The default date's territory, stored with the data so the window paints it at once.

Deriving a day's zones needs the whole control history: reading ~20,000 records, indexing
them, cutting Syria into faces (~1.5 s with the bundled data, most of a cold start). The
window opens on the default date, so ``python -m tools.first_frame`` derives that day once and
writes ``first_frame.json`` beside the data: the zones of its period, the period, and the
control periods of the date slider. At start-up the atlas shows them while the history loads on
the task thread after the first paint (``Atlas.derived_zones_at``); once loaded, the history
answers, and for this period it hands back the very zone objects the first frame showed.

The store is used only when it was made from exactly the files the data directory holds now
(``geodata.control.source.inputs_key``). Its zones are kept as recipes where the data already
holds the parts: a geometry that is a snapshot zone's own is its id, a source is its registry
id (or a snapshot zone's source by position), so an edit of the source registry does not make
the store stale. ``syria-atlas validate`` and the tests check that it equals a fresh derivation.
"""

from __future__ import annotations

import dataclasses
import json
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely
from shapely.errors import GEOSException

from geodata.control.model import Locality
from geodata.control.source import inputs_key
from geodata.model import Party, Source, Zone, ZoneDerivation

if TYPE_CHECKING:
    from geodata.atlas import Atlas

STORE_FILE = Path("first_frame.json")
GENERATOR = "python -m tools.first_frame"
_MISSING_NOTE = "source id {} (not in the registry)"  # as ControlModel.sources_of_id words it


@dataclass(frozen=True)
class FirstFrame:
    """The derived zones of one period, and the atlas's control periods (the date slider)."""

    period: tuple[date, date | None]
    zones: list[Zone]
    control_dates: tuple[tuple[date, date | None], ...]

    def covers(self, day: date) -> bool:
        start, end = self.period
        return start <= day and (end is None or day <= end)


def records_key(snapshot_zones: Sequence[Zone], parties: Mapping[str, Party]) -> str:
    """A checksum of what the derivation reads of the loaded records besides the files
    (``inputs_key``): the snapshot zones (a dataset may hold others than its files: an edited
    copy) and the parties' dated names (~3 ms). Sources count by their ids only, as the store
    keeps them, so an edit of the registry does not make it stale."""
    parts = []
    for zone in sorted(snapshot_zones, key=lambda z: z.id):
        fields = (
            zone.id, zone.name, zone.controller, zone.area, zone.valid_from, zone.valid_to,
            zone.backers, zone.accuracy, zone.contested, zone.notes,
            tuple(s.id or s.url for s in zone.sources),
        )  # fmt: skip
        parts.append(repr(fields).encode("utf-8"))
        parts.append(shapely.to_wkb(zone.geometry, byte_order=1, output_dimension=2))
    for party in sorted(parties.values(), key=lambda p: p.id):
        names = tuple((n.name, n.start, n.end) for n in party.names)
        parts.append(repr((party.id, party.name, names)).encode("utf-8"))
    data = b"\0".join(parts)
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}-{len(data)}"


def read_document(data_dir: Path) -> dict[str, Any] | None:
    """The stored document when it was derived from the files ``data_dir`` holds now."""
    try:
        text = (Path(data_dir) / STORE_FILE).read_text(encoding="utf-8")
        document = json.loads(text)
        stored_key = document["inputs"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return document if stored_key == inputs_key(data_dir) else None


def first_frame_from(
    document: Mapping[str, Any],
    snapshot_zones: Sequence[Zone],
    registry,
    parties: Mapping[str, Party],
    records_checked: bool = False,
) -> FirstFrame | None:
    """The stored frame as records (None: the document cannot be read back, or it was
    derived from other snapshot zones or parties than these). ``records_checked``: they are
    those read from the files the document was derived from (``geodata.records_store``)."""
    snapshots = {z.id: z for z in snapshot_zones}
    if not records_checked and document.get("records") != records_key(snapshot_zones, parties):
        return None
    try:
        geometries = shapely.from_wkb([z["geometry"] for z in document["zones"] if "geometry" in z])
        drawn = iter(geometries)
        zones = [
            _zone(
                z,
                next(drawn) if "geometry" in z else snapshots[z["snapshot"]].geometry,
                snapshots,
                registry,
            )
            for z in document["zones"]
        ]
        return FirstFrame(
            period=_period(document["period"]),
            zones=zones,
            control_dates=tuple(_period(p.split("/")) for p in document["control_dates"]),
        )
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, GEOSException):
        return None


def _period(pair: Sequence[str | None]) -> tuple[date, date | None]:
    start, end = pair
    return date.fromisoformat(start), date.fromisoformat(end) if end and end != ".." else None


def _zone(entry: Mapping[str, Any], geometry, snapshots: Mapping[str, Zone], registry) -> Zone:
    return Zone(
        id=entry["id"],
        name=entry["name"],
        controller=entry["controller"],
        geometry=geometry,
        valid_from=date.fromisoformat(entry["valid_from"]),
        valid_to=date.fromisoformat(entry["valid_to"]) if entry["valid_to"] else None,
        area=entry["area"],
        backers=tuple(entry["backers"]),
        accuracy=entry["accuracy"],
        contested=entry["contested"],
        notes=entry["notes"],
        sources=tuple(_source(ref, snapshots, registry) for ref in entry["sources"]),
        derivation=_derivation(entry["derivation"]) if "derivation" in entry else None,
    )


def _derivation(entry: Mapping[str, Any]) -> ZoneDerivation:
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()}
    values["cut_along"] = tuple(date.fromisoformat(d) for d in values.get("cut_along", ()))
    return ZoneDerivation(**values)


def _derivation_entry(derivation: ZoneDerivation) -> dict[str, Any]:
    """Its values, the defaults left out (one zone's entry stays short)."""
    entry = {}
    for field in dataclasses.fields(derivation):
        value = getattr(derivation, field.name)
        if value != field.default:
            entry[field.name] = list(value) if isinstance(value, tuple) else value
    if "cut_along" in entry:
        entry["cut_along"] = [d.isoformat() for d in derivation.cut_along]
    return entry


def _source(ref: Mapping[str, Any], snapshots: Mapping[str, Zone], registry) -> Source:
    if "id" in ref:
        source = registry.get(ref["id"]) if registry is not None else None
        if source is None:
            raise KeyError(ref["id"])  # the registry changed: not this frame
        return source
    if "zone" in ref:
        return snapshots[ref["zone"]].sources[ref["index"]]
    return Source(url="", publisher="", note=_MISSING_NOTE.format(ref["missing"]))


# --------------------------------------------------------------------------- build and check


def frame_document(atlas: Atlas, day: date) -> dict[str, Any]:
    """The store document of ``day``'s derived zones, freshly derived (loads the history;
    derives the day again even where the atlas shows the stored frame)."""
    atlas.load_control()  # the control periods below come from the history, not the store
    control = atlas.fresh_control()
    if control is None or not control.covers(day):
        raise ValueError(f"the control records do not cover {day.isoformat()}")
    snapshots = [z for z in atlas.zones if not z.imported]
    registry = atlas.registry
    zones = control.zones_on(day)
    return {
        "generator": GENERATOR,
        "note": "The zones derived from the control records for the period of the window's "
        "default date, the period and the control periods, so the window paints them before "
        "the history has loaded; used only while 'inputs' (a checksum of the control files, "
        "zones.geojson, base/countries and rivers, talks/parties*.toml) matches the data.",
        "inputs": inputs_key(atlas.data_dir),
        "records": records_key(snapshots, atlas.parties),
        "day": day.isoformat(),
        "period": _dates(control.period(day)),
        # ISO 8601 intervals, ".." for an open end: one line each in the file
        "control_dates": ["/".join(d or ".." for d in _dates(p)) for p in atlas.control_dates()],
        "zones": [_zone_entry(z, snapshots, registry) for z in zones],
        # the localities map labels borrow names from (control.source.named_localities)
        "named_localities": [_locality_entry(loc) for loc in atlas.named_localities],
    }


def _locality_entry(locality: Locality) -> dict[str, Any]:
    entry = dataclasses.asdict(locality)
    entry["alt_names"] = list(locality.alt_names)
    return entry


def named_localities(document: Mapping[str, Any]) -> list[Locality] | None:
    """The stored named localities (None: not stored)."""
    try:
        return [
            Locality(**{**entry, "alt_names": tuple(entry["alt_names"])})
            for entry in document["named_localities"]
        ]
    except (KeyError, TypeError, ValueError):
        return None


def _dates(period: tuple[date, date | None]) -> list[str | None]:
    return [period[0].isoformat(), period[1].isoformat() if period[1] else None]


def _zone_entry(zone: Zone, snapshots: Sequence[Zone], registry) -> dict[str, Any]:
    own = next((s for s in snapshots if s.geometry is zone.geometry), None)
    entry: dict[str, Any] = {
        "id": zone.id,
        "name": zone.name,
        "controller": zone.controller,
        "valid_from": zone.valid_from.isoformat(),
        "valid_to": zone.valid_to.isoformat() if zone.valid_to else None,
        "area": zone.area,
        "backers": list(zone.backers),
        "accuracy": zone.accuracy,
        "contested": zone.contested,
        "notes": zone.notes,
        "sources": [_source_ref(s, snapshots, registry) for s in zone.sources],
    }
    if zone.derivation is not None:
        entry["derivation"] = _derivation_entry(zone.derivation)
    if own is not None:
        entry["snapshot"] = own.id
    else:
        entry["geometry"] = shapely.to_wkb(zone.geometry, hex=True, output_dimension=2)
    return entry


def _source_ref(source: Source, snapshots: Sequence[Zone], registry) -> dict[str, Any]:
    if source.id and registry is not None and registry.get(source.id) == source:
        return {"id": source.id}
    for snapshot in snapshots:
        if source in snapshot.sources:
            return {"zone": snapshot.id, "index": snapshot.sources.index(source)}
    prefix, suffix = _MISSING_NOTE.split("{}")
    if not source.url and source.note.startswith(prefix) and source.note.endswith(suffix):
        return {"missing": source.note.removeprefix(prefix).removesuffix(suffix)}
    raise ValueError(f"a source of a derived zone comes from no record: {source}")


def write_store(path: Path, document: Mapping[str, Any]) -> None:
    """One zone per line block, readable in a diff."""
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def stale_reasons(atlas: Atlas, path: Path) -> list[str]:
    """What differs between the store at ``path`` and a fresh derivation (empty: up to date)."""
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        day = date.fromisoformat(stored["day"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return [f"unreadable ({exc})"]
    fresh = frame_document(atlas, day)
    problems = []
    if stored.get("inputs") != fresh["inputs"]:
        problems.append(
            "made from other control files, zones, outline, towns or parties than these"
        )
    if stored.get("records") != fresh["records"]:
        problems.append("made from other snapshot zones or parties than these")
    for field in ("period", "control_dates", "named_localities"):
        if stored.get(field) != fresh[field]:
            problems.append(f"its {field.replace('_', ' ')} differ from a fresh derivation")
    snapshots = [z for z in atlas.zones if not z.imported]
    frame = first_frame_from(stored, snapshots, atlas.registry, atlas.parties)
    derived = atlas.fresh_control().zones_on(day)
    if frame is None:
        problems.append("its zones cannot be read back")
    elif frame.zones != derived:
        ids = {z.id for z in frame.zones} ^ {z.id for z in derived}
        which = ", ".join(sorted(ids)) if ids else "same ids, other shapes or fields"
        problems.append(f"its zones of {day.isoformat()} differ from a fresh derivation ({which})")
    return problems
