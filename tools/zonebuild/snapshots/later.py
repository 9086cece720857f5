"""The later snapshot: after the fall of Damascus and the SNA's Manbij offensive
(9 - 31 Dec 2024)."""

from __future__ import annotations

from shapely.geometry import LineString

from .. import lines
from .. import reference as ref
from ..areas import AREAS
from ..areas.tishrin import TISHRIN_DAM
from ..seeds import main_seeds
from ..sources import src
from .base import (
    MAIN_ACCURACY,
    SDF_ENCLAVES,
    SDF_ENCLAVES_DEC_2024,
    UNSETTLED,
    Snapshot,
    tishrin_dam_area,
    with_walk_sources,
)

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
        specs=with_walk_sources(specs, ()),
        cutouts={"tishrin_dam": tishrin_dam_area},
    )
