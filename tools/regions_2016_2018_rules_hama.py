"""Region rules for Hama before May 2018 and the east Aleppo plain in 2017 (issue #15, h-hama).

Same shape as `tools/regions_2016_2018_rules.py` (imported through it: its ``RULES`` adds
``HAMA``): each `RegionRule` names the block of stored gaps it answers (the fill batch's
``[fill_hama_region]``, ``[fill_north_hama]``, ``[fill_halfaya]``, the 2016-2024 batch's
``[g2016_east_aleppo_government]``, or towns stored one by one: ``named``), a test on the place
and `Span`s with their registry sources (``sources/2016-2018-hama.toml`` and earlier files).
Statements about a region applied to its villages say so in the note; days no source reaches stay
gaps. Build-time tooling, not shipped.
"""

from __future__ import annotations

from datetime import date

from geodata.control.model import Locality
from tools.fill_2016_2019_rules import Span
from tools.regions_2016_2018_model import NAMED_BLOCK, START, RegionRule, Where

#: Towns stored one by one in the 2016-2024 batch (no group tag) whose gap these rules answer.
NAMED_HAMA = frozenset({"murak", "kafr_zita", "kafr_nabudah"})  # Kafr Nabudah: rules_ghab

HAMA_REGION, NORTH_HAMA = "fill_hama_region", "fill_north_hama"
#: The last day of each fill block's gap: the Homs/Hama pocket's end, the 2019 offensive's start.
HAMA_REGION_END, NORTH_HAMA_END = date(2018, 5, 15), date(2019, 4, 29)


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _km(place: Locality, point: tuple[float, float]) -> float:
    return (((place.lat - point[0]) * 111) ** 2 + ((place.lon - point[1]) * 91) ** 2) ** 0.5


# --- northern Hama: the towns the rebels held from 2012 to Aug 2019 -------------------------
REBEL_CORE = frozenset({"al_lataminah", "latmin", "lahaya", "murak", "kafr_zita"})
REBEL_CORE_SOURCES = ("ap-2019-08-23-northern-hama", "rferl-2017-04-16-soran",
                      "reuters-2017-03-31-hama-villages")  # fmt: skip
REBEL_CORE_NOTE = (
    "one of the towns (Latamneh, Latmeen, Kfar Zeita, Lahaya, Morek) whose capture on 23 Aug 2019 "
    "completed the army's takeover of the 'formerly rebel-held region' for the first time since "
    "2012 (state TV and SOHR via AP); the rebels still held Morek when the army retook Soran on "
    "16 Apr 2017 (RFE/RL citing Reuters); the March 2017 offensive from there was led by Tahrir "
    "al-Sham with FSA groups (SOHR via Reuters): HTS shares the area; the factions per town are "
    "not stored (continuity 2016-2019 inferred: no government entry reported before 2019)"
)

# --- north of Hama city: the March 2017 offensive and its reversal -----------------------------
#: Villages the army retook on 31 Mar 2017 (al-Masdar names them; SOHR via Reuters: 16 villages).
RETAKEN_31_MARCH = frozenset({"khattab", "al_majdal", "shir", "zawr_al_masalaq", "arzah"})
RETAKEN_31_MARCH_SOURCES = ("almasdar-2017-04-01-khattab-arzeh", "reuters-2017-03-31-hama-villages",
                            "rferl-2017-04-16-soran")  # fmt: skip
HALFAYA_SOURCES = ("aljazeera-2017-04-23-halfaya", "reuters-2016-08-30-hama-offensive")
TAYBAT_SOURCES = ("daily_star_lb-2017-04-21-taybat-al-imam", "aljazeera-2017-04-23-halfaya")
#: The M5 north of Hama (Soran 36.747 E): east of it the rebels' gains were reversed by Soran's
#: recapture; west of it by Halfaya's (23 Apr 2017).
M5_LON = 36.70
HALFAYA_LAT = 35.27  # localities.csv: halfaya 35.261 N; the rebels' Latamneh pocket is north
SORAN_LAT = 35.30  # localities.csv: suran_hama 35.291 N
AFTER_APRIL_2017_NOTE = (
    "no later loss reported before the 2019 offensive, drawn government by the autumn-2019 "
    "snapshot (continuity inferred)"
)

# --- the core round Hama city and Salamiyah ----------------------------------------------------
#: Qamhana, the rebels' nearest approach ('four kilometers' from Hama, Mar 2017), lies at 35.198 N;
#: the rebels' northern Homs / southern Hama pocket began at Harbnafsah (34.937 N; opposition
#: outlets not in the registry also name Deir al-Fardis, 34.976 N, in 2016: kept out); the villages
#: east of Salamiyah the NDF left to IS attacks in Jul 2016 (Tal Atout, Mafkar al-Sharqi) lie
#: east of 37.15 E.
CORE_NORTH, CORE_SOUTH, CORE_WEST, CORE_EAST = 35.165, 34.99, 36.45, 37.12
CORE_SOURCES = ("al_arabiya-2016-09-01-soran", "syria_direct-2016-07-21-salamiya",
                "xinhua-2018-05-16-homs-rebels-evacuated", "rferl-2017-04-16-soran")  # fmt: skip
CORE_NOTE = (
    "region-level: between the fronts the sources name - north, the rebel offensives that reached "
    "Soran (14 km north of 'government-held Hama city', Al Arabiya, Sep 2016) and were rolled back "
    "by Apr 2017 (RFE/RL); south, the rebels' northern Homs / southern Hama pocket, evacuated in "
    "May 2018 (Xinhua); east, the IS-border villages east of Salamiya ('regime-held east Hama "
    "countryside', Syria Direct, Jul 2016) - this place lies between 34.99 and 35.165 N and 36.45 "
    "and 37.12 E, behind those fronts; no other party reported in it (continuity inferred); not "
    "sourced per village; drawn government by the autumn-2019 snapshot"
)


def _core(place: Locality, _where: Where) -> bool:
    return CORE_SOUTH <= place.lat <= CORE_NORTH and CORE_WEST <= place.lon <= CORE_EAST


# --- the villages the army regained with Soran (27 Oct 2016) ---------------------------------
#: Named by SOHR (Maardis, Kawkab, Maan, Khafsin, Karah, Shatha, Alexandria); the others it names
#: (Western Jninah, al-Tulaysiyah, Qahera, Tal Aswad, Kabani) are not matched to tracked places.
SORAN_VILLAGES = frozenset({"maardis", "kawkab", "maan", "khafsin", "qarah_hama", "ash_shatah",
                            "iskandariyah"})  # fmt: skip
SORAN_OCT_2016 = ("sohr-2016-10-soran-villages", "reuters-2016-soran-retaken")
SORAN_APRIL_2017 = ("sohr-2017-04-soran-last-town", "rferl-2017-04-16-soran")
SORAN_VILLAGES_SPANS = (
    Span(START, _d("2016-08-28"), "government", ("al_arabiya-2016-09-01-soran",
         "sohr-2016-10-soran-villages"),
         "in the 'swathe of government-held land' north of Hama the rebels attacked from 29 Aug "
         "2016 (Al Arabiya); one of the villages SOHR lists as regained by the army with Soran "
         "(lost in that offensive); the day the rebels took it is not stored"),
    Span(_d("2016-10-27"), _d("2017-03-20"), "government", SORAN_OCT_2016,
         "regained with Soran on Thursday 27 Oct 2016 ('by controlling Soran town, the regime "
         "forces ... have regained Soran, ... Khafsin, Karah, Maan, ..., Kawkab, Alexandria and "
         "Maardis', SOHR; a military source and SOHR via Reuters) until the rebels' offensive of "
         "21 Mar 2017 (SOHR); whether this village was lost in March is not stored"),
    Span(_d("2017-04-16"), HAMA_REGION_END, "government", SORAN_APRIL_2017,
         "the army retook Soran on 16 Apr 2017 (a rebel to Reuters via RFE/RL), with which SOHR "
         "counted every place lost since 21 Mar restored 'except for Tal Bzam and Sakher village' "
         "(not tracked); " + "no later loss reported before the Homs/Hama pocket's end (continuity "
         "inferred)"),
)  # fmt: skip

# --- east of Salamiyah after IS's central Syria pocket (Oct 2017) ------------------------------
#: IS's central pocket round Uqayribat; north of 35.20 N the north-east Hama fighting of Oct 2017 -
#: Feb 2018 (IS and HTS; SOHR lists Rasm al-Tineh, 35.226 N, among the army's gains there).
SALAMIYAH_EAST_LAT = 35.20
SALAMIYAH_EAST_SOURCES = ("reuters-2017-10-central-syria-pocket", "reuters-2017-09-02-uqayribat",
                          "syria_direct-2016-07-21-salamiya",
                          "sohr-2018-02-is-hama-aleppo-pocket-ended")  # fmt: skip
SALAMIYAH_EAST_NOTE = (
    "region-level: a Syrian military source said 'on Friday' in Oct 2017 that the army had cleared "
    "IS from its last pocket in central Syria, the enclave 'close to the main road running between "
    "the cities of Homs and Aleppo near the town of al-Salamiya' (1,800 km2; Reuters; the day not "
    "stored: counted from 31 Oct); Uqayribat, its stronghold, had fallen on 1 Sep (Reuters); this "
    "place lies east of the 'regime-held' villages round Salamiya (Syria Direct, Jul 2016) and "
    "south of 35.20 N, away from the north-east Hama fighting of Oct 2017 - Feb 2018; not sourced "
    "per village"
)


def _salamiyah_east(place: Locality, _where: Where) -> bool:
    return place.lat < SALAMIYAH_EAST_LAT and place.lon > CORE_EAST


# --- eastern Hama after IS's last pockets (Feb 2018) ------------------------------------------
EAST_LON = 37.0
#: Places IS passed through on the night of 8 - 9 Feb 2018 (SMART); review h-rev15 answers their
#: 9 Feb (contested) and the days after, so the east rule and rules_ghab's late-2017 rule skip them.
PASSED_BY_IS_9_FEB_2018 = frozenset({"duma_hama", "rabdah", "qasr_ash_shawi"})
EAST_NOTE = (
    "region-level: the army took 'the entire besieged circle within Hama and Aleppo countryside' "
    "(more than 80 villages in a week), ending IS's presence in the two provinces (SOHR, fighting "
    "of Friday 9 Feb 2018: counted from 9 Feb); Uqayribat, IS's stronghold east of Salamiyah, had "
    "fallen on 1 Sep 2017 (Reuters) and the army held Abu al-Duhur airbase further north from "
    "20-21 Jan 2018 (AFP); this place lies east of 37.0 E in Hama governorate; the day each "
    "village changed hands between Sep 2017 and Feb 2018 is not stored"
)
EAST_SOURCES = ("sohr-2018-02-is-hama-aleppo-pocket-ended", "reuters-2017-09-02-uqayribat",
                "afp-2018-01-21-abu-duhur")  # fmt: skip


def _north_of_hama_east(place: Locality, _where: Where) -> bool:
    return CORE_NORTH < place.lat <= SORAN_LAT and M5_LON <= place.lon < EAST_LON


def _north_of_hama_west(place: Locality, _where: Where) -> bool:
    return CORE_NORTH < place.lat <= HALFAYA_LAT and CORE_WEST <= place.lon < M5_LON


def _hama_rules(block: str, end: date) -> tuple[RegionRule, ...]:
    """The rules shared by the two fill blocks (a place's district decides its block)."""
    after_april = (
        "region-level: the army retook Soran on 16 Apr 2017 and Taybat al-Imam and Halfaya with "
        "'nearby villages' by 23 Apr, reversing 'most of the territorial gains' of the rebels' "
        "March offensive (RFE/RL citing Reuters; Al Jazeera); this place lies between Hama city "
        "and the latitude of {}; " + AFTER_APRIL_2017_NOTE
    )
    return (
        RegionRule(f"{block}_core", block, _core, (
            Span(START, end, "government", CORE_SOURCES, CORE_NOTE),
        )),
        RegionRule(f"{block}_retaken_31_march", block,
                   lambda p, _w: p.id in RETAKEN_31_MARCH, (
            Span(_d("2017-03-31"), end, "government", RETAKEN_31_MARCH_SOURCES,
                 "retaken on Friday 31 Mar 2017 a week after the rebels' offensive of 21 Mar took "
                 "it (al-Masdar names Khattab, Zawr al-Maslaq, al-Majdal, al-Shayr and Arzeh; SOHR "
                 "via Reuters: 16 villages retaken, not named); " + AFTER_APRIL_2017_NOTE),
        )),
        RegionRule(f"{block}_north_of_hama_east", block, _north_of_hama_east, (
            Span(_d("2017-04-23"), end, "government", (*TAYBAT_SOURCES, "rferl-2017-04-16-soran"),
                 after_april.format("Soran, east of the M5")),
        )),
        RegionRule(f"{block}_north_of_hama_west", block, _north_of_hama_west, (
            Span(_d("2017-04-23"), end, "government", (*HALFAYA_SOURCES, "rferl-2017-04-16-soran"),
                 after_april.format("Halfaya, west of the M5, south of the Latamneh pocket")),
        )),
        RegionRule(f"{block}_east", block,
                   lambda p, _w: p.lon >= EAST_LON and p.id not in PASSED_BY_IS_9_FEB_2018, (
            Span(_d("2018-02-09"), end, "government", EAST_SOURCES, EAST_NOTE),
        )),
    )  # fmt: skip


HAMA_NAMED_RULES = (
    RegionRule("hama_rebel_core_named", NAMED_BLOCK, lambda p, _w: p.id in REBEL_CORE, (
        Span(START, NORTH_HAMA_END, "opposition", REBEL_CORE_SOURCES, REBEL_CORE_NOTE,
             status="shared", with_parties=("hts",)),
    )),
)  # fmt: skip

HAMA_NORTH = (
    RegionRule("hama_rebel_core", NORTH_HAMA, lambda p, _w: p.id in REBEL_CORE, (
        Span(START, NORTH_HAMA_END, "opposition", REBEL_CORE_SOURCES, REBEL_CORE_NOTE,
             status="shared", with_parties=("hts",)),
    )),
    RegionRule("hama_halfaya", "fill_halfaya", lambda p, _w: p.id == "halfaya", (
        Span(_d("2016-09-02"), _d("2017-04-22"), "opposition", HALFAYA_SOURCES,
             "taken by Jund al-Aqsa and FSA brigades on 29 Aug 2016 (Reuters); the army captured "
             "it on Sunday 23 Apr 2017, 'taking back territory that rebels seized last year' (a "
             "military source to Reuters and SOHR via Al Jazeera): rebel-held in between (no "
             "earlier recapture reported); the factions defending it in 2017 were 'spearheaded by' "
             "the former al-Qaeda affiliate with FSA groups (Al Jazeera)",
             status="shared", with_parties=("hts",)),
        Span(_d("2017-04-23"), NORTH_HAMA_END, "government", HALFAYA_SOURCES,
             "captured by the army on Sunday 23 Apr 2017 after the rebels withdrew (a military "
             "source to Reuters; SOHR, via Al Jazeera); " + AFTER_APRIL_2017_NOTE),
    )),
    *_hama_rules(NORTH_HAMA, NORTH_HAMA_END),
)  # fmt: skip

HAMA_SOUTH = (
    RegionRule("hama_soran_villages", HAMA_REGION, lambda p, _w: p.id in SORAN_VILLAGES,
               SORAN_VILLAGES_SPANS),
    RegionRule("hama_salamiyah_east", HAMA_REGION, _salamiyah_east, (
        Span(_d("2017-10-31"), HAMA_REGION_END, "government", SALAMIYAH_EAST_SOURCES,
             SALAMIYAH_EAST_NOTE),
    )),
    RegionRule("hama_soran", "fill_soran", lambda p, _w: p.id == "suran_hama", (
        Span(_d("2016-09-29"), _d("2016-10-26"), "opposition", SORAN_OCT_2016,
             "held by 'the rebel and Islamic factions and Jund al-Aqsa' since the offensive of 29 "
             "Aug 2016 until the army regained it (SOHR)"),
        Span(_d("2016-10-27"), _d("2017-03-20"), "government", SORAN_OCT_2016,
             "regained 'on Thursday' 27 Oct 2016 with 'the farms surrounding it' (a military "
             "source and SOHR via Reuters; SOHR) until the rebels' offensive of 21 Mar 2017 "
             "(SOHR); the day the rebels took it then is not stored"),
    )),
    RegionRule("hama_taybat_al_imam", HAMA_REGION, lambda p, _w: p.id == "taybat_al_imam", (
        Span(_d("2017-01-01"), _d("2017-04-19"), "opposition", TAYBAT_SOURCES,
             "the town 'was seized by rebels last year' (The Daily Star, 21 Apr 2017): rebel-held "
             "in 2016 (the day not stored; counted from 1 Jan 2017) until the army's entry",
             status="shared", with_parties=("hts",)),
        Span(_d("2017-04-20"), _d("2017-04-22"), "government", TAYBAT_SOURCES,
             "the army 'advanced into the town' on Thursday 20 Apr 2017 and held its western "
             "outskirts, the rebels 'retreating from parts of the town' (the army and rebels via "
             "The Daily Star)", status="contested", with_parties=("opposition", "hts")),
        Span(_d("2017-04-23"), HAMA_REGION_END, "government", TAYBAT_SOURCES,
             "the army pushed on west of it to Halfaya, taken on 23 Apr 2017 (Al Jazeera); "
             + AFTER_APRIL_2017_NOTE),
    )),
    *_hama_rules(HAMA_REGION, HAMA_REGION_END),
)  # fmt: skip

# --- the east Aleppo plain west of 37.80 E (the army's campaign of 17 Jan - 4 Jun 2017) -------
EA_BLOCK = "g2016_east_aleppo_government"
EA_END = _d("2017-06-03")  # the day before Maskanah fell: the block's gap ends there
THERMAL_PLANT = (36.175, 37.438)  # localities.csv: aleppo_thermal_power_plant
THERMAL_RING_KM = 6
DEIR_HAFER_LON = 37.75  # east of Deir Hafer (37.708 E) the existing rules answer
AL_BAB_SOUTH_LAT = 36.32  # north of it: Tadef and al-Bab's outskirts (Euphrates Shield, Mar 2017)
#: Round Kweires: the army's by a report of 15 Jan 2016 (al-Masdar), not certainly IS's in 2016;
#: review h-rev23: Najjarah and Ayishah, taken by the army on 7 and 10 Jan 2016 (al-Masdar),
#: answered by ``tools/regions_2016_2018_rules_rev23.py``.
KWEIRES_2016 = {"abbudiyah", "multafitah", "najjarah", "ayishah"}
PLAIN_SOUTH_LAT = 36.05  # south of it: the Jabbul lake and the al-Safira - Khanasir road
#: South of it the army's Feb 2016 push (the thermal plant, the corridor to Kweires) had cleared
#: the villages; north of it lay al-Bab's countryside.
AL_BAB_COUNTRYSIDE_LAT = 36.24
PLAIN_SOURCES = ("reuters-2017-03-29-deir-hafer", "chinadaily-2017-03-30-deir-hafer",
                 "reuters-2017-03-07-khafsa", "afp-2017-05-13-jarrah-airbase")  # fmt: skip
PLAIN_NOTE = (
    "region-level: the army had reached the Euphrates at al-Khafsa on 7 Mar 2017 (SOHR via "
    "Reuters) and took besieged Deir Hafer on 29 Mar (Reuters; SANA via Xinhua: 27 towns and "
    "villages around it); this place lies west of Deir Hafer, between the thermal plant and the "
    "south of al-Bab (36.05-36.32 N, 37.40-37.75 E), behind that front; by 13 May SOHR counted "
    "'more than 170 villages and towns' taken since mid-January (AFP); between 17 Jan and 28 Mar "
    "the day each village fell is not stored"
)

SAFIRA = (36.07696, 37.37251)  # localities.csv: as_safira
SAFIRA_RING_KM = 3
SAFIRA_SOURCES = ("syria_direct-2013-11-05-safira", "syria_direct-2016-02-24-aleppo-supply-route",
                  "ibtimes_uk-2016-02-aleppo-thermal-plant")  # fmt: skip

EAST_ALEPPO_WEST = (
    RegionRule("ea_safira", EA_BLOCK, lambda p, _w: _km(p, SAFIRA) <= SAFIRA_RING_KM, (
        Span(START, EA_END, "government", SAFIRA_SOURCES,
             "al-Safira, taken by government forces on 31 Oct 2013 (Syria Direct), on the road "
             "that was the regime's 'only supply route into Aleppo city' in Feb 2016 (Syria "
             "Direct); the army cleared the villages east of it in Feb 2016 (SANA and SOHR via "
             "IBTimes UK); no loss of the town reported (continuity inferred); this place lies "
             "within 3 km of the town's point"),
    )),
    RegionRule("ea_thermal_plant_ring", EA_BLOCK,
               lambda p, _w: _km(p, THERMAL_PLANT) <= THERMAL_RING_KM, (
        Span(START, EA_END, "government", ("ibtimes_uk-2016-02-aleppo-thermal-plant",
             "reuters-2015-11-10-kweires", "sohr-2017-02-03-bzaah-offensive"),
             "region-level: the army took the thermal power station 'and a number of surrounding "
             "villages' east of Aleppo from IS in Feb 2016 (SANA via IBTimes UK; SOHR: at least 18 "
             "villages); it had broken IS's siege of Kweires in Nov 2015 (Reuters) and launched "
             "its campaign south and south-west of al-Bab from these lines on 17 Jan 2017 (SOHR); "
             "this place lies within 6 km of the plant; no IS return reported (continuity "
             "inferred)"),
    )),
    # review h-rev2: Abbudiyah and Multafitah, north of Kweires, are left out: a report of 15 Jan
    # 2016 has the army taking them, and no IS return is found (their days before 17 Jan 2017 are
    # gaps; from 29 Mar 2017 ``ea_plain_after_deir_hafer`` answers them)
    RegionRule("ea_al_bab_south", EA_BLOCK,
               lambda p, _w: AL_BAB_COUNTRYSIDE_LAT <= p.lat <= AL_BAB_SOUTH_LAT
               and 37.45 <= p.lon < DEIR_HAFER_LON and p.id not in KWEIRES_2016, (
        Span(START, _d("2017-01-16"), "isis", ("sohr-2017-02-03-bzaah-offensive",
             "bbc-2017-02-23-al-bab-near-complete", "chinadaily-2017-03-30-deir-hafer"),
             "region-level: al-Bab's southern countryside, between IS-held al-Bab (IS's since "
             "early 2014, BBC) and Deir Hafer ('a major stronghold' of IS, Xinhua relaying SANA), "
             "north of the army's lines round the thermal plant, before the army's campaign south "
             "and south-west of al-Bab began on 17 Jan 2017 (SOHR); IS's hold is inferred from the "
             "towns'; from 17 Jan the day each village fell is not stored"),
        Span(_d("2017-03-29"), EA_END, "government", PLAIN_SOURCES, PLAIN_NOTE),
    )),
    RegionRule("ea_plain_after_deir_hafer", EA_BLOCK,
               lambda p, _w: PLAIN_SOUTH_LAT <= p.lat <= AL_BAB_SOUTH_LAT
               and 37.40 <= p.lon < DEIR_HAFER_LON, (
        Span(_d("2017-03-29"), EA_END, "government", PLAIN_SOURCES, PLAIN_NOTE),
    )),
)  # fmt: skip

HAMA: tuple[RegionRule, ...] = (*HAMA_NAMED_RULES, *HAMA_NORTH, *HAMA_SOUTH, *EAST_ALEPPO_WEST)
