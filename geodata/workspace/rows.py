"""Records -> the column values a workspace layer stores: every model field a column, tuples
and sources as JSON text, dates as ISO text, geometry as a GeoPackage blob."""

from __future__ import annotations

import json
import math

from geodata.model import Event, Source, Zone
from geodata.workspace.gpkg import geometry_blob, point_blob
from geodata.workspace.records import ImportRecord

EVENT_COLUMNS = (
    "id",
    "date",
    "title",
    "kind",
    "place_name",
    "summary",
    "origin",
    "lat",
    "lon",
    "participants",
    "people",
    "zone_ids",
    "feature_ids",
    "sources",
)
ZONE_COLUMNS = (
    "id",
    "name",
    "controller",
    "area",
    "valid_from",
    "valid_to",
    "backers",
    "accuracy",
    "contested",
    "notes",
    "sources",
)
IMPORT_COLUMNS = (
    "file",
    "path",
    "format",
    "kind",
    "rows",
    "records",
    "repaired",
    "warnings",
    "imported_at",
)


class Encoder:
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


def _coordinate(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else float(value)


def event_row(event: Event, encoder: Encoder) -> tuple:
    """EVENT_COLUMNS' values, then the geometry blob."""
    lat, lon = _coordinate(event.lat), _coordinate(event.lon)
    point = None if lat is None or lon is None else point_blob(lon, lat)
    return (
        event.id,
        event.date.isoformat(),
        event.title,
        event.kind,
        event.place_name,
        event.summary,
        event.origin,
        lat,
        lon,
        _list_json(event.participants),
        _list_json(event.people),
        _list_json(event.zone_ids),
        _list_json(event.feature_ids),
        encoder.sources(event.sources),
        point,
    )


def zone_row(zone: Zone, encoder: Encoder) -> tuple:
    """ZONE_COLUMNS' values, then the geometry blob."""
    return (
        zone.id,
        zone.name,
        zone.controller,
        zone.area,
        zone.valid_from.isoformat(),
        zone.valid_to.isoformat() if zone.valid_to else None,
        _list_json(zone.backers),
        zone.accuracy,
        int(zone.contested),
        zone.notes,
        encoder.sources(zone.sources),
        geometry_blob(zone.geometry),
    )


def import_row(record: ImportRecord) -> tuple:
    return (
        record.file,
        record.path,
        record.format,
        record.kind,
        record.rows,
        record.records,
        record.repaired,
        json.dumps(list(record.warnings), ensure_ascii=False),
        record.imported_at,
    )
