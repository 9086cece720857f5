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
    RegionRule("deir5_t2_airstrip", MILITARY_BLOCK, _ids("abandoned_t2_airport"), (
        Span(START, day("2017-09-04"), "isis", (REUTERS_5_SEP,), T2_AIRSTRIP_NOTE),
    )),
)  # fmt: skip
