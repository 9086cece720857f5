"""Property-based fuzzing: whatever the file holds, an import either succeeds or fails with a
user-facing AtlasError. Any other exception (a crash the user would see as "internal error")
fails the test.
"""

from __future__ import annotations

import json
import string
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from geodata.errors import AtlasError
from geodata.importers import preview, read_file

FUZZ = settings(
    max_examples=1200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def import_must_not_crash(path: Path, **options) -> None:
    """The property: success, or an AtlasError with a one-line message naming the file."""
    for action in (read_file, preview):
        try:
            action(path, **options)
            event(f"{action.__name__} succeeded")
        except AtlasError as exc:
            message = str(exc)
            assert message and "\n" not in message.split(" (")[0]
            assert path.name in message or "--map" in message


# --- CSV -------------------------------------------------------------------------------------

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "location",
    "latitude",
    "longitude",
    "notes",
    "source",
    "fatalities",
    "date",
    "lat",
    "lon",
    "x",
    "y",
    "title",
    "name",
    "id",
    "kind",
    "",
    " ",
    "Event Date",
    "LATITUDE",
]

CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "2023-04-25",
            "25 April 2023",
            "2023-13-45",
            "31/02/2023",
            "03/04/2023",
            "35.93",
            "36.63",
            "-91",
            "181",
            "nan",
            "inf",
            "-inf",
            "1e999",
            "36,5",
            "0x10",
            "NaN",
            "Battles",
            "Strategic developments",
            "Agreement",
            "meeting",
            "=1+1",
            "<b>x</b>",
            "إدلب",
            "\x00",
            "\ud800",
            '"',
            '""',
            "\r",
            "\n",
            "9" * 5000,
        ]
    ),
    st.text(max_size=30),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers().map(str),
)


@st.composite
def csv_documents(draw) -> str:
    header = draw(
        st.lists(st.sampled_from(COLUMNS) | st.text(max_size=12), min_size=1, max_size=10)
    )
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    rows = draw(st.lists(st.lists(CELLS, max_size=len(header) + 2), max_size=8))

    def line(cells: list[str]) -> str:
        quoted = draw(st.booleans())
        if quoted:
            return delimiter.join('"' + c.replace('"', '""') + '"' for c in cells)
        return delimiter.join(cells)

    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return newline.join(line(r) for r in [header, *rows]) + draw(st.sampled_from(["", newline]))


VALID_CELLS = {
    "event_id_cnty": st.from_regex(r"SYR[0-9]{1,5}", fullmatch=True),
    "event_date": st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(
        lambda d: d.strftime("%d %B %Y")
    ),
    "event_type": st.sampled_from(["Battles", "Protests", "Strategic developments", "Riots"]),
    "sub_event_type": st.sampled_from(["Armed clash", "Agreement", ""]),
    "location": st.text(max_size=15),
    "latitude": st.floats(-90, 90).map(str),
    "longitude": st.floats(-180, 180).map(str),
    "notes": st.text(max_size=40),
    "source": st.text(max_size=15),
    "fatalities": st.integers(0, 50).map(str),
}
CORRUPT = st.sampled_from([False] * 24 + [True])


@st.composite
def nearly_valid_acled(draw) -> str:
    """ACLED-shaped files where about one cell in 25 is junk: most imports succeed."""
    header = list(VALID_CELLS)
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        rows.append([draw(CELLS) if draw(CORRUPT) else draw(VALID_CELLS[c]) for c in header])
    lines = [header, *rows]
    return "\n".join(",".join('"' + c.replace('"', '""') + '"' for c in line) for line in lines)


@settings(FUZZ, max_examples=600)
@given(document=nearly_valid_acled())
def test_fuzz_nearly_valid_acled(scratch, document):
    path = scratch / "acled.csv"
    path.write_text(document, encoding="utf-8", errors="surrogatepass")
    import_must_not_crash(path)


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256", "latin-1"])


@FUZZ
@given(document=csv_documents(), encoding=ENCODINGS)
def test_fuzz_csv_documents(scratch, document, encoding):
    path = scratch / "fuzz.csv"
    errors = "surrogatepass" if encoding.startswith("utf") else "replace"
    path.write_bytes(document.encode(encoding, errors=errors))
    import_must_not_crash(path)


@settings(FUZZ, max_examples=600)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".tsv", ".txt", ""]))
def test_fuzz_csv_bytes(scratch, data, suffix):
    path = scratch / f"bytes{suffix}"
    path.write_bytes(data)
    import_must_not_crash(path)


@settings(FUZZ, max_examples=300)
@given(
    document=csv_documents(),
    mapping=st.dictionaries(
        st.sampled_from(["date", "lat", "lon", "title", "id", "kind", "bogus", ""]),
        st.sampled_from(COLUMNS) | st.text(max_size=8),
        max_size=4,
    ),
)
def test_fuzz_csv_with_mappings(scratch, document, mapping):
    path = scratch / "mapped.csv"
    path.write_text(document, encoding="utf-8", errors="surrogatepass")
    import_must_not_crash(path, mapping=mapping)


# --- GeoJSON ---------------------------------------------------------------------------------

NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-180, max_value=180),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([36.6, 35.9, 0, -0.0, 90, 180, -180, 1e308]),
)
JSON_LEAVES = st.one_of(st.none(), st.booleans(), NUMBERS, st.text(max_size=20))
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=30,
)
POSITION = st.one_of(st.lists(NUMBERS, min_size=2, max_size=3), JSON_VALUES)
GEOMETRY_TYPES = st.sampled_from(
    [
        "Point",
        "MultiPoint",
        "LineString",
        "MultiLineString",
        "Polygon",
        "MultiPolygon",
        "GeometryCollection",
        "Circle",
        None,
        7,
    ]
)


def nested(depth: int):
    coordinates = POSITION
    for _ in range(depth):
        coordinates = st.lists(coordinates, max_size=6)
    return coordinates


GEOMETRIES = st.recursive(
    st.fixed_dictionaries(
        {"type": GEOMETRY_TYPES, "coordinates": st.integers(0, 3).flatmap(nested)}
    )
    | st.none()
    | JSON_VALUES,
    lambda inner: st.fixed_dictionaries(
        {"type": st.just("GeometryCollection"), "geometries": st.lists(inner, max_size=3)}
    ),
    max_leaves=6,
)
PROPERTIES = st.one_of(
    st.dictionaries(
        st.sampled_from(
            [
                "date",
                "event_date",
                "name",
                "controller",
                "valid_from",
                "valid_to",
                "kind",
                "id",
                "latitude",
                "longitude",
                "backers",
                "contested",
            ]
        )
        | st.text(max_size=6),
        st.one_of(
            JSON_VALUES,
            st.sampled_from(["2023-04-25", "2020-01-01", "hts", "open", "yes", "2019-13-01"]),
        ),
        max_size=8,
    ),
    JSON_VALUES,
)
FEATURES = st.one_of(
    st.fixed_dictionaries(
        {"type": st.just("Feature"), "geometry": GEOMETRIES, "properties": PROPERTIES},
        optional={"id": JSON_VALUES},
    ),
    JSON_VALUES,
)
DOCUMENTS = st.one_of(
    st.fixed_dictionaries(
        {"type": st.just("FeatureCollection"), "features": st.lists(FEATURES, max_size=6)},
        optional={"crs": JSON_VALUES},
    ),
    FEATURES,
    GEOMETRIES,
    JSON_VALUES,
)


@settings(FUZZ, max_examples=1000)
@given(document=DOCUMENTS, kind=st.sampled_from(["auto", "events", "zones"]))
def test_fuzz_geojson_documents(scratch, document, kind):
    path = scratch / "fuzz.geojson"
    path.write_text(json.dumps(document, allow_nan=True), encoding="utf-8", errors="surrogatepass")
    import_must_not_crash(path, kind=kind)


@settings(FUZZ, max_examples=300)
@given(text=st.text(alphabet=string.printable + '{}[]:,"\\\x00é', max_size=300))
def test_fuzz_geojson_text(scratch, text):
    path = scratch / "text.geojson"
    path.write_text(text, encoding="utf-8")
    import_must_not_crash(path)


def junk_or(valid):
    """Mostly ``valid``, sometimes any JSON value."""
    return CORRUPT.flatmap(lambda corrupt: JSON_VALUES if corrupt else valid)


LON, LAT = st.floats(35.5, 42.5), st.floats(32.0, 37.5)
NEARLY_VALID_FEATURES = st.one_of(
    st.fixed_dictionaries(
        {
            "type": st.just("Feature"),
            "geometry": junk_or(
                st.tuples(LON, LAT).map(lambda p: {"type": "Point", "coordinates": list(p)})
            ),
            "properties": st.fixed_dictionaries(
                {
                    "date": junk_or(st.dates().map(str)),
                    "name": junk_or(st.text(max_size=10)),
                }
            ),
        }
    ),
    st.fixed_dictionaries(
        {
            "type": st.just("Feature"),
            "geometry": junk_or(
                st.lists(st.tuples(LON, LAT).map(list), min_size=3, max_size=6).map(
                    lambda ring: {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}
                )
            ),
            "properties": st.fixed_dictionaries(
                {
                    "controller": junk_or(st.sampled_from(["hts", "sna", "sdf"])),
                    "valid_from": junk_or(st.dates().map(str)),
                    "valid_to": junk_or(st.none() | st.dates().map(str)),
                }
            ),
        }
    ),
)


@settings(FUZZ, max_examples=700)
@given(
    features=st.lists(NEARLY_VALID_FEATURES, min_size=1, max_size=6),
    kind=st.sampled_from(["auto", "events", "zones"]),
)
def test_fuzz_nearly_valid_geojson(scratch, features, kind):
    path = scratch / "nearly.geojson"
    document = {"type": "FeatureCollection", "features": features}
    path.write_text(json.dumps(document), encoding="utf-8", errors="surrogatepass")
    import_must_not_crash(path, kind=kind)


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
