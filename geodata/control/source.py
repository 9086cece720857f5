"""A data directory's control files, read when first needed.

Reading the control records (~20,000 rows, groups expanded) and building their history take
about a second: more than the rest of the window's start. The window opens on the default
date, whose territory is stored with the data (``geodata.control.first_frame``), so the files
are read after the first paint, on the task thread. The stored territory is trusted only while
it was derived from exactly the files here (a checksum of their bytes, ``inputs_key``); with
any other files (edited records, another data directory) they are read at once, as before, so
a malformed file is still refused when the data is loaded.

Thread-safe: the task thread reads the files while the GUI thread may ask for them (it waits).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from geodata.control.paths import (
    CONTROL_DIR,
    COVERAGE_FILE,
    GROUPS_FILE,
    RECORDS_DIR,
    RETIRED_FILE,
)
from geodata.file_checksum import files_checksum
from geodata.work_ahead import ahead_of_time

if TYPE_CHECKING:
    from geodata.control.load import ControlFiles
    from geodata.control.model import Locality

#: What the derived territory is made from, besides the control folder: the snapshot zones
#: (constraint lines, names, areas), Syria's outline and rivers, the towns' populations (a
#: zone is named after the largest place it holds), the parties' dated names.
DERIVATION_INPUTS = (
    Path("zones.geojson"),
    Path("base", "countries.geojson"),
    Path("base", "rivers.geojson"),
    Path("base", "places.geojson"),
)
_NAME_COLUMNS = ("name_ar", "name_tr", "name_ku")
#: Bumped when what the stored first frame holds changes shape.
FORMAT = 1


def input_files(data_dir: Path) -> list[Path]:
    """Every file the derived territory of a day reads, relative to ``data_dir``, in order."""
    data_dir = Path(data_dir)
    folder = data_dir / CONTROL_DIR
    found = [
        *sorted(folder.glob("localities*.csv")),
        data_dir / GROUPS_FILE,
        *sorted(folder.glob("groups-*.toml")),
        *sorted((data_dir / RECORDS_DIR).glob("*.csv")),
        data_dir / COVERAGE_FILE,
        *(data_dir / name for name in DERIVATION_INPUTS),
        *sorted((data_dir / "talks").glob("parties*.toml")),
    ]
    return [path.relative_to(data_dir) for path in found if path.is_file()]


@ahead_of_time
def inputs_key(data_dir: Path) -> str:
    """A checksum of the bytes of every derivation input (~4 ms for the bundled ~7 MB); begun
    ahead at start-up (``geodata.work_ahead``).

    CRC-32 and Adler-32, and the length, as ``geodata.m4_stored`` does: it tells edited data
    from the data the stored territory was derived from (hashlib would add OpenSSL's import)."""
    crc, adler, size = files_checksum(data_dir, input_files(data_dir))
    return f"{FORMAT}-{crc:08x}{adler:08x}-{size}"


class ControlSource:
    """The control files of ``data_dir``: read at once (``files`` given) or when first asked.

    ``first_frame``: the stored first-frame document (``geodata.control.first_frame``) when it
    was derived from these very files; None otherwise."""

    def __init__(
        self,
        data_dir: Path,
        files: ControlFiles | None = None,
        first_frame: dict | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.first_frame = first_frame
        self._files = files
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._files is not None

    def files(self) -> ControlFiles:
        """The files (read once; a second thread asking meanwhile waits for that read)."""
        files = self._files
        if files is None:
            with self._lock:
                if self._files is None:
                    from geodata.control.load import load_control

                    self._files = load_control(self.data_dir)
                files = self._files
        return files

    def named_localities(self) -> list[Locality]:
        """The localities with a name in Arabic, Turkish or Kurdish, in gazetteer order (what
        map labels borrow, ``geodata.label_names``), without reading the records: from the
        stored first frame, else ~300 of the gazetteer's 4,000 rows made into records. The
        same as those of ``files().localities``."""
        if self._files is not None:
            return [loc for loc in self._files.localities.values() if _named(loc)]
        if self.first_frame is not None:  # stored with it, from these very files
            from geodata.control.first_frame import named_localities

            stored = named_localities(self.first_frame)
            if stored is not None:
                return stored
        import csv

        from geodata.control.load import locality_from_row

        seen: set[str] = set()
        named: list[Locality] = []
        for path in sorted((self.data_dir / CONTROL_DIR).glob("localities*.csv")):
            if path.name == RETIRED_FILE.name:
                continue
            with path.open(newline="", encoding="utf-8") as handle:
                rows = csv.reader(handle)
                header = next(rows, [])
                columns = [header.index(c) for c in _NAME_COLUMNS if c in header]
                ident = header.index("id") if "id" in header else None
                for row in rows:
                    if ident is None or len(row) != len(header):
                        continue
                    key = row[ident].strip()
                    if key in seen:
                        continue  # the first of an id is the locality (load.py)
                    seen.add(key)
                    if any(row[c].strip() for c in columns):
                        named.append(locality_from_row(dict(zip(header, row, strict=True))))
        return named


def _named(locality: Locality) -> bool:
    return bool(locality.name_ar or locality.name_tr or locality.name_ku)
