"""The M4 motorway line and the March 2020 security corridor."""

from __future__ import annotations

import csv

from shapely.geometry import LineString

from geodata.analysis import corridor

from . import reference as ref
from .sources import src

#: The line's vertices, west to east: one row per town, junction or bridge on the road, with
#: where its coordinate comes from, the registry sources that put the road there, and how far
#: (km, across the road) the real road may pass from the vertex.
VERTICES_FILE = ref.REF_DIR / "m4_vertices.csv"


def vertices() -> list[dict]:
    with VERTICES_FILE.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [
        {
            "name": r["name"],
            "lat": float(r["lat"]),
            "lon": float(r["lon"]),
            "estimated": r["estimated"] == "1",
            "coord_source": r["coord_source"],
            "on_road_sources": [s for s in r["on_road"].split(";") if s],
            "lateral_km": float(r["lateral_km"]),
            "note": r["note"],
        }
        for r in rows
    ]


#: Registry sources for the route as a whole (the vertices add those that place the road).
ROUTE_SOURCES = [
    {
        "id": "syria_transport-2020-03-latakia-saraqib-98km",
        "note": "road length Latakia - Saraqib 98 km (Syrian Ministry of Transport)",
    },
    {
        "id": "sana-2020-05-m4-reopened",
        "note": "SANA: the road from al-Yarubiyah via Qamishli, Hasakah, Tell Tamer, Ain Issa, "
        "Manbij and Aleppo to Saraqib and Latakia (vertex order)",
    },
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
    """The M4 west to east, and its vertices with provenance."""
    points = vertices()
    return LineString([(p["lon"], p["lat"]) for p in points]), points


def route_sources(points: list[dict]) -> list[dict]:
    """ROUTE_SOURCES and every source that places the road at a vertex, each once."""
    out = {s["id"]: dict(s) for s in ROUTE_SOURCES}
    placed: dict[str, list[str]] = {}
    for p in points:
        for sid in p["on_road_sources"]:
            out.setdefault(sid, {"id": sid, "note": ""})
            placed.setdefault(sid, []).append(p["name"])
    for sid, names in placed.items():
        what = "places the road at " + ", ".join(names)
        out[sid]["note"] = f"{out[sid]['note']}; {what}" if out[sid]["note"] else what
    return list(out.values())


def features() -> list[dict]:
    line, points = route()
    trumba = next(p for p in points if p["name"].startswith("Trumba"))
    hawr = next(p for p in points if p["name"].startswith("Ain al-Hawr"))
    band = corridor(line, (trumba["lon"], trumba["lat"]), (hawr["lon"], hawr["lat"]), 6000.0)
    m4 = {
        "id": "m4",
        "name": "M4 motorway (approximate alignment)",
        "kind": "road",
        "valid_from": None,
        "valid_to": None,
        "accuracy": accuracy(line, points),
        "sources": route_sources(points),
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
            "(Trumba derived from the protocol's '2 km west of Saraqib', ±1.5 km; Ain al-Hawr "
            "at the control localities' coordinate, ±3 km) buffered 6 km each side in UTM 37N "
            "(EPSG:32637), flat ends. The protocol left the parameters to the two defence "
            "ministries; no published map was found. valid_to is the end of the frozen-lines "
            "period (the lines it was drawn on collapsed in the Nov-Dec 2024 offensive); no "
            "source gives a formal end."
        ),
        "sources": CORRIDOR_SOURCES,
    }
    return [(m4, line), (corr, band)]


def accuracy(line: LineString, points: list[dict]) -> str:
    """The M4's accuracy note: what the line is, which vertices are estimates, how far off the
    road it may lie, and how its lengths compare with the sourced road distances."""
    from geodata.m4_distances import line_km

    def at(name: str) -> tuple[float, float]:
        p = next(p for p in points if p["name"] == name)
        return (p["lon"], p["lat"])

    sourced = [p["name"] for p in points if p["on_road_sources"] and not p["estimated"]]
    localities = [
        p["name"] for p in points if not p["estimated"] and "localit" in p["coord_source"]
    ]
    estimated = [f"{p['name']} (±{p['lateral_km']:g} km)" for p in points if p["estimated"]]
    worst = max(p["lateral_km"] for p in points)
    west = line_km(line, at("Latakia"), at("Saraqib"))
    return (
        "Approximate alignment: straight segments between towns, junctions and bridges on the "
        f"road ({len(points)} vertices), not a surveyed road line: no openly licensed road "
        "geometry for Syria is available offline (no OpenStreetMap extract or HDX roads; "
        "Natural Earth's 1:10m roads only in files too large to bring here, see SOURCES.md). "
        "Places the sources put on the road (coordinates from GeoNames"
        + (f"; {' and '.join(localities)} from the control localities" if localities else "")
        + "): "
        + ", ".join(sourced)
        + ". Estimated or unsourced vertices (position or on-road placement not verified): "
        + ", ".join(estimated)
        + f". The real road may pass up to {worst:g} km from a vertex and further between "
        "vertices where it bends (mountain road west of Jisr al-Shughur). Between Saraqib and "
        "Aleppo the M4 shares the M5; between Ain Issa and the al-Aliya silos the line is one "
        "110 km chord (no dated source places the road's villages there); the order Hasakah - "
        "Qamishli follows SANA and is disputed. Lengths along the line are shown as ≈ km ± 10 % "
        "(geodata/m4_length.py) and checked against the road distances the sources give "
        f"(m4_distances.toml): Latakia - Saraqib measures ≈ {west:.0f} km on the line, where "
        "the sources give 98 km and 120 km."
    )
