"""Where a data directory keeps its control-history files (format: data/control/README.md).
Apart from ``geodata.control.load`` so that the start-up checksum of these files
(``geodata.control.source``) does not import the readers."""

from __future__ import annotations

from pathlib import Path

CONTROL_DIR = Path("control")
RECORDS_DIR = CONTROL_DIR / "records"
GROUPS_FILE = CONTROL_DIR / "groups.toml"
COVERAGE_FILE = CONTROL_DIR / "coverage.toml"
#: Ids the gazetteer no longer publishes, with the nearest kept locality (not localities).
RETIRED_FILE = CONTROL_DIR / "localities-retired.csv"
