"""Region rules for north and east Aleppo, 2016-2018 (issue #15, h-bab2): IS's hold north of
al-Bab before Euphrates Shield (Aug 2016) and in SOHR's eleven villages (to late Oct 2016), west
of al-Bab and between al-Bab and Manbij before the army's campaign (17 Jan 2017), the strip east
of Deir Hafer the earlier rules left between 37.75 and 37.80 E, the army's advance south of al-Bab
(18-19 Feb 2017) and its band towards al-Khafsa (Mar 2017), the villages north of the Jirah airbase
once it fell (13 May 2017) and three SDF villages west of Manbij.

Sources: ``sources/2016-2019-bab2.toml`` and the batch files. Region-level statements applied
to villages say so in their note. Build-time tooling, not shipped.
"""

from __future__ import annotations

from geodata.control.model import Locality
from tools.regions_2016_2018_model import START, RegionRule, Span, Where
from tools.regions_2016_2018_model import day as _d
from tools.regions_2016_2018_rules_aleppo_shield import km_to

__all__ = ["BAB2"]

ES_BLOCK = "g2016_euphrates_shield"
EAST_BLOCK = "g2016_east_aleppo_government"
EDGES_BLOCK = "g2016_sdf_edges"
EAST_END = _d("2017-06-03")  # from 4 Jun 2017 (Maskanah) the batch stores the government area
DEIR_HAFER = (36.15694, 37.70778)  # localities.csv: deir_hafer
MANBIJ = (36.52815, 37.95495)  # localities.csv: manbij

# --- north of al-Bab before Euphrates Shield (Aug 2016) ----------------------------------------
#: North of al-Bab, east of al-Rai and its crossing (who held them in Aug is not stored), west of
#: 37.70 E (the Manbij pocket's western villages, the SDF's from June, lie further east).
NORTH_OF_BAB_LAT = 36.40
NORTH_WEST_LON, NORTH_EAST_LON = 37.48, 37.70
BEFORE_SHIELD = ("afp-2016-08-14-al-bab-military-council",
                 "ap-2016-09-04-is-loses-last-border-strip",
                 "reuters-2016-09-04-azaz-jarablus-secured",
                 "bbc-2017-02-23-al-bab-near-complete")  # fmt: skip


def _north_of_al_bab(place: Locality, _where: Where) -> bool:
    return (place.admin2 in {"Al-Bab", "Jarabulus"} and place.lat >= NORTH_OF_BAB_LAT
            and NORTH_WEST_LON <= place.lon < NORTH_EAST_LON)  # fmt: skip


#: SOHR's 11 villages the factions took from IS in 48 hours (Shdar, Sosenbat, Tarhin, Arab Jodak,
#: Naaman, Msibin, Sheikh Alwan, Zmikeh ...; 'Shwiha' and 'Yaziji' match two or no gazetteer
#: villages and are left out), about ten weeks into the operation begun on 24 Aug 2016.
SOHR_ELEVEN = {"shedar", "susanbat", "tarhin", "arab_wiran", "naman", "musaybin", "sheikh_alwan",
               "zamikiyah"}  # fmt: skip
SOHR_ELEVEN_NOTE = (
    "named by SOHR among the 11 villages the Euphrates Shield factions took from IS in 48 hours "
    "('Shdar, Shwiha, Sosenbat, Tarhin, Yaziji, Arab Jodak, Naaman, Btahak, Msibin, Sheikh Alwan "
    "and Zmikeh', about 7 km from al-Bab); SOHR's count is of the 'past ten weeks' of the "
    "operation begun on 24 Aug 2016, so the report is of about the start of November (the day "
    "is not shown; counted only to 25 Oct, a week short of ten weeks, less the 48 hours); IS-held "
    "north of al-Bab before the operation (the SDF via AFP, 14 Aug); no change between reported "
    "(continuity inferred); from 26 Oct to the h-bab rule's 13 Nov the day it fell is not stored"
)

# --- the strip east of Deir Hafer (37.75 - 37.80 E) --------------------------------------------
#: West of 37.75 E the h-hama rules answer (IS to 16 Jan 2017), east of 37.80 E the h-east rule
#: (IS to 19 Feb 2017); the strip between them was left to neither.
STRIP_WEST, STRIP_EAST = 37.75, 37.80
KHAFSA_BAND_SOUTH = 36.225  # al-Khafsa's latitude (36.23 N): the army's line of advance
KHAFSA_BAND_NORTH = 36.30  # north of it: Tadef and the Manbij pocket's south (other rules)
JIRAH_SOUTH = 36.06  # the Jirah airbase lies at 36.10 N; south of it IS held on to May
#: North of the airbase's latitude only: between it and Maskanah the army was still taking
#: villages in late May and June (the army: 22 villages near Maskanah), so 36.06-36.10 N is open.
JIRAH_LAT = 36.10
STRIP_SOUTH = 35.80
DEIR_HAFER_AROUND_KM = 10
STRIP_IS = ("chinadaily-2017-03-30-deir-hafer", "reuters-2017-03-29-deir-hafer",
            "reuters-2017-02-21-army-east-of-al-bab",
            "sohr-2017-02-03-bzaah-offensive")  # fmt: skip
KHAFSA_BAND = ("reuters-2017-02-21-army-east-of-al-bab", "reuters-2017-03-07-khafsa",
               "syria_direct-2017-03-08-khafsah")  # fmt: skip
KHAFSA_BAND_EAST = 37.90  # east of it the h-bab rule north of al-Khafsa answers
KHAFSA_BAND_NOTE = (
    "region-level: on the army's line of advance east from south of al-Bab: on 18-19 Feb 2017 it "
    "came 'within 25km of Lake Assad' (SOHR via Reuters) and on Tuesday 7 Mar it reached the "
    "Euphrates at al-Khafsa (36.23 N) after IS withdrew (SOHR via Reuters; Syria Direct); this "
    "place lies at that latitude (36.225-36.30 N) between the two, behind the army's front from 8 "
    "Mar; no IS return reported before Maskanah fell (continuity inferred); before 8 Mar (from 17 "
    "Jan west of 37.80 E, from 20 Feb east of it) the day it changed hands is not stored"
)
AFTER_JIRAH = ("reuters-2017-05-13-jarrah-airport-enclave", "afp-2017-05-13-jarrah-airbase",
               "reuters-2017-03-07-khafsa", "reuters-2017-03-29-deir-hafer")  # fmt: skip


def _strip(place: Locality, where: Where) -> bool:
    return (not where.north and STRIP_SOUTH <= place.lat < KHAFSA_BAND_NORTH
            and STRIP_WEST <= place.lon < STRIP_EAST)  # fmt: skip


def _north_of_jirah(place: Locality, where: Where) -> bool:
    """South of the al-Khafsa band and north of the Jirah airbase, east of Deir Hafer's 10 km."""
    return (not where.north and JIRAH_LAT <= place.lat < KHAFSA_BAND_SOUTH
            and STRIP_WEST <= place.lon < 38.10
            and km_to(place, DEIR_HAFER) > DEIR_HAFER_AROUND_KM)  # fmt: skip


IS_TO_JANUARY = (
    "region-level: east of Deir Hafer, 'a major stronghold' of IS until the army took it on 29 "
    "Mar 2017 (SANA via Xinhua; Reuters), between the places west of 37.75 E held by IS up to the "
    "army's campaign of 17 Jan 2017 (SOHR) and those east of 37.80 E that the army's advance of "
    "18-19 Feb passed (Reuters); IS's hold is inferred from the towns' and the neighbours'; from "
    "17 Jan the day each village fell is not stored"
)
IS_TO_FEBRUARY = (
    "region-level: south of Deir Hafer's latitude, east of the Jabbul lake, between places the "
    "earlier rules answer as IS-held (east of 37.80 E to 19 Feb 2017, when the army's advance "
    "south of al-Bab 'brought it within 25km of Lake Assad', SOHR via Reuters); the army fought "
    "round Deir Hafer into late March (Reuters, 29 Mar); IS's hold is inferred; from 20 Feb the "
    "day each village fell is not stored"
)

# --- west of al-Bab and between al-Bab and Manbij, before the army's campaign (Aug 2016 - Jan 2017)
AL_BAB = (36.37051, 37.5157)  # localities.csv: al_bab
ARIMA = (36.472, 37.722)  # localities.csv: arima
BEFORE_CAMPAIGN = ("sohr-2017-02-03-bzaah-offensive", "bbc-2017-02-23-al-bab-near-complete",
                   "afp-2017-05-13-jarrah-airbase", "arab_weekly-2016-11-13-al-bab",
                   "afp-2017-02-27-army-presses-is-north")  # fmt: skip


WEST_NORTH_LAT = 36.35  # north of it the factions' front neared from the north-west (Nov 2016)
WEST_OF_AL_BAB_NOTE = (
    "region-level: west and south-west of al-Bab (IS-held since early 2014, BBC), between it and "
    "the army's lines east of Aleppo: the army launched its offensive against IS in the east "
    "Aleppo countryside in mid-January 2017 (SOHR via AFP), its operation south and south-west of "
    "al-Bab starting on 17 Jan (SOHR), and took Tadif and 18 towns and villages by 27 Feb (a "
    "military source via AFP); on 13 Nov 2016 the Turkish-backed factions stood 2 km north and "
    "north-west of the town (SOHR via The Arab Weekly); this place lies 36.24-36.40 N, west of "
    "37.45 E, south of their front; IS's hold is inferred from the town's; from 17 Jan the day "
    "it changed hands is not stored"
)


def _west_of_al_bab(place: Locality, _where: Where) -> bool:
    """Al-Bab district west and south-west of the town (36.24-36.40 N, 37.30-37.45 E), more
    than 3 km out; east of 37.45 E the h-hama and h-east rules answer."""
    return (place.admin2 == "Al-Bab" and 36.24 <= place.lat <= 36.40
            and 37.30 <= place.lon < 37.45 and km_to(place, AL_BAB) > 3)  # fmt: skip


def _between_al_bab_and_manbij(place: Locality, where: Where) -> bool:
    """South-west of Manbij (36.30-36.43 N, 37.75-37.85 E), more than 12 km from the city and 8
    km from Arima (the SDF's western front, then the handover strip); east of 37.85 E lie the
    villages the batch has on the SDF side from Mar 2017 (left open)."""
    return (not where.north and 36.30 <= place.lat <= 36.43 and 37.75 <= place.lon < 37.85
            and km_to(place, MANBIJ) > 12 and km_to(place, ARIMA) > 8)  # fmt: skip


# --- south of al-Bab behind the army's advance of 18-19 Feb 2017 ------------------------------
FEB_ADVANCE = ("reuters-2017-02-21-army-east-of-al-bab", "afp-2017-02-27-army-presses-is-north",
               "sohr-2017-02-03-bzaah-offensive")  # fmt: skip
FEB_ADVANCE_NOTE = (
    "region-level: the army, advancing from 17 Jan south and south-west of al-Bab (SOHR), made "
    "'a sudden advance on Saturday and Sunday' (18-19 Feb 2017) as IS retreated after losing "
    "al-Bab: 'The eastwards advance in an area south of al-Bab has extended Syrian army control "
    "across 14 villages and brought it within 25km of Lake Assad' (SOHR via Reuters), i.e. east "
    "of 37.77 E; on 27 Feb it took Tadif and 18 towns and villages (a military source via AFP); "
    "this place lies south of al-Bab and Tadif (36.24-36.30 N, 37.45-37.75 E), west of that "
    "point, behind the army's front; no IS return reported before Deir Hafer fell on 29 Mar "
    "(continuity inferred); 17 Jan - 19 Feb the day it changed hands is not stored"
)
TADIF_SOUTH_NOTE = (
    "region-level: on Monday 27 Feb 2017 the army took Tadif and 18 towns and villages, some 600 "
    "km2, after IS withdrew from al-Bab (a military source via AFP), its advance of 18-19 Feb "
    "having carried it east south of al-Bab to within 25km of Lake Assad (SOHR via Reuters); this "
    "place lies just south-east of Tadif (36.30-36.32 N, 37.56-37.75 E), behind that front; no "
    "IS return reported before Deir Hafer fell on 29 Mar (continuity inferred); 17 Jan - 26 Feb "
    "the day it changed hands is not stored"
)


#: Review h-rev22: named in SANA's list of 25 Feb 2017 (taken from IS in 'less than a week'),
#: which contradicts the 20 Feb answer: answered by ``tools/regions_2016_2018_rules_rev22.py``.
REVIEWED_REV22 = frozenset({"mazburah", "rasm_al_harmal", "al_kitah"})


def _south_of_al_bab(place: Locality, where: Where) -> bool:
    return (not where.north and 36.24 <= place.lat < 36.30 and 37.45 <= place.lon < STRIP_WEST
            and place.id not in REVIEWED_REV22)  # fmt: skip


def _south_east_of_tadif(place: Locality, where: Where) -> bool:
    return not where.north and 36.30 <= place.lat <= 36.32 and 37.56 < place.lon < STRIP_WEST


# --- three villages west of Manbij (the SDF's edge) --------------------------------------------
WEST_OF_MANBIJ = {"battushiyah", "jaqal_kabir", "wuraydah"}
WEST_OF_MANBIJ_SOURCES = ("kdn-2016-11-22-manbij-west-villages", "isw-2016-08-18-manbij",
                          "reuters-2017-03-06-manbij-rural-areas",
                          "defense_post-2018-06-26-manbij-demarcation-line",
                          "afp-2018-12-12-east-of-euphrates")  # fmt: skip

BAB2 = (
    RegionRule("bab2_north_of_al_bab_before_shield", ES_BLOCK, _north_of_al_bab, (
        Span(START, _d("2016-08-23"), "isis", BEFORE_SHIELD,
             "region-level: north of al-Bab, IS-held since early 2014 (BBC), between it and the "
             "Turkish border: on 14 Aug 2016 the SDF named al-Bab IS's 'northern bastion' and "
             "promised to free 'the region around it' (AFP); Euphrates Shield began on 24 Aug and "
             "IS lost 'the last strip of territory it controlled along the Syrian-Turkish border' "
             "only on 4 Sep (AP; Anadolu via Reuters); this place lies east of al-Rai and west of "
             "37.70 E, away from the SDF's Manbij front; IS's hold is inferred from the town's and "
             "the border strip's; from 24 Aug the day it changed hands is not stored"),
    )),
    RegionRule("bab2_sohr_eleven_villages", ES_BLOCK, lambda p, _w: p.id in SOHR_ELEVEN, (
        Span(_d("2016-08-24"), _d("2016-10-25"), "isis", ("sohr-2016-11-al-bab-11-villages",
             "afp-2016-08-14-al-bab-military-council", "arab_weekly-2016-11-13-al-bab"),
             SOHR_ELEVEN_NOTE),
    )),
    RegionRule("bab2_strip_khafsa_band", EAST_BLOCK,
               lambda p, w: _strip(p, w) and p.lat >= KHAFSA_BAND_SOUTH, (
        Span(START, _d("2017-01-16"), "isis", STRIP_IS, IS_TO_JANUARY),
        Span(_d("2017-03-08"), EAST_END, "government", KHAFSA_BAND,
             KHAFSA_BAND_NOTE),
    )),
    RegionRule("bab2_khafsa_band", EAST_BLOCK,
               lambda p, w: not w.north and KHAFSA_BAND_SOUTH <= p.lat < KHAFSA_BAND_NORTH
               and STRIP_EAST <= p.lon < KHAFSA_BAND_EAST, (
        Span(_d("2017-03-08"), EAST_END, "government", KHAFSA_BAND, KHAFSA_BAND_NOTE),
    )),
    RegionRule("bab2_strip_by_deir_hafer", EAST_BLOCK,
               lambda p, w: _strip(p, w) and p.lat >= JIRAH_SOUTH
               and km_to(p, DEIR_HAFER) <= DEIR_HAFER_AROUND_KM, (
        Span(START, _d("2017-01-16"), "isis", STRIP_IS, IS_TO_JANUARY),
        Span(_d("2017-03-29"), EAST_END, "government",
             ("reuters-2017-03-29-deir-hafer", "chinadaily-2017-03-30-deir-hafer"),
             "region-level: within 10 km east of Deir Hafer, which the army took on Wednesday 29 "
             "Mar 2017 after besieging it (Reuters, a Syrian military source); SANA (a party "
             "claim, via Xinhua): 27 towns and villages around it taken and 24 km of the Aleppo - "
             "Raqqa highway secured; no IS return reported before Maskanah fell (continuity "
             "inferred); 17 Jan - 28 Mar the day it changed hands is not stored"),
    )),
    RegionRule("bab2_north_of_jirah", EAST_BLOCK, _north_of_jirah, (
        Span(START, _d("2017-01-16"), "isis", STRIP_IS, IS_TO_JANUARY),
        Span(_d("2017-05-14"), EAST_END, "government", AFTER_JIRAH,
             "region-level: between the army's line to al-Khafsa (7 Mar 2017) and the Jirah "
             "(Jarrah) airbase, which the army took on Saturday 13 May 2017 (Reuters; SOHR via "
             "AFP: 'a number of the surrounding villages' with it), the airbase lying in IS's "
             "'remaining enclave in eastern Aleppo countryside' (Reuters); this place lies north "
             "of the airbase (36.10-36.225 N, east of 37.75 E), behind the army's front once it "
             "fell; no "
             "IS return reported before Maskanah fell (continuity inferred); from the army's "
             "advance (17 Jan west of 37.80 E, 20 Feb east of it) to 13 May the day it changed "
             "hands is not stored"),
    )),
    RegionRule("bab2_strip_south", EAST_BLOCK,
               lambda p, w: _strip(p, w) and p.lat < JIRAH_SOUTH, (
        Span(START, _d("2017-02-19"), "isis", STRIP_IS, IS_TO_FEBRUARY),
    )),
    RegionRule("bab2_west_of_al_bab_before_january", EAST_BLOCK,
               lambda p, w: _west_of_al_bab(p, w) and p.lat <= WEST_NORTH_LAT, (
        Span(START, _d("2017-01-16"), "isis", BEFORE_CAMPAIGN, WEST_OF_AL_BAB_NOTE),
    )),
    RegionRule("bab2_west_of_al_bab_before_november", EAST_BLOCK, _west_of_al_bab, (
        Span(START, _d("2016-11-12"), "isis", BEFORE_CAMPAIGN,
             WEST_OF_AL_BAB_NOTE.replace("from 17 Jan", "north of 36.35 N, where the factions "
                                         "came from the north-west, from 13 Nov 2016")),
    )),
    RegionRule("bab2_between_al_bab_and_manbij", EAST_BLOCK, _between_al_bab_and_manbij, (
        Span(START, _d("2017-01-16"), "isis", (*BEFORE_CAMPAIGN,
             "reuters-2017-03-02-manbij-villages-handover"),
             "region-level: between IS-held al-Bab and the Manbij pocket, where on 13 Nov 2016 "
             "'the only route left open' to IS in al-Bab was the road to Raqqa through Deir Hafer "
             "(SOHR via The Arab Weekly) and on 27 Feb 2017 IS abandoned some 23 villages near "
             "Manbij that the army moved into (SOHR via AFP); this place lies south-west of "
             "Manbij, more than 12 km from the city and 8 km from Arima; IS's hold is inferred up "
             "to the army's campaign south of al-Bab from 17 Jan 2017 (SOHR); from then the day "
             "it changed hands is not stored"),
    )),
    RegionRule("bab2_south_of_al_bab_feb_2017", EAST_BLOCK, _south_of_al_bab, (
        Span(_d("2017-02-20"), _d("2017-03-28"), "government", FEB_ADVANCE, FEB_ADVANCE_NOTE),
    )),
    RegionRule("bab2_south_east_of_tadif_feb_2017", EAST_BLOCK, _south_east_of_tadif, (
        Span(_d("2017-02-27"), _d("2017-03-28"), "government", FEB_ADVANCE, TADIF_SOUTH_NOTE),
    )),
    RegionRule("bab2_west_of_manbij_villages", EDGES_BLOCK,
               lambda p, _w: p.id in WEST_OF_MANBIJ, (
        Span(_d("2016-11-22"), _d("2017-03-01"), "sdf", WEST_OF_MANBIJ_SOURCES,
             "region-level, on party claims: 15-18 km west of Manbij, east of Elan (Ilan), "
             "Sunbule and Wiran, the villages about 25 km west of the city that the Manbij "
             "Military Council's fighters were defending on 22 Nov 2016 against the Turkish-backed "
             "rebels (Kurdish Daily News, the SDF side), between them and the city (the SDF's "
             "since 12 Aug, ISW); no change reported before the council's handover of the "
             "front-line villages at Arima, within 8 km of this place (continuity inferred); from "
             "2 Mar 2017 to Dec 2018 a gap (the government's Arima strip or the SDF's: not "
             "sourced per village), before 22 Nov 2016 a gap"),
    )),
)  # fmt: skip
