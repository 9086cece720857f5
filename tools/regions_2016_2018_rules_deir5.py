"""Region rules of the fifth Deir ez-Zor batch (issue #15, h-deir5): the lower Khabur in the SDF's
Jazira Storm (the villages north of al-Suwar and south of Markada IS's until the SDF's line
reached them, Sep - Oct 2017), al-Busayrah besieged and stormed (8 - 11 Nov 2017) with its
neighbours Abreeha and al-Zir, the army's west bank between al-Muri'iyah and al-Mayadin IS's
until SANA's sweep of 17 Oct 2017, and the abandoned T2 airstrip beside IS's T2 station before
Sep 2017.

Same shape as `tools/regions_2016_2018_rules_deir4.py`; `tools/regions_2016_2018_rules.py` adds
``DEIR5`` at the end of ``RULES``, so these answer only the days earlier rules leave. Sources in
``sources/2016-2019-deir5.toml`` and the earlier batch files. Days no dated report reaches stay
gaps. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

__all__ = ["DEIR5"]

EAST_BANK_BLOCK = "g2016_deir_ez_zor_east_bank"
GOVERNMENT_BLOCK = "g2016_deir_ez_zor_government"
HASAKAH_BLOCK = "g2016_hasakah_district"
MILITARY_BLOCK = "fill_deir_ez_zor_military"
#: The SDF's Jazira Storm began on 9 Sep 2017 (Rudaw); the army broke the siege on 5 Sep (Reuters).
JAZIRA_STORM = day("2017-09-09")
SIEGE_BROKEN_DAY = day("2017-09-05")

REUTERS_5_SEP = "reuters-2017-09-05-deir-siege-broken"
RUDAW_9_SEP = "rudaw-2017-09-09-jazira-storm"
YPG_28_SEP = "ypg-2017-09-28-suwar"
MASDAR_ONLINE_13_OCT = "almasdaronline-2017-10-13-tabarayya"
SMART_5_OCT = "smart-2017-10-05-markada-slow-advance"
SOHR_17_OCT = "sohr-2017-10-17-markada"
ENAB_9_NOV = "enab_baladi-2017-11-09-markada-busayrah"
TRT_13_NOV = "trtworld-2017-11-13-busayrah"
REUTERS_8_OCT = "reuters-2017-10-08-mayadin-encircled"
SANA_17_OCT = "sana-2017-10-17-west-bank-mayadin"
BALADI_17_OCT = "baladi_news-2017-10-17-muhasan"
SMART_20_FEB = "smart-2017-02-20-sdf-enters-deir"
SMART_22_FEB = "smart-2017-02-22-jarwan"
SMART_6_MAR = "smart-2017-03-06-road-cut"
ENAB_24_FEB = "enab_baladi-2017-02-24-sdf-north-deir-villages"
AL_JAZEERA_22_FEB = "al_jazeera-2017-02-22-sdf-deir-villages"
SYRIA_DIRECT_6_MAR = "syria_direct-2017-03-06-raqqa-last-lifeline"
SDF_OCTOBER = "sdf_command-2017-10-deir-western-countryside"
STEP_26_SEP = "step-2017-09-26-kubar"
STEP_9_OCT = "step-2017-10-09-muhaymidah"
DEIREZZOR24_3_OCT = "deirezzor24-2017-10-03-kasra"
MASDAR_10_OCT = "al_masdar-2017-10-10-four-villages"
HORRYA_17_NOV = "hurriya_press-2017-11-17-tayyana-shinan"
SOHR_DHIBAN = "sohr-2017-11-dhiban-taken"
SOHR_DECEMBER = "sohr-2017-12-east-bank-last-villages"
EUPHRATES_POST_SHAHIL = "euphrates_post-2017-11-13-shahil"
REUTERS_14_OCT = "reuters-2017-10-14-mayadin"
QASIOUN_5_JUN_2018 = "qasioun-2018-06-05-dashisha"
SYRIA_TV_17_JUN_2018 = "syria_tv-2018-06-17-dashisha-tall-shayer"
AP_17_JUN_2018 = "ap-2018-06-17-dashishah"
AFP_12_DEC_2018 = "afp-2018-12-12-east-of-euphrates"
AP_18_SEP = "ap-2017-09-18-army-crosses-euphrates"
SMART_16_DEC = "smart-2017-12-16-jurdhi"
SOHR_28_DEC = "sohr-2017-12-28-abu-hamam-fighting"
#: The batch's east-bank answer of 31 Dec 2017 (SOHR's December list).
BEFORE_DECEMBER_LIST = day("2017-12-30")
#: The SDF's October statement on the western countryside: the batch answers from 31 Oct.
BEFORE_SDF_OCTOBER = day("2017-10-30")


# --- the Khabur north of al-Suwar: IS's until the SDF's line reached Hilalah (12 Oct 2017) ------
#: Up the Khabur 11 - 19 km north of al-Suwar (Khutaybilah 11 km, Ata Allah 13, Muwaylih 15,
#: Gharbiya 16, al-Huseen 17, Sa'dah 19), beyond Hilalah (9 km), which the SDF took on 12 Oct.
NORTH_OF_SUWAR = ("khutaybilah", "ata_allah", "muwaylih", "gharbiya", "al_huseen",
                  "sadah_deir_ez_zor")  # fmt: skip
NORTH_OF_SUWAR_NOTE = (
    "region-level: IS-held: on 9 Sep 2017 the SDF set out to take 'ISIS-held areas' of the "
    "province 'along the Khabur River valley' (Rudaw); it announced 'the Suwar region' taken on 28 "
    "Sep (SDF General Command, party claim) and, working up the Khabur, took Hilalah '9 km north "
    "of al-Suwar' on Thursday 12 Oct, fighting breaking out on the 13th at a village '14 km north "
    "of al-Suwar' (al-Masdar Online, party claim relayed); this village lies 11 - 19 km north of "
    "al-Suwar, beyond Hilalah, and 11 - 19 km short of Markada, still IS's on 5 Oct (SMART): held "
    "by IS until the SDF's line reached Hilalah (continuity inferred); the day the SDF took it is "
    "not found in a dated report (a gap from 12 Oct to the batch's answer of 12 Nov)"
)


# --- south of Markada: IS's until the SDF's line up the Khabur reached 14 km (13 Oct 2017) ------
#: On the Khabur 3 - 9 km south of Markada, 21 - 29 km north of al-Suwar.
SOUTH_OF_MARKADA = ("sadah_al_hasakah", "ar_rughay", "buluki", "al_jina", "as_safa", "kabbar",
                    "quwaylah")  # fmt: skip
SOUTH_OF_MARKADA_NOTE = (
    "region-level: IS-held: the Deir ez-Zor Military Council said on Thursday 5 Oct 2017 that it "
    "was advancing 'slowly' on Markada, 'subject to the control of' IS, because of the many mines "
    "and the civilians 'in the surrounding villages', its attack coming from Jad and Anad in the "
    "north-west (SMART, party claim relayed); up the Khabur from the south the SDF took Hilalah '9 "
    "km north of al-Suwar' on 12 Oct and fought on 13 Oct at a village 14 km north of it "
    "(al-Masdar Online); SOHR still called Markada IS's 'biggest stronghold' in the province on 17 "
    "Oct; this village lies 3 - 9 km south of Markada and 21 - 29 km north of al-Suwar, between "
    "the two lines: held by IS to 13 Oct (continuity inferred); the SDF announced Markada and 24 "
    "villages round it on 9 Nov (the batch's answer): 14 Oct - 8 Nov stay gaps"
)


# --- al-Busayrah, Abreeha and al-Zir: IS's until the SDF stormed them (8 - 12 Nov 2017) ---------
BUSAYRAH_IS_NOTE = (
    "IS-held: IS held 'much of the province' when the army broke the siege of Deir ez-Zor on 5 Sep "
    "2017 (Reuters); on 9 Nov Enab Baladi had IS 'besieged' in al-Busayrah, 'adjoining the points "
    "of control' of the army, 'together with some small neighbouring villages', the SDF trying to "
    "storm the town 'since yesterday' (8 Nov; the Jazira Storm spokeswoman, party claim): held by "
    "IS from the SDF's campaign of 9 Sep to the attack (continuity inferred)"
)
BUSAYRAH_STORMED_NOTE = (
    "fought over: the SDF had been trying 'since yesterday' to storm al-Busayrah, where IS was "
    "besieged with some small neighbouring villages, and 'had not been able until this hour to "
    "take' it (the Jazira Storm spokeswoman to Enab Baladi, Thursday 9 Nov 2017: party claim); "
    "SOHR said the SDF captured al-Busayrah and Abriha on Sunday 12 Nov (TRT World): IS's, "
    "attacked by the SDF, 8 - 11 Nov (10 - 11 Nov continuity inferred)"
)
NEIGHBOURS_NOTE = (
    "IS-held: IS held 'much of the province' when the army broke the siege of Deir ez-Zor on 5 Sep "
    "2017 (Reuters); on 9 Nov IS was 'besieged' in al-Busayrah 'together with some small "
    "neighbouring villages', the SDF storming the town since the day before (Enab Baladi, citing "
    "the Jazira Storm spokeswoman: party claim), and SOHR said the SDF captured 'the towns of "
    "Abriha and Al Busayrah' on Sunday 12 Nov (TRT World); this village lies {km} km from "
    "al-Busayrah: held by IS until the SDF took the town (continuity inferred; the day it fell "
    "between 8 and 12 Nov is not reported)"
)


# --- the west bank between al-Muri'iyah and al-Mayadin: IS's until SANA's sweep of 17 Oct -------
#: The gazetteer's west-bank villages of the army's advance of 17 Oct 2017 the batch leaves open
#: before that day (Buqrus named by SANA; the others between al-Muhasan and al-Bulel or beside
#: al-Muhasan, whose IS rows `deir2_muhasan` gives to 16 Oct).
WEST_BANK = ("buqrus", "al_zur", "abu_layl", "al_tabiyah_shamyyah")
WEST_BANK_NOTE = (
    "region-level: IS-held: IS held 'much of the province' when the army broke the siege of Deir "
    "ez-Zor on 5 Sep 2017 (Reuters) and fell back 'upon the fertile area downstream of Deir "
    "al-Zor' (Reuters, 8 Oct, the army encircling al-Mayadin); on 17 Oct SANA (party claim) said "
    "the army 'started wide-scale' operations to eradicate IS from 'the villages and towns between "
    "al-Mayadeen and al-Murai'yia on the western bank', taking Boqrous Tahtani and Fouqani, and "
    "Baladi News had IS's 'complete withdrawal' from al-Muhasan, al-Bu Amr, al-Bulayl and al-Tub "
    "at dawn that Tuesday; this village lies on that stretch of the west bank: held by IS until "
    "the army's sweep (continuity inferred; not sourced per day)"
)


# --- the north-western desert: villages the SDF named in Feb - Mar 2017 -------------------------
NW_CONTINUITY = (
    "; the SDF launched its Deir ez-Zor operation from the north on 9 Sep 2017 (Rudaw) and said in "
    "Oct (day not shown) it held the western countryside (the party's own claim); no IS return "
    "reported between (continuity inferred; not sourced per day)"
)
MUQMAN_NOTE = (
    "the SDF's since Feb 2017: entering Deir ez-Zor province for the first time, the SDF "
    "advanced '20 km in the vicinity of the village of Makman' and 8 km at Bir Haba, taking "
    "dozens of villages and the Syriatel station (its spokeswoman to SMART, Monday 20 Feb 2017: "
    "party claim); two days later its forces 'in Makman and Bir Haba' met at Jarwan (SMART, 22 "
    "Feb); Makman is the gazetteer's Muqman" + NW_CONTINUITY
)
BIR_HUSSEIN_NOTE = (
    "the SDF's since Mar 2017: the SDF said it cut the Raqqa - Deir ez-Zor road on Monday 6 Mar "
    "2017 after advancing on the Sunday to 'al-Humaysh, al-Safar, Hashuhal, Manasira, Rida, Bir "
    "Hussein and Abu Rafi'a, near the town of Abu Khashab' in the north-western countryside "
    "(SMART, on the SDF's Telegram channel: party claim; Syria Direct: seven villages in Abu "
    "Khashab and Bir al-Hibah); 'Bir Hussein' is taken for the gazetteer's Bir Hussein al-Amo, "
    "19 km west of Abu Khashab and 5 km from the Fanajin the SDF took in February" + NW_CONTINUITY
)
BIR_ADMAN_NOTE = (
    "the SDF's since Feb 2017: 'Adman' and 'Adman Sarb' are among the villages a source following "
    "the battles told Enab Baladi (24 Feb 2017) the SDF had taken from IS since mid-February, "
    "with Kuwaytir and Jarwan, and an SDF fighter named 'Adman Jarwan' with Jarwan among the "
    "first villages of the province taken (Al Jazeera, 22 Feb); 'Adman' is taken for the "
    "gazetteer's Bir Adman, 4 km from Jarwan (not Azman, 10 km off)" + NW_CONTINUITY
)
MUAYZILAH_NOTE = (
    "region-level: the SDF took al-Kubar and al-Harmushiyah 'less than 24 hours' before it took "
    "al-Kasra on Tuesday 3 Oct 2017 (Deir Ezzor 24; Step News had al-Kubar taken on the evening of "
    "25 Sep and the SDF at the outskirts of al-Harmushiyah, 'the last strongholds of the "
    "organisation in the western countryside' with al-Kasra, on 26 Sep); this hill lies between "
    "them, 5 km north of al-Harmushiyah on the way from al-Kubar: the SDF's from 3 Oct (continuity "
    "inferred to the SDF's October statement on the western countryside, the party's own claim); 9 "
    "Sep - 2 Oct stay gaps (the reports differ on al-Kubar's day)"
)
ABU_GHANIMAH_IS_NOTE = (
    "region-level: IS-held: on 26 Sep 2017 the SDF was at the outskirts of al-Harmushiyah and "
    "al-Kasra, 20 - 25 km upstream (Step News), and took al-Kasra on 3 Oct (Deir Ezzor 24), "
    "Zughayr on the night of 8 Oct and Muhaymidah, 1.7 km from this village, on the evening of 9 "
    "Oct (Step News): held by IS until the SDF's thrust down the river reached it (continuity "
    "inferred); 9 Oct, the day of the thrust, stays a gap"
)
ABU_GHANIMAH_SDF_NOTE = (
    "the SDF's: a Kurdish military source told Al-Masdar News (pro-government; via "
    "PanARMENIAN.Net, 10 Oct 2017) that in the past 24 hours the SDF had taken 'Zughayr Kabeera, "
    "Huwayj Diyab, Abu Ghaminah and Muhaymidah' in a 10 km thrust south along the river "
    "(party-side claim); Step News had the SDF take Muhaymidah, 1.7 km away, entirely on the "
    "evening of 9 Oct: the SDF's from 10 Oct to its October statement on the western countryside "
    "(continuity inferred)"
)


# --- Tayyaneh and Hawa'ij, downstream of al-Shahil: the SDF's thrust of 16 - 17 Nov 2017 --------
TAYYANEH_BEFORE_NOTE = (
    "region-level: IS-held: IS held 'much of the province' when the army broke the siege of Deir "
    "ez-Zor on 5 Sep 2017 (Reuters) and fell back upon the valley downstream of the city (Reuters, "
    "8 Oct); the army took al-Mayadin, 9 km away across the river, only on 14 Oct (a military "
    "source to Reuters): held by IS to then (continuity inferred); 14 - 22 Oct stay gaps (the army "
    "crossed to Dhiban, 5 km away, before IS drove it back to the west bank on 22 Oct, SOHR)"
)
TAYYANEH_IS_NOTE = (
    "IS-held: IS's counter-attack drove the regime's forces, which had taken Dhiban, back to the "
    "west bank of the Euphrates on 22 Oct 2017 (SOHR, Nov 2017); the SDF fought on the edges of "
    "al-Tayyana after taking Dhiban (SOHR) and took the town on Friday 17 Nov (Hurriya Press, "
    "local sources): held by IS between (continuity inferred)"
)
TAYYANEH_SDF_NOTE = (
    "the SDF's: it took 'the towns of al-Tayyana and al-Shinan' on Friday 17 Nov 2017, reaching "
    "the outskirts of Darnaj, after taking Dhiban on the Thursday evening (Hurriya Press, local "
    "sources); al-Tayyana is not among the 17 places SOHR had IS still holding on the east bank "
    "when the SDF resumed its attack in early December: the SDF's to the batch's answer of 31 Dec "
    "(continuity inferred)"
)
HAWAIJ_NOTE = (
    "region-level: the SDF took al-Shahil at noon on 13 Nov 2017, IS withdrawing to al-Hawaij "
    "(Euphrates Post), and Dhiban, 5 km beyond al-Hawaij, on the evening of Thursday 16 Nov, then "
    "al-Tayyana and al-Shinan on the 17th (Hurriya Press, local sources); al-Hawaij lies between "
    "al-Shahil and Dhiban and is not among the 17 places SOHR had IS still holding on the east "
    "bank in early December: the SDF's from 17 Nov (continuity inferred); 14 - 16 Nov stay gaps"
)


# --- Tall al-Jayer by the Iraqi border: the SDF's Dashisha operation of June 2018 ---------------
JAYER_IS_NOTE = (
    "region-level: IS-held: an SDF statement of 5 Jun 2018 had IS 'still present in a 3 km area in "
    "Hasakah, and their center is Dashisha', its operation to take it underway (via Qasioun, the "
    "party's own words); 'Tall al-Shayer', 6 km from al-Dashisha, was 'the most prominent line of "
    "defence' of IS's last strongholds in the south of al-Hasakah when the SDF took it on the "
    "evening of Saturday 16 Jun (activists via Syria TV): held by IS to then (continuity inferred; "
    "the gazetteer's Tall al-Jayer, 6 km from its Dashisha, is taken for that place)"
)
JAYER_FOUGHT_NOTE = (
    "fought over: the SDF took 'Tall al-Shayer', 6 km from al-Dashisha, on the evening of Saturday "
    "16 Jun 2018 (activists via Syria TV): IS's, attacked by the SDF, that day"
)
JAYER_SDF_NOTE = (
    "the SDF's: it took 'Tall al-Shayer' on the evening of 16 Jun 2018 and announced al-Dashisha "
    "on Sunday 17 Jun, its fighters 3 km from the Iraqi border (Syria TV; AP); inside the "
    "territory the SDF held east of the Euphrates in Dec 2018 (AFP): no IS return reported "
    "(continuity inferred)"
)


# --- the north bank facing the city, outside the besieged enclave until Sep 2017 ---------------
NORTH_BANK_NOTE = (
    "region-level: IS-held: the government's besieged enclave at Deir ez-Zor lay on the south-west "
    "bank; its troops crossed to the eastern bank of the Euphrates on Monday 18 Sep 2017, nearly "
    "two weeks after breaking the siege, with pontoon bridges, towards the U.S.-backed forces "
    "operating there (AP; Russia had claimed advance units there on 15 Sep), IS holding 'much of "
    "the province' when the siege was broken on 5 Sep (Reuters); this place lies on the north bank "
    "{km} km from the city: held by IS to {until} (continuity inferred; not sourced per day){after}"
)


# --- al-Jurdi, north of Hajin: the SDF's attack of December 2017 --------------------------------
#: The gazetteer's two al-Jurdi points (3 km apart), 65 - 69 km from the city: SMART's 'al-Jurdhi
#: (65 km east of Deir ez-Zor)' is taken for both.
JURDI = ("al_jurdi_al_gharbi", "al_jurdi_ash_sharqi")
JURDI_IS_NOTE = (
    "region-level: IS-held: IS held 'much of the province' when the army broke the siege of Deir "
    "ez-Zor on 5 Sep 2017 (Reuters); the SDF reached the edges of Darnaj, upstream, only on 17 Nov "
    "(Hurriya Press) and took al-Jurdhi, '65 km east of the city of Deir ez-Zor', after 'clashes "
    "that went on for days' in mid-December (SMART): held by IS to then (continuity inferred; the "
    "two gazetteer points 3 km apart are both taken for al-Jurdhi)"
)
JURDI_FOUGHT_NOTE = (
    "fought over: the SDF took 'more than 50 per cent' of al-Jurdhi on Thursday 14 Dec 2017 and "
    "the whole village on the Friday (the Deir ez-Zor Military Council's commander Ahmad Khbeil to "
    "SMART: party claim): IS's, attacked by the SDF, that day"
)
JURDI_SDF_NOTE = (
    "the SDF's: it took 'the whole village of al-Jurdhi' on Friday 15 Dec 2017 after days of "
    "clashes (the Deir ez-Zor Military Council's commander to SMART: party claim); al-Jurdi is not "
    "among the ten towns and villages SOHR had IS still holding on the east bank on 28 Dec (via "
    "Roji Kurd): the SDF's to then (continuity inferred); from 29 Dec to the SDF's Hajin campaign "
    "of Dec 2018 a gap (IS's counter-attacks of 2018 are not dated per village)"
)


# --- the abandoned T2 airstrip before the siege was broken --------------------------------------
T2_AIRSTRIP_NOTE = (
    "region-level: the abandoned T2 airstrip lies 3 km from the T2 pumping station, given the "
    "station's holder: IS besieged the government's Deir ez-Zor enclave, 100 km to the north, "
    "until 5 Sep 2017 and 'still held much of the province' then (Reuters); the station, on the "
    "desert road to the Iraqi border far from the enclave, is stored IS's over the same days "
    "(continuity inferred; not sourced per day)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


DEIR5: tuple[RegionRule, ...] = (
    RegionRule("deir5_khabur_north_of_suwar", EAST_BANK_BLOCK, _ids(*NORTH_OF_SUWAR), (
        Span(JAZIRA_STORM, day("2017-10-11"), "isis", (RUDAW_9_SEP, YPG_28_SEP,
             MASDAR_ONLINE_13_OCT, SMART_5_OCT), NORTH_OF_SUWAR_NOTE),
    )),
    RegionRule("deir5_south_of_markada", HASAKAH_BLOCK, _ids(*SOUTH_OF_MARKADA), (
        Span(JAZIRA_STORM, day("2017-10-13"), "isis", (SMART_5_OCT, MASDAR_ONLINE_13_OCT,
             SOHR_17_OCT), SOUTH_OF_MARKADA_NOTE),
    )),
    RegionRule("deir5_busayrah", EAST_BANK_BLOCK, _ids("al_busayrah"), (
        Span(JAZIRA_STORM, day("2017-11-07"), "isis", (REUTERS_5_SEP, ENAB_9_NOV),
             BUSAYRAH_IS_NOTE),
        Span(day("2017-11-08"), day("2017-11-11"), "isis", (ENAB_9_NOV, TRT_13_NOV),
             BUSAYRAH_STORMED_NOTE, status="contested", with_parties=("sdf",)),
    )),
    RegionRule("deir5_abreeha", EAST_BANK_BLOCK, _ids("abreeha"), (
        Span(JAZIRA_STORM, day("2017-11-11"), "isis", (REUTERS_5_SEP, ENAB_9_NOV, TRT_13_NOV),
             NEIGHBOURS_NOTE.format(km="7")),
    )),
    RegionRule("deir5_al_zir", EAST_BANK_BLOCK, _ids("al_zir"), (
        Span(JAZIRA_STORM, day("2017-11-11"), "isis", (REUTERS_5_SEP, ENAB_9_NOV, TRT_13_NOV),
             NEIGHBOURS_NOTE.format(km="4")),
    )),
    RegionRule("deir5_west_bank_to_16_oct", GOVERNMENT_BLOCK, _ids(*WEST_BANK), (
        Span(SIEGE_BROKEN_DAY, day("2017-10-16"), "isis", (REUTERS_5_SEP, REUTERS_8_OCT,
             SANA_17_OCT, BALADI_17_OCT), WEST_BANK_NOTE),
    )),
    RegionRule("deir5_muqman", EAST_BANK_BLOCK, _ids("muqman"), (
        Span(JAZIRA_STORM, BEFORE_SDF_OCTOBER, "sdf", (SMART_20_FEB, SMART_22_FEB, RUDAW_9_SEP,
             SDF_OCTOBER), MUQMAN_NOTE),
    )),
    RegionRule("deir5_bir_hussein", EAST_BANK_BLOCK, _ids("bir_hussein_al_amo"), (
        Span(JAZIRA_STORM, BEFORE_SDF_OCTOBER, "sdf", (SMART_6_MAR, SYRIA_DIRECT_6_MAR, RUDAW_9_SEP,
             SDF_OCTOBER), BIR_HUSSEIN_NOTE),
    )),
    RegionRule("deir5_bir_adman", EAST_BANK_BLOCK, _ids("bir_adman"), (
        Span(JAZIRA_STORM, BEFORE_SDF_OCTOBER, "sdf", (ENAB_24_FEB, AL_JAZEERA_22_FEB, RUDAW_9_SEP,
             SDF_OCTOBER), BIR_ADMAN_NOTE),
    )),
    RegionRule("deir5_jabal_muayzilah", EAST_BANK_BLOCK, _ids("jabal_muayzilah"), (
        Span(day("2017-10-03"), BEFORE_SDF_OCTOBER, "sdf", (DEIREZZOR24_3_OCT, STEP_26_SEP,
             SDF_OCTOBER), MUAYZILAH_NOTE),
    )),
    RegionRule("deir5_abu_ghanimah", EAST_BANK_BLOCK, _ids("abu_ghanimah"), (
        Span(JAZIRA_STORM, day("2017-10-08"), "isis", (STEP_26_SEP, DEIREZZOR24_3_OCT, STEP_9_OCT),
             ABU_GHANIMAH_IS_NOTE),
        Span(day("2017-10-10"), BEFORE_SDF_OCTOBER, "sdf", (MASDAR_10_OCT, STEP_9_OCT,
             SDF_OCTOBER), ABU_GHANIMAH_SDF_NOTE),
    )),
    RegionRule("deir5_tayyaneh", EAST_BANK_BLOCK, _ids("tayyaneh"), (
        Span(JAZIRA_STORM, day("2017-10-13"), "isis", (REUTERS_5_SEP, REUTERS_8_OCT,
             REUTERS_14_OCT), TAYYANEH_BEFORE_NOTE),
        Span(day("2017-10-23"), day("2017-11-16"), "isis", (SOHR_DHIBAN, HORRYA_17_NOV),
             TAYYANEH_IS_NOTE),
        Span(day("2017-11-17"), BEFORE_DECEMBER_LIST, "sdf", (HORRYA_17_NOV, SOHR_DECEMBER),
             TAYYANEH_SDF_NOTE),
    )),
    RegionRule("deir5_hawaij", EAST_BANK_BLOCK, _ids("hawaij"), (
        Span(day("2017-11-17"), BEFORE_DECEMBER_LIST, "sdf", (EUPHRATES_POST_SHAHIL, HORRYA_17_NOV,
             SOHR_DECEMBER), HAWAIJ_NOTE),
    )),
    RegionRule("deir5_tall_al_jayer", HASAKAH_BLOCK, _ids("tall_al_jayer"), (
        Span(day("2018-06-05"), day("2018-06-15"), "isis", (QASIOUN_5_JUN_2018,
             SYRIA_TV_17_JUN_2018), JAYER_IS_NOTE),
        Span(day("2018-06-16"), day("2018-06-16"), "isis", (SYRIA_TV_17_JUN_2018,),
             JAYER_FOUGHT_NOTE, status="contested", with_parties=("sdf",)),
        Span(day("2018-06-17"), day("2018-12-11"), "sdf", (SYRIA_TV_17_JUN_2018, AP_17_JUN_2018,
             AFP_12_DEC_2018), JAYER_SDF_NOTE),
    )),
    RegionRule("deir5_safirah_tahtani", GOVERNMENT_BLOCK, _ids("safirah_tahtani"), (
        Span(START, day("2017-09-04"), "isis", (REUTERS_5_SEP, AP_18_SEP), NORTH_BANK_NOTE.format(
             km="11", until="the siege's end", after="; from 5 Sep h-deir's answer")),
    )),
    RegionRule("deir5_safirah_fawqani", GOVERNMENT_BLOCK, _ids("safirah_fawqani"), (
        Span(START, day("2017-10-08"), "isis", (REUTERS_5_SEP, AP_18_SEP, STEP_9_OCT),
             NORTH_BANK_NOTE.format(km="8", until="8 Oct 2017", after=(
                 "; on 9 Oct the SDF fought IS in Sfira Tahtani, 3 km away (Step News), and said "
                 "in October it took 'Sfira' (day not shown): a gap from 9 Oct"))),
    )),
    RegionRule("deir5_sabhah", GOVERNMENT_BLOCK, _ids("sabhah"), (
        Span(START, day("2017-09-17"), "isis", (REUTERS_5_SEP, AP_18_SEP), NORTH_BANK_NOTE.format(
             km="9", until="17 Sep 2017", after=(
                 "; from 18 Sep, when the army crossed towards Khasham, 3 km away, a gap"))),
    )),
    RegionRule("deir5_jurdi", EAST_BANK_BLOCK, _ids(*JURDI), (
        Span(JAZIRA_STORM, day("2017-12-13"), "isis", (REUTERS_5_SEP, HORRYA_17_NOV, SMART_16_DEC),
             JURDI_IS_NOTE),
        Span(day("2017-12-14"), day("2017-12-14"), "isis", (SMART_16_DEC,), JURDI_FOUGHT_NOTE,
             status="contested", with_parties=("sdf",)),
        Span(day("2017-12-15"), day("2017-12-28"), "sdf", (SMART_16_DEC, SOHR_28_DEC),
             JURDI_SDF_NOTE),
    )),
    RegionRule("deir5_jadid", GOVERNMENT_BLOCK, _ids("jadid_uqaydat", "jadid_bu_khayr"), (
        Span(SIEGE_BROKEN_DAY, day("2017-09-17"), "isis", (REUTERS_5_SEP, AP_18_SEP),
             NORTH_BANK_NOTE.format(km="22 - 24", until="17 Sep 2017", after=(
                 "; from 18 Sep, when the army crossed upstream, a gap (no dated report of the "
                 "army's or the SDF's arrival in the village)"))),
    )),
    RegionRule("deir5_t2_airstrip", MILITARY_BLOCK, _ids("abandoned_t2_airport"), (
        Span(START, day("2017-09-04"), "isis", (REUTERS_5_SEP,), T2_AIRSTRIP_NOTE),
    )),
)  # fmt: skip
