"""A small, hand-made atlas and base map for the export tests (shared by test_export_*.py).

Made here rather than loaded from the bundled data so the tests do not change when the data is
revised, and so they can hold hostile text (an event whose title holds a script tag).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import SimpleNamespace

from shapely.geometry import LineString, Point, Polygon, box

from geodata.atlas import Atlas
from geodata.io import AtlasRecords
from geodata.model import Event, MapFeature, Party, Place, Source, Statement, Zone

IDLIB = (36.634, 35.931)  # lon, lat of Idlib city (project gazetteer)
AS_OF = date(2023, 4, 25)
HOSTILE = "<script>alert(1)</script>"
#: Markup that would run if it reached the page unescaped (innerHTML never runs <script>).
PWN = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
HTS_COLOUR = "#009E73"
GOVERNMENT_COLOUR = "#D55E00"
SDF_COLOUR = "#F0E442"
SOURCE = Source(url="https://example.org/zones?a=1&b=2", publisher="Example Monitor")
#: A day in the gap_atlas's hole in control data, and what the window's banner says about it.
GAP_DAY = date(2020, 1, 15)
GAP_NOTICE = (
    "No control-zone data for 15 Jan 2020 — nearest: 18 Dec 2019 (before), 6 Mar 2020 (after)"
)
UNSETTLED_NAME = "Control not settled in the sources"


def fixture_atlas() -> Atlas:
    return Atlas(fixture_records())


def gap_atlas() -> Atlas:
    """The fixture atlas with a hole in its control data: the SDF zone ends on 18 December 2019
    and the others start on 6 March 2020, so 15 January 2020 (GAP_DAY) has no zones."""
    records = fixture_records()
    zones = tuple(
        replace(z, valid_to=date(2019, 12, 18)) if z.id == "sdf-2023" else z for z in records.zones
    )
    return Atlas(replace(records, zones=zones))


def unsettled_atlas() -> Atlas:
    """The fixture atlas plus a zone whose controller is ``unsettled`` (control not settled in
    the sources), a controller id with no party record of its own."""
    records = fixture_records()
    zone = Zone(
        "unsettled-2023",
        "Unsettled area",
        "unsettled",
        box(39.0, 34.7, 40.0, 35.2),
        date(2020, 3, 6),
        sources=(SOURCE,),
    )
    return Atlas(replace(records, zones=(*records.zones, zone)))


def fixture_records() -> AtlasRecords:
    parties = (
        Party("hts", "Hay'at Tahrir al-Sham (HTS)", "armed_group", colour=HTS_COLOUR),
        Party("government", "Syrian government", "state", colour=GOVERNMENT_COLOUR),
        Party("sdf", "Syrian Democratic Forces (SDF)", "armed_group", colour=SDF_COLOUR),
        Party("turkey", "Turkey", "state", colour="#777777"),
        Party("russia", "Russia", "state", colour="#777777"),
    )
    # Reaches well south of Idlib city, so the zone's own label sits ~20 km away from it.
    idlib = Polygon([(36.15, 35.2), (37.05, 35.2), (37.05, 36.30), (36.15, 36.30)])
    sdf = box(38.2, 35.3, 42.2, 37.1)
    government = box(35.7, 34.6, 42.3, 37.2).difference(idlib).difference(sdf)
    zones = (
        Zone(
            "idlib-2023",
            "Idlib pocket",
            "hts",
            idlib,
            date(2020, 3, 6),
            area="idlib",
            accuracy="approximate, ±5 km",
            sources=(SOURCE,),
        ),
        Zone(
            "sdf-2023",
            "North-east",
            "sdf",
            sdf,
            date(2019, 10, 22),
            area="sdf_east",
            sources=(Source(url="https://example.com/sdf", publisher="Other Monitor"),),
        ),
        Zone(
            "gov-2023",
            f"Government {HOSTILE}",
            "government",
            government,
            date(2020, 3, 6),
            area="government",
            notes=f"note {HOSTILE}",
            sources=(Source(url="javascript:alert(2)", publisher=f"Bad {HOSTILE}"),),
        ),
    )
    m4 = LineString([(35.9, 35.55), (36.6, 35.8), (37.2, 36.0), (38.5, 36.45), (40.7, 36.5)])
    corridor = m4.buffer(0.055)
    features = (
        MapFeature("m4", "M4 motorway", "road", m4),
        MapFeature(
            "m4_corridor",
            "2020 M4 security corridor",
            "corridor",
            corridor,
            valid_from=date(2020, 3, 5),
        ),
    )
    events = (
        Event(
            "moscow",
            AS_OF,
            "Moscow defence ministers meeting",
            "meeting",
            37.6173,
            55.7558,
            "Moscow, Russia",
            ("turkey", "russia", "government"),
            summary="Talks.",
            sources=(Source(url="https://example.org/moscow", publisher="Agency"),),
        ),
        Event(
            "hostile",
            date(2023, 3, 1),
            f"Title {HOSTILE}",
            "incident",
            36.9,
            36.1,
            f"Place {HOSTILE}",
            ("hts",),
            summary=f"Summary {HOSTILE} {PWN} & more",
            zone_ids=("idlib",),
            sources=(Source(url="https://example.org/a?x=1&y=<b>", publisher=HOSTILE),),
        ),
        Event(
            "sochi",
            date(2020, 3, 5),
            "Moscow ceasefire protocol",
            "agreement",
            37.62,
            55.75,
            "Moscow",
            ("turkey", "russia"),
            feature_ids=("m4", "m4_corridor"),
        ),
        Event("future", date(2024, 12, 8), "After the as-of date", "operation", 36.7, 35.9),
        Event("pwn", date(2023, 4, 1), "Image test", "statement", 36.4, 36.2, summary=PWN),
    )
    statements = (
        Statement("s1", "hostile", "hts", f"Quoted {HOSTILE}", verbatim=True, speaker="Spokesman"),
        Statement("s2", "hostile", "turkey", f"Paraphrased {HOSTILE}", verbatim=False),
        Statement(
            "s3",
            "moscow",
            "turkey",
            "constructive",
            verbatim=True,
            sources=(Source(url="https://example.org/tr", publisher="MoD"),),
        ),
    )
    # A labelled place away from Idlib city, so the pixel over Idlib shows the zone fill alone.
    places = (Place("saraqib", "Saraqib", 35.8646, 36.8003, kind="town"),)
    return AtlasRecords(parties, places, zones, features, events, statements)


def fixture_basemap() -> dict:
    def feature(geometry, **properties):
        return SimpleNamespace(geometry=geometry, properties=properties)

    syria = Polygon([(35.7, 32.3), (42.4, 32.3), (42.4, 37.3), (35.7, 37.3)])
    turkey = box(26.0, 37.3, 44.8, 42.0)
    return {
        "countries": [
            feature(syria, name="Syria", iso_a3="SYR"),
            feature(turkey, name="Turkey", iso_a3="TUR"),
        ],
        "governorates": [],
        "lakes": [feature(Point(38.3, 35.95).buffer(0.12), name="Lake Assad")],
        "rivers": [
            feature(LineString([(38.0, 36.9), (38.4, 36.0), (40.2, 35.1)]), name="Euphrates")
        ],
        "places": [
            feature(Point(37.16, 36.2), name="Aleppo", population=2_000_000, country="SY"),
            # GeoNames spelling and the plain map label, as in geodata/data/base/places.geojson
            feature(
                Point(36.75, 35.13), name="Ḩamāh", label="Hamah", population=500_000, country="SY"
            ),
        ],
    }


def test_fixture_atlas_has_hts_over_idlib():
    atlas = fixture_atlas()
    zone = atlas.controller_at(*IDLIB, day=AS_OF)
    assert zone is not None and zone.controller == "hts"


def test_gap_atlas_has_no_zones_on_the_gap_day():
    atlas = gap_atlas()
    assert atlas.zones_at(GAP_DAY) == [] and atlas.zones_at(AS_OF)
