"""``syria-atlas export zones --date D --out FILE``: the zones in force on a date as GeoJSON,
CSV (geometry as WKT) or GeoPackage, for QGIS, R or a spreadsheet. Qt-free (geopandas).

Each row: ``id``, ``layer`` (``control`` for the control zones, ``agreed`` for the agreed zones
in force that day: the 2018 Sochi demilitarised zone, the 2020 M4 corridor), ``kind``
(``control``, ``dmz`` or ``corridor``), ``area``, ``name``, ``controller``, ``controller_name``
(empty on an agreed zone: no one's territory), ``valid_from``, ``valid_to``, ``contested``,
``accuracy`` (an agreed zone's says how the atlas computed it), ``origin``, ``sources`` (every
source's publisher and URL, "; "-separated) and the geometry in WGS84. The agreed zones lie
over the control zones, so keeping ``layer == "control"`` gives a tiling of the day's control.
Written whole or not at all.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geodata.atomic_file import not_a_folder, temporary_sibling
from geodata.errors import AtlasError, UsageError
from geodata.legend.shown import AGREED_LAYERS

if TYPE_CHECKING:
    from geodata.atlas import Atlas
    from geodata.model import MapFeature, Source

FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".csv": "CSV", ".gpkg": "GPKG"}


def zones_frame(atlas: Atlas, day: date):
    import geopandas as gpd

    rows = []
    for zone in sorted(atlas.zones_at(day), key=lambda z: z.id):
        party = atlas.parties.get(zone.controller)
        rows.append(
            {
                "id": zone.id,
                "layer": "control",
                "kind": "control",
                "area": zone.area,
                "name": zone.name,
                "controller": zone.controller,
                "controller_name": party.name_on(day) if party else "",
                "valid_from": zone.valid_from.isoformat(),
                "valid_to": zone.valid_to.isoformat() if zone.valid_to else "",
                "contested": zone.contested,
                "accuracy": zone.accuracy,
                "origin": zone.origin,
                "sources": _sources_text(zone.sources),
                "geometry": zone.geometry,
            }
        )
    if rows:  # agreed zones alone would read as "nobody held anything": export_zones says why
        rows += [_agreed_row(f) for f in agreed_zones_at(atlas, day)]
    if not rows:  # GeoDataFrame([]) has no geometry column to name
        return gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs="EPSG:4326")
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def agreed_zones_at(atlas: Atlas, day: date) -> list[MapFeature]:
    """The agreed zones in force on ``day`` (the Sochi DMZ, the M4 corridor), by id."""
    return sorted(
        (f for f in atlas.features_at(day) if f.kind in AGREED_LAYERS), key=lambda f: f.id
    )


def _agreed_row(feature: MapFeature) -> dict[str, Any]:
    return {
        "id": feature.id,
        "layer": "agreed",
        "kind": feature.kind,
        "area": "",
        "name": feature.name,
        "controller": "",
        "controller_name": "",
        "valid_from": feature.valid_from.isoformat() if feature.valid_from else "",
        "valid_to": feature.valid_to.isoformat() if feature.valid_to else "",
        "contested": False,
        "accuracy": feature.accuracy,
        "origin": "bundled",
        "sources": _sources_text(feature.sources),
        "geometry": feature.geometry,
    }


def _sources_text(sources: tuple[Source, ...]) -> str:
    return "; ".join(" ".join(p for p in (s.publisher, s.url) if p) for s in sources)


def export_zones(atlas: Atlas, day: date, out: Path) -> str:
    """Write the zones in force on ``day`` to ``out`` (format from its extension): the control
    zones, then the agreed zones over them; what was written, as a phrase for the user."""
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
    return _written(frame)


def _written(frame) -> str:
    """The phrase "24 control zones and 1 agreed zone (m4_corridor; ...)": the agreed ones
    named, as a user who wants the control zones alone has to know they are there."""
    control = int((frame["layer"] == "control").sum())
    agreed = list(frame.loc[frame["layer"] == "agreed", "id"])
    said = f"{control} control zone{'s' * (control != 1)}"
    if agreed:
        plural = "s" * (len(agreed) != 1)
        said += f" and {len(agreed)} agreed zone{plural} ({', '.join(agreed)}; layer 'agreed')"
    return said


def _check_target(out: Path) -> None:
    """One line before any work if ``out`` cannot be written (not the temporary's name)."""
    if not out.parent.is_dir():
        raise UsageError(f"--out: folder {out.parent} does not exist")
    if out.is_dir():
        raise UsageError(f"--out: {out} is a folder, not a file")
    if not os.access(out.parent, os.W_OK | os.X_OK):
        raise AtlasError(f"cannot write {out}: folder {out.parent} is not writable")
