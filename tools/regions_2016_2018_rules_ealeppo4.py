"""Region rules for east Aleppo, fourth pass (issue #15, h-ealeppo4): villages by dated reports.

Same shape as `tools/regions_2016_2018_rules_ealeppo3.py`; `tools/regions_2016_2018_rules.py` adds
``EALEPPO4`` at the end of ``RULES``, so these answer only the days the earlier rules leave in the
``[g2016_east_aleppo_government]`` block:

- the army's ring round Deir Hafer in the second half of March 2017, village by village: Zubayda
  and al-Kabbariya (the gazetteer's Al-Kayariyah) on Friday 17 Mar (SMART's activists), Jinni
  al-Salamah on Monday 20 Mar (the Hezbollah-run media unit relayed by Al-Masdar Online: party
  claim), al-Ahmadiya and al-Kabbariya on Wednesday 22 Mar and Umm Tinah on Thursday 23 Mar
  (Al-Masdar Online, from the regime side's announcements: party claim). IS's from the start of the
  campaign (17 Jan, where the region rule's IS answer ends) to the eve of the capture where the
  region rule answered IS before, continuity inferred; the army's from the capture to 28 Mar, the
  eve of Deir Hafer's fall (29 Mar, Reuters), from which the region rule answers;
- the villages round al-Khafsa the army took as IS withdrew on Tuesday 7 Mar 2017 (Khirbat Shihab,
  al-Rihaniya, Ma'arida Kabira, Jubb al-Qahwa, Rasm Bukhar, al-Kabbariya: local sources to Al-Araby
  al-Jadeed, the pro-government Al-Watan; Balwa and Sheikh Abyad: SANA, party claim; its Qubab
  Kabir and Saghir are not matched, the gazetteer having a Qibab pair by al-Khafsa and a Qibab
  Kabir by Balwa)
  and south of it with the Babiri pumping station on Wednesday 8 Mar (Rajm al-Aqra, Mushrifat
  al-Tin, al-Hurriya, Rasm al-Harmal Kabir, Habboubah Kabira, Aruda Kabira and Babiri: Al-Watan,
  party claim). IS's from 20 Feb (where the region rule's IS answer ends) to the eve, continuity
  inferred; the army's from the capture to the block's end or to 10 Mar, the eve of IS's
  counter-attack of Saturday 11 Mar that retook the Jirah airbase and villages round it (SMART),
  after which the days stay a gap;
- south of al-Bab and by the Jabbul lake, Jan - Feb 2017: Rasm al-Sarhan taken from IS on Monday 30
  Jan (Syria News Desk, 31 Jan), Arran on 30 Jan (Al-Hal's activist, the Syrian Press Center;
  Syrian Mirror on 1 Feb) and Tuman reported taken on 30 Jan and again on the evening of 8
  Feb (Syria News Desk both times): IS's from the campaign's start to 29 Jan, continuity inferred;
  the army's from the report (Tuman's later one) to 19 Feb (the region rule answers from 20 Feb);
  the days between the differing reports stay a gap. Deir Qaq taken on the morning of 9 Feb (Syria
  News Desk): IS's 17 Jan - 8 Feb, the army's to 26 Feb. Al-Qutbiya taken on the morning of 31 Jan
  (Syria News Desk): the army's to 28 Mar. Al-Karayn a front of IS's on 31 Jan (Syria News Desk) and
  taken by the army on 15 Mar (the answer of `_rev7.py`): IS's 31 Jan - 14 Mar, continuity inferred.
  Round the Sarja villages: al-Muntar and al-Tanbur taken on Sunday 22 Jan (the pro-government Al-
  Masdar relayed by Al-Masdar Online; SOHR), IS's 17 - 21 Jan and the army's after; Sirbus, al-
  Husamiya, Umm al-Amad, Khan Hufayra, Barlahin and al-Madiuna taken in the campaign's first week
  (SOHR, January 2017, day not shown): the army's counted from 1 Feb.

Sources in ``sources/2016-2019-ealeppo4.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["EALEPPO4"]

BLOCK = "g2016_east_aleppo_government"
#: The army's east Aleppo campaign from 17 Jan 2017: the region rule answers IS round Deir Hafer
#: to 16 Jan (``ea_deir_hafer_ring``).
CAMPAIGN_START = day("2017-01-17")
#: The day before the army took Deir Hafer (29 Mar 2017, Reuters), from which the region rule
#: answers.
EVE_OF_DEIR_HAFER = day("2017-03-28")

DEIR_HAFER_TAKEN = "reuters-2017-03-29-deir-hafer"
SMART_17_MAR = "smart-2017-03-17-deir-hafer-villages"
MASDAR_20_MAR = "almasdaronline-2017-03-20-south-of-deir-hafer"
MASDAR_23_MAR = "almasdaronline-2017-03-23-umm-tinah"
ENAB_23_MAR = "enab_baladi-2017-03-23-deir-hafer-siege"

#: The army's advance reached the country south of al-Bab from 18 - 20 Feb 2017; the region rule
#: answers IS round al-Khafsa to 19 Feb.
KHAFSA_BLOCK_START = day("2017-02-20")
KHAFSA_DAY = day("2017-03-07")
EVE_OF_KHAFSA = day("2017-03-06")
BABIRI_DAY = day("2017-03-08")
#: The eve of IS's counter-attack of Saturday 11 Mar 2017 on the Jirah airbase and villages round
#: it (SMART, 17 Mar): which villages it took is not said, so the army's answer stops here.
EVE_OF_IS_RETURN = day("2017-03-10")
KHAFSA_TAKEN = "reuters-2017-03-07-khafsa"
ARABY_7_MAR = "the_new_arab-2017-03-07-khafsa-villages"
SANA_7_MAR = "sana-2017-03-07-khafsa-villages"
WATAN_8_MAR = "al_watan_sy-2017-03-08-khafsa-villages"
WATAN_9_MAR = "al_watan_sy-2017-03-09-babiri-villages"
SYRIA_NEWS_8_MAR = "syria_news-2017-03-08-khafsa-south-villages"
SYRIA_DIRECT_8_MAR = "syria_direct-2017-03-08-khafsah"

SPC_30_JAN = "syrian_press_center-2017-01-30-tuman-arran"
MIRROR_1_FEB = "syrian_mirror-2017-02-01-arran"
HAL_30_JAN = "al_hal-2017-01-30-arran"
SND_31_JAN = "syria_news_desk-2017-01-31-qutbiya"
SND_9_FEB = "syria_news_desk-2017-02-09-deir-qaq"
AL_MASDAR_15_MAR = "al_masdar-2017-03-15-four-villages-deir-hafer"
MASDAR_22_JAN = "almasdaronline-2017-01-22-farms-west-of-al-bab"
SOHR_JAN_FOUR = "sohr-2017-01-tiger-forces-four-villages-south-west-of-al-bab"
SARJA_TAKEN = "gazete_duvar-2017-01-22-army-nears-al-bab"
#: The day before the region-level Tadef answer of `_aleppo.py`/`_bab2.py` takes over (27 Feb).
EVE_OF_TADEF = day("2017-02-26")
SARJA_DAY = day("2017-01-22")
SARHAN_DAY = day("2017-01-30")

IS_BEFORE_KHAFSA_NOTE = (
    "IS-held until the army reached the al-Khafsa area: IS had held al-Khafsa since 2014 and left "
    "it on Tuesday 7 Mar 2017 as the army took the town and its pumping station (SOHR via "
    "Reuters); {} (continuity inferred from 20 Feb, where the region rule's IS answer ends; not "
    "sourced per day)"
)
AFTER_KHAFSA_NOTE = (
    "{}; IS counter-attacked on Saturday 11 Mar and retook the Jirah airbase and villages round "
    "it (SMART, 17 Mar), which are not named, so the days from 11 Mar stay a gap (continuity "
    "inferred to 10 Mar only)"
)

RING_NOTE = (
    "{}; the army took Deir Hafer itself on 29 Mar 2017 (Reuters), from which the earlier rules "
    "answer; no IS return to this village reported in between (continuity inferred; not sourced "
    "per day)"
)
IS_BEFORE_NOTE = (
    "IS-held until the army's ring round Deir Hafer reached it: IS had held Deir Hafer entirely "
    "since January 2014 (Enab Baladi, 23 Mar 2017) and the country round it until the army's "
    "campaign of 2017 (the region rule answers IS to 16 Jan); {} (continuity inferred from 17 "
    "Jan; not sourced per day)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


EALEPPO4: tuple[RegionRule, ...] = (
    RegionRule("ealeppo4_zubayda_17_mar_2017", BLOCK, _ids("zubayda"), (
        Span(day("2017-03-17"), EVE_OF_DEIR_HAFER, "government", (SMART_17_MAR, DEIR_HAFER_TAKEN),
             RING_NOTE.format(
                 "activists told SMART (opposition agency, Friday 17 Mar 2017; translated) that "
                 "the regime forces took the villages of 'Zubayda' and 'Khisaf' south of Deir "
                 "Hafer and 'al-Kabbariya' north of it that day, after battles with IS")),
    )),
    RegionRule("ealeppo4_kabbariya_mar_2017", BLOCK, _ids("al_kayariyah"), (
        Span(CAMPAIGN_START, day("2017-03-16"), "isis",
             (SMART_17_MAR, MASDAR_23_MAR, ENAB_23_MAR),
             IS_BEFORE_NOTE.format(
                 "SMART's activists have the regime forces take al-Kabbariya, north of the town, "
                 "from IS on Friday 17 Mar 2017 and Al-Masdar Online has it among five villages "
                 "taken on 22 Mar (the gazetteer's Al-Kayariyah, 4 km north of Deir Hafer: the "
                 "Arabic al-Kabbariya and al-Kayyariya differ only by a letter's dots; matched by "
                 "place; 17 - 21 Mar, where the two reports disagree, stays a gap)")),
        Span(day("2017-03-22"), EVE_OF_DEIR_HAFER, "government",
             (MASDAR_23_MAR, SMART_17_MAR, DEIR_HAFER_TAKEN),
             RING_NOTE.format(
                 "taken by the regime forces by Wednesday 22 Mar 2017: Al-Masdar Online "
                 "(opposition site, 23 Mar; translated) names 'al-Ahmadiya, al-Kabbariya, Tall "
                 "al-Sus, al-Akula and Lalat Muhammad' north and east of Deir Hafer as taken the "
                 "day before, and SMART's activists had the army take al-Kabbariya on 17 Mar "
                 "(the later day is kept; the gazetteer's Al-Kayariyah, matched by place)")),
    )),
    RegionRule("ealeppo4_ahmadiyah_22_mar_2017", BLOCK, _ids("ahmadiyah"), (
        Span(CAMPAIGN_START, day("2017-03-21"), "isis", (MASDAR_23_MAR, ENAB_23_MAR),
             IS_BEFORE_NOTE.format(
                 "Al-Masdar Online (opposition site, 23 Mar 2017; translated) has the regime "
                 "forces take al-Ahmadiya from IS on 22 Mar")),
        Span(day("2017-03-22"), EVE_OF_DEIR_HAFER, "government", (MASDAR_23_MAR, DEIR_HAFER_TAKEN),
             RING_NOTE.format(
                 "taken by the regime forces on Wednesday 22 Mar 2017 with al-Kabbariya, Tall "
                 "al-Sus, al-Akula and Lalat Muhammad north and east of Deir Hafer (Al-Masdar "
                 "Online, opposition site, 23 Mar, 'a day after'; translated: the regime side's "
                 "announcements, party claim)")),
    )),
    RegionRule("ealeppo4_jinni_al_salamah_20_mar_2017", BLOCK, _ids("jinni_al_salamah"), (
        Span(CAMPAIGN_START, day("2017-03-19"), "isis", (MASDAR_20_MAR, ENAB_23_MAR),
             IS_BEFORE_NOTE.format(
                 "the Hezbollah-run military media unit (relayed by Al-Masdar Online, Monday 20 "
                 "Mar 2017; party claim) has the regime forces take Jinni al-Salamah after "
                 "clashes with IS that day")),
        Span(day("2017-03-20"), EVE_OF_DEIR_HAFER, "government", (MASDAR_20_MAR, DEIR_HAFER_TAKEN),
             RING_NOTE.format(
                 "taken by the regime forces and their militias on Monday 20 Mar 2017 after "
                 "clashes with IS, with Shuraymah and al-Qusayr south of Deir Hafer (the "
                 "Hezbollah-run military media unit, party claim, relayed by Al-Masdar Online, an "
                 "opposition site; translated)")),
    )),
    RegionRule("ealeppo4_umm_tinah_23_mar_2017", BLOCK, _ids("umm_tinah_al_bab"), (
        Span(day("2017-03-23"), EVE_OF_DEIR_HAFER, "government",
             (MASDAR_23_MAR, ENAB_23_MAR, DEIR_HAFER_TAKEN),
             RING_NOTE.format(
                 "taken by the regime forces on Thursday 23 Mar 2017, cutting IS's last supply "
                 "road into Deir Hafer (the pro-government page Damascus Now, relayed by Al-Masdar "
                 "Online, an opposition site: party claim; translated); Enab Baladi has the siege "
                 "complete that day. An earlier undated claim of the village (a 'Saturday' list "
                 "read on the Syrian Press Center) is not used, so the days before stay a gap")),
    )),

    # --- al-Khafsa, 7 - 8 Mar 2017 ----------------------------------------------------------------
    RegionRule("ealeppo4_khafsa_villages_7_mar_2017", BLOCK,
               _ids("khirbat_shihab", "al_rihaniyah", "maaradah_kabira"), (
        Span(KHAFSA_BLOCK_START, EVE_OF_KHAFSA, "isis", (KHAFSA_TAKEN, ARABY_7_MAR, WATAN_8_MAR),
             IS_BEFORE_KHAFSA_NOTE.format(
                 "the army took this village from IS on 7 Mar (local sources to Al-Araby "
                 "al-Jadeed; the pro-government Al-Watan)")),
        Span(KHAFSA_DAY, KHAFSA_DAY, "government",
             (ARABY_7_MAR, WATAN_8_MAR, SANA_7_MAR, KHAFSA_TAKEN),
             "taken on Tuesday 7 Mar 2017 as IS withdrew after light clashes: local sources to "
             "Al-Araby al-Jadeed (opposition-leaning paper; translated) name al-Khafsa, Jubb "
             "al-Qahwa, Mazraat al-Ibada, Rasm al-Ahmar, Khirbat Shihab, al-Rihaniya, Rasm Bukhar, "
             "Kabbariya and Umm Rusum; the pro-government Al-Watan (8 Mar, party claim) also "
             "names Ma'arida Kabira; SANA (party claim) the same day; from 8 Mar the earlier "
             "rules answer"),
    )),
    RegionRule("ealeppo4_khafsa_sana_7_mar_2017", BLOCK,
               _ids("balwah", "sheikh_abyad"), (
        Span(KHAFSA_BLOCK_START, EVE_OF_KHAFSA, "isis", (KHAFSA_TAKEN, SANA_7_MAR),
             IS_BEFORE_KHAFSA_NOTE.format(
                 "SANA (state media: party claim) names this village among those the army took "
                 "from IS on 7 Mar")),
        Span(KHAFSA_DAY, KHAFSA_DAY, "government", (SANA_7_MAR, KHAFSA_TAKEN),
             "SANA's military source (state media: party claim, relayed by Syria News; "
             "translated) names al-Khafsa, Khafiyat al-Humr, al-Rihaniya, Khirbat Shihab, "
             "Qubab Kabir and Qubab Saghir, Umm Rusum, al-Kabbariya, Rasm al-Bukhar, al-Tabbara, "
             "Balwa, al-Aziziya, al-Kabban and Sheikh Abyad among the villages the army took on "
             "Tuesday 7 Mar 2017; from 8 Mar the earlier rules answer"),
    )),
    RegionRule("ealeppo4_khafsa_north_7_mar_2017", BLOCK,
               _ids("jubb_qahwa", "rasm_al_bukhar", "kiyariyah"), (
        Span(KHAFSA_BLOCK_START, EVE_OF_KHAFSA, "isis", (KHAFSA_TAKEN, ARABY_7_MAR, WATAN_8_MAR),
             IS_BEFORE_KHAFSA_NOTE.format(
                 "the army took this village from IS on 7 Mar (local sources to Al-Araby "
                 "al-Jadeed; the pro-government Al-Watan; SANA)")),
        Span(KHAFSA_DAY, EVE_OF_IS_RETURN, "government",
             (ARABY_7_MAR, WATAN_8_MAR, SANA_7_MAR, KHAFSA_TAKEN, SYRIA_DIRECT_8_MAR),
             AFTER_KHAFSA_NOTE.format(
                 "taken on Tuesday 7 Mar 2017 as IS withdrew after light clashes, with al-Khafsa, "
                 "Jubb al-Qahwa, Rasm Bukhar and Kabbariya (the gazetteer's Kiyariyah, 4 km "
                 "south-west of al-Khafsa) among the villages local sources named to Al-Araby "
                 "al-Jadeed (translated); the pro-government Al-Watan and SANA (party claims) the "
                 "same")),
    )),
    RegionRule("ealeppo4_babiri_villages_8_mar_2017", BLOCK,
               _ids("al_babira", "rajm_al_aqra", "mashrafa_al_tin", "hurriyah_manbij",
                    "rasm_al_hirmil_kabira", "habboubah_kabira", "arudah_kabirah"), (
        Span(KHAFSA_BLOCK_START, KHAFSA_DAY, "isis", (KHAFSA_TAKEN, WATAN_9_MAR),
             IS_BEFORE_KHAFSA_NOTE.format(
                 "the army took the Babiri pumping station south of al-Khafsa and this village "
                 "from IS the day after (the pro-government Al-Watan)")),
        Span(BABIRI_DAY, EVE_OF_IS_RETURN, "government",
             (WATAN_9_MAR, SYRIA_NEWS_8_MAR, SYRIA_DIRECT_8_MAR, KHAFSA_TAKEN),
             AFTER_KHAFSA_NOTE.format(
                 "taken on Wednesday 8 Mar 2017: the pro-government Al-Watan's field source "
                 "(party claim; translated) has the army take the Babiri pumping station south "
                 "of al-Khafsa 'yesterday', the day after al-Khafsa (7 Mar, SOHR via Reuters), "
                 "then Rajm al-Aqra, Tall Tatun, Mushrifat Tall Tatun, Mushrifat al-Tin and "
                 "al-Hurriya south of the station and Rasm Harmal Kabir and Saghir, Habboubah "
                 "Saghira and Kabira, Rasm Abboud, Sakhni, Aruda Kabira and Khafsa Saghira, 16 "
                 "villages that day (the day derived from the report's 'yesterday'); Syria News "
                 "(8 Mar, relaying pro-government pages: party claim) lists the same villages "
                 "taken that Wednesday, and Syria Direct has the army sweep through IS "
                 "territory east of Aleppo on Wednesday 8 Mar")),
    )),
    # --- south of al-Bab and by the Jabbul lake, Jan - Feb 2017 --------------------------------
    RegionRule("ealeppo4_sarhan_30_jan_2017", BLOCK, _ids("rasm_al_sarhan"), (
        Span(CAMPAIGN_START, day("2017-01-29"), "isis", (SND_31_JAN,),
             "IS-held until the army's campaign south of al-Bab reached it: the region rule "
             "answers IS to 16 Jan; Syria News Desk (opposition-leaning office, 31 Jan 2017; "
             "translated) has the regime forces take 'Sarhan and Tuman south of the city of "
             "al-Bab' the day before, after IS withdrew (continuity inferred from 17 Jan; not "
             "sourced per day)"),
        Span(day("2017-01-30"), day("2017-02-19"), "government", (SND_31_JAN,),
             "the army's from Monday 30 Jan 2017: Syria News Desk (31 Jan; translated) has the "
             "regime forces take 'Sarhan and Tuman' south of al-Bab 'yesterday' after IS "
             "withdrew (the gazetteer's Rasm al-Sarhan, 11 km south-east of al-Bab, for "
             "'Sarhan'); no IS return reported before the region rule's answer of 20 Feb "
             "(continuity inferred; not sourced per day)"),
    )),
    RegionRule("ealeppo4_tuman_8_feb_2017", BLOCK, _ids("tuman"), (
        Span(CAMPAIGN_START, day("2017-01-29"), "isis", (SND_31_JAN, SPC_30_JAN, SND_9_FEB),
             "IS-held until the army's campaign south of al-Bab reached it: the region rule "
             "answers IS to 16 Jan; the earliest report of its capture is of Monday 30 Jan 2017 "
             "(Syria News Desk, 31 Jan; the Syrian Press Center) (continuity inferred from 17 "
             "Jan; not sourced per day)"),
        Span(day("2017-02-08"), day("2017-02-19"), "government", (SND_9_FEB, SND_31_JAN),
             "the army's from the evening of Wednesday 8 Feb 2017, when Syria News Desk (9 Feb; "
             "translated) has the regime forces take Tuman south-west of al-Bab after IS "
             "withdrew towards Tadef and Abu Taltal; the same office and the Syrian Press Center "
             "had reported Tuman taken on 30 Jan, so 30 Jan - 7 Feb stay a gap; no IS return "
             "reported before the region rule's answer of 20 Feb (continuity inferred; not "
             "sourced per day)"),
    )),
    RegionRule("ealeppo4_deir_qaq_9_feb_2017", BLOCK, _ids("deir_qaq"), (
        Span(CAMPAIGN_START, day("2017-02-08"), "isis", (SND_9_FEB,),
             "IS-held until the army's campaign south-west of al-Bab reached it: the region rule "
             "answers IS to 16 Jan; Syria News Desk (9 Feb 2017; translated) has the regime "
             "forces take Deir Qaq from IS that morning (continuity inferred from 17 Jan; not "
             "sourced per day)"),
        Span(day("2017-02-09"), EVE_OF_TADEF, "government", (SND_9_FEB,),
             "the army's from the morning of Thursday 9 Feb 2017: a civilian source of al-Bab "
             "told Syria News Desk (opposition-leaning office; translated) that the regime "
             "forces and foreign militias took Deir Qaq, 8 km south-west of al-Bab, after "
             "intermittent clashes with IS under Russian air strikes; SOHR has the army take Deir "
             "Qaq and its farms and al-Shamawiya, IS falling back on Tadef; no IS return reported "
             "before the region-level answer of 27 Feb (continuity inferred; not sourced per "
             "day)"),
    )),
    RegionRule("ealeppo4_arran_30_jan_2017", BLOCK, _ids("arran"), (
        Span(CAMPAIGN_START, day("2017-01-29"), "isis", (SPC_30_JAN, HAL_30_JAN),
             "IS-held until the army's campaign south of al-Bab reached it: the region rule "
             "answers IS to 16 Jan; Al-Hal's activist and the Syrian Press Center (opposition "
             "sites, 30 Jan 2017; translated) have the regime forces take Arran south of al-Bab "
             "from IS that Monday (continuity inferred from 17 Jan; not sourced per day)"),
        Span(SARHAN_DAY, day("2017-02-19"), "government", (HAL_30_JAN, SPC_30_JAN, MIRROR_1_FEB),
             "the army's from Monday 30 Jan 2017: the activist Jamal Abd al-Salam told Al-Hal "
             "(30 Jan; translated) that the regime forces took Arran south of al-Bab, leaving "
             "only Abu Taltal and Tadef before the town; the Syrian Press Center has Tuman and "
             "Arran taken 'today, Monday', and Syrian Mirror's activists have Arran the army's on "
             "1 Feb; the army pushed on north and east of Arran in early February (SOHR has it "
             "take Uwayshiyah on 5 Feb); no IS return reported before the region rule's answer "
             "of 20 Feb (continuity inferred; not sourced per day)"),
    )),
    RegionRule("ealeppo4_qutbiya_31_jan_2017", BLOCK, _ids("qutbiyah"), (
        Span(day("2017-01-31"), EVE_OF_DEIR_HAFER, "government", (SND_31_JAN, DEIR_HAFER_TAKEN),
             RING_NOTE.format(
                 "taken by the regime forces on the morning of Tuesday 31 Jan 2017 after IS "
                 "withdrew under air strikes and shelling: Syria News Desk (opposition-leaning "
                 "office; translated) puts al-Qutbiya south of Deir Hafer, by the Jabbul salt "
                 "flat (the gazetteer's Qutbiyah, 15 km west-south-west of the town on the lake's "
                 "north shore)")),
    )),
    RegionRule("ealeppo4_karayn_front_31_jan_2017", BLOCK, _ids("al_karayn"), (
        Span(day("2017-01-31"), day("2017-03-14"), "isis", (SND_31_JAN, AL_MASDAR_15_MAR),
             "IS-held: on 31 Jan 2017 the regime forces, having taken al-Qutbiya, were fighting "
             "on the fronts of al-Karin and Tall Ahmar and the Jabbul salt flat to take them "
             "(Syria News Desk, opposition-leaning office; a civilian source of the Deir Hafer "
             "countryside; translated); the army took 'Al-Kreen' from IS on 15 Mar (Al-Masdar, "
             "pro-government: party claim; the answer of `_rev7.py`) (continuity inferred "
             "between the two reports; not sourced per day)"),
    )),
    RegionRule("ealeppo4_muntar_tanbur_22_jan_2017", BLOCK, _ids("al_muntar", "at_tunbur"), (
        Span(CAMPAIGN_START, day("2017-01-21"), "isis", (MASDAR_22_JAN, SOHR_JAN_FOUR),
             "IS-held until the army's campaign south-west of al-Bab (from 17 Jan 2017) reached "
             "it: the region rule answers IS to 16 Jan; the regime forces announced the farms "
             "of Suran, al-Tanbur, Sarja Saghira and Kabira, al-Muntar and Marran taken from IS "
             "on Sunday 22 Jan (continuity inferred from 17 Jan; not sourced per day)"),
        Span(SARJA_DAY, EVE_OF_TADEF, "government", (MASDAR_22_JAN, SOHR_JAN_FOUR, SARJA_TAKEN),
             "the army's from Sunday 22 Jan 2017: the regime forces announced 'today, Sunday' "
             "that they had advanced into the farms of 'Suran, al-Tanbur, Sarja Saghira, Sarja "
             "Kabira, al-Muntar and Marran', 15 km from al-Bab, activists reporting no notable "
             "clashes (the pro-government Al-Masdar, party claim, relayed by Al-Masdar Online, "
             "an opposition site; translated); SOHR has the same villages taken in the "
             "campaign's first week, and Reuters has Sarja Kabira taken that Sunday; no IS "
             "return reported before the region-level answers of 20 and 27 Feb (continuity "
             "inferred; not sourced per day)"),
    )),
    RegionRule("ealeppo4_sohr_first_week_jan_2017", BLOCK,
               _ids("sirbus", "al_husamiyah", "umm_al_amad_at_talatin", "khan_hufrah",
                    "barlahin", "al_madiuna"), (
        Span(day("2017-02-01"), EVE_OF_TADEF, "government", (SOHR_JAN_FOUR, MASDAR_22_JAN),
             "the army's: SOHR (opposition-aligned monitor; translated; its page shows no day, "
             "within the first week of the campaign begun on 17 Jan 2017, so January) has the "
             "Tiger Forces take 'Umm al-Amad, Sirbus, Tall Rahhal and al-Husamiya' from IS after "
             "taking, in the 72 hours before, the farms up to al-Madiuna, Umm Adasa, Khan "
             "Hufayra, the two Sarjas, Marran, Suran, Barlahin, al-Tanbur and al-Muntar: "
             "counted from 1 Feb (the day each fell in January is not stored); no IS return "
             "reported before the region-level answers of 20 and 27 Feb (continuity inferred; "
             "not sourced per day). Tall Rahhal is left out: pro-Turkish sources claimed it "
             "for the Euphrates Shield factions in late January"),
    )),
)  # fmt: skip
