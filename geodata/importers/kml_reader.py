"""KML and KMZ (Google Earth, My Maps): placemarks with points or polygons.

Each Placemark becomes a feature whose values are its ``name``, ``description``, ``when``
(TimeStamp), ``begin``/``end`` (TimeSpan) and every ExtendedData ``Data``/``SimpleData`` value
by its name, so the column mapping works as for any table. The XML is parsed by ``safe_xml``,
which refuses DTDs and entities.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from shapely.geometry import GeometryCollection, LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry

from geodata.importers import safe_xml
from geodata.importers.errors import fail
from geodata.importers.geometry import check_range, declared_class
from geodata.importers.records import RawFeature
from geodata.importers.sniff import SIZE_LIMITS
from geodata.importers.source import FeatureSource, Progress, in_memory_source


def _coordinates(text: str) -> list[tuple[float, float]]:
    positions = []
    for token in text.split():
        parts = token.split(",")
        if len(parts) < 2:
            raise ValueError(f"bad coordinate {token[:40]!r} (want lon,lat[,alt])")
        try:
            lon, lat = float(parts[0]), float(parts[1])
        except ValueError:
            raise ValueError(f"bad coordinate {token[:40]!r} (want lon,lat[,alt])") from None
        if lon != lon or lat != lat or abs(lon) == float("inf") or abs(lat) == float("inf"):
            raise ValueError(f"bad coordinate {token[:40]!r}")
        check_range(lon, lat)
        positions.append((lon, lat))
    if not positions:
        raise ValueError("empty <coordinates>")
    return positions


def _ring(boundary: safe_xml.Element | None) -> list[tuple[float, float]]:
    ring = boundary.find("LinearRing") if boundary is not None else None
    if ring is None:
        raise ValueError("polygon boundary without a LinearRing")
    positions = _coordinates(ring.child_text("coordinates"))
    if len(positions) < 4:
        raise ValueError(f"polygon ring needs at least 4 positions, has {len(positions)}")
    return positions


def _geometry(element: safe_xml.Element) -> BaseGeometry | None:
    tag = element.tag
    if tag == "Point":
        positions = _coordinates(element.child_text("coordinates"))
        return Point(positions[0])
    if tag == "LineString":
        positions = _coordinates(element.child_text("coordinates"))
        return LineString(positions) if len(positions) > 1 else Point(positions[0])
    if tag == "Polygon":
        outer = _ring(element.find("outerBoundaryIs"))
        holes = [_ring(b) for b in element.findall("innerBoundaryIs")]
        return Polygon(outer, holes)
    if tag == "MultiGeometry":
        parts = [_geometry(child) for child in element.children]
        return GeometryCollection([p for p in parts if p is not None])
    return None  # styles, names... and geometry kinds the atlas does not import (Model, Track)


def _placemark(number: int, placemark: safe_xml.Element) -> RawFeature:
    where = f"placemark {number}"
    values: dict[str, str] = {}
    for tag in ("name", "description"):
        text = placemark.child_text(tag)
        if text:
            values[tag] = text
    stamp = placemark.find("TimeStamp")
    if stamp is not None:
        values["when"] = stamp.child_text("when")
    span = placemark.find("TimeSpan")
    if span is not None:
        values["begin"] = span.child_text("begin")
        values["end"] = span.child_text("end")
    extended = placemark.find("ExtendedData")
    if extended is not None:
        for data in extended.iter("Data"):
            if data.attrib.get("name"):
                values[data.attrib["name"]] = data.child_text("value")
        for data in extended.iter("SimpleData"):
            if data.attrib.get("name"):
                values[data.attrib["name"]] = data.text.strip()
    geometries = [
        child
        for child in placemark.children
        if child.tag in ("Point", "LineString", "Polygon", "MultiGeometry")
    ]
    if not geometries:
        return RawFeature(number, where, values)
    try:
        geometry = _geometry(geometries[0])
    except ValueError as exc:
        declared = declared_class(geometries[0].tag)
        return RawFeature(number, where, values, error=f"bad geometry: {exc}", declared=declared)
    return RawFeature(number, where, values, geometry)


def _kml_bytes(path: Path, limit: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise fail(path, "", f"cannot read the file: {exc.strerror or exc}") from None
    if not data.startswith(b"PK\x03\x04"):
        return data
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith(".kml")]
            if not names:
                raise fail(path, "", "KMZ archive without a .kml document")
            name = "doc.kml" if "doc.kml" in names else names[0]
            # The declared size can lie: read at most limit + 1 bytes (a zip bomb stops here).
            with archive.open(name) as member:
                data = member.read(limit + 1)
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        EOFError,
        NotImplementedError,
        RuntimeError,
        ValueError,
    ) as exc:
        raise fail(path, "", f"not a readable KMZ (ZIP) archive: {exc}") from None
    if len(data) > limit:
        raise fail(path, "", f"the KML inside the KMZ is larger than {limit // 1024 // 1024} MB")
    return data


def open_kml(path: Path, progress: Progress | None = None) -> FeatureSource:
    data = _kml_bytes(path, SIZE_LIMITS["kml"])
    try:
        root = safe_xml.parse(data)
    except (safe_xml.UnsafeXML, safe_xml.BadXML) as exc:
        raise fail(path, "", str(exc)) from None
    if root.tag != "kml" and root.tag not in ("Document", "Folder", "Placemark"):
        raise fail(path, "", f"not KML: the root element is <{root.tag[:40]}>")
    placemarks = list(root.iter("Placemark"))
    if not placemarks:
        raise fail(path, "", "the KML has no placemarks")
    features = [_placemark(n, p) for n, p in enumerate(placemarks, start=1)]
    return in_memory_source("kmz" if path.suffix.lower() == ".kmz" else "kml", features, progress)
