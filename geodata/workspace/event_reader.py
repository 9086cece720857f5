"""Reading a workspace's events: from its columnar copy as lazy records where it has one, else
row by row (rarely needed fields read on first use from the file's bytes)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import numpy as np

from geodata.event_columns import BUNDLED, EventColumns, LazyEvents, codes, date_of
from geodata.model import EVENT_KINDS, Event
from geodata.workspace.columns import coordinates
from geodata.workspace.columns_read import StoredColumns, read_event_columns
from geodata.workspace.decoding import Decoder, gc_paused
from geodata.workspace.layer_access import select_layer
from geodata.workspace.locations import workspace_name
from geodata.workspace.records import (
    EVENTS_LAYER,
    WorkspaceError,
)
from geodata.workspace.stored_events import (
    EAGER_EVENT_SQL,
    LAZY_EVENT_SQL,
    LAZY_EVENTS,
    ROW,
    EventSnapshot,
    StoredEvent,
)

_EVENT_LISTS = ("participants", "people", "zone_ids", "feature_ids")


def _own_origin(stored: str | None, own_name: str) -> str:
    """A row's origin as read: its workspace's name when blank, and never "bundled"."""
    return own_name if not stored or stored.casefold() == BUNDLED else stored


def _check_coordinates(path: Path, lats, lons) -> None:
    """Refuse a coordinate no point on Earth has, naming the first such row."""
    lat = np.asarray(lats, dtype=float)
    lon = np.asarray(lons, dtype=float)
    bad = ~((np.abs(lat) <= 90) | np.isnan(lat)) | ~((np.abs(lon) <= 180) | np.isnan(lon))
    bad |= np.isnan(lat) != np.isnan(lon)  # one without the other
    if bad.any():
        row = int(np.argmax(bad))
        raise WorkspaceError(
            f"{path.name}: layer events, feature {row + 1}: coordinates "
            f"(lat {lat[row]!r}, lon {lon[row]!r}) are outside -90..90 / -180..180"
        )


def read_events(
    connection: sqlite3.Connection,
    path: Path,
    geometry: str,
    decoder: Decoder,
    data: bytes | None,
) -> Sequence[Event]:
    """Events in file order; with the file's ``data``, as :class:`StoredEvent` records whose
    rarely needed fields are read from it on first use."""
    lazy = LAZY_EVENTS and data is not None
    if lazy:
        stored = read_event_columns(connection, EVENTS_LAYER)
        if stored is not None:
            return _events_from_columns(stored, path, decoder, data)
    sql = EAGER_EVENT_SQL if lazy else {**EAGER_EVENT_SQL, **LAZY_EVENT_SQL}
    own_name = workspace_name(path)
    with gc_paused():
        rows = select_layer(
            connection, path, EVENTS_LAYER, sql, (own_name, own_name), geometry=geometry or ""
        )
    try:
        lats, lons = coordinates(rows, bool(geometry))
    except ValueError as exc:
        raise WorkspaceError(f"{path.name}: layer events: {exc}") from None
    _check_coordinates(
        path, [np.nan if v is None else v for v in lats], [np.nan if v is None else v for v in lons]
    )
    names = tuple(sql)
    strings, sources, dates = decoder.strings, decoder.sources, decoder.dates
    cls = type("StoredEvent", (StoredEvent,), {"__module__": __name__}) if lazy else Event
    new, set_dict = object.__new__, object.__setattr__
    events: list[Event] = []
    append = events.append
    try:
        with gc_paused():
            for row, lat, lon in zip(rows, lats, lons, strict=True):
                value = dict(zip(names, row, strict=False))
                if not value["id"]:
                    raise ValueError("id: missing")
                fields = {
                    "id": value["id"],
                    "date": dates[value["date"]],
                    "title": value["title"],
                    "kind": value["kind"],
                    "lat": lat,
                    "lon": lon,
                    "place_name": value["place_name"],
                    "participants": strings[value["participants"]],
                    "zone_ids": strings[value["zone_ids"]],
                    "origin": _own_origin(value["origin"], own_name),
                }
                if lazy:
                    event = new(cls)
                    set_dict(event, "__dict__", {**fields, ROW: len(events)})
                else:
                    fields["people"] = strings[value["people"]]
                    fields["feature_ids"] = strings[value["feature_ids"]]
                    fields["summary"] = value["summary"]
                    fields["sources"] = sources[value["sources"]]
                    event = Event(**fields)
                append(event)
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        number = len(events) + 1
        raise WorkspaceError(f"{path.name}: layer events, feature {number}: {exc}") from None
    if lazy:
        cls._snapshot = EventSnapshot(data, path, len(events))
    return events


def _events_from_columns(
    stored: StoredColumns, path: Path, decoder: Decoder, data: bytes
) -> LazyEvents:
    """Events from the workspace's columnar copy: records are made when first read."""
    own_name = workspace_name(path)
    _check_coordinates(path, stored.lat, stored.lon)
    try:
        participant_sets = [decoder.strings[text] for text in stored.participant_texts]
        zone_id_sets = [decoder.strings[text] for text in stored.zone_texts]
    except (TypeError, ValueError, AttributeError) as exc:
        raise WorkspaceError(f"{path.name}: layer events: {exc}") from None
    # Codes into distinct names, in the order EventColumns.of_events gives them.
    kind_names, kind_map = codes(stored.kind_names, EVENT_KINDS)
    party_sets, party_map = codes(participant_sets)
    zone_sets, zone_map = codes(zone_id_sets)
    origins = [_own_origin(name, own_name) for name in stored.origin_names]
    origin_names, origin_map = codes(origins, (BUNDLED,))
    columns = EventColumns(
        ids=stored.ids,
        day=stored.day,
        lon=stored.lon,
        lat=stored.lat,
        kind_names=kind_names,
        kind=kind_map[stored.kind],
        party_sets=party_sets,
        parties=party_map[stored.participants],
        zone_sets=zone_sets,
        zones=zone_map[stored.zone_ids],
        origin_names=origin_names,
        origin=origin_map[stored.origin],
    )
    cls = type("StoredEvent", (StoredEvent,), {"__module__": __name__})
    snapshot = cls._snapshot = EventSnapshot(data, path, len(columns))
    new, set_dict = object.__new__, object.__setattr__
    ids, titles, places = stored.ids, stored.titles, stored.places
    day, lat, lon, kind, parties, zones, origin = (
        columns.day,
        columns.lat,
        columns.lon,
        columns.kind,
        columns.parties,
        columns.zones,
        columns.origin,
    )
    dates: dict[int, date] = {}

    def make_rows(rows: list[int]) -> list[Event]:
        taken = np.asarray(rows, dtype=np.intp)
        days = [date_of(dates, d) for d in day[taken].tolist()]
        lats = [None if y != y else y for y in lat[taken].tolist()]  # NaN != NaN: no point
        lons = [None if x != x else x for x in lon[taken].tolist()]
        coded = zip(
            kind[taken].tolist(),
            parties[taken].tolist(),
            zones[taken].tolist(),
            origin[taken].tolist(),
            strict=True,
        )
        made: list[Event] = []
        with gc_paused():
            for row, when, y, x, (k, p, z, o) in zip(rows, days, lats, lons, coded, strict=True):
                event = new(cls)
                set_dict(
                    event,
                    "__dict__",
                    {
                        "id": ids[row],
                        "date": when,
                        "title": titles[row],
                        "kind": kind_names[k],
                        "lat": y,
                        "lon": x,
                        "place_name": places[row],
                        "participants": party_sets[p],
                        "zone_ids": zone_sets[z],
                        "origin": origin_names[o],
                        ROW: row,
                    },
                )
                made.append(event)
        return made

    def texts() -> list[str]:  # what event_text gives, without making the records
        people, summaries = snapshot.column("people"), snapshot.column("summary")
        return [
            " ".join((title, summary, place, *names))
            for title, summary, place, names in zip(titles, summaries, places, people, strict=True)
        ]

    return LazyEvents(columns, make_rows, texts)
