"""Region rules for the Euphrates valley's stored gaps of 2016-2018 (issue #15, h-euph).

They come after the rules of `tools/regions_2016_2018_rules.py` in ``RULES``: a place those
rules already answer keeps their answers, and these fill only the days left (the tool lets every
matching rule answer the days the earlier ones leave). Sources: ``sources/2016-2018-euphrates.toml``
and the batch files. "North" is the Euphrates' left (Jazira) bank: `tools.regions_2016_2018.
Geography` takes it from Syria's outline cut along the river, so the east bank of the river's
north-south stretch (al-Jarniyah, the Tishrin dam's east bank) counts as north. Build-time tooling.
"""

from __future__ import annotations

from datetime import date

from geodata.control.model import Locality
from tools.fill_2016_2019_rules import Span
from tools.regions_2016_2018_model import RegionRule, Where

START = date(2016, 8, 1)
RAQQA_FALLS = date(2017, 10, 16)  # the Raqqa block's gap ends here: SDF from 17 Oct 2017
BEFORE_AFP_2018 = date(2018, 12, 11)  # the SDF-edge block's gap ends here (AFP, 12 Dec 2018)


def _d(text: str) -> date:
    return date.fromisoformat(text)


# --- Raqqa governorate: the phases of Wrath of Euphrates (Nov 2016 - Jun 2017) ---------------
PHASE_TWO = ("ypg-2017-01-16-raqqa-phase-two", "rudaw-2017-02-04-raqqa-third-phase")
PHASE_THREE = ("ypg-2017-02-04-raqqa-phase-three", "rudaw-2017-02-04-raqqa-third-phase")
ROAD_CUT = ("syria_direct-2017-03-06-raqqa-last-lifeline", "reuters-2017-03-06-raqqa-deir-road-cut",
            "ap-2017-04-13-raqqa-fourth-stage", "ap-2017-06-06-raqqa-battle")  # fmt: skip
#: Named by Rudaw (4 Feb 2017) among the second phase's gains on the northern bank: Suweydiya
#: al-Kabirah, and the villages named after Qalat Jabar (the citadel is not a tracked place).
NORTH_SHORE_NAMED = {"suwaydiya_al_kabirah", "jabar_gharbi", "jabar_sharqi", "mazraat_jabar"}
#: The western countryside: north bank, west of the band AP's 'surrounded' rule starts at.
WEST_OF = 38.55
#: Kept clear of the Tishrin dam's east bank, SDF-held since Dec 2015 (Kurdistan 24).
WEST_SOUTH_OF = 36.25
#: The eastern countryside: east of the band the batch's 'surrounded from the east' rule covers.
EAST_OF = 39.30
#: South of this the Raqqa - Deir ez-Zor road and the riverside villages (the road was cut on 6
#: Mar 2017, the riverside villages' days are not stored).
EAST_ROAD_LAT = 35.95


def _west(place: Locality, where: Where) -> bool:
    return where.north and place.lon < WEST_OF


def _east(place: Locality, where: Where) -> bool:
    return where.north and place.lon > EAST_OF


RAQQA = (
    RegionRule("euph_raqqa_north_shore_named", "g2016_raqqa_sdf",
               # al-Suwaydiya al-Kabira: rules_rev10 (IS held it for hours on 24 - 25 Feb 2017)
               lambda p, _w: p.id in NORTH_SHORE_NAMED - {"suwaydiya_al_kabirah"}, (
        Span(_d("2017-02-04"), _d("2017-06-05"), "sdf", PHASE_TWO,
             "taken in the SDF's second phase (10 Dec 2016 - Jan 2017): Rudaw (4 Feb 2017) names "
             "'the historic Qalat Jabar and the large town of Suweydiya al-Kabirah, on the "
             "northern bank of the Euphrates' among its gains, the SDF's statement of 16 Jan the "
             "Ja'bar Castle (the villages named after it are taken as the castle's); held from "
             "the report's day at the latest (the day each village fell is not stored)"),
    )),
    RegionRule("euph_raqqa_west_before_phase_two", "g2016_raqqa_sdf",
               lambda p, w: _west(p, w) and p.lat < WEST_SOUTH_OF, (
        Span(START, _d("2016-12-09"), "isis", PHASE_TWO,
             "region-level: the western countryside north of Lake Assad, which the SDF's second "
             "phase, launched on 10 Dec 2016 'with the goal of reaching the strategic al-Tabqa "
             "Dam' (Rudaw), took from IS ('civilians from western Raqqa countryside were "
             "liberated', SDF statement of 16 Jan 2017, party claim); IS's hold before is "
             "inferred (no other party reported there); from 10 Dec the day each place fell is "
             "not stored (the SDF said on 4 Feb it was still clearing 'what remained')"),
    )),
    RegionRule("euph_raqqa_west_surrounded", "g2016_raqqa_sdf",
               lambda p, w: _west(p, w) and p.lat < 36.30, (
        Span(_d("2017-06-06"), RAQQA_FALLS, "sdf", ("ap-2017-06-06-raqqa-battle",
             "channel4-2017-10-17-raqqa"),
             "region-level: north of Lake Assad, west of Raqqa: when the SDF began its assault "
             "on the city on 6 Jun 2017 it had the city 'surrounded from the east, north and "
             "west' (SDF spokesman via AP), this place behind its lines; as the batch's rule for "
             "38.30-38.55 E, here for the places a meridian test had put south of the river"),
    )),
    RegionRule("euph_raqqa_east_before_phase_three", "g2016_raqqa_sdf", _east, (
        Span(START, _d("2017-02-03"), "isis", PHASE_THREE,
             "region-level: the eastern countryside of Raqqa, which the SDF's third phase, "
             "announced on 4 Feb 2017, set out to take from IS ('liberating the eastern "
             "countryside of the city', SDF statement, party claim; 'clearing territory east of "
             "the city', Rudaw); IS's hold before is inferred (the SDF's lines lay north, at "
             "Suluk); from 4 Feb the day each place fell is not stored"),
    )),
    RegionRule("euph_raqqa_east_behind_the_road_cut", "g2016_raqqa_sdf",
               lambda p, w: _east(p, w) and p.lat >= EAST_ROAD_LAT, (
        Span(_d("2017-03-06"), RAQQA_FALLS, "sdf", ROAD_CUT,
             "region-level: on Monday 6 Mar 2017 the SDF 'advanced south from their positions in "
             "the sparsely populated eastern Raqqa countryside' and cut the Raqqa - Deir ez-Zor "
             "road (Syria Direct; Reuters: 'all land routes out of Raqqa are now cut', a Kurdish "
             "source and SOHR); on 13 Apr its closest position was 8 km north-east of the city "
             "(AP) and on 6 Jun it had the city surrounded from the east (AP); this place lies "
             "north of the road (north of 35.95 N), behind that advance; held from 6 Mar at the "
             "latest, not sourced per village; no IS recapture reported"),
    )),
    RegionRule("euph_raqqa_hurriya", "g2016_raqqa_sdf", lambda p, _w: p.id == "al_hurriya", (
        Span(_d("2016-11-11"), _d("2017-06-05"), "sdf", ("aranews-2016-11-fifty-villages",),
             "military sources told ARA News on Friday 11 Nov 2016 that the SDF 'had also "
             "captured the town of al-Hurriya' in the campaign's first week; no IS return "
             "reported until the SDF had Raqqa surrounded (6 Jun 2017, AP: the batch's rule "
             "from then; continuity inferred)"),
    )),
    RegionRule("euph_raqqa_haysha", "g2016_raqqa_sdf", lambda p, _w: p.id == "al_hishah", (
        Span(_d("2016-11-07"), _d("2016-11-11"), "isis", ("aranews-2016-11-raqqa-first-gains",
             "aranews-2016-11-fifty-villages"),
             "Haysha, about 40 km north of Raqqa: besieged by the SDF on Monday 7 Nov 2016 (ARA "
             "News); on Friday 11 Nov 'ISIS is only present in Haysha, which is besieged by our "
             "forces' (an SDF field commander to ARA News); the day it fell is not stored",
             status="contested", with_parties=("sdf",)),
    )),
    RegionRule("euph_raqqa_safsafah", "g2016_raqqa_sdf", lambda p, _w: p.id == "al_safsafah", (
        Span(_d("2017-04-06"), _d("2017-05-09"), "sdf",
             ("syria_direct-2017-04-06-tabqa-encircled",),
             "the SDF captured 'the village of a-Safsafah, six kilometers east of Tabqa city' on "
             "Thursday 6 Apr 2017 after 36 hours of fighting, completing Tabqa's encirclement (an "
             "SDF spokesman to Syria Direct; party-side claim); before, from 22 Mar, a gap"),
    )),
)  # fmt: skip

# --- the first ten days, the west after phase two, the east before phase three (h-jazira) -----
#: The strip the SDF's first ten days took between its start lines at Ain Issa and Suluk: the
#: villages its statement names lie at 36.27-36.37 N, 38.95-39.25 E (El-Leqta, Xelef El-Beg ...).
FIRST_TEN_DAYS_LAT = 36.27
AIN_ISSA_LAT = 36.385  # north of it the batch's Ain Issa rule answers
TABQA_DAM = (35.85, 38.576)  # localities.csv: tabqa_dam
#: IS's last ground in the west on 4 Feb 2017 lay 'a few kilometres' from the dam (Rudaw).
DAM_CLEAR_KM = 10
#: East of Raqqa by the river, IS-held until the third phase (Molîhan, at 36.07 N, was the SDF's
#: line on 4 Feb 2017, ANHA): places north of this are left out.
EAST_RIVER_LAT = 36.0
#: The army's south-western Raqqa desert (SOHR, Jul 2017); east of it, round Maadan, IS
#: counter-attacked in Aug 2017.
RAQQA_DESERT_WEST_OF = 38.90
SOUTH_BANK_CLOSED = ("rudaw-2017-06-29-kasrat-afnan", "reuters-2017-06-29-raqqa-encircled",
                     "afp-2017-06-29-raqqa-south-bank")  # fmt: skip

PHASES = (
    RegionRule("euph_raqqa_first_ten_days", "g2016_raqqa_sdf",
               lambda p, w: w.north and FIRST_TEN_DAYS_LAT <= p.lat < AIN_ISSA_LAT
               and 38.90 <= p.lon <= 39.25, (
        Span(_d("2016-11-16"), RAQQA_FALLS, "sdf", ("anf-2016-11-wrath-of-euphrates-ten-days",
             "aranews-2016-11-fifty-villages", "ap-2017-06-06-raqqa-battle"),
             "region-level: the SDF's statement on the campaign's first ten days (about 15 Nov "
             "2016, party claim via ANF): the area between its start lines at Ain Issa and Suluk, "
             "'12 km wide, 46 km long and 550 km2', 'was liberated entirely', 34 villages named; "
             "military sources told ARA News on 11 Nov that the SDF had expelled IS from more "
             "than 50 villages and farms, IS 'only present in Haysha'; this place lies in that "
             "strip (36.27-36.385 N, 38.90-39.25 E, where the named villages lie); held from 16 "
             "Nov at the latest; no IS return reported until Raqqa fell (AP: the city surrounded "
             "from the north on 6 Jun 2017; continuity inferred)"),
    )),
    RegionRule("euph_raqqa_west_after_phase_two", "g2016_raqqa_sdf",
               lambda p, w: _west(p, w) and p.lat < AIN_ISSA_LAT
               and _km(p, TABQA_DAM) >= DAM_CLEAR_KM, (
        Span(_d("2017-02-04"), RAQQA_FALLS, "sdf", (*PHASE_TWO, "ypg-2017-02-04-raqqa-phase-three"),
             "region-level: the western countryside north of Lake Assad: the SDF's second phase "
             "(10 Dec 2016 - 16 Jan 2017) took 2,480 km2 and 197 villages with the Ja'bar castle "
             "(SDF statement, party claim); by 4 Feb 2017 its 'two fronts met northwest of Raqqa "
             "in early January and are now just a few kilometres from the dam' (Rudaw), the SDF "
             "still clearing 'what remained' there; this place lies 10 km or more from the Tabqa "
             "dam, behind that front; held from 4 Feb at the latest (the day each village fell "
             "is not stored); no IS return reported until Raqqa fell (continuity inferred)"),
    )),
    RegionRule("euph_raqqa_between_ain_issa_and_the_west", "g2016_raqqa_sdf",
               lambda p, w: w.north and 36.22 <= p.lat < AIN_ISSA_LAT
               and WEST_OF <= p.lon < 38.90, (
        Span(_d("2017-02-04"), _d("2017-06-05"), "sdf", (*PHASE_TWO, "ap-2017-06-06-raqqa-battle"),
             "region-level: south-west of Ain Issa, between the SDF's start line there and the "
             "western front of its second phase (10 Dec 2016 - 16 Jan 2017: 'the city of Raqqa "
             "is now isolated from west and northern axis', SDF statement, party claim); by 4 "
             "Feb 2017 'The two SDF fronts met northwest of Raqqa in early January' (Rudaw); this "
             "place lies north of 36.22 N (north of Tall al-Siman), west of 38.90 E; held from 4 "
             "Feb at the latest (the day each village fell is not stored); from 6 Jun the "
             "batch's 'surrounded' rule (AP)"),
    )),
    RegionRule("euph_raqqa_east_by_the_river", "g2016_raqqa_sdf",
               lambda p, w: w.north and 39.2 < p.lon <= EAST_OF and p.lat < EAST_RIVER_LAT, (
        Span(START, _d("2017-02-03"), "isis", PHASE_THREE,
             "region-level: the eastern countryside of Raqqa by the river, which the SDF's third "
             "phase, announced on 4 Feb 2017, set out to take from IS (SDF statement, party "
             "claim; Rudaw); IS's hold before is inferred (the SDF's lines lay north); from 4 Feb "
             "the day each place fell is not stored"),
    )),
    RegionRule("euph_raqqa_ajil_by_the_airbase", "g2016_raqqa_sdf",
               lambda p, _w: p.id == "al_ajil_nus_qirbi", (
        Span(_d("2017-03-26"), RAQQA_FALLS, "sdf", ("upi-2017-03-27-tabqa-airbase",
             "bbc-2017-05-10-tabqa"),
             "with the Tabqa airbase on Sunday 26 Mar 2017 'The SDF also freed the desert "
             "villages of Abu Rashid and al-Ajil, which are near the airbase' (SDF statement via "
             "UPI); this is the gazetteer's al-Ajil 6 km west of the airbase (no other al-Ajil "
             "near it); Tabqa fell on 10 May (BBC); no IS return reported until Raqqa fell "
             "(continuity inferred)"),
    )),
    RegionRule("euph_raqqa_baath_dam", "g2016_raqqa_sdf", lambda p, _w: p.id == "baath_dam", (
        Span(START, _d("2017-06-03"), "isis", ("reuters-2017-06-04-baath-dam",
             "ap-2017-04-13-raqqa-fourth-stage"),
             "IS-held: the SDF 'seized a major dam on the Euphrates river from Islamic State' on "
             "4 Jun 2017 (Reuters); 'the countryside south of Raqqa is still under IS control' "
             "on 13 Apr (AP); IS's hold before is inferred (no other party reported there)"),
        Span(_d("2017-06-04"), RAQQA_FALLS, "sdf", ("reuters-2017-06-04-baath-dam",
             "rudaw-2017-06-29-kasrat-afnan"),
             "the SDF said it captured the Baath Dam on the morning of Sunday 4 Jun 2017: 'The "
             "dam has been completely liberated' (YPG spokesman via Reuters, party claim); the "
             "south bank in its hands by 29 Jun (Rudaw)"),
    )),
    RegionRule("euph_raqqa_south_bank_closed", "g2016_raqqa_sdf",
               lambda p, w: not w.north and 38.60 <= p.lon <= 39.15 and p.lat >= 35.80, (
        Span(_d("2017-06-29"), RAQQA_FALLS, "sdf", SOUTH_BANK_CLOSED,
             "region-level: on 29 Jun 2017 the SDF took Kasrat Afnan and Kasab on the south bank "
             "and 'completely encircled' Raqqa (SOHR via AFP and Reuters); 'The SDF now have "
             "full control of the south bank of the Euphrates' (Rudaw); this place lies on the "
             "south bank between the Tabqa and Raqqa rings, within about 10 km of the river "
             "(north of 35.80 N); the day it fell before is not stored"),
    )),
    RegionRule("euph_raqqa_desert_southwest", "fill_raqqa_desert",
               lambda p, w: not w.north and p.lon < RAQQA_DESERT_WEST_OF, (
        Span(_d("2017-07-31"), _d("2017-11-18"), "government",
             ("sohr-2017-07-raqqa-southwest-countryside", "sohr-2017-06-19-resafa",
              "rferl-2017-11-19-albu-kamal"),
             "region-level: the army and its allies 'managed to take control of the southwestern "
             "countryside of Al-Raqqah' (SOHR, late July 2017, day not shown: counted from 31 "
             "Jul), having taken al-Resafa on 18-19 Jun (SOHR); this place lies south of the "
             "Euphrates west of 38.90 E in the desert the army took from 6 Jun, on its side of "
             "the line with the SDF (drawn government by the later snapshots); no IS return "
             "reported there (its counter-attack of Aug 2017 was round Maadan, further east; "
             "continuity inferred); from 6 Jun to July the day each place changed hands is not "
             "stored"),
    )),
)  # fmt: skip

# --- the SDF-edge villages east of Kobani ----------------------------------------------------
#: The SDF-edge places of Ayn al-Arab district on the Jazira bank (the others of the district in
#: that block lie west of the river, in the Manbij pocket, whatever their admin2 says).
KOBANI_EDGE = {"marzah_al_dawoud", "keikane", "kawran"}
KOBANI_SOURCES = ("anf-2016-11-06-sdf-raqqa-statement", "ap-2017-04-28-us-border-deployment",
                  "daily_sabah-2018-11-06-us-patrols", "afp-2018-12-12-east-of-euphrates",
                  "defensepost-2019-10-16-kobani")  # fmt: skip

KOBANI = (
    RegionRule("euph_kobani_edge", "g2016_sdf_edges",
               lambda p, w: w.north and p.id in KOBANI_EDGE, (
        Span(START, BEFORE_AFP_2018, "sdf", KOBANI_SOURCES,
             "region-level, as Kobani and its district's villages east of the Euphrates: "
             "SDF-held since IS's defeat there in 2015 (Defense Post, 2019); the SDF's own "
             "statement of 6 Nov 2016 (ANF, party media); US patrols along the border 'from the "
             "Iraqi border to areas past Darbasiyah' (AP, Apr 2017) and in Kobani, 'controlled "
             "by the SDF' (Daily Sabah, 6 Nov 2018, Turkish pro-government daily); no IS, "
             "government or Turkish advance into the Kobani countryside reported between "
             "(continuity inferred)"),
    )),
)  # fmt: skip

# --- the Tishrin dam's east bank: SDF since Dec 2015 -----------------------------------------
TISHRIN_DAM = (36.38139, 38.18333)  # localities.csv: tishrin_dam
TISHRIN_EAST_KM = 10
TISHRIN_SOURCES = (
    "rudaw-2015-12-27-tishreen-dam", "afp-2015-12-26-tishreen-dam",
    "reuters-2016-06-10-manbij-encircled", "afp-2018-12-12-east-of-euphrates",
)  # fmt: skip


def _km(place: Locality, point: tuple[float, float]) -> float:
    return (((place.lat - point[0]) * 111) ** 2 + ((place.lon - point[1]) * 90) ** 2) ** 0.5


TISHRIN = (
    RegionRule("euph_tishrin_east_bank", "g2016_sdf_edges",
               lambda p, w: w.north and _km(p, TISHRIN_DAM) <= TISHRIN_EAST_KM, (
        Span(START, BEFORE_AFP_2018, "sdf", TISHRIN_SOURCES,
             "region-level: the SDF took the Tishrin dam 'as well as seven villages along the "
             "river's eastern bank' on 26 Dec 2015 (AFP) and SOHR said 'eastern Euphrates is now "
             "cleared of ISIS', the battles being 'on the western bank' (Rudaw); it advanced on "
             "Manbij from the dam in June 2016 (Reuters); this place lies on the east bank within "
             "10 km of the dam (the gazetteer files several of these under Manbij district); no "
             "IS return reported (continuity inferred) until the Dec 2018 reports (AFP)"),
    )),
)  # fmt: skip

# --- Deir ez-Zor's east bank in the SDF's 'Jazira Storm' (9 Sep - 30 Dec 2017) ----------------
SUWAR = (35.506, 40.656)  # localities.csv: al_suwar
SUWAR_KM = 4
#: The north bank upstream of Deir ez-Zor city (35.34 N, 40.14 E): the SDF's 'western countryside'.
DEIR_WEST_OF = 40.10
DEIR_CITY_LAT = 35.34

DEIR = (
    RegionRule("euph_deir_suwar", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: _km(p, SUWAR) <= SUWAR_KM, (
        Span(_d("2017-09-09"), _d("2017-09-27"), "isis", ("rudaw-2017-09-09-jazira-storm",
             "ypg-2017-09-28-suwar"),
             "region-level: the Suwar area on the lower Khabur, among the 'ISIS-held areas' the "
             "SDF set out to take 'along the Khabur River valley' on 9 Sep 2017 (Rudaw) until the "
             "SDF said it had 'fully liberated' it (28 Sep)"),
        Span(_d("2017-09-28"), _d("2017-12-30"), "sdf", ("ypg-2017-09-28-suwar",
             "sohr-2017-12-east-bank-last-villages"),
             "region-level: 'the Suwar region and Sed village have been fully liberated from "
             "Daesh' (SDF General Command, 28 Sep 2017; the party's own claim); this place lies "
             "within 4 km of al-Suwar; in December IS's last 17 places on the east bank all lay "
             "further south (SOHR); no IS return reported in between (continuity inferred)"),
    )),
    RegionRule("euph_deir_western_countryside", "g2016_deir_ez_zor_east_bank",
               lambda p, w: w.north and p.lon < DEIR_WEST_OF and p.lat > DEIR_CITY_LAT, (
        Span(_d("2017-10-31"), _d("2017-12-30"), "sdf",
             ("sdf_command-2017-10-deir-western-countryside",
              "sohr-2017-12-east-bank-last-villages"),
             "region-level: the SDF said in Oct 2017 (day not shown: counted from 31 Oct) that "
             "it had taken 'the last bastion stronghold in the western countryside of Deir "
             "al-Zour' north of the river, its lines meeting the government's near the city (the "
             "party's own claim); this place lies on the north bank west of 40.10 E, upstream of "
             "the city and of the government's crossing east of it; in December IS's last 17 "
             "places on the east bank all lay far to the south-east (SOHR)"),
    )),
    # rev14: corrected; the SDF's March 2017 line "from al-Kubr" (Al-Monitor) did not hold the
    # village: it was taken in the Jazira Storm campaign, on 25 Sep (Step News) or by 2-3 Oct
    # (Deir Ezzor 24), fought over on 28 Sep (SDF General Command)
    RegionRule("euph_deir_kubar", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id == "al_kubar", (
        Span(_d("2017-09-09"), _d("2017-09-24"), "isis", ("step-2017-09-26-kubar",
             "rudaw-2017-09-09-jazira-storm"),
             "al-Kubar, in the western Deir ez-Zor countryside: IS-held when the SDF launched "
             "Jazira Storm on 9 Sep 2017 against the IS-held areas north and east of the river "
             "(Rudaw); the SDF took it on the evening of 25 Sep (Step News, 26 Sep); IS's hold "
             "to then is inferred (continuity inferred; rev14: the earlier SDF answer from 9 Sep "
             "rested on Al-Monitor's March 2017 line 'from al-Kubr village', which these dated "
             "reports contradict)"),
        Span(_d("2017-09-25"), _d("2017-10-02"), "sdf", ("step-2017-09-26-kubar",
             "ypg-2017-09-28-suwar", "deirezzor24-2017-10-03-kasra"),
             "fought over, sources disagree on the day: Step News has the SDF take al-Kubar on "
             "the evening of 25 Sep 2017; the SDF General Command's statement of 28 Sep has five "
             "of its fighters killed resisting an IS suicide attack 'in the village of Kebir', "
             "its forces 'continue to progress' there (party claim); Deir Ezzor 24 (3 Oct) has "
             "al-Kubar and al-Harmushiyah taken 'less than 24 hours' before al-Kasra fell that "
             "day",
             status="contested", with_parties=("isis",)),
        Span(_d("2017-10-03"), _d("2017-12-30"), "sdf", ("deirezzor24-2017-10-03-kasra",
             "sohr-2017-12-east-bank-last-villages"),
             "the SDF's by 3 Oct 2017 on every report (Deir Ezzor 24: taken 'less than 24 "
             "hours' before al-Kasra fell on 3 Oct; Step News: on 25 Sep); in December IS's "
             "last 17 places on the east bank all lay far to the south-east (SOHR; continuity "
             "inferred); the batch's IS row to 8 Sep 2017 stands"),
    )),
)  # fmt: skip

# --- the Manbij - al-Bab line: the villages the rebels took from the SDF on 1 Mar 2017 ---------
# review h-rev58: 1 Mar fought over (the council's counter-attack that night, SOHR), 2 Mar the
# council's fought over (it repelled an attack on Tall Turin's edges, via al-Hal); 3 - 8 Mar a gap
# (hand rows) and the army's from 9 Mar (rev58_tall_turin_qara_mar_jun_2017), out of ea_arima_strip
SOHR_TURIN_REGAINED = "sohr-2017-03-tal-turin-qara-regained"
AL_HAL_2_MAR_2017 = "al_hal-2017-03-02-jablat-al-hamra-tal-turin"
MANBIJ_AL_BAB = (
    RegionRule("euph_tal_turin_qara", "g2016_east_aleppo_government",
               lambda p, _w: p.id in {"tall_turin", "qarah_al_bab"}, (
        Span(_d("2017-03-01"), _d("2017-03-01"), "sna",
             ("afp-2017-03-01-tal-turin-qara", SOHR_TURIN_REGAINED),
             "fought over: the Turkish-backed rebels advancing east from al-Bab 'into territory "
             "controlled by the Syrian Democratic Forces' 'captured the villages of Tal Turin and "
             "Qara' on 1 Mar 2017 (a rebel faction's statement via AFP; SOHR confirmed; the Manbij "
             "Military Council said 'the clashes are ongoing'); SOHR has the council regain both "
             "by 'a counter attack within the last hours of yesterday night', 'hours after' the "
             "capture (no day on the copy; the night after 1 Mar). Review h-rev58: was the "
             "factions' 1 - 2 Mar without a contest",
             status="contested", with_parties=("sdf",)),
        Span(_d("2017-03-02"), _d("2017-03-02"), "sdf",
             (SOHR_TURIN_REGAINED, AL_HAL_2_MAR_2017, "afp-2017-03-01-tal-turin-qara"),
             "the Manbij Military Council's (the SDF's), fought over: SOHR has the council regain "
             "Tal Turin and Qara by a counter-attack in the night, 'hours after' the factions took "
             "them on 1 Mar (AFP), six faction fighters killed and a tank taken; on Thursday 2 Mar "
             "SOHR had the clashes go on 'for the second day running', 'concentrated in the area "
             "of Jablat al-Hamra and its surroundings and the area of Tall Turin', and the council "
             "said it repelled an attack 'on the edges of the village of Tall Turin' (its claim; "
             "al-Hal, translated); Qara, 1.7 km east, is taken with Tall Turin (region-level). "
             "Review h-rev58: was the factions'",
             status="contested", with_parties=("sna",)),
    )),
)  # fmt: skip

EUPHRATES: tuple[RegionRule, ...] = (*RAQQA, *PHASES, *KOBANI, *TISHRIN, *DEIR, *MANBIJ_AL_BAB)
