"""Derive the window's first frame and store it with the data (``first_frame.json``).

    python -m tools.first_frame               # the bundled data
    python -m tools.first_frame --data DIR    # another data directory

The territory of the default date, its period and the control periods, derived from the
control records (``geodata.control.first_frame``): the window paints them at once and loads
the history after its first paint. Run it after any edit of the control records, the snapshot
zones, Syria's outline or rivers, or the parties: the store is used only for the very files it
was derived from, and ``syria-atlas validate`` reports it stale until it is run again.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geodata.atlas import load_atlas
from geodata.control.first_frame import STORE_FILE, frame_document, write_store
from geodata.errors import AtlasError
from geodata.model import DEFAULT_AS_OF
from geodata.paths import data_dir as bundled_data_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.first_frame", description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="data directory (default: bundled)")
    args = parser.parse_args(argv)
    folder = args.data or bundled_data_dir()
    try:
        atlas = load_atlas(folder)
        document = frame_document(atlas, DEFAULT_AS_OF)
    except (AtlasError, ValueError) as exc:
        print(f"first_frame: {exc}", file=sys.stderr)
        return 1
    write_store(folder / STORE_FILE, document)
    print(f"{folder / STORE_FILE}: {len(document['zones'])} zones of {document['period'][0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
