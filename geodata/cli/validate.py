"""``syria-atlas validate [DIR]``: check a data directory (default: the bundled data).

Prints each problem as ``FILE: ID: problem`` and exits 1 when there are any, 0 when clean.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geodata.errors import AtlasError
from geodata.io import default_data_dir
from geodata.validate import validate_dir


def run(args: argparse.Namespace) -> int:
    data_dir = Path(args.dir) if getattr(args, "dir", None) else default_data_dir()
    if data_dir.exists() and not data_dir.is_dir():  # e.g. zones.geojson given for its folder
        raise AtlasError(f"{data_dir} is a file; validate checks a data folder (DIR)")
    problems = validate_dir(data_dir)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {data_dir}", file=sys.stderr)
        return 1
    print(f"ok: {data_dir} is valid")
    return 0
