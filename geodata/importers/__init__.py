"""User imports: events and zones from CSV (ACLED exports included), GeoJSON, KML/KMZ, GeoPackage.

Qt-free and safe to call from a worker thread::

    from geodata.importers import preview, read_file
    p = preview("acled.csv")                  # columns, guessed mapping, first rows, problems
    result = read_file("acled.csv", mapping=p.mapping, origin="workspace",
                       progress=lambda done, total: ...)
    from geodata.workspace import add_to_workspace
    add_to_workspace("ws.gpkg", result.events, result.zones, provenance=result)

Policies (see each module for details):
- All or nothing: ``read_file`` returns every record or raises ``ImportFailed`` (an AtlasError)
  whose message names the file, the row/feature and the problem; up to 20 problems are listed.
- Rows are numbered as a spreadsheet shows them (header = row 1); features and placemarks
  from 1.
- Encoding: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused as
  "unknown encoding" unless the caller names the encoding (``encoding="cp1256"``). Guessing a
  legacy code page would silently garble Arabic text.
- Empty, binary and over-large files are refused up front (limits in ``sniff.SIZE_LIMITS``);
  CSV is streamed row by row.
- Coordinates must be WGS84 and in range; invalid polygons are repaired with ``make_valid`` and
  reported in ``ImportResult.warnings``.
- KML is parsed with DTDs refused, so entity expansion ("billion laughs") cannot happen.
- Text is kept as written (escaping is the job of whatever displays it); nothing is
  evaluated or unpickled.
- Imported ids are ``ws:<origin>:<id in the file>`` and ACLED event types map to atlas kinds
  as documented in ``geodata.importers.kinds``.
"""

from geodata.importers.errors import MAX_PROBLEMS, ImportCancelled, ImportFailed, Problem
from geodata.importers.mapping import (
    EVENT_FIELDS,
    REQUIRED,
    ZONE_FIELDS,
    guess_mapping,
    parse_map_args,
)
from geodata.importers.pipeline import KINDS, ImportPreview, ImportResult, preview, read_file
from geodata.importers.sniff import SIZE_LIMITS
from geodata.importers.source import Progress

__all__ = [
    "EVENT_FIELDS",
    "KINDS",
    "MAX_PROBLEMS",
    "REQUIRED",
    "SIZE_LIMITS",
    "ZONE_FIELDS",
    "ImportCancelled",
    "ImportFailed",
    "ImportPreview",
    "ImportResult",
    "Problem",
    "Progress",
    "guess_mapping",
    "parse_map_args",
    "preview",
    "read_file",
]
