"""The Sochi demilitarised zone of 17 September 2018, computed from the atlas's own front line.

The memorandum (Turkey and Russia, Sochi, 17 Sep 2018) set up a zone 15-20 km deep within the
Idlib de-escalation area, along the line between the government's forces and the opposition's,
and left its exact lines to later consultations; no map of them was published. So the zone is
drawn as what the text defines, on the atlas's control of that day: the ground the opposition
and HTS held within 20 km (the depth's upper figure) of ground the government held, measured in
UTM 37N. It is labelled computed, not surveyed, and shown from the memorandum to the Moscow
protocol of 5 March 2020 that followed it; the control underneath shows how much of it the
2019-2020 offensives took.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from shapely import make_valid
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from geodata.analysis import to_lonlat, to_metric

AGREED = date(2018, 9, 17)
SUPERSEDED = date(2020, 3, 4)  # the day before the Moscow additional protocol
DEPTH_M = 20_000.0
# the de-escalation area's holders, and the side the zone keeps them from
INSIDE = ("hts", "opposition")
FACING = ("government",)
SOURCES = [
    {
        "id": "pa_x-2018-09-17-idlib-memorandum",
        "note": "the text: a zone 15-20 km deep within the de-escalation area; exact lines to "
        "be set in further consultations",
    },
    {
        "id": "daily_sabah-2018-09-17-sochi-idlib",
        "note": "the zone 15-20 km wide, in force by 15 Oct 2018, Turkish and Russian patrols",
    },
]


def band(zones, depth_m: float = DEPTH_M) -> BaseGeometry:
    """The ground held by INSIDE within ``depth_m`` of ground held by FACING (lon/lat)."""
    inside = unary_union([z.geometry for z in zones if z.controller in INSIDE])
    facing = unary_union([z.geometry for z in zones if z.controller in FACING])
    # projected, a valid outline can touch itself (a site's small disc beside a cell edge)
    near = make_valid(to_metric(facing)).buffer(depth_m, join_style="round")
    return to_lonlat(make_valid(to_metric(inside)).intersection(near)).buffer(0)


def features(data_dir: Path) -> list[tuple[dict, BaseGeometry]]:
    from geodata.atlas import load_atlas
    from geodata.sources import SOURCES_DIR

    # The control of the day from the data being built when it holds the records and sources (the
    # usual build, into geodata/data); a build into a folder of its own reads the repository's.
    complete = (data_dir / "control").is_dir() and (data_dir / SOURCES_DIR).is_dir()
    zones = load_atlas(data_dir if complete else None).zones_at(AGREED)
    props = {
        "id": "sochi_dmz",
        "name": "Demilitarised zone (Sochi memorandum, 17 September 2018)",
        "kind": "dmz",
        "valid_from": AGREED.isoformat(),
        "valid_to": SUPERSEDED.isoformat(),
        "accuracy": (
            "Computed, not surveyed: the ground the opposition and HTS held on 17 Sep 2018 in "
            "the atlas's control records, within 20 km of ground the government held "
            "(the memorandum: 15-20 km deep within the de-escalation area), buffered in UTM 37N "
            "(EPSG:32637). The memorandum left the exact lines to later consultations and no "
            "map of them was published; where the atlas has no record of that day's front (no "
            "data), the zone follows the nearest government-held ground. Shown until the Moscow "
            "protocol of 5 Mar 2020; the 2019-2020 offensives took much of it."
        ),
        "sources": SOURCES,
    }
    return [(props, band(zones))]
