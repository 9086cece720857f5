"""``syria-atlas export zones --date D --out FILE``: the zones in force on a date as GeoJSON,
CSV (geometry as WKT) or GeoPackage, for QGIS, R or a spreadsheet. Qt-free (geopandas).

Each row: ``id``, ``area``, ``name``, ``controller``, ``controller_name``, ``valid_from``,
``valid_to``, ``contested``, ``accuracy``, ``origin``, ``sources`` (every source's publisher
and URL, "; "-separated) and the geometry in WGS84. Written whole or not at all.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from geodata.atomic_file import not_a_folder, temporary_sibling
from geodata.errors import AtlasError, UsageError

if TYPE_CHECKING:
    from geodata.atlas import Atlas

FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".csv": "CSV", ".gpkg": "GPKG"}


def zones_frame(atlas: Atlas, day: date):
    import geopandas as gpd

    rows = []
    for zone in sorted(atlas.zones_at(day), key=lambda z: z.id):
        party = atlas.parties.get(zone.controller)
        rows.append(
            {
                "id": zone.id,
                "area": zone.area,
                "name": zone.name,
                "controller": zone.controller,
                "controller_name": party.name_on(day) if party else "",
                "valid_from": zone.valid_from.isoformat(),
                "valid_to": zone.valid_to.isoformat() if zone.valid_to else "",
                "contested": zone.contested,
                "accuracy": zone.accuracy,
                "origin": zone.origin,
                "sources": "; ".join(
                    " ".join(p for p in (s.publisher, s.url) if p) for s in zone.sources
                ),
                "geometry": zone.geometry,
            }
        )
    if not rows:  # GeoDataFrame([]) has no geometry column to name
        return gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs="EPSG:4326")
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def export_zones(atlas: Atlas, day: date, out: Path) -> int:
    """Write the zones in force on ``day`` to ``out`` (format from its extension); the count."""
    not_a_folder(out, "zones.geojson")
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UsageError(
            f"--out: cannot export zones to {suffix or 'no extension'}; use .geojson, .csv or .gpkg"
        )
    _check_target(out)
    frame = zones_frame(atlas, day)
    if frame.empty:  # an empty file would read as "nobody held anything": say why instead
        from geodata.coverage import control_gap

        gap = control_gap(atlas, day)
        why = gap.message() if gap else f"no zones in force on {day.isoformat()}"
        raise AtlasError(f"nothing written to {out.name}: {why}")
    tmp = temporary_sibling(out, suffix)
    try:
        if suffix == ".csv":
            table = frame.drop(columns="geometry").assign(wkt=frame.geometry.to_wkt())
            table.to_csv(tmp, index=False)
        else:
            tmp.unlink()  # the drivers create the file themselves
            frame.to_file(tmp, driver=FORMATS[suffix], layer="zones" if suffix == ".gpkg" else None)
        os.replace(tmp, out)
    except OSError as exc:  # the disk filled, the folder vanished...: name the file asked for
        raise AtlasError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return len(frame)


def _check_target(out: Path) -> None:
    """One line before any work if ``out`` cannot be written (not the temporary's name)."""
    if not out.parent.is_dir():
        raise UsageError(f"--out: folder {out.parent} does not exist")
    if out.is_dir():
        raise UsageError(f"--out: {out} is a folder, not a file")
    if not os.access(out.parent, os.W_OK | os.X_OK):
        raise AtlasError(f"cannot write {out}: folder {out.parent} is not writable")
