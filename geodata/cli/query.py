"""``syria-atlas query controller|m4|events|statements``: answers as JSON on stdout.

What each answer holds (dates are ISO ``YYYY-MM-DD``; ``--date`` defaults to 2023-04-25):

``controller --lat --lon [--date]`` (or ``--place NAME`` for the point)

    Where the control records (``geodata/data/control``) cover the day, the zone is derived
    from them and ``control_records`` says which: ``locality`` (the place whose cell holds the
    point), its ``record`` (controller, from, to, status, with, sources) and the records'
    first and last day; past the last day it holds ``message``: ``no data after D``.
    ``controller_name`` is the party's name on that day (``Syrian caretaker government``).
    One object: ``zone``, ``zone_name``, ``area``, ``controller``, ``controller_name``,
    ``backers``, ``contested``, ``accuracy``, ``distance_km`` (> 0 when the point lies just
    outside the generalised border and took the nearest zone), ``as_of``, ``lat``, ``lon``,
    ``coverage``, ``nearest_dates``, ``sources``, ``line_sources`` and ``agreed_zones`` (the
    agreed areas in force holding the point, computed: see :mod:`geodata.cli.agreed`).

    - ``coverage`` is false when the atlas has **no control data on that date** (between or
      outside its dated snapshots); ``nearest_dates`` then lists the closest dates that have
      data: the last day before and the first day after (either may be missing). When
      ``coverage`` is true and ``zone`` is null, the point is **outside every zone** (outside
      Syria). ``nearest_dates`` is ``[]`` whenever ``coverage`` is true. With no zone, every
      zone field is null (``backers`` and the source lists empty, ``contested`` false).
    - ``controller`` may be ``unsettled`` ("Control not settled in the sources"): the area's
      holder on that date is not established by the atlas's sources; such zones are contested.
    - ``sources`` are the zone-level sources (who holds the area, and why the date).
      ``line_sources`` are the sources of the front-line walk points the boundary was drawn
      through (each note names the villages it places); together they are the zone's full
      provenance. Zone-level sources come first, in the data's order.
    - With ``--place NAME`` the point is the best town or village match of ``query place``
      and the answer starts with ``place``: its ``id``, ``title`` and ``detail`` (kind and
      other spellings), so a reader sees which place was taken.

``m4 [--date]``
    ``{"as_of", "segments": [{"controller", "controller_name", "zone", "km", "from_km",
    "to_km", ...}], "total_km", "by_controller": [{"controller", "controller_name", "km",
    "text"}]}``: the road in order, west to east; lengths in km, rounded to 3 decimals;
    stretches in no zone have controller null, so the segments add up to the total.
    ``controller_name`` is the holder's name on that day.

``events [--zone] [--party] [--from] [--to]``
    A list of objects with ``id``, ``date``, ``title``, ``kind``, ``party``, ``participants``,
    ``people``, ``place``, ``lat``, ``lon``, ``summary``, ``zone_ids``, ``feature_ids``,
    ``sources`` and ``origin``. An event has several parties: ``party`` is the list of their
    ids (the same as ``participants``, kept under the name statements use, so both answers can
    be filtered on ``party``); ``--party`` matches an event when the party is any of them.
    ``--from`` later than ``--to`` is a usage error (exit 2).

``changes --from --to [--area]`` and ``localities [--name]``: see geodata.cli.control_query.
``events --zone ID``: a zone id (``idlib-2020-03-06``) matches that zone alone, while it was
    in force; an area id (``idlib``) every snapshot of the area. ``query zones`` lists both.

``m4`` segments also give ``from`` and ``to``: ``lon``, ``lat`` of the stretch's ends and the
    town ``near`` each (``near_km`` away). ``coverage`` false (with ``nearest_dates`` and a
    ``note``) says the date has no control data, so no stretch has a controller.

``place``, ``parties``, ``zones``: see :mod:`geodata.cli.lookup`. Every query reads the
    workspace ``--workspace`` names, else ``$SYRIA_ATLAS_WORKSPACE`` if that file exists.

``statements [--event] [--party]``
    A list of objects with ``id``, ``event_id``, ``date``, ``party`` (one id), ``party_name``,
    ``speaker``, ``text``, ``verbatim`` (true only for an exact quote), ``topics``, ``sources``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import asdict
from datetime import date
from typing import Any

from shapely.geometry import Point

from geodata.atlas import Atlas, load_atlas
from geodata.atlas_spatial import distance_km
from geodata.coverage import has_control_data, nearest_control_days
from geodata.errors import UsageError
from geodata.m4_length import M4_LENGTH_UNCERTAINTY, approx_km, rounded_km
from geodata.model import DEFAULT_AS_OF, Event, Source, Statement
from geodata.names import party_name_in
from geodata.record_parsers import is_line_source
from geodata.sources.credits import source_record

#: Lengths in the M4 answer are rounded to metres.
KM_DECIMALS = 3


def source_json(source: Source) -> dict[str, Any]:
    return source_record(source)


def event_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "date": event.date.isoformat(),
        "title": event.title,
        "kind": event.kind,
        # every party involved: an event has several (see the module docstring)
        "party": list(event.participants),
        "participants": list(event.participants),
        "people": list(event.people),
        "place": event.place_name,
        "lat": event.lat,
        "lon": event.lon,
        "summary": event.summary,
        "zone_ids": list(event.zone_ids),
        "feature_ids": list(event.feature_ids),
        "notes": event.notes,
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
        "excerpt": statement.excerpt,
        "translated_from": statement.translated_from,
        "topics": list(statement.topics),
        "sources": [source_json(s) for s in statement.sources],
    }


def controller_json(
    atlas: Atlas, lon: float, lat: float, day: date, locality: str | None = None
) -> dict[str, Any]:  # locality: a tracked place asked for by id answers from its own records
    coverage = has_control_data(atlas, day)  # bundled zones only: imports are not sourced
    answer: dict[str, Any] = {
        "lat": lat,
        "lon": lon,
        "as_of": day.isoformat(),
        "coverage": coverage,
        "nearest_dates": (
            []
            if coverage
            else [d.isoformat() for d in nearest_control_days(atlas, day) if d is not None]
        ),
    }
    from geodata.cli.agreed import agreed_zones_json

    answer["agreed_zones"] = agreed_zones_json(atlas, lon, lat, day)
    if atlas.control is not None:
        from geodata.cli.control_query import controller_records_json

        answer["control_records"] = controller_records_json(atlas, lon, lat, day, locality)
    zone = atlas.controller_at(lon, lat, day) if coverage else None
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
            "line_sources": [],
        }
    controller = atlas.parties.get(zone.controller)
    return answer | {
        "zone": zone.id,
        "zone_name": zone.name,
        "area": zone.area or None,
        "controller": zone.controller,
        "controller_name": controller.name_on(day) if controller else None,
        "backers": list(zone.backers),
        "contested": zone.contested,
        "accuracy": zone.accuracy,
        # > 0 when the point lies just outside the zone and was matched to the nearest one
        "distance_km": round(distance_km(zone.geometry, Point(lon, lat)), 3),
        "sources": [source_json(s) for s in zone.sources if not is_line_source(s)],
        "line_sources": [source_json(s) for s in zone.sources if is_line_source(s)],
    }


def m4_json(atlas: Atlas, day: date) -> dict[str, Any]:
    from geodata.m4_ends import m4_stretches

    coverage = has_control_data(atlas, day)
    segments = []
    for segment in m4_stretches(atlas, day):
        segment.pop("line")
        party = atlas.parties.get(segment.get("controller") or "")
        # the holder as it was named that day ("Syrian caretaker government" in Jan 2025)
        segment["controller_name"] = party.name_on(day) if party else None
        segments.append(segment)
    totals: dict[str | None, float] = {}
    for segment in segments:
        totals[segment.get("controller")] = (
            totals.get(segment.get("controller"), 0.0) + segment["km"]
        )
    total = atlas.m4_total_km()
    answer: dict[str, Any] = {
        "as_of": day.isoformat(),
        "coverage": coverage,
        "nearest_dates": (
            []
            if coverage
            else [d.isoformat() for d in nearest_control_days(atlas, day) if d is not None]
        ),
        "segments": segments,
        "total_km": round(total, KM_DECIMALS),
        # what the line supports (geodata.m4_length): the figures to publish
        "uncertainty": M4_LENGTH_UNCERTAINTY,
        "total_text": approx_km(total),
        "by_controller": [
            {
                "controller": c,
                "controller_name": _name_on(atlas, c, day),
                "km": rounded_km(km),
                "text": approx_km(km),
            }
            for c, km in sorted(totals.items(), key=lambda kv: -kv[1])
        ],
    }
    if not coverage:
        answer["note"] = (
            f"the atlas has no control data for {day.isoformat()}: every stretch is "
            "unattributed (controller null); see nearest_dates"
        )
    return answer


def _name_on(atlas: Atlas, party_id: str | None, day: date) -> str | None:
    party = atlas.parties.get(party_id or "")
    return party.name_on(day) if party else None


def check_date_range(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_from > date_to:
        raise UsageError(f"--from {date_from.isoformat()} is later than --to {date_to.isoformat()}")


def _print(value: Any) -> None:
    """Strict JSON: ``NaN`` and ``Infinity`` (which Python would print, and JSON readers
    refuse) are ``null``, a value the data does not have."""
    text = json.dumps(
        _finite(value), ensure_ascii=False, indent=2, default=_json_default, allow_nan=False
    )
    sys.stdout.write(text + "\n")


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        return _finite(asdict(value))
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def localise_names(value: Any, lang: str) -> Any:
    """``value`` with each ``controller_name`` / ``party_name`` in ``lang`` where the atlas
    records that party's name in it (geodata/data/talks/party_names.toml); ids unchanged."""
    if isinstance(value, list):
        return [localise_names(v, lang) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: localise_names(v, lang) for k, v in value.items()}
    for id_key in ("controller", "party", "from_controller", "to_controller"):
        name_key = f"{id_key}_name"
        if name_key in out and isinstance(out.get(id_key), str):
            out[name_key] = party_name_in(out[id_key], lang) or out[name_key]
    return out


def party_id(atlas: Atlas, text: str) -> str:
    """The id of the party ``text`` names: its id, or a recorded name or alias ("Syria",
    "HTS", "Turkish-backed forces"), as ``import`` takes them (``PartyIndex``). A name two
    parties share, or none, is returned as given, for the unknown-party error and its
    suggestions."""
    from geodata.importers.parties import PartyIndex

    if text in atlas.parties:
        return text
    spellings = PartyIndex.of_parties(atlas.parties.values()).spellings
    return spellings.get(text.strip().casefold(), text)


def run(args: argparse.Namespace) -> int:
    kind = args.query_kind
    if kind in ("events", "changes"):
        check_date_range(args.date_from, args.date_to)  # before the (slower) load
    if kind == "controller":
        check_point_args(args)
    from geodata.cli.workspace_arg import workspace_arg

    atlas = load_atlas(workspace=workspace_arg(_workspace(args)))
    day = getattr(args, "date", None) or DEFAULT_AS_OF
    lang = getattr(args, "names", "en") or "en"
    if getattr(args, "party", None):
        args.party = party_id(atlas, args.party)

    def emit(value: Any) -> None:
        _print(localise_names(value, lang) if lang != "en" else value)

    if kind == "controller":
        emit(_controller_answer(atlas, args, day))
    elif kind == "m4":
        emit(m4_json(atlas, day))
    elif kind == "events":
        events = atlas.events_for(
            zone_id=args.zone, party=args.party, date_from=args.date_from, date_to=args.date_to
        )
        zone = atlas.zone(args.zone) if args.zone else None
        if zone is not None:  # a zone id: that snapshot alone, while it was in force
            events = [e for e in events if zone.valid_on(e.date)]
        emit([event_json(e) for e in events])
    elif kind == "changes":
        from geodata.cli.control_query import changes_json

        emit(changes_json(atlas, args.date_from, args.date_to, args.area))
    elif kind == "localities":
        from geodata.cli.control_query import localities_json

        emit(localities_json(atlas, args.name))
    elif kind == "statements":
        statements = atlas.statements_for(event_id=args.event, party=args.party)
        emit([statement_json(s, atlas) for s in statements])
    elif kind == "place":
        from geodata.cli.lookup import place_json

        emit(place_json(atlas, args.name, getattr(args, "date", None)))
    elif kind == "parties":
        from geodata.cli.lookup import parties_json

        parties = parties_json(atlas)
        for party in parties if lang != "en" else ():  # {"id", "name", ...}: name in lang
            party["name"] = party_name_in(party.get("id"), lang) or party.get("name")
        emit(parties)
    elif kind == "zones":
        from geodata.cli.lookup import zones_json
        from geodata.coverage import control_gap

        zones = zones_json(atlas, day)
        gap = control_gap(atlas, day)
        if gap is not None:  # [] alone would read as "nobody held anything"
            print(f"syria-atlas: {gap.message()}", file=sys.stderr)
        emit(zones)
    else:
        raise UsageError(f"unknown query: {kind}")
    return 0


def check_point_args(args: argparse.Namespace) -> None:
    """``query controller`` takes a point (--lat and --lon) or a place (--place), not both."""
    lat, lon, place = args.lat, args.lon, getattr(args, "place", None)
    if place is not None and (lat is not None or lon is not None):
        raise UsageError("give --place or --lat/--lon, not both")
    if place is None and (lat is None or lon is None):
        raise UsageError("give --lat and --lon together, or --place NAME")
    if place is not None and not place.strip():
        raise UsageError("--place is empty")


def _controller_answer(atlas: Atlas, args: argparse.Namespace, day: date) -> dict[str, Any]:
    if args.place is None:
        return controller_json(atlas, args.lon, args.lat, day)
    from geodata.cli.lookup import place_point

    place = place_point(atlas, args.place, day)
    answer = controller_json(atlas, place["lon"], place["lat"], day, locality=place["id"])
    return {"place": {k: place[k] for k in ("id", "title", "detail")}, **answer}


def _workspace(args: argparse.Namespace) -> str | None:
    """``--workspace``, else ``$SYRIA_ATLAS_WORKSPACE`` when that file exists (as ``import``
    writes there): a query answers with the data the user imported."""
    import os

    given = getattr(args, "workspace", None)
    if given:
        return given
    from geodata.workspace_store import is_database, parse_workspace

    env = os.environ.get("SYRIA_ATLAS_WORKSPACE")
    if not env:
        return None
    return env if os.path.isfile(env) or is_database(parse_workspace(env)) else None
