"""A checksum of a few data files' bytes: it tells the data a stored result was derived from
from edited data (the start-up stores: ``geodata.control.source``, ``geodata.records_store``).

CRC-32 and Adler-32 and the length (hashlib would add OpenSSL's import), each file's name
before its bytes. The files are read through one reused buffer: reading each whole and joining
it to its name copied the bundled ~7 MB twice (~8 ms at start-up, now ~4 ms).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from pathlib import Path

_CHUNK = 1 << 20


def files_checksum(
    data_dir: Path, names: Iterable[Path], seed: bytes = b""
) -> tuple[int, int, int]:
    """(CRC-32, Adler-32, length) of ``seed`` then, for each file (relative to ``data_dir``),
    its POSIX name, a NUL byte and its bytes: the sums of all that as one stream."""
    crc = zlib.crc32(seed)
    adler = zlib.adler32(seed, 0)
    size = len(seed)
    buffer = bytearray(_CHUNK)
    view = memoryview(buffer)
    for name in names:
        head = name.as_posix().encode("utf-8") + b"\0"
        crc, adler, size = zlib.crc32(head, crc), zlib.adler32(head, adler), size + len(head)
        with (Path(data_dir) / name).open("rb", buffering=0) as handle:
            while count := handle.readinto(buffer):
                chunk = view[:count]
                crc, adler, size = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler), size + count
    return crc, adler, size
