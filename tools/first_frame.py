"""Derive the window's first frame and store it with the data (``first_frame.json``), with the
records it reads (``start_records.json``).

    python -m tools.first_frame               # the bundled data
    python -m tools.first_frame --data DIR    # another data directory

The territory of the default date, its period and the control periods, derived from the
control records (``geodata.control.first_frame``): the window paints them at once and loads
the history after its first paint. Run it after any edit of the control records, the snapshot
zones, Syria's outline or rivers, or the parties: the store is used only for the very files it
was derived from, and ``syria-atlas validate`` reports it stale until it is run again.

``start_records.json`` (``geodata.records_store``): the parties, places, zones, map features and
events, read and stored pre-parsed, so the window makes its first frame without reading the
talks or the source registry. Run this after any edit of the talks, sources, zones, features
or places too: until then the window reads them all before its first paint, as it did.
``start_base.json`` (``geodata.basemap_store``, bundled data only): the base map's layers with
their geometries as WKB; run this after ``python -m tools.build_basemap`` too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geodata.atlas import Atlas
from geodata.control.first_frame import STORE_FILE, frame_document, write_store
from geodata.errors import AtlasError
from geodata.io import read_records
from geodata.model import DEFAULT_AS_OF
from geodata.paths import data_dir as bundled_data_dir
from geodata.records_store import PARTS, store_document
from geodata.records_store import STORE_FILE as RECORDS_FILE
from geodata.records_store import write_store as write_records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.first_frame", description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="data directory (default: bundled)")
    args = parser.parse_args(argv)
    folder = args.data or bundled_data_dir()
    try:
        records = read_records(folder)  # every file read (and checked) now, none from a store
        atlas = Atlas(records)
        document = frame_document(atlas, DEFAULT_AS_OF)
        cited = [ref["id"] for zone in document["zones"] for ref in zone["sources"] if "id" in ref]
        stored = store_document(folder, records, cited, records.registry)
    except (AtlasError, ValueError) as exc:
        print(f"first_frame: {exc}", file=sys.stderr)
        return 1
    write_store(folder / STORE_FILE, document)
    write_records(folder / RECORDS_FILE, stored)
    if folder.resolve() == bundled_data_dir().resolve():  # the base map is always the bundled
        _write_base_store(folder)
    print(f"{folder / STORE_FILE}: {len(document['zones'])} zones of {document['period'][0]}")
    print(f"{folder / RECORDS_FILE}: {sum(len(stored[p]) for p in PARTS)} records")
    return 0


def _write_base_store(folder: Path) -> None:
    from geodata import basemap_store
    from geodata.basemap import LAYER_NAMES, read_geojson_layer

    layers = {name: read_geojson_layer(name) for name in LAYER_NAMES}
    document = basemap_store.store_document(folder, layers)
    basemap_store.write_store(folder / basemap_store.STORE_FILE, document)
    print(f"{folder / basemap_store.STORE_FILE}: {len(layers)} base-map layers")


if __name__ == "__main__":
    sys.exit(main())
