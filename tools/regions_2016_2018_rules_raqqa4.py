"""Region rules for the Raqqa campaign's stored gaps, a fourth batch (issue #15, h-raqqa4).

Same shape as `tools/regions_2016_2018_rules_raqqa3.py`; `tools/regions_2016_2018_rules.py` adds
``RAQQA4`` at the end of ``RULES``, so these answer only the days earlier rules leave. Each rule
names the places a dated Arabic-language report names: Tell al-Samn north of Raqqa, IS's until the
SDF entered it on 16 Nov 2016 (Enab Baladi); in the second phase Abu Raddani (15 Dec), Ja'bar
al-Sharqi (25 Dec), Hadaj (28 Dec), al-Mahmudli (3 Jan 2017), Jubb al-Sha'ir and Dahlan (10 Jan) and
Huwayj (11 Jan: Raqqa is Being Slaughtered Silently and the campaign via Al-Hal, Syrian Mirror); the
last villages north of the river west of the city before the assault of 6 Jun 2017 (Mazlum 17 May,
al-Andalus contested on 18 May, Kudayran 26 May, Bir al-Hashim and Yaarub 1 Jun, Sakura's day
reported as 1 or 5 Jun, Adnaniyeh 5 Jun: Syrian Mirror, Enab Baladi, SMART, the Syrian Press Center,
Xinhua) and Hunaydah on the south bank (4 Jun, SMART); the north bank east of the city from 24 May
(Hamrat Ghanam from 18 May), when its last two IS-held villages fell (SOHR, SMART); and the army's
first desert villages (Khirbat Muhsin and Khirbat al-Sab' on 6 Jun, SOHR; al-Issawi by 19 Jun,
SMART; Ja'din fought over on 19 Jun, the SDF's claim via Baladi News). Most relay one side's
announcements: party claims, said so in each note. Sources in ``sources/2016-2019-raqqa4.toml``. The
days before a reported capture stay gaps where no report places the village. Build-time tooling, not
shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

DESERT, SDF_BLOCK = "fill_raqqa_desert", "g2016_raqqa_sdf"
AP_6_JUN = "ap-2017-06-06-raqqa-battle"
ENAB_16_NOV = "enabbaladi-2016-11-16-tal-saman"
AL_HAL_10_JAN = "al_hal-2017-01-10-jubb-shaeer-dahlan"
AL_HAL_22_DEC = "al_hal-2016-12-22-jabar-abu-jubb"
MIRROR_28_DEC = "syrian_mirror-2016-12-28-hadaj-jabar-sharqi"
#: Review h-rev19 (sources/2016-2019-rev19.toml): IS's counter-attacks on Ja'bar (26 Dec 2016 -
#: 5 Jan 2017) and the SDF's hold to the castle's fall (6 Jan 2017).
ENAB_27_DEC = "enab_baladi-2016-12-27-jabar-is-counter-attack"
SPC_6_JAN = "syrian_press_center-2017-01-06-jabar-castle"
ROJNEWS_6_JAN = "rojnews-2017-01-06-jabar-castle"  # sources/2016-2019-raqqa5.toml
AL_HAL_12_JAN = "al_hal-2017-01-12-karmanju-huwayj"
AL_HAL_15_DEC = "al_hal-2016-12-15-abu-raddani"
AL_HAL_11_JAN = "al_hal-2017-01-11-mahmudli"
MIRROR_20_MAY = "syrian_mirror-2017-05-20-is-attacks-mazlum"
ENAB_18_MAY = "enab_baladi-2017-05-18-hamrat-ghanam-mazlum-andalus"
XINHUA_5_JUN = "xinhua-2017-06-05-rabia-adnaniya-sakura"
SPC_22_MAY = "syrian_press_center-2017-05-22-salhabiya-again"
MIRROR_26_MAY = "syrian_mirror-2017-05-26-kudayran"
SMART_26_MAY = "smart-2017-05-26-north-of-baath-dam"
SPC_1_JUN = "syrian_press_center-2017-06-01-field-events"
SMART_4_JUN = "smart-2017-06-04-baath-dam-baruda-hunaydah"
SOHR_6_JUN = "sohr-2017-06-06-khirbat-muhsin-khirbat-sab"
SMART_19_JUN = "smart-2017-06-19-regime-takes-resafa"
BALADI_19_JUN = "baladi_news-2017-06-19-resafa-jadin"
SOHR_LAST_HAMRATS = "sohr-2017-05-hamrat-last-villages-east-raqqa"
SMART_24_MAY = "smart-2017-05-24-hamrat-balasim"
#: The north bank east of the city between the third phase's start and the assault: the places no
#: report names by day, answered from the fall of the last two IS-held villages there (24 May).
EAST_COUNTRYSIDE = (
    "abu_kabra", "al_kajla", "balasim_oil_storage", "bin_fawaz", "bir_said", "buwaytiyah",
    "cement_plant", "east_jisr_shahin", "fatsat_al_kusun", "khan_dal", "muayzilah",
    "muhammadiyah_water_pump", "nasirah", "raqqa_cotton_center", "shanina_grain_silos", "tawi",
)  # fmt: skip
#: SOHR's late-July statement: the desert's region rule from 31 Jul (rules_euphrates).
SOHR_LATE_JULY = "sohr-2017-07-raqqa-southwest-countryside"
DESERT_END = day("2017-07-30")
#: The day before the region rule from the assault on the city (AP, 6 Jun 2017) takes over.
EVE_OF_ASSAULT = day("2017-06-05")


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


# --- Tell al-Samn, north of Raqqa (Nov 2016) --------------------------------------------------
TELL_SAMN_NOTE = (
    "IS-held: the 'Raqqa is Being Slaughtered Silently' team said the SDF 'entered the village "
    "at noon today, Wednesday 16 November' 2016 after a wide ground attack with coalition air "
    "support, IS withdrawing, which pro-IS accounts confirmed (Enab Baladi, translated); the "
    "coalition had destroyed the bridge linking Tell al-Samn with Ba'ath on 14 Nov: held by IS "
    "from the campaign's start on 6 Nov to the day before the SDF entered it (continuity "
    "inferred; the gazetteer's Tall al-Sim'an)"
)

# --- Jubb al-Sha'ir and Dahlan, north-west of Raqqa (Jan 2017) --------------------------------
JUBB_SHAEER_NOTE = (
    "the Wrath of the Euphrates campaign announced on its Facebook page (party claim) that its "
    "fighters 'took Jubb al-Sha'ir, Dahlan and Ari'ar', and the spokesman of Raqqa is Being "
    "Slaughtered Silently confirmed to Al-Hal that it took Jubb al-Sha'ir (Al-Hal, 10 Jan 2017, "
    "translated; Dahlan rests on the SDF's word alone); no IS return reported before the SDF had "
    "Raqqa surrounded from the north when its assault on the city began on 6 Jun (AP): held "
    "between (continuity inferred); 10 Dec 2016 - 9 Jan 2017 a gap"
)

# --- the second phase, west of Raqqa (Dec 2016 - Jan 2017) ----------------------------------
ABU_RADDANI_NOTE = (
    "the spokesman of Raqqa is Being Slaughtered Silently told Al-Hal on 15 Dec 2016 that the SDF "
    "'took the villages of Abu Raddani, al-Kulli, al-Hurriya and al-Mazyuna' in the second phase "
    "(translated; the day of the capture not given: held from the report's day); the gazetteer's "
    "Abo al-Rdani; held to 15 Jan 2017 (continuity inferred; no IS return reported), then the "
    "operations room's statement of 16 Jan; 10-14 Dec 2016 a gap"
)
MAHMUDLI_NOTE = (
    "the spokesman of Raqqa is Being Slaughtered Silently told Al-Hal on 11 Jan 2017 that the SDF "
    "was keeping the people of 'the town of al-Mahmudli' from returning 'eight days after taking "
    "it' (translated): taken on 3 Jan by the report's count; held to 15 Jan (continuity "
    "inferred), then the operations room's statement of 16 Jan; 10 Dec 2016 - 2 Jan 2017 a gap"
)
JABAR_SHARQI_NOTE = (
    "the SDF announced on Sunday 25 Dec 2016 that it took 'the village of Ja'bar al-Sharqi' after "
    "two days of fighting, and on Wednesday 28 Dec repelled IS attacks on it (field activists to "
    "Syrian Mirror; the capture is the SDF's claim; translated); Raqqa is Being Slaughtered "
    "Silently told Al-Hal the SDF took 'the village of Ja'bar' on 22 Dec, not saying which of the "
    "Ja'bar villages: the day is reported differently, held from the 25th; fought over 26 Dec - "
    "5 Jan (review h-rev19); the SDF broke IS's three-day attack on the two Ja'bar villages on "
    "the morning of 5 Jan and took the castle on 6 Jan (Rojnews: party claim), the Syrian Press "
    "Center's activists having the SDF foil all of IS's attacks in the days before: the SDF's "
    "from 6 Jan, held to 3 Feb 2017 (continuity inferred), then the region rule for the north "
    "shore from 4 Feb; 10-24 Dec 2016 a gap"
)
JABAR_SHARQI_CONTESTED_NOTE = (
    "review h-rev19, the sources disagree: the SDF announced on Sunday 25 Dec 2016 that it took "
    "'the village of Ja'bar al-Sharqi' (via Syrian Mirror; party claim); at midnight on Monday "
    "26 Dec IS fighters infiltrated Ja'bar from the north with a car bomb against the SDF inside "
    "and clashes went on (the SDF, via Enab Baladi, 27 Dec), while accounts close to IS claimed IS "
    "'retook the village of Ja'bar al-Sharqi' (party claim, via Enab Baladi); on Wednesday 28 Dec "
    "the SDF repelled IS attacks on it (field activists to Syrian Mirror); IS attacked the two "
    "Ja'bar villages many times until the SDF broke its three-day attack on the morning of 5 Jan "
    "2017 (Rojnews, party media close to the PKK), and the Syrian Press Center's activists (6 Jan) "
    "had the SDF foil all those attacks: the SDF's, contested by IS, 26 Dec - 5 Jan, as h-raqqa5's "
    "Ja'bar al-Gharbi. The SDF's own undated village profile (sdf-press.com/?p=24934), said to "
    "have IS retake it and the SDF free it for good on 7 Jan, was not found in the stored pages: "
    "not used"
)
HADAJ_NOTE = (
    "'today, Wednesday 28 December 2016' field activists told Syrian Mirror the SDF took 'the "
    "village of Hadaj' after two days of fighting IS (translated); held to 15 Jan 2017 "
    "(continuity inferred), then the operations room's statement of 16 Jan; 10-27 Dec 2016 a gap"
)
KARMANJU_NOTE = (
    "the campaign's spokeswoman wrote on Facebook (party claim, via Al-Hal, 12 Jan 2017; "
    "translated) that its fighters 'took yesterday (11 Jan) the village of Karmanju' and "
    "'advanced on three axes to the village of Huwayj and took it', the forces of the Qadiriyah "
    "and Ain Issa axes meeting there: the gazetteer's Hewaj, 10 km west of Jubb al-Sha'ir "
    "(Karmanju is not matched with confidence: Kerman lies 3 km from Hewaj, but the Syrian "
    "revolution forces' media office gives Karmanju the other name al-A'yuj, which Shaam lists as "
    "a second village; Kerman stays a gap); no IS return reported before the SDF had "
    "Raqqa surrounded from the north and west when the assault began on 6 Jun (AP): held "
    "between (continuity inferred); 10 Dec 2016 - 10 Jan 2017 a gap"
)

# --- the band north of the river west of Raqqa (May - Jun 2017) -------------------------------
MAZLUM_NOTE = (
    "the Wrath of the Euphrates operations room announced that 'on Wednesday evening' (17 May "
    "2017) its forces 'liberated the villages of al-Andalus and Mazlum west of the city' (party "
    "claim, relayed by Syrian Mirror on 20 May and by Enab Baladi on 18 May, translated); on "
    "Saturday 20 May IS attacked the SDF's positions 'in the village of al-Mazlum' with car bombs "
    "(field activists to Syrian Mirror): still the "
    "SDF's positions; held from 18 May (the first whole day) to 5 Jun (continuity inferred; AP, "
    "6 Jun: the city surrounded from the west); the Mazlum silos are answered with the village "
    "they are named for (region-level); before 18 May a gap"
)
ANDALUS_NOTE = (
    "the sources disagree: the operations room announced that 'on Wednesday evening' (17 May "
    "2017) its forces 'liberated the villages of al-Andalus and Mazlum' (party claim via Syrian "
    "Mirror, 20 May, and Enab Baladi, 18 May), while the Syrian Press Center (22 May) had the YPG "
    "announce 'Mazraat al-Andalus' with al-Salhabiya al-Gharbiya on 16 May and 'withdraw from "
    "them after an IS counter-attack two days later' (translated): contested on 18 May only; the "
    "days after stay a gap (the SDF's return to al-Andalus is not reported; it was back at "
    "al-Salhabiya al-Gharbiya on 21-22 May)"
)
KUDAYRAN_NOTE = (
    "'today, Friday 26 May 2017' field activists told Syrian Mirror that the Wrath of the "
    "Euphrates forces took 'the village of Kudayran' in the western Raqqa countryside and cleared "
    "the northern road of the Baath dam (translated); SMART's source the same day had the SDF on "
    "'the northern side of the Baath dam'; held to 5 Jun (continuity inferred; AP, 6 Jun: the "
    "city surrounded from the west); before 26 May a gap (SMART had the SDF attacking Kudayran "
    "on 11 May)"
)
HASHIM_NOTE = (
    "military sources of the Wrath of the Euphrates forces said on Thursday 1 Jun 2017 that they "
    "took the whole Baath dam and 'the villages of Bir al-Hashim, Sakura, Mazraat Yaarub, "
    "al-Farqun and al-Hamam' (the Syrian Press Center's field events of the day: party claim; "
    "translated): the gazetteer's Bir al-Hashim and Yaarub, 2.6 km apart north of the river; held "
    "to 5 Jun (continuity inferred), the city surrounded from the west when the assault began on "
    "6 Jun (AP); before 1 Jun a gap"
)
SAKURA_NOTE = (
    "the day is reported differently: military sources of the campaign named 'Sakura' among the "
    "villages taken by Thursday 1 Jun 2017 (the Syrian Press Center), while a Kurdish SDF "
    "official said on Monday 5 Jun that the SDF 'took today the villages of Rabi'a, al-Adnaniya, "
    "al-Sakura and al-Qahtaniya' west of Raqqa (Xinhua; both the SDF's side: party claims; "
    "translated): contested 1-4 Jun, the SDF's on 5 Jun; the gazetteer's Sakuriyah; before 1 Jun "
    "a gap"
)
ADNANIYA_NOTE = (
    "a Kurdish SDF official said on Monday 5 Jun 2017 that the SDF 'took today the villages of "
    "Rabi'a, al-Adnaniya, al-Sakura and al-Qahtaniya' west of Raqqa (Xinhua, citing opposition "
    "media: party claim; translated): the gazetteer's Adnaniyeh; the day before the region rule "
    "from the assault (6 Jun); before 5 Jun a gap"
)
HAMRAT_GHANAM_NOTE = (
    "the SDF 'announced the capture of the village of Hamrat Ghanam, to the east' on Thursday 18 "
    "May 2017 (Enab Baladi: the SDF's claim; translated); held to 5 Jun (continuity inferred; "
    "SOHR had the two Hamrats further east the last IS-held villages of the eastern countryside, "
    "taken on 24 May; AP, 6 Jun: the city surrounded from the east); before 18 May a gap"
)
HUNAYDAH_NOTE = (
    "local sources told SMART on Sunday 4 Jun 2017 that the SDF took 'the towns of al-Baruda and "
    "Hunaydah (30 km west of Raqqa)' after fighting IS, a day after taking neighbouring Mansurah, "
    "the SDF announcing the Baath dam's capture the same day (party claim; translated); the "
    "Syrian Press Center had reported on 1 Jun that IS was withdrawing from Hunaydah, Mansurah "
    "and the dam under an agreement with the SDF; held to 28 Jun (continuity inferred; no IS "
    "return reported), then the region rule for the south bank from 29 Jun; 22 Mar - 3 Jun a gap"
)

# --- the eastern countryside north of the river (May 2017) -----------------------------------
EAST_NOTE = (
    "region-level: SOHR (an opposition-aligned monitor, May 2017) called Hamrat al-Nasser "
    "('Hamrat Jmasa') and Hamrat Balasim 'the last villages and large residential centers' IS "
    "held 'in the eastern countryside of Al-Raqqah'; the campaign's spokeswoman told SMART on "
    "Wednesday 24 May 2017 that the SDF took both after three days of fighting (party claim; "
    "translated): the north bank's villages and sites east of the city, between the Balikh and "
    "the road-cut line, the SDF's from 24 May; held to 5 Jun (continuity inferred; AP, 6 Jun: the "
    "city surrounded from the east); the day each place fell between Feb and May is not stored "
    "(a gap)"
)

# --- the army's advance into the desert south of the lake (Jun 2017) ----------------------------
KHIRBAT_MUHSIN_NOTE = (
    "SOHR (an opposition-aligned monitor) reported, as the SDF's assault on Raqqa city began on "
    "6 Jun 2017, that the regime forces led by the Tiger groups, with Hezbollah's elite, took six "
    "villages and entered 'the first two villages inside Raqqa's administrative border, Khirbat "
    "Muhsin and Khirbat al-Sab'', a year after being driven out (translated; the page undated, "
    "the day fixed by the assault's start and a relay of the same report 'today, Tuesday'); "
    "SOHR had the army hold the province's south-western countryside in late July: held between "
    "(continuity inferred; no IS return reported)"
)
ISSAWI_NOTE = (
    "activists told SMART on Monday 19 Jun 2017 that the regime forces took al-Resafa after IS "
    "withdrew, having earlier taken several IS-held villages, 'among them the village of "
    "al-Issawi', adjoining al-Resafa (translated); SOHR had the army hold the province's "
    "south-western countryside in late July: held between (continuity inferred); 6-18 Jun a gap "
    "(the day the village fell is not reported)"
)
JADIN_NOTE = (
    "fought over: on Monday 19 Jun 2017, as the army took al-Resafa, the SDF 'announced the "
    "recapture of the village of Ja'din' in the Raqqa countryside 'after the regime forces had "
    "taken it' (Baladi News, opposition site, on the SDF's claim; translated): the gazetteer's "
    "two Ja'din points 10 km north-west of al-Resafa; only the reported day is answered (the "
    "region rule from 31 Jul gives the area to the army; no hand-over reported)"
)

RAQQA4: tuple[RegionRule, ...] = (
    RegionRule("raqqa4_tell_samn_nov_2016", SDF_BLOCK, _ids("tall_al_siman"), (
        Span(day("2016-11-06"), day("2016-11-15"), "isis", (ENAB_16_NOV,), TELL_SAMN_NOTE),
    )),
    RegionRule("raqqa4_jubb_shaeer_dahlan_10_jan_2017", SDF_BLOCK,
               _ids("job_shaeer", "al_dahlan"), (
        Span(day("2017-01-10"), EVE_OF_ASSAULT, "sdf", (AL_HAL_10_JAN, AP_6_JUN), JUBB_SHAEER_NOTE),
    )),
    RegionRule("raqqa4_abu_raddani_15_dec_2016", SDF_BLOCK, _ids("abo_al_rdani"), (
        Span(day("2016-12-15"), day("2017-01-15"), "sdf", (AL_HAL_15_DEC,), ABU_RADDANI_NOTE),
    )),
    RegionRule("raqqa4_mahmudli_3_jan_2017", SDF_BLOCK, _ids("mahmudli"), (
        Span(day("2017-01-03"), day("2017-01-15"), "sdf", (AL_HAL_11_JAN,), MAHMUDLI_NOTE),
    )),
    RegionRule("raqqa4_jabar_sharqi_25_dec_2016", SDF_BLOCK, _ids("jabar_sharqi"), (
        Span(day("2016-12-25"), day("2016-12-25"), "sdf", (MIRROR_28_DEC, AL_HAL_22_DEC),
             JABAR_SHARQI_NOTE),
        Span(day("2016-12-26"), day("2017-01-05"), "sdf",
             (ENAB_27_DEC, MIRROR_28_DEC, ROJNEWS_6_JAN, SPC_6_JAN, AL_HAL_22_DEC),
             JABAR_SHARQI_CONTESTED_NOTE, status="contested", with_parties=("isis",)),
        Span(day("2017-01-06"), day("2017-02-03"), "sdf",
             (MIRROR_28_DEC, AL_HAL_22_DEC, ROJNEWS_6_JAN, SPC_6_JAN), JABAR_SHARQI_NOTE),
    )),
    RegionRule("raqqa4_hadaj_28_dec_2016", SDF_BLOCK, _ids("hadaj_al_thawrah"), (
        Span(day("2016-12-28"), day("2017-01-15"), "sdf", (MIRROR_28_DEC,), HADAJ_NOTE),
    )),
    RegionRule("raqqa4_karmanju_huwayj_11_jan_2017", SDF_BLOCK, _ids("hewaj"), (
        Span(day("2017-01-11"), EVE_OF_ASSAULT, "sdf", (AL_HAL_12_JAN, AP_6_JUN), KARMANJU_NOTE),
    )),
    RegionRule("raqqa4_mazlum_17_may_2017", SDF_BLOCK, _ids("mazlum_grain_storage_silos"), (
        Span(day("2017-05-18"), EVE_OF_ASSAULT, "sdf", (MIRROR_20_MAY, ENAB_18_MAY, AP_6_JUN),
             MAZLUM_NOTE),
    )),
    RegionRule("raqqa4_andalus_18_may_2017", SDF_BLOCK, _ids("al_andalus"), (
        Span(day("2017-05-18"), day("2017-05-18"), "sdf", (MIRROR_20_MAY, ENAB_18_MAY, SPC_22_MAY),
             ANDALUS_NOTE, status="contested", with_parties=("isis",)),
    )),
    RegionRule("raqqa4_kudayran_26_may_2017", SDF_BLOCK, _ids("kudayran"), (
        Span(day("2017-05-26"), EVE_OF_ASSAULT, "sdf", (MIRROR_26_MAY, SMART_26_MAY, AP_6_JUN),
             KUDAYRAN_NOTE),
    )),
    RegionRule("raqqa4_bir_hashim_yaarub_1_jun_2017", SDF_BLOCK,
               _ids("bir_al_hashim", "yaarub"), (
        Span(day("2017-06-01"), EVE_OF_ASSAULT, "sdf", (SPC_1_JUN, AP_6_JUN), HASHIM_NOTE),
    )),
    RegionRule("raqqa4_sakura_jun_2017", SDF_BLOCK, _ids("sakuriyah"), (
        Span(day("2017-06-01"), day("2017-06-04"), "sdf", (SPC_1_JUN, XINHUA_5_JUN), SAKURA_NOTE,
             status="contested", with_parties=("isis",)),
        Span(day("2017-06-05"), EVE_OF_ASSAULT, "sdf", (XINHUA_5_JUN, SPC_1_JUN), SAKURA_NOTE),
    )),
    RegionRule("raqqa4_adnaniya_5_jun_2017", SDF_BLOCK, _ids("adnaniyeh"), (
        Span(day("2017-06-05"), EVE_OF_ASSAULT, "sdf", (XINHUA_5_JUN,), ADNANIYA_NOTE),
    )),
    RegionRule("raqqa4_hamrat_ghanam_18_may_2017", SDF_BLOCK, _ids("hamrat_ghanam"), (
        Span(day("2017-05-18"), EVE_OF_ASSAULT, "sdf", (ENAB_18_MAY, SOHR_LAST_HAMRATS, AP_6_JUN),
             HAMRAT_GHANAM_NOTE),
    )),
    RegionRule("raqqa4_hunaydah_4_jun_2017", SDF_BLOCK, _ids("hunaydah"), (
        Span(day("2017-06-04"), day("2017-06-28"), "sdf", (SMART_4_JUN, SPC_1_JUN),
             HUNAYDAH_NOTE),
    )),
    RegionRule("raqqa4_east_countryside_24_may_2017", SDF_BLOCK, _ids(*EAST_COUNTRYSIDE), (
        Span(day("2017-05-24"), EVE_OF_ASSAULT, "sdf", (SOHR_LAST_HAMRATS, SMART_24_MAY, AP_6_JUN),
             EAST_NOTE),
    )),
    RegionRule("raqqa4_khirbat_muhsin_sab_6_jun_2017", DESERT,
               _ids("khirbat_muhsin", "khirbat_as_sab"), (
        Span(day("2017-06-06"), DESERT_END, "government", (SOHR_6_JUN, SOHR_LATE_JULY),
             KHIRBAT_MUHSIN_NOTE),
    )),
    RegionRule("raqqa4_issawi_19_jun_2017", DESERT, _ids("al_issawi"), (
        Span(day("2017-06-19"), DESERT_END, "government", (SMART_19_JUN, SOHR_LATE_JULY),
             ISSAWI_NOTE),
    )),
    RegionRule("raqqa4_jadin_19_jun_2017", DESERT, _ids("jadin_kabira", "jadin_saghirah"), (
        Span(day("2017-06-19"), day("2017-06-19"), "sdf", (BALADI_19_JUN,), JADIN_NOTE,
             status="contested", with_parties=("government",)),
    )),
)  # fmt: skip
