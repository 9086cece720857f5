"""The dated snapshots of control: which lines cut Syria, which seeds label the faces, and
what each zone says about itself (controller, accuracy, sources) in that period."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from shapely.geometry import LineString, Polygon

from geodata.record_parsers import LINE_SOURCE_NOTE

from . import lines
from . import reference as ref
from .areas import (
    AREAS,
    FROZEN,
    TANF_CENTRE,
    TANF_RADIUS_KM,
    TISHRIN_DAM,
    TISHRIN_DAM_CENTRE,
    TISHRIN_DAM_RADIUS_KM,
    AreaSpec,
)
from .seeds import main_seeds
from .sources import from_walk, merge, src


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


def _with_walk_sources(specs: dict[str, AreaSpec], common: tuple[dict, ...]) -> dict[str, AreaSpec]:
    out = {}
    for key, spec in specs.items():
        pts = [p for p in ref.walk_points() if p.line_id in spec.walk_lines]
        out[key] = spec.but(
            sources=tuple(merge(spec.sources, common, from_walk(pts, LINE_SOURCE_NOTE)))
        )
    return out


# --- MAIN: 6 Mar 2020 - 26 Nov 2024 ---------------------------------------------------------


def _main_lines(river: LineString) -> list[LineString]:
    return [
        lines.idlib_front(),
        lines.idlib_afrin_line(),
        lines.sna_front(),
        lines.afrin_euphrates_shield_line(),
        lines.tell_rifaat_south_line(),
        lines.manbij_west_line(),
        lines.tabqa_salient_line(),
        lines.seven_villages_line(river),
        lines.peace_spring_front(),
        river,
    ]


def main_snapshot() -> Snapshot:
    specs = {k: a.but(accuracy=MAIN_ACCURACY[k]) for k, a in AREAS.items()}
    return Snapshot(
        key="2020-03-06",
        valid_from="2020-03-06",
        valid_to="2024-11-26",
        title="Frozen lines after the Moscow protocol (6 Mar 2020 - 26 Nov 2024)",
        lines=_main_lines,
        seeds=main_seeds(),
        specs=_with_walk_sources(specs, FROZEN),
        common_sources=FROZEN,
    )


# --- EARLIER: 23 Oct - 18 Dec 2019 ----------------------------------------------------------

AUTUMN_2019_SOURCES = (
    src(
        "https://www.syriahr.com/en/139035/",
        "Khan Sheikhun fully seized by the army on 21 Aug 2019",
        "2019-08-21",
    ),
    src(
        "https://www.almasdarnews.com/article/syrian-army-declares-full-control-over-khan-sheikhoun-after-short-battle-map/",
        "Khan Sheikhoun declared under army control 22 Aug 2019; militants withdrew to the "
        "Ta'manah area",
        "2019-08-23",
    ),
    src(
        "https://www.almasdarnews.com/article/battle-footage-from-syrian-armys-offensive-in-southeastern-idlib/",
        "offensive in SE Idlib began 19 Dec 2019 (Umm Jalal)",
        "2019-12-20",
    ),
    src(
        "https://southfront.press/syrian-army-imposes-control-of-4-other-towns-in-southeast-idlib",
        "20 Dec 2019: al-Shaera, Rabia, al-Khuraiba, Barnan west of Abu Duhur airbase taken",
    ),
    src(
        "https://www.almasdarnews.com/article/syrian-army-captures-strategic-town-in-southeast-idlib/",
        "Jarjanaz taken 23 Dec 2019",
        "2019-12-23",
    ),
    src(
        "http://english.alarabiya.net/en/News/middle-east/2018/01/20/Syrian-army-allies-take-Idlib-air-base-says-Hezbollah-media-unit.html",
        "Abu al-Duhur airbase taken by the army 20 Jan 2018",
        "2018-01-20",
    ),
    src(
        "https://nationalpost.com/pmn/news-pmn/politics-news-pmn/syria-government-forces-enter-town-south-of-idlib-war-monitor",
        "government forces enter Maarat al-Numan 28 Jan 2020",
        "2020-01-28",
    ),
    src(
        "https://www.almasdarnews.com/article/first-scenes-from-strategic-town-captured-by-syrian-military-in-southern-aleppo-video/",
        "Khan Touman captured late Jan 2020",
        "2020-01-31",
    ),
    src(
        "http://english.almanar.com.lb/937180",
        "by 9 Feb 2020 the army took Saraqeb, al-Nairab, Kafer Battikh, Afes, Tal Touqan, "
        "Khan Touman, Zitan, al-Ess and others",
        "2020-02-09",
    ),
    src(
        "http://english.alarabiya.net/en/News/middle-east/2020/02/05/Regime-forces-penetrate-strategic-Syrian-town-of-Saraqib-Monitor.html",
        "government forces enter Saraqib 5 Feb 2020",
        "2020-02-05",
    ),
    src(
        "https://uprootedpalestinians.wordpress.com/2020/02/17/dozens-of-towns-in-aleppo-countryside-liberated-in-record-time-syrian-army-command/",
        "SANA list, 17 Feb 2020: Sheikh Ali, Regiment 46, Urm al-Kubra, Kafr Naha, Kafr Dael, "
        "Kafr Hamra, Hritan, Hayyan, Anadan, Byanoun taken",
        "2020-02-17",
    ),
    src(
        "https://www.hawarnews.com/en/haber/regime-expanding-control-at-an-accelerated-pace-north-and-west-aleppo-h14586.html",
        "Hayan, Bayanoun ... taken; Kafr Hamra, Haritan, Anadan still held by the opposition "
        "(Feb 2020)",
    ),
    src(
        "https://tass.com/world/1085530",
        "Sochi memorandum of 22 Oct 2019, in force from noon 23 Oct",
        "2019-10-22",
    ),
)

_EARLY_IDLIB_ACCURACY = (
    "Coarse reconstruction: the pre-offensive pocket is the 2020 pocket plus the land the army "
    "took between 19 Dec 2019 and 5 Mar 2020, bounded by an estimated line (vertices ±5-8 km) "
    "through dated reports of what fell when (see sources): north of Khan Shaykhun, west of "
    "Abu al-Duhur airbase and al-Hader, west of Aleppo city, south of Nubl. The Ghab and "
    "Jabal al-Akrad edges are assumed as in 2020 (not checked for 2019). No dated control map "
    f"was available. {BORDER}"
)


def _early_lines(river: LineString) -> list[LineString]:
    return _main_lines(river) + [lines.idlib_autumn_2019_line()]


def early_snapshot() -> Snapshot:
    seeds = main_seeds()
    moved = [ref.place("Saraqib"), ref.place("Kafr Nabl"), ref.point("Maarat al-Numan").lonlat]
    seeds["government"] = [s for s in seeds["government"] if s not in moved]
    seeds["government"] += [
        (37.0448, 35.74058),
        (37.05086, 35.99024),
    ]  # Abu al-Duhur, al-Hader (GN)
    seeds["idlib"] = (
        seeds["idlib"]
        + moved
        + [
            ref.point("Anadan").lonlat,
            ref.point("Haritan").lonlat,
            ref.point("Urum al-Kubra").lonlat,
            ref.point("Sheikh Aqil").lonlat,
            ref.point("Kafr Halab").lonlat,
        ]
    )
    specs = {k: a.but(accuracy=MAIN_ACCURACY[k]) for k, a in AREAS.items()}
    specs["idlib"] = specs["idlib"].but(
        name="Idlib pocket before the 2019-20 offensive (HTS-led opposition)",
        accuracy=_EARLY_IDLIB_ACCURACY,
        notes=(
            "HTS-dominated pocket with other opposition factions (Maarat al-Numan itself was "
            "held by the Turkish-backed Syrian Liberation Front per t-intell, Jan 2020; not "
            "drawn separately). Held Saraqib, Maarat al-Numan, Kafr Nabl and the M5 north of "
            "Khan Shaykhun, and the western Aleppo countryside (Anadan, Haritan, Urum al-Kubra)."
        ),
        sources=AREAS["idlib"].sources
        + AUTUMN_2019_SOURCES
        + (
            src(
                "https://t-intell.com/2020/01/28/syrian-army-enters-strategic-city-in-idlib",
                "Maarat al-Numan held by the Syrian Liberation Front since 2018",
                "2020-01-28",
            ),
        ),
    )
    specs["peace_spring"] = specs["peace_spring"].but(
        notes=specs["peace_spring"].notes
        + " Autumn 2019: drawn as in 2020; the line still moved in Nov 2019 (Abu Rasin regained "
        "by the SDF, Shukriyah and Jan Tamr taken by the SNA)."
    )
    common = (AUTUMN_2019_SOURCES[-1],)
    return Snapshot(
        key="2019-10-23",
        valid_from="2019-10-23",
        valid_to="2019-12-18",
        title="After the Sochi memorandum, before the Idlib offensive (23 Oct - 18 Dec 2019)",
        lines=_early_lines,
        seeds=seeds,
        specs=_with_walk_sources(specs, common),
        common_sources=common,
    )


# --- LATER: 9 - 31 Dec 2024 -----------------------------------------------------------------

DEC_2024_SOURCES = (
    src(
        "https://www.trtworld.com:443/article/18238738",
        "Tell Rifaat taken by the SNA, 1 Dec 2024",
        "2024-12-01",
    ),
    src(
        "https://en.wikipedia.org/wiki/Operation_Dawn_of_Freedom",
        "SNA Dawn of Freedom: Tadif, as-Safira, Kuweires, Tell Rifaat (30 Nov - 1 Dec 2024)",
    ),
    src(
        "https://www.trtworld.com/article/18241513",
        "Manbij, Arima and Awn al-Dadat taken by the SNA, 9 Dec 2024",
        "2024-12-09",
    ),
    src(
        "https://bianet.org/haber/turkey-backed-forces-seize-manbij-city-in-northern-syria-302542",
        "Turkey-backed forces seize Manbij",
        "2024-12-09",
    ),
    src(
        "https://manage.rudaw.net/english/middleeast/syria/03122024",
        "SDF take the seven villages opposite Deir ez-Zor, 3 Dec 2024",
        "2024-12-03",
    ),
    src("https://wikimili.com/en/Fall_of_Damascus", "fall of Damascus, 8 Dec 2024", "2024-12-08"),
    src(
        "https://www.businesstoday.in/world/middle-east/story/president-assad-flees-syria-as-rebel-capture-damascus-trump-says-us-should-not-intervene-456588-2024-12-08",
        "Assad flees; Damascus captured",
        "2024-12-08",
    ),
    src(
        "https://en.wikipedia.org/wiki/Syrian%20Salvation%20Government",
        "SSG reorganised into the transitional government on 10 Dec 2024",
    ),
    src(
        "https://syrianobserver.com/syrian-actors/intense-military-escalation-in-northwestern-syria-by-regime-forces-and-allies.html",
        "HTS took Sheikh Aqil and Qabtan al-Jabal on 27 Nov 2024",
    ),
)

_LATER_NOTE = (
    " December 2024: lines drawn from the reference summary of the changes only; the "
    "Tishrin dam / Qara Qozak front east of Manbij was active from 9 Dec (the dam is drawn as "
    "its own contested zone; the Qara Qozak bridge front is not drawn)."
)

_SDF_EAST_DEC_2024_NOTES = (
    "SDF-held, US-led coalition presence (al-Omar, Conoco, al-Shaddadi, Rmeilan). Includes "
    "the Tabqa salient south of the river (Tabqa city, dam and airbase, al-Mansurah, the "
    "south-bank suburbs of Raqqa, east to the al-Ukayrishah crossing). 3 Dec 2024: the SDF "
    "took the seven villages opposite Deir ez-Zor (now drawn inside this zone). Not drawn, "
    "noted only: the government 'security squares' in al-Hasakah and Qamishli and Qamishli "
    "airport, government-held until the fall of the Assad government; who held them after "
    "8 Dec 2024 is not sourced here (a query there answers SDF)." + _LATER_NOTE
)

_FORMER_GOVERNMENT_NOTES = (
    "The Assad government fell on 8 Dec 2024: the HTS-led offensive, with the Southern "
    "Operations Room and the SNA, took Damascus, and the Syrian Salvation Government became "
    "the transitional government on 10 Dec. Who held each part of this area in December "
    "2024 (Damascus and its surroundings, the south, Suwayda, the coast, the desert, Deir "
    "ez-Zor city and the Euphrates west bank, as-Safira and Kuweires) is not sourced here, so "
    "no party is named as controller: the zone's controller is 'Control not settled in the "
    "sources' and it is marked contested. Not drawn: the Sheikh Maqsoud district of Aleppo, "
    "held by the SDF/Asayish before December 2024 (its status after 8 Dec is not sourced "
    "here); Israeli moves beyond the Golan line after 8 Dec."
)


def _later_lines(river: LineString) -> list[LineString]:
    return [
        lines.idlib_front(sheikh_aqil_hts=True),
        lines.idlib_afrin_line(),
        lines.sna_front(tadif_sna=True),
        lines.afrin_euphrates_shield_line(),
        lines.tell_rifaat_south_line(),
        lines.manbij_west_line(arima_sna=True),
        lines.tabqa_salient_line(),
        lines.peace_spring_front(),
        river,
    ]


def later_snapshot() -> Snapshot:
    seeds = main_seeds()
    khasham, arima, tadif = (
        ref.point("Khusham").lonlat,
        ref.point("Arima").lonlat,
        ref.place("Tadif"),
    )
    seeds["government"] = [s for s in seeds["government"] if s not in (khasham, arima, tadif)]
    seeds["sdf_east"] = seeds["sdf_east"] + [khasham]
    seeds["manbij"] = seeds["manbij"] + [arima]
    seeds["euphrates_shield"] = seeds["euphrates_shield"] + [tadif]
    a = AREAS
    specs = {k: v.but(accuracy=MAIN_ACCURACY[k]) for k, v in a.items()}
    specs["tell_rifaat"] = specs["tell_rifaat"].but(
        name="Tell Rifaat area (SNA, from 1 Dec 2024)",
        controller="sna",
        backers=("turkey",),
        notes="Taken by the SNA's 'Dawn of Freedom' operation (TRT: 1 Dec 2024; Wikipedia: "
        "from 30 Nov), with Menagh airbase." + _LATER_NOTE,
        accuracy=MAIN_ACCURACY["tell_rifaat"] + " Same outline as the former SDF pocket.",
    )
    specs["manbij"] = specs["manbij"].but(
        name="Manbij area (SNA, from 9 Dec 2024)",
        controller="sna",
        backers=("turkey",),
        notes="Taken from the SDF by the SNA on 9 Dec 2024, with Arima and Awn al-Dadat."
        + _LATER_NOTE,
        accuracy=MAIN_ACCURACY["manbij"].replace(
            "The edge with the government", "The edge with the former government area"
        )
        + " Extended west to take in Arima (estimate). The Tishrin dam on its east edge was "
        "contested between the SNA and the SDF from 9 Dec: a 3 km circle round it is cut out "
        "as its own contested zone (area tishrin_dam).",
    )
    specs["euphrates_shield"] = specs["euphrates_shield"].but(
        notes=a["euphrates_shield"].notes
        + " Dec 2024: Tadif taken by the SNA (30 Nov - 1 Dec); the edge is moved ~3 km south "
        "of Tadif (estimate). as-Safira and Kuweires, also reported taken, are not drawn: "
        "who held them after 8 Dec is not sourced here.",
        accuracy=MAIN_ACCURACY["euphrates_shield"],
    )
    specs["sdf_east"] = specs["sdf_east"].but(
        notes=_SDF_EAST_DEC_2024_NOTES,
        accuracy=MAIN_ACCURACY["sdf_east"].replace(SDF_ENCLAVES, SDF_ENCLAVES_DEC_2024)
        + " The Tishrin dam circle is cut out (area tishrin_dam).",
    )
    specs["government"] = a["government"].but(
        name="Former government areas after the fall of Damascus (control not settled in the "
        "sources)",
        controller=UNSETTLED,
        backers=(),
        contested=True,
        notes=_FORMER_GOVERNMENT_NOTES,
        accuracy="Outline = the former government-held area (see the 2020-24 snapshot), minus "
        "the SNA and SDF gains drawn in the other zones. Internal control is not mapped: no "
        "source here says who held which part after 8 Dec 2024, so the whole area carries the "
        "controller 'unsettled' and is marked contested. The SDF-held Sheikh Maqsoud district "
        "of Aleppo (before December 2024) is not drawn.",
    )
    specs["tishrin_dam"] = TISHRIN_DAM
    specs["idlib"] = specs["idlib"].but(
        notes=a["idlib"].notes + " Nov-Dec 2024: HTS launched the offensive from here on 27 Nov "
        "(Sheikh Aqil, Qabtan al-Jabal taken that day); the pocket's edge is kept only to link "
        "events to the area.",
    )
    for k in specs:
        if k not in ("al_tanf", "golan", "tishrin_dam"):
            specs[k] = specs[k].but(sources=specs[k].sources + DEC_2024_SOURCES)
    return Snapshot(
        key="2024-12-09",
        valid_from="2024-12-09",
        valid_to="2024-12-31",
        title="After the fall of Damascus and the SNA's Manbij offensive (9-31 Dec 2024)",
        lines=_later_lines,
        seeds=seeds,
        specs=_with_walk_sources(specs, ()),
        cutouts={"tishrin_dam": tishrin_dam_area},
    )


def all_snapshots() -> list[Snapshot]:
    return [early_snapshot(), main_snapshot(), later_snapshot()]


def tanf_circle() -> Polygon:
    from geodata.analysis import geodesic_circle

    return geodesic_circle(*TANF_CENTRE, TANF_RADIUS_KM, n=360)


def tishrin_dam_area() -> Polygon:
    from geodata.analysis import geodesic_circle

    return geodesic_circle(*TISHRIN_DAM_CENTRE, TISHRIN_DAM_RADIUS_KM, n=90)
