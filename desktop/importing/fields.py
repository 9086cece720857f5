"""Words for the importer's fields and formats, as the dialog shows them."""

from __future__ import annotations

from geodata.importers import EVENT_FIELDS, REQUIRED, ZONE_FIELDS

FIELD_LABELS = {
    "id": "Id",
    "date": "Date",
    "lat": "Latitude",
    "lon": "Longitude",
    "title": "Title",
    "kind": "Event type",
    "sub_kind": "Sub-type",
    "place": "Place",
    "admin1": "Province (admin1)",
    "summary": "Notes",
    "actor1": "Actor 1",
    "actor2": "Actor 2",
    "fatalities": "Fatalities",
    "source": "Source",
    "source_url": "Source URL",
    "name": "Name",
    "controller": "Controller",
    "valid_from": "Valid from",
    "valid_to": "Valid to",
    "area": "Area id",
    "backers": "Backers",
    "accuracy": "Accuracy",
    "contested": "Contested",
    "notes": "Notes",
}

FORMAT_NAMES = {
    "csv": "CSV",
    "geojson": "GeoJSON",
    "kml": "KML",
    "kmz": "KMZ",
    "gpkg": "GeoPackage",
}

#: (label, codec name or None for the importer's own rule), for the encoding picker.
ENCODINGS = (
    ("Automatic (UTF-8, or UTF-16 with a byte-order mark)", None),
    ("UTF-8", "utf-8"),
    ("UTF-16", "utf-16"),
    ("Arabic – Windows (cp1256)", "cp1256"),
    ("Arabic – ISO-8859-6", "iso-8859-6"),
    ("Turkish – Windows (cp1254)", "cp1254"),
    ("Western – Windows (cp1252)", "cp1252"),
    ("Latin-1 (ISO-8859-1)", "latin-1"),
)

KIND_CHOICES = (
    ("Automatic", "auto"),
    ("Events (points or rows with coordinates)", "events"),
    ("Zones (polygons with a controller and dates)", "zones"),
)

FILE_FILTER = (
    "Data files (*.csv *.tsv *.txt *.geojson *.json *.kml *.kmz *.gpkg);;"
    "CSV (*.csv *.tsv *.txt);;GeoJSON (*.geojson *.json);;KML (*.kml *.kmz);;"
    "GeoPackage (*.gpkg);;All files (*)"
)


def fields_of(kind: str) -> tuple[str, ...]:
    return tuple(ZONE_FIELDS if kind == "zones" else EVENT_FIELDS)


def required_of(kind: str, has_geometry: bool) -> tuple[str, ...]:
    needed = REQUIRED["zones" if kind == "zones" else "events"]
    if has_geometry:
        needed = tuple(f for f in needed if f not in ("lat", "lon"))
    return needed


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())
