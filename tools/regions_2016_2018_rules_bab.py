"""Region rules for north and east Aleppo (issue #15, h-bab): the Azaz - Mare' road and the
villages up to Dabiq, Ghandoura and the villages north of the Sajur (2016), the army's arrival
south-west of al-Bab and Manbij (27 Feb 2017) and north of al-Khafsa (Mar 2017), the Manbij
pocket's villages west and east of the city, and villages of the Afrin region before Olive Branch.

Sources: ``sources/2016-2019-bab.toml`` and the batch files. Region-level statements applied to
villages say so in their note. Build-time tooling, not shipped.
"""

from __future__ import annotations

from shapely.geometry import Point, Polygon

from geodata.control.model import Locality
from tools.regions_2016_2018_model import START, RegionRule, Span, Where
from tools.regions_2016_2018_model import day as _d
from tools.regions_2016_2018_rules_aleppo_shield import km_to

__all__ = ["BAB"]

ES_BLOCK = "g2016_euphrates_shield"
ES_LASTING = _d("2017-03-02")  # from 3 Mar 2017 the batch stores the lasting Euphrates Shield area
EAST_BLOCK = "g2016_east_aleppo_government"
EAST_END = _d("2017-06-03")  # from 4 Jun 2017 (Maskanah) the batch stores the government area
AL_BAB = (36.37051, 37.5157)  # localities.csv: al_bab
ARIMA = (36.472, 37.722)  # localities.csv: arima
MANBIJ = (36.52815, 37.95495)  # localities.csv: manbij
MANBIJ_LON = MANBIJ[1]

# --- the Azaz pocket and the villages up to Dabiq (2016) --------------------------------------
#: The villages on the Azaz - Mare' road the rebels took back from IS on 8 Jun 2016.
AZAZ_MARE_ROAD = {"kafr_kalbin", "kaljibrin", "sandaf"}
ROAD_SOURCES = ("afp-2016-06-08-marea-azaz-road", "reuters-2016-06-08-is-withdraws-marea",
                "now-2016-06-08-marea-siege-broken",
                "reuters-2016-09-04-azaz-jarablus-secured")  # fmt: skip
#: Azaz - Kaljibrin - Mare' - Dabiq - al-Rai - the border (lon, lat): north of the road and the
#: Mare'-Dabiq line, west of al-Rai, the area the factions held round Dabiq by 16 Oct 2016.
AZAZ_DABIQ = Polygon([(37.045, 36.586), (37.115, 36.536), (37.196, 36.483), (37.269, 36.538),
                      (37.448, 36.612), (37.448, 36.70), (37.045, 36.70)])  # fmt: skip

#: Jarabulus district east of Ghandoura and north of 36.64 N: north of the Sajur (the Manbij
#: pocket's line), west of the villages the Jarablus council left on 28-29 Aug (another rule).
SAJUR_NORTH_LAT = 36.64
GHANDOURA_LON = 37.75
SAJUR_EAST_SOURCES = ("orient-2016-09-04-border-cleared",
                      "reuters-2016-09-04-azaz-jarablus-secured",
                      "yenisafak-2016-08-31-sajur-reached")  # fmt: skip
#: Ghaytun (6 km south-east of Dabiq): taken on Saturday 15 Oct 2016 (SOHR via Reuters).
GHAYTUN = "ghaytun"

# --- the army's arrival on 27 Feb 2017 --------------------------------------------------------
ARMY_27_FEB = ("afp-2017-02-27-army-presses-is-north", "reuters-2017-02-21-army-east-of-al-bab")
#: South of it, west of al-Bab: north of it Euphrates Shield, the SDF and the army met (left open).
WEST_NORTH_LAT = 36.39


def _west_of_tadif(place: Locality, _where: Where) -> bool:
    """Al-Bab district, west and south-west of al-Bab and Tadif, north of 36.25 N."""
    return (place.admin2 == "Al-Bab" and 36.25 <= place.lat <= WEST_NORTH_LAT
            and place.lon <= 37.56 and km_to(place, AL_BAB) > 3
            and place.id not in REVIEWED_REV38)  # fmt: skip


def _south_west_of_manbij(place: Locality, _where: Where) -> bool:
    """Between the army's front south-east of al-Bab and the Manbij pocket's south-west, more
    than 8 km from Arima (the strip handed over in March, answered by its own rule)."""
    return (36.30 <= place.lat <= 36.43 and 37.74 <= place.lon <= 37.95
            and km_to(place, ARIMA) > 8 and place.id not in REVIEWED_REV7
            and place.id not in REVIEWED_REV19
            and place.id not in REVIEWED_REV22)  # fmt: skip


#: Review h-rev7: named by dated reports that contradict the 27 Feb 2017 answer (Taiha and
#: Halisiyah taken on 28 Feb, Al-Masdar; Abu Tinah and al-Ismailiyah east of 37.85 E not named
#: by an allowed source): answered by ``tools/regions_2016_2018_rules_rev7.py``.
REVIEWED_REV7 = frozenset({"taiha_twimat", "halasiyah", "abu_tinah_al_bab", "mashrafah_ismaeliyah"})
#: Review h-rev19: Umm Miyal, 4.8 km south of Taiha, still being stormed on 28 Feb 2017
#: (Al-Masdar): answered by ``tools/regions_2016_2018_rules_rev19.py``.
REVIEWED_REV19 = frozenset({"umm_miyal_al_bab"})
#: Review h-rev22: Abu Khatar, named by Step News among the villages taken on 7 Mar 2017 (after
#: pro-government sites): answered by ``tools/regions_2016_2018_rules_rev22.py``.
REVIEWED_REV22 = frozenset({"abu_khatar"})
#: Review h-rev38: the factions announced they took Daghli Bash, 7.5 km west of al-Bab, from IS
#: on Saturday 31 Dec 2016 (Shaam News), so it and the villages between it and the factions' Waqah
#: and Hazwan (al-Kufayr, Shaalah, Khirbat Duwayr, al-Nayrabiyah) are not shown 'south of the
#: Euphrates Shield line' on 27 Feb 2017: gaps, Daghli Bash answered by ``_rev38.py``.
REVIEWED_REV38 = frozenset({"daghli_bash", "al_kufayr", "shaalah", "khirbat_duwayr",
                            "nayrabiyah"})  # fmt: skip


#: North of al-Khafsa (36.23 N, where the army reached the Euphrates on 7 Mar 2017) and south of
#: the Manbij pocket, east of 37.90 E.
KHAFSA_LAT = 36.225
KHAFSA_NORTH_SOURCES = ("reuters-2017-03-07-khafsa", "syria_direct-2017-03-08-khafsah",
                        "afp-2017-02-27-army-presses-is-north")  # fmt: skip

#: West of Manbij along the Aleppo road (north of 36.45 N): behind the council's western front.
MANBIJ_ROAD_LAT = 36.45
MANBIJ_WEST_SOURCES = ("kdn-2016-11-22-manbij-west-villages",
                       "kdn-2016-11-26-sab-wiran-kur-huyuk", "isw-2016-08-18-manbij",
                       "reuters-2017-03-06-manbij-rural-areas")  # fmt: skip


def _west_of_manbij(place: Locality, where: Where) -> bool:
    """Manbij district, west of the city and north of 36.45 N, more than 10 km out (nearer, the
    Manbij ring rule answers)."""
    return (not where.north and place.admin2 == "Manbij" and place.lat >= MANBIJ_ROAD_LAT
            and place.lon < MANBIJ_LON and km_to(place, MANBIJ) > 10)  # fmt: skip


# --- the Manbij pocket east of the city -------------------------------------------------------
MANBIJ_EAST_SOURCES = ("reuters-2016-06-10-manbij-encircled", "isw-2016-08-18-manbij",
                       "reuters-2017-03-06-manbij-rural-areas",
                       "defense_post-2018-06-26-manbij-demarcation-line",
                       "afp-2018-12-12-east-of-euphrates")  # fmt: skip

#: North of it the Ayn al-Arab-district villages west of the river lie by the Sajur's mouth.
SAJUR_MOUTH_LAT = 36.58
SAJUR_MOUTH_SOURCES = ("voa-2016-08-25-kurdish-militia-east-of-euphrates",
                       "ap-2016-08-29-jarablus-council-south-of-sajour",
                       "aranews-2016-08-30-jarablus-council-ceasefire",
                       "reuters-2017-03-06-manbij-rural-areas",
                       "defense_post-2018-06-26-manbij-demarcation-line",
                       "afp-2018-12-12-east-of-euphrates")  # fmt: skip


def _ayn_al_arab_west_bank(place: Locality, where: Where) -> bool:
    """Ayn al-Arab-district places the gazetteer files west of the river, east of Manbij."""
    return not where.north and place.admin2 == "Ayn al-Arab" and place.lon >= MANBIJ_LON


# --- Afrin-district villages of the later Tell Rifaat pocket ----------------------------------
AFRIN_POCKET = {"soxaneke", "aqiba", "baselhaya", "ibina", "cilbire"}
#: An Azaz-district village west of Azaz that the snapshots draw in the Olive Branch (Afrin) area.
AFRIN_EDGE = "sewarxa"
AFRIN_SOURCES = ("efe-2018-03-18-afrin-city", "dw-2018-03-18-afrin",
                 "trt-2018-01-21-olive-branch-launched")  # fmt: skip

BAB = (
    RegionRule("bab_azaz_mare_road", ES_BLOCK, lambda p, _w: p.id in AZAZ_MARE_ROAD, (
        Span(START, _d("2016-09-03"), "opposition", ROAD_SOURCES,
             "on the Azaz - Mare' road: IS took the road villages on 27 May 2016 and the rebels "
             "took them back on the morning of Wednesday 8 Jun, reopening the road (SOHR via AFP "
             "and Reuters: Kafr Kalbin and Kaljibrin; the Mutassim Brigade named Sandaf, "
             "Kaljibrin and Kafr Kalbin, NOW); no IS return reported before the Azaz - Jarablus "
             "strip was secured (continuity inferred); counted rebel until then, as Azaz's record"),
        Span(_d("2016-09-04"), ES_LASTING, "sna", ROAD_SOURCES,
             "rebel-held since 8 Jun 2016 (SOHR via AFP and Reuters), counted with the "
             "Turkish-backed rebels from the day the Azaz - Jarablus strip was reported secured (4 "
             "Sep 2016, Anadolu via Reuters), as Azaz's record; continuity inferred"),
    )),
    RegionRule("bab_azaz_dabiq", ES_BLOCK,
               lambda p, _w: AZAZ_DABIQ.contains(Point(p.lon, p.lat)), (
        Span(_d("2016-10-17"), ES_LASTING, "sna", ("jusoor-2016-10-18-euphrates-shield-map",
             "afp-2016-10-16-dabiq", "rferl-2016-10-16-dabiq",
             "reuters-2016-09-04-azaz-jarablus-secured"),
             "region-level: between the Azaz - Mare' road, Dabiq and al-Rai: the factions took "
             "Dabiq and Sawran on 16 Oct 2016 (SOHR via RFE/RL and AFP) 'after controlling "
             "Akhtreen and several villages around the western and northern vicinity of Souran', "
             "their area reaching 1,130 km2 along the border (Jusoor, 18 Oct); this place lies "
             "north of the Mare' - Dabiq line and west of al-Rai, behind that front; no IS return "
             "reported before the area's lasting extent (continuity inferred); before 17 Oct the "
             "day it fell is not stored"),
    )),
    RegionRule("bab_north_of_the_sajur", ES_BLOCK,
               lambda p, w: p.admin2 == "Jarabulus" and not w.north
               and p.lat >= SAJUR_NORTH_LAT and GHANDOURA_LON <= p.lon < 37.93, (
        Span(_d("2016-09-04"), ES_LASTING, "sna", SAJUR_EAST_SOURCES,
             "region-level: on Sunday 4 Sep 2016 the factions took al-Ghandoura, Ghanama, "
             "Qubbat al-Turkman, Suwayda al-Shamaliyah and other villages (Orient News), the day "
             "the border strip from Azaz to Jarablus was reported secured (Anadolu via Reuters); "
             "by 31 Aug they had reached the Sajur (Yeni Safak relaying the Turkish side); this "
             "place lies east of Ghandoura and north of 36.64 N, between the border strip and the "
             "Sajur, where the Manbij pocket's line stayed; no IS or SDF return reported before "
             "the area's lasting extent (continuity inferred); before 4 Sep the day it fell is not "
             "stored"),
    )),
    RegionRule("bab_tuwayran", ES_BLOCK, lambda p, _w: p.id == "tuwayran", (
        Span(_d("2016-09-04"), ES_LASTING, "sna", ("orient-2016-09-04-border-cleared",
             "reuters-2016-09-04-azaz-jarablus-secured", "arab_weekly-2016-11-13-al-bab"),
             "Tuwayran (Tweiran), 3 km south of al-Rai: named among the villages the factions took "
             "on Sunday 4 Sep 2016 (Orient News), the day the border strip was reported secured "
             "(Anadolu via Reuters); by 13 Nov the factions stood 2 km from al-Bab (SOHR via The "
             "Arab Weekly); no IS return reported between (continuity inferred)"),
    )),
    RegionRule("bab_ghaytun", ES_BLOCK, lambda p, _w: p.id == GHAYTUN, (
        Span(_d("2016-10-15"), ES_LASTING, "sna", ("reuters-2016-10-15-dabiq-attack",
             "rferl-2016-10-16-dabiq", "jusoor-2016-10-18-euphrates-shield-map"),
             "SOHR said on Saturday 15 Oct 2016 that the rebels had taken Irshaf and Ghaitun, "
             "leaving Dabiq and Soran in an isolated pocket (Reuters); Dabiq fell the next day "
             "(RFE/RL); no IS return reported before the area's lasting extent (continuity "
             "inferred)"),
    )),
    RegionRule("bab_west_of_tadif", EAST_BLOCK, _west_of_tadif, (
        Span(_d("2017-02-27"), EAST_END, "government", ARMY_27_FEB,
             "region-level: the army, advancing east south of al-Bab from mid-January (14 "
             "villages on 18-19 Feb, SOHR via Reuters), took Tadif and 18 towns and villages on "
             "Monday 27 Feb 2017 after IS withdrew from al-Bab (a military source and SOHR via "
             "AFP); this place lies west or south-west of al-Bab and Tadif, south of the "
             "Euphrates Shield line, behind the army's front that day; no IS return reported "
             "before Maskanah fell (continuity inferred); before 27 Feb the day it fell is not "
             "stored"),
    )),
    RegionRule("bab_south_west_of_manbij", EAST_BLOCK, _south_west_of_manbij, (
        Span(_d("2017-02-27"), EAST_END, "government", ARMY_27_FEB,
             "region-level: on Monday 27 Feb 2017 'regime forces moved into' some 23 villages "
             "near Manbij that IS had abandoned that morning, 'linking up with SDF forces in the "
             "area' (SOHR via AFP; the SDF said it would not clash with them); this place lies "
             "between the army's front south-east of al-Bab and the Manbij pocket, more than 8 km "
             "from Arima; which 23 villages is not listed; no IS return reported before Maskanah "
             "fell (continuity inferred)"),
    )),
    RegionRule("bab_north_of_khafsa", EAST_BLOCK,
               lambda p, w: not w.north and KHAFSA_LAT <= p.lat <= 36.30
               and 37.90 <= p.lon <= 38.20, (
        Span(_d("2017-03-08"), EAST_END, "government", KHAFSA_NORTH_SOURCES,
             "region-level: the army reached the Euphrates at al-Khafsa on Tuesday 7 Mar 2017 "
             "after IS withdrew (SOHR via Reuters) and made 'a successful sweep through Islamic "
             "State territory in the east Aleppo countryside' the next day (Syria Direct); on 27 "
             "Feb it had moved into villages IS abandoned near Manbij, 'linking up with SDF "
             "forces' (SOHR via AFP); this place lies north of al-Khafsa and south of the Manbij "
             "pocket (36.23-36.30 N, east of 37.90 E), cut off from IS's territory to the south "
             "once the army held the river bank; no IS return reported before Maskanah fell "
             "(continuity inferred); from 20 Feb to 7 Mar the day it changed hands is not stored"),
    )),
    RegionRule("bab_west_of_manbij", "g2016_manbij_sdf", _west_of_manbij, (
        Span(_d("2016-11-22"), _d("2017-03-01"), "sdf", MANBIJ_WEST_SOURCES,
             "region-level, on party claims: on 22 Nov 2016 the Manbij Military Council's "
             "fighters were defending Elan (Ilan), Sunbule and Wiran, villages about 25 km west "
             "of Manbij, against the Turkish-backed rebels, and on 26 Nov Sab Wiran and Kur Huyuk "
             "'controlled by' the SDF (Kurdish Daily News, the SDF side); this place lies between "
             "those villages and the city (held since 12 Aug, ISW), north of 36.45 N along the "
             "Aleppo road; the council's own statement of Mar 2017 put 'Manbij and its rural "
             "areas' under its protection (Reuters); continuity inferred; before 22 Nov a gap"),
    )),
    RegionRule("bab_manbij_east_bank_villages", "g2016_sdf_edges",
               lambda p, w: _ayn_al_arab_west_bank(p, w) and p.lat < SAJUR_MOUTH_LAT, (
        Span(_d("2016-08-12"), _d("2018-12-11"), "sdf", MANBIJ_EAST_SOURCES,
             "region-level: west of the Euphrates and east of Manbij, south of the Sajur's mouth, "
             "between the city and the Tishrin dam the SDF crossed from in June 2016: the SDF "
             "had cut every road into Manbij by 10 Jun (SOHR via Reuters) and held the city from "
             "12 Aug (ISW); the Manbij Military Council said in Mar 2017 that 'Manbij and its "
             "rural areas' were under its protection (Reuters); US patrols on the Manbij "
             "demarcation line from Jun 2018 (The Defense Post); the YPG/SDF held the Manbij "
             "district in Dec 2018 (AFP); no change east of the city reported between "
             "(continuity inferred)"),
    )),
    RegionRule("bab_sajur_mouth_villages", "g2016_sdf_edges",
               lambda p, w: _ayn_al_arab_west_bank(p, w) and p.lat >= SAJUR_MOUTH_LAT, (
        Span(_d("2016-08-30"), _d("2018-12-11"), "sdf", SAJUR_MOUTH_SOURCES,
             "region-level: west of the Euphrates, north-east of Manbij near the Sajur's mouth: "
             "SOHR had the Kurdish-led forces in 'at least six villages northeast of the town of "
             "Manbij and southeast of Jarablus', west of the river, on 25 Aug 2016 (VOA); the "
             "Jarablus Military Council withdrew 'to areas south of the Sajour River' on 29 Aug "
             "(AP) under a ceasefire from midnight (ARA News); the Manbij council's 'rural areas' "
             "(Reuters, Mar 2017), the demarcation line (The Defense Post, Jun 2018) and the "
             "YPG/SDF's Manbij district in Dec 2018 (AFP) followed; the autumn-2019 snapshot draws "
             "this place on the SDF side; no change here reported between (continuity inferred); "
             "before 30 Aug a gap"),
    )),
    RegionRule("bab_afrin_pocket_villages", "fill_tell_rifaat_afrin",
               lambda p, _w: p.id in AFRIN_POCKET, (
        Span(START, _d("2018-01-19"), "sdf", AFRIN_SOURCES,
             "region-level: an Afrin-district village south-east of Afrin town: the Afrin region "
             "was the YPG-held Kurdish enclave until Turkey launched Olive Branch on 20 Jan 2018 "
             "(TRT World; EFE; DW); not sourced per village; from 20 Jan 2018 (Olive Branch, "
             "then the Tell Rifaat pocket) a gap"),
    )),
    RegionRule("bab_afrin_edge_village", "fill_north_aleppo_edges",
               lambda p, _w: p.id == AFRIN_EDGE, (
        Span(START, _d("2018-01-19"), "sdf", AFRIN_SOURCES,
             "region-level: an Azaz-district village 8 km west of Azaz that the 2019-24 snapshots "
             "draw in the area Olive Branch took (the Afrin zone), next to the later Tell Rifaat "
             "pocket: the Afrin region was the YPG-held Kurdish enclave until Turkey launched "
             "Olive Branch on 20 Jan 2018 (TRT World; EFE; DW); not sourced per village; from 20 "
             "Jan 2018 the day it fell is not stored"),
    )),
)  # fmt: skip
