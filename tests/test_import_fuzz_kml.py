"""Property-based fuzzing of KML imports: documents pieced together from valid and broken
parts. An import succeeds or fails with a user-facing AtlasError; nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from import_fuzzing import FUZZ, import_must_not_crash


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


# --- KML -------------------------------------------------------------------------------------

KML_PIECES = st.sampled_from(
    [
        "<Placemark>",
        "</Placemark>",
        "<name>x</name>",
        "<Point>",
        "</Point>",
        "<coordinates>36.6,35.9</coordinates>",
        "<coordinates>a,b c</coordinates>",
        "<coordinates>999,0</coordinates>",
        "<coordinates></coordinates>",
        "<Polygon><outerBoundaryIs><LinearRing><coordinates>36,35 37,35 37,36 36,35"
        "</coordinates></LinearRing></outerBoundaryIs></Polygon>",
        "<Polygon><outerBoundaryIs></outerBoundaryIs></Polygon>",
        "<MultiGeometry>",
        "</MultiGeometry>",
        "<TimeStamp><when>2023-04-25</when></TimeStamp>",
        "<TimeSpan><begin>2020-01-01</begin><end>bad</end></TimeSpan>",
        "<ExtendedData><Data name='controller'><value>hts</value></Data></ExtendedData>",
        "<ExtendedData><Data><value>no name</value></Data></ExtendedData>",
        "&amp;",
        "&bogus;",
        "<![CDATA[<b>]]>",
        "<!-- c -->",
        "<Folder>",
        "</Folder>",
        "\x00",
    ]
)


KML_CHILDREN = st.sampled_from(
    [
        "<name>x</name>",
        "<coordinates>36.6,35.9</coordinates>",
        "<Point><coordinates>36.6,35.9</coordinates></Point>",
        "<Point><coordinates>36.6,35.9,0 37,36</coordinates></Point>",
        "<Point><coordinates>a,b c</coordinates></Point>",
        "<Point><coordinates>999,0</coordinates></Point>",
        "<Point><coordinates></coordinates></Point>",
        "<Point/>",
        "<LineString><coordinates>36,35</coordinates></LineString>",
        "<Polygon><outerBoundaryIs><LinearRing><coordinates>36,35 37,35 37,36 36,35"
        "</coordinates></LinearRing></outerBoundaryIs></Polygon>",
        "<Polygon><outerBoundaryIs><LinearRing><coordinates>36,35 37,36 37,35 36,36 36,35"
        "</coordinates></LinearRing></outerBoundaryIs></Polygon>",
        "<Polygon><outerBoundaryIs></outerBoundaryIs></Polygon>",
        "<MultiGeometry><Point><coordinates>36.6,35.9</coordinates></Point>"
        "<Polygon/></MultiGeometry>",
        "<TimeStamp><when>2023-04-25</when></TimeStamp>",
        "<TimeStamp><when>yesterday</when></TimeStamp>",
        "<TimeSpan><begin>2020-01-01</begin><end>bad</end></TimeSpan>",
        "<TimeSpan><begin>2020-01-01</begin></TimeSpan>",
        "<ExtendedData><Data name='controller'><value>hts</value></Data></ExtendedData>",
        "<ExtendedData><Data name='valid_to'><value></value></Data></ExtendedData>",
        "<ExtendedData><Data><value>no name</value></Data></ExtendedData>",
        "<ExtendedData><SchemaData><SimpleData name='date'>2023-04-25</SimpleData></SchemaData>"
        "</ExtendedData>",
        "&amp;",
        "<![CDATA[<b>]]>",
        "<!-- c -->",
    ]
)
PLACEMARKS = st.lists(KML_CHILDREN, max_size=5).map(
    lambda children: "<Placemark>" + "".join(children) + "</Placemark>"
)


@settings(FUZZ, max_examples=300)
@given(pieces=st.lists(PLACEMARKS | KML_PIECES | st.text(max_size=10), max_size=8))
def test_fuzz_kml(scratch, pieces):
    path = scratch / "fuzz.kml"
    body = "".join(pieces)
    path.write_text(
        f'<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>{body}'
        "</Document></kml>",
        encoding="utf-8",
        errors="surrogatepass",
    )
    import_must_not_crash(path)
