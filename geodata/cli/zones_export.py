"""``syria-atlas export zones --date D --out FILE``: the zones in force on a date as GeoJSON,
CSV (geometry as WKT) or GeoPackage, for QGIS, R or a spreadsheet. Qt-free (geopandas).

Each row: ``id``, ``area``, ``name``, ``controller``, ``controller_name``, ``valid_from``,
``valid_to``, ``contested``, ``accuracy``, ``origin``, ``sources`` (every source's publisher
and URL, "; "-separated) and the geometry in WGS84. Written whole or not at all.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from geodata.errors import UsageError

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
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def export_zones(atlas: Atlas, day: date, out: Path) -> int:
    """Write the zones in force on ``day`` to ``out`` (format from its extension); the count."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UsageError(
            f"--out: cannot export zones to {suffix or 'no extension'}; use .geojson, .csv or .gpkg"
        )
    if not out.parent.is_dir():
        raise UsageError(f"--out: folder {out.parent} does not exist")
    frame = zones_frame(atlas, day)
    handle, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=suffix)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        if suffix == ".csv":
            table = frame.drop(columns="geometry").assign(wkt=frame.geometry.to_wkt())
            table.to_csv(tmp, index=False)
        else:
            tmp.unlink()  # the drivers create the file themselves
            frame.to_file(tmp, driver=FORMATS[suffix], layer="zones" if suffix == ".gpkg" else None)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return len(frame)
