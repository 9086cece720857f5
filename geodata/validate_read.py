"""Read a data directory for validation: every file's records, the problems met while reading
(a file missing or unparsable is one problem; a record that cannot be converted is one problem),
and which ids exist so later checks skip references into unreadable files."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geodata import io, record_parsers
from geodata.errors import AtlasError

#: Fields each TOML record may have (a typo in a field name would otherwise be silently ignored).
ALLOWED_FIELDS = {
    io.PARTIES_FILE: {
        "id", "name", "kind", "aliases", "colour", "sources", "note", "names", "successor_of",
        "active_from", "active_to",
    },
    io.EVENTS_FILE: {
        "id", "date", "title", "kind", "place", "place_name", "lat", "lon", "participants",
        "people", "summary", "zone_ids", "feature_ids", "sources", "notes",
    },
    io.STATEMENTS_FILE: {
        "id", "event_id", "party", "speaker", "date", "text", "verbatim", "topics", "sources",
        "excerpt", "translated_from",
    },
}  # fmt: skip
PLACE_COLUMNS = ("id", "name", "lat", "lon")


@dataclass(frozen=True)
class Problem:
    file: str
    record: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.record}: {self.message}"


class Report:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, file: Path | str, record: str, message: str) -> None:
        self.problems.append(Problem(Path(file).as_posix(), record, message))


@dataclass
class Loaded:
    """The records of one file, whether the file could be read at all, and the ids of records
    that were present but malformed (so references to them are not called dangling)."""

    records: list
    readable: bool = True
    broken_ids: set[str] = field(default_factory=set)

    def ids(self) -> set[str] | None:
        """Every id the file defines, or None when the file could not be read (skip checks)."""
        if not self.readable:
            return None
        return {r.id for r in self.records} | self.broken_ids


def unreadable() -> Loaded:
    return Loaded([], readable=False)


# --------------------------------------------------------------------------- reading


def convert_all(
    report: Report, file: Path, raw: Iterable[Mapping[str, Any]], convert: Callable
) -> Loaded:
    loaded = Loaded([])
    for index, record in enumerate(raw):
        try:
            loaded.records.append(convert(record))
        except record_parsers.RecordError as exc:
            label = io.record_label(record, index)
            report.add(file, label, str(exc))
            if not label.startswith("#"):
                loaded.broken_ids.add(label)
    return loaded


def read_toml(report: Report, data_dir: Path, name: Path, convert: Callable) -> Loaded:
    """Every file of one talks kind (events.toml and events-*.toml ...) as one record set."""
    if not (data_dir / name).is_file():
        report.add(name, "-", "file missing")
        return unreadable()
    loaded = Loaded([])
    for file in io.talks_files(data_dir, name):
        path = data_dir / file
        try:
            raw = io.read_toml_records(path, io.TOML_TABLES[name])
        except AtlasError as exc:
            report.add(file, "-", str(exc).removeprefix(f"{path}: "))
            if file == name:
                return unreadable()
            continue
        allowed = ALLOWED_FIELDS[name]
        for index, record in enumerate(raw):
            unknown = sorted(set(record) - allowed)
            if unknown:
                report.add(
                    file, io.record_label(record, index), f"unknown field(s): {', '.join(unknown)}"
                )
        part = convert_all(report, file, raw, convert)
        loaded.records.extend(part.records)
        loaded.broken_ids |= part.broken_ids
    return loaded


def read_geojson(report: Report, data_dir: Path, name: Path, convert: Callable) -> Loaded:
    path = data_dir / name
    if not path.is_file():
        report.add(name, "-", "file missing")
        return unreadable()
    try:
        raw = io.read_geojson_features(path)
    except AtlasError as exc:
        report.add(name, "-", str(exc).removeprefix(f"{path}: "))
        return unreadable()
    return convert_all(report, name, raw, convert)


def read_places(report: Report, data_dir: Path) -> Loaded:
    name = io.PLACES_FILE
    path = data_dir / name
    if not path.is_file():
        report.add(name, "-", "file missing")
        return unreadable()
    try:
        rows = io.read_csv_rows(path)
    except (UnicodeDecodeError, csv.Error) as exc:
        report.add(name, "-", f"not readable as UTF-8 CSV ({exc})")
        return unreadable()
    missing = [c for c in PLACE_COLUMNS if rows and c not in rows[0]]
    if missing:
        report.add(name, "-", f"missing column(s): {', '.join(missing)}")
        return unreadable()
    return convert_all(report, name, rows, record_parsers.place_from_row)
