"""The GeoPackage side of a workspace: geometry blobs, and the tables a workspace needs.

A new workspace is made with plain SQL inside the first save's transaction (no GDAL: a save
then never imports pyogrio or geopandas), as the GeoPackage 1.3 standard lays out: the
application id, the spatial reference table with WGS 84, the contents and geometry-column
registries, and one table per layer. An existing file keeps everything in it; a layer or a
column it lacks is added (that is also how a workspace of an older version upgrades).
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from geodata.workspace.records import EVENTS_LAYER, IMPORTS_LAYER, ZONES_LAYER, WorkspaceError

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10300
WGS84 = 4326

#: Layer -> (geometry type or None for a plain table, columns after fid and geometry).
LAYERS: dict[str, tuple[str | None, dict[str, str]]] = {
    EVENTS_LAYER: (
        "POINT",
        {
            **dict.fromkeys(("id", "date", "title", "kind", "place_name", "summary"), "TEXT"),
            "origin": "TEXT",
            "lat": "REAL",
            "lon": "REAL",
            **dict.fromkeys(("participants", "people", "zone_ids", "feature_ids"), "TEXT"),
            "sources": "TEXT",
        },
    ),
    ZONES_LAYER: (
        "GEOMETRY",
        {
            **dict.fromkeys(("id", "name", "controller", "area", "valid_from"), "TEXT"),
            **dict.fromkeys(("valid_to", "backers", "accuracy"), "TEXT"),
            "contested": "INTEGER",
            "notes": "TEXT",
            "sources": "TEXT",
        },
    ),
    IMPORTS_LAYER: (
        None,
        {
            **dict.fromkeys(("file", "path", "format", "kind"), "TEXT"),
            **dict.fromkeys(("rows", "records", "repaired"), "INTEGER"),
            "warnings": "TEXT",
            "imported_at": "TEXT",
        },
    ),
}

_BASE_TABLES = (
    """CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)""",
    """CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY,
    data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
    last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
    CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""",
    """CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL,
    column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL,
    z TINYINT NOT NULL, m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT uk_gc_table_name UNIQUE (table_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
)
_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)
_SPATIAL_REF_ROWS = (
    ("WGS 84 geodetic", WGS84, "EPSG", WGS84, _WGS84_WKT, "longitude/latitude on WGS 84"),
    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic"),
)


def quote(name: str) -> str:
    """An SQLite identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def is_empty_database(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def ensure_geopackage(connection: sqlite3.Connection, path: Path) -> None:
    """Make an empty database a GeoPackage; leave a GeoPackage's own tables as they are.
    Any other SQLite database (another program's) is refused, never added to."""
    if not is_empty_database(connection) and table_kind(connection, "gpkg_contents") is None:
        raise WorkspaceError(
            f"{path.name} is not a GeoPackage (an SQLite database of another program?): "
            "the atlas leaves it as it is; choose a .gpkg file or a new name"
        )
    if is_empty_database(connection):
        connection.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
    for sql in _BASE_TABLES:
        connection.execute(sql)
    connection.executemany(
        "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", _SPATIAL_REF_ROWS
    )


def table_kind(connection: sqlite3.Connection, name: str) -> str | None:
    """'table', 'view' (or another sqlite_master type), or None when there is no such name."""
    row = connection.execute(
        "SELECT type FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')", (name,)
    ).fetchone()
    return row[0] if row else None


def geometry_column(connection: sqlite3.Connection, layer: str) -> str | None:
    row = connection.execute(
        "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (layer,)
    ).fetchone()
    return str(row[0]) if row else None


def ensure_layer(connection: sqlite3.Connection, layer: str) -> str | None:
    """The layer as the atlas writes it: made if missing, missing columns added (columns and
    anything else other programs added are kept). Returns its geometry column."""
    geometry_type, columns = LAYERS[layer]
    kind = table_kind(connection, layer)
    if kind is None:
        geometry = "geom" if geometry_type else None
        definition = ['"fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL']
        if geometry:
            definition.append(f"{quote(geometry)} {geometry_type}")
        definition += [f"{quote(name)} {sql_type}" for name, sql_type in columns.items()]
        connection.execute(f"CREATE TABLE {quote(layer)} ({', '.join(definition)})")
        data_type = "features" if geometry else "attributes"
        connection.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
            "VALUES (?, ?, ?, ?)",
            (layer, data_type, layer, WGS84 if geometry else None),
        )
        if geometry:
            connection.execute(
                "INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)",
                (layer, geometry, geometry_type, WGS84),
            )
    elif kind != "table":
        raise WorkspaceError(
            f"layer {layer!r} is a {kind}, not a table: the atlas cannot add to it"
        )
    present = {row[1] for row in connection.execute(f"PRAGMA table_info({quote(layer)})")}
    for name, sql_type in columns.items():
        if name not in present:
            connection.execute(f"ALTER TABLE {quote(layer)} ADD COLUMN {quote(name)} {sql_type}")
    if "id" in columns:  # re-imports find the rows they replace by id
        connection.execute(
            f"CREATE INDEX IF NOT EXISTS {quote(f'atlas_{layer}_id')} ON {quote(layer)} (id)"
        )
    return geometry_column(connection, layer)


def touch_contents(connection: sqlite3.Connection, layer: str) -> None:
    """Record the change time GIS programs show (GeoPackage's ``last_change``)."""
    connection.execute(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
        "WHERE table_name = ?",
        (layer,),
    )


# --- geometry blobs: a small header, then WKB -------------------------------------------------

_ENVELOPE_BYTES = (0, 32, 48, 48, 64)  # by the header's envelope indicator (flags bits 1-3)
_POINT_HEADER = struct.pack("<2sBBi", b"GP", 0, 0b1, WGS84)  # little-endian, no envelope


def point_blob(lon: float, lat: float) -> bytes:
    """A GeoPackage point, as GDAL writes one (no envelope: a point is its own)."""
    return _POINT_HEADER + struct.pack("<BIdd", 1, 1, lon, lat)


def geometry_blob(geometry) -> bytes | None:
    """A GeoPackage blob for any shapely geometry, with its xy envelope."""
    import shapely

    if geometry is None:
        return None
    wkb = shapely.to_wkb(geometry, byte_order=1, output_dimension=2)
    if geometry.is_empty:
        return struct.pack("<2sBBi", b"GP", 0, 0b10001, WGS84) + wkb
    minx, miny, maxx, maxy = geometry.bounds
    header = struct.pack("<2sBBi4d", b"GP", 0, 0b11, WGS84, minx, maxx, miny, maxy)
    return header + wkb


def wkb_of(blob: bytes) -> bytes:
    """The WKB inside a GeoPackage geometry blob (magic, version, flags, SRS id, envelope)."""
    if blob[:2] != b"GP" or len(blob) < 8:
        raise ValueError("geometry is not a GeoPackage geometry blob")
    indicator = (blob[3] >> 1) & 0b111
    if indicator >= len(_ENVELOPE_BYTES):
        raise ValueError(f"geometry has an invalid envelope indicator ({indicator})")
    return blob[8 + _ENVELOPE_BYTES[indicator] :]


def point_of(blob: bytes) -> tuple[float, float] | None:
    """(x, y) of a 2D point blob, read directly; None for anything else (or an empty point)."""
    try:
        wkb = wkb_of(blob)
    except ValueError:
        return None
    if len(wkb) != 21 or wkb[0] not in (0, 1):
        return None
    order = "<" if wkb[0] == 1 else ">"
    kind, x, y = struct.unpack(order + "Idd", wkb[1:])
    if kind != 1 or x != x or y != y:  # not a point, or POINT EMPTY (NaN)
        return None
    return x, y


def event_points(blobs: list) -> list[tuple[float, float] | None]:
    """The point each event's geometry holds (None without one): what QGIS moved is what the
    atlas shows. Points are read directly; other blobs through shapely (a Z point's x and y;
    no point for lines or polygons)."""
    points = []
    for blob in blobs:
        if blob is None:
            points.append(None)
            continue
        if not isinstance(blob, bytes):
            raise ValueError("geometry is not a GeoPackage geometry blob")
        point = point_of(blob)
        if point is None:
            point = _any_point(blob)
        points.append(point)
    return points


def _any_point(blob: bytes) -> tuple[float, float] | None:
    import shapely

    try:
        geometry = shapely.from_wkb(wkb_of(blob))
    except shapely.errors.GEOSException as exc:
        raise ValueError(f"geometry: {exc}") from None
    if geometry is None or geometry.is_empty or geometry.geom_type != "Point":
        return None
    return geometry.x, geometry.y
