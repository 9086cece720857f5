"""CSV import: ACLED exports, other spreadsheets through a column mapping, and bad files."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from geodata.errors import AtlasError
from geodata.importers import ImportCancelled, ImportFailed, preview, read_file

FIXTURES = Path(__file__).parent / "fixtures" / "import"
ACLED = FIXTURES / "acled_syria_sample.csv"
HEADER = "event_id_cnty,event_date,event_type,sub_event_type,location,latitude,longitude,source"


def write(tmp_path: Path, text: str, name: str = "events.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def acled_rows(*rows: str) -> str:
    return "\n".join((HEADER, *rows)) + "\n"


# --- the ACLED fixture -----------------------------------------------------------------------


def test_acled_export_imports_every_row_with_ids_kinds_and_sources():
    result = read_file(ACLED, origin="myws")
    assert result.kind == "events" and result.format == "csv"
    assert len(result.events) == 20 and result.rows == 20
    first = result.events[0]
    assert first.id == "ws:myws:SYRTEST0001"  # prefixed: never clashes with bundled ids
    assert first.origin == "myws"
    assert first.date == date(2023, 1, 2)
    assert (first.lat, first.lon) == (35.93062, 36.63393)
    assert first.place_name == "Idlib"
    assert first.title == "Shelling/artillery/missile attack — Idlib"
    publishers = [s.publisher for s in first.sources]
    assert publishers == ["Synthetic test source", "ACLED"]
    assert "acled_syria_sample.csv" in first.sources[1].note
    assert "Actors: Test Actor A" in first.summary and "Fatalities: 0" in first.summary
    assert result.warnings == ()


def test_acled_event_types_map_to_atlas_kinds():
    kinds = {e.id.rsplit(":", 1)[1]: e.kind for e in read_file(ACLED).events}
    assert kinds["SYRTEST0002"] == "incident"  # Battles
    assert kinds["SYRTEST0001"] == "incident"  # Explosions/Remote violence
    assert kinds["SYRTEST0003"] == "other"  # Protests
    assert kinds["SYRTEST0005"] == "agreement"  # Strategic developments / Agreement
    assert kinds["SYRTEST0009"] == "operation"  # Strategic developments / HQ established
    assert kinds["SYRTEST0013"] == "other"  # Strategic developments / Arrests


def test_quoted_commas_multiline_notes_and_arabic_text_survive():
    events = {e.id.rsplit(":", 1)[1]: e for e in read_file(ACLED).events}
    assert "A quoted note, with a comma." in events["SYRTEST0003"].summary
    assert "A note on two lines." in events["SYRTEST0005"].summary
    assert "نص تجريبي" in events["SYRTEST0017"].summary


def test_text_is_stored_as_written_not_escaped(tmp_path):
    text = acled_rows(
        "X1,2023-04-25,Battles,,\"<script>alert(1)</script> & co\",35.9,36.6,=cmd|' /C calc'!A0"
    )
    event = read_file(write(tmp_path, text)).events[0]
    assert event.place_name == "<script>alert(1)</script> & co"
    assert event.sources[0].publisher == "=cmd|' /C calc'!A0"


# --- other spreadsheets and the column mapping -------------------------------------------------


def test_common_column_names_are_guessed():
    result = read_file(FIXTURES / "spreadsheet_semicolon.csv")
    assert result.mapping == {
        "date": "Day",
        "lat": "Y",
        "lon": "X",
        "title": "Headline",
        "place": "Town",
    }
    event = result.events[1]
    assert event.date == date(2023, 4, 26) and (event.lat, event.lon) == (36.20124, 37.16117)
    assert event.title == "Test headline two (synthetic)" and event.kind == "other"


def test_explicit_mapping_reads_any_column_names(tmp_path):
    path = write(tmp_path, "Wann,Breite,Laenge,Was\n2023-04-25,35.9,36.6,Treffen\n")
    with pytest.raises(ImportFailed, match=r"no column or property for 'date'.*--map date="):
        read_file(path)
    result = read_file(
        path, mapping={"date": "Wann", "lat": "Breite", "lon": "Laenge", "title": "Was"}
    )
    assert result.events[0].title == "Treffen" and result.events[0].lat == 35.9


def test_mapping_to_a_missing_column_names_the_columns(tmp_path):
    with pytest.raises(ImportFailed, match=r"no column 'Day' for field 'date' \(columns: "):
        read_file(ACLED, mapping={"date": "Day"})


def test_mapping_an_unknown_field_is_refused():
    with pytest.raises(ImportFailed, match=r"unknown field 'dat'"):
        read_file(ACLED, mapping={"dat": "event_date"})


def test_preview_shows_columns_guessed_mapping_first_rows_and_problems(tmp_path):
    path = write(
        tmp_path,
        acled_rows(
            "A,2023-04-25,Battles,,Idlib,35.9,36.6,s",
            "B,2023-13-45,Battles,,Idlib,35.9,36.6,s",
            "C,2023-04-27,Battles,,Idlib,35.9,36.6,s",
        ),
    )
    shown = preview(path, limit=2)
    assert shown.columns[:2] == ("event_id_cnty", "event_date")
    assert shown.mapping["date"] == "event_date" and shown.missing == ()
    assert [row["event_id_cnty"] for row in shown.rows] == ["A", "B"]  # limit respected
    assert [e.id for e in shown.records] == ["ws:import:A"]
    assert shown.problems == ("row 3: unparsable date '2023-13-45' in column 'event_date'",)
    assert not shown.ready and shown.details["delimiter"] == ","


def test_preview_reports_unmapped_required_fields_instead_of_failing(tmp_path):
    shown = preview(write(tmp_path, "when,a,b\n2023-04-25,1,2\n"))
    assert shown.missing == ("lat", "lon") and not shown.ready


# --- dates and coordinates --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2023-04-25", date(2023, 4, 25)),
        ("2023-04-25T10:00:00Z", date(2023, 4, 25)),
        ("25 April 2023", date(2023, 4, 25)),
        ("25-April-2023", date(2023, 4, 25)),
        ("25-Apr-23", date(2023, 4, 25)),
        ("April 25, 2023", date(2023, 4, 25)),
        ("25.04.2023", date(2023, 4, 25)),
        ("25/04/2023", date(2023, 4, 25)),
        ("04/25/2023", date(2023, 4, 25)),
    ],
)
def test_date_formats(tmp_path, text, expected):
    path = write(tmp_path, acled_rows(f'X,"{text}",Battles,,Idlib,35.9,36.6,s'))
    assert read_file(path).events[0].date == expected


def test_ambiguous_slash_date_is_refused_rather_than_guessed(tmp_path):
    path = write(tmp_path, acled_rows("X,03/04/2023,Battles,,Idlib,35.9,36.6,s"))
    with pytest.raises(ImportFailed, match=r"row 2: ambiguous date '03/04/2023'.*YYYY-MM-DD"):
        read_file(path)


def test_bad_rows_fail_the_whole_import_naming_file_row_column_and_value(tmp_path):
    rows = [f"OK{i},2023-04-25,Battles,,Idlib,35.9,36.6,s" for i in range(15)]
    rows.insert(15, "BAD,2023-13-45,Battles,,Idlib,35.9,36.6,s")  # spreadsheet row 17
    rows.append("FAR,2023-04-25,Battles,,Idlib,95.5,36.6,s")
    rows.append("WEST,2023-04-25,Battles,,Idlib,35.9,-181,s")
    rows.append("NOPE,2023-04-25,Battles,,Idlib,north,36.6,s")
    with pytest.raises(ImportFailed) as caught:
        read_file(write(tmp_path, acled_rows(*rows)))
    message = str(caught.value)
    assert message.startswith(
        "events.csv: row 17: unparsable date '2023-13-45' in column 'event_date' (3 more problems"
    )
    assert "\n" not in message
    problems = [str(p) for p in caught.value.problems]
    assert problems[1:] == [
        "row 18: latitude 95.5 out of range -90..90 in column 'latitude'",
        "row 19: longitude -181 out of range -180..180 in column 'longitude'",
        "row 20: unparsable latitude 'north' in column 'latitude'",
    ]


def test_problems_are_capped_so_a_wrong_file_fails_quickly(tmp_path):
    rows = [f"X{i},not a date,Battles,,Idlib,35.9,36.6,s" for i in range(500)]
    with pytest.raises(ImportFailed) as caught:
        read_file(write(tmp_path, acled_rows(*rows)))
    assert len(caught.value.problems) == 20 and caught.value.truncated
    assert "19+ more problems" in str(caught.value)


def test_duplicate_ids_in_one_file_are_an_error(tmp_path):
    path = write(
        tmp_path,
        acled_rows(
            "X,2023-04-25,Battles,,Idlib,35.9,36.6,s", "X,2023-04-26,Battles,,Idlib,35.9,36.6,s"
        ),
    )
    with pytest.raises(ImportFailed, match=r"row 3: duplicate id 'X' \(also at row 2\)"):
        read_file(path)


def test_row_with_extra_values_is_reported(tmp_path):
    path = write(tmp_path, acled_rows("X,2023-04-25,Battles,,Idlib,35.9,36.6,s,extra"))
    with pytest.raises(ImportFailed, match=r"row 2: 9 values but the header has 8 columns"):
        read_file(path)


def test_rows_without_ids_get_file_and_row_based_ids(tmp_path):
    path = write(
        tmp_path, "date,lat,lon\n2023-04-25,35.9,36.6\n\n2023-04-26,35.9,36.6\n", name="mine.csv"
    )
    assert [e.id for e in read_file(path, origin="w").events] == ["ws:w:mine-2", "ws:w:mine-4"]


# --- files that are not usable ----------------------------------------------------------------


def test_empty_file_is_refused(tmp_path):
    with pytest.raises(ImportFailed, match=r"^events.csv: the file is empty$"):
        read_file(write(tmp_path, ""))


def test_header_only_is_refused(tmp_path):
    with pytest.raises(ImportFailed, match=r"no rows to import \(only a header\)"):
        read_file(write(tmp_path, HEADER + "\n"))


def test_whitespace_only_is_refused(tmp_path):
    with pytest.raises(ImportFailed, match=r"no header row"):
        read_file(write(tmp_path, "\n\n  \n"))


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "events.csv"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ImportFailed, match=r"^events.csv: binary file"):
        read_file(path)


def test_excel_workbook_saved_as_csv_name_is_named(tmp_path):
    path = tmp_path / "events.csv"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(ImportFailed, match=r"ZIP archive \(an Excel .xlsx"):
        read_file(path)


def test_missing_file_is_refused():
    with pytest.raises(ImportFailed, match=r"nope.csv: file not found"):
        read_file("/nonexistent/nope.csv")


def test_utf8_bom_and_utf16_files_import(tmp_path):
    text = acled_rows("X,2023-04-25,Battles,,إدلب,35.9,36.6,s")
    bom = tmp_path / "bom.csv"
    bom.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert read_file(bom).events[0].place_name == "إدلب"
    utf16 = write(tmp_path, text, name="u16.csv", encoding="utf-16")
    assert read_file(utf16).events[0].place_name == "إدلب"


def test_legacy_encoding_is_refused_as_unknown_unless_named(tmp_path):
    text = acled_rows("X,2023-04-25,Battles,,إدلب,35.9,36.6,s")
    path = write(tmp_path, text, encoding="cp1256")
    with pytest.raises(ImportFailed, match=r"row 2: unknown encoding: not UTF-8 \(byte 0x"):
        read_file(path)
    assert read_file(path, encoding="cp1256").events[0].place_name == "إدلب"


def test_file_over_the_size_limit_is_refused_with_advice(tmp_path):
    path = write(tmp_path, acled_rows("X,2023-04-25,Battles,,Idlib,35.9,36.6,s"))
    with pytest.raises(ImportFailed, match=r"file too large \(.*limit for CSV.*split or filter"):
        read_file(path, max_bytes=100)


def test_errors_are_atlas_errors_for_the_command_line():
    assert issubclass(ImportFailed, AtlasError) and issubclass(ImportCancelled, AtlasError)


# --- progress, for the GUI's worker thread -----------------------------------------------------


def test_progress_reports_bytes_up_to_the_file_size(tmp_path):
    rows = [f"X{i},2023-04-25,Battles,,Idlib,35.9,36.6,s" for i in range(5000)]
    path = write(tmp_path, acled_rows(*rows))
    calls: list[tuple[int, int]] = []
    read_file(path, progress=lambda done, total: calls.append((done, total)))
    size = path.stat().st_size
    assert calls[0] == (0, size) and calls[-1] == (size, size) and len(calls) > 2
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:], strict=False))


def test_progress_callback_can_cancel(tmp_path):
    rows = [f"X{i},2023-04-25,Battles,,Idlib,35.9,36.6,s" for i in range(5000)]
    path = write(tmp_path, acled_rows(*rows))

    def cancel(done: int, total: int) -> None:
        if done > 0:
            raise ImportCancelled("import cancelled")

    with pytest.raises(ImportCancelled):
        read_file(path, progress=cancel)


def test_an_explicit_empty_column_unmaps_a_guessed_field():
    from geodata.importers.mapping import resolve_mapping

    columns = ["event_date", "latitude", "longitude", "notes"]
    guessed, _ = resolve_mapping(columns, "events", None)
    assert guessed.get("summary") == "notes"
    chosen, problems = resolve_mapping(columns, "events", {"summary": ""})
    assert "summary" not in chosen and not problems
    assert chosen["date"] == "event_date"


def test_swapped_latitude_and_longitude_are_flagged(tmp_path):
    from geodata.importers import read_file

    path = tmp_path / "swapped.csv"
    path.write_text(
        "event_date,latitude,longitude,event_type,location\n"
        "2023-04-01,36.63,35.93,Battles,Idlib swapped\n"
        "2023-04-02,37.16,36.20,Battles,Aleppo swapped\n"
        "2023-04-03,35.93,36.63,Battles,Idlib\n",
        encoding="utf-8",
    )
    result = read_file(path, origin="t")
    assert len(result.events) == 3  # a warning, not a refusal: the file may be right
    (warning,) = [w for w in result.warnings if "outside Syria" in w]
    assert warning.startswith("2 of 3 events") and "swapped" in warning


# --- no silent row loss ----------------------------------------------------------------------

PLAIN = "date,lat,lon,title\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_an_unclosed_quote_is_an_error_naming_the_row_where_it_opened(tmp_path, encoding):
    text = (
        PLAIN
        + '2023-04-25,35.9,36.6,ok\n2023-04-26,35.9,36.6,"open\n'
        + ("2023-04-27,35.9,36.6,swallowed\n" * 5)
    )
    with pytest.raises(ImportFailed, match=r"^events.csv: row 3 \(line 3\): a quote opened"):
        read_file(write(tmp_path, text, encoding=encoding), origin="w")


def test_rows_swallowed_between_two_stray_quotes_are_an_error(tmp_path):
    text = PLAIN + '2023-04-25,35.9,36.6,"stray\n' + "2023-04-26,35.9,36.6,b\n" * 3
    text += '2023-04-27,35.9,36.6,"closed"\n'
    text = text.replace('"closed"', 'late" quote')
    with pytest.raises(ImportFailed, match=r"row 2 \(line 2\): a quoted value runs over lines"):
        read_file(write(tmp_path, text), origin="w")


def test_a_value_over_several_lines_is_still_one_value(tmp_path):
    text = PLAIN + '2023-04-25,35.9,36.6,"first line\nsecond, with a comma"\n'
    text += "2023-04-26,35.9,36.6,next\n"
    result = read_file(write(tmp_path, text), origin="w")
    assert [e.title for e in result.events] == ["first line\nsecond, with a comma", "next"]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_cr_only_line_endings_are_read(tmp_path, encoding):
    text = PLAIN.replace("\n", "\r") + "2023-04-25,35.9,36.6,a\r2023-04-26,35.9,36.6,b"
    result = read_file(write(tmp_path, text, encoding=encoding), origin="w", encoding=encoding)
    assert [e.title for e in result.events] == ["a", "b"]


def test_one_row_swallowed_by_a_stray_quote_in_a_wide_file_is_an_error(tmp_path):
    header = "date,lat,lon,title,place,notes\n"
    text = header + '2023-04-25,35.9,36.6,"stray,Idlib,n\n2023-04-26,35.9,36.6,b,Idlib,late"\n'
    text += "2023-04-27,35.9,36.6,c,Idlib,n\n"
    with pytest.raises(ImportFailed, match=r"row 2 \(line 2\): a quoted value runs over lines"):
        read_file(write(tmp_path, text), origin="w")
