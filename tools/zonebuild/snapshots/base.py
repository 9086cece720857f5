"""What every snapshot of control shares: the Snapshot record, the unsettled controller, the
accuracy notes of the 2020-24 lines (later snapshots adapt them) and the circle-shaped areas."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from shapely.geometry import LineString, Polygon

from geodata.record_parsers import LINE_SOURCE_NOTE

from .. import reference as ref
from ..areas import AREAS
from ..areas.east_south import TANF_CENTRE, TANF_RADIUS_KM
from ..areas.spec import AreaSpec
from ..areas.tishrin import TISHRIN_DAM_CENTRE, TISHRIN_DAM_RADIUS_KM
from ..sources import from_walk, merge


@dataclass(frozen=True)
class Snapshot:
    key: str
    valid_from: str
    valid_to: str | None
    title: str
    lines: Callable[[LineString], list[LineString]]  # river -> boundary lines
    seeds: dict[str, list[tuple[float, float]]]
    specs: dict[str, AreaSpec]
    common_sources: tuple[dict, ...] = ()
    # Areas drawn as a shape of their own (not bounded by the lines), cut out of every zone
    # they overlap: area id -> shape builder.
    cutouts: dict[str, Callable[[], Polygon]] = field(default_factory=dict)


#: The controller of an area whose control the sources do not settle (a party in parties.toml).
UNSETTLED = "unsettled"

#: What the SDF zone's users must know is inside it but not drawn.
SDF_ENCLAVES = (
    "Not cut out of this zone: the government 'security squares' in al-Hasakah and Qamishli "
    "and the government-held Qamishli airport (a query there answers SDF; see notes)."
)
SDF_ENCLAVES_DEC_2024 = (
    "Not cut out of this zone: the former government 'security squares' in al-Hasakah and "
    "Qamishli and Qamishli airport, whose holders after 8 Dec 2024 are not sourced here (a "
    "query there answers SDF; see notes)."
)


# --- accuracy notes ------------------------------------------------------------------------

BORDER = "Edges on the international border follow the Natural Earth 10m outline of Syria."
RIVER = "Edges on the Euphrates follow the Natural Earth 10m river/lake centreline."
PUSH = (
    "Front edges run between the reference walk points of each side (points pushed up to "
    "1.5 km towards the other side), so they are good to a few km at best."
)


def _estimated(*line_ids: str) -> str:
    names = [
        p.place.split(" (")[0]
        for p in ref.walk_points()
        if p.line_id in line_ids and p.estimated and not p.place.startswith("55 km")
    ]
    return ", ".join(dict.fromkeys(names))


MAIN_ACCURACY = {
    "idlib": (
        f"Approximate, reconstructed from incident reports (not surveyed). {PUSH} Estimated "
        f"vertices (±2-8 km): {_estimated('idlib_south_east')}. The border tie-in in NE Latakia "
        "is a guess (±6 km); the Ghab segment has no government anchor; the HTS/Afrin line "
        f"near Atmeh and Deir Ballut is an estimate (±4 km). {BORDER}"
    ),
    "afrin": (
        "Approximate. East edge: the Sherawa front through the reference walk afrin_east "
        f"(estimated vertices: {_estimated('afrin_east')}). South edge (with HTS near Atmeh / "
        "Deir Ballut) and the seam with the Euphrates Shield area (Afrin/Azaz district line) "
        f"are estimates (±4 km). {BORDER}"
    ),
    "euphrates_shield": (
        f"Approximate. {PUSH} Weakest stretches: Mare' - al-Bab (a 19 km gap with no located "
        "village between Hasajak and al-Bab) and the Sajur front (no river geometry; drawn "
        "through the walk points). Estimated vertices: "
        f"{_estimated('euphrates_shield_south_and_east')}. {BORDER} {RIVER}"
    ),
    "peace_spring": (
        "Approximate. West edge (tie-in at lon 38.82, ±8 km) and east edge are estimates; the "
        "east edge goes round al-Daoudiyeh (SNA) and meets the border at lon ~40.34 instead "
        "of the reference tie-in at lon 40.14 (the two estimates conflict). Between Sharkarak "
        "and al-Aliya (~95 km) the edge follows an interpolated straight M4 1.5 km north of "
        f"the road. Estimated vertices: {_estimated('peace_spring_south')}. {BORDER}"
    ),
    "tell_rifaat": (
        "Approximate. North and west edges: the SNA front through the reference walk "
        f"(estimated vertices: {_estimated('afrin_east')}). The southern edge towards "
        "Nubl-Zahraa and the eastern edge past Hasajak are estimates (±4 km): a soft "
        "checkpoint boundary, not a front."
    ),
    "manbij": (
        "Approximate. North-west edge: the Sajur / Arima front through the reference walk "
        "(estimated vertices: Umm Adasa, Umm Jaloud, al-Tukhar, Awn al-Dadat, the Sajur-mouth "
        "tie-in). The edge with the government west and south of Manbij (Arima to Lake Assad "
        f"north of al-Khafsah) is not sourced: estimate ±5 km. {RIVER}"
    ),
    "sdf_east": (
        f"Approximate. {RIVER} The Tabqa salient's west edge (12 km west of Tabqa) and desert "
        "edge are estimates (the reference could not locate them); its east end is the "
        "al-Ukayrishah crossing (DERIVED, ±4 km). The 'seven villages' strip cut out opposite "
        "Deir ez-Zor is 3.5 km deep along 25 km of the north bank (estimate). Peace Spring "
        f"edge: see that zone. {BORDER} {SDF_ENCLAVES}"
    ),
    "government": (
        "Approximate: everything in Syria not in the other zones, so its edges are theirs. "
        "The 'seven villages' strip on the north bank opposite Deir ez-Zor is an estimate "
        "(only Khasham located). Government enclaves inside SDF areas (security squares, "
        "Qamishli airport) and the SDF-held Sheikh Maqsoud district of Aleppo are not drawn: "
        "a query in Sheikh Maqsoud answers government (see notes)."
    ),
    "al_tanf": AREAS["al_tanf"].accuracy,
    "golan": AREAS["golan"].accuracy,
}


def with_walk_sources(specs: dict[str, AreaSpec], common: tuple[dict, ...]) -> dict[str, AreaSpec]:
    out = {}
    for key, spec in specs.items():
        pts = [p for p in ref.walk_points() if p.line_id in spec.walk_lines]
        out[key] = spec.but(
            sources=tuple(merge(spec.sources, common, from_walk(pts, LINE_SOURCE_NOTE)))
        )
    return out


def tanf_circle() -> Polygon:
    from geodata.analysis import geodesic_circle

    return geodesic_circle(*TANF_CENTRE, TANF_RADIUS_KM, n=360)


def tishrin_dam_area() -> Polygon:
    from geodata.analysis import geodesic_circle

    return geodesic_circle(*TISHRIN_DAM_CENTRE, TISHRIN_DAM_RADIUS_KM, n=90)
