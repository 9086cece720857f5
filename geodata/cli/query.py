"""``syria-atlas query controller|m4|events|statements``: answers as JSON on stdout."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date
from typing import Any

from shapely.geometry import Point

from geodata.atlas import Atlas, distance_km, load_atlas
from geodata.errors import UsageError
from geodata.model import DEFAULT_AS_OF, Event, Source, Statement


def source_json(source: Source) -> dict[str, Any]:
    return {
        "url": source.url,
        "publisher": source.publisher,
        "date": source.date.isoformat() if source.date else None,
        "note": source.note,
    }


def event_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "date": event.date.isoformat(),
        "title": event.title,
        "kind": event.kind,
        "participants": list(event.participants),
        "people": list(event.people),
        "place": event.place_name,
        "lat": event.lat,
        "lon": event.lon,
        "summary": event.summary,
        "zone_ids": list(event.zone_ids),
        "feature_ids": list(event.feature_ids),
        "sources": [source_json(s) for s in event.sources],
        "origin": event.origin,
    }


def statement_json(statement: Statement, atlas: Atlas) -> dict[str, Any]:
    party = atlas.parties.get(statement.party)
    return {
        "id": statement.id,
        "event_id": statement.event_id,
        "date": statement.date.isoformat() if statement.date else None,
        "party": statement.party,
        "party_name": party.name if party else None,
        "speaker": statement.speaker,
        "text": statement.text,
        "verbatim": statement.verbatim,
        "topics": list(statement.topics),
        "sources": [source_json(s) for s in statement.sources],
    }


def controller_json(atlas: Atlas, lon: float, lat: float, day: date) -> dict[str, Any]:
    zone = atlas.controller_at(lon, lat, day)
    answer: dict[str, Any] = {"lat": lat, "lon": lon, "as_of": day.isoformat()}
    if zone is None:
        return answer | {
            "zone": None,
            "zone_name": None,
            "area": None,
            "controller": None,
            "controller_name": None,
            "backers": [],
            "contested": False,
            "accuracy": None,
            "distance_km": None,
            "sources": [],
        }
    controller = atlas.parties.get(zone.controller)
    return answer | {
        "zone": zone.id,
        "zone_name": zone.name,
        "area": zone.area or None,
        "controller": zone.controller,
        "controller_name": controller.name if controller else None,
        "backers": list(zone.backers),
        "contested": zone.contested,
        "accuracy": zone.accuracy,
        # > 0 when the point lies just outside the zone and was matched to the nearest one
        "distance_km": round(distance_km(zone.geometry, Point(lon, lat)), 3),
        "sources": [source_json(s) for s in zone.sources],
    }


def m4_json(atlas: Atlas, day: date) -> dict[str, Any]:
    segments = []
    for segment in atlas.m4_breakdown(day):
        segment = dict(segment)
        party = atlas.parties.get(segment.get("controller") or "")
        segment.setdefault("controller_name", party.name if party else None)
        segments.append(segment)
    return {"as_of": day.isoformat(), "segments": segments, "total_km": atlas.m4_total_km()}


def _print(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
    sys.stdout.write("\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def run(args: argparse.Namespace) -> int:
    atlas = load_atlas(workspace=getattr(args, "workspace", None))
    kind = args.query_kind
    day = getattr(args, "date", None) or DEFAULT_AS_OF
    if kind == "controller":
        _print(controller_json(atlas, args.lon, args.lat, day))
    elif kind == "m4":
        _print(m4_json(atlas, day))
    elif kind == "events":
        events = atlas.events_for(
            zone_id=args.zone, party=args.party, date_from=args.date_from, date_to=args.date_to
        )
        _print([event_json(e) for e in events])
    elif kind == "statements":
        statements = atlas.statements_for(event_id=args.event, party=args.party)
        _print([statement_json(s, atlas) for s in statements])
    else:
        raise UsageError(f"unknown query: {kind}")
    return 0
