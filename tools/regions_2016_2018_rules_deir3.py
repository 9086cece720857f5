"""Region rules of the third Deir ez-Zor batch (issue #15, h-deir3): the villages of the
north-western countryside the SDF took in Feb 2017, the army's advance up the west bank to Ma'dan
(19-23 Sep 2017), the Thayyem field (9 Sep) and the T2 station (26 Oct), the fight for the Jafra
field (11-13 Oct) and the SDF's al-Shahil (13 Nov 2017).

Same shape as `tools/regions_2016_2018_rules_deir2.py`; `tools/regions_2016_2018_rules.py` adds
``DEIR3`` at the end of ``RULES``, so these answer only the days earlier rules leave. Sources in
``sources/2016-2019-deir3.toml`` and the earlier batch files. Days no dated report reaches stay
gaps. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

__all__ = ["DEIR3"]

GOVERNMENT_BLOCK = "g2016_deir_ez_zor_government"
EAST_BANK_BLOCK = "g2016_deir_ez_zor_east_bank"
MILITARY_BLOCK = "fill_deir_ez_zor_military"
CAMPAIGN = day("2017-09-09")  # the SDF's Jazira Storm began (the east-bank gaps start here)
SIEGE_BROKEN_DAY = day("2017-09-05")  # the west-bank gaps start here
#: The batch's `euph_deir_western_countryside` answers the north-west from 31 Oct 2017.
BEFORE_WESTERN_COUNTRYSIDE = day("2017-10-30")
#: The batch names the government on the west bank from 19 Nov 2017 (Albu Kamal retaken).
BEFORE_ALBU_KAMAL = day("2017-11-18")
#: The batch's `deir_north_of_pocket` answers the east bank from 31 Dec 2017 (SOHR).
BEFORE_SOHR_DECEMBER = day("2017-12-30")

SIEGE_BROKEN = "reuters-2017-09-05-deir-siege-broken"
ENAB_24_FEB_2017 = "enab_baladi-2017-02-24-sdf-north-deir-villages"
AL_JAZEERA_22_FEB_2017 = "al_jazeera-2017-02-22-sdf-deir-villages"
SDF_OCTOBER = "sdf_command-2017-10-deir-western-countryside"
MASDAR_22_SEP = "al_masdar-2017-09-23-kusubi-bassah"
MASDAR_23_SEP = "al_masdar-2017-09-23-maadan-west-bank"
MURASELON_23_SEP = "muraselon-2017-09-23-maadan"
WAR_MEDIA_21_SEP = "almasdaronline-2017-09-21-northwest-villages"
XINHUA_TEYM = "xinhua-2017-09-09-teym-oil-field"
REUTERS_T2 = "reuters-2017-10-26-t2-pumping-station"
TABARAYYA = "almasdaronline-2017-10-13-tabarayya"
TRT_BUSAYRAH = "trtworld-2017-11-13-busayrah"
EUPHRATES_POST_SHAHIL = "euphrates_post-2017-11-13-shahil"
OILPRICE_CONOCO = "oilprice-2017-09-25-conoco-plant"
SOHR_DECEMBER = "sohr-2017-12-east-bank-last-villages"


# --- the north-western countryside: villages the SDF took in February 2017 ---------------------
#: Named by Enab Baladi (24 Feb 2017) among the villages the SDF took from IS since mid-February:
#: Fnijin (the gazetteer's two Fanajin, 3 km apart: the report does not say which), Kuwaytir
#: and Jarwan (also Al Jazeera, 22 Feb 2017).
FEB_2017_VILLAGES = {"jarwan", "kuwaytar", "fanajin_al_gharbi", "fanajin_al_sharqi"}
FEB_2017_NOTE = (
    "the SDF's since Feb 2017: in the third phase of Wrath of Euphrates the SDF took from IS, "
    "from mid-February, more than eight villages of the north-western Deir ez-Zor countryside, "
    "'Adman, Fnijin, Sabagha, Kuwaytir, Adman Sarb, Saghu, Jarwan' and Jazrat al-Milaj on 23 Feb "
    "(a source following the battles to Enab Baladi, 24 Feb 2017, translated; Fnijin is taken "
    "for both of the gazetteer's Fanajin, which the report does not tell apart); Al Jazeera (22 "
    "Feb 2017) named Jarwan among the SDF's first villages in the province; the SDF launched its "
    "Deir ez-Zor operation from the north on 9 Sep 2017 and said in Oct (day not shown) it held "
    "the western countryside (the party's own claim); no IS return reported between "
    "(continuity inferred; not sourced per day)"
)


# --- the west bank north-west of the city, the army's advance to Ma'dan (Sep 2017) --------------
#: Named as taken on Friday 22 Sep 2017 (Al-Masdar: Kusubi, al-Bassah; Muraselon: Ma'dan Atiq).
TAKEN_22_SEP = {"qasabi", "al_bassah", "madan_atiq"}
TAKEN_22_SEP_IS_NOTE = (
    "IS-held: the army broke the siege of Deir ez-Zor on 5 Sep 2017, IS still holding 'much of "
    "the province' (Reuters); the army's advance up the west bank reached al-Tibni, downstream "
    "of this village, only on 21 Sep (Hezbollah's War Media via Al-Masdar Online: party claim) "
    "and took it on 22 Sep (Al-Masdar News; Muraselon: pro-government sites): held by IS between "
    "the reports (continuity inferred)"
)
TAKEN_22_SEP_NOTE = (
    "party-side claim: the army 'imposed full control' over 'Kusubi, Al-Bassah and Hammat "
    "Shamiyah' on Friday 22 Sep 2017, a few kilometres from Ma'dan (Al-Masdar News, pro-"
    "government, 23 Sep); the army 'managed to restore Ma'adan Ateaq village' the day before "
    "it took Ma'dan (a military source to Muraselon, pro-government); on 23 Sep the army held "
    "'the entire western bank of the Euphrates River north of Deir Ezzor city' (Al-Masdar News); "
    "no IS return reported before the batch's government answer of 19 Nov (continuity "
    "inferred; not sourced per day)"
)
#: Upstream of al-Tibni, not named on a day: Shayma (2 km north of al-Tibni) and al-Matha (between
#: Ma'dan Atiq and Ma'dan town).
UPRIVER_NOT_NAMED = {"shayma": "2017-09-20", "al_matha": "2017-09-21"}
UPRIVER_IS_NOTE = (
    "IS-held: the army broke the siege of Deir ez-Zor on 5 Sep 2017, IS still holding 'much of "
    "the province' (Reuters); the army's advance up the west bank reached al-Tibni only on 21 Sep "
    "(Hezbollah's War Media via Al-Masdar Online: party claim) and Ma'dan Atiq on 22 Sep "
    "(Muraselon), this village lying upstream: held by IS between the reports (continuity "
    "inferred); the day the army reached it is not reported (a gap until 23 Sep)"
)
#: Between the villages of the War Media's 21 Sep list (al-Khuraytah - al-Hamad), not named in it.
AMONG_21_SEP = {"bustan_ali_ubaid", "rusafah", "zuwair", "al_huwayjah"}
AMONG_21_SEP_IS_NOTE = (
    "region-level: IS held 'much of the province' when the army broke the siege of Deir ez-Zor on "
    "5 Sep 2017 (Reuters); this west-bank place lies among the villages north-west of the city "
    "(al-Khuraytah, al-Shumaytiyah, al-Hamad) the army said it took from IS on 21 Sep (War Media "
    "via Al-Masdar Online: party claim): IS's until the army's advance (continuity inferred); "
    "19-22 Sep, when pro-government outlets reported the first of these villages taken, stay gaps"
)
WEST_BANK_23_SEP_NOTE = (
    "region-level, party-side claim: the army took Ma'dan on Saturday 23 Sep 2017 and held 'the "
    "entire western bank of the Euphrates River north of Deir Ezzor city', IS having withdrawn to "
    "the east bank or south of the city (Al-Masdar News, pro-government, via PanARMENIAN.Net); "
    "this place lies on the west bank between the city and Ma'dan; no IS return reported before "
    "the batch's government answer of 19 Nov (continuity inferred; not sourced per day)"
)


# --- Ayyash, north-west of the besieged enclave, before the siege was broken -------------------
AYYASH_SOURCES = ("sohr-2016-01-20-ayyash-hill", "al_hal-2016-12-25-ayyash-fawqani-return",
                  SIEGE_BROKEN)  # fmt: skip
AYYASH_NOTE = (
    "IS-held: IS took the al-Hujayf hill at Ayyash's edge and the Ayyash depots from the regime in "
    "Jan 2016 and executed captured soldiers 'in the towns of Ayyash and al-Shumaytiyah' (SOHR, 20 "
    "Jan 2016); on 24 Dec 2016 IS let the people of Ayyash Fawqani, which it had declared a "
    "military zone, return, its fighting with the regime going on without either side advancing "
    "(Al-Hal, 25 Dec 2016); IS besieged the government's enclave until the army broke through on "
    "5 Sep 2017 (Reuters): held by IS between the reports (continuity inferred; Ayyash Fawqani is "
    "taken as the gazetteer's Ayyash); the day the army took it after 5 Sep is not reported (a gap)"
)


# --- the Thayyem field south of the city, 9 Sep 2017 --------------------------------------------
THAYYEM = {"thayyem_oil_field", "thayyem_processing_facility"}
THAYYEM_IS_NOTE = (
    "IS-held: the army and allies lifted the siege of Deir ez-Zor through the Brigade 137 base "
    "(5 Sep 2017), the province's energy fields 'all of which fell to IS during the war', until "
    "the army took the Teym field on Saturday 9 Sep (SANA via Xinhua): held by IS between the "
    "reports (continuity inferred)"
)
THAYYEM_NOTE = (
    "party claim: the army 'captured on Saturday the key oil field of Teym' and the areas round "
    "it, a few kilometres from the graveyard at the city's southern entrance (SANA and a military "
    "source via Xinhua, 9 Sep 2017); the gazetteer's field and its processing facility, 1.6 km "
    "apart, are both taken as the field; no IS return reported before the batch's government "
    "answer of 19 Nov (continuity inferred)"
)


# --- the T2 station in the desert south of Albu Kamal, 26 Oct 2017 -----------------------------
T2_IS_NOTE = (
    "IS-held: IS held 'much of the province' when the army broke the siege of Deir ez-Zor on 5 "
    "Sep 2017 (Reuters) and the army seized the T2 oil pumping station 'from Islamic State' on 26 "
    "Oct (Reuters, on a Hezbollah-run news service): held by IS between the reports "
    "(continuity inferred); 23-25 Oct, when pro-government sites claimed the army round or in "
    "the station, stay gaps"
)
T2_NOTE = (
    "party claim: the army and its allies 'seized an oil pumping station from Islamic State in "
    "eastern Syria', the T2 station, 'a launchpad' towards Albu Kamal (a Hezbollah-run news "
    "service, reported on Thursday 26 Oct 2017 by Reuters); no IS return reported before "
    "the batch's government answer of 19 Nov (continuity inferred)"
)
T2_SITE = (
    "region-level: the abandoned T2 airstrip lies 3 km from the T2 pumping station, given the "
    "station's holder: {}"
)


# --- the Conoco plant after the SDF's claim of 23 Sep 2017 ---------------------------------------
CONOCO_NOTE = (
    "the SDF's: it said it took the plant on Saturday 23 Sep 2017 (SOHR then disputed it: see the "
    "batch's contested days), and Deir Ezzour24's head told The Wall Street Journal the SDF took "
    "control of the facility that Saturday, its fighters combing the plant and its surroundings "
    "for IS remnants fleeing to Khasham (OilPrice.com, 25 Sep); SOHR listed IS's last places on "
    "the east bank in Dec 2017, all far south of the plant: no IS return reported between "
    "(continuity inferred; not sourced per day)"
)


# --- the Jafra field on the east bank, 11-13 Oct 2017 ------------------------------------------
JAFRA_NOTE = (
    "fought over: on 13 Oct 2017 clashes round the Jafra oil field went on 'for the third day "
    "running', IS 'trying to regain control of the field' and claiming 17 SDF dead on Wednesday "
    "(Al-Masdar Online via microsyria, translated): the SDF's (it had announced the field taken on "
    "30 Sep: party claim), attacked by IS, on 11-13 Oct; the days before and after stay gaps"
)


# --- al-Shahil and al-Hawaij downstream of al-Busayrah, Nov 2017 --------------------------------
SHAHIL_IS_NOTE = (
    "IS-held: the SDF launched Jazira Storm on 9 Sep 2017 and reached al-Busayrah, advancing south "
    "on al-Shahil, only on 12 Nov (SOHR via TRT World); IS had held al-Shahil since mid-2014 "
    "(Euphrates Post): held by IS between the reports (continuity inferred)"
)
SHAHIL_NOTE = (
    "the SDF took al-Shahil at noon on Monday 13 Nov 2017, 'about 24 hours' after al-Busayrah, "
    "once IS fighters withdrew to the neighbouring village of al-Hawaij; the SDF's media office "
    "showed its Deir ez-Zor Military Council commander at the town's entrance (Euphrates Post, "
    "local opposition network, translated; the day read from the text); no IS return reported "
    "before the batch's answer of 31 Dec (continuity inferred)"
)
HAWAIJ_NOTE = (
    "IS-held: the SDF's Jazira Storm began on 9 Sep 2017; when the SDF took al-Shahil on Monday 13 "
    "Nov IS's fighters 'withdrew to the neighbouring village of al-Hawaij' (Euphrates Post, "
    "translated): held by IS to that day (continuity inferred); the day the SDF took it is not "
    "stored (a gap to the batch's answer of 31 Dec)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


DEIR3: tuple[RegionRule, ...] = (
    RegionRule("deir3_north_west_feb_2017", EAST_BANK_BLOCK, _ids(*FEB_2017_VILLAGES), (
        Span(CAMPAIGN, BEFORE_WESTERN_COUNTRYSIDE, "sdf",
             (ENAB_24_FEB_2017, AL_JAZEERA_22_FEB_2017, SDF_OCTOBER), FEB_2017_NOTE),
    )),
    RegionRule("deir3_taken_22_sep", GOVERNMENT_BLOCK, _ids(*TAKEN_22_SEP), (
        Span(SIEGE_BROKEN_DAY, day("2017-09-21"), "isis",
             (SIEGE_BROKEN, WAR_MEDIA_21_SEP, MASDAR_22_SEP), TAKEN_22_SEP_IS_NOTE),
        Span(day("2017-09-22"), BEFORE_ALBU_KAMAL, "government",
             (MASDAR_22_SEP, MURASELON_23_SEP, MASDAR_23_SEP), TAKEN_22_SEP_NOTE),
    )),
    *(
        RegionRule(f"deir3_upriver_{place}", GOVERNMENT_BLOCK, _ids(place), (
            Span(SIEGE_BROKEN_DAY, day(last), "isis",
                 (SIEGE_BROKEN, WAR_MEDIA_21_SEP, MURASELON_23_SEP), UPRIVER_IS_NOTE),
            Span(day("2017-09-23"), BEFORE_ALBU_KAMAL, "government", (MASDAR_23_SEP,),
                 WEST_BANK_23_SEP_NOTE),
        ))
        for place, last in sorted(UPRIVER_NOT_NAMED.items())
    ),
    RegionRule("deir3_among_21_sep", GOVERNMENT_BLOCK, _ids(*AMONG_21_SEP), (
        Span(SIEGE_BROKEN_DAY, day("2017-09-18"), "isis", (SIEGE_BROKEN, WAR_MEDIA_21_SEP),
             AMONG_21_SEP_IS_NOTE),
        Span(day("2017-09-23"), BEFORE_ALBU_KAMAL, "government", (MASDAR_23_SEP,
             WAR_MEDIA_21_SEP), WEST_BANK_23_SEP_NOTE),
    )),
    RegionRule("deir3_ayyash", GOVERNMENT_BLOCK, _ids("ayyash"), (
        Span(START, day("2017-09-04"), "isis", AYYASH_SOURCES, AYYASH_NOTE),
    )),
    RegionRule("deir3_thayyem", GOVERNMENT_BLOCK, _ids(*THAYYEM), (
        Span(SIEGE_BROKEN_DAY, day("2017-09-08"), "isis", (SIEGE_BROKEN, XINHUA_TEYM),
             THAYYEM_IS_NOTE),
        Span(day("2017-09-09"), BEFORE_ALBU_KAMAL, "government", (XINHUA_TEYM,), THAYYEM_NOTE),
    )),
    RegionRule("deir3_t2_station", GOVERNMENT_BLOCK, _ids("t2_pumping_station"), (
        Span(SIEGE_BROKEN_DAY, day("2017-10-22"), "isis", (SIEGE_BROKEN, REUTERS_T2),
             T2_IS_NOTE),
        Span(day("2017-10-26"), BEFORE_ALBU_KAMAL, "government", (REUTERS_T2,), T2_NOTE),
    )),
    RegionRule("deir3_t2_airstrip", MILITARY_BLOCK, _ids("abandoned_t2_airport"), (
        Span(SIEGE_BROKEN_DAY, day("2017-10-22"), "isis", (SIEGE_BROKEN, REUTERS_T2),
             T2_SITE.format(T2_IS_NOTE)),
        Span(day("2017-10-26"), BEFORE_ALBU_KAMAL, "government", (REUTERS_T2,),
             T2_SITE.format(T2_NOTE)),
    )),
    RegionRule("deir3_conoco", EAST_BANK_BLOCK, _ids("conoco_tabieh_gas_plant"), (
        Span(day("2017-09-25"), BEFORE_SOHR_DECEMBER, "sdf", (OILPRICE_CONOCO, SOHR_DECEMBER),
             CONOCO_NOTE),
    )),
    RegionRule("deir3_jafra_oct", EAST_BANK_BLOCK, _ids("jafra_oil_field"), (
        Span(day("2017-10-11"), day("2017-10-13"), "sdf", (TABARAYYA,), JAFRA_NOTE,
             status="contested", with_parties=("isis",)),
    )),
    RegionRule("deir3_shahil", EAST_BANK_BLOCK, _ids("al_shahil"), (
        Span(CAMPAIGN, day("2017-11-12"), "isis", (TRT_BUSAYRAH, EUPHRATES_POST_SHAHIL),
             SHAHIL_IS_NOTE),
        Span(day("2017-11-13"), BEFORE_SOHR_DECEMBER, "sdf", (EUPHRATES_POST_SHAHIL,),
             SHAHIL_NOTE),
    )),
    RegionRule("deir3_hawaij", EAST_BANK_BLOCK, _ids("hawaij"), (
        Span(CAMPAIGN, day("2017-11-13"), "isis", (TRT_BUSAYRAH, EUPHRATES_POST_SHAHIL),
             HAWAIJ_NOTE),
    )),
)  # fmt: skip
