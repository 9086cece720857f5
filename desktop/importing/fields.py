"""Words for the importer's fields and formats, as the dialog shows them (marked for
translation here, translated where shown: context ImportFields)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from geodata.importers import EVENT_FIELDS, REQUIRED, ZONE_FIELDS

FIELD_LABELS = {
    "id": "Id",
    "date": QT_TRANSLATE_NOOP("ImportFields", "Date"),
    "lat": QT_TRANSLATE_NOOP("ImportFields", "Latitude"),
    "lon": QT_TRANSLATE_NOOP("ImportFields", "Longitude"),
    "title": QT_TRANSLATE_NOOP("ImportFields", "Title"),
    "kind": QT_TRANSLATE_NOOP("ImportFields", "Event type"),
    "sub_kind": QT_TRANSLATE_NOOP("ImportFields", "Sub-type"),
    "place": QT_TRANSLATE_NOOP("ImportFields", "Place"),
    "admin1": QT_TRANSLATE_NOOP("ImportFields", "Province (admin1)"),
    "summary": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "actor1": QT_TRANSLATE_NOOP("ImportFields", "Actor 1"),
    "actor2": QT_TRANSLATE_NOOP("ImportFields", "Actor 2"),
    "fatalities": QT_TRANSLATE_NOOP("ImportFields", "Fatalities"),
    "source": QT_TRANSLATE_NOOP("ImportFields", "Source"),
    "source_url": QT_TRANSLATE_NOOP("ImportFields", "Source URL"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Name"),
    "controller": QT_TRANSLATE_NOOP("ImportFields", "Controller"),
    "valid_from": QT_TRANSLATE_NOOP("ImportFields", "Valid from"),
    "valid_to": QT_TRANSLATE_NOOP("ImportFields", "Valid to"),
    "area": QT_TRANSLATE_NOOP("ImportFields", "Area id"),
    "backers": QT_TRANSLATE_NOOP("ImportFields", "Backers"),
    "accuracy": QT_TRANSLATE_NOOP("ImportFields", "Accuracy"),
    "contested": QT_TRANSLATE_NOOP("ImportFields", "Contested"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
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
    (
        QT_TRANSLATE_NOOP("ImportFields", "Automatic (UTF-8, or UTF-16 with a byte-order mark)"),
        None,
    ),
    ("UTF-8", "utf-8"),
    ("UTF-16", "utf-16"),
    (QT_TRANSLATE_NOOP("ImportFields", "Arabic – Windows (cp1256)"), "cp1256"),
    (QT_TRANSLATE_NOOP("ImportFields", "Arabic – ISO-8859-6"), "iso-8859-6"),
    (QT_TRANSLATE_NOOP("ImportFields", "Turkish – Windows (cp1254)"), "cp1254"),
    (QT_TRANSLATE_NOOP("ImportFields", "Western – Windows (cp1252)"), "cp1252"),
    (QT_TRANSLATE_NOOP("ImportFields", "Latin-1 (ISO-8859-1)"), "latin-1"),
)

KIND_CHOICES = (
    (QT_TRANSLATE_NOOP("ImportFields", "Automatic"), "auto"),
    (QT_TRANSLATE_NOOP("ImportFields", "Events (points or rows with coordinates)"), "events"),
    (QT_TRANSLATE_NOOP("ImportFields", "Zones (polygons with a controller and dates)"), "zones"),
)

FILE_FILTER = QT_TRANSLATE_NOOP(  # translated where shown (context ImportFields)
    "ImportFields",
    "Data files (*.csv *.tsv *.txt *.geojson *.json *.kml *.kmz *.gpkg);;"
    "CSV (*.csv *.tsv *.txt);;GeoJSON (*.geojson *.json);;KML (*.kml *.kmz);;"
    "GeoPackage (*.gpkg);;All files (*)",
)


def fields_of(kind: str) -> tuple[str, ...]:
    return tuple(ZONE_FIELDS if kind == "zones" else EVENT_FIELDS)


def required_of(kind: str, has_geometry: bool) -> tuple[str, ...]:
    needed = REQUIRED["zones" if kind == "zones" else "events"]
    if has_geometry:
        needed = tuple(f for f in needed if f not in ("lat", "lon"))
    return needed


def field_label(field: str) -> str:
    label = FIELD_LABELS.get(field)
    if label is None:
        return field.replace("_", " ").capitalize()
    return QCoreApplication.translate("ImportFields", label)
