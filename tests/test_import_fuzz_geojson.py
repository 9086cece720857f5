"""Property-based fuzzing of GeoJSON imports: any document, any text, nearly valid features.
An import succeeds or fails with a user-facing AtlasError; nothing else."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from import_fuzzing import CORRUPT, FUZZ, import_must_not_crash


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


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
