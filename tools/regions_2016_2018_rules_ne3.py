"""Region rules for the north-east and north Aleppo, 2016 - Mar 2020 (issue #15, h-ne3).

Same shape as `tools/regions_2016_2018_rules_ne2020.py`; `tools/regions_2016_2018_rules.py` adds
``NE3`` at the end of ``RULES``, so these answer only the days earlier rules (_jazira*,
_azaz2, _ne2020, ...) leave. Answered: the Brigade 93 base by Ain Issa, the Syrian army's from its
return of 14 Oct 2019 under the SDF-Damascus deal (Middle East Institute, 2 Dec 2019; SOHR via
Al Arabiya, 14 Oct) and through the weeks between the snapshots, when the army reinforced round
Ain Issa (SOHR, Feb 2020); Tell al-Zahra, the hill between al-Zahraa and Mayer, the government's
as those two towns are from the breaking of their siege (Feb 2016); the communications facility
on Jabal Abd al-Aziz, inside the territory the YPG took from IS in May 2015 and held round
al-Hasakah (KurdWatch, ARA News), to the batch's Dec 2018 answer. Sources in
``sources/2016-2019-ne3.toml`` and earlier files. What no dated source reaches stays a gap (see
`geodata/data/control/PERIOD-2016-2024.md`, h-ne3). Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

BETWEEN_DAYS = (day("2019-12-19"), day("2020-03-05"))
SDF_MILITARY = "fill_sdf_military"
AZAZ_GOVERNMENT = "fill_azaz_government"
HASAKAH_DISTRICT = "g2016_hasakah_district"

# --- Brigade 93 by Ain Issa, the army's from 14 Oct 2019 ---------------------------------------
MEI_DEC_2019 = "mei-2019-12-02-syrian-army-northeast-deployments"
ARABIYA_14_OCT = "al_arabiya-2019-10-14-tabqa-ain-issa"
SOHR_FEB_2020 = "sohr-2020-02-ain-issa-regime-reinforcements"
BRIGADE_93_ENTRY_NOTE = (
    "'on Oct. 14, 2019 units of the Syrian army returned to that base [Brigade 93] for the first "
    "time in half a decade as part of a deal between the Syrian Democratic Forces (SDF) and "
    "Damascus' (Middle East Institute, 2 Dec 2019); government forces deployed to Ain Issa, beside "
    "the base, on 14 Oct under the agreement with the Kurdish-led forces (state media and SOHR via "
    "Al Arabiya): the army garrisons the base inside the SDF-held countryside; the snapshot of 23 "
    "Oct draws the ground round it SDF-held"
)
BRIGADE_93_BETWEEN_NOTE = (
    "the army's since it returned to the base on 14 Oct 2019 under the SDF-Damascus deal (Middle "
    "East Institute, 2 Dec 2019: its units on the Ain Issa front since, fighting Turkish and "
    "Turkish-backed forces); regime forces reinforced 'in the vicinity of Ayn Issa' on 23-24 Feb "
    "2020 (SOHR, opposition-aligned monitor): no handover of the base reported between (continuity "
    "inferred); the ground round it stays SDF-held, as both snapshots draw it"
)

# --- Tell al-Zahra, between al-Zahraa and Mayer ------------------------------------------------
NUBL_SOURCES = ("reuters-2016-02-03-nubl-zahraa", "sohr-2016-02-mayer")
TELL_AL_ZAHRA_NOTE = (
    "region-level: the hill 1.7 km east of al-Zahraa and 2.3 km south of Mayer, between the two "
    "places the army and its allies held from the breaking of the Nubl - al-Zahraa siege on 3 Feb "
    "2016 (Reuters) and the capture of Mayer 'next to Nubl and al-Zahraa' (SOHR, Feb 2016); no "
    "later loss reported, drawn government by the autumn-2019 snapshot (continuity inferred; the "
    "hill is not named in a dated report)"
)

# --- the communications facility on Jabal Abd al-Aziz ------------------------------------------
ABD_AL_AZIZ_SOURCES = (
    "kurdwatch-2015-05-22-jabal-abdulaziz",
    "kurdwatch-2015-07-23-hasakah-surroundings",
    "aranews-2016-03-mount-abdulaziz-families-return",
    "afp-2018-12-12-east-of-euphrates",
)
ABD_AL_AZIZ_NOTE = (
    "region-level: the radio tower on Jabal Abd al-Aziz west of al-Hasakah; the YPG 'captured the "
    "Jabal Abdulaziz ... and expelled all Islamic State (IS) fighters' on 20 May 2015 (KurdWatch) "
    "and by 19 Jul 2015 held 'all of the territories surrounding the city of al-Hasakah' "
    "(KurdWatch); in March 2016 displaced families returned to villages near the mountain 'under "
    "the protection' of the YPG, its checkpoints across the area (a YPG officer to ARA News: the "
    "Kurdish side's account); inside the territory the YPG/SDF held in Dec 2018 (AFP): no IS "
    "return to the mountain reported between (continuity inferred)"
)


# --- Idlib, Dec 2019 - Mar 2020: places the daily batch leaves open ------------------------------
DAILY = "daily 2019-20"
OFFENSIVE_PAUSE = day("2019-12-24")  # the day after SOHR's list of 23 Dec (rules_idlib3)
SOHR_23_DEC = "sohr-2019-12-23-31-areas"
HTS_AREA = "newarab-2019-01-10-hts-takes-idlib"
RFERL_26_JAN = "rferl-2020-01-26-maaret-outskirts"
NORTH_OF_MAARAT_IDS = (
    "babila_maarrat_al_numan",
    "al_jaradah",
    "kafr_battikh",
    "dadikh",
    "sheikh_idris",
    "afis",
)
NORTH_OF_MAARAT_NOTE = (
    "region-level: 7 - 30 km north of Maarat al-Numan, between the city and Saraqib; on the "
    "rebels' side when SOHR listed the 31 areas the army had taken in the offensive's first days "
    "(23 Dec 2019); the army reached the outskirts of Maarat al-Numan, from the south and east, "
    "only on 26 Jan 2020 (RFE/RL citing SOHR); held since the HTS-led area of the snapshot of 18 "
    "Dec 2019: continuity inferred to 25 Jan; the day each place fell after that stays as the "
    "batch left it (a gap to its dated report)"
)
KAFR_NABL_WEST_IDS = (
    "al_fatirah",
    "fulayfil",
    "kawkabah",
    "mallajah",
    "sfuhun",
    "zahr_al_kabir",
    "kursaa",
)
KAFR_NABL_WEST_SOURCES = (
    SOHR_23_DEC,
    "sana-2020-02-24-five-villages",
    "newarab-2020-02-25-kafranbel",
    "al_liwaa-2020-02-26-sohr-24-villages",
    HTS_AREA,
)
KAFR_NABL_WEST_NOTE = (
    "region-level: south and west of Kafr Nabl, west of the M5, in the HTS-led area of the "
    "snapshot of 18 Dec 2019 and on the rebels' side in SOHR's list of 23 Dec; the army's push "
    "into southern Jabal al-Zawiya and the Kafr Nabl plain began on Sunday 23 Feb 2020 (al-Sheikh "
    "Damis and Hantutin: SANA, party claim) and took Kafr Nabl on 25 Feb with 18 places round it "
    "in 48 hours (SOHR via The New Arab; SOHR's 24 villages of 26 Feb via Al-Liwaa); no advance "
    "west of the M5 south of Kafr Nabl reported before the push: continuity inferred to 22 Feb; "
    "23 Feb to the batch's day stays a gap"
)
REUTERS_10_FEB = "reuters-2020-02-10-taftanaz-turkish-post"
PROTOCOL = "pa_x-2020-03-05-idlib-additional-protocol"
TAFTANAZ_SOURCES = (SOHR_23_DEC, "janes-2020-02-07-saraqib", HTS_AREA)
TAFTANAZ_NOTE = (
    "region-level: the airbase 12 km north of Saraqib, inside the HTS-led area of both snapshots "
    "(18 Dec 2019, 6 Mar 2020) and on the rebels' side in SOHR's list of 23 Dec; the army entered "
    "Saraqib on 6 Feb 2020 (SANA video, corroborated by SOHR: Janes) and did not reach the "
    "airbase: continuity inferred"
)
TAFTANAZ_TURKEY_NOTE = (
    "a Turkish military post: Syrian government forces attacked 'a Turkish military post in the "
    "Taftanaz area' on Monday 10 Feb 2020, 'where Turkey recently sent forces in response to "
    "advances by Syrian government forces', five Turkish soldiers killed (Turkish officials and "
    "the Turkish Defence Ministry via Reuters); the airbase stays in the HTS-led area, as the "
    "snapshot of 6 Mar draws it: continuity inferred to the ceasefire of 5 Mar; the days before "
    "10 Feb are given without Turkey (the day its forces arrived is not in a stored source)"
)
PRISON_NOTE = (
    "region-level: the central prison by Idlib city, inside the HTS-led area of both snapshots "
    "(18 Dec 2019, 6 Mar 2020) and on the rebels' side in SOHR's list of 23 Dec 2019; the "
    "offensive's front stayed south and east of the city (Saraqib, 6 Feb: Janes), and the "
    "Additional Protocol of 5 Mar 2020 froze the lines: continuity inferred"
)


# --- the Khabur villages south of al-Shaddadi, before IS's attack of 23 Aug 2016 ----------------
MARKADA_OUTSKIRTS_IDS = ("al_shamsani", "hamra", "ziyanat", "kashkash_jabbour", "aazawi")
MARKADA_OUTSKIRTS_SOURCES = (
    "kurdistan24-2016-markadah-besieged",
    "zaiton-2016-08-24-shaddadi-attack",
    "kurdwatch-2016-02-25-shaddadi",
)
MARKADA_OUTSKIRTS_NOTE = (
    "taken by the SDF in spring 2016: 'Our forces managed to liberate the villages of Shamsani, "
    "Hamrah, Zenat and Kashkash on the outskirts of Markadah' (SDF commanders to Kurdistan 24, "
    "about two months after al-Shaddadi's capture of Feb 2016; the day not shown), al-Azzawi lying "
    "between them and al-Shaddadi; on Tuesday 23 Aug 2016 IS attacked 'positions of the Syrian "
    "Democratic Forces around al-Shaddadi' and took Kashkash, Jabbour and 'parts of the village of "
    "al-Azzawi' (Zaiton, opposition magazine): SDF-held to the eve of that attack (continuity "
    "inferred); after it who held each village is not dated (gaps, as the batch left them)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


NE3: tuple[RegionRule, ...] = (
    RegionRule("ne3_brigade_93", SDF_MILITARY, _ids("brigade_93"), (
        Span(day("2019-10-14"), day("2019-10-22"), "government", (MEI_DEC_2019, ARABIYA_14_OCT),
             BRIGADE_93_ENTRY_NOTE),
        Span(BETWEEN_DAYS[0], BETWEEN_DAYS[1], "government", (MEI_DEC_2019, SOHR_FEB_2020),
             BRIGADE_93_BETWEEN_NOTE),
    )),
    RegionRule("ne3_tell_al_zahra", AZAZ_GOVERNMENT, _ids("tell_al_zahra"), (
        Span(day("2016-08-01"), day("2019-10-22"), "government", NUBL_SOURCES, TELL_AL_ZAHRA_NOTE),
    )),
    RegionRule("ne3_jabal_abd_al_aziz", HASAKAH_DISTRICT,
               _ids("communications_facility_al_hasakah"), (
        Span(day("2016-08-01"), day("2018-12-11"), "sdf", ABD_AL_AZIZ_SOURCES, ABD_AL_AZIZ_NOTE),
    )),
    RegionRule("ne3_markada_outskirts_to_22_aug_2016", HASAKAH_DISTRICT,
               _ids(*MARKADA_OUTSKIRTS_IDS), (
        Span(day("2016-08-01"), day("2016-08-22"), "sdf", MARKADA_OUTSKIRTS_SOURCES,
             MARKADA_OUTSKIRTS_NOTE),
    )),
    RegionRule("ne3_north_of_maarat_to_25_jan_2020", DAILY, _ids(*NORTH_OF_MAARAT_IDS), (
        Span(OFFENSIVE_PAUSE, day("2020-01-25"), "hts", (SOHR_23_DEC, RFERL_26_JAN, HTS_AREA),
             NORTH_OF_MAARAT_NOTE),
    )),
    RegionRule("ne3_west_of_kafr_nabl_to_22_feb_2020", DAILY, _ids(*KAFR_NABL_WEST_IDS), (
        Span(OFFENSIVE_PAUSE, day("2020-02-22"), "hts", KAFR_NABL_WEST_SOURCES,
             KAFR_NABL_WEST_NOTE),
    )),
    RegionRule("ne3_taftanaz_airbase", DAILY, _ids("taftanaz_air_base"), (
        Span(OFFENSIVE_PAUSE, day("2020-02-09"), "hts", TAFTANAZ_SOURCES, TAFTANAZ_NOTE),
        Span(day("2020-02-10"), day("2020-03-05"), "hts",
             (REUTERS_10_FEB, "janes-2020-02-07-saraqib", PROTOCOL), TAFTANAZ_TURKEY_NOTE,
             status="shared", with_parties=("turkey",)),
    )),
    RegionRule("ne3_idlib_central_prison", DAILY, _ids("idlib_central_prison"), (
        Span(OFFENSIVE_PAUSE, day("2020-03-05"), "hts",
             (SOHR_23_DEC, "janes-2020-02-07-saraqib", PROTOCOL, HTS_AREA), PRISON_NOTE),
    )),
)  # fmt: skip
