"""Region rules for Hasakah district's south and the north-western Deir ez-Zor desert (issue #15,
h-hasak): the desert villages between Jarwan, Muqman and Abu Khashab, behind the SDF's lines
since its Wrath of Euphrates push of Feb - Mar 2017, during Jazira Storm (9 Sep - 30 Oct 2017);
Abu Fas, the SDF's staging village of 9 Sep 2017 (Reuters); two villages between Tall al-Shayer
and al-Dashisha, IS's until the SDF's Dashisha operation reached them (5 - 17 Jun 2018); and the
Tall Safuq border post on the two days the reports differ on (21 - 22 Jun 2018).

Same shape as `tools/regions_2016_2018_rules_deir5.py`; `tools/regions_2016_2018_rules.py` adds
``HASAK`` at the end of ``RULES``, so these answer only the days earlier rules leave. Sources in
``sources/2016-2019-hasak.toml`` and the earlier batch files. Days no dated report reaches stay
gaps. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["HASAK"]

EAST_BANK_BLOCK = "g2016_deir_ez_zor_east_bank"
HASAKAH_BLOCK = "g2016_hasakah_district"
#: The SDF's Jazira Storm began on 9 Sep 2017 (Rudaw; Reuters).
JAZIRA_STORM = day("2017-09-09")
#: The SDF's October statement on the western countryside: the batch answers from 31 Oct.
BEFORE_SDF_OCTOBER = day("2017-10-30")
#: `hasakah_south` (rules_jazira) answers the south of the district from 17 Jun 2018.
BEFORE_DASHISHA = day("2018-06-16")
#: The batch's answer from AFP's account of 12 Dec 2018.
BEFORE_AFP_2018 = day("2018-12-11")

SMART_20_FEB = "smart-2017-02-20-sdf-enters-deir"
AL_JAZEERA_22_FEB = "al_jazeera-2017-02-22-sdf-deir-villages"
AFP_22_FEB = "afp-2017-02-22-sdf-deir-breakthrough"
ENAB_24_FEB = "enab_baladi-2017-02-24-sdf-north-deir-villages"
SMART_6_MAR = "smart-2017-03-06-road-cut"
SYRIA_DIRECT_6_MAR = "syria_direct-2017-03-06-raqqa-last-lifeline"
RUDAW_9_SEP = "rudaw-2017-09-09-jazira-storm"
REUTERS_10_SEP = "reuters-2017-09-10-deir-industrial-zone"
STEP_26_SEP = "step-2017-09-26-kubar"
YPG_28_SEP = "ypg-2017-09-28-suwar"
SOHR_17_OCT = "sohr-2017-10-17-markada"
SDF_OCTOBER = "sdf_command-2017-10-deir-western-countryside"
QASIOUN_5_JUN = "qasioun-2018-06-05-dashisha"
SHAAM_8_JUN = "shaam_news-2018-06-08-hamidiya"
ANHA_HAMIDIYA = "anha-2018-06-hamidiya"
SYRIA_TV_17_JUN = "syria_tv-2018-06-17-dashisha-tall-shayer"
AP_17_JUN = "ap-2018-06-17-dashishah"
MASDAR_22_JUN = "al_masdar-2018-06-22-tal-safouk"
SYRIA_TV_23_JUN = "syria_tv-2018-06-23-tall-safuq"
STEP_25_JUN = "step_news-2018-06-25-tall-safuq"
RUDAW_2_JUL = "rudaw-2018-07-02-dashisha"
AFP_12_DEC_2018 = "afp-2018-12-12-east-of-euphrates"


# --- the north-western Deir ez-Zor desert, behind the SDF's lines of Feb - Mar 2017 ------------
#: Gazetteer villages of the block's 9 Sep - 30 Oct 2017 slice north of 35.89 N, each within 10 km
#: of a village the reports name as taken by the SDF in Feb - Mar 2017 (Jarwan, Kuwaytir, Adman,
#: Makman, Fnijin, Bir Hussein, Abu Khashab: the gazetteer's jarwan, kuwaytar, bir_adman, muqman,
#: fanajin_*, bir_hussein_al_amo, abu_khashab), distance in km to the nearest in brackets.
#: Left out: al-Hajjaj, al-Jezrah and Mat'ab, 5 - 12 km from al-Kubar by the river (IS's until
#: Sep - Oct 2017), Hilo (35.88 N, towards the river), Bir Alandah and Butayman (11 - 18 km off).
NORTH_WEST_DESERT = (
    "kassar_deir_ez_zor",  # Kassar, Kuwaytir 3
    "pipeline_facility",  # Kuwaytir 2
    "bir_shammari",  # Jarwan 4
    "as_shamiyah",  # Kuwaytir 5
    "fetatish",  # Kuwaytir 6, Jarwan 6
    "nufayl",  # Kuwaytir 7, Jarwan 8
    "aziz",  # Kuwaytir 7
    "bir_hawsa",  # Kuwaytir 9
    "julayb_khalil",  # Kuwaytir 7
    "abdul_mutanabi",  # Kuwaytir 9
    "muhammad_al_ayyash",  # Bir Hussein 9
    "jowayce",  # Adman 6
    "balash",  # Adman 5
    "azman",  # Adman 7
    "abu_qanadil",  # Adman 8
    "qanadil_sharqi",  # Adman 8
    "bir_turki_safr",  # Bir Hussein 2
    "rawdah_deir_ez_zor",  # Bir Hussein 3
    "thius",  # Fnijin 4
    "dhahibah",  # Abu Khashab 3
    "bardan_gharbi",  # Abu Khashab 5
    "bir_sahbu",  # Abu Khashab 6
    "fanan_gharbi",  # Abu Khashab 9
    "mihbash",  # Makman 10
    "salhiya",  # Makman 8
    "ayn_jirmah",  # Makman 10
)
NORTH_WEST_SOURCES = (SMART_20_FEB, AL_JAZEERA_22_FEB, AFP_22_FEB, ENAB_24_FEB, SMART_6_MAR,
                      SYRIA_DIRECT_6_MAR, RUDAW_9_SEP, STEP_26_SEP, SDF_OCTOBER)  # fmt: skip
NORTH_WEST_NOTE = (
    "region-level: the SDF's since its Wrath of Euphrates push into the north-western Deir ez-Zor "
    "desert: from 20 Feb 2017 it advanced '20 km in the vicinity of the village of Makman' (its "
    "spokeswoman to SMART, party claim), took 'more than ten villages' of the province, 15 by its "
    "commander's count (AFP, 22 Feb), among them Jarwan (Al Jazeera, 22 Feb) and 'Adman, Fnijin, "
    "Sabagha, Kuwaytir, Adman Sarb, Saghu, Jarwan' (Enab Baladi, 24 Feb), and on 5 - 6 Mar reached "
    "Bir Hussein and the villages near Abu Khashab and cut the Raqqa - Deir ez-Zor road (SMART; "
    "Syria Direct); this place lies within 10 km of those villages, north of the river valley; "
    "when the SDF launched Jazira Storm on 9 Sep 2017 (Rudaw) IS's last strongholds in the "
    "western countryside were al-Kubar, al-Harmushiyah and al-Kasra by the river, 15 km or more "
    "south (Step News, 26 Sep), and the SDF said in October (day not shown) it had taken Sfira "
    "and Shakra, 'the last bastion stronghold in the western countryside' (the party's own "
    "claim): no IS return north of the river villages reported (continuity inferred; "
    "not sourced per day; before 9 Sep review rev20's rows answer: the SDF's from its "
    "Feb - Mar 2017 advance)"
)


# --- Abu Fas, the SDF's staging village of 9 Sep 2017 --------------------------------------------
ABU_FAS_SOURCES = (REUTERS_10_SEP, RUDAW_9_SEP, YPG_28_SEP, SOHR_17_OCT, AP_17_JUN)
ABU_FAS_NOTE = (
    "Deir ez-Zor Military Council fighters of the SDF photographed 'in the village of Abu Fas, "
    "Hasaka province' on 9 Sep 2017, the day the SDF launched its Deir ez-Zor operation (Reuters, "
    "whose report of 10 Sep had the SDF at the Deir ez-Zor industrial zone); the gazetteer's Fas, "
    "24 km west of al-Shaddadi, is taken for Abu Fas; the SDF's fourth axis set out towards "
    "Markada from Sinad and Inad, 10 km south-east, by 28 Sep (SDF General Command, party claim); "
    "IS kept its last big stronghold in the province at Markada, 35 km south-east, until Nov 2017 "
    "(SOHR, 17 Oct) and its last pocket by the Iraqi border until the SDF took Dashishah on 17 Jun "
    "2018 (AP): no IS advance to Abu Fas reported (continuity inferred; not sourced per day); "
    "before 9 Sep 2017 a gap"
)


# --- between Tall al-Shayer and al-Dashisha: IS's until the SDF's operation of June 2018 ---------
#: Abou Sakhra Janoubi (3 km north-west of the gazetteer's El Dishishiyah, ANHA's 'Abu Skhir') and
#: Showeykhan (5 km west of it, 2 km from Tall al-Jayer, the reports' Tall al-Shayer).
DASHISHA_IS_NOTE = (
    "region-level: IS-held: an SDF statement of 5 Jun 2018 had IS 'still present in a 3 km area in "
    "Hasakah, and their center is Dashisha' (via Qasioun, the party's own words); after taking "
    "al-Hamidiya, 5 km from al-Dashisha, on 8 Jun ('several sources' via Shaam News, an "
    "opposition network) an SDF fighter said they would advance 'towards the villages of "
    "al-Rohania, Abu Skhir, Abu Sakr' (ANHA, party media); "
    "'Tall al-Shayer', 6 km from al-Dashisha, was IS's 'most prominent line of defence' when the "
    "SDF took it on the evening of Saturday 16 Jun (activists via Syria TV); this village lies "
    "between Tall al-Shayer and al-Dashisha ({where}): held by IS to 15 Jun (continuity inferred; "
    "the day it fell, 16 or 17 Jun, is not reported: 16 Jun stays a gap)"
)
DASHISHA_SDF_NOTE = (
    "region-level: the SDF took 'Tall al-Shayer' on the evening of 16 Jun 2018 and announced "
    "al-Dashisha taken on Sunday 17 Jun, its fighters entering al-Nasirah 3 km from the Iraqi "
    "border (Syria TV; AP); this village lies between the two ({where}); 'seven kilometers' of "
    "IS-held land were left on the border, to the south, on 2 Jul (an SDF commander in Dashisha "
    "to Rudaw); inside the territory the SDF held east of the Euphrates in Dec 2018 (AFP): no IS "
    "return reported (continuity inferred; not sourced per day)"
)
ABOU_SAKHRA_WHERE = "3 km north-west of the gazetteer's al-Dashisha; ANHA's 'Abu Skhir'"
SHOWEYKHAN_WHERE = "5 km west of al-Dashisha, 2 km from the gazetteer's Tall al-Jayer"


# --- the Tall Safuq border post, 21 - 22 Jun 2018 ------------------------------------------------
TALL_SAFUQ_NOTE = (
    "fought over; the reports differ on the day: Syria TV (23 Jun 2018) had the SDF take 'the "
    "Tall Safuq area' during 'the last two days', reaching the border post after al-Sabiya; "
    "Al-Masdar News (pro-government, via PanARMENIAN.Net) had it advance from 'nearby Tal Safouk' "
    "to take al-Zhibah on Friday 22 Jun, meeting Iraqi troops (citing pro-SDF media); Step News "
    "(URL dated 25 Jun) quoted the sheikh of the Jubur tribes that the SDF took Tall Safuq, 'the "
    "last stronghold' of IS there, 'at dawn today, Sunday' (24 Jun): the SDF's, IS in the area, "
    "on these two days (both accounts recorded)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


HASAK: tuple[RegionRule, ...] = (
    RegionRule("hasak_north_west_desert", EAST_BANK_BLOCK, _ids(*NORTH_WEST_DESERT), (
        Span(JAZIRA_STORM, BEFORE_SDF_OCTOBER, "sdf", NORTH_WEST_SOURCES, NORTH_WEST_NOTE),
    )),
    RegionRule("hasak_abu_fas", HASAKAH_BLOCK, _ids("fas"), (
        Span(JAZIRA_STORM, BEFORE_DASHISHA, "sdf", ABU_FAS_SOURCES, ABU_FAS_NOTE),
    )),
    RegionRule("hasak_abou_sakhra", HASAKAH_BLOCK, _ids("abou_sakhra_janoubi"), (
        Span(day("2018-06-05"), day("2018-06-15"), "isis",
             (QASIOUN_5_JUN, SHAAM_8_JUN, ANHA_HAMIDIYA, SYRIA_TV_17_JUN),
             DASHISHA_IS_NOTE.format(where=ABOU_SAKHRA_WHERE)),
        Span(day("2018-06-17"), BEFORE_AFP_2018, "sdf",
             (SYRIA_TV_17_JUN, AP_17_JUN, RUDAW_2_JUL, AFP_12_DEC_2018),
             DASHISHA_SDF_NOTE.format(where=ABOU_SAKHRA_WHERE)),
    )),
    RegionRule("hasak_showeykhan", HASAKAH_BLOCK, _ids("showeykhan"), (
        Span(day("2018-06-05"), day("2018-06-15"), "isis",
             (QASIOUN_5_JUN, SHAAM_8_JUN, ANHA_HAMIDIYA, SYRIA_TV_17_JUN),
             DASHISHA_IS_NOTE.format(where=SHOWEYKHAN_WHERE)),
        Span(day("2018-06-17"), BEFORE_AFP_2018, "sdf",
             (SYRIA_TV_17_JUN, AP_17_JUN, RUDAW_2_JUL, AFP_12_DEC_2018),
             DASHISHA_SDF_NOTE.format(where=SHOWEYKHAN_WHERE)),
    )),
    RegionRule("hasak_tall_safuq", HASAKAH_BLOCK, _ids("tal_safouq"), (
        Span(day("2018-06-21"), day("2018-06-22"), "sdf",
             (SYRIA_TV_23_JUN, MASDAR_22_JUN, STEP_25_JUN), TALL_SAFUQ_NOTE,
             status="contested", with_parties=("isis",)),
    )),
)  # fmt: skip
