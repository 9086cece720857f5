"""Read the control-history files of a data directory (format: data/control/README.md).

    control/localities.csv, control/localities-*.csv   the gazetteer (ids unique across files)
    control/records/*.csv                               control records, one file per batch
    control/groups.toml                                 named groups of localities
    control/coverage.toml                               first_day / last_day

Every problem is collected with its file and row (``control/records/2016-2019.csv:14: ...``):
``validate`` reports them all, ``load_control`` refuses the data with the first one.
Standard library + shapely only (start-up path).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from geodata import toml_read
from geodata.control.groups import Group, expand_group, group_from_table
from geodata.control.model import STATUSES, ControlRecord, Coverage, Locality
from geodata.control.paths import (  # noqa: F401  (their names here too, as before)
    CONTROL_DIR,
    COVERAGE_FILE,
    GROUPS_FILE,
    RECORDS_DIR,
    RETIRED_FILE,
)
from geodata.errors import AtlasError

#: Records files whose name starts so are a baseline (migrated snapshots): a researched record
#: for the same locality and day takes precedence (see data/control/README.md).
BASELINE_PREFIX = "migrated-"

LOCALITY_COLUMNS = ("id", "name", "lat", "lon")
RECORD_COLUMNS = ("locality", "controller", "from", "to", "status", "sources")


class ControlDataError(AtlasError):
    """The control-history files are malformed: the message names file, row and problem."""


@dataclass
class ControlFiles:
    """What one data directory's control folder holds, and every problem found reading it."""

    localities: dict[str, Locality] = field(default_factory=dict)
    records: list[ControlRecord] = field(default_factory=list)
    groups: dict[str, Group] = field(default_factory=dict)
    coverage: Coverage | None = None
    problems: list[str] = field(default_factory=list)
    retired: dict[str, str] = field(default_factory=dict)  # retired id -> nearest kept id


def _rows(path: Path, data_dir: Path, required: tuple[str, ...], out: ControlFiles):
    """(label, row) pairs of a CSV file; a missing column is one problem for the file."""
    name = path.relative_to(data_dir).as_posix()
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in required if c not in (reader.fieldnames or ())]
            if missing:
                out.problems.append(f"{name}: missing column(s) {', '.join(missing)}")
                return []
            # header is line 1: the first record is line 2, as an editor shows it
            return [(f"{name}:{n}", row) for n, row in enumerate(reader, start=2)]
    except (UnicodeDecodeError, csv.Error) as exc:
        out.problems.append(f"{name}: unreadable CSV ({exc})")
        return []


def _retired(path: Path) -> dict[str, str]:
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            return {
                row["id"]: row.get("nearest_kept") or ""
                for row in csv.DictReader(handle)
                if row.get("id")
            }
    except (OSError, UnicodeDecodeError, csv.Error, KeyError):
        return {}


def _day(text: str | None, what: str) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{what}: not a date (want YYYY-MM-DD): {text!r}") from None


def _list(text: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(";") if part.strip())


def locality_from_row(row: dict[str, str]) -> Locality:
    ident, name = (row.get("id") or "").strip(), (row.get("name") or "").strip()
    if not ident or not name:
        raise ValueError("id and name are required")
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (TypeError, ValueError):
        raise ValueError(f"lat/lon: not numbers: {row.get('lat')!r}, {row.get('lon')!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"lat/lon out of range: {lat}, {lon}")

    def text(column: str) -> str:
        return (row.get(column) or "").strip()

    return Locality(
        id=ident,
        name=name,
        lat=lat,
        lon=lon,
        kind=text("kind") or "town",
        name_ar=text("name_ar"),
        name_tr=text("name_tr"),
        name_ku=text("name_ku"),
        alt_names=_list(row.get("alt_names")),
        coord_source=text("coord_source"),
        approximate=text("approximate").lower() in ("1", "true", "yes"),
        admin1=text("admin1"),
        admin2=text("admin2"),
        note=text("note"),
    )


def record_from_row(row: dict[str, str], where: str, baseline: bool) -> ControlRecord:
    locality = (row.get("locality") or "").strip()
    controller = (row.get("controller") or "").strip()
    if not locality:
        raise ValueError("locality: empty")
    if not controller:
        raise ValueError("controller: empty (use 'unknown' for a stored gap)")
    start = _day(row.get("from"), "from")
    if start is None:
        raise ValueError("from: missing date")
    end = _day(row.get("to"), "to")
    if end is not None and end < start:
        raise ValueError(f"to {end} is before from {start}")
    status = (row.get("status") or "").strip() or "held"
    if status not in STATUSES:
        raise ValueError(f"status: {status!r} is not one of {', '.join(STATUSES)}")
    sources = _list(row.get("sources"))
    if not sources:
        raise ValueError("sources: none (every record needs at least one)")
    return ControlRecord(
        locality=locality,
        controller=controller,
        start=start,
        end=end,
        status=status,
        with_parties=_list(row.get("with")),
        sources=sources,
        note=(row.get("note") or "").strip(),
        file=where,
        baseline=baseline,
    )


def _read_toml(path: Path, data_dir: Path, out: ControlFiles) -> dict:
    try:
        with path.open("rb") as handle:
            return toml_read.load(handle)
    except (toml_read.TOMLDecodeError, UnicodeDecodeError) as exc:
        out.problems.append(f"{path.relative_to(data_dir).as_posix()}: not valid TOML ({exc})")
        return {}


def read_control_files(data_dir: Path) -> ControlFiles:
    """Everything in ``data_dir/control``, group rows expanded to one record per locality."""
    out = ControlFiles()
    folder = data_dir / CONTROL_DIR
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("localities*.csv")):
        if path.name == RETIRED_FILE.name:
            out.retired = _retired(path)
            continue
        for where, row in _rows(path, data_dir, LOCALITY_COLUMNS, out):
            try:
                locality = locality_from_row(row)
            except ValueError as exc:
                out.problems.append(f"{where}: {exc}")
                continue
            if locality.id in out.localities:
                out.problems.append(f"{where}: locality id {locality.id!r} is used twice")
                continue
            out.localities[locality.id] = locality

    # groups.toml and one groups-<batch>.toml per batch of research (control/README.md)
    group_files = [data_dir / GROUPS_FILE, *sorted((data_dir / CONTROL_DIR).glob("groups-*.toml"))]
    for groups_path in group_files:
        if not groups_path.is_file():
            continue
        name = groups_path.relative_to(data_dir).as_posix()
        tables = _read_toml(groups_path, data_dir, out).get("group", [])
        for index, table in enumerate(tables if isinstance(tables, list) else []):
            try:
                group = group_from_table(table)
            except ValueError as exc:
                out.problems.append(f"{name}: group #{index + 1}: {exc}")
                continue
            if group.id in out.groups:
                out.problems.append(f"{name}: group id {group.id!r} is used twice")
                continue
            out.groups[group.id] = group

    for path in sorted((data_dir / RECORDS_DIR).glob("*.csv")):
        baseline = path.name.startswith(BASELINE_PREFIX)
        for where, row in _rows(path, data_dir, RECORD_COLUMNS, out):
            try:
                record = record_from_row(row, where, baseline)
            except ValueError as exc:
                out.problems.append(f"{where}: {exc}")
                continue
            out.records.extend(_expand(record, out, where))

    coverage_path = data_dir / COVERAGE_FILE
    if coverage_path.is_file():
        table = _read_toml(coverage_path, data_dir, out)
        first, last = table.get("first_day"), table.get("last_day")
        if isinstance(first, date) and isinstance(last, date) and first <= last:
            out.coverage = Coverage(first, last)
        elif table:
            out.problems.append(
                f"{COVERAGE_FILE.as_posix()}: first_day and last_day must be dates, in order"
            )
    return out


def _expand(record: ControlRecord, out: ControlFiles, where: str) -> list[ControlRecord]:
    """A ``group:<id>`` row becomes one record per member locality; others pass unchanged."""
    if not record.locality.startswith("group:"):
        if record.locality not in out.localities:
            kept = out.retired.get(record.locality)
            hint = f" (retired from the gazetteer; nearest kept: {kept!r})" if kept else ""
            out.problems.append(f"{where}: unknown locality {record.locality!r}{hint}")
            return []
        return [record]
    group = out.groups.get(record.locality.removeprefix("group:"))
    if group is None:
        out.problems.append(f"{where}: unknown group {record.locality!r}")
        return []
    members = expand_group(group, out.localities.values())
    if not members:
        out.problems.append(f"{where}: group {group.id!r} holds no locality")
    from dataclasses import replace

    return [replace(record, locality=member) for member in members]


def load_control(data_dir: Path) -> ControlFiles:
    """The control files, refused with one line naming the first problem (run validate)."""
    files = read_control_files(data_dir)
    if files.problems:
        more = f" (and {len(files.problems) - 1} more; run 'syria-atlas validate')"
        raise ControlDataError(files.problems[0] + (more if len(files.problems) > 1 else ""))
    return files
