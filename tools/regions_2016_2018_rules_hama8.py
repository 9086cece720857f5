"""Region rules for IS's pocket in north-east Hama between its crossing of October 2017 and the
army's week of February 2018, al-Rahjan and Qasr Ibn Wardan on the HTS side until January 2018,
and the south-east Idlib front of January - February 2018 (issue #15, h-hama8).

Same shape as `tools/regions_2016_2018_rules_hama7.py`; `tools/regions_2016_2018_rules.py` adds
``HAMA8`` at the end of ``RULES``, so these answer only the days the earlier rules leave in the
fill blocks ``[fill_hama_region]``, ``[fill_idlib_pre_offensive]`` and
``[fill_idlib_southeast_before_2017]``. The days come from Enab Baladi's and SMART's dated reports
(named villages), SOHR's count of 22 - 28 Oct 2017 and of the pocket's end, and The New Arab's
report of SOHR's words to Reuters (the army's operation against the pocket began seven days
before 10 Feb 2018); sources in ``sources/2016-2019-hama8.toml``. Days no report reaches stay
gaps. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_hama import HAMA_REGION

IDLIB_PRE = "fill_idlib_pre_offensive"
SOUTHEAST = "fill_idlib_southeast_before_2017"

# --- sources -------------------------------------------------------------------------------------
ENAB_24_NOV = "enab_baladi-2017-11-24-is-20-villages-east-hama"
ENAB_26_NOV = "enab_baladi-2017-11-26-is-near-idlib-border"
ENAB_7_DEC = "enab_baladi-2017-12-07-is-toward-idlib-border"
ENAB_9_JAN = "enab_baladi-2018-01-09-rahjan"
SMART_9_DEC = "smart-2017-12-09-hawayis"
SMART_9_JAN = "smart-2018-01-09-is-14-villages"  # sources/2016-2019-idlib3.toml
SMART_12_JAN = "smart-2018-01-12-atshan-khuwayn"
SMART_12_JAN_ROOMS = "smart-2018-01-12-factions-retake-villages"
SMART_9_FEB = "smart-2018-02-09-is-takes-villages-from-regime"
SOHR_22_28_OCT = "sohr-2017-10-north-east-hama-air-strikes"  # sources/2016-2019-hama4.toml
SOHR_FEB = "sohr-2018-02-regime-advances-on-is-pocket"
NEW_ARAB_10_FEB = "the_new_arab-2018-02-10-is-corridor-to-idlib"

#: The eve of the army's operation against the pocket: 'The regime started the operation against
#: this pocket seven days (ago)' (SOHR's director to Reuters, The New Arab, Sat 10 Feb 2018).
POCKET_OPERATION_EVE = day("2018-02-02")
#: The eve of the region rows (rules_hama's east rule, from 9 Feb 2018).
REGION_ROWS_EVE = day("2018-02-08")

POCKET_END = (
    "IS held the pocket until the army's operation against it, which 'started ... seven days' "
    "before 10 Feb 2018 (SOHR's director to Reuters via The New Arab; SOHR: on Sunday 4 Feb the "
    "bombardment hit 'ISIS-held areas' of north-east Hama, the army then taking tens of villages a "
    "day): counted to 2 Feb, continuity inferred (no HTS return to this place reported: IS was "
    "still advancing in the area on 9 Jan, SMART, and held 'the besieged pocket' the army's "
    "bombardment hit on 4 Feb, SOHR); the days of the army's week (3 - 8 Feb), when each village "
    "fell, stay gaps; the region rows answer from 9 Feb"
)

# --- the villages round Abu Hariq, taken from HTS by IS in late November 2017 --------------------
#: Enab Baladi's named villages (24 Nov 2017) the gazetteer holds at one place each: Aniq Bajrah,
#: Abu Hariq (Abu Hurayj), Abu Marw, Suruj, Ma'saran, Tiwal Dabbaghin, all within 7 km of one
#: another between al-Hamra and Qasr Ibn Wardan. Al-Jadidah and al-Madabi' are left out (more
#: than one gazetteer place of the name).
LATE_NOVEMBER = frozenset({
    "aniq_bajrah", "abu_hariq", "abu_marw", "suruj", "masaran", "tiwal_dabbaghin",
})  # fmt: skip
LATE_NOVEMBER_NOTE = (
    "IS took it from HTS in a 'surprise' attack: Enab Baladi's correspondent named Aniq Bajrah, "
    "Abu Hariq, Abu Marw, Suruj, Ma'saran and Tiwal Dabbaghin among the 20 villages taken, clashes "
    "going on (report of Friday 24 Nov 2017: the page reads '4 Tishrin al-Thani', a Friday only as "
    "the 24th, after HTS had confined IS to three villages 'at the start of this November'); on "
    "Sunday 26 Nov IS had taken 'dozens of villages east of Hama' and stood five km from Idlib's "
    "border (Enab Baladi, translated); the days before the report stay gaps; " + POCKET_END
)

# --- Abu Ajwa, taken on the evening of 6 Dec 2017 ----------------------------------------------
ABU_AJWA_NOTE = (
    "'IS took the villages of Abu Ajwa, Abu Hayya, Rasm al-Ahmar, Rasm al-Karasi, Abu Khanadiq and "
    "Anbaz after clashes against Tahrir al-Sham, yesterday evening' (Enab Baladi, Thursday 7 Dec "
    "2017, translated): IS's from 6 Dec; " + POCKET_END
)

# --- Qasr Ibn Wardan: HTS's to 8 Jan 2018, IS's from Tuesday 9 Jan -------------------------------
WARDAN_HTS_NOTE = (
    "named by SOHR among the villages 'controlled by Tahrir Al-Sham' that the air strikes of 22 - "
    "28 Oct 2017 hit; IS took it with 13 other villages 'after the withdrawal of HTS' on Tuesday 9 "
    "Jan 2018 (local activists via SMART; Enab Baladi the same day): HTS's from 29 Oct to 8 Jan, "
    "continuity inferred between the two reports (IS's advances of Nov - Dec 2017 are reported "
    "south and west of it; no loss of the town before 9 Jan reported)"
)
WARDAN_IS_NOTE = (
    "'On Tuesday, the Islamic State gained control of 14 villages east of the cities of Hama and "
    "Idlib ... after the withdrawal of HTS', Qasr Ibn Wardan among them (local activists via "
    "SMART, 9 Jan 2018); Enab Baladi, 9 Jan: IS took about 13 villages, 'most notably Qasr Ibn "
    "Wardan', reaching Tarfawi that day (translated); " + POCKET_END
)

# --- al-Rahjan: HTS's until the army took it on Tuesday 9 Jan 2018 -------------------------------
RAHJAN_HTS_NOTE = (
    "named by SOHR among the villages 'controlled by Tahrir Al-Sham' that the air strikes of 22 - "
    "28 Oct 2017 hit; on Saturday 9 Dec clashes between HTS and the regime's forces 'on the edges "
    "of the villages of al-Rahjan and al-Shakusiyah', the army trying to take them (SMART); the "
    "army took al-Rahjan only on 9 Jan 2018 (Enab Baladi: the regime's attack of late October had "
    "taken nearby villages that HTS retook): HTS's (with FSA factions, not named per village), "
    "continuity inferred between the reports; 3 Dec 2017 is left a gap (the army entered the "
    "town for some hours that Sunday before the factions pushed it out, an Al-Souria Net report "
    "read on an aggregator and not registered)"
)
RAHJAN_ARMY_NOTE = (
    "military sources to Enab Baladi (9 Jan 2018, 4:15 pm): the regime's forces 'took full "
    "control today' of al-Rahjan and al-Shakusiyah, on a new axis east of the push on Abu "
    "al-Duhur airbase (the army's Central Military Media announced al-Shakusiyah: party claim); "
    "held to the region rows of 9 Feb, continuity inferred (IS's advance of that day was west of "
    "the town, and its pocket was then closed by the army)"
)

# --- Duma, Rabdah and Qasr Shawi: the army's until the night of 8 - 9 Feb 2018 -------------------
SHAWI_NOTE = (
    "held by the regime's forces on Thursday 8 Feb 2018: IS took the villages of Duma, Rabdah and "
    "Shutayb and the town of Qasr Shawi 'on the night of Thursday to Friday', 'after the regime's "
    "forces withdrew from them' (local activists via SMART, 9 Feb, translated); that day only: "
    "when the army took them is not dated here, and SMART's report that IS held them from 9 Feb "
    "disagrees with the region rows (the government's from 9 Feb, SOHR's end of the pocket): see "
    "PERIOD, h-hama8"
)

# --- south-east Idlib, January - February 2018 --------------------------------------------------
KHALAKHIL_NOTE = (
    "the factions' front line: on Friday 12 Jan 2018 the Islamic battalions fought the army "
    "'starting from the village of Umm al-Khalakhil up to Abu al-Duhur airbase' and the FSA's "
    "'Radd al-Tughyan' room 'from Umm al-Khalakhil' towards the villages east of Idlib (activists "
    "via SMART), after the rebels' counter-attack of 11 Jan took it from the army (see the "
    "contested row of 11 Jan); on 9 Feb IS, let out of the Hama pocket, was 'trying to reach Umm "
    "al-Khalakhil ..., which the Free Syrian Army factions control' (SMART): the factions' from 12 "
    "Jan to 8 Feb, continuity inferred between the two reports (HTS with them, per SMART's first "
    "report); from 9 Feb, when IS's fight with the factions reached the area (SOHR), a gap"
)
KHALAKHIL_ARMY_NOTE = (
    "taken by the regime's forces on Thursday 4 Jan 2018 with eleven other villages of the Sinjar "
    "sub-district as the factions withdrew (activists via SMART); in their counter-offensive of "
    "Thursday 11 Jan 'the rebels captured the towns of Khwein, Atshan Abu Omar, and Um Khalakhel "
    "from the Syrian army' (opposition activists via CGTN): the army's 4 - 10 Jan, continuity "
    "inferred between the two reports (11 Jan is the contested row of rules_idlib3)"
)
KHUWAYN_NOTE = (
    "the regime's forces retook al-Khuwayn 'on the night of Thursday to Friday' (11 - 12 Jan "
    "2018) after the FSA factions and the Islamic battalions withdrew under heavy bombardment "
    "(activists via SMART): the army's on Friday 12 Jan only; who held it in the following weeks "
    "(IS fighters were in al-Khuwayn when they surrendered on 13 Feb) is not dated here"
)

# --- al-Sheikh Barakah and al-Mushayrifah al-Shamaliyah: the factions' until 4 Jan 2018 -----------
SINJAR_4_JAN = "smart-2018-01-04-twelve-villages-sinjar"
SINJAR_5_JAN = "smart-2018-01-05-murayjib"
HTS_AREA = ("aljazeera-2017-07-23-hts-idlib", "newarab-2017-10-13-turkish-observation-posts",
            "asharq_al_awsat-2018-01-08-14-km-abu-duhur")  # fmt: skip
SINJAR_BEFORE_NOTE = (
    "the factions' side until the army's advance reached it: on Thursday 4 Jan 2018 the regime's "
    "forces took al-Sheikh Barakah, al-Mushayrifah al-Shamaliyah and ten other villages of the "
    "Sinjar sub-district 'after the withdrawal of the Free Syrian Army factions and the Islamic "
    "battalions' (activists via SMART); held since the region rows to 21 Oct 2017 (the HTS-led "
    "area, 'largely controlled by' HTS in Oct 2017, The New Arab), the army's offensive of 22 Oct "
    "reaching this area only in January (SOHR via Asharq Al-Awsat, 8 Jan): continuity inferred; "
    "the FSA factions and Islamic battalions with HTS (not named per village)"
)
BARAKAH_ARMY_NOTE = (
    "taken by the regime's forces on Thursday 4 Jan 2018 as the factions withdrew (activists via "
    "SMART); on Friday 5 Jan al-Mawali tribesmen 'repelled several attempts of the regime's forces "
    "to advance from the village of al-Sheikh Barakah' (SMART): the army's on 4 - 5 Jan; the "
    "rebels' counter-attack of 11 Jan is not dated at this village, so the days after stay gaps"
)
MUSHAYRIFAH_ARMY_NOTE = (
    "taken by the regime's forces on Thursday 4 Jan 2018 as the factions withdrew (activists via "
    "SMART); held until the factions' counter-attack of 11 Jan: the Turkistan Islamic Party "
    "'targeted for the first time the regime's positions' in al-Mushayrifah al-Shamaliyah 'before "
    "taking it' (SMART, 12 Jan): the army's 4 - 10 Jan, continuity inferred between the two "
    "reports; the gazetteer's Mashrafah is this northern Mushayrifa (as rules_idlib3)"
)
MUSHAYRIFAH_RETAKEN_NOTE = (
    "retaken by the factions in their counter-attack of Thursday 11 Jan 2018: fighters of the "
    "Turkistan Islamic Party took it after striking the army's positions there with a heavy "
    "rocket (activists via SMART, 12 Jan); the Islamic battalions' front then ran from Umm "
    "al-Khalakhil to Abu al-Duhur (SMART): the factions' on 12 Jan; 11 Jan, the day of the "
    "fighting, and the days after 12 Jan stay gaps"
)

# --- al-Murayjib and Huwa, east of Abu Dali: the army's on 5 and 6 Jan 2018 ----------------------
NSO_6_JAN = "nso-2018-01-06-huwa-nasiriyah"
MURAYJIB_BEFORE_NOTE = (
    "the factions' side until the army's advance reached it: on Friday 5 Jan 2018 the regime's "
    "forces advanced to al-Murayjib and Murayjib al-Mashhad as 'the Free Syrian Army factions and "
    "the Islamic battalions withdrew' (activists via SMART; HTS per NSO); held since the region "
    "rows to 21 Oct 2017 (the HTS-led area, 'largely controlled by' HTS in Oct 2017, The New "
    "Arab), the army's offensive of 22 Oct reaching this area only in January (SOHR via Asharq "
    "Al-Awsat, 8 Jan): continuity inferred; the factions with HTS not named per village"
)
MURAYJIB_ARMY_NOTE = (
    "the regime's forces advanced to al-Murayjib and Murayjib al-Mashhad on Friday 5 Jan 2018 as "
    "the FSA factions and Islamic battalions withdrew (activists via SMART; NSO the next day: "
    "taken 'yesterday' in battles with HTS): the army's on 5 Jan only (IS took villages of this "
    "area from 9 Jan, and the army retook some from IS in February: the days after are not "
    "dated here)"
)
HUWA_BEFORE_NOTE = (
    "the HTS-led side until the army's advance reached it: Huwa is among the villages the army "
    "took on Saturday 6 Jan 2018 'after clashes that led to the withdrawal of Tahrir al-Sham from "
    "them' (local activists to NSO); held since the region rows to 21 Oct 2017 (the HTS-led area, "
    "'largely controlled by' HTS in Oct 2017, The New Arab), the army's offensive of 22 Oct "
    "reaching this area only in January (SOHR via Asharq Al-Awsat, 8 Jan): continuity inferred; "
    "the factions with HTS not named per village"
)
HUWA_ARMY_NOTE = (
    "'Assad's forces took today the villages of ... Tall Amarah, Huwa and al-Nasiriyah, after "
    "clashes that led to the withdrawal of Tahrir al-Sham from them' (local activists to NSO, "
    "Saturday 6 Jan 2018, the day after al-Murayjib fell): the army's on 6 Jan only (IS took "
    "villages of this area from 9 Jan and the army retook al-Luwaybidah, taken the same day, "
    "from IS in early February: the days after are not dated here)"
)


def _ids(*ids: str):
    wanted = frozenset(ids)
    return lambda place, _where: place.id in wanted


HAMA8: tuple[RegionRule, ...] = (
    RegionRule("hama8_is_late_nov_2017", HAMA_REGION, _ids(*LATE_NOVEMBER), (
        Span(day("2017-11-24"), POCKET_OPERATION_EVE, "isis",
             (ENAB_24_NOV, ENAB_26_NOV, SMART_9_JAN, SOHR_FEB, NEW_ARAB_10_FEB),
             LATE_NOVEMBER_NOTE),
    )),
    RegionRule("hama8_abu_ajwa_6_dec_2017", HAMA_REGION, _ids("abu_ajawah"), (
        Span(day("2017-12-06"), POCKET_OPERATION_EVE, "isis",
             (ENAB_7_DEC, SMART_9_JAN, SOHR_FEB, NEW_ARAB_10_FEB), ABU_AJWA_NOTE),
    )),
    RegionRule("hama8_qasr_ibn_wardan", HAMA_REGION, _ids("qasr_ibn_wardan"), (
        Span(day("2017-10-29"), day("2018-01-08"), "hts", (SOHR_22_28_OCT, SMART_9_JAN, ENAB_9_JAN),
             WARDAN_HTS_NOTE),
        Span(day("2018-01-09"), POCKET_OPERATION_EVE, "isis",
             (SMART_9_JAN, ENAB_9_JAN, SOHR_FEB, NEW_ARAB_10_FEB), WARDAN_IS_NOTE),
    )),
    RegionRule("hama8_rahjan_to_9_jan_2018", HAMA_REGION, _ids("rahjan"), (
        Span(day("2017-10-29"), day("2017-12-02"), "hts", (SOHR_22_28_OCT, SMART_9_DEC, ENAB_9_JAN),
             RAHJAN_HTS_NOTE, status="shared", with_parties=("opposition",)),
        Span(day("2017-12-04"), day("2018-01-08"), "hts", (SOHR_22_28_OCT, SMART_9_DEC, ENAB_9_JAN),
             RAHJAN_HTS_NOTE, status="shared", with_parties=("opposition",)),
        Span(day("2018-01-09"), REGION_ROWS_EVE, "government", (ENAB_9_JAN,), RAHJAN_ARMY_NOTE),
    )),
    *(
        RegionRule(f"hama8_{block}_qasr_shawi_8_feb_2018", block, _ids(*ids), (
            Span(REGION_ROWS_EVE, REGION_ROWS_EVE, "government", (SMART_9_FEB,), SHAWI_NOTE),
        ))
        for block, ids in ((HAMA_REGION, ("duma_hama",)),
                           (IDLIB_PRE, ("qasr_ash_shawi", "rabdah")))
    ),
    RegionRule("hama8_umm_al_khalakhil_jan_feb_2018", SOUTHEAST, _ids("umm_al_khalakhil"), (
        Span(day("2017-10-22"), day("2018-01-03"), "opposition", (SINJAR_4_JAN, *HTS_AREA),
             SINJAR_BEFORE_NOTE, status="shared", with_parties=("hts",)),
        Span(day("2018-01-04"), day("2018-01-10"), "government",
             (SINJAR_4_JAN, "cgtn-2018-01-rebel-counter-offensive"), KHALAKHIL_ARMY_NOTE),
        Span(day("2018-01-12"), REGION_ROWS_EVE, "opposition",
             (SMART_12_JAN_ROOMS, SMART_9_FEB, SMART_12_JAN), KHALAKHIL_NOTE,
             status="shared", with_parties=("hts",)),
    )),
    RegionRule("hama8_khuwayn_12_jan_2018", SOUTHEAST, _ids("khuwayn_al_kabir"), (
        Span(day("2018-01-12"), day("2018-01-12"), "government", (SMART_12_JAN,), KHUWAYN_NOTE),
    )),
    RegionRule("hama8_sheikh_barakah_jan_2018", SOUTHEAST, _ids("shaykh_barakah"), (
        Span(day("2017-10-22"), day("2018-01-03"), "opposition", (SINJAR_4_JAN, *HTS_AREA),
             SINJAR_BEFORE_NOTE, status="shared", with_parties=("hts",)),
        Span(day("2018-01-04"), day("2018-01-05"), "government", (SINJAR_4_JAN, SINJAR_5_JAN),
             BARAKAH_ARMY_NOTE),
    )),
    RegionRule("hama8_mushayrifah_shamaliyah_jan_2018", SOUTHEAST,
               _ids("mashrafah_maarrat_al_numan"), (
        Span(day("2017-10-22"), day("2018-01-03"), "opposition", (SINJAR_4_JAN, *HTS_AREA),
             SINJAR_BEFORE_NOTE, status="shared", with_parties=("hts",)),
        Span(day("2018-01-04"), day("2018-01-10"), "government", (SINJAR_4_JAN, SMART_12_JAN),
             MUSHAYRIFAH_ARMY_NOTE),
        Span(day("2018-01-12"), day("2018-01-12"), "opposition", (SMART_12_JAN, SMART_12_JAN_ROOMS),
             MUSHAYRIFAH_RETAKEN_NOTE, status="shared", with_parties=("hts",)),
    )),
    RegionRule("hama8_murayjib_5_jan_2018", SOUTHEAST, _ids("al_murayjib"), (
        Span(day("2017-10-22"), day("2018-01-04"), "opposition", (SINJAR_5_JAN, *HTS_AREA),
             MURAYJIB_BEFORE_NOTE,
             status="shared", with_parties=("hts",)),
        Span(day("2018-01-05"), day("2018-01-05"), "government", (SINJAR_5_JAN, NSO_6_JAN),
             MURAYJIB_ARMY_NOTE),
    )),
    RegionRule("hama8_huwa_6_jan_2018", SOUTHEAST, _ids("huwa"), (
        Span(day("2017-10-22"), day("2018-01-05"), "hts", (NSO_6_JAN, *HTS_AREA), HUWA_BEFORE_NOTE,
             status="shared", with_parties=("opposition",)),
        Span(day("2018-01-06"), day("2018-01-06"), "government", (NSO_6_JAN,), HUWA_ARMY_NOTE),
    )),
)  # fmt: skip
