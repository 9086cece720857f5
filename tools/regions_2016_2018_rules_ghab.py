"""Region rules for north Hama, the Ghab edge, Salamiyah and the Latakia front (issue #15, h-hama2).

Same shape as `tools/regions_2016_2018_rules_hama.py` (imported through
`tools/regions_2016_2018_rules.py`, whose ``RULES`` adds ``GHAB`` after ``HAMA``): each
`RegionRule` answers stored gaps of a fill block (``[fill_hama_region]``, ``[fill_north_hama]``,
``[fill_north_hama_undated]``, ``[fill_latakia_front]``) for the places it matches, on registry
sources (``sources/2016-2019-hama-ghab.toml`` and earlier files). A later rule only answers the
days the earlier ones leave, so these add days the h-hama rules do not reach; days no source
reaches stay gaps (the rebels' offensives north of Hama, 29 Aug - 26 Oct 2016 and 21 Mar - 15
Apr 2017, in particular). Build-time tooling, not shipped.
"""

from __future__ import annotations

from datetime import date

from geodata.control.model import Locality
from tools.fill_2016_2019_rules_idlib import rebel_alliance
from tools.regions_2016_2018_model import NAMED_BLOCK, START, RegionRule, Span, Where, day
from tools.regions_2016_2018_rules_hama import (
    CORE_NORTH,
    EAST_LON,
    HALFAYA_LAT,
    HAMA_REGION,
    HAMA_REGION_END,
    M5_LON,
    NORTH_HAMA,
    PASSED_BY_IS_9_FEB_2018,
    REBEL_CORE,
    SORAN_LAT,
)

NORTH_HAMA_UNDATED = f"{NORTH_HAMA}_undated"
LATAKIA_FRONT = "fill_latakia_front"
SNAPSHOT_EVE = date(2019, 10, 22)  # the day before the autumn-2019 snapshot
OFFENSIVE_EVE = date(2016, 8, 28)  # the rebels' offensive north of Hama began on 29 Aug 2016

# --- north of Hama city before the offensive of 29 Aug 2016 ------------------------------------
BEFORE_OFFENSIVE_NOTE = (
    "region-level: the rebels' offensive of Monday 29 Aug 2016 was launched into 'a swathe of "
    "government-held land' north of Hama (Al Arabiya; Reuters: from Halfaya, taken that day); "
    "this place lies between Hama city and the rebels' towns (north of 35.165 N, south of Soran's "
    "latitude east of the M5 and of Halfaya's west of it), inside that land; not sourced per "
    "village; the days from 29 Aug 2016, when the rebels took villages here one by one, stay "
    "gaps where no rule dates them"
)
BEFORE_OFFENSIVE_SOURCES = ("al_arabiya-2016-09-01-soran", "reuters-2016-08-30-hama-offensive")


def _north_of_hama(place: Locality, _where: Where) -> bool:
    """Between Hama's core and the rebel-held towns: Soran's latitude east of the M5, Halfaya's
    west of it (north of that lay the rebels' Latamneh pocket)."""
    if place.id in REBEL_CORE or place.id in {"halfaya", "suran_hama"}:
        return False
    north = SORAN_LAT if place.lon >= M5_LON else HALFAYA_LAT
    return CORE_NORTH < place.lat <= north and 36.45 <= place.lon < EAST_LON


# --- east of Soran between the two offensives ---------------------------------------------------
#: East of Soran's meridian (36.747 E; Maardis 36.756 E, the Soran villages' western edge), or
#: Qamhana (35.198 N, 36.733 E), the rebels' nearest approach to Hama and never reported taken.
EAST_OF_SORAN_LON = 36.76
QAMHANA_LAT, QAMHANA_WEST = 35.22, 36.72
BETWEEN_OFFENSIVES_NOTE = (
    "region-level: by retaking Soran on Thursday 27 Oct 2016 the army regained every place SOHR "
    "names as lost east of the M5 since 29 Aug (Soran, Western Jninah, al-Tulaysiyah, Shatha, "
    "Qahera, Tal Aswad, Khafsin, Karah, Maan, Kabani, Kawkab, Alexandria, Maardis; a military "
    "source and SOHR via Reuters); this place lies south of Soran's latitude and east of its "
    "meridian (or is Qamhana), in the 'government-held land' of Aug 2016 (Al Arabiya); "
    "government-held until the rebels' offensive of 21 Mar 2017 (SOHR; continuity inferred; "
    "Taybat al-Imam and Halfaya, west of the M5, stayed rebel); not sourced per village"
)
AFTER_SORAN_NOTE = (
    "region-level: with Soran, retaken on 16 Apr 2017 (a rebel to Reuters via RFE/RL), SOHR "
    "counted every place lost since 21 Mar restored 'except for Tal Bzam and Sakher village' (not "
    "tracked); this place lies south of Soran's latitude and east of its meridian (or is "
    "Qamhana); no later loss reported before the Homs/Hama pocket's end (continuity inferred)"
)


def _east_of_soran(place: Locality, _where: Where) -> bool:
    if not CORE_NORTH < place.lat <= SORAN_LAT or place.lon >= EAST_LON:
        return False
    return place.lon >= EAST_OF_SORAN_LON or (
        place.lat <= QAMHANA_LAT and place.lon >= QAMHANA_WEST
    )


# --- the villages north-east of Salamiyah IS attacked on 18 May 2017 ---------------------------
SALAMIYAH_NE = frozenset({"aqarib", "mabujah"})  # Aqareb al-Safi, al-Mab'oujeh
SALAMIYAH_NE_NOTE = (
    "one of the 'government-held villages' near Salamiyeh IS attacked on Thursday 18 May 2017 "
    "(AP; SOHR names Aqareb al-Safi and al-Mab'oujeh 'in the northeastern countryside of "
    "Salamiyah', defended by the NDF and 'villager gunmen loyal to the regime'); IS stormed "
    "homes in the south of Aqareb al-Safi and was pushed back 'toward the desert' the same day "
    "(SANA via AP); held by the government before and after (continuity inferred: no other "
    "change reported before IS's central pocket ended in Oct 2017)"
)
SALAMIYAH_NE_SOURCES = ("ap-2017-05-18-salamiyeh-villages",
                        "sohr-2017-05-salamiyah-countryside-attack",
                        "syria_direct-2016-07-21-salamiya")  # fmt: skip

# --- the towns west of Mhardeh the rebels shelled in Sep 2018 ----------------------------------
#: 'regime positions in the cities of al-Seqelbiya, Salhab, Mahardah, and Safsafiya' (STJ).
SEP_2018 = day("2018-09-07")
SHELLED_SEP_2018 = frozenset({"tell_salhab", "al_safsafiyah"})
SHELLED_SEP_2018_NOTE = (
    "'regime positions' the armed groups shelled in retaliation for the bombardment of 7-9 Sep "
    "2018 (STJ: 'al-Seqelbiya, Salhab, Mahardah, and Safsafiya'); no loss of the town reported "
    "before the army's 2019 offensive ended in Aug 2019 (AP: 'the entire northern Hama "
    "countryside' government-held), drawn government by the autumn-2019 snapshot (continuity "
    "inferred); before Sep 2018 not sourced here"
)
SHELLED_SEP_2018_SOURCES = ("stj-2018-09-mahardah-attacks", "ap-2019-08-23-northern-hama")

# --- Kinsabba's outskirts on the Latakia front ------------------------------------------------
#: Wadi Basour and Shillif (SOHR via NOW); Ain al-Hawr lies 0.7 km from Kinsabba's point.
KINSABBA_OUTSKIRTS = frozenset({"wadi_basour", "shillif", "ain_al_hawr"})
KINSABBA_NOTE = (
    "on Kinsabba's western and southern outskirts, away from the Kabani front: SOHR named Wadi "
    "Basour and Shillif among the places pro-regime forces seized before taking Kinsabba (Feb "
    "2016; via NOW); the rebels retook Kinsabba on 1 Jul 2016 and the army regained it with 'its "
    "hills' two weeks later (SOHR via AP); in Jan 2018 the rebels were 'mostly around the eastern "
    "Jebel Akrad' (The New Arab); no later loss of Kinsabba reported, drawn government by the "
    "autumn-2019 snapshot (continuity inferred; not sourced per village after Feb 2016)"
)
KINSABBA_SOURCES = (
    "now_lebanon-2016-kinsabba-outskirts",
    "ap-2016-07-kinsabba-regained",
    "sohr-2016-02-kinsabba-kabani",
    "newarab-2018-01-07-hmeimim-drones",
)


# --- IS's Uqayribat pocket east of Salamiyah (to Aug - Sep 2017) ------------------------------
UQAYRIBAT = (35.04173, 37.46444)  # localities.csv: uqayribat
#: The pocket was 2,600 km2 (Syria Direct); SOHR's IS-held villages reach 15 km west of the town
#: (Um Mayl, Qulayb al-Thawr); within this ring of the town no other party is reported.
POCKET_RING_KM = 10.5
POCKET_ADVANCE_EVE = day("2017-07-31")  # the army's advances began 'earlier this month' (Aug)
#: The villages SOHR lists as still IS-held in the besieged area after Uqayribat fell (1 Sep).
IS_LAST_VILLAGES = frozenset({"soha", "abu_dali_al_salamiyah", "abu_hubaylat",
                              "abu_hanaya_al_salamiyah", "qulayb_ath_thawr", "akash",
                              "um_meil"})  # fmt: skip
#: The villages SOHR lists as IS-controlled when warplanes struck them in 2017.
IS_STRUCK_2017 = frozenset({"hamada_al_omar", "al_kharijah_al_salamiyah"})
POCKET_SOURCES = (
    "syria_direct-2017-08-22-uqayrbat-pocket",
    "sohr-2017-east-hama-is-villages-airstrikes",
    "sohr-2017-east-hama-is-eight-villages",
    "reuters-2017-09-02-uqayribat",
)
POCKET_NOTE = (
    "region-level: the Uqayrbat pocket east of Salamiya was 'under Islamic State control since "
    "2014' (2,600 km2) until the army's advances that 'began earlier this month' (Syria Direct, "
    "22 Aug 2017; counted to 31 Jul); SOHR names IS-controlled villages round the town from Um "
    "Mayl and Qulayb al-Thawr (15 km west) to Suha and Hamada Omar in 2017; {}; the day each "
    "village fell in Aug - Oct 2017 is not stored"
)


def _km(place: Locality, point: tuple[float, float]) -> float:
    return (((place.lat - point[0]) * 111) ** 2 + ((place.lon - point[1]) * 91) ** 2) ** 0.5


# --- Rahjan, the defence minister's village north-east of Hama -------------------------------
RAHJAN_NOTE = (
    "rebels 'including members of the al-Qaida-linked Nusra Front' stormed 'government-controlled "
    "Rahjan' on 11 Jul 2014 (activists and SOHR via AP); SOHR in late 2017: 'the HTS-held town of "
    "al-Rahjan', 'captured by al-Nusra Front (Hay’at Tahrir al-Sham) in mid-July 2014' (relayed); "
    "IS crossed from the Uqayribat pocket 'to Rahjan area' on 9 Oct 2017 (Qasioun): counted to 8 "
    "Oct; Nusra was Jabhat Fateh al-Sham from Jul 2016 and part of HTS from Jan 2017; other "
    "factions round it not sourced (continuity 2014-2017 inferred)"
)
RAHJAN_SOURCES = ("ap-2014-07-11-rahjan", "sohr-2017-rahjan-30-villages",
                  "qasioun-2017-11-01-is-east-hama")  # fmt: skip

# --- al-Hamamiyat, north-west of Mhardeh -------------------------------------------------------
HAMAMIYAT_NOTE = (
    "al-Hamamiyat and its hills, taken by the National Front for Liberation and Tahrir al-Sham on "
    "Wednesday 10 Jul 2019: 'the first time this particular area has been taken by the opposition "
    "since 2011' (Enab Baladi): government-held before (the days the army's 2019 offensive passed "
    "by it included)"
)


# --- the Ghab villages the army entered on 9 May 2019, and Kafr Nabudah --------------------------
GHAB_MAY_2019 = frozenset({"al_tuwayni", "ash_shariah"})
GHAB_MAY_2019_SOURCES = ("anha-2019-05-09-ghab-villages", "aljazeera-2019-05-09-qalaat-al-madiq",
                         "ap-2019-05-09-kafr-nabuda")  # fmt: skip
TAKEN_9_MAY_NOTE = (
    "entered by the army on 9 May 2019 'following the withdrawal of' HTS, with Qalaat al-Madiq, "
    "Karakat, Tall Hawash, Sheikh Idris and Bab al-Taqa (SOHR via ANHA, SDF-side media; AP and Al "
    "Jazeera date Qalaat al-Madiq's fall to Thursday 9 May); no later loss reported, drawn "
    "government by the autumn-2019 snapshot (continuity inferred)"
)
KAFR_NABUDAH_NOTE = (
    "Kafr Nabudah 'was captured by the Syrian opposition in 2011' and the regime's attempts to "
    "retake it failed until 8 May 2019 (The New Arab; 'a rebel-held village', Al Jazeera); HTS "
    "fighters were present 'along with rebels from Free Syrian Army affiliated groups' (Syria TV "
    "via The New Arab): shared; factions per year not sourced"
)


# --- south-east Idlib by the Hama border after the army's north-east Hama offensive ------------
#: Named by SOHR among the 30+ villages the army retook in its north-east Hama offensive (late
#: 2017): Arafah, Rabda, Qasr Shawi, Tal Mahsar.
RETAKEN_LATE_2017 = frozenset({"arfah", "rabdah", "qasr_ash_shawi", "tall_al_muhasir"})
RETAKEN_LATE_2017_NOTE = (
    "named by SOHR among the more than 30 villages the army retook in its north-east Hama "
    "offensive (late 2017, day not shown; relayed); by Friday 9 Feb 2018 the army held 'the entire "
    "besieged circle within Hama and Aleppo countryside' (SOHR) and Abu al-Duhur airbase to the "
    "north since 20-21 Jan (AFP): counted from 9 Feb 2018; no later loss reported, drawn "
    "government by the autumn-2019 snapshot (continuity inferred)"
)
RETAKEN_LATE_2017_SOURCES = (
    "sohr-2017-rahjan-30-villages",
    "sohr-2018-02-is-hama-aleppo-pocket-ended",
    "afp-2018-01-21-abu-duhur",
)


# --- the Salamiyah - Ithriya road, the government's route to Aleppo ----------------------------
ROAD_TOWNS = frozenset({"ithriya", "sheikh_hilal"})
ROAD_NOTE = (
    "on the Salamiyah - Ithriya - Khanasser road, 'the regime's only supply route into Aleppo "
    "city' (Syria Direct, Feb 2016, when IS cut it for days; Ithriya is its junction); in 2017 "
    "SOHR reports the regime forces fighting IS to 'secure the main road of Aleppo' and 'al-Sheikh "
    "Hilal area', and IS attacks on 'regime-controlled areas' near al-Sa'an and al-Sheikh Helal "
    "'on Ithriyah-Salamiyah road'; in Aug 2017 the highway was 'the last remaining highway from "
    "Damascus to Aleppo under regime control' (Syria Direct); held by the government throughout "
    "(continuity inferred; no loss of the town reported) until IS's last Hama pocket ended (Feb "
    "2018)"
)
ROAD_SOURCES = ("syria_direct-2016-02-24-aleppo-supply-route",
                "sohr-2017-east-hama-is-villages-airstrikes",
                "sohr-2017-is-attack-ithriya-salamiyah-road",
                "syria_direct-2017-08-22-uqayrbat-pocket")  # fmt: skip


def _ids(ids: frozenset[str]):
    return lambda place, _where: place.id in ids


GHAB: tuple[RegionRule, ...] = (
    *(
        RegionRule(f"{block}_before_aug_2016", block, _north_of_hama, (
            Span(START, OFFENSIVE_EVE, "government", BEFORE_OFFENSIVE_SOURCES,
                 BEFORE_OFFENSIVE_NOTE),
        ))
        for block in (HAMA_REGION, NORTH_HAMA)
    ),
    RegionRule("hama_east_of_soran", HAMA_REGION, _east_of_soran, (
        Span(day("2016-10-27"), day("2017-03-20"), "government",
             ("sohr-2016-10-soran-villages", "reuters-2016-soran-retaken",
              "al_arabiya-2016-09-01-soran"), BETWEEN_OFFENSIVES_NOTE),
        Span(day("2017-04-16"), HAMA_REGION_END, "government",
             ("sohr-2017-04-soran-last-town", "rferl-2017-04-16-soran"), AFTER_SORAN_NOTE),
    )),
    RegionRule("hama_salamiyah_northeast", HAMA_REGION, _ids(SALAMIYAH_NE), (
        Span(START, day("2017-10-30"), "government", SALAMIYAH_NE_SOURCES, SALAMIYAH_NE_NOTE),
    )),
    *(
        RegionRule(f"{block}_shelled_sep_2018", block, _ids(SHELLED_SEP_2018), (
            Span(SEP_2018, SNAPSHOT_EVE, "government", SHELLED_SEP_2018_SOURCES,
                 SHELLED_SEP_2018_NOTE),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
    RegionRule("hama_is_last_villages", HAMA_REGION, _ids(IS_LAST_VILLAGES), (
        Span(START, day("2017-09-01"), "isis", POCKET_SOURCES, POCKET_NOTE.format(
             "SOHR lists this village among the 8 still IS-held in the besieged area after "
             "Uqayribat fell on 1 Sep 2017 (Reuters): counted to that day")),
    )),
    RegionRule("hama_is_struck_2017", HAMA_REGION, _ids(IS_STRUCK_2017), (
        Span(START, POCKET_ADVANCE_EVE, "isis", POCKET_SOURCES, POCKET_NOTE.format(
             "this village is one of them")),
    )),
    RegionRule("hama_uqayribat_pocket_ring", HAMA_REGION,
               lambda p, _w: _km(p, UQAYRIBAT) <= POCKET_RING_KM, (
        Span(START, POCKET_ADVANCE_EVE, "isis", POCKET_SOURCES, POCKET_NOTE.format(
             "this place lies within 10.5 km of Uqayribat, IS's stronghold, inside that ring")),
    )),
    RegionRule("hama_uqayribat_is", "fill_uqayribat", _ids(frozenset({"uqayribat"})), (
        Span(START, day("2017-08-31"), "isis", POCKET_SOURCES, POCKET_NOTE.format(
             "Uqayribat itself, IS's stronghold, taken by the army on 1 Sep 2017 (Reuters)")),
    )),
    RegionRule("hama_rahjan", HAMA_REGION, _ids(frozenset({"rahjan"})), (
        Span(START, day("2017-10-08"), "hts", RAHJAN_SOURCES, RAHJAN_NOTE, status="shared",
             with_parties=("opposition",)),
    )),
    *(
        RegionRule(f"{block}_hamamiyat", block, _ids(frozenset({"hamamiyat"})), (
            Span(START, day("2019-07-09"), "government", ("enab_baladi-2019-07-10-hamamiyat",),
                 HAMAMIYAT_NOTE),
            Span(day("2019-07-10"), day("2019-07-10"), "opposition",
                 ("enab_baladi-2019-07-10-hamamiyat",),
                 "taken by the National Front for Liberation and Tahrir al-Sham on Wednesday 10 "
                 "Jul 2019 (Enab Baladi; pro-regime Medina FM said the attack was repelled); the "
                 "army's return is dated only by outlets not accepted as evidence: later days "
                 "stay gaps", status="contested", with_parties=("hts", "government")),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
    *(
        RegionRule(f"{block}_ghab_may_2019", block, _ids(GHAB_MAY_2019), (
            *rebel_alliance(day("2019-05-08"), GHAB_MAY_2019_SOURCES,
                            "Ghab village on the rebel side until the army entered it after HTS "
                            "withdrew on 9 May 2019 (SOHR via ANHA); no change of hands reported "
                            "before (continuity inferred)"),
            Span(day("2019-05-09"), SNAPSHOT_EVE, "government", GHAB_MAY_2019_SOURCES,
                 TAKEN_9_MAY_NOTE),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
    RegionRule("idlib_tall_hwash_may_2019", "fill_idlib_west_2019_undated",
               _ids(frozenset({"tall_hwash"})), (
        Span(day("2019-04-30"), day("2019-05-08"), "hts", GHAB_MAY_2019_SOURCES,
             "on the rebel side, under the HTS-NLF deal of 10 Jan 2019 (as before 30 Apr), until "
             "the army entered it after HTS withdrew on 9 May 2019 (SOHR via ANHA)"),
        Span(day("2019-05-09"), SNAPSHOT_EVE, "government", GHAB_MAY_2019_SOURCES,
             TAKEN_9_MAY_NOTE),
    )),
    RegionRule("hama_kafr_nabudah_named", NAMED_BLOCK, _ids(frozenset({"kafr_nabudah"})), (
        Span(START, day("2019-05-07"), "opposition", ("newarab-2019-05-08-kafr-nabudah",
             "ap-2019-05-09-kafr-nabuda"), KAFR_NABUDAH_NOTE, status="shared",
             with_parties=("hts",)),
    )),
    *(
        RegionRule(f"{block}_retaken_late_2017", block,
                   _ids(RETAKEN_LATE_2017 - PASSED_BY_IS_9_FEB_2018), (
            Span(day("2018-02-09"), SNAPSHOT_EVE, "government", RETAKEN_LATE_2017_SOURCES,
                 RETAKEN_LATE_2017_NOTE),
        ))
        for block in ("fill_idlib_pre_offensive", "fill_idlib_pre_offensive_undated")
    ),
    RegionRule("idlib_abu_dali_2019", "fill_abu_dali", _ids(frozenset({"abu_dali"})), (
        Span(day("2019-01-12"), SNAPSHOT_EVE, "government",
             ("smart-2019-01-12-jarjanaz-shelled-from-abu-dali", "ap-2019-08-23-northern-hama"),
             "government forces shelled Jarjanaz 'from rocket launchers stationed in the village "
             "of Abu Dali' on Saturday 12 Jan 2019 (eyewitnesses via SMART, an opposition "
             "agency); no later loss reported, drawn government by the autumn-2019 snapshot "
             "(continuity inferred); its return to the army after HTS's attack of Oct 2017 is "
             "dated only by government-side accounts (not stored)"),
    )),
    RegionRule("hama_ithriya_road", HAMA_REGION, _ids(ROAD_TOWNS), (
        Span(START, day("2018-02-08"), "government", ROAD_SOURCES, ROAD_NOTE),
    )),
    *(
        RegionRule(f"{block}_jurin", block, _ids(frozenset({"jurin"})), (
            Span(START, SNAPSHOT_EVE, "government", ("syria_direct-2015-10-08-jourin",),
                 "Jurin, the army's base at the edge of the Ghab: the regime forces' 'launching "
                 "point' in Oct 2015, the rebels 'never able to capture' it in their 2015 Ghab "
                 "offensive (Syria Direct); no capture reported since, drawn government by the "
                 "autumn-2019 snapshot (continuity Oct 2015 - Oct 2019 inferred)"),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
    RegionRule("hama_mhardeh_bases_jul_2019", NORTH_HAMA_UNDATED,
               _ids(frozenset({"al_mughayr", "buraydij", "kurnaz"})), (
        Span(day("2019-07-10"), SNAPSHOT_EVE, "government", ("enab_baladi-2019-07-10-hamamiyat",),
             "on 10 Jul 2019 the Hamamiyat hills overlooked 'the Karnaz area', 'a defensive "
             "barrier for the Mahrada area', near 'three Assad regime military bases – the "
             "al-Muhgayr, al-Hamamiyat, and Bureidij bases' (Enab Baladi); no loss reported "
             "after, drawn government by the autumn-2019 snapshot (continuity inferred); the "
             "days of the 2019 offensive before 10 Jul are not dated here"),
    )),
    RegionRule("latakia_kinsabba_outskirts", LATAKIA_FRONT, _ids(KINSABBA_OUTSKIRTS), (
        Span(START, SNAPSHOT_EVE, "government", KINSABBA_SOURCES, KINSABBA_NOTE),
    )),
)  # fmt: skip
