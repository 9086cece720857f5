"""The workspace's tables in PostgreSQL, made and upgraded by numbered migrations.

``atlas_schema`` holds one row: the schema version and the workspace's name (the name imported
ids and origins carry, ``ws:<name>:<id>``, fixed when the workspace is made so every analyst's
imports agree whatever connection string they use).

Layers as in the GeoPackage workspace (``events``, ``zones``, ``imports``), plus
``control_records`` (the control-history format of ``geodata/data/control/README.md``). Each
record row keeps who imported it and when (``imported_by`` = the database role,
``imported_at``), who changed it last, and a ``row_version`` that every update raises (a
trigger), so an edit can say which version it read. Statement triggers send a NOTIFY on
``atlas_workspace`` with the table's name, so open windows can reload.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geodata.workspace_pg.connection import DatabaseError, failure

if TYPE_CHECKING:
    import psycopg

    from geodata.workspace_pg.target import DatabaseWorkspace

CHANNEL = "atlas_workspace"
VERSION_TABLE = "atlas_schema"
_LOCK_KEY = 0x5A7A_A71A5  # pg_advisory_xact_lock: one migration at a time per database

_AUDIT = """
    import_id bigint REFERENCES imports (id) ON DELETE SET NULL,
    imported_by text NOT NULL DEFAULT current_user,
    imported_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    row_version bigint NOT NULL DEFAULT 1
"""


def _triggers(table: str) -> str:
    return f"""
CREATE TRIGGER {table}_row_version BEFORE UPDATE ON {table}
    FOR EACH ROW EXECUTE FUNCTION atlas_row_version();
CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_notify();
"""


_V1 = f"""
CREATE TABLE {VERSION_TABLE} (
    version integer NOT NULL,
    name text NOT NULL,
    created_by text NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION atlas_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    NEW.changed_by := current_user;
    NEW.changed_at := now();
    RETURN NEW;
END $$;
CREATE FUNCTION atlas_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$;
CREATE TABLE imports (
    id bigserial PRIMARY KEY,
    file text NOT NULL,
    path text NOT NULL,
    format text NOT NULL,
    kind text NOT NULL,
    rows integer NOT NULL,
    records integer NOT NULL,
    repaired integer NOT NULL DEFAULT 0,
    warnings jsonb NOT NULL DEFAULT '[]',
    imported_at timestamptz DEFAULT now(),
    imported_by text NOT NULL DEFAULT current_user
);
CREATE TABLE events (
    id text PRIMARY KEY,
    date date NOT NULL,
    title text NOT NULL DEFAULT '',
    kind text NOT NULL DEFAULT 'other',
    lat double precision,
    lon double precision,
    place_name text NOT NULL DEFAULT '',
    participants text[] NOT NULL DEFAULT '{{}}',
    people text[] NOT NULL DEFAULT '{{}}',
    summary text NOT NULL DEFAULT '',
    zone_ids text[] NOT NULL DEFAULT '{{}}',
    feature_ids text[] NOT NULL DEFAULT '{{}}',
    sources jsonb NOT NULL DEFAULT '[]',
    origin text NOT NULL DEFAULT '',
    geom geometry(Point, 4326) GENERATED ALWAYS AS (
        CASE WHEN lon IS NOT NULL AND lat IS NOT NULL
        THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END
    ) STORED,
    {_AUDIT}
);
CREATE INDEX events_geom_idx ON events USING gist (geom);
CREATE INDEX events_date_idx ON events (date, id COLLATE "C");  -- the atlas's order
CREATE INDEX events_kind_idx ON events (kind);
CREATE INDEX events_participants_idx ON events USING gin (participants);
CREATE TABLE zones (
    id text PRIMARY KEY,
    name text NOT NULL DEFAULT '',
    controller text NOT NULL,
    area text NOT NULL DEFAULT '',
    valid_from date NOT NULL,
    valid_to date,
    backers text[] NOT NULL DEFAULT '{{}}',
    accuracy text NOT NULL DEFAULT '',
    contested boolean NOT NULL DEFAULT false,
    notes text NOT NULL DEFAULT '',
    sources jsonb NOT NULL DEFAULT '[]',
    geom geometry(Geometry, 4326) NOT NULL,
    {_AUDIT}
);
CREATE INDEX zones_geom_idx ON zones USING gist (geom);
CREATE INDEX zones_dates_idx ON zones (valid_from, valid_to);
{_triggers("events")}
{_triggers("zones")}
CREATE TRIGGER imports_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON imports
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_notify();
"""


# The packed event columns an opening reads (see reading.py), kept beside the layer like the
# GeoPackage's columnar copy: any change to events empties it (a statement trigger, whoever
# writes: QGIS too), and the atlas's own writes pack it again before they commit.
def _distinct(name: str, expression: str) -> str:
    """A CTE numbering the distinct values of one coded column from 0."""
    return (
        f"{name} AS (SELECT value, (row_number() OVER (ORDER BY value))::int - 1 AS code "
        f"FROM (SELECT DISTINCT {expression} AS value FROM ordered) AS d)"
    )


_NAMES = "string_agg(convert_to(value, 'UTF8'), decode('00', 'hex') ORDER BY code)"
# One row: the row count; ids, titles and places (NUL-joined: PostgreSQL text holds no NUL);
# per row, big-endian, the day ordinal, lat, lon and the codes of kind, participants (JSON),
# zone ids (JSON) and origin; then each coded column's distinct values, NUL-joined.
PACKED_COLUMNS_SQL = f"""
WITH ordered AS MATERIALIZED (
    SELECT row_number() OVER (ORDER BY date, id COLLATE "C") AS n, id, title, place_name,
        date, lat, lon, kind, origin, array_to_json(participants)::text AS parties,
        array_to_json(zone_ids)::text AS zones
    FROM events
),
{_distinct("kinds", "kind")},
{_distinct("parties", "parties")},
{_distinct("zone_sets", "zones")},
{_distinct("origins", "origin")}
SELECT count(*),
    string_agg(convert_to(id, 'UTF8'), decode('00', 'hex')),
    string_agg(convert_to(title, 'UTF8'), decode('00', 'hex')),
    string_agg(convert_to(place_name, 'UTF8'), decode('00', 'hex')),
    string_agg(
        int4send(date - DATE '0001-01-01' + 1) || float8send(coalesce(lat, 'NaN'))
        || float8send(coalesce(lon, 'NaN')) || int4send(kind_code) || int4send(party_code)
        || int4send(zone_code) || int4send(origin_code),
        ''::bytea
    ),
    (SELECT {_NAMES} FROM kinds),
    (SELECT {_NAMES} FROM parties),
    (SELECT {_NAMES} FROM zone_sets),
    (SELECT {_NAMES} FROM origins)
FROM (
    SELECT o.*, k.code AS kind_code, p.code AS party_code, z.code AS zone_code,
        g.code AS origin_code
    FROM ordered AS o
    JOIN kinds AS k ON k.value = o.kind
    JOIN parties AS p ON p.value = o.parties
    JOIN zone_sets AS z ON z.value = o.zones
    JOIN origins AS g ON g.value = o.origin
    ORDER BY o.n
) AS rows_in_order
"""
PACKED = "rows, ids, titles, places, numbers, kind_names, party_names, zone_names, origin_names"
#: The per-row numbers of PACKED_COLUMNS_SQL, as numpy reads them.
PACKED_NUMBERS = (
    ("day", ">i4"), ("lat", ">f8"), ("lon", ">f8"), ("kind", ">i4"), ("party", ">i4"),
    ("zone", ">i4"), ("origin", ">i4"),
)  # fmt: skip

# Control records (geodata/data/control/README.md): who held a locality from a date.
_V2 = f"""
CREATE TABLE control_records (
    id bigserial PRIMARY KEY,
    locality text NOT NULL,
    controller text NOT NULL,
    valid_from date NOT NULL,
    valid_to date,
    status text NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'contested', 'shared')),
    with_parties text[] NOT NULL DEFAULT '{{}}',
    sources text[] NOT NULL CHECK (cardinality(sources) >= 1),
    note text NOT NULL DEFAULT '',
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    {_AUDIT}
);
CREATE INDEX control_records_locality_idx ON control_records (locality, valid_from);
{_triggers("control_records")}
CREATE TABLE atlas_event_columns (
    rows bigint NOT NULL,
    ids bytea, titles bytea, places bytea, numbers bytea,
    kind_names bytea, party_names bytea, zone_names bytea, origin_names bytea,
    built_at timestamptz NOT NULL DEFAULT now()
);
-- Security definer: whoever may change events may empty and refill the copy.
CREATE FUNCTION atlas_forget_event_columns() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM atlas_event_columns;
    RETURN NULL;
END $$;
CREATE TRIGGER events_forget_columns AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_forget_event_columns();
CREATE FUNCTION atlas_pack_event_columns() RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    -- One packer at a time; its statements then see every import committed before it.
    PERFORM pg_advisory_xact_lock({_LOCK_KEY + 1});
    DELETE FROM atlas_event_columns;
    SET LOCAL max_parallel_workers_per_gather = 0;  -- string_agg in the subquery's order
    INSERT INTO atlas_event_columns ({PACKED}) {PACKED_COLUMNS_SQL};
END $$;
"""

#: Migration n (1-based) brings the schema from version n-1 to n.
MIGRATIONS: tuple[str, ...] = (_V1, _V2)
VERSION = len(MIGRATIONS)


def postgis_version(connection: psycopg.Connection) -> str | None:
    row = connection.execute(
        "SELECT extversion FROM pg_extension WHERE extname = 'postgis'"
    ).fetchone()
    return row[0] if row else None


def stored_version(connection: psycopg.Connection) -> tuple[int, str] | None:
    """(version, workspace name), or None where the tables were never made."""
    exists = connection.execute("SELECT to_regclass(%s) IS NOT NULL", (VERSION_TABLE,)).fetchone()
    if not exists or not exists[0]:
        return None
    row = connection.execute(f"SELECT version, name FROM {VERSION_TABLE}").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def ensure_schema(
    workspace: DatabaseWorkspace, connection: psycopg.Connection, upto: int = VERSION
) -> str:
    """Check (and where needed make or upgrade) the schema; returns the workspace's name.

    Runs in its own transaction, committed before returning. A role that may not create
    tables gets one line saying what the owner must do."""
    import psycopg

    where = str(workspace)
    try:
        with connection.transaction():
            if postgis_version(connection) is None:
                raise DatabaseError(
                    f"{where}: the PostGIS extension is not installed in this database "
                    "(its owner runs: CREATE EXTENSION postgis;)"
                )
            found = stored_version(connection)
            if found is not None and found[0] >= upto:
                return _checked(where, found)
            connection.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            found = stored_version(connection)  # another process may have migrated meanwhile
            if found is not None and found[0] >= upto:
                return _checked(where, found)
            _migrate(workspace, connection, found, upto)
            found = stored_version(connection)
            assert found is not None
            return found[1]
    except DatabaseError:
        raise
    except psycopg.Error as exc:
        raise failure(workspace, exc, "checking the workspace tables") from None


def _checked(where: str, found: tuple[int, str]) -> str:
    version, name = found
    if version > VERSION:
        raise DatabaseError(
            f"{where}: the workspace has schema version {version}, newer than this atlas "
            f"understands ({VERSION}): update the atlas"
        )
    return name


def _migrate(workspace, connection, found: tuple[int, str] | None, upto: int) -> None:
    from psycopg import errors

    version = 0 if found is None else found[0]
    try:
        with connection.transaction():  # a savepoint: a refused migration leaves nothing
            for number in range(version + 1, upto + 1):
                connection.execute(MIGRATIONS[number - 1])
                if number == 1:
                    connection.execute(
                        f"INSERT INTO {VERSION_TABLE} (version, name) "
                        "VALUES (1, current_database())"
                    )
                else:
                    connection.execute(f"UPDATE {VERSION_TABLE} SET version = %s", (number,))
    except errors.InsufficientPrivilege:
        if found is None:
            raise DatabaseError(
                f"{workspace}: this database has no atlas workspace yet, and your role may "
                "not create its tables: ask the database owner to open it once"
            ) from None
        raise DatabaseError(
            f"{workspace}: the workspace has the old schema version {version} (this atlas "
            f"needs {VERSION}) and your role may not upgrade it: ask the database owner to "
            "open it once"
        ) from None
