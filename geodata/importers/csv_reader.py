"""CSV (and TSV) read row by row, so a large file never sits in memory as text.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row is
row 2 (a quoted value spanning several lines still counts as one row).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from geodata.importers.errors import fail
from geodata.importers.records import RawFeature
from geodata.importers.sniff import decode_error_message, read_head, text_encoding
from geodata.importers.source import FeatureSource, Progress

_DELIMITERS = (",", ";", "\t", "|")
# Python's csv refuses a value over 128 KB; a pasted report can be far longer. Long text is
# kept (and shown cut); the bound only stops a runaway value from eating all memory.
MAX_VALUE_BYTES = 256 * 1024 * 1024
# A last line that is never data: read as a row of its own, the file ended outside quotes; found
# inside a value, a quote was left open and swallowed every line after it (nothing may be lost
# silently). From Unicode's private use area, which no export writes.
_END = "\ue000syria-atlas-end-of-file\ue000"


def guess_delimiter(first_line: str, suffix: str) -> str:
    if suffix.lower() == ".tsv":
        return "\t"
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


def open_csv(
    path: Path, encoding: str | None = None, progress: Progress | None = None
) -> FeatureSource:
    head = read_head(path)
    codec = text_encoding(path, head, encoding)
    try:
        head_text = head.decode(codec, errors="replace")
    except LookupError:  # pragma: no cover - text_encoding checked the name
        raise fail(path, "", f"unknown encoding name {codec!r}") from None
    first_line = head_text.lstrip("\ufeff").splitlines()[0] if head_text.strip() else ""
    delimiter = guess_delimiter(first_line, path.suffix)

    raw = path.open("rb")
    if codec.startswith("utf-16"):
        text = io.TextIOWrapper(raw, encoding=codec, errors="strict", newline="")
        lines: Iterable[str] = text  # universal newlines: CR-only files split too
    else:
        # Decoding line by line pins an encoding error to its row (a text wrapper decodes
        # 8 KB ahead); in UTF-8 and single-byte codecs b"\n" always ends a character. A file
        # with CR-only line endings (old Mac exports) is split at b"\r" instead.
        text = raw
        cr_only = b"\r" in head and b"\n" not in head
        lines = _decoded_lines(_cr_lines(raw) if cr_only else raw, codec)
    if csv.field_size_limit() < MAX_VALUE_BYTES:
        csv.field_size_limit(MAX_VALUE_BYTES)
    reader = csv.reader(_with_end(lines), delimiter=delimiter)
    try:
        header = _next_record(reader, path, codec, 1)
    except BaseException:
        text.close()
        raise
    if header is None or not any(cell.strip() for cell in header):
        text.close()
        raise fail(path, "", "no header row (the file has no text)")
    columns = [cell.strip() for cell in header]
    seen: set[str] = set()
    for column in columns:
        if column and column in seen:
            text.close()
            raise fail(path, "row 1", f"duplicate column {column!r} in the header")
        seen.add(column)
    total = path.stat().st_size
    return FeatureSource(
        format="csv",
        columns=[c for c in columns if c],
        features=_rows(reader, text, raw, path, codec, columns, total, progress),
        has_geometry=False,
        total=total,
        details={"encoding": codec, "delimiter": delimiter},
    )


def _cr_lines(raw: io.BufferedReader) -> Iterator[bytes]:
    """Lines of a file whose lines end in a lone CR, each with its CR."""
    pending = b""
    while chunk := raw.read(1 << 16):
        *whole, pending = (pending + chunk).split(b"\r")
        for line in whole:
            yield line + b"\r"
    if pending:
        yield pending


def _with_end(lines: Iterable[str]) -> Iterator[str]:
    yield from lines
    yield _END + "\n"  # each item is a line to csv, ended or not


def _decoded_lines(raw: Iterable[bytes], codec: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    for line in raw:
        yield decoder.decode(line)
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail


def _next_record(reader: Iterator[list[str]], path: Path, codec: str, row: int) -> list[str] | None:
    try:
        return next(reader)
    except StopIteration:
        return None
    except UnicodeDecodeError as exc:
        raise fail(path, f"row {row}", decode_error_message(exc, codec)) from None
    except csv.Error as exc:
        raise fail(path, f"row {row}", f"malformed CSV: {exc}") from None


def _rows(
    reader: Iterator[list[str]],
    text: io.IOBase,
    raw: io.BufferedReader,
    path: Path,
    codec: str,
    columns: list[str],
    total: int,
    progress: Progress | None,
) -> Iterator[RawFeature]:
    width = len(columns)
    row = 1
    try:
        if progress is not None:
            progress(0, total)
        while True:
            row += 1
            first_line = reader.line_num + 1
            record = _next_record(reader, path, codec, row)
            if record is None or record == [_END]:
                break
            if any(_END in cell for cell in record):
                raise fail(
                    path,
                    f"row {row} (line {first_line})",
                    "a quote opened in this row is never closed, so every line after it "
                    "would be one value; close the quote or remove it",
                )
            _check_swallowed_rows(
                path, record, row, first_line, reader.line_num, delimiter_of(reader), width
            )
            if progress is not None and row % 2000 == 0:
                progress(min(raw.tell(), total), total)
            if not any(cell.strip() for cell in record):
                continue  # blank line
            if len(record) > width and any(cell.strip() for cell in record[width:]):
                message = (
                    f"{len(record)} values but the header has {width} columns "
                    "(an unquoted delimiter in a value?)"
                )
                yield RawFeature(row, f"row {row}", {}, error=message)
                continue
            yield RawFeature(row, f"row {row}", dict(zip(columns, record, strict=False)))
        if progress is not None:
            progress(total, total)
    finally:
        text.close()


def delimiter_of(reader) -> str:
    return reader.dialect.delimiter


def _check_swallowed_rows(
    path: Path, record: list[str], row: int, first: int, last: int, delimiter: str, width: int
) -> None:
    """A quoted value over several lines of which some look like whole rows of this file (as
    many delimiters as the header): two stray quotes that swallowed the rows between them.
    The rows read would then not match the rows in the file: refuse rather than lose them."""
    if last <= first or width < 2:
        return
    for cell in record:
        if "\n" not in cell and "\r" not in cell:
            continue
        lines = cell.splitlines()[1:]
        looking_like_rows = sum(1 for line in lines if line.count(delimiter) >= width - 1)
        # One such line is enough in a wide file (ACLED has 31 columns): prose has no line
        # with exactly as many delimiters as a row.
        exact_row = width >= 5 and any(line.count(delimiter) == width - 1 for line in lines)
        if looking_like_rows >= 2 or exact_row:
            raise fail(
                path,
                f"row {row} (line {first})",
                f"a quoted value runs over lines {first}-{last}, {looking_like_rows} of which "
                "look like rows of their own (a stray quote?): the rows read would not match "
                "the rows in the file; fix the quotes",
            )
