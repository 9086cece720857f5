"""GeoPackage layers (points for events, polygons for zones), read with pyogrio.

A layer in another CRS is reprojected to WGS84; a layer without a CRS is taken as WGS84 and
the coordinate range checks catch a wrong guess.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from geodata.importers.errors import fail
from geodata.importers.records import RawFeature
from geodata.importers.source import FeatureSource, Progress, in_memory_source

_POINT_TYPES = ("Point", "MultiPoint", "Point Z", "MultiPoint Z")
#: How long a layer that is an SQL view may take to count its rows before GDAL reads it: a
#: view with an endless recursive query would otherwise hang the import (and the window).
VIEW_SECONDS = 20.0


def check_views(path: Path) -> None:
    """Count the rows of every layer that is a view, within :data:`VIEW_SECONDS` each; a view
    that does not finish is one clear error instead of a hang. Files SQLite cannot open are
    left to GDAL, which words its own error."""
    import sqlite3
    import time

    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        try:
            views = [
                str(name)
                for (name,) in connection.execute(
                    "SELECT table_name FROM gpkg_contents WHERE table_name IN "
                    "(SELECT name FROM sqlite_master WHERE type = 'view')"
                )
            ]
        except sqlite3.Error:
            return
        for view in views:
            deadline = time.monotonic() + VIEW_SECONDS
            connection.set_progress_handler(lambda d=deadline: time.monotonic() > d, 20_000)
            quoted = '"' + view.replace('"', '""') + '"'
            try:
                connection.execute(f"SELECT count(*) FROM {quoted}").fetchone()
            except sqlite3.OperationalError as exc:
                if "interrupt" in str(exc):
                    raise fail(
                        path,
                        f"layer {view!r}",
                        f"a view whose query did not finish within {VIEW_SECONDS:g} s "
                        "(an endless recursive query?)",
                    ) from None
            except sqlite3.Error:
                pass  # GDAL reports a broken view in its own words
    finally:
        connection.close()


def list_layers(path: Path) -> list[tuple[str, str]]:
    """(name, geometry type) of each layer; geometry type "" for attribute tables."""
    import pyogrio

    check_views(path)
    try:
        with warnings.catch_warnings():  # GDAL's own complaints; the error says it all
            warnings.simplefilter("ignore", RuntimeWarning)
            layers = pyogrio.list_layers(path)
    except Exception as exc:  # pyogrio raises its own DataSourceError family, and OSError
        if not _is_sqlite(path):  # GDAL's words ("prefix the path with '<DRIVER>:'") mislead
            raise fail(
                path,
                "",
                "not a readable GeoPackage: not an SQLite database (damaged, or another "
                "kind of file named .gpkg)",
            ) from None
        raise fail(path, "", f"not a readable GeoPackage: {_short(exc)}") from None
    return [(str(name), str(kind or "")) for name, kind in layers]


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return True  # unreadable: GDAL's own error says more


def choose_layer(path: Path, layer: str | None, kind: str) -> str:
    layers = list_layers(path)
    names = [name for name, _ in layers]
    if layer is not None:
        if layer not in names:
            raise fail(path, "", f"no layer {layer!r} (layers: {', '.join(names) or 'none'})")
        return layer
    spatial = [(n, t) for n, t in layers if t]
    if kind == "events":
        spatial = [(n, t) for n, t in spatial if t in _POINT_TYPES] or spatial
    elif kind == "zones":
        spatial = [(n, t) for n, t in spatial if "Polygon" in t] or spatial
    if len(spatial) == 1:
        return spatial[0][0]
    if not spatial:
        raise fail(path, "", "the GeoPackage has no layer with geometry")
    raise fail(
        path,
        "",
        f"the GeoPackage has {len(spatial)} layers ({', '.join(n for n, _ in spatial)}); "
        "choose one with --layer NAME",
    )


def open_gpkg(
    path: Path, layer: str | None = None, kind: str = "auto", progress: Progress | None = None
) -> FeatureSource:
    import pyogrio

    name = choose_layer(path, layer, kind)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            frame = pyogrio.read_dataframe(path, layer=name)
    except Exception as exc:
        raise fail(path, f"layer {name!r}", f"cannot read: {_short(exc)}") from None
    notes = []
    if frame.crs is None:
        notes.append(f"layer {name!r} declares no coordinate system; read as WGS84 lon/lat")
    elif not frame.crs.equals("EPSG:4326"):
        try:
            frame = frame.to_crs("EPSG:4326")
        except Exception as exc:
            raise fail(
                path, f"layer {name!r}", f"cannot reproject to WGS84: {_short(exc)}"
            ) from None
    columns = [c for c in frame.columns if c != frame.geometry.name]
    records = frame[columns].to_dict("records")
    features = [
        RawFeature(n, f"feature {n}", values, None if geometry is None else geometry)
        for n, (values, geometry) in enumerate(zip(records, frame.geometry, strict=True), start=1)
    ]
    if not features:
        raise fail(path, f"layer {name!r}", "the layer is empty")
    source = in_memory_source("gpkg", features, progress, details={"layer": name})
    source.columns = columns  # keep the table's column order even for all-null columns
    source.layers = [n for n, _ in list_layers(path)]
    source.notes = notes
    return source


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
