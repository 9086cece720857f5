"""KML/KMZ import, and the XML attacks it must refuse."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from geodata.importers import ImportFailed, read_file, sniff

FIXTURES = Path(__file__).parent / "fixtures" / "import"

KML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'


def placemark(coordinates: str = "36.6,35.9", when: str = "2023-04-25", name: str = "P") -> str:
    return (
        f"<Placemark><name>{name}</name><TimeStamp><when>{when}</when></TimeStamp>"
        f"<Point><coordinates>{coordinates}</coordinates></Point></Placemark>"
    )


def write_kml(tmp_path: Path, body: str, name: str = "doc.kml") -> Path:
    path = tmp_path / name
    path.write_text(f"{KML_HEAD}<Document>{body}</Document></kml>", encoding="utf-8")
    return path


def test_google_earth_style_kml_imports_points_and_skips_paths():
    result = read_file(FIXTURES / "events.kml", origin="ws")
    assert [e.title for e in result.events] == [
        "Test meeting (synthetic)",
        "Test incident (synthetic)",
        "إدلب - test placemark (synthetic)",
    ]
    meeting, incident, third = result.events
    assert meeting.kind == "meeting"  # from ExtendedData
    assert meeting.date == date(2023, 4, 25) and incident.date == date(2023, 4, 26)
    assert third.date == date(2023, 4, 27)  # SimpleData "date" where there is no TimeStamp
    assert (meeting.lat, meeting.lon) == (35.93062, 36.63393)
    assert "<script>alert(1)</script>" in meeting.summary  # kept as text, escaped when shown
    assert result.warnings == ("skipped 1 feature with lines (not events)",)


def test_billion_laughs_is_refused_before_any_expansion():
    with pytest.raises(ImportFailed, match=r"billion_laughs.kml: the file declares a DTD"):
        read_file(FIXTURES / "billion_laughs.kml")


def test_external_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me")
    path = tmp_path / "xxe.kml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file://{secret}">]>'
        f"<kml><Placemark><name>&x;</name></Placemark></kml>"
    )
    with pytest.raises(ImportFailed, match=r"declares a DTD"):
        read_file(path)


def test_undeclared_entity_is_not_well_formed(tmp_path):
    path = write_kml(tmp_path, placemark(name="&lol9;"))
    with pytest.raises(ImportFailed, match=r"not well-formed XML at line 2: undefined entity"):
        read_file(path)


def test_deep_nesting_is_refused(tmp_path):
    path = write_kml(tmp_path, "<Folder>" * 5000 + placemark() + "</Folder>" * 5000)
    with pytest.raises(ImportFailed, match=r"nested more than 256 deep"):
        read_file(path)


def test_bad_coordinates_name_the_placemark(tmp_path):
    path = write_kml(tmp_path, placemark() + placemark("east,north") + placemark("36.6,95"))
    with pytest.raises(ImportFailed) as caught:
        read_file(path)
    assert [str(p) for p in caught.value.problems] == [
        "placemark 2: bad geometry: bad coordinate 'east,north' (want lon,lat[,alt])",
        "placemark 3: bad geometry: latitude 95 out of range -90..90",
    ]


def test_kml_polygons_become_zones_through_extended_data(tmp_path):
    ring = "36,35 37,35 37,36 36,36 36,35"
    data = (
        "<ExtendedData><Data name='controller'><value>hts</value></Data></ExtendedData>"
        "<TimeSpan><begin>2020-03-06</begin><end>2024-11-27</end></TimeSpan>"
    )
    body = (
        f"<Placemark><name>Zone</name>{data}<Polygon><outerBoundaryIs><LinearRing>"
        f"<coordinates>{ring}</coordinates></LinearRing></outerBoundaryIs></Polygon>"
        "</Placemark>"
    )
    zone = read_file(write_kml(tmp_path, body)).zones[0]
    assert zone.controller == "hts" and zone.valid_to == date(2024, 11, 27)
    assert zone.geometry.area == pytest.approx(1.0)


def test_kmz_reads_its_doc_kml(tmp_path):
    kml = write_kml(tmp_path, placemark())
    kmz = tmp_path / "map.kmz"
    with zipfile.ZipFile(kmz, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(kml, "doc.kml")
    result = read_file(kmz)
    assert result.format == "kmz" and len(result.events) == 1


def test_kmz_whose_kml_inflates_past_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setitem(sniff.SIZE_LIMITS, "kml", 10_000)
    kmz = tmp_path / "bomb.kmz"
    with zipfile.ZipFile(kmz, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", KML_HEAD + " " * 1_000_000 + "</kml>")
    assert kmz.stat().st_size < 10_000
    with pytest.raises(ImportFailed, match=r"the KML inside the KMZ is larger than"):
        read_file(kmz)


def test_not_kml(tmp_path):
    path = tmp_path / "x.kml"
    path.write_text("<html><body>hello</body></html>")
    with pytest.raises(ImportFailed, match=r"not KML: the root element is <html>"):
        read_file(path)
