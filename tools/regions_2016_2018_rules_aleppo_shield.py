"""Region rules for Euphrates Shield's area (issue #15): the Turkish-backed rebels' advance from
24 Aug 2016 to al-Bab (23 Feb 2017), the ``g2016_euphrates_shield`` block's days before the area's
lasting extent (3 Mar 2017). Ridden in `tools.regions_2016_2018_rules_aleppo`'s EAST_ALEPPO.

Sources: ``sources/2016-2018-aleppo-east.toml`` and the batch files. Region-level statements
applied to villages say so in their note. Build-time tooling, not shipped.
"""

from __future__ import annotations

from shapely.geometry import Point, Polygon

from geodata.control.model import Locality
from tools.regions_2016_2018_model import START, RegionRule, Span, Where
from tools.regions_2016_2018_model import day as _d
from tools.regions_2016_2018_rules_rev8 import NORTH_OF_MARE_10_OCT, REV8

__all__ = ["BZAAH_TAKEN", "EUPHRATES_SHIELD", "km_to"]

BZAAH_TAKEN = ("reuters-2017-02-24-sousian-car-bomb", "sohr-2017-02-bzaah-qabasin-withdrawal",
               "syriadirect-2017-02-23-al-bab-falls")  # fmt: skip

# --- Euphrates Shield (24 Aug 2016 - 23 Feb 2017): the Turkish-backed rebels' advance ----------
ES_BLOCK = "g2016_euphrates_shield"
ES_LASTING = _d("2017-03-02")  # from 3 Mar 2017 the batch stores the lasting Euphrates Shield area
AL_RAI = (36.612, 37.448)  # localities.csv: al_rai
MARE = (36.483, 37.196)  # localities.csv: mare
DABIQ = (36.538, 37.269)  # localities.csv: dabiq
#: Within this distance (degrees, about 5 km) of Syria's outline a place counts as on the border
#: strip: the Turkish border runs along the north of these districts.
BORDER_STRIP = 0.045
#: East of it (al-Rai plus 3.5 km) lay 'ISIL's last stretch of territory along the frontier'.
IS_STRETCH_WEST_LON = AL_RAI[1] + 0.04
BORDER_SECURED = ("reuters-2016-09-04-azaz-jarablus-secured",
                  "newarab-2016-09-04-is-ousted-from-border",
                  "the_national-2016-09-is-loses-border")  # fmt: skip
SECURED_NOTE = (
    "region-level: the Turkish-backed rebels 'secured the area in northern Syria stretching from "
    "Azaz to Jarablus along the Turkish border' on Sunday 4 Sep 2016 (Anadolu via Reuters); SOHR "
    "the same day: IS lost 'the remaining border villages' (The New Arab); this place lies "
    "within about 5 km of the border between Azaz and Jarabulus; no IS return to the border "
    "reported before the area's lasting extent (Mar 2017; continuity inferred)"
)
AL_BAB_NORTH_SOHR = {"shedar", "susanbat", "tarhin", "naman", "musaybin", "sheikh_alwan",
                     "zamikiyah"}  # fmt: skip
AL_BAB_NORTH_ANADOLU = {"hazwan", "susiyan", "dana", "uwaylin_al_bab"}
AL_BAB = (36.37051, 37.5157)  # localities.csv: al_bab
#: Dabiq - al-Rai - al-Bab's northern outskirts - Abla (lon, lat): behind the front by 13 Nov 2016.
NW_OF_AL_BAB = Polygon([(37.269, 36.538), (37.448, 36.612), (37.515, 36.40), (37.355, 36.433)])
#: al-Rai - the border strip's edge - Shdar - Tarhin - Sosenbat (lon, lat): behind the front by
#: the time SOHR listed those villages taken (early Nov 2016).
N_OF_AL_BAB = Polygon([(37.448, 36.612), (37.62, 36.66), (37.62, 36.564), (37.606, 36.564),
                       (37.541, 36.517), (37.478, 36.482)])  # fmt: skip
AL_BAB_NOV_2016 = ("arab_weekly-2016-11-13-al-bab", "reuters-2017-02-24-sousian-car-bomb")


def km_to(place: Locality, point: tuple[float, float]) -> float:
    return (((place.lat - point[0]) * 111) ** 2 + ((place.lon - point[1]) * 89.3) ** 2) ** 0.5


def _on_border_strip(place: Locality, where: Where) -> bool:
    return where.border <= BORDER_STRIP and 37.0 <= place.lon <= 38.05


# --- south-west of al-Rai: IS-held after the 4 Sep statement (h-rev1) -------------------------
ARABY_18_SEP = "alaraby-2016-09-18-three-villages-al-rai"
ALAAN_21_SEP = "akhbar_alaan-2016-09-21-six-villages-al-rai"
NOV_FRONT = "arab_weekly-2016-11-13-al-bab"
WEST_OF_RAI_18_SEP = {"qarah_kuz", "tel_shair"}
#: Qarah Kuz, Tel Sha'ir, Jakkah, Qantarah, and Khirbat Tel Sha'ir between Jakkah and Tel Sha'ir
#: (not named in a dated report: a gap until `rules_bab`'s Dabiq front answers it from 17 Oct).
#: Review h-rev6: Yeni Yaban and Qarah Kubri, 3 - 4 km west of Jakkah (IS-held on 18 Sep 2016), are
#: named in no dated report of Aug 2016 - Mar 2017 either: the same gap, not the 4 Sep statement.
WEST_OF_RAI_LATER = WEST_OF_RAI_18_SEP | {"jakkah", "qantarah_azaz", "khirbat_tel_shair",
                                          "yeni_yaban", "qarah_kubri"}  # fmt: skip
LATER_NOTE = (
    "; by 13 Nov IS had been 'expelled from an area of 2,500 square kilometres along the border' "
    "and the factions stood 2 km from al-Bab (SOHR via The Arab Weekly); no IS return reported "
    "(continuity inferred to the area's lasting extent)"
)
NOT_SECURED_NOTE = (
    "the 4 Sep 2016 statement that the Azaz - Jarablus border strip was secured does not hold "
    "here: "
)
WEST_OF_RAI = (
    RegionRule("es_west_of_rai_18_sep", ES_BLOCK, lambda p, _w: p.id in WEST_OF_RAI_18_SEP, (
        Span(_d("2016-09-18"), _d("2016-09-18"), "sna", (ARABY_18_SEP,),
             NOT_SECURED_NOTE + "Qara Kuz, Qasajik and Tal Sha'ir, south-west of al-Rai, were "
             "IS-held until the factions took them after violent clashes on the afternoon of "
             "Sunday 18 Sep 2016 (Al-Araby al-Jadeed); 4 - 17 Sep: a gap (held by IS on the "
             "18th, since when not dated)", status="contested", with_parties=("isis",)),
        Span(_d("2016-09-19"), ES_LASTING, "sna", (ARABY_18_SEP, ALAAN_21_SEP, NOV_FRONT),
             "taken from IS on 18 Sep 2016 (Al-Araby al-Jadeed); not among the villages IS "
             "advanced into on 20 - 21 Sep (Akhbar Al Aan)" + LATER_NOTE),
    )),
    RegionRule("es_jakkah_21_sep", ES_BLOCK, lambda p, _w: p.id == "jakkah", (
        Span(_d("2016-09-18"), _d("2016-09-18"), "isis", (ARABY_18_SEP,),
             NOT_SECURED_NOTE + "on 18 Sep 2016 a Turkish tank advancing 'towards the village "
             "of al-Jakka, which the organisation controls' was hit (Al-Araby al-Jadeed); 4 - 17 "
             "Sep: a gap"),
        Span(_d("2016-09-21"), _d("2016-09-21"), "sna", (ALAAN_21_SEP,),
             "IS advanced into Jakka and five other villages near al-Rai on 20 - 21 Sep 2016 and "
             "a Faylaq al-Sham commander said the factions regained them on Wednesday 21 Sep "
             "(Akhbar Al Aan; party claim); 19 - 20 Sep: a gap (the day it changed hands not "
             "dated)", status="contested", with_parties=("isis",)),
        Span(_d("2016-09-22"), ES_LASTING, "sna", (ALAAN_21_SEP, NOV_FRONT),
             "regained by the factions on 21 Sep 2016 (a commander via Akhbar Al Aan; party "
             "claim)" + LATER_NOTE),
    )),
    RegionRule("es_qantarah_21_sep", ES_BLOCK, lambda p, _w: p.id == "qantarah_azaz", (
        Span(_d("2016-09-21"), ES_LASTING, "sna", (ALAAN_21_SEP, NOV_FRONT),
             NOT_SECURED_NOTE + "the factions had taken Qantara and Tat Hums near al-Rai 'days "
             "before' 21 Sep 2016 (Akhbar Al Aan), the day not given; from 21 Sep" + LATER_NOTE
             + "; 4 - 20 Sep: a gap"),
    )),
)  # fmt: skip

EUPHRATES_SHIELD = (
    *REV8,  # h-rev8: Kafr Ghan and its neighbours (10 Oct 2016), Karsanli and al-Haddabat
    *WEST_OF_RAI,
    RegionRule("es_border_is_stretch", ES_BLOCK,
               lambda p, w: _on_border_strip(p, w) and p.lon >= IS_STRETCH_WEST_LON, (
        Span(START, _d("2016-08-23"), "isis", ("the_national-2016-09-is-loses-border",
             "reuters-2016-08-24-jarablus-anadolu"),
             "region-level: the border east of al-Rai was 'ISIL's last stretch of territory "
             "along the frontier' (The National), Jarabulus at its east end IS-held until the "
             "Euphrates Shield assault of 24 Aug 2016 (Reuters); this place lies within about 5 "
             "km of the border and 3.5 km or more east of al-Rai; from 24 Aug to 3 Sep the day "
             "each village fell is not stored"),
        Span(_d("2016-09-04"), ES_LASTING, "sna", BORDER_SECURED, SECURED_NOTE),
    )),
    # h-rev1: the villages south-west of al-Rai that dated reports have IS-held or fought over
    # after 4 Sep answer from their own rules below, not from the 'secured' statement
    # h-rev8: Kafr Ghan, Baraghida, al-Sheikh Rih and Ghazal were IS-held until 10 Oct 2016
    RegionRule("es_border_azaz_al_rai", ES_BLOCK,
               lambda p, w: _on_border_strip(p, w) and p.id not in WEST_OF_RAI_LATER
               and p.id not in NORTH_OF_MARE_10_OCT, (
        Span(_d("2016-09-04"), ES_LASTING, "sna", BORDER_SECURED, SECURED_NOTE + "; before: a "
             "gap (rebel and IS villages between Azaz and al-Rai changed hands in 2016)"),
    )),
    RegionRule("es_jarabulus_south", ES_BLOCK,
               lambda p, w: not w.north and 36.64 <= p.lat <= 36.78 and p.lon >= 37.93, (
        Span(_d("2016-08-30"), ES_LASTING, "sna", ("reuters-2016-08-28-amarna-ayn-al-bayda",
             "ap-2016-08-29-jarablus-council-south-of-sajour",
             "aranews-2016-08-30-jarablus-council-ceasefire"),
             "region-level: south of Jarabulus and north of the Sajur, east of 37.93 E: the "
             "Turkish-backed rebels took al-Amarna and Ayn al-Bayda from the SDF-allied Jarablus "
             "Military Council on 28 Aug 2016 (SOHR via Reuters), the council withdrew 'to areas "
             "south of the Sajour River' on 29 Aug (AP) and a ceasefire began at midnight (ARA "
             "News); the Manbij pocket's line stayed on the Sajur (continuity inferred); before "
             "30 Aug: a gap (IS, the council and the rebels in turn)"),
    )),
    RegionRule("es_mare", ES_BLOCK, lambda p, _w: km_to(p, MARE) <= 3, (
        Span(START, _d("2016-09-03"), "opposition", ("syriadeeply-2016-06-14-marea",
             "reuters-2016-09-04-azaz-jarablus-secured"),
             "Mare' and its silos (within 3 km of the town): the rebels broke IS's siege of the "
             "town and forced it to withdraw in June 2016 (Syria Deeply); no later loss reported "
             "(continuity inferred); counted rebel until the Azaz-Jarablus strip was secured, as "
             "Azaz's record"),
        Span(_d("2016-09-04"), ES_LASTING, "sna", ("syriadeeply-2016-06-14-marea",
             "reuters-2016-09-04-azaz-jarablus-secured", "afp-2016-10-16-dabiq"),
             "rebel-held (as Azaz, counted with the Turkish-backed rebels from the day the "
             "Azaz-Jarablus strip was reported secured, 4 Sep 2016); the capture of Dabiq on 16 "
             "Oct pushed IS back from the town's north-east (AFP); continuity inferred"),
    )),
    RegionRule("es_dabiq_ring", ES_BLOCK, lambda p, _w: km_to(p, DABIQ) <= 4.5, (
        Span(_d("2016-10-17"), ES_LASTING, "sna", ("afp-2016-10-16-dabiq",
             "rferl-2016-10-16-dabiq"),
             "region-level: Dabiq and Soran were seized on Sunday 16 Oct 2016 after IS withdrew "
             "(SOHR via RFE/RL and AFP) and a rebel faction said the rebels went on to Sawran, "
             "Ihtimaylat and Salihiyah (its claim, AFP); this place lies within 4.5 km of Dabiq; "
             "no IS return reported (continuity inferred); before 17 Oct the day it fell is not "
             "stored"),
    )),
    RegionRule("es_al_bab_north_sohr", ES_BLOCK, lambda p, _w: p.id in AL_BAB_NORTH_SOHR, (
        Span(_d("2016-11-13"), ES_LASTING, "sna", ("sohr-2016-11-al-bab-11-villages",
             *AL_BAB_NOV_2016),
             "named by SOHR among 11 villages the Euphrates Shield factions took from IS in 48 "
             "hours in early Nov 2016, about 7 km from al-Bab (publication day not shown); by 13 "
             "Nov the factions were 2 km north and north-west of al-Bab (SOHR via The Arab "
             "Weekly), beyond this village; counted from 13 Nov; no IS return reported before "
             "al-Bab fell (continuity inferred)"),
    )),
    RegionRule("es_al_bab_north_anadolu", ES_BLOCK, lambda p, _w: p.id in AL_BAB_NORTH_ANADOLU, (
        Span(_d("2016-11-13"), ES_LASTING, "sna", ("yenisafak-2016-11-13-al-bab-outskirts",
             *AL_BAB_NOV_2016),
             "Anadolu (Turkish state media, via Yeni Safak): the FSA took Hazvan, Susyan, Aldana "
             "and other villages by 2 a.m. on Sunday 13 Nov 2016 and was within 2 km of al-Bab; "
             "SOHR the same day: the factions 2 km north and north-west of al-Bab (The Arab "
             "Weekly); a vehicle bomb hit the rebels in Sousian on 24 Feb 2017 (Reuters); no IS "
             "return reported between (continuity inferred)"),
    )),
    RegionRule("es_north_west_of_al_bab", ES_BLOCK,
               lambda p, _w: NW_OF_AL_BAB.contains(Point(p.lon, p.lat))
               and km_to(p, AL_BAB) > 5, (
        Span(_d("2016-11-13"), ES_LASTING, "sna", ("arab_weekly-2016-11-13-al-bab",
             "sohr-2016-11-al-bab-11-villages", "yenisafak-2016-11-13-al-bab-outskirts"),
             "region-level: between Dabiq, al-Rai and al-Bab's north-western outskirts, where on "
             "13 Nov 2016 the factions stood 2 km north and north-west of al-Bab after IS was "
             "'expelled from an area of 2,500 square kilometres along the border' and 'withdrawn "
             "from several areas without putting up a fight' (SOHR via The Arab Weekly); this "
             "place lies inside that quadrant, more than 5 km from al-Bab (IS counter-attacked "
             "round the town until Feb 2017); no IS pocket behind the front reported (continuity "
             "inferred); before 13 Nov the day it fell is not stored"),
    )),
    RegionRule("es_north_of_al_bab", ES_BLOCK,
               lambda p, _w: N_OF_AL_BAB.buffer(0.002).contains(Point(p.lon, p.lat)), (
        Span(_d("2016-11-13"), ES_LASTING, "sna", ("sohr-2016-11-al-bab-11-villages",
             "reuters-2016-09-04-azaz-jarablus-secured", "arab_weekly-2016-11-13-al-bab"),
             "region-level: between the border strip the factions secured on 4 Sep 2016 (Anadolu "
             "via Reuters) and the villages SOHR lists as taken from IS in early Nov (Shdar, "
             "Sosenbat, Tarhin, about 7 km from al-Bab), west of 37.62 E: the factions advanced "
             "south from the border, so this place lay behind their front by 13 Nov (SOHR: 2 km "
             "from al-Bab that day, The Arab Weekly); no IS pocket behind the front reported "
             "(continuity inferred); before 13 Nov the day it fell is not stored"),
    )),
    RegionRule("es_al_bab_outskirts", ES_BLOCK, lambda p, _w: p.id in {"wadi_ar_rasif",
               "qudayran"}, (
        Span(_d("2017-02-23"), ES_LASTING, "sna", BZAAH_TAKEN,
             "within 5 km north and west of al-Bab, which the Turkish-backed rebels took from IS "
             "on 23 Feb 2017 with Qabasin and Bza'a (Reuters; SOHR; Syria Direct); the day the "
             "factions reached this place before is not stored"),
    )),
)  # fmt: skip
