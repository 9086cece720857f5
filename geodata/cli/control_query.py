"""``syria-atlas query changes|localities`` and the control-record part of ``query controller``.

``changes --from D1 --to D2 [--area ID]``
    ``{"from", "to", "area", "changes": [...], "km2": {...}}``. Each change is a locality whose
    control on D2 differs from D1: ``locality``, ``name``, ``lat``, ``lon``, ``from_controller``,
    ``from_status``, ``to_controller``, ``to_status`` (``from_controller_name`` and
    ``to_controller_name``: each named as it was on its day), ``date`` (the day the record in
    force on D2 starts), ``sources`` and ``note``. ``km2`` is, per controller, the derived territory
    ``gained``, ``lost`` and ``net`` between the two days in km², measured geodesically
    (pyproj.Geod); ``unknown`` is the "no data" territory. Localities with no record on one of
    the days are not gains or losses: ``localities_entering_or_leaving_the_records`` counts
    them. ``--area`` (an area id such as ``idlib`` or a zone id) keeps the changes
    and areas inside that area (its extent on either day).

``localities [--name TEXT]``
    The gazetteer: ``id``, ``name``, ``names``, ``kind``, ``lat``, ``lon``, ``admin1``,
    ``admin2``, ``coord_source``, ``approximate``. With ``--name`` (any spelling, case-blind)
    each match also has its ``history``: the control records in force, oldest first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import shapely

from geodata.atlas import Atlas
from geodata.control.model import ControlRecord, Locality
from geodata.errors import AtlasError, UsageError
from geodata.model import Source

KM2_DECIMALS = 1


def _source_json(source: Source) -> dict[str, Any]:
    from geodata.cli.query import source_json  # one shape for every answer's sources

    return source_json(source)


def _control(atlas: Atlas):
    if atlas.control is None:
        raise AtlasError("the atlas has no control records (geodata/data/control/records)")
    return atlas.control


def record_json(atlas: Atlas, record: ControlRecord, day: date | None = None) -> dict[str, Any]:
    control = _control(atlas)
    return {
        "locality": record.locality,
        "controller": record.controller,
        "controller_name": control.name_on(record.controller, day or record.start),
        "from": record.start.isoformat(),
        "to": record.end.isoformat() if record.end else None,
        "status": record.status,
        "with": list(record.with_parties),
        "source_ids": list(record.sources),
        "sources": [_source_json(s) for s in control.sources_of(record)],
        "note": record.note,
        "migrated": record.baseline,
    }


def locality_json(locality: Locality) -> dict[str, Any]:
    return {
        "id": locality.id,
        "name": locality.name,
        "names": list(locality.names()),
        "kind": locality.kind,
        "lat": locality.lat,
        "lon": locality.lon,
        "admin1": locality.admin1,
        "admin2": locality.admin2,
        "coord_source": locality.coord_source,
        "approximate": locality.approximate,
    }


def controller_records_json(
    atlas: Atlas, lon: float, lat: float, day: date, locality: str | None = None
) -> dict[str, Any]:
    """What ``query controller`` adds from the control history: the record deciding the point
    (the locality whose cell holds it; ``locality``'s own when a tracked place was asked for
    by id), how many localities the zone rests on, and coverage."""
    control = atlas.control
    if control is None:
        return {}
    coverage = control.history.coverage
    answer: dict[str, Any] = {
        "records_cover": control.covers(day),
        "records_first_day": coverage.first_day.isoformat() if coverage else None,
        "records_last_day": coverage.last_day.isoformat() if coverage else None,
    }
    if coverage is not None and day > coverage.last_day:
        answer["message"] = f"no data after {coverage.last_day.isoformat()}"
    if not answer["records_cover"]:
        return answer
    locality_id = (
        locality if locality in control.history.localities else control.locality_at(lon, lat, day)
    )
    record = control.history.record_on(locality_id, day) if locality_id else None
    answer["locality"] = (
        locality_json(control.history.localities[locality_id]) if locality_id else None
    )
    answer["record"] = record_json(atlas, record, day) if record is not None else None
    return answer


def changes_json(
    atlas: Atlas, day_from: date, day_to: date, area: str | None = None
) -> dict[str, Any]:
    if day_from > day_to:
        raise UsageError(f"--from {day_from.isoformat()} is later than --to {day_to.isoformat()}")
    control = _control(atlas)
    for day in (day_from, day_to):
        if not control.covers(day):
            raise AtlasError(f"the control records do not cover {day.isoformat()}")
    region = _area_geometry(atlas, area, (day_from, day_to)) if area else None
    changes = control.history.changes(day_from, day_to)
    # a place coming into or out of the records is not a gain or a loss: counted apart
    data_changes = [c for c in changes if not (c.before.known and c.after.known)]
    changes = [c for c in changes if c.before.known and c.after.known]
    if region is not None:
        changes = [
            c for c in changes if shapely.intersects_xy(region, c.locality.lon, c.locality.lat)
        ]
    rows = []
    for change in changes:
        sources = control.sources_of(change.record) if change.record else ()
        rows.append(
            {
                "locality": change.locality.id,
                "name": change.locality.name,
                "lat": change.locality.lat,
                "lon": change.locality.lon,
                "from_controller": change.before.controller,
                "from_controller_name": control.name_on(change.before.controller, day_from),
                "from_status": change.before.status,
                "to_controller": change.after.controller,
                "to_controller_name": control.name_on(change.after.controller, day_to),
                "to_status": change.after.status,
                "date": change.date.isoformat() if change.date else None,
                "sources": [_source_json(s) for s in sources],
                "note": change.record.note if change.record else "",
            }
        )
    return {
        "from": day_from.isoformat(),
        "to": day_to.isoformat(),
        "area": area,
        "changes": rows,
        "localities_entering_or_leaving_the_records": len(data_changes),
        "km2": km2_changed(atlas, day_from, day_to, region),
    }


def km2_changed(atlas: Atlas, day_from: date, day_to: date, region=None) -> dict[str, dict]:
    """Per controller: km² gained, lost and net between two days (geodesic)."""
    from geodata.analysis import geodesic_area_km2

    control = _control(atlas)
    before = control.territory_by_controller(day_from)
    after = control.territory_by_controller(day_to)
    out: dict[str, dict] = {}
    for controller in sorted(set(before) | set(after)):
        old = before.get(controller, shapely.Polygon())
        new = after.get(controller, shapely.Polygon())
        gained, lost = new.difference(old), old.difference(new)
        if region is not None:
            gained, lost = gained.intersection(region), lost.intersection(region)
        gained_km2 = geodesic_area_km2(gained) if not gained.is_empty else 0.0
        lost_km2 = geodesic_area_km2(lost) if not lost.is_empty else 0.0
        if gained_km2 or lost_km2:
            out[controller] = {
                "gained": round(gained_km2, KM2_DECIMALS),
                "lost": round(lost_km2, KM2_DECIMALS),
                "net": round(gained_km2 - lost_km2, KM2_DECIMALS),
            }
    return out


def _area_geometry(atlas: Atlas, area: str, days: tuple[date, ...]):
    atlas.check_zone_or_area(area)
    zone = atlas.zone(area)
    if zone is not None:
        return zone.geometry
    shapes = [z.geometry for day in days for z in atlas.zones_at(day) if z.area == area]
    shapes += [z.geometry for z in atlas.zones if z.area == area and not z.imported]
    return shapely.union_all(shapes)


def localities_json(atlas: Atlas, name: str | None = None) -> list[dict[str, Any]]:
    control = _control(atlas)
    localities = list(control.history.localities.values())
    if name:
        wanted = name.casefold().strip()
        localities = [loc for loc in localities if any(wanted in n.casefold() for n in loc.names())]
    rows = []
    for locality in localities:
        row = locality_json(locality)
        if name:
            row["history"] = [record_json(atlas, r) for r in control.history.timeline(locality.id)]
        rows.append(row)
    return rows
