"""Column mapping: which column (or property) of the file feeds which field of the record.

A mapping is a plain ``dict[field, column]``. ``guess_mapping`` fills it from common column
names (ACLED's export columns included); an explicit mapping (the GUI's combo boxes, the
command line's ``--map field=column``) overrides the guess field by field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from geodata.errors import UsageError

# Field -> column names that mean it, best first. Names are compared normalised (lower case,
# no spaces, underscores or hyphens), so "Event Date", "event_date" and "EVENT-DATE" match.
EVENT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("event_id_cnty", "event_id", "id", "uid", "uuid", "identifier"),
    "date": ("event_date", "date", "day", "datetime", "timestamp", "when", "time", "begin"),
    "lat": ("latitude", "lat", "y", "lat_dd", "coord_y"),
    "lon": ("longitude", "lon", "lng", "long", "x", "lon_dd", "coord_x"),
    "title": ("title", "name", "headline", "event_name", "label"),
    "kind": ("kind", "event_type", "type", "category"),
    "sub_kind": ("sub_event_type", "subtype", "sub_type", "subcategory"),
    "place": ("location", "place", "place_name", "town", "city", "village", "site"),
    "admin1": ("admin1", "governorate", "province", "region", "state"),
    "summary": ("notes", "summary", "description", "details", "comment", "comments", "text"),
    "actor1": ("actor1", "actor", "actor_1", "perpetrator"),
    "actor2": ("actor2", "actor_2", "target"),
    "fatalities": ("fatalities", "deaths", "killed", "casualties"),
    "source": ("source", "sources", "publisher", "source_name"),
    "source_url": ("source_url", "url", "link", "href"),
}

ZONE_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("zone_id", "id", "uid", "identifier"),
    "name": ("name", "title", "label", "zone", "zone_name"),
    "controller": (
        "controller",
        "controlled_by",
        "control",
        "holder",
        "held_by",
        "party",
        "faction",
    ),
    "valid_from": ("valid_from", "from", "start", "start_date", "date_from", "since", "begin"),
    "valid_to": ("valid_to", "to", "end", "end_date", "date_to", "until"),
    "area": ("area", "area_id", "region_id"),
    "backers": ("backers", "backed_by", "supporters", "backer"),
    "accuracy": ("accuracy", "precision", "approximate"),
    "contested": ("contested", "disputed"),
    "notes": ("notes", "description", "summary", "comment", "comments"),
    "source": ("source", "sources", "publisher"),
    "source_url": ("source_url", "url", "link", "href"),
}

#: Fields without which no record can be made. Events from a point geometry need no lat/lon.
REQUIRED = {
    "events": ("date", "lat", "lon"),
    "zones": ("controller", "valid_from", "valid_to"),
}


def fields_for(kind: str) -> dict[str, tuple[str, ...]]:
    return ZONE_FIELDS if kind == "zones" else EVENT_FIELDS


def normalise(name: str) -> str:
    return re.sub(r"[\s_\-.]+", "", name.strip().lower())


def guess_mapping(columns: Sequence[str], kind: str = "events") -> dict[str, str]:
    """Best column for each field, by name; a column feeds at most one field."""
    by_norm: dict[str, str] = {}
    for column in columns:
        by_norm.setdefault(normalise(column), column)
    taken: set[str] = set()
    mapping: dict[str, str] = {}
    for field, aliases in fields_for(kind).items():
        for alias in aliases:
            column = by_norm.get(normalise(alias))
            if column is not None and column not in taken:
                mapping[field] = column
                taken.add(column)
                break
    return mapping


def fallback_columns(
    columns: Sequence[str], kind: str, mapping: dict[str, str], explicit: dict[str, str] | None
) -> dict[str, tuple[str, ...]]:
    """Other columns that also name a guessed field, tried in order when its value is blank.

    GeoJSON and KML properties vary from feature to feature (one placemark has a TimeStamp,
    the next an ExtendedData "date"), so one guessed column per field is not enough there.
    Explicitly mapped fields never fall back.
    """
    used = set(mapping.values())
    by_norm: dict[str, str] = {}
    for column in columns:
        by_norm.setdefault(normalise(column), column)
    fallbacks: dict[str, tuple[str, ...]] = {}
    for field, aliases in fields_for(kind).items():
        if field in (explicit or {}) or field not in mapping:
            continue
        others = [by_norm[normalise(a)] for a in aliases if normalise(a) in by_norm]
        others = [c for c in others if c not in used]
        if others:
            fallbacks[field] = tuple(others)
    return fallbacks


def parse_map_args(items: Iterable[str]) -> dict[str, str]:
    """``["date=Day", "lat=Y"]`` -> ``{"date": "Day", "lat": "Y"}`` (the CLI's ``--map``)."""
    mapping: dict[str, str] = {}
    for item in items:
        field, sep, column = item.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not field or not column:
            raise UsageError(f"--map wants FIELD=COLUMN, got {item!r}")
        mapping[field] = column
    return mapping


def resolve_mapping(
    columns: Sequence[str], kind: str, explicit: dict[str, str] | None
) -> tuple[dict[str, str], list[str]]:
    """Guessed mapping overridden by ``explicit``; returns it with the problems it has.

    Problems: an unknown field name, a column the file does not have, a required field left
    unmapped (``lat``/``lon`` only matter for files without geometry: the caller decides).
    """
    known = fields_for(kind)
    mapping = guess_mapping(columns, kind)
    problems: list[str] = []
    present = set(columns)
    by_norm = {normalise(c): c for c in columns}
    for field, column in (explicit or {}).items():
        if field not in known:
            problems.append(
                f"unknown field {field!r} in the column mapping (fields: {', '.join(known)})"
            )
            continue
        if column == "":  # an explicit "no column": drop whatever was guessed for the field
            mapping.pop(field, None)
            continue
        if column not in present:
            # Forgive case and spacing differences, but never guess a different column.
            column = by_norm.get(normalise(column), column)
        if column not in present:
            problems.append(
                f"no column {column!r} for field {field!r} (columns: {_listing(columns)})"
            )
            continue
        # An explicit choice takes the column away from whatever field had guessed it.
        for other, taken in list(mapping.items()):
            if taken == column and other != field:
                if explicit.get(other) == taken or normalise(explicit.get(other, "")) == normalise(
                    taken
                ):
                    problems.append(
                        f"--map gives column {column!r} to both {other!r} and {field!r}; "
                        "each field needs a column of its own"
                    )
                elif other not in explicit:
                    problems.append(
                        f"--map {field}={column} takes column {column!r}, which looked like "
                        f"the {other!r} column; if the two are swapped in the file, map both "
                        f"(--map {field}=... --map {other}=...)"
                    )
                del mapping[other]
        mapping[field] = column
    return mapping, problems


def missing_required(mapping: dict[str, str], kind: str, has_geometry: bool) -> list[str]:
    needed = REQUIRED[kind]
    if has_geometry:
        needed = tuple(f for f in needed if f not in ("lat", "lon"))
    return [f for f in needed if f not in mapping]


def _listing(columns: Sequence[str], limit: int = 12) -> str:
    if not columns:  # "the file has )" would read as a bug
        return "no columns or properties at all"
    shown = ", ".join(repr(c) for c in columns[:limit])
    return shown + (f", ... ({len(columns)} in all)" if len(columns) > limit else "")


def describe_missing(field: str, columns: Sequence[str], kind: str) -> str:
    aliases = ", ".join(fields_for(kind)[field][:4])
    return (
        f"no column or property for {field!r} (looked for {aliases}; "
        f"the file has {_listing(columns)}); name one with --map {field}=NAME"
    )
