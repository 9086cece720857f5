"""Property-based fuzzing: whatever the file holds, an import either succeeds or fails with a
user-facing AtlasError. Any other exception (a crash the user would see as "internal error")
fails the test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from import_fuzzing import CORRUPT, FUZZ, import_must_not_crash


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


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
