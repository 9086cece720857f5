"""Region rules for the Maskanah plain and the Jirah airbase (issue #15, h-maskan): villages by
dated reports, 11 Mar - 3 Jun 2017.

Same shape as `tools/regions_2016_2018_rules_ealeppo4.py`; `tools/regions_2016_2018_rules.py` adds
``MASKAN`` at the end of ``RULES``, so these answer only the days the earlier rules leave in the
``[g2016_east_aleppo_government]`` block:

- IS's counter-attack of Saturday 11 Mar 2017 round the Jirah airbase (Al-Ghad al-Souri, 12 Mar,
  party media; SMART, 17 Mar): Rajm al-Aqra, Mushrifat al-Tin and al-Qawwas retaken by IS. IS's on
  11 - 12 Mar only (the report's days): by early April the army was again at the airbase's
  outskirts from the west, north and east (Al-Masdar News, 16 May), so which side held them after
  is not settled;
- the airbase's fall on the evening of Friday 12 May (Zaman al-Wasl, 13 May; Reuters and AFP, 13
  May): Khirbat Uqla taken the same evening (the army's from 13 May), Jarrah Saghir too (the
  army's from 16 May: a pro-government report read only on a relay the source policy refuses puts
  it on Tuesday 16 May, so 13 - 15 May stay a gap); al-Mahdoum on the M4 taken on the morning of
  10 May (Al-Masdar News, party claim: the army's 10 - 13 May, the block's end);
- the Maskanah plain, 27 May - 2 Jun: al-Qari 1.5 km west of Maskanah on 27 May (Al-Masdar News,
  party claim); al-Salihiya, al-Mazza and al-Wasita in SANA's list of Monday 29 May (relayed by the
  Syrian Press Center, party claim; an announcement that gathers the days before, so the days
  before it stay a gap); al-Faisaliya and al-Mas'udiya on Friday 2 Jun (Al-Masdar News, party
  claim). IS's from the airbase's fall (13 May, where the region rule's IS answer ends) to the eve
  where the report is of the capture day, continuity inferred; the army's to 3 Jun, then the
  batch's Maskanah answer. Wadhah and Somouqah IS's to 29 May, when IS declared Maskanah and the
  villages round it a military zone and aircraft struck them (the Maskanah News page via the
  Syrian Press Center).

Sources in ``sources/2016-2019-maskan.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["MASKAN"]

BLOCK = "g2016_east_aleppo_government"
#: The Jirah airbase taken on the evening of Friday 12 May 2017 (Zaman al-Wasl), reported on
#: Saturday 13 May (Reuters; SOHR via AFP): the region rule answers IS round Maskanah to 12 May.
JIRAH_TAKEN = day("2017-05-13")
#: Saturday 3 Jun 2017, the last day before the batch's Maskanah answer (4 Jun).
EVE_OF_MASKANAH = day("2017-06-03")

ALGHAD_12_MAR = "alghad_alsouri-2017-03-12-is-retakes-villages-east-aleppo"
SMART_17_MAR = "smart-2017-03-17-deir-hafer-villages"
ZAMAN_13_MAY = "zaman_al_wasl-2017-05-13-jarrah-airbase"
AFP_JIRAH = "afp-2017-05-13-jarrah-airbase"
REUTERS_JIRAH = "reuters-2017-05-13-jarrah-airport-enclave"
MASDAR_10_MAY = "al_masdar-2017-05-10-al-mahdoum"
MASDAR_27_MAY = "al_masdar-2017-05-27-maskanah-western-gates"
SPC_29_MAY = "syrian_press_center-2017-05-29-seventeen-villages-east-aleppo"
MASDAR_2_JUN = "al_masdar-2017-06-02-eight-villages-southeast-aleppo"
ZAMAN_3_JUN = "zaman_al_wasl-2017-06-05-maskanah-villages"
MASKANAH_TAKEN = "xinhua-2017-06-04-maskanah"

TO_MASKANAH = (
    "; no IS return reported before IS left Maskanah at sunset on Saturday 3 Jun (Zaman al-Wasl) "
    "and the army entered it on 4 Jun (SOHR via Xinhua), from which the earlier rules answer "
    "(continuity inferred; not sourced per day)"
)
IS_BEFORE = (
    "IS-held until the army's push across the Maskanah plain: the army took the Jirah airbase, in "
    "IS's 'remaining enclave in eastern Aleppo countryside' (Reuters), on 12 - 13 May 2017 (Zaman "
    "al-Wasl; SOHR via AFP), where the region rule's IS answer ends; {} (continuity inferred from "
    "13 May; not sourced per day)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


MASKAN: tuple[RegionRule, ...] = (
    # --- IS's counter-attack round the Jirah airbase, Saturday 11 Mar 2017 ----------------------
    RegionRule("maskan_is_return_11_mar_2017", BLOCK,
               _ids("rajm_al_aqra", "mashrafa_al_tin", "qawas"), (
        Span(day("2017-03-11"), day("2017-03-12"), "isis", (ALGHAD_12_MAR, SMART_17_MAR),
             "retaken by IS on Saturday 11 Mar 2017: Al-Ghad al-Souri (12 Mar, site of the "
             "Syria's Tomorrow Movement: party media; translated) names Habboubah Saghira, "
             "Kashish, al-Durra, Rajm al-Aqra, Mushrifa, Mushrifat al-Tin, the two Tatun hills and "
             "al-Qawwas, eight villages the regime forces had taken without a fight after IS "
             "withdrew, retaken by IS 'yesterday, Saturday' in a sandstorm, with the Jirah "
             "airbase; SMART (17 Mar) has IS retake the airbase and villages round it that day "
             "(al-Qawwas matched to the gazetteer's Qawas, 6 km east of the airbase, by name). "
             "Answered to the report's day only: the army was back at the airbase's outskirts "
             "from the west, north and east by early April (Al-Masdar News, 16 May), so the days "
             "after stay a gap"),
    )),

    # --- the Jirah airbase's fall, 10 - 16 May 2017 ----------------------------------------------
    RegionRule("maskan_mahdum_10_may_2017", BLOCK, _ids("al_mahdum"), (
        Span(day("2017-05-10"), day("2017-05-13"), "government",
             (MASDAR_10_MAY, ZAMAN_13_MAY, AFP_JIRAH),
             "taken on the morning of Wednesday 10 May 2017: the pro-government Al-Masdar News "
             "(party claim) has the Tiger Forces, Liwa al-Quds and al-Baqir tribal fighters "
             "impose full control over al-Mahdoum on the Aleppo-Raqqa M4 highway after a battle "
             "with IS, flanking the Jirah airbase from three sides; the airbase fell on 12 - 13 "
             "May (Zaman al-Wasl; SOHR via AFP); from 14 May the earlier rules answer (continuity "
             "inferred; not sourced per day)"),
    )),
    RegionRule("maskan_khirbat_uqla_12_may_2017", BLOCK, _ids("khirbat_uqla"), (
        Span(JIRAH_TAKEN, EVE_OF_MASKANAH, "government", (ZAMAN_13_MAY, AFP_JIRAH, REUTERS_JIRAH),
             "taken on the evening of Friday 12 May 2017 with the Jirah airbase: Zaman al-Wasl's "
             "activist (opposition site, 13 May; translated) has the regime forces take the "
             "airbase 'yesterday' as IS withdrew towards Maskanah, and 'also yesterday' the "
             "villages of Khirbat Uqla, Jarrah Saghir and Jarrah Kabir (the copy reads 'the "
             "organisation', a slip for the regime its 'after its capture of the airport' shows); "
             "SOHR (via AFP) and Reuters report the airbase's fall on 13 May" + TO_MASKANAH),
    )),
    RegionRule("maskan_jarrah_saghir_may_2017", BLOCK, _ids("jarah_sagir"), (
        Span(day("2017-05-16"), EVE_OF_MASKANAH, "government", (ZAMAN_13_MAY, AFP_JIRAH),
             "the regime forces' from the Jirah airbase's fall: Zaman al-Wasl's activist "
             "(opposition site, 13 May 2017; translated) has Jarrah Saghir and Jarrah Kabir taken "
             "with the airbase on the evening of Friday 12 May; a pro-government report read only "
             "on a relay the source policy refuses puts Jarrah Saghir's capture on Tuesday 16 "
             "May, so 13 - 15 May, where the two differ, stay a gap" + TO_MASKANAH),
    )),

    # --- the Maskanah plain, 27 May - 2 Jun 2017 --------------------------------------------------
    RegionRule("maskan_qari_27_may_2017", BLOCK, _ids("al_ghari"), (
        Span(JIRAH_TAKEN, day("2017-05-26"), "isis", (REUTERS_JIRAH, AFP_JIRAH, MASDAR_27_MAY),
             IS_BEFORE.format(
                 "the pro-government Al-Masdar News has the army take al-Qari, 1.5 km from "
                 "Maskanah's western gates, on 27 May")),
        Span(day("2017-05-27"), EVE_OF_MASKANAH, "government", (MASDAR_27_MAY, ZAMAN_3_JUN),
             "taken on Saturday 27 May 2017: the pro-government Al-Masdar News (party claim) has "
             "the Tiger Forces, after 11 villages that morning, impose full control over the "
             "Sukariyah cattle farm, 'Al-Qari' and 'Al-Bandouqa', within 1,500 m of Maskanah's "
             "western gates (the gazetteer's Al-Ghari, also spelt Qari, 4 km west of the town). "
             "Zaman al-Wasl's local source lists al-Banduqa among the villages taken on 3 Jun, so "
             "the report's other village may have been taken twice; al-Qari itself is not "
             "disputed" + TO_MASKANAH),
    )),
    RegionRule("maskan_sana_list_29_may_2017", BLOCK,
               _ids("salihiyah_manbij", "al_mazzah", "al_wasitah"), (
        Span(day("2017-05-29"), EVE_OF_MASKANAH, "government", (SPC_29_MAY, AFP_JIRAH),
             "the army's by Monday 29 May 2017: SANA's military source (state media: party "
             "claim, relayed by the Syrian Press Center the same day; translated) names "
             "al-Salihiya, al-Battushiya, Jubab al-Mas'udiya, Mustariha, al-Mazza, al-Wasita, "
             "Banduqa, al-Hamidiya and others among 17 villages east of Aleppo the army took "
             "after IS withdrew. The list gathers the days before (Mustariha and al-Hamidiya "
             "were reported taken on 27 May), so the day this village fell is not stored and the "
             "days before 29 May stay a gap" + TO_MASKANAH),
    )),
    RegionRule("maskan_bombed_is_held_29_may_2017", BLOCK, _ids("wadhah", "somouqah"), (
        Span(JIRAH_TAKEN, day("2017-05-29"), "isis", (SPC_29_MAY, REUTERS_JIRAH, AFP_JIRAH),
             IS_BEFORE.format(
                 "on Monday 29 May the 'Maskanah News' page (relayed by the Syrian Press Center; "
                 "translated) had IS's hisba declare Maskanah and all the villages round it a "
                 "military zone closed to civilians and aircraft strike the villages of al-Alwa, "
                 "Wadha, al-Hayit, al-Far, Sumuma, Hittin and the Fifth Farm round the town (the "
                 "gazetteer's Wadhah and Somouqah, also spelt Somumah); "
                 "answered to that day only, the day the army entered each not being reported")),
    )),
    RegionRule("maskan_faisaliyah_2_jun_2017", BLOCK, _ids("fayssaliyah"), (
        Span(JIRAH_TAKEN, day("2017-06-01"), "isis", (REUTERS_JIRAH, AFP_JIRAH, MASDAR_2_JUN),
             IS_BEFORE.format(
                 "the pro-government Al-Masdar News has the army take al-Faisaliyah on the "
                 "morning of 2 Jun")),
        Span(day("2017-06-02"), EVE_OF_MASKANAH, "government",
             (MASDAR_2_JUN, ZAMAN_3_JUN, MASKANAH_TAKEN),
             "taken on the morning of Friday 2 Jun 2017: the pro-government Al-Masdar News "
             "('according to the Tiger Forces': party claim) names Al-Hamra, Al-Faisaliyah, "
             "Al-Namiyah, Ramdaniyah, Masoudiyah, Jubab Al-Hammam, Jubab Aysaylan and Khaliyat, "
             "eight villages in the south-western Maskanah plain taken within hours, IS beginning "
             "its retreat towards Raqqa (the gazetteer's Fayssaliyah, 12 km south-west of "
             "Maskanah)" + TO_MASKANAH),
    )),
    RegionRule("maskan_masudiyah_2_jun_2017", BLOCK, _ids("al_masudiyah"), (
        Span(day("2017-06-02"), EVE_OF_MASKANAH, "government",
             (MASDAR_2_JUN, SPC_29_MAY, MASKANAH_TAKEN),
             "taken by Friday 2 Jun 2017: the pro-government Al-Masdar News ('according to the "
             "Tiger Forces': party claim) names 'Masoudiyah' among eight villages of the "
             "south-western Maskanah plain taken that morning (the gazetteer's Al-Mas'udiyah, 15 "
             "km south-west of Maskanah, by name). SANA's list of 29 May (party claim) has "
             "'Jubab al-Mas'udiya', the wells of al-Mas'udiya, which may be this village or "
             "beside it, so the days before 2 Jun stay a gap" + TO_MASKANAH),
    )),
)  # fmt: skip
