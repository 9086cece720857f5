"""First look at a file: does it exist, is it empty, too large, binary, and which format is it.

Encoding policy (decided here, documented in the package docstring): text files are read as
UTF-8 (a UTF-8 byte-order mark is dropped) or as UTF-16 when they start with a UTF-16 BOM (Excel's
"Unicode text"). Nothing else is guessed: legacy code pages such as cp1256 (Arabic Windows) and
latin-1 decode almost any bytes, so guessing turns Arabic names into plausible-looking garbage.
A file that is not valid UTF-8 is refused with "unknown encoding", unless the caller names the
encoding explicitly (the ``encoding`` argument of the API).
"""

from __future__ import annotations

import codecs
from pathlib import Path

from geodata.importers.errors import fail

MB = 1024 * 1024

#: Largest file each reader accepts. CSV is streamed row by row, so its limit only bounds the
#: memory the resulting records take; the others are parsed whole.
SIZE_LIMITS = {
    "csv": 512 * MB,
    "geojson": 200 * MB,
    "kml": 100 * MB,
    "kmz": 100 * MB,
    "gpkg": 2048 * MB,
}

FORMATS = tuple(SIZE_LIMITS)

_EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".geojson": "geojson",
    ".json": "geojson",
    ".kml": "kml",
    ".kmz": "kmz",
    ".gpkg": "gpkg",
}

# Signatures of binary files people pick by mistake, with what to say about them.
_MAGIC = (
    (b"SQLite format 3\x00", "gpkg"),
    (b"PK\x03\x04", "a ZIP archive (an Excel .xlsx or a .kmz?)"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xd0\xcf\x11\xe0", "an old Excel/Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)

_HEAD_BYTES = 64 * 1024


def _size_text(n: int) -> str:
    return f"{n / MB:,.1f} MB" if n >= MB else f"{n:,} bytes"


def check_file(path: Path, fmt: str, max_bytes: int | None = None) -> int:
    """Size of ``path`` after refusing missing, empty and over-large files."""
    if not path.exists():
        raise fail(path, "", "file not found")
    if not path.is_file():
        raise fail(path, "", "not a file")
    size = path.stat().st_size
    if size == 0:
        raise fail(path, "", "the file is empty")
    limit = SIZE_LIMITS[fmt] if max_bytes is None else max_bytes
    if size > limit:
        raise fail(
            path,
            "",
            f"file too large ({_size_text(size)}, the limit for {fmt.upper()} is "
            f"{_size_text(limit)}); split or filter it (e.g. by date or area) and import the parts",
        )
    return size


def read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_HEAD_BYTES)
    except OSError as exc:
        raise fail(path, "", f"cannot read the file: {exc.strerror or exc}") from None


def bom_encoding(head: bytes) -> str | None:
    """Encoding named by a byte-order mark, or None."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def text_encoding(path: Path, head: bytes, encoding: str | None = None) -> str:
    """The codec to read a text file with; refuses binary files."""
    if encoding:
        try:
            info = codecs.lookup(encoding)
            # Some codecs are not for files: idna, punycode... (no error handlers, or no
            # incremental decoder); rot13 or base64 are not text encodings at all.
            if not getattr(info, "_is_text_encoding", True):
                raise LookupError
            codecs.getincrementaldecoder(encoding)(errors="strict").decode(head[:64])
            head.decode(encoding, errors="replace")
        except LookupError:
            raise fail(path, "", f"unknown encoding name {encoding!r}") from None
        except (UnicodeError, ValueError, TypeError) as exc:
            if isinstance(exc, UnicodeDecodeError):
                return encoding  # a real encoding the file does not fit: reported at its row
            raise fail(
                path,
                "",
                f"encoding {encoding!r} cannot read a text file "
                "(use utf-8, cp1256, iso-8859-6, latin-1...)",
            ) from None
        return encoding
    bom = bom_encoding(head)
    if bom:
        return bom
    for magic, what in _MAGIC:
        if head.startswith(magic):
            what = "a GeoPackage/SQLite database" if what == "gpkg" else what
            raise fail(path, "", f"binary file ({what}), not a text file")
    if b"\x00" in head:
        raise fail(path, "", "binary file (contains NUL bytes), not a text file")
    return "utf-8"


def detect_format(path: Path, head: bytes) -> str:
    """csv | geojson | kml | kmz | gpkg, from the extension, else from the content."""
    if head.startswith(b"SQLite format 3\x00"):
        return "gpkg"
    by_extension = _EXTENSIONS.get(path.suffix.lower())
    if by_extension:
        return by_extension
    if head.startswith(b"PK\x03\x04"):
        return "kmz"
    stripped = head.lstrip(codecs.BOM_UTF8).lstrip()
    if stripped.startswith(b"{"):
        return "geojson"
    if stripped.startswith(b"<"):
        return "kml"
    return "csv"


def decode_error_message(exc: UnicodeDecodeError, encoding: str) -> str:
    byte = exc.object[exc.start : exc.start + 1].hex().upper() if exc.object else "?"
    if encoding in ("utf-8", "utf-8-sig"):
        return (
            f"unknown encoding: not UTF-8 (byte 0x{byte}); save the file as UTF-8 "
            "(in a spreadsheet: CSV UTF-8) and import it again"
        )
    return f"cannot decode the text as {encoding} (byte 0x{byte})"
